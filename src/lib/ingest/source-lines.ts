import type { Block, Location } from './document/source-document.ts';

/**
 * One unit of a raw export's text as layouts read it: a line of a text file or of a PDF page, or a
 * whole structured block (a heading, paragraph, list or table of an HTML or Word file) as one line
 * of its plain text.
 */
export interface SourceLine {
	/**
	 * Document order, 1-based: for a text file its line number. It orders the drop report and
	 * names the line in messages when `at` is not given.
	 */
	n: number;
	/** The text with NBSP as space, stray control characters removed and trailing white space trimmed. */
	text: string;
	/** Count of leading spaces (a tab counts as one). */
	indent: number;
	/** Where it is, when that is more than a line number: a PDF page, a JSON path. */
	at?: Location;
	/** The structured block this unit stands for, which becomes Markdown as it is. */
	block?: Block;
	/** What a PDF says of the line's type: size in points, and whether it is bold. */
	font?: { size: number; bold: boolean };
}

/** Where a unit is, for messages. */
export const locationOf = (line: Pick<SourceLine, 'n' | 'at'>): Location => line.at ?? { line: line.n };

/**
 * Characters that carry no text: soft hyphens, zero-width marks, and the private-use bullet glyph
 * (U+F0B7) that Word's Symbol font leaves behind when minutes are copied from a document.
 */
const invisible = /[\u00ad\u200b-\u200d\u2060\ufeff\uf0b7\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text as published: invisible characters (soft hyphens, zero-width marks) go, NBSP and its cousins become spaces. */
export const visibleText = (text: string): string => text.replace(invisible, '').replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');

/** Normalises one line's text: NBSP and its cousins become a space, invisible characters go. */
export function normaliseLine(raw: string): { text: string; indent: number } {
	const spaced = visibleText(raw).replace(/\s+$/, '');
	const lead = /^[ \t]*/.exec(spaced)![0];
	// Runs of spaces inside a line are NBSP padding from web exports; tabs are table cells and stay.
	return { text: lead + spaced.slice(lead.length).replace(/ {2,}/g, ' '), indent: lead.length };
}

/** Splits decoded text into normalised lines: CRLF and CR become LF, NBSP and its cousins a space. */
export function toSourceLines(text: string): SourceLine[] {
	return text.split(/\r\n|\r|\n/).map((raw, index) => ({ n: index + 1, ...normaliseLine(raw) }));
}

/** True for a line with nothing on it. */
export const isBlank = (line: SourceLine): boolean => line.text === '';
