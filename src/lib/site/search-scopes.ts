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
	/** The first and last year with a meeting, for ordering results by date; unknown like `pages`. */
	years: { from: number; to: number } | undefined;
}

/**
 * The search page's choice of municipalities, and which are chosen when the address names none:
 * all of them while their pages together stay within `allUpTo` (a first search then fetches every
 * chosen index's metadata), else none, and the visitor picks.
 */
export function searchScopes(archive: Archive, listed: readonly string[], names: Record<string, string>, paths: Paths, allUpTo: number): { scopes: SearchScope[]; allByDefault: boolean } {
	const counts = new Map<string, number>();
	const years = new Map<string, { from: number; to: number }>();
	for (const committee of archive.committees) {
		let pages = counts.get(committee.municipality) ?? 0;
		const span = years.get(committee.municipality) ?? { from: Number.POSITIVE_INFINITY, to: Number.NEGATIVE_INFINITY };
		for (const meeting of committee.meetings) {
			pages += 1 + archive.itemsOf(meeting.id).length;
			const year = Number(meeting.data.date.slice(0, 4));
			span.from = Math.min(span.from, year);
			span.to = Math.max(span.to, year);
		}
		counts.set(committee.municipality, pages);
		years.set(committee.municipality, span);
	}
	const scopes = listed.map((slug) => ({ slug, name: names[slug] ?? slug, bundle: paths.searchBundle(slug), pages: counts.get(slug), years: years.get(slug) }));
	const known = scopes.every((scope) => scope.pages !== undefined);
	const total = scopes.reduce((sum, scope) => sum + (scope.pages ?? 0), 0);
	return { scopes, allByDefault: scopes.length === 1 || (known && total <= allUpTo) };
}
