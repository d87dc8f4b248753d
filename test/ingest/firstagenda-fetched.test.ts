import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { makePdf } from '../helpers/make-pdf.ts';
import { tempRepo } from '../helpers/temp-repo.ts';

/**
 * A FirstAgenda meeting as `npm run fetch` commits it: the API's JSON as received, its sidecar, and
 * a folder of the same name holding the item PDFs and attachments, each named by its document id.
 */
const json = await readFile(new URL('../fixtures/fetch/firstagenda-hvidovre/dagsorden-0cad2b4d-c4a2-4583-a053-60704b2da0e5.json', import.meta.url));
const base = 'content/raw/hvidovre/2026-05-18-oekonomiudvalget-dagsorden-0cad2b4d';
const registry = 'hvidovre:\n  name: Hvidovre Kommune\n';
const pdf = (text: string) => makePdf([[text]]);

let repo: Awaited<ReturnType<typeof tempRepo>> | undefined;
afterEach(async () => {
	await repo?.remove();
	repo = undefined;
});

describe('a fetched FirstAgenda publication with its folder of files', () => {
	test('its files are published as the items\' attachment files, found by id; the folder is no raw file of its own', async () => {
		repo = await tempRepo({
			'content/municipalities.yaml': registry,
			[`${base}.json`]: json,
			[`${base}.yaml`]: 'url: https://dagsordener-referater.hvidovre.dk/vis?id=0cad2b4d-c4a2-4583-a053-60704b2da0e5\npublished: 2026-05-12T22:55\nstatus: dagsorden\n',
			[`${base}/af78a833-527e-4b6a-881a-9c0af4e6d123.pdf`]: pdf('Punkt tre som PDF'),
			[`${base}/7410e4a3-b07a-44c2-ba27-1a06cbb1f453.pdf`]: pdf('Ansoegningen om skema A'),
			[`${base}/e4cc3c13-2dc0-484a-b2a4-207d0957f643.pdf`]: pdf('Godkendelse af dagsorden'),
		});
		const { code, out, err } = await repo.ingest('--verbose');
		expect(err).toBe('');
		expect(code).toBe(0);
		expect(out).toContain('1 filer: 1 ok');
		const files = await repo.list();
		expect(files.filter((path) => path.startsWith('attachments/'))).toEqual([
			'attachments/hvidovre/2026-05-18-oekonomiudvalget/1/punktet-som-pdf.md',
			'attachments/hvidovre/2026-05-18-oekonomiudvalget/1/punktet-som-pdf.pdf',
			'attachments/hvidovre/2026-05-18-oekonomiudvalget/3/ansoegningsskrivelse-skema-a-grenhusene-9-dec-inkl-bilag.md',
			'attachments/hvidovre/2026-05-18-oekonomiudvalget/3/ansoegningsskrivelse-skema-a-grenhusene-9-dec-inkl-bilag.pdf',
			'attachments/hvidovre/2026-05-18-oekonomiudvalget/3/punktet-som-pdf.md',
			'attachments/hvidovre/2026-05-18-oekonomiudvalget/3/punktet-som-pdf.pdf',
		]);
		const attachment = await repo.read('content/attachments/hvidovre/2026-05-18-oekonomiudvalget/3/ansoegningsskrivelse-skema-a-grenhusene-9-dec-inkl-bilag.md');
		expect(attachment).toContain('title: Ansøgningsskrivelse skema A Grenhusene 9.dec inkl. bilag');
		expect(attachment).toContain(`source: ${base}.json`);
		expect(attachment).toContain('Ansoegningen om skema A');
		// One meeting: no PDF of the folder became a meeting of its own.
		expect(files.filter((path) => path.startsWith('meetings/'))).toEqual(['meetings/hvidovre/2026-05-18-oekonomiudvalget.md']);
		const meeting = await repo.read('content/meetings/hvidovre/2026-05-18-oekonomiudvalget.md');
		expect(meeting).toContain('status: dagsorden');
		expect(meeting).toContain('url: https://dagsordener-referater.hvidovre.dk/vis?id=0cad2b4d-c4a2-4583-a053-60704b2da0e5');
	});

	test('a changed file in the folder is read again; an unchanged tree is not', async () => {
		repo = await tempRepo({ 'content/municipalities.yaml': registry, [`${base}.json`]: json, [`${base}/7410e4a3-b07a-44c2-ba27-1a06cbb1f453.pdf`]: pdf('Første udgave') });
		const cache = join(repo.root, 'cache.json');
		process.env.INGEST_CACHE = cache;
		try {
			expect((await repo.ingest()).code).toBe(0);
			expect((await repo.ingest('--verbose')).out).toContain('(uændret råfil; ikke læst igen)');
			await writeFile(join(repo.root, `${base}/7410e4a3-b07a-44c2-ba27-1a06cbb1f453.pdf`), pdf('Anden udgave'));
			const again = await repo.ingest('--verbose');
			expect(again.out).not.toContain('ikke læst igen');
			expect(await repo.read('content/attachments/hvidovre/2026-05-18-oekonomiudvalget/3/ansoegningsskrivelse-skema-a-grenhusene-9-dec-inkl-bilag.md')).toContain('Anden udgave');
		} finally {
			delete process.env.INGEST_CACHE;
		}
	});

	test('a closed item publishes no file, even when one lies in the folder under its id', async () => {
		const closed = JSON.parse(json.toString('utf8')) as { Dagsordenpunkter: { IsOpen: boolean; Bilag: unknown[] }[] };
		closed.Dagsordenpunkter[3]!.Bilag = [{ HarPdfVersion: 'true', Navn: 'Hemmeligt', Id: '11111111-2222-3333-4444-555555555555' }];
		repo = await tempRepo({ 'content/municipalities.yaml': registry, [`${base}.json`]: JSON.stringify(closed), [`${base}/11111111-2222-3333-4444-555555555555.pdf`]: pdf('Hemmeligt indhold') });
		expect((await repo.ingest()).code).toBe(0);
		expect((await repo.list()).filter((path) => path.startsWith('attachments/'))).toEqual([]);
	});
});
