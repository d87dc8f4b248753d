import { queryStem } from './prepare-query.ts';

/**
 * The index reads more than a visitor sees: compound parts and synonyms beside the text, and the
 * page's heading line (title, committee, date, decision class), which a result already shows above
 * its excerpt. `augmentForSearch` brackets those stretches with these two characters, which Pagefind
 * keeps in a page's content but does not index as words; the search page builds excerpts from what
 * lies outside them. A bracket in the minutes' own text is changed to a square one in the index's copy.
 */
export const hiddenFrom = '⟦';
export const hiddenTo = '⟧';

/** A page's indexed content less the bracketed stretches (they nest: a title's parts inside its heading). */
export function visibleText(content: string): string {
	let depth = 0;
	let out = '';
	let from = 0;
	for (let at = 0; at < content.length; at++) {
		const char = content[at];
		if (char !== hiddenFrom && char !== hiddenTo) continue;
		if (depth === 0) out += content.slice(from, at);
		depth = Math.max(0, depth + (char === hiddenFrom ? 1 : -1));
		from = at + 1;
	}
	if (depth === 0) out += content.slice(from);
	return out.replace(/\s{2,}/g, ' ').trim();
}

export interface ExcerptPart {
	text: string;
	/** A word the query matched, shown highlighted. */
	mark: boolean;
}

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * Whether a word of the text answers a query word as the search does: it begins with the query word's
 * stem (the word less up to three letters of ending), or has the word inside it as a compound's part
 * ("forslag" in "budgetforslag"); a word meant whole (an abbreviation, a party's letter) only as itself.
 */
export function answers(token: string, word: string, whole: boolean): boolean {
	if (whole) return token === word;
	return token.startsWith(queryStem(word)) || (word.length >= 4 && token.length > word.length && token.includes(word));
}

/**
 * An excerpt of the visible text: the stretch of `length` words with the most of the query's words
 * (then the most matches; the first such), each match marked. Where the visible text has none of them
 * (a page found through a synonym), its opening words, unmarked. Linear in the text's length.
 */
export function excerptOf(content: string, queryWords: readonly string[], whole: ReadonlySet<string> = new Set(), length = 30): ExcerptPart[] {
	const text = visibleText(content);
	const words = [...new Set(queryWords.map((word) => word.toLocaleLowerCase('da')).filter(Boolean))];
	const tokens = [...text.matchAll(wordPattern)].map((match) => {
		const lower = match[0].toLocaleLowerCase('da');
		return { start: match.index, end: match.index + match[0].length, hit: words.findIndex((word) => answers(lower, word, whole.has(word))) };
	});
	if (tokens.length === 0) return [];
	const span = Math.min(length, tokens.length);
	// A sliding window: how many matches of each query word it holds, and how many words it holds at all.
	const inWindow = new Array<number>(words.length).fill(0);
	let distinct = 0;
	let hits = 0;
	const enter = (hit: number, step: 1 | -1) => {
		if (hit < 0) return;
		const before = inWindow[hit]!;
		inWindow[hit] = before + step;
		if (before === 0) distinct++;
		else if (before === 1 && step === -1) distinct--;
		hits += step;
	};
	for (let at = 0; at < span; at++) enter(tokens[at]!.hit, 1);
	let best = { first: 0, distinct, hits };
	for (let first = 1; first + span <= tokens.length; first++) {
		enter(tokens[first - 1]!.hit, -1);
		enter(tokens[first + span - 1]!.hit, 1);
		if (distinct > best.distinct || (distinct === best.distinct && hits > best.hits)) best = { first, distinct, hits };
	}
	// Start a little before the first match, so it is read in its sentence.
	const firstHit = tokens.findIndex((token, at) => at >= best.first && token.hit >= 0);
	const first = best.hits === 0 ? 0 : Math.max(0, Math.min(firstHit - 3, tokens.length - span));
	const last = first + span - 1;
	const parts: ExcerptPart[] = [];
	const push = (part: string, mark: boolean) => {
		if (!part) return;
		const previous = parts.at(-1);
		if (previous && previous.mark === mark && !mark) previous.text += part;
		else parts.push({ text: part, mark });
	};
	if (first > 0) push('… ', false);
	let at = tokens[first]!.start;
	for (let index = first; index <= last; index++) {
		const token = tokens[index]!;
		push(text.slice(at, token.start), false);
		push(text.slice(token.start, token.end), token.hit >= 0);
		at = token.end;
	}
	push(last < tokens.length - 1 ? ' …' : text.slice(at), false);
	return parts;
}
