import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Format } from '../3-layouts/index.ts';
import type { Diagnostic } from '../3-layouts/types.ts';
import type { RawFile } from '../ingest-file.ts';

/** What a raw file gave the last time it was parsed, to report it again without parsing. */
export interface CachedResult {
	/** Hash of everything the output depends on: see `inputHash`. */
	input: string;
	/** The hash of each generated file as written, as in the committed manifest. */
	files: Record<string, string>;
	format: Format;
	meetingIds: string[];
	items: number;
	warnings: Diagnostic[];
	/** The OCR cache entries (`content/ocr/<sha256>.json`) the file was read with: one gone is read again. */
	ocr?: string[];
}

type Entries = Record<string, CachedResult>;

export const sha256 = (...parts: (string | Uint8Array)[]) => {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\0');
	return hash.digest('hex');
};

/** The code whose change can change any output: the parsers, schemas, classifier and guards. */
const codeFolders = ['src/lib/ingest', 'src/lib/decisions', 'src/lib/guards', 'src/schemas', 'src/i18n'];

/**
 * A fingerprint of the ingest code and the files every raw file is read with (registry, CPR
 * allowlist) and the `--format` option. When it changes, every raw file is parsed again.
 */
export async function ingestFingerprint(root: string, extra: readonly string[]): Promise<string> {
	// The repository's root, from this file's place: src/lib/ingest/6-write/.
	const code = join(dirname(new URL(import.meta.url).pathname), '../../../..');
	const files: string[] = [];
	for (const folder of codeFolders) {
		const entries = await readdir(join(code, folder), { recursive: true, withFileTypes: true });
		files.push(...entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts')).map((entry) => join(entry.parentPath, entry.name)));
	}
	const texts = await Promise.all(files.sort().map((path) => readFile(path)));
	const settings = await Promise.all(['content/municipalities.yaml', 'content/cpr-allowlist.yaml'].map((path) => readFile(join(root, path)).catch(() => new Uint8Array())));
	return sha256(...texts, ...settings, ...extra);
}

/** Everything one raw file's output depends on. */
// The limits too: a file read once with a limit raised for that run must be checked again without it.
export const inputHash = (raw: RawFile, fingerprint: string) =>
	sha256(fingerprint, raw.path, raw.bytes, raw.sidecar?.path ?? '', raw.sidecar?.text ?? '', JSON.stringify(raw.limits ?? {}), ...(raw.parts ?? []).flatMap((part) => [part.name, part.bytes]));

/**
 * A local record of what each raw file gave, so that a run parses only raw files that changed
 * (issue 6: adding one meeting to a 6,000-meeting archive must not re-read the others). It lives
 * outside `content/` (by default in `node_modules/.cache/`), is never committed, and is only a
 * shortcut: a missing or stale record means the file is parsed as before. CI can keep it between
 * runs with Astro's cache.
 */
export class IngestCache {
	private readonly path: string;
	private readonly entries: Entries;

	private constructor(path: string, entries: Entries) {
		this.path = path;
		this.entries = entries;
	}

	static async open(path: string): Promise<IngestCache> {
		const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
			if (error.code === 'ENOENT') return undefined;
			throw new Error(`kunne ikke læse ingest-cachen ${path}`, { cause: error });
		});
		let entries: Entries = {};
		// A cache that cannot be read is worth nothing, and is rebuilt; it never decides an output.
		if (text !== undefined) {
			try {
				entries = JSON.parse(text) as Entries;
			} catch {
				entries = {};
			}
		}
		return new IngestCache(path, entries);
	}

	/**
	 * The cached result if the raw file is unchanged and every file it generated is still exactly as
	 * written (not corrected by hand, not deleted), so writing it again would change nothing.
	 */
	async reuse(source: string, input: string, out: string): Promise<CachedResult | undefined> {
		const cached = this.entries[source];
		if (!cached || cached.input !== input) return undefined;
		return Object.entries(cached.files).every(([path, hash]) => this.hashOf(join(out, path)) === hash) ? cached : undefined;
	}

	/** Each generated file's hash as it is now, read once per run: a raw file and its meeting both ask. */
	private readonly hashes = new Map<string, string | undefined>();
	private hashOf(path: string): string | undefined {
		if (!this.hashes.has(path)) {
			// Synchronous: at 60,000 items a run with nothing changed reads 66,000 files one after another.
			let hash: string | undefined;
			try {
				hash = sha256(readFileSync(path));
			} catch (error) {
				if (!['ENOENT', 'ENOTDIR', 'EISDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) throw new Error(`kunne ikke læse ${path} for at se, om den er uændret`, { cause: error });
			}
			this.hashes.set(path, hash);
		}
		return this.hashes.get(path);
	}

	set(source: string, result: CachedResult): void {
		this.entries[source] = result;
	}

	/** Written whole under a temporary name and renamed, so an interrupted run leaves the old cache. */
	async save(): Promise<void> {
		await mkdir(dirname(this.path), { recursive: true });
		const temporary = `${this.path}.${process.pid}.tmp`;
		await writeFile(temporary, JSON.stringify(this.entries));
		await rename(temporary, this.path);
	}
}

/** The hash `IngestCache` compares generated files by. */
export const fileHash = (content: string | Uint8Array) => sha256(typeof content === 'string' ? Buffer.from(content) : content);
