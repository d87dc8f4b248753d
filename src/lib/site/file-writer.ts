import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes files under `root`, over any previous version, making each folder once. Synchronous: it is
 * used in threads of their own (the open data, the search indexes), where a promise per file would
 * only send every open, write and close through the process's one thread pool, which Astro's page
 * writes wait on too (BENCHMARKS.md, issue 18).
 */
export function createFileWriter(root: string): (path: string, content: string | Uint8Array) => void {
	const folders = new Set<string>();
	return (path, content) => {
		const target = join(root, path);
		const folder = dirname(target);
		if (!folders.has(folder)) {
			mkdirSync(folder, { recursive: true });
			folders.add(folder);
		}
		writeFileSync(target, content);
	};
}
