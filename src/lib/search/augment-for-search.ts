import { stopWords } from './stop-words.ts';
import { synonymsIn } from './synonyms.ts';
import { hiddenFrom, hiddenTo } from './visible-excerpt.ts';

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

/**
 * A word as a search should also know it. Old protocols write "aa" for "å" ("Sogneraadet", "Aar"),
 * and transcriptions keep the line's hyphen inside a word ("Rotteudryd-delse", "Anmod-ning"): both
 * are added as the modern, whole word, so "sognerådet" and "anmodning" find them. A hyphen before
 * a capital or after an abbreviation ("MED-udvalg") joins two words and is left alone.
 */
export function respellings(word: string): string[] {
	const out: string[] = [];
	const joined = /^\p{L}*\p{Ll}-\p{Ll}/u.test(word) && !word.includes('--') ? word.replaceAll('-', '') : word;
	if (joined !== word) out.push(joined);
	if (/aa/i.test(joined)) out.push(joined.replace(/aa/g, 'å').replace(/Aa|AA/g, 'Å'));
	return out.map((spelling) => spelling.toLocaleLowerCase('da'));
}

/**
 * A stretch of text's compound parts and respellings, less those it also has as words of their own:
 * "budget" in a paragraph that says "budget" and "budgetforslag" is found already, and each addition
 * is an index entry a first search may download.
 */
function partsIn(text: string, split: ((word: string) => readonly string[]) | undefined): string[] {
	// One pass of the pattern, as strings: match objects for every word were a third of indexing's own time.
	const found = text.match(words);
	if (!found) return [];
	let extra: Set<string> | undefined;
	const add = (part: string) => {
		if (!stopWords.has(part)) (extra ??= new Set()).add(part);
	};
	for (const word of found) {
		const spellings = word.includes('-') || /aa/i.test(word) ? respellings(word) : [];
		for (const spelling of spellings) add(spelling);
		if (!split) continue;
		for (const whole of [word, ...spellings]) if (whole.length >= 7) for (const part of split(whole)) add(part);
	}
	if (!extra) return [];
	const present = new Set(found.map((word) => word.toLowerCase()));
	return [...extra].filter((part) => !present.has(part));
}

/** The page's synonyms: the other members of each group its text uses, as words. */
function synonymWords(text: string): string[] {
	const extra = new Set<string>();
	for (const member of synonymsIn(text)) for (const word of member.match(words) ?? [member]) if (!stopWords.has(word.toLowerCase())) extra.add(word);
	return [...extra];
}

// Bracketed, so that no excerpt shows an added word (`visibleText`).
const span = (terms: readonly string[], weight: number) => `<span data-pagefind-weight="${weight}"> ${hiddenFrom} ${terms.join(' ')} ${hiddenTo}</span>`;

/**
 * The page's heading line, which a search result shows above its excerpt: the `h1`, and the lines
 * of class `meta` (committee, date) and `outcome` (the decision class). Indexed, but bracketed out of
 * excerpts.
 */
const headingLine = /\sclass="(?:[^"]*\s)?(?:meta|outcome)(?:\s[^"]*)?"/;
const brackets = /[⟦⟧]/g;

/**
 * A built page as the index should read it: after each run of text, the parts of its compounds as
 * words of their own ("Rekrutteringsstrategi" gains "rekruttering strategi"), so a search for the
 * parts, in any order, finds the compound, ranks it by how often and how close the parts stand, and
 * an excerpt shows them beside it; after the `h1`, the title's parts; at the end, the synonyms of
 * the whole page. The `h1`, Pagefind's result title, stays as it is. Only the index reads this; visitors get
 * the page as built. (Adding the parts once per page instead measured worse: MRR@10 0.889 against
 * 0.977, BENCHMARKS.md.)
 */
export function augmentForSearch(html: string, terms: SearchTerms): string {
	if (!html.includes('data-pagefind-body')) return html;
	const out: string[] = [];
	const texts: string[] = [];
	// Open elements whose text is title or meta, not body: nothing is added inside them.
	const skipping: string[] = [];
	let title = '';
	let afterTitle = -1;
	// The heading-line element being bracketed, and how many of its tag are open inside it.
	let hiding: { tag: string; depth: number } | undefined;
	for (const raw of html.split(/(<[^>]+>)/)) {
		const piece = raw.startsWith('<') ? raw : raw.replace(brackets, (bracket) => (bracket === hiddenFrom ? '[' : ']'));
		if (piece.startsWith('<')) {
			const tag = /^<\/?([a-zA-Z][\w-]*)/.exec(piece)?.[1]?.toLowerCase();
			if (tag && hiding?.tag === tag && !piece.endsWith('/>')) hiding.depth += piece.startsWith('</') ? -1 : 1;
			if (tag && !hiding && !piece.startsWith('</') && (tag === 'h1' || headingLine.test(piece))) {
				hiding = { tag, depth: 1 };
				out.push(` ${hiddenFrom} `);
			}
			out.push(piece);
			if (hiding?.depth === 0) {
				out.push(` ${hiddenTo} `);
				hiding = undefined;
			}
			if (!tag) continue;
			if (piece.startsWith('</')) {
				if (skipping.at(-1) !== tag) continue;
				skipping.pop();
				// Filled in at the end, when the page's synonyms are known.
				if (tag === 'h1' && skipping.length === 0 && afterTitle === -1) afterTitle = out.push('') - 1;
			} else if (!piece.endsWith('/>') && (skipped.test(tag) || skipAttributes.test(piece) || skipping.length > 0) && !/^(?:br|img|input|meta|link|hr|wbr|source)$/.test(tag)) {
				skipping.push(tag);
			}
			continue;
		}
		out.push(piece);
		if (skipping.length > 0) {
			if (skipping[0] === 'h1') title += piece;
			continue;
		}
		if (piece.trim().length < 7) continue;
		texts.push(piece);
		const parts = partsIn(piece, terms.split);
		if (parts.length > 0) out.push(span(parts, terms.weight));
	}
	texts.push(title);
	const titleParts = partsIn(title, terms.split);
	if (titleParts.length > 0 && afterTitle !== -1) out[afterTitle] = `<p>${span(titleParts, terms.weight)}</p>`;
	// The synonyms go last: an excerpt starts where the hits are, and a list of synonyms near the top
	// would be what a visitor reads under every result.
	const synonyms = terms.synonyms ? synonymWords(texts.join('\n')) : [];
	const page = out.join('');
	return synonyms.length > 0 ? page.replace(/<\/body>(?![^]*<\/body>)/, `<div data-pagefind-body><p>${span(synonyms, terms.weight)}</p></div></body>`) : page;
}
