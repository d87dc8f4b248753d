import { lstat, readdir, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

/** The marker `npm run build` leaves in `dist/` while it runs; its time is the build's start. */
export const buildMarker = '.referatarkiv-build';

/**
 * Marks the start of a build in `dist/`. The build then writes every file it produces over the
 * previous one instead of emptying `dist/` first, and `pruneStale` removes what it did not write.
 *
 * Why not empty the folder: on ext4 without a journal (these machines), creating a file soon after
 * many were deleted makes the inode allocator step past every recently freed inode, reading its
 * table block each time. Emptying 30,000 files and writing 30,000 new ones cost a 5,000-item build
 * 8 s of system time (BENCHMARKS.md, issue 18); overwriting a file keeps its inode.
 */
export async function markBuildStart(dist: string): Promise<number> {
	const marker = join(dist, buildMarker);
	await writeFile(marker, '');
	// The file system's own clock, so that the comparison below is with the same timestamps.
	return (await lstat(marker)).mtimeMs;
}

/**
 * Removes every file in `dist` not written since `since` (a page of a meeting that is gone, an old
 * search index file), then folders left empty. `.git` is kept, as Astro's own emptying keeps it.
 */
export async function pruneStale(dist: string, since: number): Promise<{ removed: string[] }> {
	const removed: string[] = [];
	const emptied = new Set<string>();
	const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
		.filter((entry) => !entry.isDirectory())
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((path) => {
			const inside = relative(dist, path);
			return inside !== '.git' && !inside.startsWith(`.git${sep}`);
		});
	// A few hundred at once: at 60,000 items the site is some 300,000 files.
	for (let start = 0; start < files.length; start += 256) {
		const batch = files.slice(start, start + 256);
		const times = await Promise.all(batch.map(async (path) => (await lstat(path)).mtimeMs));
		const stale = batch.filter((_, index) => times[index]! < since);
		await Promise.all(stale.map((path) => rm(path)));
		for (const path of stale) {
			removed.push(relative(dist, path));
			emptied.add(dirname(path));
		}
	}
	await rm(join(dist, buildMarker), { force: true });
	// Deepest first, so that a folder emptied by its emptied children goes too.
	for (const folder of [...emptied].sort((a, b) => b.length - a.length)) {
		for (let current = folder; current.startsWith(`${dist}${sep}`); current = dirname(current)) {
			const left = await readdir(current).catch((error: NodeJS.ErrnoException) => {
				// Already removed as the parent of a folder handled before.
				if (error.code === 'ENOENT') return undefined;
				throw error;
			});
			if (left === undefined) continue;
			if (left.length > 0) break;
			await rmdir(current);
		}
	}
	return { removed: removed.sort() };
}
