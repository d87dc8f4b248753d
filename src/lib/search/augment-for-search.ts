import { stopWords } from './stop-words.ts';
import { synonymsIn } from './synonyms.ts';

/** What the index adds beside the text: compound parts, synonyms, and how much they weigh. */
export interface SearchTerms {
	/** A word's compound parts, or none (`createCompoundSplitter`). */
	split?: ((word: string) => readonly string[]) | undefined;
	/** Add the other members of each synonym group the text uses. */
	synonyms?: boolean;
	/** Pagefind's weight for the added words (text is 1, an `h1` 7). */
	weight: number;
}

/** Elements whose text is not searchable body text, or is the result's title and meta: nothing is added inside them. */
const skipped = /^(?:script|style|template|title|head|h1|textarea|select|option)$/;
const skipAttributes = /\sdata-pagefind-(?:meta|filter|sort|ignore)\b/;

const words = /[\p{L}][\p{L}-]*[\p{L}]/gu;

/** The extra words for a stretch of text: each long word's parts and the text's synonyms, none it already holds. */
function extraTerms(text: string, terms: SearchTerms): string[] {
	const present = new Set((text.match(words) ?? []).map((word) => word.toLocaleLowerCase('da')));
	const extra = new Set<string>();
	if (terms.split) {
		for (const word of present) if (word.length >= 7 && !word.includes('-')) for (const part of terms.split(word)) extra.add(part);
	}
	if (terms.synonyms) {
		for (const member of synonymsIn(text)) for (const word of member.match(words) ?? [member]) extra.add(word.toLocaleLowerCase('da') === word ? word : word);
	}
	return [...extra].filter((word) => !present.has(word.toLocaleLowerCase('da')) && !stopWords.has(word.toLocaleLowerCase('da')));
}

const span = (terms: readonly string[], weight: number) => `<span data-pagefind-weight="${weight}"> ${terms.join(' ')}</span>`;

/**
 * A built page as the index should read it: after each paragraph-sized run of text, the parts of its
 * compounds and its synonyms as low-weight words ("Rekrutteringsstrategi" gains "rekruttering
 * strategi"), so a search for the parts, in any order, finds the compound, and an excerpt shows them
 * beside it. The `h1`, Pagefind's result title, stays as it is: its words are added after it. Only
 * the index reads this; visitors get the page as built.
 */
export function augmentForSearch(html: string, terms: SearchTerms): string {
	if (!html.includes('data-pagefind-body')) return html;
	const out: string[] = [];
	// Open elements that take no additions, by tag name, with the h1's own text collected.
	const skipping: string[] = [];
	let title = '';
	for (const piece of html.split(/(<[^>]+>)/)) {
		if (piece.startsWith('<')) {
			const tag = /^<\/?([a-zA-Z][\w-]*)/.exec(piece)?.[1]?.toLowerCase();
			if (tag && piece.startsWith('</')) {
				if (skipping.at(-1) === tag) {
					skipping.pop();
					out.push(piece);
					if (tag === 'h1' && skipping.length === 0) {
						const added = extraTerms(title, terms);
						if (added.length > 0) out.push(`<p>${span(added, terms.weight)}</p>`);
						title = '';
					}
					continue;
				}
			} else if (tag && !piece.endsWith('/>') && (skipped.test(tag) || skipAttributes.test(piece) || skipping.length > 0)) {
				if (!/^(?:br|img|input|meta|link|hr|wbr|source)$/.test(tag)) skipping.push(tag);
			}
			out.push(piece);
			continue;
		}
		if (skipping.length > 0) {
			if (skipping[0] === 'h1') title += piece;
			out.push(piece);
			continue;
		}
		out.push(piece);
		if (piece.trim().length < 7) continue;
		const added = extraTerms(piece, terms);
		if (added.length > 0) out.push(span(added, terms.weight));
	}
	return out.join('');
}
