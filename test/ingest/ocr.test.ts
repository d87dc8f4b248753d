import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { markdownFilesOf, type FileResult } from '../../src/lib/ingest/ingest-file.ts';
import { formatOcrEntry, writeOcrEntries } from '../../src/lib/ingest/2-read/ocr/ocr-cache.ts';
import { closeOcrEngine, tesseractEngine } from '../../src/lib/ingest/2-read/ocr/ocr-engine.ts';
import { defaultLimits } from '../../src/schemas/limits.ts';
import { ocrEntrySchema } from '../../src/schemas/ocr.ts';
import { blankScanPdf } from '../helpers/make-image-pdf.ts';
import { fixtures, frontmatter, golden, ingestOriginal, items, kept, pdfText } from '../helpers/originals.ts';
import { fakeEngine, ingestScan, registry, scanCache } from '../helpers/scans.ts';
import { ingestFile } from '../../src/lib/ingest/ingest-file.ts';

/**
 * Issue 26, part 4: scanned pages are recognised (OCR) and read like any text. The fixtures are
 * scans made from born-digital originals (`test/fixtures/scans/make-scans.ts`), so the original's
 * text layer is the truth. Recognition is slow (seconds a page), so the tests read the committed
 * recognitions (`test/fixtures/scans/ocr/`) except where the recognition itself is tested.
 */
const temporary: string[] = [];
afterAll(async () => {
	await closeOcrEngine();
	await Promise.all(temporary.map((path) => rm(path, { recursive: true, force: true })));
});
const tempFolder = async () => {
	const folder = await mkdtemp(join(tmpdir(), 'referatarkiv-ocr-'));
	temporary.push(folder);
	return folder;
};
/** A scan to ingest with a stand-in engine; the sidecar gives what its "text" does not. */
const sidecar = { path: 'content/raw/x/referat.yaml', text: 'committee: Økonomiudvalget\ndate: 2024-01-15\n' };
const rawScan = async (pages: number) => ({ path: 'content/raw/x/referat.pdf', bytes: await blankScanPdf(pages), sidecar });
const sameMeeting = (result: FileResult) => {
	const { source: _, ocr: __, ...facts } = frontmatter(result, 'meetings/middelfart/2017-05-02-hennys-testudvalg.md');
	return { facts, items: items(result).map(({ meeting, number, title, caseNumber, closed }) => ({ meeting, number, title, caseNumber, closed })) };
};

describe('a scanned minutes PDF (image only, no text layer)', () => {
	const name = 'middelfart-hennys-testudvalg-2017-05-02-scan.pdf';

	test('reads as the same meeting and items as the born-digital original, and keeps its words', async () => {
		const scan = await ingestScan(name, 'middelfart');
		const original = await ingestOriginal('edoc-pdf/middelfart-hennys-testudvalg-2017-05-02.pdf', 'middelfart');
		expect(scan.format).toBe('edoc');
		expect(sameMeeting(scan)).toEqual(sameMeeting(original));
		// Recognised words against the original's text layer: a few misread (a "#" as "%").
		// The words a reader of the original sees, kept as well as from the text layer: a few are
		// misread (a "#" as "%"), and the closed items' text is withheld from both.
		const truth = await pdfText(new Uint8Array(await readFile(new URL('edoc-pdf/middelfart-hennys-testudvalg-2017-05-02.pdf', fixtures))));
		expect(kept(truth, scan)).toBeGreaterThanOrEqual(kept(truth, original) - 0.03);
		await golden(`../scans/${name}`, scan);
	});

	test('the meeting and each item are marked as machine-read, with their pages and confidence', async () => {
		const scan = await ingestScan(name, 'middelfart');
		const engine = `${tesseractEngine.version}, 300 dpi`;
		expect(frontmatter(scan, 'meetings/middelfart/2017-05-02-hennys-testudvalg.md').ocr).toEqual({ pages: [1, 2, 3], confidence: expect.any(Number), engine });
		const marks = items(scan).map((item) => item.ocr as { pages: number[]; confidence: number });
		expect(marks.every((mark) => mark.pages.length > 0 && mark.confidence >= 80)).toBe(true);
		expect(marks[0]!.pages).toEqual([1]);
		expect(marks.at(-1)!.pages).toEqual([3]);
		// The born-digital original is not machine-read.
		const original = await ingestOriginal('edoc-pdf/middelfart-hennys-testudvalg-2017-05-02.pdf', 'middelfart');
		expect(markdownFilesOf(original).some((file) => /^ocr:/m.test(file.content))).toBe(false);
	});
});

describe('a package with a scanned enclosure', () => {
	test('a scanned PDF enclosure is published with its recognised text, marked as machine-read', async () => {
		const result = await ingestScan('ballerup-kmb-it-udvalget-2013-05-15-scan.zip', 'ballerup');
		const page = markdownFilesOf(result).find((file) => file.path.startsWith('attachments/'))!;
		const data = parse(page.content.split('---\n')[1]!) as Record<string, unknown>;
		expect(data).not.toHaveProperty('unreadable');
		expect(data.ocr).toMatchObject({ pages: [1, 2, 3], engine: `${tesseractEngine.version}, 300 dpi` });
		expect(page.content).toMatch(/monopolbruddet/);
		expect(result.warnings).toEqual([]);
		await golden('../scans/ballerup-kmb-it-udvalget-2013-05-15-scan.zip', result);
	});

	test('a PNG enclosure is recognised as a page, in a parsing thread, and the thread ends', async () => {
		const { threadPool } = await import('../../src/lib/ingest/parse-pool.ts');
		const bytes = new Uint8Array(await readFile(new URL('../fixtures/scans/ballerup-kmb-it-udvalget-2013-05-15-png.zip', import.meta.url)));
		// No cache: the engine runs, inside the thread.
		const pool = threadPool({ registry, ocrCache: await tempFolder() }, 1);
		let result: FileResult;
		try {
			result = await pool.parse({ path: 'content/raw/ballerup/ballerup-kmb-it-udvalget-2013-05-15-png.zip', bytes });
		} finally {
			await pool.close();
		}
		const page = markdownFilesOf(result).find((file) => file.path.startsWith('attachments/'))!;
		expect(page.path).toMatch(/\.md$/);
		expect(page.content).toMatch(/^file: brev-fra-kl-til-kommunalbestyrelsen-vedr-monopolbrud\.png$/m);
		expect(page.content).toMatch(/^ocr:\n {2}pages:\n {4}- 1\n {2}confidence: \d+\n {2}engine: tesseract\.js .*, image$/m);
		expect(page.content).toMatch(/Tilslutning til monopolbruddet/);
		expect(result.ocr).toHaveLength(1);
		// What the thread recognised is what the committed cache holds for the same bytes (written,
		// like a golden file, where it is missing outside CI): recognition is deterministic.
		const file = join(scanCache, `${result.ocr[0]!.sha256}.json`);
		if (!process.env.CI) await readFile(file).catch(() => writeOcrEntries(scanCache, result.ocr));
		const committed = ocrEntrySchema.parse(JSON.parse(await readFile(file, 'utf8')));
		expect(result.ocr[0]!.pages[0]!.words.map((word) => word.text)).toEqual(committed.pages[0]!.words.map((word) => word.text));
	}, 60_000);
});

describe('the OCR cache', () => {
	test('a second run reads the recognition from the cache, with no call to the engine, and writes the same', async () => {
		const cache = await tempFolder();
		const engine = fakeEngine(['Referat', 'Punkt 1: Godkendelse af dagsorden', 'Godkendt.'], 93);
		const raw = await rawScan(2);
		const first = await ingestFile(raw, { registry, ocrCache: cache, ocrEngine: engine, format: 'tekst' });
		expect(engine.calls).toBe(2);
		expect(first.ocr).toHaveLength(1);
		await writeOcrEntries(cache, first.ocr);
		const second = await ingestFile(raw, { registry, ocrCache: cache, ocrEngine: engine, format: 'tekst' });
		expect(engine.calls).toBe(2);
		expect(second.ocr).toEqual([]);
		expect(markdownFilesOf(second)).toEqual(markdownFilesOf(first));
		expect(markdownFilesOf(second)[0]!.content).toMatch(/^ocr:\n {2}pages:\n {4}- 1\n {4}- 2\n {2}confidence: 93\n {2}engine: stand-in 1, 300 dpi$/m);
	});

	test('an entry edited by hand, or copied under another file\'s name, is refused, naming it', async () => {
		const cache = await tempFolder();
		const engine = fakeEngine(['Godkendt.'], 90);
		const raw = await rawScan(1);
		const [entry] = (await ingestFile(raw, { registry, ocrCache: cache, ocrEngine: engine, format: 'tekst' })).ocr;
		const file = join(cache, `${entry!.sha256}.json`);
		await writeFile(file, formatOcrEntry(entry!).replace('"Godkendt."', '"Afvist."'));
		await expect(ingestFile(raw, { registry, ocrCache: cache, ocrEngine: engine, format: 'tekst' })).rejects.toThrow(/OCR-resultatet .*\.json er ændret, siden ingest skrev det \(digest passer ikke\); ret ikke i det, men i den genererede tekst/);
		await writeFile(file, formatOcrEntry({ ...entry!, sha256: 'a'.repeat(64) }));
		await expect(ingestFile(raw, { registry, ocrCache: cache, ocrEngine: engine, format: 'tekst' })).rejects.toThrow(/hører til en anden fil/);
	});

	test('an entry of another engine version is not used: the pages are recognised again', async () => {
		const cache = await tempFolder();
		const raw = await rawScan(1);
		await writeOcrEntries(cache, (await ingestFile(raw, { registry, ocrCache: cache, ocrEngine: fakeEngine(['Godkendt.'], 90, 'stand-in 1'), format: 'tekst' })).ocr);
		const newer = fakeEngine(['Godkendt.'], 90, 'stand-in 2');
		const again = await ingestFile(raw, { registry, ocrCache: cache, ocrEngine: newer, format: 'tekst' });
		expect(newer.calls).toBe(1);
		expect(again.ocr[0]!.engine).toBe('stand-in 2, 300 dpi');
	});
});

describe('confidence and limits', () => {
	test('pages recognised with low confidence are listed as warnings naming the file and the page', async () => {
		const engine = fakeEngine(['Referat', 'Godkendt.'], 61);
		const result = await ingestFile(await rawScan(2), { registry, ocrEngine: engine, format: 'tekst' });
		// Printed as "content/raw/x/referat.pdf, side 2: advarsel: siden er …".
		expect(result.warnings.filter((warning) => warning.at?.page)).toEqual([1, 2].map((page) => ({ at: { page }, message: expect.stringMatching(/^siden er tekstgenkendt \(OCR\) med kun 61 % sikkerhed \(under 80 %\); læs den genererede tekst efter/) })));
	});

	test('a file with more scanned pages than the ocrPages limit is refused before any is recognised', async () => {
		const engine = fakeEngine(['Godkendt.'], 90);
		const raw = await rawScan(3);
		await expect(ingestFile(raw, { registry, ocrEngine: engine, limits: { ...defaultLimits, ocrPages: 2 } })).rejects.toThrow(
			/antallet af scannede sider, der skal tekstgenkendes \(OCR\), i filen i alt er 3 sider, over grænsen på 2 sider \(ocrPages\); .*"limits: \{ ocrPages: 4 \}".* --max-ocr-pages 4/,
		);
		expect(engine.calls).toBe(0);
		// The sidecar raises it for that file.
		const raised = await ingestFile({ ...raw, sidecar: { ...sidecar, text: `${sidecar.text}limits:\n  ocrPages: 3\n` } }, { registry, ocrEngine: engine, limits: { ...defaultLimits, ocrPages: 2 }, format: 'tekst' });
		expect(raised.ocr[0]!.pages).toHaveLength(3);
	});

	test('a page with a text layer is not recognised; a scanned page in the same PDF is', async () => {
		const { makePdf } = await import('../helpers/make-pdf.ts');
		const { readRaw } = await import('../../src/lib/ingest/2-read/read-raw.ts');
		const { unitsOf } = await import('../../src/lib/ingest/2-read/document/units.ts');
		const engine = fakeEngine(['Skannet side.'], 90);
		// One born-digital page, then a scanned one: the two PDFs' pages joined by hand is overkill; a
		// page of text and a page that only shows an image are enough.
		const text = await readRaw('content/raw/x/a.pdf', makePdf([['Punkt 1: Godkendelse af dagsorden', 'Godkendt.']]), undefined, undefined, { engine });
		expect(engine.calls).toBe(0);
		expect(text.ocr).toBeUndefined();
		const scanned = await readRaw('content/raw/x/b.pdf', await blankScanPdf(1), undefined, undefined, { engine });
		expect(engine.calls).toBe(1);
		expect(unitsOf(scanned.blocks).map((unit) => [unit.text, unit.at])).toEqual([['Skannet side.', { page: 1, line: 1 }]]);
	});
});

describe('npm run ingest and content/ocr/', () => {
	test('uses a committed recognition, --check fails when it is missing, and a run recognises the scan again and writes it', async () => {
		const { tempRepo } = await import('../helpers/temp-repo.ts');
		const { rm: remove } = await import('node:fs/promises');
		const zip = new Uint8Array(await readFile(new URL('../fixtures/scans/ballerup-kmb-it-udvalget-2013-05-15-png.zip', import.meta.url)));
		const { unzipSync } = await import('fflate');
		const { fileSha256 } = await import('../../src/lib/ingest/2-read/ocr/ocr-cache.ts');
		const sha256 = fileSha256(unzipSync(zip)['Publication32/Enclosures/1.png']!);
		const committed = await readFile(join(scanCache, `${sha256}.json`), 'utf8');
		const repo = await tempRepo({ 'content/municipalities.yaml': 'ballerup:\n  name: Ballerup Kommune\n', 'content/raw/ballerup/pakke.zip': zip, [`content/ocr/${sha256}.json`]: committed });
		temporary.push(repo.root);
		const first = await repo.ingest('--verbose');
		expect(first.code, first.err).toBe(0);
		expect(first.out).not.toMatch(/tekstgenkendt \(OCR\), gemt/);
		expect(await repo.read('content/attachments/ballerup/2013-05-15-kmb-it-udvalget/3/brev-fra-kl-til-kommunalbestyrelsen-vedr-monopolbrud.md')).toMatch(/^ocr:\n/m);
		expect((await repo.ingest('--check')).code).toBe(0);
		await remove(join(repo.root, `content/ocr/${sha256}.json`));
		const check = await repo.ingest('--check');
		expect(check.code).toBe(1);
		expect(check.err).toContain(`content/raw/ballerup/pakke.zip: tekstgenkendelsen (OCR) af filen er ikke i content/ocr/ (${sha256}.json); kør npm run ingest, og commit content/ocr/ med resten`);
		// The engine runs on this thread (one file), and is ended when ingest ends.
		const again = await repo.ingest('--verbose');
		expect(again.code, again.err).toBe(0);
		expect(again.out).toMatch(/content\/raw\/ballerup\/pakke\.zip: 1 scannede sider tekstgenkendt \(OCR\), gemt i content\/ocr\//);
		expect(await repo.read(`content/ocr/${sha256}.json`)).toBe(committed);
	}, 60_000);
});
