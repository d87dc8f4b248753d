import { existsSync, lstatSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
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
export function markBuildStart(dist: string): number {
	mkdirSync(dist, { recursive: true });
	const marker = join(dist, buildMarker);
	writeFileSync(marker, '');
	// The file system's own clock, so that the comparison below is with the same timestamps.
	return lstatSync(marker).mtimeMs;
}

/**
 * Removes every file in `dist` not written since `since` (a page of a meeting that is gone, an old
 * search index file), then folders left empty. `.git` is kept, as Astro's own emptying keeps it.
 */
export function pruneStale(dist: string, since: number): { removed: string[] } {
	const removed: string[] = [];
	const emptied = new Set<string>();
	// Synchronous: nothing else runs at this point, and at 60,000 items the site is some 350,000 files,
	// which this reads in 4 s against 11 s with a promise per file (BENCHMARKS.md, issue 18).
	for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
		if (entry.isDirectory()) continue;
		const path = join(entry.parentPath, entry.name);
		const inside = relative(dist, path);
		if (inside === '.git' || inside.startsWith(`.git${sep}`)) continue;
		if (lstatSync(path).mtimeMs >= since) continue;
		rmSync(path);
		removed.push(inside);
		emptied.add(dirname(path));
	}
	rmSync(join(dist, buildMarker), { force: true });
	// Deepest first, so that a folder emptied by its emptied children goes too.
	for (const folder of [...emptied].sort((a, b) => b.length - a.length)) {
		for (let current = folder; current.startsWith(`${dist}${sep}`); current = dirname(current)) {
			// Already removed as the parent of a folder handled before.
			if (!existsSync(current)) continue;
			if (readdirSync(current).length > 0) break;
			rmdirSync(current);
		}
	}
	return { removed: removed.sort() };
}
