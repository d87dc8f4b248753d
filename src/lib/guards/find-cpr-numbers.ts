import type { CprAllowlist } from '../../schemas/index.ts';

/** A number in a text that reads as a Danish CPR number. */
export interface CprHit {
	/** 1-based line and column. */
	line: number;
	column: number;
	/** As printed, with its separators. */
	text: string;
}

/**
 * DDMMYY-XXXX or DDMMYYXXXX, with spaces tolerated between the groups ("010203 1234",
 * "01 02 03 - 1234"), not inside a longer run of digits. The modulus-11 check is deliberately not
 * used: numbers issued since 2007 can fail it, so passing or failing it proves nothing.
 */
const candidate = /(?<![\d])(\d{2}) ?(\d{2}) ?(\d{2}) ?(?:- ?)?(\d{4})(?![\d])/g;

/** The date part names a real day in some century (29 February needs a leap year in either). */
function isValidDate(day: number, month: number, yy: number): boolean {
	return [1900, 2000].some((century) => {
		const date = new Date(Date.UTC(century + yy, month - 1, day));
		return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
	});
}

const digits = (text: string) => text.replace(/\D/g, '');

/** 1-based line and column of `index` in `text`, counting CRLF, CR and LF as one break each. */
function position(text: string, index: number): { line: number; column: number } {
	const before = text.slice(0, index);
	const breaks = before.match(/\r\n|\r|\n/g) ?? [];
	const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
	return { line: breaks.length + 1, column: index - lineStart + 1 };
}

/**
 * Every CPR-like number in `text` that the allow-list does not excuse for `path`. One pass over
 * the whole text; line and column are worked out only for a hit, which is rare, so the guard in
 * front of every build stays cheap.
 */
export function findCprNumbers(text: string, path: string, allowlist: CprAllowlist = []): CprHit[] {
	const allowed = new Set(allowlist.filter((entry) => !entry.files || entry.files.includes(path)).map((entry) => digits(entry.number)));
	const hits: CprHit[] = [];
	// NBSP and its cousins count as spaces, as they do everywhere else in ingest; one for one, so indexes hold.
	const spaced = text.replace(/[\u00a0\u2000-\u200a\u202f]/g, ' ');
	for (const match of spaced.matchAll(candidate)) {
		const [, day, month, year, serial] = match;
		if (!isValidDate(Number(day), Number(month), Number(year))) continue;
		if (allowed.has(`${day}${month}${year}${serial}`)) continue;
		hits.push({ ...position(spaced, match.index), text: match[0] });
	}
	return hits;
}

/** What an editor should do about a hit, in the words ingest and the check print. */
export const cprAdvice =
	'ligner et CPR-nummer, som ikke må offentliggøres; erstat det i filen med "[CPR-nummer fjernet]". Er det ikke et CPR-nummer, så tilføj det med en begrundelse til content/cpr-allowlist.yaml';
