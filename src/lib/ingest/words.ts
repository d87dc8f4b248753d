/** Words as the loss check counts them: runs of letters and digits, case-folded. */
export function words(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A multiset of words. */
export type WordCounts = Map<string, number>;

export function countWords(texts: Iterable<string>, into: WordCounts = new Map()): WordCounts {
	for (const text of texts) for (const word of words(text)) into.set(word, (into.get(word) ?? 0) + 1);
	return into;
}

/** The words of `text` that `kept` does not account for, in order, each as often as it is missing. */
export function wordsNotIn(text: string, kept: readonly string[]): string[] {
	const available = countWords(kept);
	return words(text).filter((word) => {
		const left = available.get(word) ?? 0;
		if (left > 0) available.set(word, left - 1);
		return left === 0;
	});
}
