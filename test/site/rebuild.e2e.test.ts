import { mkdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { listFiles } from '../helpers/temp-repo.ts';

let dist: string;
let first: Record<string, string>;
let second: Record<string, string>;
let unchanged: { equal: boolean; rewritten: boolean };
let forced: { rewritten: boolean };

const snapshot = async (root: string) => {
	const paths = (await listFiles(root)).map((path) => path.slice(root.length)).sort();
	return Object.fromEntries(await Promise.all(paths.map(async (path) => [path, (await readFile(join(root, path))).toString('base64')] as const)));
};

beforeAll(async () => {
	dist = await buildSite();
	first = await snapshot(dist);
	// What an earlier build left that this one no longer makes: a page, and a search-index file.
	const old = new Date(Date.now() - 3_600_000);
	for (const path of ['stevns/gone/2019-01-01/index.html', 'stevns/pagefind/fragment/da_0000000.pf_fragment']) {
		await mkdir(join(dist, path, '..'), { recursive: true });
		await writeFile(join(dist, path), 'old');
		await utimes(join(dist, path), old, old);
	}
	await buildSite({}, undefined, [], { into: dist });
	second = await snapshot(dist);
	const written = async () => (await stat(join(dist, 'index.html'))).mtimeMs;
	const before = await written();
	await buildSite({}, undefined, [], { into: dist });
	unchanged = { equal: JSON.stringify(await snapshot(dist)) === JSON.stringify(second), rewritten: (await written()) !== before };
	await buildSite({}, undefined, ['--force'], { into: dist });
	forced = { rewritten: (await written()) !== before };
}, 300_000);

afterAll(async () => {
	if (dist) await rm(dist, { recursive: true, force: true });
});

describe('a build over the previous one', () => {
	test('gives the same site as a build from nothing, without what the earlier build left', () => {
		expect(Object.keys(first).some((path) => path.startsWith('/stevns/pagefind/fragment/'))).toBe(true);
		expect(Object.keys(second)).toEqual(Object.keys(first));
		for (const path of Object.keys(first)) expect(second[path], path).toBe(first[path]);
	});

	test('with nothing changed since, finds the site up to date and writes nothing; --force builds it all the same', () => {
		expect(unchanged).toEqual({ equal: true, rewritten: false });
		expect(forced.rewritten).toBe(true);
	});
});
