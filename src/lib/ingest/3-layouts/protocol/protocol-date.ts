import { monthNames } from '../../danish-date.ts';

/** A meeting's date as a protocol states it, with the month, to carry the book's running year on. */
export interface ProtocolDate {
	date: string;
	year: number;
	month: number;
}

/** How far the book has come: the year and month of the last meeting read (the year may be unknown yet). */
export interface RunningDate {
	year?: number;
	month: number;
}

/**
 * A date as the protocols write it, after "d." or "den": "d. 24' Jan.", "den 14. Januar 1941",
 * "den 25. Novbr. 1941", "d. 23/8 1939", "d. 23/8-39", "den 23/9-1941", "d. 6/1". The old hands
 * put an apostrophe or a full stop after the day, abbreviate months freely, and give the year in
 * two digits, four, or not at all.
 */
const writtenDate = /(?:\bd\.?|\bden|\bAar\s+\d{4}\.?)\s+(\d{1,2})(?:st|te|t|de|d)?\s*['.´`’]?\s*([A-Za-zæøåÆØÅ]{3,})\.?(?:,?\s+(\d{4}))?|(?:\bd\.|\bden)(\d{1,2})\s*['.´`’]?\s*([A-Za-zæøåÆØÅ]{3,})\.?(?:,?\s+(\d{4}))?/;
// "d 26/3 -40", and a signature that names the body before the date with no "d." ("Elev Sogneraad 5/1 1940").
const numericDate = /(?:\bd\.?|\bden|Sogne?raad,?)\s*(\d{1,2})\s*\/\s*(\d{1,2})(?:(?:\s*[-.]\s*|\s+)(\d{4}|\d{2})(?!\d))?/;
/** "Aar 1940 Onsdag d. 24' Jan.": the year the opening line states before the date. */
const yearOf = /\bAar\s+(\d{4})\b/;

/** Whether `short` is `word` with letters left out ("nvbr" of "november", "decbr" of "december"). */
const abbreviates = (short: string, word: string) => {
	let at = 0;
	for (const letter of word) if (letter === short[at]) at++;
	return at === short.length && short[0] === word[0];
};

/** A month's number from its name, however the hand abbreviated or spelled it ("Jan.", "Novbr.", "Nvbr", "Septmb.", "Mai"). */
export function monthNumber(name: string): number | undefined {
	const folded = name.toLowerCase().replace(/\.$/, '').replace(/^mai$/, 'maj');
	const full = monthNames.indexOf(folded);
	if (full >= 0) return full + 1;
	const short = monthNames.findIndex((month) => folded.length >= 3 && month.startsWith(folded.slice(0, 3)));
	if (short >= 0) return short + 1;
	// Letters left out anywhere; only where one month alone fits.
	const fitting = folded.length >= 3 ? monthNames.flatMap((month, index) => (abbreviates(folded, month) ? [index + 1] : [])) : [];
	return fitting.length === 1 ? fitting[0] : undefined;
}

/** A year of two digits is of the century the protocols were written in. */
const fullYear = (digits: string): number => (digits.length === 2 ? 1900 + Number(digits) : Number(digits));

/**
 * Reads a protocol's date in `text` (an opening line, or the signature line "Elev Sogneraad d. 23/8
 * 1939"). A date without its year is in the year the book has reached, or the next when its month
 * comes before the book's (a year's book ends with the next January). Undefined when the text holds
 * no valid date, or no year can be known.
 */
export function protocolDate(text: string, running: RunningDate): ProtocolDate | undefined {
	const numeric = numericDate.exec(text);
	const match = numeric ? undefined : writtenDate.exec(text);
	// The pattern's second branch ("d.24' Jan.", no space) holds its groups after the first's three.
	const written = match ? (match[1] !== undefined ? match.slice(1, 4) : match.slice(4, 7)) : undefined;
	const day = Number(numeric ? numeric[1] : written?.[0]);
	const month = numeric ? Number(numeric[2]) : written ? monthNumber(written[1]!) : undefined;
	if (!day || !month || month > 12) return undefined;
	const stated = numeric?.[3] ?? written?.[2] ?? yearOf.exec(text)?.[1];
	let year = stated === undefined ? undefined : fullYear(stated);
	if (year === undefined && running.year !== undefined) year = month < running.month ? running.year + 1 : running.year;
	if (year === undefined) return undefined;
	const check = new Date(Date.UTC(year, month - 1, day));
	if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
	return { date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, year, month };
}

/** Whether a text holds a date in the protocols' way, whatever the year. */
export const hasProtocolDate = (text: string): boolean => protocolDate(text, { year: 2000, month: 1 }) !== undefined;

/**
 * The closing signature line that dates a meeting: place and body, "d." or "den", the date, and
 * nothing else ("Elev Sogneraad d. 23/8 1939", "Tiset Sogneraad, den 23. August 1939", "d. 6/1 42").
 */
const datePart = String.raw`\d{1,2}\s*(?:['.´\u0060’]?\s*[A-Za-zæøåÆØÅ]{3,}\.?(?:,?\s+\d{4})?|\/\s*\d{1,2}(?:(?:\s*[-.]\s*|\s+)(?:\d{4}|\d{2}))?)\.?`;
const signatureLine = new RegExp(String.raw`^(?:[A-ZÆØÅ][\p{L}-]*\.?,?\s+){0,4}(?:d\.?|den)\s*${datePart}$`, 'u');
/** The body's name and the date at the end of a line of signatures: "Herman Johansen E. Sørensen Elev Sogneraad d 26/3 -40". */
const signedByBody = new RegExp(String.raw`(?:^|\s)[A-ZÆØÅ][\p{L}-]+\s+Sogne?raad,?\s+(?:(?:d\.?|den)\s*)?${datePart}$`, 'u');

export const isSignatureDateLine = (text: string): boolean => (signatureLine.test(text.trim()) || signedByBody.test(text.trim())) && hasProtocolDate(text);
