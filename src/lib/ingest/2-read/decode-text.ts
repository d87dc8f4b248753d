import { IngestError } from '../ingest-error.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/** What a raw file's bytes turned out to be. */
export interface DecodedText {
	text: string;
	encoding: 'utf-8' | 'windows-1252';
}

/**
 * Decodes a raw export: UTF-8 with or without BOM, else Windows-1252 (a superset of Latin-1 for
 * every printable character). Refuses empty files and files that are not text at all.
 */
export function decodeText(bytes: Uint8Array, path: string): DecodedText {
	if (bytes.length === 0) throw new IngestError(path, undefined, 'filen er tom; læg den eksporterede tekst i filen, eller slet den');
	if (bytes.includes(0)) {
		throw new IngestError(
			path,
			undefined,
			'filen er binær, men ikke en PDF, et Word-dokument (.docx) eller en zip-fil, som arkivet kan læse; læg filen, som mødesystemet udgav den (PDF, webside, Word, JSON, XML eller zip)',
		);
	}
	let text: string;
	let encoding: DecodedText['encoding'];
	try {
		text = utf8.decode(bytes);
		encoding = 'utf-8';
	} catch {
		// Not valid UTF-8: the Danish exports that are not UTF-8 are Windows-1252 or Latin-1.
		text = windows1252.decode(bytes);
		encoding = 'windows-1252';
	}
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	const controls = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
	if (controls > 0 && controls * 20 > text.length) {
		throw new IngestError(path, undefined, 'filen ligner ikke tekst (for mange kontroltegn); gem referatet som tekst (.txt) i UTF-8');
	}
	if (text.trim() === '') throw new IngestError(path, undefined, 'filen indeholder kun blanktegn; læg den eksporterede tekst i filen');
	return { text, encoding };
}
