/** One line of a raw export after normalisation, with its 1-based line number in the file. */
export interface SourceLine {
	/** 1-based line number in the raw file, for messages and the drop report. */
	n: number;
	/** The text with NBSP as space, stray control characters removed and trailing white space trimmed. */
	text: string;
	/** Count of leading spaces (a tab counts as one). */
	indent: number;
}

/**
 * Characters that carry no text: soft hyphens, zero-width marks, and the private-use bullet glyph
 * (U+F0B7) that Word's Symbol font leaves behind when minutes are copied from a document.
 */
const invisible = /[\u00ad\u200b-\u200d\u2060\ufeff\uf0b7\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Splits decoded text into normalised lines: CRLF and CR become LF, NBSP and its cousins a space. */
export function toSourceLines(text: string): SourceLine[] {
	return text.split(/\r\n|\r|\n/).map((raw, index) => {
		const spaced = raw.replace(invisible, '').replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ').replace(/\s+$/, '');
		const lead = /^[ \t]*/.exec(spaced)![0];
		// Runs of spaces inside a line are NBSP padding from web exports; tabs are table cells and stay.
		return { n: index + 1, text: lead + spaced.slice(lead.length).replace(/ {2,}/g, ' '), indent: lead.length };
	});
}

/** True for a line with nothing on it. */
export const isBlank = (line: SourceLine): boolean => line.text === '';
