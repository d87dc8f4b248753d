import { stopWords } from './stop-words.ts';

const wordsOf = (term: string) => term.split(/\s+/).filter(Boolean);

/**
 * A quoted single word as the word itself (`"åbningstid"` → `åbningstid`): quotes ask for an exact
 * phrase, and one word is its own phrase, but the quote marks would otherwise be read as part of it
 * and match no text. Quoted phrases of several words stay quoted.
 */
export const unquoteSingleWords = (term: string): string => term.replace(/["“”„«»]([^"“”„«»\s]+)["“”„«»]/gu, '$1');

/**
 * A query word's stem as the search page looks for it in a result's text: the word less up to three
 * letters of ending, four letters at least ("turistbussen" → "turistbus").
 */
export const queryStem = (word: string): string => word.slice(0, Math.max(4, word.length - 3));

/** The words of a query as a text must mention them: without quote marks. */
export const queryWords = (term: string): string[] => wordsOf(term.replace(/["“”„«»]/gu, ' '));

/**
 * A query as the index should get it: a quoted single word unquoted, and Danish function words left
 * out ("samtaler med unge" → "samtaler unge"), since Pagefind would require each of them; a query of
 * function words alone stays as typed.
 */
export function withoutStopWords(term: string): string {
	const unquoted = unquoteSingleWords(term);
	// A quoted phrase is asked as written, its function words and all: Pagefind matches it word for word.
	if (/^\s*["“”„«»][^"“”„«»]+["“”„«»]\s*$/u.test(unquoted)) return unquoted.trim();
	const words = wordsOf(unquoted);
	const kept = words.filter((word) => !stopWords.has(word.toLocaleLowerCase('da')));
	return (kept.length > 0 ? kept : words).join(' ');
}

/** Whether a query asks for an exact phrase (Pagefind's own test: the whole query in quotes). */
export const isPhrase = (term: string): boolean => /^\s*".+"\s*$/.test(term);

/**
 * Ways to read a long query word as a compound whose parts stand apart in the text ("lejekontrakt" →
 * "leje kontrakt"; "rekrutteringsstrategi" → "rekruttering strategi", its linking "s" left out): seams
 * after an "s" first, then the most even. The search page tries a few when the query as typed finds nothing; the index
 * tells which parts are words, so no word list is shipped.
 */
export function compoundReadings(term: string, limit = 8): string[] {
	const words = wordsOf(term);
	const readings: string[] = [];
	for (const [index, word] of words.entries()) {
		if (word.length < 8 || !/^\p{L}+$/u.test(word)) continue;
		const cuts: { left: string; right: string; score: number }[] = [];
		for (let at = 3; at <= word.length - 4; at++) {
			const left = word.slice(0, at);
			const right = word.slice(at);
			// A linking "s" marks the seam more often than not ("rekrutterings|strategi"); it belongs to neither part.
			if (left.endsWith('s') && left.length > 4) cuts.push({ left: left.slice(0, -1), right, score: 100 + Math.min(left.length - 1, right.length) });
			cuts.push({ left, right, score: Math.min(left.length, right.length) });
		}
		cuts.sort((a, b) => b.score - a.score);
		for (const cut of cuts) readings.push([...words.slice(0, index), cut.left, cut.right, ...words.slice(index + 1)].join(' '));
	}
	return readings.slice(0, limit);
}
