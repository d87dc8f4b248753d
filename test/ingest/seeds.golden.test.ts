import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findRawFiles } from '../../src/lib/ingest/find-raw-files.ts';
import { ingestFile } from '../../src/lib/ingest/ingest-file.ts';
import { loadRegistry } from '../../src/lib/ingest/load-registry.ts';

/**
 * Golden files: each raw export under content/raw is ingested and compared with
 * test/fixtures/golden/<raw path>/. A missing golden is written (outside CI); `UPDATE=1 npm test`
 * rewrites them all, and the diff is reviewed like code.
 */
const root = new URL('../..', import.meta.url).pathname;
const goldenDir = join(root, 'test/fixtures/golden');
const update = process.env.UPDATE === '1';

async function matchGolden(path: string, actual: string) {
	const file = join(goldenDir, path);
	const expected = await readFile(file, 'utf8').catch(() => undefined);
	if (update || (expected === undefined && !process.env.CI)) {
		await mkdir(dirname(file), { recursive: true });
		await writeFile(file, actual);
		return;
	}
	expect(expected, `golden file test/fixtures/golden/${path} is missing; run UPDATE=1 npm test and review it`).toBeDefined();
	expect(actual, `output differs from test/fixtures/golden/${path}; if the change is intended, run UPDATE=1 npm test and review the diff`).toBe(expected);
}

const registry = await loadRegistry(join(root, 'content/municipalities.yaml'));
const raws = await findRawFiles(root, []);

const results = await Promise.all(raws.map((raw) => ingestFile(raw, { registry })));

describe.each(raws.map((raw, index) => [raw.path, raw, results[index]!] as const))('%s', (_, raw, result) => {
	const base = raw.path.replace(/^content\/raw\//, '').replace(/\.[^./]+$/, '');

	test.each(result.files.map((file) => [file.path, file] as const))('%s matches its golden file', async (_, file) => {
		await matchGolden(`${base}/${file.path}`, file.content);
	});

	test('the drop report matches its golden file', async () => {
		const report = result.dropped
			.toSorted((a, b) => a.line - b.line)
			.map((entry) => `${entry.line}: ${entry.reason}: ${entry.words.join(' ')}`)
			.join('\n');
		await matchGolden(`${base}/dropped.txt`, `${report}\n`);
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
