import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ocrEntrySchema, type OcrEntry, type OcrPage } from '../../../../schemas/ocr.ts';
import type { Location } from '../document/source-document.ts';
import { IngestError } from '../../ingest-error.ts';

/*
 * Recognition is cached by the scanned file's content hash in a folder that is committed with the
 * content (`content/ocr/<sha256>.json`), not in the local ingest cache: a scan costs seconds a
 * page, and its text must not change from run to run or machine to machine (a new engine version
 * could read a word differently, and the published record would change with no change to its raw
 * file). So a scan is recognised once, where it is first ingested, the result is reviewed in the
 * pull request with the Markdown it gave, and every later run (and CI) reads it back. An entry is
 * trusted only if it is the one ingest wrote for exactly those bytes and this engine: its name and
 * `sha256` must be the file's hash, and its `digest` the hash of its pages.
 */

const hex = (text: string) => createHash('sha256').update(text).digest('hex');

export const fileSha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The digest an entry's pages are written with. */
const digestOf = (pages: readonly OcrPage[]) => hex(JSON.stringify(pages));

export const ocrEntry = (sha256: string, engine: string, pages: OcrPage[]): OcrEntry => ({ sha256, engine, digest: digestOf(pages), pages });

/** The entry as committed: one word a line, so that a review (or a diff after a new engine) reads well. */
export function formatOcrEntry(entry: OcrEntry): string {
	const pages = entry.pages.map(({ words, ...page }) => {
		const head = JSON.stringify(page).slice(0, -1);
		return `\t\t${head},"words":[${words.length === 0 ? '' : `\n${words.map((word) => `\t\t\t${JSON.stringify(word)}`).join(',\n')}\n\t\t`}]}`;
	});
	return `{\n\t"sha256": ${JSON.stringify(entry.sha256)},\n\t"engine": ${JSON.stringify(entry.engine)},\n\t"digest": ${JSON.stringify(entry.digest)},\n\t"pages": [\n${pages.join(',\n')}\n\t]\n}\n`;
}

const display = (file: string) => relative(process.cwd(), file) || file;

/**
 * The committed recognition of the file whose bytes hash to `sha256`, if there is one for this
 * `engine`; `undefined` when the pages are to be recognised (no entry, or another engine's). An
 * entry that is not what ingest wrote (edited, copied, damaged) refuses the file, naming the entry.
 */
export async function readOcrEntry(folder: string, sha256: string, engine: string, path: string, at: Location | undefined): Promise<OcrEntry | undefined> {
	const file = join(folder, `${sha256}.json`);
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw new IngestError(path, at, `OCR-resultatet ${display(file)} kan ikke læses; slet det, så siderne genkendes igen`, { cause: error });
	}
	const refuse = (why: string, cause?: unknown) =>
		new IngestError(path, at, `OCR-resultatet ${display(file)} ${why}; ret ikke i det, men i den genererede tekst (den beholdes), og slet ${display(file)}, så siderne genkendes igen`, cause === undefined ? undefined : { cause });
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		throw refuse('er ikke gyldig JSON', error);
	}
	const parsed = ocrEntrySchema.safeParse(raw);
	if (!parsed.success) throw refuse(`har ikke OCR-resultatets form (${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message})`, parsed.error);
	if (parsed.data.sha256 !== sha256) throw refuse(`hører til en anden fil (sha256 ${parsed.data.sha256.slice(0, 12)}…)`);
	if (digestOf((raw as { pages: OcrPage[] }).pages) !== parsed.data.digest) throw refuse('er ændret, siden ingest skrev det (digest passer ikke)');
	return parsed.data.engine === engine ? parsed.data : undefined;
}

/** Writes new recognitions, each under a temporary name and renamed, so a reader never sees half a file. */
export async function writeOcrEntries(folder: string, entries: readonly OcrEntry[]): Promise<string[]> {
	if (entries.length === 0) return [];
	await mkdir(folder, { recursive: true });
	return Promise.all(
		entries.map(async (entry) => {
			const file = join(folder, `${entry.sha256}.json`);
			const temporary = `${file}.${process.pid}.tmp`;
			await writeFile(temporary, formatOcrEntry(entry));
			await rename(temporary, file);
			return file;
		}),
	);
}
