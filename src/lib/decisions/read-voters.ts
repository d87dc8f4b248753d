import type { Voter } from '../../schemas/vote.ts';
import { partyNamedAt } from './parties.ts';

/** Words that join voters in a list: "V, A, C og F", "V+N+A+B", "A/Ø", "samt". */
const separator = /^(?:\s*(?:,|\+|\/|&)\s*|\s+(?:og|samt)\s+|\s+)/;
/** A name: two to five capitalised words ("Liselott Blixt", "Mehmet Zeki Dogru", "Anne-Marie la Cour"). */
const name = /^\p{Lu}[\p{Ll}'’.-]+(?:\s+(?:(?:von|van|de|la|le|af)\s+)?\p{Lu}[\p{L}'’.-]*){1,4}/u;
const partyInParens = /^\s*\(([A-ZÆØÅ]{1,3})\)/;
const letter = /^([A-ZÆØÅ]{1,2})(?![\p{L}\d])/u;
const list = /^Liste(?:n)?\s+([A-ZÆØÅ]{1,2})(?![\p{L}\d])/u;

/** Voters read from the start of a text, and how much of it they took. */
export interface ReadVoters {
	voters: Voter[];
	/** A count printed before the list ("17 (A, B, F)"). */
	count?: number;
	/** Characters read, from the start of the text. */
	length: number;
}

function voterAt(text: string): { voter: Voter; length: number } | undefined {
	const listed = list.exec(text);
	if (listed) return { voter: { party: listed[1]! }, length: listed[0].length };
	const party = partyNamedAt(text);
	if (party) return { voter: { party: party.letter }, length: party.length };
	const person = name.exec(text);
	if (person) {
		const suffix = partyInParens.exec(text.slice(person[0].length));
		return suffix
			? { voter: { name: person[0], party: suffix[1]! }, length: person[0].length + suffix[0].length }
			: { voter: { name: person[0] }, length: person[0].length };
	}
	const alone = letter.exec(text) ?? /^\(([A-ZÆØÅ]{1,3})\)/.exec(text);
	if (alone) return { voter: { party: alone[1]! }, length: alone[0].length };
	return undefined;
}

/**
 * Reads a list of parties and members from the start of `text`: "V, A, C, Liselott Blixt (UP), M og F",
 * "(A+V+C+N)", "Liste O", "Socialdemokratiet, Socialistisk Folkeparti og Radikale Venstre". Stops at the
 * first word that is neither, so "Ø, med bemærkning om …" gives Ø.
 */
export function readVoters(text: string): ReadVoters {
	let at = 0;
	let count: number | undefined;
	const counted = /^(\d{1,3})\s*(?:stemmer?\s*)?(?=\(|:|$|\s)/.exec(text);
	if (counted) {
		count = Number(counted[1]);
		at = counted[0].length;
		at += /^\s*:?\s*/.exec(text.slice(at))![0].length;
	}
	const wrapped = /^\s*\(/.exec(text.slice(at));
	if (wrapped && !partyInParens.test(text.slice(at))) at += wrapped[0].length;
	const voters: Voter[] = [];
	let end = at;
	for (;;) {
		const found = voterAt(text.slice(at));
		if (!found) break;
		if (!voters.some((known) => known.party === found.voter.party && known.name === found.voter.name)) voters.push(found.voter);
		at += found.length;
		end = at;
		const gap = separator.exec(text.slice(at));
		if (!gap) break;
		at += gap[0].length;
	}
	if (wrapped && text.charAt(end) === ')') end += 1;
	return { voters, ...(count === undefined ? {} : { count }), length: end };
}
