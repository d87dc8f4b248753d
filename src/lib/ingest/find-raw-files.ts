import { existsSync, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { RawFile } from './ingest-file.ts';
import { IngestError } from './ingest-error.ts';

const isSidecar = (name: string) => /\.ya?ml$/i.test(name);
const isIgnored = (name: string) => name.startsWith('.') || /^readme(\.md)?$/i.test(name);

async function walk(directory: string, into: string[]): Promise<string[]> {
	const entries = await readdir(directory, { withFileTypes: true });
	for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
		if (isIgnored(entry.name)) continue;
		const path = join(directory, entry.name);
		if (entry.isDirectory()) await walk(path, into);
		else if (entry.isFile()) into.push(path);
	}
	return into;
}

const toRepoPath = (root: string, path: string) => relative(root, resolve(root, path)).split(sep).join('/');

/**
 * The raw exports named by `paths` (files or folders; all of `content/raw` when none), each with its
 * sidecar when one exists. A sidecar without its raw file is an error: it would silently do nothing.
 */
export async function findRawFiles(root: string, paths: readonly string[]): Promise<RawFile[]> {
	const found: string[] = [];
	// Files named one by one: their sidecars were not listed with them.
	const named = new Set<string>();
	for (const path of paths.length > 0 ? paths : ['content/raw']) {
		const absolute = resolve(root, path);
		const info = await stat(absolute).catch((error: unknown) => {
			throw new IngestError(toRepoPath(root, path), undefined, 'findes ikke; angiv en råfil eller en mappe under content/raw', { cause: error });
		});
		if (info.isDirectory()) await walk(absolute, found);
		else {
			found.push(absolute);
			named.add(toRepoPath(root, path));
		}
	}
	const all = [...new Set(found.map((path) => toRepoPath(root, path)))];
	const listed = new Set(all);
	const withoutExtension = (path: string) => path.replace(/\.[^./]+$/, '');
	const raws = all.filter((path) => !isSidecar(path));
	// Looked up, not searched: 6,000 raw files and their sidecars would be 36 million comparisons.
	const rawBases = new Set(raws.map(withoutExtension));
	for (const sidecar of all.filter(isSidecar)) {
		const base = sidecar.replace(/\.ya?ml$/i, '');
		if (!rawBases.has(base)) {
			const siblings = await readdir(resolve(root, sidecar, '..'));
			if (!siblings.some((name) => !isSidecar(name) && withoutExtension(`${sidecar.replace(/[^/]*$/, '')}${name}`) === base)) {
				throw new IngestError(sidecar, undefined, 'sidecar-filen har ingen råfil ved siden af sig med samme navn; omdøb den, eller slet den');
			}
		}
	}
	// Synchronous: thousands of files read one after another, where a promise each is four trips
	// through the thread pool (BENCHMARKS.md, issue 18).
	return raws.map((path): RawFile => {
		const bytes = new Uint8Array(readFileSync(resolve(root, path)));
		const base = withoutExtension(path);
		for (const extension of ['.yaml', '.yml']) {
			const sidecarPath = base + extension;
			if (sidecarPath === path) continue;
			if (listed.has(sidecarPath) || (named.has(path) && existsSync(resolve(root, sidecarPath)))) return { path, bytes, sidecar: { path: sidecarPath, text: readFileSync(resolve(root, sidecarPath), 'utf8') } };
		}
		return { path, bytes };
	});
}
