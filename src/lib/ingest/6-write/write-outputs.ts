import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from '../5-publications/meeting-version.ts';
import { assertInsideRepository } from '../../content/inside-repository.ts';
import { IngestError } from '../ingest-error.ts';
import { manifestPath, manifestText, type Manifest } from './manifests.ts';

export interface WritePlan {
	written: string[];
	unchanged: string[];
	removed: string[];
	/** Hand-corrected files that ingest left as they are. */
	kept: string[];
}

const sha256 = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex');

async function readIfExists(path: string): Promise<Buffer | undefined> {
	try {
		return await readFile(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw new Error(`kunne ikke læse ${path}`, { cause: error });
	}
}

/** The `source:` line of a generated Markdown file's frontmatter, to tell whose output a file is. */
const sourceOf = (content: Buffer) => /^source: "?([^"\n]+)"?$/m.exec(content.subarray(0, 4096).toString('utf8'))?.[1];

export interface WriteOptions {
	force?: boolean;
	dryRun?: boolean;
	/** The repository root, to tell whether a raw file a stray output names still exists. */
	root?: string;
}

/**
 * Writes one meeting's files into `out` (from all its publications: `sources`, oldest first),
 * replacing what ingest generated before and removing what it no longer generates. A file changed
 * by hand since ingest wrote it is kept, and reported, unless `force`. An empty `files` takes the
 * meeting down (its raw files were deleted). With `dryRun` nothing is written; the plan says what
 * would be. Every file is written to a temporary name first and renamed into place, so no reader
 * sees half a file, and a failure leaves the meeting as it was.
 */
export async function writeOutputs(out: string, meeting: string, sources: readonly string[], files: readonly GeneratedFile[], previous: Manifest | undefined, { force = false, dryRun = false, root }: WriteOptions = {}): Promise<WritePlan> {
	const plan: WritePlan = { written: [], unchanged: [], removed: [], kept: [] };
	const next: Manifest = { meeting, sources: [...sources], files: {} };
	const writes: GeneratedFile[] = [];
	const before = previous?.files ?? {};

	for (const file of files) {
		// A generated file or folder replaced by a link would have ingest read, and write, through it.
		assertInsideRepository(out, file.path);
		const target = join(out, file.path);
		const current = await readIfExists(target);
		const hash = sha256(file.content);
		next.files[file.path] = hash;
		if (current !== undefined && sha256(current) === hash) {
			plan.unchanged.push(file.path);
			continue;
		}
		const owner = current === undefined || !file.path.endsWith('.md') ? undefined : sourceOf(current);
		// Another raw file that still exists wrote this file, outside this meeting's publications.
		if (owner && !sources.includes(owner) && !(previous?.sources.includes(owner)) && (!root || existsSync(join(root, owner)))) {
			throw new IngestError(sources.at(-1)!, undefined, `${file.path} kommer allerede fra ${owner}: to råfiler giver samme møde; ret udvalg eller dato i en af dem (evt. i sidecar-filen)`);
		}
		const generatedBefore = current !== undefined && before[file.path] === sha256(current);
		if (current !== undefined && !generatedBefore && !force) {
			plan.kept.push(file.path);
			next.files[file.path] = before[file.path] ?? hash;
		} else {
			plan.written.push(file.path);
			writes.push(file);
		}
	}
	const stale = Object.keys(before).filter((path) => !(path in next.files)).sort();
	for (const path of stale) {
		assertInsideRepository(out, path);
		const current = await readIfExists(join(out, path));
		if (current === undefined) continue;
		if (sha256(current) === before[path] || force) plan.removed.push(path);
		else {
			plan.kept.push(path);
			next.files[path] = before[path]!;
		}
	}
	if (dryRun) return plan;

	const gone = files.length === 0 && plan.kept.length === 0;
	const text = manifestText(next);
	// A manifest migrated from the per-raw-file form is not on disk yet, whatever it says.
	const previousText = previous && !previous.migrated ? manifestText(previous) : undefined;
	const staged = [...writes, ...(gone || text === previousText ? [] : [{ path: manifestPath(meeting), content: text }])];
	const temporary = staged.map((file) => `${join(out, file.path)}.${process.pid}.tmp`);
	try {
		for (const [i, file] of staged.entries()) {
			await mkdir(dirname(temporary[i]!), { recursive: true });
			await writeFile(temporary[i]!, file.content);
		}
		for (const [i, file] of staged.entries()) await rename(temporary[i]!, join(out, file.path));
	} catch (error) {
		await Promise.all(temporary.map((path) => rm(path, { force: true })));
		throw new Error(`kunne ikke skrive filerne for ${meeting}`, { cause: error });
	}
	await Promise.all(plan.removed.map((path) => rm(join(out, path), { force: true })));
	if (gone) await rm(join(out, manifestPath(meeting)), { force: true });
	// A meeting taken down leaves no empty folders behind (git does not keep them; a listing would).
	for (const folder of new Set([...plan.removed, ...(gone ? [manifestPath(meeting)] : [])].map((path) => dirname(join(out, path))))) await removeEmpty(folder, out);
	return plan;
}

async function removeEmpty(folder: string, out: string): Promise<void> {
	for (let current = folder; current.startsWith(out) && current !== out; current = dirname(current)) {
		try {
			await rmdir(current);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOTEMPTY' || (error as NodeJS.ErrnoException).code === 'EEXIST' || (error as NodeJS.ErrnoException).code === 'ENOENT') return;
			throw new Error(`kunne ikke fjerne den tomme mappe ${current}`, { cause: error });
		}
	}
}
