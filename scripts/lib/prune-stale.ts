import { existsSync, lstatSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { stampFiles, type FileStamp } from './file-stamps.ts';

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
 * search index file), then folders left empty, and returns what is left. `.git` is kept, as Astro's
 * own emptying keeps it.
 */
export function pruneStale(dist: string, since: number): { removed: string[]; kept: FileStamp[] } {
	const removed: string[] = [];
	const kept: FileStamp[] = [];
	const emptied = new Set<string>();
	for (const stamp of stampFiles(dist)) {
		if (stamp.path === buildMarker) continue;
		if (stamp.mtimeMs >= since) {
			kept.push(stamp);
			continue;
		}
		const path = join(dist, stamp.path);
		rmSync(path);
		removed.push(stamp.path);
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
	return { removed, kept };
}
