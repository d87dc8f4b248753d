import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { fileReport } from '../../src/lib/ingest/file-report.ts';
import { IngestError } from '../../src/lib/ingest/ingest-error.ts';
import { regressions, summarise, type SummaryOrError } from '../../src/lib/ingest/report-regressions.ts';
import { fixtures, ingestOriginal } from '../helpers/originals.ts';

/**
 * `npm run ingest -- --report` over every original fixture, compared with the committed baseline
 * (`test/fixtures/report-baseline.json`): a file that reads worse than before fails here, before
 * users see it. `UPDATE=1` records a change, and its diff is reviewed like code.
 */

const root = fixtures.pathname;
/** The scans made for OCR (`test/fixtures/scans/`), read with their committed recognitions. */
const scans = new URL('../fixtures/scans/', import.meta.url);
const baselineFile = new URL('../fixtures/report-baseline.json', import.meta.url);
const municipalities = ['greve', 'aarhus', 'middelfart', 'ballerup', 'glostrup', 'syddjurs'];
// Attachments, not minutes, and the scripts that made derived fixtures.
const skipped = (path: string) => path.startsWith('word-attachments/') || /(^|\/)(README\.md|make-[^/]*\.ts)$/.test(path) || path.endsWith('.txt') && path.startsWith('scans/');

async function filesUnder(folder: string, base = root): Promise<string[]> {
	const entries = await readdir(folder, { withFileTypes: true, recursive: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(base, join(entry.parentPath, entry.name)))
		.filter((path) => !skipped(path))
		.sort();
}

test('every original fixture reads at least as well as its baseline', { timeout: 240_000 }, async () => {
	const baseline = JSON.parse(await readFile(baselineFile, 'utf8').catch(() => '{}')) as Record<string, SummaryOrError>;
	const current: Record<string, SummaryOrError> = {};
	const files = [...(await filesUnder(root)).map((path) => ({ path, name: path })), ...(await filesUnder(scans.pathname, scans.pathname)).filter((path) => !path.startsWith('ocr/')).map((path) => ({ path: `../scans/${path}`, name: `scans (OCR)/${path}` }))];
	for (const { path, name } of files) {
		const prefix = path.split('/').at(-1)!.split('-')[0]!;
		try {
			current[name] = summarise(fileReport(await ingestOriginal(path, municipalities.includes(prefix) ? prefix : 'aarhus', undefined, { ocrCache: new URL('ocr/', scans).pathname })));
		} catch (error) {
			if (!(error instanceof IngestError)) throw error;
			current[name] = { error: error.message };
		}
	}
	if (process.env.UPDATE === '1') {
		await writeFile(baselineFile, `${JSON.stringify(current, null, '\t')}\n`);
		return;
	}
	const found = Object.entries(current).flatMap(([path, summary]) => regressions(path, baseline[path], summary));
	const gone = Object.keys(baseline).filter((path) => !(path in current));
	expect([...found, ...gone.map((path) => `${path}: i basislinjen, men ikke længere blandt fixtures; kør UPDATE=1`)]).toEqual([]);
});

test('what counts as reading worse, and what does not', () => {
	const before = { system: 'eDoc', variant: 'PDF-eksport', meetings: 1, items: 8, missing: [['participants']], wordsKept: 0.99, parts: 0, ocrPages: 2 };
	expect(regressions('a.pdf', before, { ...before, items: 9, missing: [[]], wordsKept: 0.995 })).toEqual(['a.pdf: 9 punkter, før 8']);
	expect(regressions('a.pdf', before, { ...before, missing: [['participants', 'time']], wordsKept: 0.98, parts: 1, ocrPages: 0 })).toEqual([
		'a.pdf: møde 1 mangler nu time',
		'a.pdf: 98.0 % af ordene udgivet, før 99.0 %',
		'a.pdf: 1 dele uden tekst, før 0',
		'a.pdf: 0 maskinlæste sider, før 2',
	]);
	expect(regressions('a.pdf', before, { error: 'teksten angiver ikke udvalget' })).toEqual(['a.pdf: afvises nu (teksten angiver ikke udvalget), blev læst før']);
	expect(regressions('a.pdf', { error: 'x' }, before)).toEqual([]);
});
