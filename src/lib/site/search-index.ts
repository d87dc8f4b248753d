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

