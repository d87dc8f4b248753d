import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildMarker, markBuildStart, pruneStale } from '../../scripts/lib/prune-stale.ts';

let dist: string | undefined;
afterEach(async () => {
	if (dist) await rm(dist, { recursive: true, force: true });
});

/** Writes files as a previous build left them: an hour old. */
async function previous(root: string, paths: readonly string[]): Promise<void> {
	const hourAgo = new Date(Date.now() - 3_600_000);
	for (const path of paths) {
		await mkdir(join(root, path, '..'), { recursive: true });
		await writeFile(join(root, path), 'old');
		await utimes(join(root, path), hourAgo, hourAgo);
	}
}

describe('a build over the previous one', () => {
	it('removes what the build did not write, and the folders it empties, but keeps .git', async () => {
		dist = await mkdtemp(join(tmpdir(), 'prune-'));
		await previous(dist, ['index.html', 'gone/2020-01-01/1/index.html', 'gone/2020-01-01/1/rss.xml', 'kept/pagefind/fragment/old.pf_fragment', '.git/HEAD']);
		const since = markBuildStart(dist);
		// The build writes over two of the old files and adds one.
		await writeFile(join(dist, 'index.html'), 'new');
		await mkdir(join(dist, 'kept/pagefind/fragment'), { recursive: true });
		await writeFile(join(dist, 'kept/pagefind/fragment/new.pf_fragment'), 'new');

		const { removed, kept } = pruneStale(dist, since);

		expect(removed).toEqual(['gone/2020-01-01/1/index.html', 'gone/2020-01-01/1/rss.xml', 'kept/pagefind/fragment/old.pf_fragment']);
		expect(kept.map((stamp) => stamp.path)).toEqual(['index.html', 'kept/pagefind/fragment/new.pf_fragment']);
		expect((await readdir(dist)).sort()).toEqual(['.git', 'index.html', 'kept']);
		expect(await readdir(join(dist, 'kept/pagefind/fragment'))).toEqual(['new.pf_fragment']);
		expect(await readdir(join(dist, '.git'))).toEqual(['HEAD']);
		expect(await readdir(dist)).not.toContain(buildMarker);
	});

	it('removes nothing when the build wrote everything again', async () => {
		dist = await mkdtemp(join(tmpdir(), 'prune-'));
		await previous(dist, ['a/index.html', 'b/index.html']);
		const since = markBuildStart(dist);
		for (const path of ['a/index.html', 'b/index.html']) await writeFile(join(dist, path), 'again');
		expect(pruneStale(dist, since).removed).toEqual([]);
		expect((await readdir(dist)).sort()).toEqual(['a', 'b']);
	});
});
