import type { Archive } from './build-archive.ts';
import type { Paths } from './paths.ts';

/** A municipality as the search page offers it: its own Pagefind index, and how many pages that index holds. */
export interface SearchScope {
	slug: string;
	name: string;
	/** The index's folder, for Pagefind's `import()` and `mergeIndex`. */
	bundle: string;
	/** Searchable pages (meetings and items); unknown for the other municipalities of a shard build. */
	pages: number | undefined;
}

/**
 * The search page's choice of municipalities, and which are chosen when the address names none:
 * all of them while their pages together stay within `allUpTo` (a first search then fetches every
 * chosen index's metadata), else none, and the visitor picks.
 */
export function searchScopes(archive: Archive, listed: readonly string[], names: Record<string, string>, paths: Paths, allUpTo: number): { scopes: SearchScope[]; allByDefault: boolean } {
	const counts = new Map<string, number>();
	for (const committee of archive.committees) {
		let pages = counts.get(committee.municipality) ?? 0;
		for (const meeting of committee.meetings) pages += 1 + archive.itemsOf(meeting.id).length;
		counts.set(committee.municipality, pages);
	}
	const scopes = listed.map((slug) => ({ slug, name: names[slug] ?? slug, bundle: paths.searchBundle(slug), pages: counts.get(slug) }));
	const known = scopes.every((scope) => scope.pages !== undefined);
	const total = scopes.reduce((sum, scope) => sum + (scope.pages ?? 0), 0);
	return { scopes, allByDefault: scopes.length === 1 || (known && total <= allUpTo) };
}
