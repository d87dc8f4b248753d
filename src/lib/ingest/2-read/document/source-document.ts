import type { Root as HastRoot } from 'hast';
import type { Heading, List, Paragraph, Table } from 'mdast';
import type { XmlElement } from '../xml-element.ts';
import type { OcrEntry } from '../../../../schemas/ocr.ts';

/**
 * Where a piece of text sits in a raw file, for messages and the drop report: a line of a text
 * file, a page of a PDF (and the line on it), or a path inside a container (a zip entry, a JSON
 * path such as `Dagsordenpunkter[2].Felter[0].Html`, an XPath) with a line of the HTML found there.
 */
export interface Location {
	line?: number;
	page?: number;
	path?: string;
}

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

declare module 'mdast' {
	interface Data {
		/** Where a block a reader made came from. */
		at?: Location;
	}
}

/** A page break in a paged original (PDF), kept so that a layout can reason about pages. */
export interface PageBreak {
	type: 'pageBreak';
	/** The page that starts here, 1-based. */
	page: number;
}

/**
 * Lines whose structure the reader cannot know: a text file's lines, or the lines a PDF page shows
 * between its headings. A layout reads them line by line; what is left becomes paragraphs, lists
 * and tables by the line heuristics (`blocksToMdast`), as text exports always did.
 */
export interface Lines {
	type: 'lines';
	lines: SourceLine[];
}

/**
 * The document model every reader returns: headings with their level, paragraphs, lists and tables
 * as mdast nodes (they become the Markdown as they are, escaped by the serializer), page breaks,
 * and runs of lines. Each structured block carries its `data.at`.
 */
export type Block = Heading | Paragraph | List | Table | PageBreak | Lines;

/** The containers editors commit, each with its reader. */
export const containers = ['text', 'html', 'pdf', 'docx', 'json', 'xml', 'zip', 'image'] as const;
export type Container = (typeof containers)[number];

/** What recognition (OCR) gave a file: its pages, and whether they are new (to be written to the cache). */
export interface Recognised {
	entry: OcrEntry;
	fresh: boolean;
}

/** What a reader made of one raw file (or of one entry of a zip). */
export interface SourceDocument {
	/** The raw file's repository path; for a zip entry, the zip's path. */
	path: string;
	/** The entry's name inside a zip, NFC-normalised; undefined for a file of its own. */
	entry?: string;
	container: Container;
	/** The content as blocks. Empty for JSON, XML and zip, whose layouts read `json`, `xml` and `entries`. */
	blocks: Block[];
	/** How a text file was decoded. */
	encoding?: string;
	/** The decoded text of a text file, as the CPR guard scans it. */
	text?: string;
	/** An HTML page (or a Word file through mammoth), for layouts that need its structure. */
	hast?: HastRoot;
	/** A JSON file, parsed. */
	json?: unknown;
	/** An XML file, parsed, with paths for messages. */
	xml?: XmlElement;
	/** A zip entry's bytes, for a package whose files are published as they are (SBSYS enclosures). */
	bytes?: Uint8Array;
	/**
	 * A zip's entries, each read by its own reader; `__MACOSX/` and folders are left out. For a
	 * raw file with a folder of its own (`X/` beside `X.json`), that folder's files.
	 */
	entries?: SourceDocument[];
	/** Pages of a PDF. */
	pages?: number;
	/** Text the reader left out on purpose (running headers, page numbers, hidden text), for the drop report. */
	omitted?: { at: Location; text: string; reason: string }[];
	/**
	 * Why the reader could not read this part of a package (a scanned enclosure with no text, a
	 * damaged Word file): the part is published as a file without text, and the rest of the
	 * package is read all the same. A layout that needs the part's text refuses with it.
	 */
	unreadable?: string;
	/**
	 * The pages whose text was recognised from their image (OCR: a scanned PDF page, an image), with
	 * their confidence; `fresh` when they were recognised now, not read from the committed cache.
	 */
	ocr?: Recognised;
	/** A reader's note for the editor, e.g. that a broken zip was recovered. */
	notes?: string[];
}
