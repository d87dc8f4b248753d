import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, test } from 'vitest';
import { guardPublication } from '../../src/lib/guards/guard-publication.ts';
import { runCheck } from '../../src/lib/guards/run-check.ts';
import { IngestError } from '../../src/lib/ingest/ingest-error.ts';
import { threadPool } from '../../src/lib/ingest/parse-pool.ts';
import { municipalityRegistrySchema } from '../../src/schemas/index.ts';
import { defaultLimits } from '../../src/schemas/limits.ts';
import { billionLaughs, deflatedZeros, docxOf, externalEntity, noise, pdfStreamBomb, stackFrame, wordDocument, writeZip } from '../../scripts/bench/hostile-files.ts';
import { makePdf } from '../helpers/make-pdf.ts';
import { measuredIngest } from '../../scripts/bench/measured-ingest.ts';
import { listFiles, tempRepo } from '../helpers/temp-repo.ts';

/**
 * Raw files as an attacker would commit them in a pull request, made here at run time (no bomb is
 * committed). For each: no stack trace, the file named, nothing written for it, no byte from
 * outside the repository in content/, and time and memory within the limits.
 */

/** A secret of the machine that no file of the archive may ever hold. */
const secretFile = '/etc/passwd';
const secret = readFileSync(secretFile, 'utf8').split('\n')[0]!;

const minutes = `REFERAT Erhvervsudvalget d. 22-09-2021

Punkt 1: Meddelelser

21/1084

Beslutning Erhvervsudvalget den 22-09-2021

Taget til efterretning.
`;

const repos: Awaited<ReturnType<typeof tempRepo>>[] = [];
async function repo(files: Record<string, string | Uint8Array> = {}) {
	const made = await tempRepo(files);
	repos.push(made);
	return made;
}
afterEach(async () => {
	await Promise.all(repos.splice(0).map((made) => made.remove()));
});

/** What ingest wrote: every generated file, none of the raw ones. */
const generated = async (made: Awaited<ReturnType<typeof repo>>) => (await made.list()).filter((path) => !path.startsWith('raw/') && path !== 'municipalities.yaml');

/** No generated file holds a byte of the machine's secret file. */
async function expectNoSecret(root: string) {
	for (const path of await listFiles(join(root, 'content'))) {
		if (path.includes('/content/raw/')) continue;
		expect(await readFile(path, 'utf8'), path).not.toContain(secret);
	}
}

/** Refused: exit 1, the file named with what to do, no stack trace, nothing written. */
async function expectRefused(made: Awaited<ReturnType<typeof repo>>, result: { code: number; out: string; err: string }, file: string, message: RegExp) {
	expect(result.code, result.err).toBe(1);
	expect(result.err).toContain(file);
	expect(result.err).toMatch(message);
	expect(`${result.out}\n${result.err}`).not.toMatch(stackFrame);
	expect(await generated(made)).toEqual([]);
	await expectNoSecret(made.root);
}

describe('corrupt, truncated, renamed and random files', () => {
	const pdf = makePdf([['REFERAT Erhvervsudvalget d. 22-09-2021', '# Punkt 1: Meddelelser', '21/1084', 'Taget til efterretning.']]);
	const zip = zipSync({ 'a.txt': strToU8(minutes) });
	const cases: [string, Uint8Array | string][] = [
		['corrupt.pdf', new Uint8Array([...strToU8('%PDF-1.7\n'), ...noise(4096)])],
		['truncated.pdf', pdf.subarray(0, Math.floor(pdf.length / 2))],
		['corrupt.zip', new Uint8Array([...strToU8('PK\x03\x04'), ...noise(4096)])],
		['truncated.zip', zip.subarray(0, 20)],
		['corrupt.docx', new Uint8Array([...strToU8('PK\x03\x04'), ...noise(2048, 7)])],
		['truncated.json', '{"Dagsordenpunkter": [{"Titel": "Budget'],
		['corrupt.xml', '<?xml version="1.0"?><Publication><Agenda><Item>'],
		['random.bin', noise(8192, 3)],
		['random.txt', noise(8192, 5)],
		['empty.txt', ''],
		['html-named.pdf', '<!doctype html><html><body><h1>Ingen mødedata</h1></body></html>'],
		['pdf-named.txt', pdf],
		['zip-named.json', zip],
		['text-named.docx', minutes],
		['deep.xml', `<?xml version="1.0"?>${'<a>'.repeat(200_000)}x${'</a>'.repeat(200_000)}`],
		['deep.json', `${'['.repeat(200_000)}1${']'.repeat(200_000)}`],
		['deep.html', `<!doctype html><html><body>${'<div>'.repeat(200_000)}x</body></html>`],
	];
	test.each(cases)('%s: refused with its name and what to do, or read; never a stack trace, never half written', async (name, bytes) => {
		const made = await repo({ [`content/raw/rudersdal/${name}`]: bytes });
		const result = await made.ingest();
		expect(`${result.out}\n${result.err}`).not.toMatch(stackFrame);
		if (result.code === 0) return;
		await expectRefused(made, result, `content/raw/rudersdal/${name}`, /;/);
	});

	test('a bad file among good ones is refused alone; the good ones are written', async () => {
		const made = await repo({ 'content/raw/rudersdal/good.txt': minutes, 'content/raw/rudersdal/corrupt.pdf': new Uint8Array([...strToU8('%PDF-1.7\n'), ...noise(512)]) });
		const result = await made.ingest();
		expect(result.code).toBe(1);
		expect(result.err).toContain('content/raw/rudersdal/corrupt.pdf');
		expect(await generated(made)).toContain('meetings/rudersdal/2021-09-22-erhvervsudvalget.md');
	});
});

describe('symbolic links', () => {
	const sidecar = 'committee: AET\ndate: 2020-06-24\n';

	test('a raw file linked to a file outside the repository is refused, named or in its folder, and nothing of it is read', async () => {
		for (const argv of [['content/raw/stevns/referat.txt'], []]) {
			const made = await repo({ 'content/raw/stevns/referat.yaml': sidecar });
			await symlink(secretFile, join(made.root, 'content/raw/stevns/referat.txt'));
			const result = await made.ingest(...argv);
			await expectRefused(made, result, 'content/raw/stevns/referat.txt', /symbolsk henvisning \(symlink\) til \/etc\/passwd.*git rm content\/raw\/stevns\/referat\.txt/);
		}
	});

	test('a raw file linked to another file inside the repository is refused too', async () => {
		const made = await repo({ 'content/raw/rudersdal/referat.txt': minutes });
		await symlink('referat.txt', join(made.root, 'content/raw/rudersdal/kopi.txt'));
		const result = await made.ingest();
		expect(result.code).toBe(1);
		expect(result.err).toMatch(/content\/raw\/rudersdal\/kopi\.txt: er en symbolsk henvisning \(symlink\) til referat\.txt/);
		expect(await generated(made)).toEqual([]);
	});

	test('a folder in content/raw that leads out of the repository is refused, and nothing under it is read', async () => {
		const made = await repo();
		const outside = await tempRepo({ 'referat.txt': minutes });
		repos.push(outside);
		await mkdir(join(made.root, 'content/raw'), { recursive: true });
		await symlink(outside.root, join(made.root, 'content/raw/rudersdal'));
		for (const argv of [[], ['content/raw/rudersdal'], ['content/raw/rudersdal/referat.txt']]) {
			const result = await made.ingest(...argv);
			await expectRefused(made, result, 'content/raw/rudersdal', /symbolsk henvisning/);
		}
	});

	test('a sidecar that is a link is refused', async () => {
		const made = await repo({ 'content/raw/stevns/referat.txt': 'Referat\n\n  • 172. Meddelelser\n\n    Beslutning\n\n    Taget til efterretning.\n' });
		await symlink(secretFile, join(made.root, 'content/raw/stevns/referat.yaml'));
		for (const argv of [['content/raw/stevns/referat.txt'], []]) await expectRefused(made, await made.ingest(...argv), 'content/raw/stevns/referat.yaml', /symbolsk henvisning/);
	});

	test('a raw path outside the repository is refused before it is read', async () => {
		const made = await repo();
		const result = await made.ingest(secretFile);
		expect(result.code).toBe(1);
		expect(result.err).toMatch(/\/etc\/passwd: ligger uden for repositoriet/);
		expect(result.err).not.toContain(secret);
	});

	test('a link in the registry, or where ingest writes, is refused', async () => {
		const registry = await repo({ 'content/raw/rudersdal/referat.txt': minutes });
		const real = await registry.read('content/municipalities.yaml');
		await writeFile(join(registry.root, 'content/registry-copy.yaml'), real);
		await import('node:fs/promises').then((fs) => fs.rm(join(registry.root, 'content/municipalities.yaml')));
		await symlink('registry-copy.yaml', join(registry.root, 'content/municipalities.yaml'));
		const result = await registry.ingest();
		expect(result.code).toBe(1);
		expect(result.err).toMatch(/content\/municipalities\.yaml: er en symbolsk henvisning/);

		const out = await repo({ 'content/raw/rudersdal/referat.txt': minutes });
		const elsewhere = await tempRepo();
		repos.push(elsewhere);
		await mkdir(join(out.root, 'content/meetings'), { recursive: true });
		await symlink(elsewhere.root, join(out.root, 'content/meetings/rudersdal'));
		const written = await out.ingest();
		expect(written.code).toBe(1);
		expect(written.err).toMatch(/meetings\/rudersdal: er en symbolsk henvisning/);
		expect(await listFiles(elsewhere.root)).toEqual([join(elsewhere.root, 'content/municipalities.yaml')]);
	});

	test('a link among the content files stops the build before Astro and npm run check, naming it', async () => {
		const made = await repo({ 'content/raw/rudersdal/referat.txt': minutes });
		expect((await made.ingest()).code).toBe(0);
		await symlink(secretFile, join(made.root, 'content/cases/rudersdal/2021-09-22-erhvervsudvalget/9.md'));
		const guarded = await guardPublication(made.root, []);
		expect(guarded.problems).toEqual([{ path: 'content/cases/rudersdal/2021-09-22-erhvervsudvalget/9.md', message: expect.stringMatching(/symbolsk henvisning \(symlink\) til \/etc\/passwd/) }]);
		const err: string[] = [];
		expect(await runCheck([], { out: () => {}, err: (line) => err.push(line) }, made.root)).toBe(1);
		expect(err.join('\n')).toMatch(/content\/cases\/rudersdal\/2021-09-22-erhvervsudvalget\/9\.md: er en symbolsk henvisning/);
		expect(err.join('\n')).not.toContain(secret);
	});

	test('zip members and Word parts that are links are refused', async () => {
		const link = { name: 'Enclosures/1.pdf', data: strToU8(secretFile), method: 0 as const, unixMode: 0o120777 };
		const made = await repo({
			'content/raw/rudersdal/pakke.zip': writeZip([{ name: 'Publication1.xml', data: strToU8('<Publication/>') }, link]),
			'content/raw/rudersdal/referat.docx': docxOf(wordDocument(['Referat']), [{ ...link, name: 'word/media/image1.png' }]),
		});
		const result = await made.ingest();
		expect(result.code).toBe(1);
		expect(result.err).toMatch(/pakke\.zip: zip-filen indeholder en symbolsk henvisning \(symlink\), Enclosures\/1\.pdf → \/etc\/passwd/);
		expect(result.err).toMatch(/referat\.docx: zip-filen indeholder en symbolsk henvisning \(symlink\), word\/media\/image1\.png/);
		expect(await generated(made)).toEqual([]);
	});
});

describe('zips', () => {
	test('zip slip: entries named ../../… or /… stay inside their meeting, and nothing is written outside content/', async () => {
		const original = unzipSync(new Uint8Array(await readFile(new URL('../fixtures/originals/ballerup-kmb-it-udvalget-2013-05-15.zip', import.meta.url))));
		const marker = `zipslip-${process.pid}`;
		const xml = new TextDecoder().decode(original['Publication32/Publication32.xml']!).replaceAll('1.pdf', `../../../../../../tmp/${marker}.pdf`);
		const made = await repo({
			'content/municipalities.yaml': 'ballerup:\n  name: Ballerup Kommune\n',
			'content/raw/ballerup/relativ.zip': zipSync({ 'Publication32/Publication32.xml': strToU8(xml), [`Publication32/Enclosures/../../../../../../tmp/${marker}.pdf`]: original['Publication32/Enclosures/1.pdf']! }),
		});
		const result = await made.ingest();
		expect(`${result.out}\n${result.err}`).not.toMatch(stackFrame);
		expect(existsSync(`/tmp/${marker}.pdf`)).toBe(false);
		// The enclosure is published, under a name of ingest's making, inside its item's folder.
		expect((await generated(made)).filter((path) => path.endsWith('.pdf'))).toEqual([expect.stringMatching(/^attachments\/ballerup\/2013-05-15-[a-z-]+\/3\/brev-fra-kl[a-z-]*\.pdf$/)]);
		for (const path of await listFiles(made.root)) expect(path.startsWith(join(made.root, 'content/')) || path.includes('/node_modules/.cache/'), path).toBe(true);

		const absolute = await repo({
			'content/municipalities.yaml': 'ballerup:\n  name: Ballerup Kommune\n',
			'content/raw/ballerup/absolut.zip': writeZip([
				{ name: 'Publication32/Publication32.xml', data: strToU8(xml.replaceAll(`../../../../../../tmp/${marker}.pdf`, `/tmp/${marker}.pdf`)) },
				{ name: `/tmp/${marker}.pdf`, data: original['Publication32/Enclosures/1.pdf']! },
			]),
		});
		const second = await absolute.ingest();
		expect(`${second.out}\n${second.err}`).not.toMatch(stackFrame);
		expect(existsSync(`/tmp/${marker}.pdf`)).toBe(false);
		for (const path of await listFiles(absolute.root)) expect(path.startsWith(join(absolute.root, 'content/')) || path.includes('/node_modules/.cache/'), path).toBe(true);
	});

	// Each in a process of its own, so that the memory measured is that of one hostile file.
	test('a zip bomb (3 MB, one entry of 3 GB) is refused from its headers, in little time and memory', async () => {
		const made = await repo({ 'content/raw/rudersdal/bombe.zip': writeZip([{ name: 'bombe.txt', data: deflatedZeros(3000), deflated: true, declaredSize: 3_000_000_000 }]) });
		const result = await measuredIngest(made.root, []);
		await expectRefused(made, result, 'content/raw/rudersdal/bombe.zip', /→ bombe\.txt: en enkelt fil i zip- eller Word-filen, udpakket er 3\.000 MB, over grænsen på 100 MB \(entryMegabytes\).*--max-entry-mb/);
		expect(result.maxRssMb).toBeLessThan(2000);
		expect(result.seconds).toBeLessThan(30);
	});

	test('a zip bomb whose headers lie about its size is stopped while it inflates, at the limit', async () => {
		const made = await repo({ 'content/raw/rudersdal/loegn.zip': writeZip([{ name: 'a.txt', data: deflatedZeros(3000), deflated: true, declaredSize: 1000 }]) });
		const result = await measuredIngest(made.root, []);
		await expectRefused(made, result, 'content/raw/rudersdal/loegn.zip', /→ a\.txt: en enkelt fil i zip- eller Word-filen, udpakket er over grænsen på 100 MB \(entryMegabytes\)/);
		expect(result.maxRssMb).toBeLessThan(2000);
	});

	test('a zip of 100,000 entries is refused by its count before any is read', async () => {
		const many = writeZip(Array.from({ length: 100_000 }, (_, i) => ({ name: `${i}.txt`, data: new Uint8Array(), method: 0 as const })));
		const made = await repo({ 'content/raw/rudersdal/mange.zip': many });
		const result = await measuredIngest(made.root, []);
		await expectRefused(made, result, 'content/raw/rudersdal/mange.zip', /antallet af filer i zip- eller Word-filen er 100\.000 filer, over grænsen på 10\.000 filer \(zipEntries\).*--max-entries/);
		expect(result.maxRssMb).toBeLessThan(2000);
	});

	test('a zip bomb inside a Word file, and a total over the limit spread over many entries, are refused', async () => {
		const many = Array.from({ length: 3 }, (_, i) => ({ name: `part${i}.bin`, data: deflatedZeros(90), deflated: true, declaredSize: 90_000_000 }));
		const made = await repo({
			'content/raw/rudersdal/bombe.docx': docxOf(wordDocument(['Referat']), [{ name: 'word/media/x.bin', data: deflatedZeros(500), deflated: true, declaredSize: 500_000_000 }]),
			'content/raw/rudersdal/samlet.zip': writeZip(many),
		});
		const result = await made.ingest();
		expect(result.code).toBe(1);
		expect(result.err).toMatch(/bombe\.docx → word\/media\/x\.bin: en enkelt fil .* er 500 MB, over grænsen på 100 MB/);
		expect(result.err).toMatch(/samlet\.zip: zip- eller Word-filens udpakkede størrelse i alt er 270 MB, over grænsen på 200 MB \(zipMegabytes\)/);
		expect(await generated(made)).toEqual([]);
	});
});

test('a PDF whose page content inflates to 2 GB is refused before pdf.js inflates it', async () => {
	const made = await repo({ 'content/raw/rudersdal/bombe.pdf': pdfStreamBomb(2000) });
	const result = await measuredIngest(made.root, []);
	await expectRefused(made, result, 'content/raw/rudersdal/bombe.pdf', /PDF-filens udpakkede datastrømme i alt .* er over grænsen på 500 MB \(pdfMegabytes\).*--max-pdf-mb/);
	expect(result.maxRssMb).toBeLessThan(2000);
	expect(result.seconds).toBeLessThan(30);
});

describe('XML entities', () => {
	const edoc = (body: string) => `<edoc:Agenda xmlns:edoc="http://www.fujitsu.dk/agenda/xml/schemas/2009/03/31/">${body}</edoc:Agenda>`;
	test.each([
		['bombe.xml', billionLaughs('Publication')],
		['ekstern.xml', externalEntity('Publication', secretFile)],
		['edoc-bombe.xml', billionLaughs('Agenda', edoc(''))],
	])('%s: no entity is expanded or fetched', async (name, xml) => {
		const made = await repo({ [`content/raw/rudersdal/${name}`]: xml });
		const result = await measuredIngest(made.root, []);
		expect(`${result.out}\n${result.err}`).not.toMatch(stackFrame);
		expect(result.err).toContain(`content/raw/rudersdal/${name}`);
		expect(`${result.out}\n${result.err}`).not.toContain(secret);
		expect(result.maxRssMb).toBeLessThan(2000);
		expect(await generated(made)).toEqual([]);
	});

	test.each([
		['bombe.docx', docxOf(billionLaughs('w:document', ''))],
		['ekstern.docx', docxOf(externalEntity('w:document', secretFile))],
	])('%s: a Word file expands no entity and reads no file', async (name, bytes) => {
		const made = await repo({ [`content/raw/rudersdal/${name}`]: bytes, [`content/raw/rudersdal/${name.replace('.docx', '.yaml')}`]: 'committee: Erhvervsudvalget\ndate: 2021-09-22\n' });
		const result = await measuredIngest(made.root, []);
		expect(`${result.out}\n${result.err}`).not.toMatch(stackFrame);
		expect(result.maxRssMb).toBeLessThan(2000);
		await expectNoSecret(made.root);
		for (const path of await generated(made)) expect(await made.read(`content/${path}`)).not.toMatch(/(lol){100}/);
	});
});

describe('limits', () => {
	const pages = makePdf(Array.from({ length: 5 }, (_, page) => [`REFERAT Erhvervsudvalget d. 22-09-2021`, `# Punkt ${page + 1}: Meddelelser`, '21/1084', 'Taget til efterretning.']));

	test('a PDF over the page limit is refused with the limit and the option named; the sidecar raises it for that file', async () => {
		const made = await repo({ 'content/raw/rudersdal/sider.pdf': pages });
		const refused = await made.ingest('--max-pdf-pages', '4');
		await expectRefused(made, refused, 'content/raw/rudersdal/sider.pdf', /PDF-filens sidetal er 5 sider, over grænsen på 4 sider \(pdfPages\).*"limits: \{ pdfPages: 6 \}".*--max-pdf-pages 6/);
		await made.write({ 'content/raw/rudersdal/sider.yaml': 'committee: Erhvervsudvalget\ndate: 2021-09-22\nlimits:\n  pdfPages: 6\n' });
		const raised = await made.ingest('--max-pdf-pages', '4');
		expect(raised.err).toBe('');
		expect(raised.code).toBe(0);
	});

	test('a file over the size limit is not read at all', async () => {
		const made = await repo({ 'content/raw/rudersdal/stor.txt': minutes.repeat(50) });
		const result = await made.ingest('--max-file-mb', '0.001');
		await expectRefused(made, result, 'content/raw/rudersdal/stor.txt', /filens størrelse er 0,0\d+ MB, over grænsen på 0,001 MB \(fileMegabytes\).*--max-file-mb 1;/);
	});

	test('text over the text limit is refused, as a file and as the text of a Word file', async () => {
		const made = await repo({ 'content/raw/rudersdal/lang.txt': minutes.repeat(40), 'content/raw/rudersdal/lang.docx': docxOf(wordDocument(Array.from({ length: 40 }, () => minutes))) });
		const result = await made.ingest('--max-text-mb', '0.004');
		expect(result.code).toBe(1);
		expect(result.err).toMatch(/lang\.txt: tekstens størrelse i alt \(tekst, HTML, JSON, XML og Word-filers tekst\) er 0,0\d+ MB, over grænsen på 0,004 MB \(textMegabytes\).*--max-text-mb 1;/);
		expect(result.err).toMatch(/lang\.docx → word\/document\.xml: tekstens størrelse/);
		expect(await generated(made)).toEqual([]);
	});

	test('text counts against the limit in sum: a package of entries each under it is refused', async () => {
		const entries = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`referat-${i}.txt`, strToU8(minutes.repeat(10))]));
		const made = await repo({ 'content/raw/rudersdal/pakke.zip': zipSync(entries) });
		const result = await made.ingest('--max-text-mb', '0.006');
		expect(result.code).toBe(1);
		expect(result.err).toMatch(/pakke\.zip → referat-4\.txt: tekstens størrelse i alt .* er 0,007 MB, over grænsen på 0,006 MB/);
	});

	test('a file that takes longer than its time is stopped and refused', async () => {
		const made = await repo({ 'content/raw/rudersdal/langsom.pdf': pages });
		const result = await made.ingest('--max-seconds', '0.000001');
		await expectRefused(made, result, 'content/raw/rudersdal/langsom.pdf', /tiden, det tager at læse filen er over grænsen på 0,000001 s \(seconds\).*--max-seconds/);
	});

	test('a parsing thread that overruns its file\'s time is ended from outside, the file refused, and the next file parsed by a new thread', async () => {
		const registry = municipalityRegistrySchema.parse({ rudersdal: { name: 'Rudersdal Kommune' } });
		// No grace: the thread is ended as the time runs out, inside the one long step of parsing a large text.
		const pool = threadPool({ registry, limits: { ...defaultLimits, seconds: 0.2 } }, 1, 0);
		try {
			const large = minutes.replace('Taget til efterretning.', 'Sagsfremstilling om budgettet for skoler og daginstitutioner.\n\n'.repeat(60_000));
			const started = performance.now();
			const refused = await pool.parse({ path: 'content/raw/rudersdal/stor.txt', bytes: strToU8(large) }).then(() => undefined, (error: unknown) => error);
			// The text takes some 3 s to parse on one core, so only an ended thread answers this soon.
			expect(performance.now() - started).toBeLessThan(1500);
			expect(refused).toBeInstanceOf(IngestError);
			expect((refused as IngestError).format()).toMatch(/^content\/raw\/rudersdal\/stor\.txt: tiden, det tager at læse filen er over grænsen på 0,2 s \(seconds\)/);
			// Its own limit raised, as a sidecar's would be (findRawFiles): time for the new thread to start.
			const next = await pool.parse({ path: 'content/raw/rudersdal/lille.txt', bytes: strToU8(minutes), limits: { ...defaultLimits, seconds: 60 } });
			expect(next.meetingIds).toEqual(['rudersdal/2021-09-22-erhvervsudvalget']);
		} finally {
			await pool.close();
		}
	});

	test('a limit option takes only a positive number', async () => {
		const made = await repo();
		const result = await made.ingest('--max-pdf-pages', 'mange');
		expect(result.code).toBe(2);
		expect(result.err).toMatch(/--max-pdf-pages.*skriv et tal større end 0/);
	});

	test('a sidecar limit that is not a positive number is refused at its line', async () => {
		const made = await repo({ 'content/raw/rudersdal/referat.txt': minutes, 'content/raw/rudersdal/referat.yaml': 'limits:\n  pdfPages: -1\n' });
		const result = await made.ingest();
		expect(result.code).toBe(1);
		expect(result.err).toMatch(/referat\.yaml:2: sidecar-filen: feltet "limits\.pdfPages" er ugyldigt/);
	});
});

test('the generated bombs are as small as a pull request would carry them', () => {
	const bomb = writeZip([{ name: 'bombe.txt', data: deflatedZeros(3000), deflated: true, declaredSize: 3_000_000_000 }]);
	expect(bomb.length).toBeLessThan(4_000_000);
	expect(dirname(secretFile)).toBe('/etc');
});
