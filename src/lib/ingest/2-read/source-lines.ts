import type { Location, SourceLine } from './document/source-document.ts';

export type { SourceLine } from './document/source-document.ts';

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
