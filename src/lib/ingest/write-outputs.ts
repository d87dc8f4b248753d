import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from './ingest-file.ts';
import { IngestError } from './ingest-error.ts';

/**
 * What ingest wrote for one raw file, kept in `<out>/.ingest/<raw path>.json`: the hash of each
 * generated file as written. A file whose bytes no longer match was corrected by hand.
 */
interface Manifest {
	source: string;
	files: Record<string, string>;
}

export interface WritePlan {
	written: string[];
	unchanged: string[];
	removed: string[];
	/** Hand-corrected files that ingest left as they are. */
	kept: string[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function readIfExists(path: string): Promise<string | undefined> {
	try {
		return await readFile(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw new Error(`kunne ikke læse ${path}`, { cause: error });
	}
}

/** Where the manifest of a raw file lives, relative to the output directory. */
const manifestPath = (source: string) => `.ingest/${source.replace(/^content\/raw\//, '')}.json`;

/** The `source:` line of a generated file's frontmatter, to tell whose output a file is. */
const sourceOf = (content: string) => /^source: "?([^"\n]+)"?$/m.exec(content)?.[1];

/**
 * Writes one raw file's generated files into `out`, replacing what ingest generated before and
 * removing what it no longer generates. A file changed by hand since ingest wrote it is kept, and
 * reported, unless `force`. With `dryRun` nothing is written; the plan says what would be.
 * Every file is written to a temporary name first and renamed into place, so no reader sees half a file.
 */
export async function writeOutputs(out: string, source: string, files: readonly GeneratedFile[], { force = false, dryRun = false } = {}): Promise<WritePlan> {
	const previousText = await readIfExists(join(out, manifestPath(source)));
	const previous: Manifest = previousText ? JSON.parse(previousText) : { source, files: {} };
	const plan: WritePlan = { written: [], unchanged: [], removed: [], kept: [] };
	const next: Manifest = { source, files: {} };
	const writes: GeneratedFile[] = [];

	for (const file of files) {
		const target = join(out, file.path);
		const current = await readIfExists(target);
		next.files[file.path] = sha256(file.content);
		if (current === file.content) {
			plan.unchanged.push(file.path);
			continue;
		}
		const owner = current === undefined ? undefined : sourceOf(current);
		if (owner && owner !== source) {
			throw new IngestError(source, undefined, `${file.path} kommer allerede fra ${owner}: to råfiler giver samme møde; ret udvalg eller dato i en af dem (evt. i sidecar-filen)`);
		}
		const generatedBefore = current !== undefined && previous.files[file.path] === sha256(current);
		if (current !== undefined && !generatedBefore && !force) plan.kept.push(file.path);
		else {
			plan.written.push(file.path);
			writes.push(file);
		}
	}
	const stale = Object.keys(previous.files).filter((path) => !(path in next.files)).sort();
	for (const path of stale) {
		const current = await readIfExists(join(out, path));
		if (current === undefined) continue;
		if (sha256(current) === previous.files[path] || force) plan.removed.push(path);
		else {
			plan.kept.push(path);
			next.files[path] = previous.files[path]!;
		}
	}
	if (dryRun) return plan;

	const manifest = `${JSON.stringify({ source, files: Object.fromEntries(Object.entries(next.files).sort()) }, null, '\t')}\n`;
	const staged = [...writes, ...(manifest === previousText ? [] : [{ path: manifestPath(source), content: manifest }])];
	const temporary = staged.map((file) => `${join(out, file.path)}.${process.pid}.tmp`);
	try {
		for (const [i, file] of staged.entries()) {
			await mkdir(dirname(temporary[i]!), { recursive: true });
			await writeFile(temporary[i]!, file.content);
		}
		for (const [i, file] of staged.entries()) await rename(temporary[i]!, join(out, file.path));
	} catch (error) {
		await Promise.all(temporary.map((path) => rm(path, { force: true })));
		throw new Error(`kunne ikke skrive filerne for ${source}`, { cause: error });
	}
	await Promise.all(plan.removed.map((path) => rm(join(out, path), { force: true })));
	return plan;
}
