/**
 * Inflectional endings a compound's last part can carry, shortest first so that the longest stem
 * wins ("haver" is "have" + "r", not "hav" + "er"): "samtaler" is "samtale" + "r", "pladserne" is
 * "plads" + "erne", "højskolen" is "højskole" + "n".
 */
const endings = ['e', 'r', 'n', 's', 't', 'er', 'en', 'et', 'es', 'ne', 'ene', 'ens', 'ets', 'ers', 'ede', 'erne', 'enes', 'ende', 'ernes'];

/** Derivational endings that are dictionary words too ("hed", "dom"): "tilgængelighed" is no compound. */
const suffixes = new Set(['hed', 'heden', 'heder', 'dom', 'dommen', 'skab', 'skabet', 'skaber', 'else', 'elsen', 'elser', 'ning', 'ningen', 'ninger', 'ningerne', 'lig', 'lige', 'isk', 'iske', 'ende', 'agtig', 'vis', 'bar', 'sel', 'sler']);

/**
 * Short words a council compound really ends or starts with. The dictionary holds many rare short
 * words ("ater", "get", "neh") that would split "soldatermission" or "budgettet"; a part of four
 * letters or fewer must be one of these.
 */
const shortParts = new Set([
	'ark', 'bad', 'bil', 'bod', 'bro', 'bus', 'by', 'dag', 'dør', 'fag', 'fod', 'gade', 'gård', 'hal', 'hus', 'job', 'jord', 'kant', 'kort', 'kost', 'kyst', 'land', 'leje', 'liv',
	'løn', 'lån', 'mad', 'mål', 'navn', 'park', 'plan', 'pris', 'råd', 'sag', 'salg', 'sal', 'skat', 'skov', 'sko', 'sted', 'sti', 'stue', 'sø', 'tag', 'tal', 'tid', 'tog', 'ung', 'unge', 'vej',
	'vand', 'værk', 'år', 'øer', 'ø', 'ret', 'vagt', 'drift', 'hjem', 'ejer', 'form', 'frist', 'grund', 'havn', 'kode', 'kø', 'lys', 'net', 'rum', 'side', 'spor', 'støj', 'syn', 'tur',
	'vogn', 'zone', 'børn', 'barn', 'ældre', 'ferie', 'pleje', 'kultur', 'miljø', 'sport', 'skole', 'have', 'data', 'it', 'sund', 'syg', 'tryg', 'fri', 'ny', 'små', 'stor', 'lokal',
	'fælles', 'mark', 'bog', 'blad', 'brev', 'krav', 'part', 'del', 'team', 'løb', 'mod', 'ord', 'pakke', 'pulje', 'rate', 'regel', 'test', 'torv', 'tårn', 'vare', 'vind', 'sol', 'el', 'gas', 'olie',
]);
const acceptable = (stem: string) => stem.length > 4 || shortParts.has(stem);

/** Particles and prefixes that start lexicalised words ("indstilling", "forslag", "udvikling"), not compounds. */
const particles = new Set(['ind', 'ud', 'op', 'af', 'til', 'for', 'fore', 'over', 'under', 'om', 'på', 'med', 'ned', 'sam', 'mod', 'gen', 'mis', 'bag', 'efter', 'frem', 'hen', 'igennem', 'mellem', 'imod', 'uden', 'be', 'an', 'tvær', 'fra', 'ved', 'ur', 'van', 'u', 'eks', 'sær', 'selv', 'hoved']);

/** A part must be this long: shorter "words" (ad, el, sko) split what is no compound. */
const shortest = 3;
/** Parts split again must each be this long, so that "samtaler" stays whole ("sam", "taler"). */
const shortestInner = 4;

/** The word as a dictionary stem, with an inflectional ending taken off if need be. */
function stemOf(part: string, words: ReadonlySet<string>, min: number): string | undefined {
	if (part.length < min || suffixes.has(part)) return undefined;
	if (words.has(part) && acceptable(part)) return part;
	for (const ending of endings) {
		if (!part.endsWith(ending)) continue;
		const stem = part.slice(0, -ending.length);
		if (stem.length < min) continue;
		if (words.has(stem) && acceptable(stem)) return stem;
		// A doubled consonant before the ending: "politikken", "modellen", "budgettet".
		if (stem.length > min && stem.at(-1) === stem.at(-2) && words.has(stem.slice(0, -1)) && acceptable(stem.slice(0, -1))) return stem.slice(0, -1);
		// An "e" dropped before the ending: "regler" from "regel", "cykler" from "cykel".
		const withE = `${stem.slice(0, -1)}e${stem.at(-1)}`;
		if (words.has(withE) && acceptable(withE)) return withE;
	}
	return undefined;
}

/** The first part as a stem, with a linking "s" or "e" taken off ("rekrutterings", "samarbejds" from "samarbejde"). */
function headOf(part: string, words: ReadonlySet<string>, min: number): string | undefined {
	if (part.length < min || particles.has(part)) return undefined;
	// "udviklings" is listed as a word, but it is "udvikling" with its linking "s".
	if (part.endsWith('s') && words.has(part.slice(0, -1)) && acceptable(part.slice(0, -1)) && !particles.has(part.slice(0, -1))) return part.slice(0, -1);
	if (words.has(part) && acceptable(part)) return part;
	// A plural first part: "soldatermission", "børnehave".
	if (part.endsWith('er') && part.length - 2 >= min && words.has(part.slice(0, -2)) && acceptable(part.slice(0, -2))) return part.slice(0, -2);
	const last = part.at(-1);
	if (last !== 's' && last !== 'e') return undefined;
	const bare = part.slice(0, -1);
	if (bare.length < min || particles.has(bare) || !acceptable(bare)) return undefined;
	// A linking "e" follows short roots only ("børne", "unge"); "oriente-ringen" is no compound.
	if (words.has(bare) && (last === 's' || bare.length <= 5)) return bare;
	if (last === 's' && words.has(`${bare}e`)) return `${bare}e`;
	return undefined;
}

/**
 * Splits Danish compounds with a word list. A split must leave a dictionary word first (with its
 * linking "s" or "e" taken off) and, after it, a dictionary word, possibly inflected, or a compound
 * itself: "kystbeskyttelsesprojekt" is kyst + beskyttelse + projekt. Of several splits the most even
 * wins. Parts are split again while each piece keeps four letters. Results are kept per word, since
 * an archive repeats its words.
 */
export function createCompoundSplitter(words: ReadonlySet<string>) {
	const known = new Map<string, readonly string[]>();

	function split(lower: string, min: number, depth: number): readonly string[] {
		const key = `${min}:${lower}`;
		const cached = known.get(key);
		if (cached) return cached;
		let best: { left: string; right: string; rest: readonly string[]; balance: number } | undefined;
		if (depth < 4 && lower.length >= min * 2) {
			for (let at = min; at <= lower.length - min; at++) {
				const head = headOf(lower.slice(0, at), words, min);
				if (!head) continue;
				const right = lower.slice(at);
				const tail = stemOf(right, words, min);
				// A compound as the rest has parts of four letters at least: "bør-neh-aver" is none.
				const rest = tail ? [] : split(right, shortestInner, depth + 1);
				if (!tail && rest.length === 0) continue;
				const surface = lower.slice(0, at);
				// "udviklings" is listed as a word, but a reader types "udvikling"; "unge" and "børne" stay.
				const left = surface.endsWith('s') && head === surface.slice(0, -1) ? head : words.has(surface) ? surface : head;
				// The most even split; then one whose rest is a word; then the longer first part.
				const balance = Math.min(head.length, (tail ?? rest[0]!).length) * 2 + (tail ? 1 : 0);
				if (!best || balance > best.balance || (balance === best.balance && left.length > best.left.length)) best = { left, right, rest, balance };
			}
		}
		const parts = best
			? [...new Set([best.left, ...split(best.left, shortestInner, depth + 1), ...(best.rest.length > 0 ? best.rest : [best.right, ...split(best.right, shortestInner, depth + 1)])])]
			: [];
		known.set(key, parts);
		return parts;
	}

	/**
	 * The parts of a compound, as words a reader could search for: "rekrutteringsstrategi" →
	 * rekruttering, strategi; "ungesamtaler" → unge, samtaler; "dagplejepladser" → dagpleje, pleje,
	 * pladser. A word that is no compound gives none.
	 */
	// Per word as written: an archive repeats its words, and most are no compound.
	const byWord = new Map<string, readonly string[]>();
	return (word: string): readonly string[] => {
		let parts = byWord.get(word);
		if (parts) return parts;
		const lower = word.toLowerCase();
		parts = lower.length < shortest * 2 || lower.includes('-') || !/^\p{Ll}+$/u.test(lower) ? [] : split(lower, shortest, 0);
		byWord.set(word, parts);
		return parts;
	};
}
