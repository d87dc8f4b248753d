import type { Ballot, Voter } from '../../schemas/vote.ts';
import { sides, type Side } from './ballots-of.ts';
import { readVoters } from './read-voters.ts';

/**
 * A part of a decision as printed at the start of a line: "1.", "1 a.", "2b.", "2.b.", "4. -14.",
 * "1.-3.", "Ad 2b.", "Punkt 1:". A bare number needs a dot, a parenthesis or a colon after it, or
 * "Ad"/"Punkt" before it, so that "15 mio. kr." starts no part.
 */
const partLabel = /^(?:(ad|punkt|pkt\.)\s*)?(\d{1,2})(?:\s?\.?\s?([a-z])(?=[\s.):]))?(?:\s*\.?\s*-\s*(\d{1,2})\b)?\s*([.):])?(?=\s|$)/i;

function partOf(line: string): { part: string; length: number } | undefined {
	const match = partLabel.exec(line);
	if (!match) return undefined;
	const [whole, prefix, from, sub, to, mark] = match;
	if (!prefix && !mark && !sub) return undefined;
	return { part: `${from}${sub ? sub.toLowerCase() : ''}${to ? `-${to}` : ''}`, length: whole.length };
}

/** "For stemte: Ø", "Imod stemte: V, A …", "Undlader: F", "For: 17 (A, B, F)". */
const labelled = /^(for stemte|stemte for|for|imod stemte|stemte imod|imod|undlod at stemme|undlader at stemme|undlod|undlader|hverken for eller imod|tog forbehold|forbehold)\b\s*(?::\s*|(?=\d)|(?<=stemte(?: for| imod)?)\s+)/i;

function sideOfLabel(label: string): Side {
	const folded = label.toLowerCase();
	if (folded.includes('forbehold')) return 'reserved';
	if (folded.startsWith('undl') || folded.startsWith('hverken')) return 'abstained';
	if (folded.includes('imod')) return 'against';
	return 'for';
}

/** What the voters named at the start of a clause did: "stemte imod", "kan ikke godkende", "undlod at stemme", "tog forbehold". */
const verbs: [Side, RegExp][] = [
	['reserved', /^\s*(?:tog|tager|tage)\s+(?:et\s+|sit\s+|deres\s+)?forbehold\b/i],
	['abstained', /^\s*(?:undlod|undlader|undlad)\b/i],
	['against', /^\s*(?:stemte|stemmer|stemmer\s+derfor|har\s+stemt)\s+imod\b|^\s*(?:kan|kunne)\s+ikke\s+(?:godkende|anbefale|tiltræde|støtte|gå\s+ind\s+for|tilslutte)|^\s*(?:er|var)\s+imod\b|^\s*ønsker\s+ikke\b/i],
	['for', /^\s*(?:stemte|stemmer|har\s+stemt)\s+for\b|^\s*(?:kan|kunne)\s+(?:godkende|anbefale|tiltræde|støtte|tilslutte)/i],
];

/** "Et flertal (A+V+C+N)", "et flertal bestående af V+N+A+B", "Et mindretal (O)", "Et flertal i udvalget". */
const majority = /\b(flertal|mindretal)(?:let)?\b(?:\s+(?:i|af)\s+(?:udvalget|byrådet|kommunalbestyrelsen|magistraten|[\p{L}-]+udvalget))?(?:\s+(?:på\s+\d+\s*)?(?:bestående\s+af|af|på))?\s*/iu;
const unanimous = /\ben-?stemmig(?:t|e)?\b|\bet\s+enig(?:t)?\s+(?:udvalg|byråd|økonomiudvalg|kommunalbestyrelse|magistrat)\w*/i;
const negative = /\bimod\b|\b(?:kan|kunne)\s+ikke\b|\bikke\s+(?:godkende|anbefale|tiltræde)|\bafvis/i;
const counts = /\bmed\s+(\d{1,3})\s+stemmer?\s+(?:for\s+)?(?:mod|imod)\s+(\d{1,3})(?:\s+stemmer?)?(?:[,]?\s+(?:og|mens)\s+(\d{1,3})\s+(?:undlod|undlader|blank))?/i;

interface Collected {
	part?: string;
	unanimous?: true;
	majority?: true;
	sides: Record<Side, Voter[]>;
	counts: { for?: number; against?: number; abstained?: number };
	/** Votes on "indstillingerne" (all of them) that a numbered decision states after its parts. */
	shared: Record<Side, Voter[]>;
}

const empty = (part?: string): Collected => ({ ...(part === undefined ? {} : { part }), sides: { for: [], against: [], abstained: [], reserved: [] }, counts: {}, shared: { for: [], against: [], abstained: [], reserved: [] } });

function add(into: Record<Side, Voter[]>, side: Side, voters: readonly Voter[]): void {
	for (const voter of voters) {
		if (!into[side].some((known) => known.party === voter.party && known.name === voter.name)) into[side].push(voter);
	}
}

/** Clauses within a sentence that can each carry a vote: "Godkendt, idet A tager forbehold". */
function clausesOf(sentence: string): string[] {
	return sentence.split(/,\s+(?:idet|mens|men|dog\s+således\s+at)\s+|;\s+/i);
}

function readClause(clause: string, into: Collected): void {
	const text = clause.trim();
	const label = labelled.exec(text);
	if (label) {
		const read = readVoters(text.slice(label[0].length));
		const side = sideOfLabel(label[1]!);
		if (read.voters.length > 0 || read.count !== undefined) {
			add(into.sides, side, read.voters);
			if (read.count !== undefined && side !== 'reserved') into.counts[side] = read.count;
			return;
		}
	}
	if (unanimous.test(text)) into.unanimous = true;
	const tally = counts.exec(text);
	if (tally) {
		// "forkastet med 15 stemmer mod 10": the first number is the side that won.
		const rejected = /\b(?:forkast|afvis|afslå|ikke\s+(?:godkendt|vedtaget|tiltrådt)|faldt)/i.test(text);
		into.counts[rejected ? 'against' : 'for'] = Number(tally[1]);
		into.counts[rejected ? 'for' : 'against'] = Number(tally[2]);
		if (tally[3]) into.counts.abstained = Number(tally[3]);
	} else if (/\bstem/i.test(text)) {
		// "med 19 stemmer for og 6 imod", "7 stemmer for (A, B, F) og 2 stemmer imod (V)"
		for (const side of text.matchAll(/(?<![\d,.])(\d{1,3})\s+(?:stemmer?\s+)?(for|imod|undlod|undlader|blanke?)\b(?:\s*\(([^)]*)\))?/gi)) {
			const which: Side = /^imod$/i.test(side[2]!) ? 'against' : /^for$/i.test(side[2]!) ? 'for' : 'abstained';
			into.counts[which] = Number(side[1]);
			if (side[3]) add(into.sides, which, readVoters(side[3]).voters);
		}
	}
	const members = counted.exec(text);
	if (members) {
		const verb = verbs.find(([, pattern]) => pattern.test(text.slice(members[0].length)));
		if (verb) {
			if (members[2]) add(into.sides, verb[0], readVoters(members[2]).voters);
			if (verb[0] !== 'reserved') into.counts[verb[0]] = numberWords[members[1]!.toLowerCase()] ?? Number(members[1]);
			return;
		}
	}
	const group = majority.exec(text);
	if (group) {
		const rest = text.slice(group.index + group[0].length);
		const read = readVoters(rest);
		const after = rest.slice(read.length);
		const side: Side = /^\s*undl/i.test(after) ? 'abstained' : /forbehold/i.test(after) ? 'reserved' : negative.test(after) ? 'against' : group[1]!.toLowerCase() === 'mindretal' ? 'against' : 'for';
		add(into.sides, side, read.voters);
		if (read.count !== undefined && side !== 'reserved') into.counts[side] = read.count;
		if (side === 'for') into.majority = true;
		return;
	}
	const subject = readVoters(text);
	if (subject.voters.length > 0) {
		const rest = text.slice(subject.length);
		const verb = verbs.find(([, pattern]) => pattern.test(rest));
		if (verb) {
			add(into.sides, verb[0], subject.voters);
			if (/\bindstillingerne\b|\balle\s+(?:punkter|indstillinger)\b/i.test(rest)) add(into.shared, verb[0], subject.voters);
		}
	}
}

/** A line's sentences: a new one after ., ! or ? before a capital, a parenthesis or a count ("… indstillingen. 1 medlem (O) tager forbehold"). */
function sentencesOf(line: string): string[] {
	return line.split(/(?<=[.!?])\s+(?=[\p{Lu}(]|\d{1,3}\s+medlem)/u);
}

const numberWords: Record<string, number> = { et: 1, ét: 1, en: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9 };
/** "1 medlem (O) tager forbehold", "2 medlemmer undlod at stemme", "to medlemmer (F og Ø) stemte imod". */
const counted = /^(\d{1,3}|et|ét|en|to|tre|fire|fem|seks|syv|otte|ni)\s+medlem(?:mer)?\b(?:\s+af\s+(?:udvalget|byrådet|kommunalbestyrelsen))?\s*(?:\(([^)]*)\))?/i;

const hasVote = (entry: Collected) => entry.unanimous || entry.majority || sides.some((side) => entry.sides[side].length > 0) || Object.keys(entry.counts).length > 0;

function toBallot(entry: Collected): Ballot {
	return {
		...(entry.part === undefined ? {} : { part: entry.part }),
		...(entry.unanimous ? { unanimous: true as const } : {}),
		...(entry.majority ? { majority: true as const } : {}),
		for: entry.sides.for,
		against: entry.sides.against,
		abstained: entry.sides.abstained,
		reserved: entry.sides.reserved,
		...(Object.keys(entry.counts).length > 0 ? { counts: entry.counts } : {}),
	};
}

const sameVote = (a: Ballot, b: Ballot) => JSON.stringify({ ...a, part: undefined }) === JSON.stringify({ ...b, part: undefined });

/**
 * The votes a decision text states, one ballot per part of the decision that states one ("1 a.
 * Ikke godkendt / For stemte: Ø / Imod stemte: V, A …"), or one for the whole. The phrasings are
 * taken from real minutes (the tests name them): labelled lists, "Et flertal (A+V+C+N) godkender",
 * "Anbefales af et flertal bestående af V+N+A+B", "Liste O kan ikke godkende indstillingerne",
 * "… undlod at stemme", "… tog forbehold", "enstemmigt", "med 17 stemmer mod 8". A text that states
 * no vote gives none: that a plain "Godkendt" had no votes against is the reader's to say
 * (`ballotsOf`), not something to store.
 */
export function readVotes(decision: string): Ballot[] {
	const collected: Collected[] = [];
	let current = empty();
	collected.push(current);
	// A word broken over two lines ("en-\nstemmigt") is read whole.
	for (const rawLine of decision.replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2').split('\n')) {
		let line = rawLine.trim();
		if (line === '') continue;
		const part = partOf(line);
		if (part) {
			current = empty(part.part);
			collected.push(current);
			line = line.slice(part.length).trim();
		}
		for (const sentence of sentencesOf(line)) {
			for (const clause of clausesOf(sentence)) readClause(clause, current);
		}
	}
	// A statement about all the recommendations, after numbered parts, holds for each part that votes.
	const parts = collected.filter((entry) => entry.part !== undefined && hasVote(entry));
	if (parts.length > 1) {
		for (const entry of collected) for (const other of parts) for (const side of sides) add(other.sides, side, entry.shared[side]);
	}
	const ballots = collected.filter(hasVote).map(toBallot);
	// Parts that voted alike read as one vote: "1, 2".
	const merged: Ballot[] = [];
	for (const ballot of ballots) {
		const last = merged.at(-1);
		if (last && last.part !== undefined && ballot.part !== undefined && sameVote(last, ballot)) last.part = `${last.part}, ${ballot.part}`;
		else merged.push(ballot);
	}
	return merged;
}
