import type { Substitute } from '../../schemas/vote.ts';

/** Who a decision text says was away or stood in, as printed ("Gitte Andersen (V)"). */
export interface Attendance {
	/** Away from the item: "Afbud:", "Fraværende:", "… deltog ikke i sagens behandling", "… var inhabil". */
	absent: string[];
	/** "Ole Ødmann deltog som suppleant for Gitte Andersen (V)". */
	substitutes: Substitute[];
}

const listed = /^(?:afbud|fraværende|fraværende med afbud|forfald)\s*:\s*(.*)$/i;
const standIn = /^(.+?)\s+(?:deltog|mødte|deltager)\s+som\s+suppleant\s+for\s+(.+?)(?:\s+(?:i|under|ved)\s+(?:behandlingen|sagens|punktets|mødet)\b.*)?\.?$/i;
const away = /^(.+?)\s+(?:deltog\s+ikke\s+i\s+(?:sagens|punktets|behandlingen|mødet)|var\s+(?:fraværende|inhabil|forhindret\s+i\s+at\s+deltage)|erklærede\s+sig\s+inhabil|forlod\s+mødet)\b/i;

/** "A (A), B (V) og C" → ["A (A)", "B (V)", "C"]: commas and "og" outside parentheses. */
export function splitNames(text: string): string[] {
	const names: string[] = [];
	let depth = 0;
	let start = 0;
	const flush = (end: number) => {
		const name = text.slice(start, end).trim().replace(/[.;]$/, '').trim();
		if (name) names.push(name);
	};
	for (let at = 0; at < text.length; at++) {
		const char = text[at]!;
		if (char === '(') depth++;
		else if (char === ')') depth = Math.max(0, depth - 1);
		else if (depth === 0 && char === ',') {
			flush(at);
			start = at + 1;
		} else if (depth === 0 && text.startsWith(' og ', at)) {
			flush(at);
			start = at + 4;
			at += 3;
		}
	}
	flush(text.length);
	return names;
}

/**
 * True for a sentence that says who took part, was away or stood in, and nothing else: the
 * decision classifier sets such sentences aside, so that "Afbud: X" alone is no decision.
 */
export const isAttendanceStatement = (sentence: string): boolean => listed.test(sentence.trim()) || standIn.test(sentence.trim()) || away.test(sentence.trim());

/** A list of names holds names: capitalised words, no sentence. */
const looksLikeNames = (names: readonly string[]) => names.length > 0 && names.every((name) => /^\p{Lu}/u.test(name) && name.split(/\s+/).length <= 7);

/**
 * The absences and substitutes a decision states, one statement per line. Only the text it is given
 * is read: an earlier committee's "Fraværende:" quoted inside an item is read into that treatment,
 * never into this meeting's attendance.
 */
export function readAttendance(text: string): Attendance {
	const absent: string[] = [];
	const substitutes: Substitute[] = [];
	const note = (names: readonly string[]) => {
		for (const name of names) if (!absent.includes(name)) absent.push(name);
	};
	/** "Afbud: …" or "Fraværende: …": noted when it lists names; true when the text was such a list. */
	const noteListed = (text: string): boolean => {
		const list = listed.exec(text);
		if (!list) return false;
		const names = splitNames(list[1]!);
		if (looksLikeNames(names)) note(names);
		return true;
	};
	for (const raw of text.split('\n')) {
		const line = raw.trim();
		// A whole line first: "Fraværende: Kr. B. Sørensen" is no sentence to split.
		if (noteListed(line)) continue;
		for (const sentence of line.split(/(?<=\.)\s+(?=\p{Lu})/u)) {
			// "Tiltrådt. Fraværende: Jens Jensen (A)" on one line.
			if (noteListed(sentence)) continue;
			const stood = standIn.exec(sentence);
			if (stood) {
				const [name, member] = [stood[1]!.trim(), stood[2]!.trim()];
				if (looksLikeNames([name, member]) && !substitutes.some((known) => known.name === name && known.for === member)) substitutes.push({ name, for: member });
				continue;
			}
			const gone = away.exec(sentence);
			if (gone) {
				const names = splitNames(gone[1]!);
				if (looksLikeNames(names)) note(names);
			}
		}
	}
	return { absent, substitutes };
}
