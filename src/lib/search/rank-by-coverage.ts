/** A result as each single-word search gives it: Pagefind's page id and score. */
export interface Scored {
	id: string;
	score: number;
}

/**
 * Results for a query no page answers in full ("hvorfor lukker biblioteket fredag aften": Pagefind
 * requires every word): each word searched alone, and the pages ranked by how much of the query they
 * hold, a rare word counting more than a common one (its inverse document frequency among `total`
 * pages), and a word in the title or often in the text more than one in passing: half of a word's
 * weight for having it, half by its Pagefind score against the best page's for that word. One pass
 * over the lists: no page is compared with another.
 */
export function rankByCoverage<Result extends Scored>(lists: readonly (readonly Result[])[], total: number): Result[] {
	const pages = new Map<string, { result: Result; weight: number }>();
	const largest = Math.max(total, ...lists.map((list) => list.length));
	for (const list of lists) {
		if (list.length === 0) continue;
		const rarity = Math.log(1 + largest / list.length);
		// A loop, not a spread: a common word's list can hold more results than a call takes arguments.
		const best = list.reduce((most, result) => Math.max(most, result.score), 0) || 1;
		for (const result of list) {
			const weight = rarity * (0.5 + (0.5 * result.score) / best);
			const page = pages.get(result.id);
			if (page) page.weight += weight;
			else pages.set(result.id, { result, weight });
		}
	}
	return [...pages.values()].sort((a, b) => b.weight - a.weight).map((page) => page.result);
}
