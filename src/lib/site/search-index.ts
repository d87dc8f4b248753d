/**
 * The search index's vocabulary, shared by the pages that feed Pagefind (`SearchFacets`), the
 * search page and its script, and the indexer (`scripts/lib/index-search.ts`).
 */

/** Where a municipality's Pagefind index lives in the built site: beside its pages, so a shard is one folder. */
export const searchBundleFolder = (municipality: string) => `${municipality}/pagefind/`;

/** The Pagefind filters the item and meeting pages carry, and the ones a visitor can choose. */
export const searchFilter = { committee: 'Udvalg', year: 'År', decision: 'Afgørelse' } as const;
export type SearchFilter = (typeof searchFilter)[keyof typeof searchFilter];

/**
 * The meeting's month, `YYYY-MM`: a filter no visitor sees, by which the search page orders results
 * by date. A Pagefind sort key would do it too, but puts every page's rank in the index's metadata,
 * which a first search downloads (43 KB of 160 KB for a 16,500-page index, BENCHMARKS.md).
 */
export const monthFilter = 'Måned';

/** Each filter's parameter in the search page's address. */
export const filterParam: Record<SearchFilter, string> = { Udvalg: 'udvalg', År: 'aar', Afgørelse: 'afgoerelse' };

/**
 * What a first search costs a visitor's browser, estimated from the chosen municipalities: Pagefind's
 * scripts and WebAssembly once; per index its entry file and the index chunk of a common word; per
 * page about 12 bytes of metadata and chunk. Fitted to `npm run bench` with 1, 10, 30 and 98
 * municipalities chosen and to the L corpus (BENCHMARKS.md, issue 18): within 10% of each.
 */
export function firstSearchBytes(pages: number, indexes: number): number {
	return 90_000 + 22_000 * indexes + 12 * pages;
}

/** Issue 6's budget for a first search, as transferred. */
export const firstSearchBudget = 300_000;

/**
 * Whether the search page searches the chosen municipalities at once: `search` within the first
 * search's budget, `warn` (search, and say how much is fetched) up to `atMost` bytes, `refuse`
 * above: the visitor is asked to choose fewer municipalities, and a national search is the open
 * data's (README, "The national archive").
 */
export function searchLoad(bytes: number, atMost: number): 'search' | 'warn' | 'refuse' {
	return bytes > atMost ? 'refuse' : bytes > firstSearchBudget ? 'warn' : 'search';
}
