import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findRawFiles } from '../../src/lib/ingest/1-find/find-raw-files.ts';
import { ingestFile, markdownFilesOf } from '../../src/lib/ingest/ingest-file.ts';
import { loadRegistry } from '../../src/lib/ingest/1-find/load-registry.ts';
import { dropReport, matchGolden } from '../helpers/golden.ts';

/**
 * Golden files: each of the five seed texts bundled under content/raw is ingested and compared
 * with test/fixtures/golden/<raw path>/ (see test/helpers/golden.ts). The bundled originals of the
 * publishing systems have theirs in test/fixtures/golden/originals/ (originals.test.ts, systems.test.ts).
 */
const root = new URL('../..', import.meta.url).pathname;
const seeds = ['hedensted/2021-11-29-udvalget-for-laering.txt', 'hoeje-taastrup/2017-06-19-direktionen.txt', 'roedovre/2024-10-08-beskaeftigelsesudvalget.txt', 'rudersdal/2021-09-15-erhvervsudvalget.txt', 'stevns/2020-06-10-arbejdsmarked-erhverv-og-turisme.txt'];

const registry = await loadRegistry(join(root, 'content/municipalities.yaml'));
const raws = await findRawFiles(root, seeds.map((seed) => `content/raw/${seed}`));

const results = await Promise.all(raws.map((raw) => ingestFile(raw, { registry })));

describe.each(raws.map((raw, index) => [raw.path, raw, results[index]!] as const))('%s', (_, raw, result) => {
	const base = raw.path.replace(/^content\/raw\//, '').replace(/\.[^./]+$/, '');

	test.each(markdownFilesOf(result).map((file) => [file.path, file] as const))('%s matches its golden file', async (_, file) => {
		await matchGolden(`${base}/${file.path}`, file.content);
	});

	test('the drop report matches its golden file', async () => {
		await matchGolden(`${base}/dropped.txt`, dropReport(result));
	});
});

test('the five seeds become 5 meetings and 49 agenda items', () => {
	expect(results.map((result) => [result.meetingIds, result.format, result.items])).toEqual([
		[['hedensted/2021-11-29-udvalget-for-laering'], 'hedensted', 9],
		[['hoeje-taastrup/2017-06-19-direktionen'], 'firstagenda', 14],
		[['roedovre/2024-10-08-beskaeftigelsesudvalget'], 'roedovre', 6],
		[['rudersdal/2021-09-15-erhvervsudvalget'], 'firstagenda', 4],
		[['stevns/2020-06-10-arbejdsmarked-erhverv-og-turisme'], 'stevns', 16],
	]);
	expect(results.reduce((sum, result) => sum + result.items, 0)).toBe(49);
});
