import { zipSync } from 'fflate';
import mammoth from 'mammoth';
import type { SourceDocument } from './document/source-document.ts';
import { IngestError } from '../ingest-error.ts';
import { htmlBlocks, parseFragment } from './html-reader.ts';
import type { ZipEntry } from './unzip.ts';

/**
 * Reads a Word file through mammoth, which turns its paragraphs, headings, lists and tables into
 * HTML, and then as HTML. Headers and footers (page furniture) are left out by mammoth. A Word
 * file that lost its zip directory is rebuilt from the entries that are whole, and the editor is told.
 */
export async function readDocx(path: string, entries: ZipEntry[], recovered: { lost: string[] } | undefined, entry?: string): Promise<SourceDocument> {
	const where = entry ? { path: entry } : undefined;
	if (!entries.some((file) => file.name === 'word/document.xml')) {
		throw new IngestError(path, where, `Word-filen mangler sin tekst (word/document.xml)${recovered ? '; filen er afkortet' : ''}; hent den igen fra kommunens side`);
	}
	// mammoth reads a zip: the entries are zipped again, which also repairs a file that lost its directory.
	const buffer = Buffer.from(zipSync(Object.fromEntries(entries.map((file) => [file.name, file.bytes]))));
	let html: string;
	try {
		html = (await mammoth.convertToHtml({ buffer })).value;
	} catch (error) {
		throw new IngestError(path, where, `Word-filen kan ikke læses (${(error as Error).message}); gem den igen i Word som .docx, eller læg en PDF`, { cause: error });
	}
	const hast = parseFragment(html);
	// A Word file has no lines to point at; its paragraphs are numbered instead.
	const blocks = htmlBlocks(hast, where).map((block, index) => ('data' in block ? { ...block, data: { at: { path: `${entry ? `${entry} → ` : ''}afsnit ${index + 1}` } } } : block));
	return {
		path,
		...(entry ? { entry } : {}),
		container: 'docx',
		hast,
		blocks,
		...(recovered ? { notes: [`Word-filen var afkortet (zip-filens indholdsfortegnelse mangler); teksten er læst fra de hele dele${recovered.lost.length > 0 ? `, uden ${recovered.lost.join(', ')}` : ''}`] } : {}),
	};
}
