/**
 * The search index's vocabulary, shared by the pages that feed Pagefind (`SearchFacets`), the
 * search page and its script, and the indexer (`scripts/lib/index-search.ts`).
 */

/** Where a municipality's Pagefind index lives in the built site: beside its pages, so a shard is one folder. */
export const searchBundleFolder = (municipality: string) => `${municipality}/pagefind/`;

/** The Pagefind filters the item and meeting pages carry. */
export const searchFilter = { committee: 'Udvalg', year: 'År', decision: 'Afgørelse' } as const;
export type SearchFilter = (typeof searchFilter)[keyof typeof searchFilter];

/** Each filter's parameter in the search page's address. */
export const filterParam: Record<SearchFilter, string> = { Udvalg: 'udvalg', År: 'aar', Afgørelse: 'afgoerelse' };

/** The Pagefind sort key: the meeting's date, `YYYY-MM-DD`. */
export const sortKey = 'dato';
