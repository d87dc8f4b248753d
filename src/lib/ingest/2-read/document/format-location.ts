import type { Location } from './source-document.ts';

/**
 * A file and a place in it as editors' tools read them: `file:12` for a line of a text file,
 * `file, side 3, linje 4` in a PDF, `file → Dagsordenpunkter[2].Felter[0].Html:5` inside JSON, XML
 * or a zip entry.
 */
export function formatLocation(file: string, at: Location | undefined): string {
	if (!at) return file;
	const inside = at.path ? ` → ${at.path}` : '';
	if (at.page !== undefined) return `${file}${inside}, side ${at.page}${at.line === undefined ? '' : `, linje ${at.line}`}`;
	return `${file}${inside}${at.line === undefined ? '' : `:${at.line}`}`;
}
