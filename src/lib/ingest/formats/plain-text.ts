import { ParseContext } from './parse-context.ts';
import type { FormatParser } from './types.ts';

/**
 * The fallback for an export no parser recognises: the whole text, as paragraphs, on the meeting's
 * page. Nothing is lost and the minutes are public; a parser for the format can come later.
 */
export const plainText: FormatParser = {
	name: 'tekst',
	label: 'ukendt format (udgivet som ren tekst)',
	detect: () => 0,
	parse(lines) {
		const context = new ParseContext();
		const first = lines.find((line) => line.text !== '');
		if (first) context.sections.push({ kind: 'text', line: first.n, lines: [...lines] });
		context.warn('formatet blev ikke genkendt; hele teksten udgives som afsnit på mødesiden uden punkter. Angiv formatet med --format eller "format:" i sidecar-filen, hvis det er et kendt format');
		return context.result();
	},
};
