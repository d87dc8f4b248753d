import { existsSync, readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { defaultLimits, type Limits } from '../../../schemas/limits.ts';
import { assertInsideRepository, listInsideRepository } from '../../content/inside-repository.ts';
import { overLimit, raisedLimits } from '../budget.ts';
import type { RawFile } from '../ingest-file.ts';
import { IngestError } from '../ingest-error.ts';
import { append } from '../append.ts';

const isSidecar = (name: string) => /\.ya?ml$/i.test(name);
const isIgnored = (name: string) => name.startsWith('.') || /^readme(\.md)?$/i.test(name);

/** The files under `directory`, in name order; a link anywhere in it is refused, not skipped. */
function walk(root: string, directory: string, into: string[]): void {
	const files = listInsideRepository(root, directory)
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((path) => !relative(directory, path).split(sep).some(isIgnored))
		.sort((a, b) => (a < b ? -1 : 1));
	append(into, files);
}

const toRepoPath = (root: string, path: string) => relative(root, resolve(root, path)).split(sep).join('/');

/**
 * The files of a raw file's own folder (`X.json` and `X/`): a publication fetched with its
 * attachments (`npm run fetch`) keeps each attachment as the file the portal gave, beside the
 * meeting's JSON, so that both stay reviewable as committed. They are read as the raw file's
 * parts, as a package's entries are, never as raw files of their own.
 */
function partsOf(root: string, base: string, limits: Limits, path: string): { parts: NonNullable<RawFile['parts']>; refused?: string } {
	const folder = resolve(root, base);
	if (!existsSync(folder) || !statSync(folder).isDirectory()) return { parts: [] };
	const files: string[] = [];
	walk(root, folder, files);
	const parts: NonNullable<RawFile['parts']> = [];
	for (const file of files) {
		const size = statSync(file).size;
		if (size > limits.fileMegabytes * 1_000_000) return { parts: [], refused: overLimit(path, { path: toRepoPath(root, file) }, 'fileMegabytes', limits, size / 1_000_000).message };
		parts.push({ name: relative(resolve(root, dirname(base)), file).split(sep).join('/'), bytes: new Uint8Array(readFileSync(file)) });
	}
	return { parts };
}

/**
 * The raw exports named by `paths` (files or folders; all of `content/raw` when none), each with its
 * sidecar when one exists. A sidecar without its raw file is an error: it would silently do nothing.
 * Every path must lie in the repository with no symbolic link on the way: a link or a folder that
 * leads out is refused whole (nothing is read), naming the link and its target. A file over the size
 * limit is not read; it comes back with `refused`, so that the other files are still ingested.
 */
export async function findRawFiles(root: string, paths: readonly string[], limits: Limits = defaultLimits): Promise<RawFile[]> {
	const found: string[] = [];
	// Files named one by one: their sidecars were not listed with them.
	const named = new Set<string>();
	for (const path of paths.length > 0 ? paths : ['content/raw']) {
		const absolute = resolve(root, path);
		assertInsideRepository(root, absolute);
		let info;
		try {
			info = statSync(absolute);
		} catch (error) {
			throw new IngestError(toRepoPath(root, path), undefined, 'findes ikke; angiv en råfil eller en mappe under content/raw', { cause: error });
		}
		if (info.isDirectory()) walk(root, absolute, found);
		else if (info.isFile()) {
			found.push(absolute);
			named.add(toRepoPath(root, path));
		} else throw new IngestError(toRepoPath(root, path), undefined, 'er hverken en fil eller en mappe; angiv en råfil eller en mappe under content/raw');
	}
	const all = [...new Set(found.map((path) => toRepoPath(root, path)))];
	const listed = new Set(all);
	const withoutExtension = (path: string) => path.replace(/\.[^./]+$/, '');
	const candidates = all.filter((path) => !isSidecar(path));
	// Looked up, not searched: 6,000 raw files and their sidecars would be 36 million comparisons.
	const candidateBases = new Set(candidates.map(withoutExtension));
	const isPart = (path: string) => {
		for (let folder = dirname(path); folder.includes('/'); folder = dirname(folder)) if (candidateBases.has(folder)) return true;
		return false;
	};
	const raws = candidates.filter((path) => !isPart(path));
	const rawBases = new Set(raws.map(withoutExtension));
	for (const sidecar of all.filter((path) => isSidecar(path) && !isPart(path))) {
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
		const base = withoutExtension(path);
		let sidecar: RawFile['sidecar'];
		for (const extension of ['.yaml', '.yml']) {
			const sidecarPath = base + extension;
			if (sidecarPath === path) continue;
			if (listed.has(sidecarPath) || (named.has(path) && existsSync(resolve(root, sidecarPath)))) {
				// A named file's sidecar was not walked: it is checked on its own.
				if (!listed.has(sidecarPath)) assertInsideRepository(root, sidecarPath);
				sidecar = { path: sidecarPath, text: readFileSync(resolve(root, sidecarPath), 'utf8') };
				break;
			}
		}
		const own = raisedLimits(sidecar?.text, limits);
		const size = statSync(resolve(root, path)).size;
		if (size > own.fileMegabytes * 1_000_000) {
			const refusal = overLimit(path, undefined, 'fileMegabytes', own, size / 1_000_000);
			return { path, bytes: new Uint8Array(), ...(sidecar ? { sidecar } : {}), limits: own, refused: refusal.message };
		}
		const { parts, refused } = partsOf(root, base, own, path);
		if (refused) return { path, bytes: new Uint8Array(), ...(sidecar ? { sidecar } : {}), limits: own, refused };
		const bytes = new Uint8Array(readFileSync(resolve(root, path)));
		return { path, bytes, ...(sidecar ? { sidecar } : {}), ...(parts.length > 0 ? { parts } : {}), limits: own };
	});
}
