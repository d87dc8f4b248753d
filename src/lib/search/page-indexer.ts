import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { createFileWriter } from '../site/file-writer.ts';
import { searchBundleFolder } from '../site/search-index.ts';
import { augmentForSearch, type SearchTerms } from './augment-for-search.ts';
import { danishWords } from './danish-words.ts';
import { searchableHtml } from './searchable-html.ts';
import { countWords, vocabularyFiles } from './spelling.ts';
import { createCompoundSplitter } from './split-compound.ts';

/** How the index reads the pages; `npm run bench:search` compares them. */
export interface IndexVariant {
	/** Add each compound's parts beside it. */
	compounds: boolean;
	/** Add synonyms and abbreviations (`src/lib/search/synonyms.ts`). */
	synonyms: boolean;
	/** Pagefind's weight for the added words. */
	weight: number;
}

/** The variant the archive ships, chosen by `npm run bench:search` (BENCHMARKS.md). */
export const chosenVariant: IndexVariant = { compounds: true, synonyms: true, weight: 1 };
/** Pagefind as it comes: the benchmark's baseline. */
export const plainVariant: IndexVariant = { compounds: false, synonyms: false, weight: 1 };

export async function searchTerms(variant: IndexVariant): Promise<SearchTerms | undefined> {
	if (!variant.compounds && !variant.synonyms) return undefined;
	return { split: variant.compounds ? createCompoundSplitter(await danishWords()) : undefined, synonyms: variant.synonyms, weight: variant.weight };
}

export interface IndexedMunicipality {
	municipality: string;
	pages: number;
	seconds: number;
}

export interface PageIndexer {
	/**
	 * Adds one built page to its municipality's index: the page's own address (without the site's
	 * base) and its HTML. Pages without `data-pagefind-body` are not indexed and are skipped here.
	 */
	add(municipality: string, url: string, html: string): Promise<void>;
	/** Writes the bundle of each municipality added since the last call into `dist`, and lets go of its index. */
	write(dist: string): Promise<IndexedMunicipality[]>;
	/** Stops this thread's Pagefind. */
	close(): Promise<void>;
}

/**
 * One Pagefind index per municipality, fed page by page, in this thread's Pagefind service (one per
 * thread: the service handles one request at a time). Each
 * page's compounds' parts and synonyms are added beside its text before Pagefind reads it. Up to 16
 * pages are on their way to Pagefind at once, so that augmenting here overlaps Pagefind's own work;
 * they are sent in the order they come, so the index is the same on every build.
 */
export function createPageIndexer(variant: IndexVariant): PageIndexer {
	const terms = searchTerms(variant);
	const indexes = new Map<string, { index: Promise<pagefind.PagefindIndex>; pages: number; errors: string[]; started: number; words: Map<string, number> }>();
	const inFlight: Promise<void>[] = [];
	const open = (municipality: string) => {
		let entry = indexes.get(municipality);
		if (!entry) {
			const index = pagefind.createIndex({ forceLanguage: 'da' }).then(({ index, errors }) => {
				if (!index) throw new Error(`Pagefind kunne ikke oprette et indeks for ${municipality}: ${errors.join('; ')}`);
				return index;
			});
			entry = { index, pages: 0, errors: [], started: performance.now(), words: new Map() };
			indexes.set(municipality, entry);
		}
		return entry;
	};
	return {
		async add(municipality, url, html) {
			if (!html.includes('data-pagefind-body')) return;
			const entry = open(municipality);
			const searchable = await terms;
			const index = await entry.index;
			// Only the regions Pagefind reads are augmented: synonyms of the header's and footer's words would be every page's.
			const region = searchableHtml(html);
			// The words a visitor can read, for spelling suggestions: not the index's additions.
			countWords(region.replace(/<[^>]*>|&[#\w]+;/g, ' '), entry.words);
			inFlight.push(
				index.addHTMLFile({ url, content: searchable ? augmentForSearch(region, searchable) : region }).then((response) => {
					if (response.errors.length > 0) entry.errors.push(...response.errors.map((error) => `${url}: ${error}`));
					else entry.pages++;
				}),
			);
			if (inFlight.length >= 16) await inFlight.shift();
		},
		async write(dist) {
			await Promise.all(inFlight.splice(0));
			const done: IndexedMunicipality[] = [];
			for (const [municipality, entry] of [...indexes].sort(([a], [b]) => a.localeCompare(b))) {
				if (entry.errors.length > 0) throw new Error(`Pagefind kunne ikke læse ${municipality}/: ${entry.errors.join('; ')}`);
				const index = await entry.index;
				const bundle = await index.getFiles();
				if (bundle.errors.length > 0) throw new Error(`Pagefind kunne ikke lave indekset for ${municipality}: ${bundle.errors.join('; ')}`);
				const vocabulary = [...vocabularyFiles(entry.words)].map(([path, text]) => ({ path, content: new TextEncoder().encode(text) }));
				writeBundle(join(dist, searchBundleFolder(municipality)), [...bundle.files, ...vocabulary]);
				await index.deleteIndex();
				indexes.delete(municipality);
				done.push({ municipality, pages: entry.pages, seconds: (performance.now() - entry.started) / 1000 });
			}
			return done;
		},
		async close() {
			await pagefind.close();
		},
	};
}

/**
 * Writes a Pagefind bundle over the one in `folder`, file by file, and removes the files it no longer
 * has. Emptying the folder first would free inodes that the next files then have to step past
 * (`scripts/lib/prune-stale.ts`).
 */
function writeBundle(folder: string, files: readonly { path: string; content: Uint8Array }[]): void {
	const wanted = new Set(files.map((file) => join(folder, file.path)));
	const previous = existsSync(folder)
		? readdirSync(folder, { recursive: true, withFileTypes: true })
				.filter((entry) => !entry.isDirectory())
				.map((entry) => join(entry.parentPath, entry.name))
		: [];
	const write = createFileWriter(folder);
	for (const file of files) write(file.path, file.content);
	for (const path of previous) if (!wanted.has(path)) rmSync(path);
}
