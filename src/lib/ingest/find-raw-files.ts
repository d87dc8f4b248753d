import { readdir, readFile, stat } from 'node:fs/promises';
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
	for (const path of paths.length > 0 ? paths : ['content/raw']) {
		const absolute = resolve(root, path);
		const info = await stat(absolute).catch((error: unknown) => {
			throw new IngestError(toRepoPath(root, path), undefined, 'findes ikke; angiv en råfil eller en mappe under content/raw', { cause: error });
		});
		if (info.isDirectory()) await walk(absolute, found);
		else found.push(absolute);
	}
	const all = [...new Set(found.map((path) => toRepoPath(root, path)))];
	const raws = all.filter((path) => !isSidecar(path));
	for (const sidecar of all.filter(isSidecar)) {
		const base = sidecar.replace(/\.ya?ml$/i, '');
		if (!raws.some((raw) => raw.replace(/\.[^./]+$/, '') === base)) {
			const siblings = await readdir(resolve(root, sidecar, '..'));
			if (!siblings.some((name) => !isSidecar(name) && `${sidecar.replace(/[^/]*$/, '')}${name}`.replace(/\.[^./]+$/, '') === base)) {
				throw new IngestError(sidecar, undefined, 'sidecar-filen har ingen råfil ved siden af sig med samme navn; omdøb den, eller slet den');
			}
		}
	}
	return Promise.all(
		raws.map(async (path): Promise<RawFile> => {
			const bytes = new Uint8Array(await readFile(resolve(root, path)));
			const base = path.replace(/\.[^./]+$/, '');
			for (const extension of ['.yaml', '.yml']) {
				const sidecarPath = base + extension;
				if (sidecarPath === path) continue;
				const text = await readFile(resolve(root, sidecarPath), 'utf8').catch(() => undefined);
				if (text !== undefined) return { path, bytes, sidecar: { path: sidecarPath, text } };
			}
			return { path, bytes };
		}),
	);
}
