import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import type { Io } from '../../src/lib/cli/io.ts';
import { augmentForSearch, type SearchTerms } from '../../src/lib/search/augment-for-search.ts';
import { danishWords } from '../../src/lib/search/danish-words.ts';
import { createCompoundSplitter } from '../../src/lib/search/split-compound.ts';
import { searchBundleFolder } from '../../src/lib/site/search-index.ts';

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

async function searchTerms(variant: IndexVariant): Promise<SearchTerms | undefined> {
	if (!variant.compounds && !variant.synonyms) return undefined;
	return { split: variant.compounds ? createCompoundSplitter(await danishWords()) : undefined, synonyms: variant.synonyms, weight: variant.weight };
}

/**
 * Builds one Pagefind index per municipality, each from that municipality's pages only. One index
 * for the whole archive would make every visitor's first search download metadata for every page
 * in it (about 9 bytes a page, 0.6 MB at 66,000 pages); the search page merges the chosen
 * municipalities' indexes instead (issue 6).
 */
export async function indexSearch(dist: string, municipalities: readonly string[], io?: Io, variant: IndexVariant = chosenVariant): Promise<void> {
	const terms = await searchTerms(variant);
	const progress = municipalities.length > 1 ? io?.progress?.({ label: 'søgeindeks', total: municipalities.length, unit: 'kommuner' }) : undefined;
	try {
		for (const municipality of municipalities) {
			const started = performance.now();
			const { index, errors } = await pagefind.createIndex({ forceLanguage: 'da' });
			if (!index) throw new Error(`Pagefind kunne ikke oprette et indeks: ${errors.join('; ')}`);
			let added: { page_count: number; errors: string[] };
			if (terms) {
				// Each page read here, its compounds' parts and synonyms added beside the text, then given to
				// Pagefind. Up to 16 are on their way at once, so that reading and augmenting here overlap
				// Pagefind's own work; they are sent in file order, so the index is the same on every build.
				const folder = join(dist, municipality);
				const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && entry.name.endsWith('.html'));
				files.sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)));
				const result = { page_count: 0, errors: [] as string[] };
				const inFlight: Promise<void>[] = [];
				for (const entry of files) {
					const path = join(entry.parentPath, entry.name);
					const html = await readFile(path, 'utf8');
					// Pagefind indexes only pages with a data-pagefind-body here; the others need not cross over.
					if (!html.includes('data-pagefind-body')) continue;
					// The address Pagefind would give the file on disk: "/<kommune>/…/" for ".../index.html".
					const url = `/${relative(dist, path).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`;
					inFlight.push(
						index.addHTMLFile({ url, content: augmentForSearch(html, terms) }).then((response) => {
							if (response.errors.length > 0) result.errors.push(...response.errors.map((error) => `${relative(dist, path)}: ${error}`));
							else result.page_count++;
						}),
					);
					if (inFlight.length >= 16) await inFlight.shift();
				}
				await Promise.all(inFlight);
				added = result;
			} else added = await index.addDirectory({ path: dist, glob: `${municipality}/**/*.html` });
			if (added.errors.length > 0) throw new Error(`Pagefind kunne ikke læse ${municipality}/: ${added.errors.join('; ')}`);
			const outputPath = join(dist, searchBundleFolder(municipality));
			await rm(outputPath, { recursive: true, force: true });
			const written = await index.writeFiles({ outputPath });
			if (written.errors.length > 0) throw new Error(`Pagefind kunne ikke skrive ${outputPath}: ${written.errors.join('; ')}`);
			await index.deleteIndex();
			io?.out(`søgeindeks ${searchBundleFolder(municipality)}: ${added.page_count} HTML-filer læst på ${((performance.now() - started) / 1000).toFixed(1)} s`);
			progress?.tick();
		}
	} finally {
		progress?.stop();
		await pagefind.close();
	}
}

/**
 * The municipalities with content in `root`, or just `only` if it has any: a registered one
 * without minutes yet has no pages to index.
 */
export async function municipalitiesWithContent(root: string, only?: string): Promise<string[]> {
	const entries = await readdir(join(root, 'content/meetings'), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return [];
		throw error;
	});
	return entries
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.filter((slug) => only === undefined || slug === only)
		.sort();
}
