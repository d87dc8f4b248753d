import { publicationKey } from './publication-name.ts';
import type { Held } from './held-publications.ts';
import type { Publication } from './portal-system.ts';

/** How far back a municipality with nothing fetched yet starts: a first run is not a crawl of a decade. */
export const firstRunDays = 90;

/** `date` minus `days`, both `YYYY-MM-DD`. */
export function daysBefore(date: string, days: number): string {
	const time = Date.parse(`${date}T00:00:00Z`) - days * 86_400_000;
	return new Date(time).toISOString().slice(0, 10);
}

/**
 * The publications to fetch: those listed that the archive does not hold, of meetings on or after
 * the window's start (`since`; else where the fetched ones begin; else `firstRunDays` before
 * `today`), each once, oldest meeting first and a meeting's publications in the order released.
 */
export function choosePublications(listed: readonly Publication[], held: Pick<Held, 'keys' | 'earliest'>, { since, today }: { since?: string; today: string }): { chosen: Publication[]; since: string } {
	const from = since ?? held.earliest ?? daysBefore(today, firstRunDays);
	const seen = new Set<string>();
	const chosen = listed.filter((publication) => {
		const key = publicationKey(publication.id, publication.published);
		if (publication.date < from || held.keys.has(key) || seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	chosen.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.committee !== b.committee ? (a.committee < b.committee ? -1 : 1) : a.published < b.published ? -1 : a.published > b.published ? 1 : 0));
	return { chosen, since: from };
}
