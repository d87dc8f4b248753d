/**
 * "Mente du …": a misspelt query word corrected to a word the archive's own text uses. Each
 * municipality's index ships its vocabulary beside it, one small file per first letter
 * (`vocabularyFile`), which the search page fetches only for a word that found nothing; so a
 * suggestion always finds something, and a search that works costs no extra bytes.
 */

/** Where a word's vocabulary lies within a municipality's search bundle. */
export function vocabularyFile(word: string): string {
	const first = word[0] ?? '';
	const key = first === 'æ' ? 'ae' : first === 'ø' ? 'oe' : first === 'å' ? 'aa' : /[a-z]/.test(first) ? first : '_';
	return `ord/${key}.txt`;
}

const vocabularyWord = /^\p{Ll}{3,30}$/u;
const textWords = /\p{L}+/gu;

/** Counts a page's words into a municipality's vocabulary (lower case, 3 to 30 letters). */
export function countWords(text: string, into: Map<string, number>): void {
	for (const [match] of text.matchAll(textWords)) {
		const word = match.toLocaleLowerCase('da');
		if (vocabularyWord.test(word)) into.set(word, (into.get(word) ?? 0) + 1);
	}
}

/** Most words of a first letter kept: the rarest beyond it are seldom what a visitor meant. */
export const vocabularyLimit = 10_000;

/** The vocabulary's files: per first letter, its words by how often the text uses them, "word count" per line. */
export function vocabularyFiles(words: ReadonlyMap<string, number>): Map<string, string> {
	const byFile = new Map<string, [string, number][]>();
	for (const entry of words) {
		const file = vocabularyFile(entry[0]);
		let list = byFile.get(file);
		if (!list) byFile.set(file, (list = []));
		list.push(entry);
	}
	const files = new Map<string, string>();
	for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
		list.sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));
		files.set(file, `${list.slice(0, vocabularyLimit).map(([word, count]) => `${word} ${count}`).join('\n')}\n`);
	}
	return files;
}

export function parseVocabulary(text: string, into: Map<string, number> = new Map()): Map<string, number> {
	for (const line of text.split('\n')) {
		const space = line.indexOf(' ');
		if (space <= 0) continue;
		const word = line.slice(0, space);
		into.set(word, (into.get(word) ?? 0) + Number(line.slice(space + 1)));
	}
	return into;
}

/** A word as it may be meant when typed without æ, ø and å ("oekonomi", "raadhus"), the word itself first. */
export function danishSpellings(word: string): string[] {
	const spellings = new Set([word]);
	for (const [ascii, letter] of [['ae', 'æ'], ['oe', 'ø'], ['aa', 'å']] as const) for (const spelling of [...spellings]) if (spelling.includes(ascii)) spellings.add(spelling.replaceAll(ascii, letter));
	return [...spellings];
}

/**
 * The optimal-string-alignment distance (a swap of two neighbours counts as one edit, as "bugdet"
 * for "budget"), or `limit + 1` once it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before = new Array<number>(b.length + 1).fill(0);
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let smallest = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
			current.push(value);
			smallest = Math.min(smallest, value);
		}
		if (smallest > limit) return limit + 1;
		before = previous;
		previous = current;
	}
	return Math.min(previous[b.length]!, limit + 1);
}

/** How far a word may be from its correction: none for short words, whose neighbours are too many. */
export const editsAllowed = (word: string): number => (word.length < 5 ? 0 : word.length < 9 ? 1 : 2);

/** Whether the vocabulary has the word, or a word that begins with it (which the search finds). */
export function knows(vocabulary: ReadonlyMap<string, number>, word: string): boolean {
	if (vocabulary.has(word)) return true;
	for (const known of vocabulary.keys()) if (known.startsWith(word)) return true;
	return false;
}

/**
 * The vocabulary's word nearest a query word it does not know: a Danish spelling of it, or else the
 * fewest edits away, then the most used. Undefined when the word is known, too short, or nothing is
 * near enough.
 */
export function correction(word: string, vocabulary: ReadonlyMap<string, number>): string | undefined {
	const lower = word.toLocaleLowerCase('da');
	if (!/^\p{L}+$/u.test(lower) || knows(vocabulary, lower)) return undefined;
	for (const spelling of danishSpellings(lower).slice(1)) if (knows(vocabulary, spelling)) return spelling;
	const limit = editsAllowed(lower);
	if (limit === 0) return undefined;
	let best: { word: string; distance: number; count: number } | undefined;
	for (const [known, count] of vocabulary) {
		const distance = editDistance(lower, known, limit);
		if (distance > limit) continue;
		if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { word: known, distance, count };
	}
	return best?.word;
}
