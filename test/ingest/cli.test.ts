import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { runIngest } from '../../src/lib/ingest/run-ingest.ts';
import { tempRepo } from '../helpers/temp-repo.ts';

const rudersdal = `REFERAT Erhvervsudvalget d. 15-09-2021

Punkt 1: Meddelelser

21/1084

Beslutning

Taget til efterretning.

Punkt 2: Budget

21/15405

Beslutning

Godkendt.
`;

const repos: { remove(): Promise<void> }[] = [];
async function repo(files: Record<string, string | Uint8Array> = {}) {
	const created = await tempRepo(files);
	repos.push(created);
	return created;
}
afterEach(async () => {
	await Promise.all(repos.splice(0).map((created) => created.remove()));
});

describe('npm run ingest', () => {
	test('writes one meeting and one file per item, and says so in one summary line', async () => {
		const r = await repo({ 'content/raw/rudersdal/referat.txt': rudersdal, 'content/raw/rudersdal/andet.txt': rudersdal.replace('15-09-2021', '16-09-2021') });
		const { code, out } = await r.ingest();
		expect(code).toBe(0);
		expect(out).toBe('2 filer: 2 ok, 0 fejl · 4 punkter · 6 skrevet, 0 fjernet, 0 uændret, 0 håndrettede beholdt');
		expect(await r.list()).toEqual([
			'.ingest/meetings/rudersdal/2021-09-15-erhvervsudvalget.json',
			'.ingest/meetings/rudersdal/2021-09-16-erhvervsudvalget.json',
			'cases/rudersdal/2021-09-15-erhvervsudvalget/1.md',
			'cases/rudersdal/2021-09-15-erhvervsudvalget/2.md',
			'cases/rudersdal/2021-09-16-erhvervsudvalget/1.md',
			'cases/rudersdal/2021-09-16-erhvervsudvalget/2.md',
			'meetings/rudersdal/2021-09-15-erhvervsudvalget.md',
			'meetings/rudersdal/2021-09-16-erhvervsudvalget.md',
			'municipalities.yaml',
			'raw/rudersdal/andet.txt',
			'raw/rudersdal/referat.txt',
		]);
	});

	test('--verbose adds one line per raw file, in the order of the files', async () => {
		const r = await repo({ 'content/raw/rudersdal/referat.txt': rudersdal, 'content/raw/rudersdal/andet.txt': rudersdal.replace('15-09-2021', '16-09-2021') });
		const { out } = await r.ingest('--verbose');
		expect(out.split('\n')).toEqual([
			'content/raw/rudersdal/andet.txt: firstagenda → rudersdal/2021-09-16-erhvervsudvalget, 2 punkter, 3 skrevet, 0 fjernet, 0 uændret',
			'content/raw/rudersdal/referat.txt: firstagenda → rudersdal/2021-09-15-erhvervsudvalget, 2 punkter, 3 skrevet, 0 fjernet, 0 uændret',
			'2 filer: 2 ok, 0 fejl · 4 punkter · 6 skrevet, 0 fjernet, 0 uændret, 0 håndrettede beholdt',
		]);
	});

	test('reports progress while it works, to a progress display when there is one', async () => {
		const r = await repo({ 'content/raw/rudersdal/referat.txt': rudersdal, 'content/raw/rudersdal/andet.txt': rudersdal.replace('15-09-2021', '16-09-2021') });
		const events: string[] = [];
		const code = await runIngest([], { out: () => {}, err: () => {}, progress: ({ label, total, unit }) => (events.push(`start ${label} ${total} ${unit}`), { tick: () => events.push('tick'), stop: () => events.push('stop') }) }, r.root);
		expect(code).toBe(0);
		expect(events).toEqual(['start ingest 2 filer', 'tick', 'tick', 'stop']);
	});

	test('runs twice to byte-identical output and writes nothing the second time', async () => {
		const r = await repo({ 'content/raw/rudersdal/referat.txt': rudersdal });
		await r.ingest();
		const first = await Promise.all((await r.list()).map((path) => r.read(`content/${path}`)));
		const again = await r.ingest();
		expect(again.out).toContain('0 skrevet, 0 fjernet, 3 uændret');
		expect(await Promise.all((await r.list()).map((path) => r.read(`content/${path}`)))).toEqual(first);
	});

	test('keeps a hand correction, says so, and overwrites it only with --force', async () => {
		const r = await repo({ 'content/raw/rudersdal/referat.txt': rudersdal });
		await r.ingest();
		const path = 'content/cases/rudersdal/2021-09-15-erhvervsudvalget/1.md';
		const corrected = (await r.read(path)).replace('Meddelelser', 'Meddelelser fra formanden');
		await r.write({ [path]: corrected, 'content/raw/rudersdal/referat.txt': rudersdal.replace('Godkendt.', 'Godkendt uden bemærkninger.') });
		const kept = await r.ingest();
		expect(kept.code).toBe(0);
		expect(kept.out).toContain(`${path.replace('content/', 'content/')}: rettet i hånden; beholdt`);
		expect(await r.read(path)).toBe(corrected);
		expect(await r.read('content/cases/rudersdal/2021-09-15-erhvervsudvalget/2.md')).toContain('Godkendt uden bemærkninger.');
		expect((await r.ingest()).out).toContain('rettet i hånden; beholdt');
		await r.ingest('--force');
		expect(await r.read(path)).not.toContain('fra formanden');
	});

	test('reads a raw file again only when it, its sidecar, its output or the ingest code changed', async () => {
		const r = await repo({ 'content/raw/rudersdal/referat.txt': rudersdal, 'content/raw/rudersdal/andet.txt': rudersdal.replace('15-09-2021', '16-09-2021') });
		await r.ingest();
		const skipped = 'ikke læst igen';
		const again = await r.ingest('--verbose');
		expect(again.out).toContain(`content/raw/rudersdal/referat.txt: firstagenda → rudersdal/2021-09-15-erhvervsudvalget, 2 punkter, 0 skrevet, 0 fjernet, 3 uændret (uændret råfil; ${skipped})`);
		expect(again.out).toContain(`· 2 uændrede råfiler ${skipped}`);

		await r.write({ 'content/raw/rudersdal/referat.txt': rudersdal.replace('Godkendt.', 'Godkendt med 5 stemmer.') });
		const changed = await r.ingest('--verbose');
		expect(changed.out).toMatch(/referat\.txt: .*1 skrevet, 0 fjernet, 2 uændret$/m);
		expect(changed.out).toContain(`andet.txt: firstagenda → rudersdal/2021-09-16-erhvervsudvalget, 2 punkter, 0 skrevet, 0 fjernet, 3 uændret (uændret råfil; ${skipped})`);

		await r.write({ 'content/raw/rudersdal/referat.yaml': 'location: Rådhuset\n' });
		expect((await r.ingest('--verbose')).out).toMatch(/referat\.txt: .*1 skrevet, 0 fjernet, 2 uændret$/m);

		const item = 'content/cases/rudersdal/2021-09-15-erhvervsudvalget/1.md';
		await r.write({ [item]: (await r.read(item)).replace('Meddelelser', 'Meddelelser i hånden') });
		expect((await r.ingest()).out).toContain(`${item}: rettet i hånden; beholdt`);

		await rm(join(r.root, 'content/cases/rudersdal/2021-09-16-erhvervsudvalget/2.md'));
		expect((await r.ingest('--verbose')).out).toMatch(/andet\.txt: .*1 skrevet, 0 fjernet, 2 uændret$/m);
		expect(await r.read('content/cases/rudersdal/2021-09-16-erhvervsudvalget/2.md')).toContain('Godkendt.');

		// --report lists what the parsers dropped, so it reads every file.
		expect((await r.ingest('--report')).out).not.toContain(skipped);
	});

	test('parses a large run on worker threads, with the same files and messages as on one thread', async () => {
		const files: Record<string, string> = Object.fromEntries(
			Array.from({ length: 17 }, (_, i) => [`content/raw/rudersdal/${String(i).padStart(2, '0')}.txt`, rudersdal.replace('15-09-2021', `${String(i + 1).padStart(2, '0')}-10-2021`)]),
		);
		files['content/raw/rudersdal/tom.txt'] = '';
		const [one, many] = [await repo(files), await repo(files)];
		const threads = process.env.INGEST_THREADS;
		try {
			process.env.INGEST_THREADS = '1';
			const single = await one.ingest('--verbose');
			process.env.INGEST_THREADS = '2';
			const pooled = await many.ingest('--verbose');
			expect(pooled).toEqual(single);
			expect(pooled.err).toBe('content/raw/rudersdal/tom.txt: filen er tom; læg den eksporterede fil i stedet, eller slet den');
			expect(await Promise.all((await many.list()).map((path) => many.read(`content/${path}`)))).toEqual(await Promise.all((await one.list()).map((path) => one.read(`content/${path}`))));
		} finally {
			if (threads === undefined) delete process.env.INGEST_THREADS;
			else process.env.INGEST_THREADS = threads;
		}
	});

	test('two different documents that claim the same meeting are refused, naming both files', async () => {
		const other = rudersdal.replace('Meddelelser', 'Vejplan').replace('Budget', 'Skolestruktur').replace('21/1084', '21/9999').replace('21/15405', '21/8888');
		const r = await repo({ 'content/raw/rudersdal/a.txt': rudersdal, 'content/raw/rudersdal/b.txt': other });
		const { code, err } = await r.ingest();
		expect(code).toBe(1);
		expect(err).toContain('content/raw/rudersdal/a.txt og content/raw/rudersdal/b.txt giver begge mødet rudersdal/2021-09-15-erhvervsudvalget, men er forskellige dokumenter (0 af 2 punkter er de samme); ret udvalg eller dato i den forkerte');
		expect(await r.list('content/meetings')).toEqual([]);
	});

	test('an item that a new version of the raw file no longer has keeps its address, as a withdrawn item', async () => {
		const r = await repo({ 'content/raw/rudersdal/referat.txt': rudersdal });
		await r.ingest();
		await r.write({ 'content/raw/rudersdal/referat.txt': rudersdal.slice(0, rudersdal.indexOf('Punkt 2')) });
		const { out } = await r.ingest();
		expect(out).toContain('1 filer: 1 ok, 0 fejl · 1 punkter · 1 skrevet, 0 fjernet, 2 uændret');
		expect(await r.list('content/cases')).toEqual(['rudersdal/2021-09-15-erhvervsudvalget/1.md', 'rudersdal/2021-09-15-erhvervsudvalget/2.md']);
		expect(await r.read('content/cases/rudersdal/2021-09-15-erhvervsudvalget/2.md')).toContain('withdrawn:\n  source: content/raw/rudersdal/referat.txt');
	});

	test('--out writes elsewhere; --check writes nothing and fails while content/ is out of date', async () => {
		const r = await repo({ 'content/raw/rudersdal/referat.txt': rudersdal });
		const check = await r.ingest('--check');
		expect(check.code).toBe(1);
		expect(check.err).toContain('er ikke opdateret');
		expect(await r.list('content/meetings')).toEqual([]);
		await r.ingest();
		expect((await r.ingest('--check')).code).toBe(0);
		await r.ingest('--out', 'elsewhere');
		expect(await r.list('elsewhere/meetings')).toEqual(['rudersdal/2021-09-15-erhvervsudvalget.md']);
	});

	test('--report lists what the parser dropped and why', async () => {
		const r = await repo({ 'content/raw/rudersdal/referat.txt': `${rudersdal.split('\n')[0]}\n\nIndholdsfortegnelse\n\nMeddelelser.....\t3\n\n${rudersdal.split('\n').slice(2).join('\n')}` });
		const { out } = await r.ingest('--report');
		expect(out).toContain('content/raw/rudersdal/referat.txt:5: udeladt (indholdsfortegnelse (punktlisten erstatter den)): meddelelser 3');
	});

	test.each([
		['an unregistered municipality folder', { 'content/raw/gentofte/x.txt': rudersdal }, /content\/raw\/gentofte\/x\.txt: mappen "gentofte" er ikke en registreret kommune; tilføj den til content\/municipalities\.yaml/],
		['an empty file', { 'content/raw/rudersdal/x.txt': '' }, /x\.txt: filen er tom/],
		['a binary file', { 'content/raw/rudersdal/x.pdf': new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]) }, /x\.pdf: filen er binær, men ikke en PDF/],
		['a text lacking committee and date', { 'content/raw/rudersdal/x.txt': 'Noget tekst.' }, /x\.txt: teksten angiver ikke udvalget; skriv "committee: <udvalgets navn>" i sidecar-filen content\/raw\/rudersdal\/x\.yaml/],
		['a sidecar that disagrees with the text', { 'content/raw/rudersdal/x.txt': rudersdal, 'content/raw/rudersdal/x.yaml': 'committee: Økonomiudvalget\n' }, /x\.yaml:1: committee: sidecar-filen siger "Økonomiudvalget", men teksten \(content\/raw\/rudersdal\/x\.txt:1\) siger "Erhvervsudvalget"/],
		['an invalid sidecar field', { 'content/raw/rudersdal/x.txt': rudersdal, 'content/raw/rudersdal/x.yaml': 'committee: Erhvervsudvalget\ndate: 15/9 2021\n' }, /x\.yaml:2: sidecar-filen: feltet "date" er ugyldigt: skriv datoen som ÅÅÅÅ-MM-DD/],
		['a sidecar that is not YAML', { 'content/raw/rudersdal/x.txt': rudersdal, 'content/raw/rudersdal/x.yaml': 'committee: [\n' }, /x\.yaml:\d+: sidecar-filen er ikke gyldig YAML/],
		['an unknown sidecar field', { 'content/raw/rudersdal/x.txt': rudersdal, 'content/raw/rudersdal/x.yaml': 'komite: X\n' }, /x\.yaml:1: sidecar-filen: feltet "komite" er ugyldigt: ukendt felt; fjern det eller ret stavningen/],
	])('fails on %s with path:line and what to do, exit 1, no stack trace', async (_, files, message) => {
		const r = await repo(files);
		const { code, err } = await r.ingest();
		expect(code).toBe(1);
		expect(err).toMatch(message);
		expect(err).not.toMatch(/\n\s+at /);
	});

	test('still writes the other files when one fails', async () => {
		const r = await repo({ 'content/raw/rudersdal/a.txt': '', 'content/raw/rudersdal/b.txt': rudersdal });
		const { code, out } = await r.ingest();
		expect(code).toBe(1);
		expect(out).toContain('2 filer: 1 ok, 1 fejl');
		expect(await r.list('content/meetings')).toEqual(['rudersdal/2021-09-15-erhvervsudvalget.md']);
	});

	test('a sidecar without its raw file is an error', async () => {
		const r = await repo({ 'content/raw/rudersdal/a.yaml': 'committee: X\n' });
		const { code, err } = await r.ingest();
		expect(code).toBe(2);
		expect(err).toContain('content/raw/rudersdal/a.yaml: sidecar-filen har ingen råfil');
	});

	test.each([
		[['--nonsense'], 'npm run ingest: ukendt tilvalg --nonsense; se npm run ingest -- --help'],
		[['--format', 'pdf'], 'npm run ingest: --format pdf: vælg en af firstagenda, edoc, sbsys, acadre, word, protokol, stevns, roedovre, hedensted, tekst; se npm run ingest -- --help'],
		[['--out'], 'npm run ingest: --out mangler en værdi (MAPPE); se npm run ingest -- --help'],
		[['does/not/exist.txt'], 'does/not/exist.txt: findes ikke; angiv en råfil eller en mappe under content/raw'],
	])('exits 2 on the usage error %j, with one line that says what to do', async (argv, message) => {
		const r = await repo();
		const { code, err } = await r.ingest(...argv);
		expect(code).toBe(2);
		expect(err).toBe(message);
	});
});
