import type { Location, SourceDocument } from './document/source-document.ts';
import { budgetFor, checkTime, overLimit, OverLimit, type Budget } from '../budget.ts';
import { decodeText } from './decode-text.ts';
import { IngestError } from '../ingest-error.ts';
import { toSourceLines } from './source-lines.ts';
import { readDocx } from './docx-reader.ts';
import { readHtml } from './html-reader.ts';
import { readImage } from './image-reader.ts';
import { imageKind } from './ocr/image-size.ts';
import type { OcrOptions } from './ocr/recognise-scans.ts';
import { readPdf } from './pdf-reader.ts';
import { unzip, ZipOverLimit, ZipRefused } from './unzip.ts';
import { parseXml } from './xml-element.ts';

const latin1 = (bytes: Uint8Array, length = 1024) => Buffer.from(bytes.subarray(0, length)).toString('latin1');

/** A text file: its lines, as every text export was read before readers of originals came. */
export function readText(path: string, bytes: Uint8Array, entry?: string): SourceDocument {
	const { text, encoding } = decodeText(bytes, path);
	const where = entry ? { path: entry } : undefined;
	const lines = toSourceLines(text).map((line) => (where ? { ...line, at: { ...where, line: line.n } } : line));
	return { path, ...(entry ? { entry } : {}), container: 'text', encoding, text, blocks: [{ type: 'lines', lines }] };
}

/** A JSON export, parsed; a syntax error names its line and column. */
export function readJson(path: string, bytes: Uint8Array, entry?: string): SourceDocument {
	const { text, encoding } = decodeText(bytes, path);
	try {
		return { path, ...(entry ? { entry } : {}), container: 'json', encoding, blocks: [], json: JSON.parse(text) };
	} catch (error) {
		const position = Number(/position (\d+)/.exec((error as Error).message)?.[1] ?? NaN);
		const line = Number.isNaN(position) ? undefined : text.slice(0, position).split('\n').length;
		throw new IngestError(path, line === undefined ? (entry ? { path: entry } : undefined) : { ...(entry ? { path: entry } : {}), line }, 'filen ligner JSON, men er ikke gyldig JSON; hent den igen, den kan være afkortet', { cause: error });
	}
}

/** An XML export, parsed into elements with paths; a syntax error names its line. */
export function readXml(path: string, bytes: Uint8Array, entry?: string): SourceDocument {
	const { text, encoding } = decodeText(bytes, path);
	try {
		return { path, ...(entry ? { entry } : {}), container: 'xml', encoding, blocks: [], xml: parseXml(text) };
	} catch (error) {
		const line = (error as { line?: number }).line;
		throw new IngestError(path, { ...(entry ? { path: entry } : {}), ...(line ? { line } : {}) }, `XML-filen er ikke gyldig XML (${(error as Error).message}); hent den igen, den kan være afkortet`, { cause: error });
	}
}

/**
 * Counts text against the file's text limit, in sum: a package of ten entries just under the limit
 * each costs as much to read as one ten times over it.
 */
function spendText(path: string, at: Location | undefined, bytes: number, budget: Budget): void {
	budget.textBytes += bytes;
	if (budget.textBytes > budget.limits.textMegabytes * 1_000_000) throw overLimit(path, at, 'textMegabytes', budget.limits, budget.textBytes / 1_000_000);
}

/** Containers of a package's parts that are files in their own right (enclosures), not its description. */
const partKinds: readonly string[] = ['pdf', 'docx', 'image'];

/**
 * A part of a package, read by its reader. An enclosure the reader cannot read (a scan without
 * text, a damaged file) does not sink the package: it comes back marked `unreadable`, to be
 * published as a file without text. A limit over-run, or a package description that does not
 * parse, still refuses the whole.
 */
async function readPart(path: string, bytes: Uint8Array, entry: string, kind: string, budget: Budget, ocr: OcrOptions): Promise<SourceDocument> {
	try {
		return await readContainer(path, bytes, entry, budget, ocr);
	} catch (error) {
		if (!(error instanceof IngestError) || error instanceof OverLimit || !partKinds.includes(kind)) throw error;
		return { path, entry, container: kind as SourceDocument['container'], blocks: [], unreadable: error.message };
	}
}

/**
 * The files of a raw file's own folder, each by its reader as a package's entry is, within the
 * raw file's budget: an attachment that cannot be read is published without text.
 */
export async function readParts(path: string, parts: readonly { name: string; bytes: Uint8Array }[], budget: Budget, ocr: OcrOptions = {}): Promise<SourceDocument[]> {
	const read: SourceDocument[] = [];
	for (const part of parts) read.push({ ...(await readPart(path, part.bytes, part.name, sniff(part.bytes, part.name), budget, ocr)), bytes: part.bytes });
	return read;
}

/** What a file's first bytes say it is. */
export function sniff(bytes: Uint8Array, name: string): SourceDocument['container'] | 'lfs' | 'ole' {
	const head = latin1(bytes);
	if (head.startsWith('version https://git-lfs.github.com/spec/')) return 'lfs';
	if (head.includes('%PDF-')) return 'pdf';
	if (imageKind(bytes)) return 'image';
	if (head.startsWith('PK\x03\x04') || head.startsWith('PK\x05\x06')) return /\.(docx|docm|dotx)$/i.test(name) || head.includes('word/') ? 'docx' : 'zip';
	if (head.startsWith('\xd0\xcf\x11\xe0')) return 'ole';
	const start = head.replace(/^(\xef\xbb\xbf|\ufeff)/, '').trimStart();
	if (/^[{[]/.test(start)) return 'json';
	if (/^<(!doctype html|html[\s>])/i.test(start) || /<body[\s>]/i.test(head)) return 'html';
	if (start.startsWith('<')) return /\.html?$/i.test(name) ? 'html' : 'xml';
	return 'text';
}

/**
 * Reads a raw file (or a zip entry) with the reader its content calls for, whatever its name:
 * PDF, Word, zip, HTML, JSON, XML, text or an image (a scan, recognised with `ocr`), within the
 * file's `budget`. Refuses what no reader can hold, saying what to do.
 */
export async function readRaw(path: string, bytes: Uint8Array, entry?: string, budget: Budget = budgetFor(), ocr: OcrOptions = {}): Promise<SourceDocument> {
	try {
		return await readContainer(path, bytes, entry, budget, ocr);
	} catch (error) {
		// Hostile nesting (XML or HTML thousands of levels deep) overflows a recursive reader: the
		// file is refused, not reported as a bug in ingest.
		if (error instanceof RangeError && /call stack/i.test(error.message)) {
			throw new IngestError(path, entry ? { path: entry } : undefined, 'filen er indlejret for dybt til at kunne læses (tusinder af niveauer); det er ikke en eksport fra et mødesystem. Hent den igen fra kommunens side', { cause: error });
		}
		throw error;
	}
}

async function readContainer(path: string, bytes: Uint8Array, entry: string | undefined, budget: Budget, ocr: OcrOptions): Promise<SourceDocument> {
	const where = entry ? { path: entry } : undefined;
	if (bytes.length === 0) throw new IngestError(path, where, 'filen er tom; læg den eksporterede fil i stedet, eller slet den');
	checkTime(budget, path, where);
	const kind = sniff(bytes, entry ?? path);
	if (kind === 'text' || kind === 'html' || kind === 'json' || kind === 'xml') spendText(path, where, bytes.length, budget);
	switch (kind) {
		case 'lfs':
			throw new IngestError(path, where, 'filen er en Git LFS-henvisning, ikke selve filen; kør git lfs pull, så filen hentes, og kør ingest igen');
		case 'ole':
			throw new IngestError(path, where, 'filen er i Words gamle format (.doc) eller fra Outlook (.msg), som ikke kan læses; gem den som .docx eller PDF, og læg den i stedet');
		case 'pdf':
			return readPdf(path, bytes, entry, budget, ocr);
		case 'image':
			return readImage(path, bytes, entry, budget, ocr);
		case 'docx':
		case 'zip': {
			let unzipped;
			try {
				unzipped = unzip(bytes, budget.limits);
			} catch (error) {
				if (error instanceof ZipOverLimit) throw overLimit(path, error.entry ? { path: entry ? `${entry}/${error.entry}` : error.entry } : where, error.limit, budget.limits, error.found);
				if (error instanceof ZipRefused) throw new IngestError(path, where, error.message, { cause: error });
				throw new IngestError(path, where, `${kind === 'docx' ? 'Word-filen' : 'zip-filen'} er beskadiget og kan ikke læses; hent den igen fra kommunens side`, { cause: error });
			}
			const text = unzipped.entries.find((file) => file.name === 'word/document.xml');
			if (text) spendText(path, { path: entry ? `${entry}/${text.name}` : text.name }, text.bytes.length, budget);
			if (kind === 'docx' || text) return readDocx(path, unzipped.entries, unzipped.recovered, entry);
			const entries: SourceDocument[] = [];
			for (const file of unzipped.entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
				const inner = sniff(file.bytes, file.name);
				// Mail files and other binaries in a package are not minutes; their names stay in the listing.
				// Pictures are read: a scanned enclosure comes as an image as often as a PDF.
				if (inner === 'ole' || inner === 'lfs' || (inner === 'text' && file.bytes.includes(0))) continue;
				const name = entry ? `${entry}/${file.name}` : file.name;
				entries.push({ ...(await readPart(path, file.bytes, name, inner, budget, ocr)), bytes: file.bytes });
			}
			return {
				path,
				...(entry ? { entry } : {}),
				container: 'zip',
				blocks: [],
				entries,
				...(unzipped.recovered ? { notes: [`zip-filen var afkortet; dens filer er læst fra deres lokale hoveder${unzipped.recovered.lost.length > 0 ? `, uden ${unzipped.recovered.lost.join(', ')}` : ''}`] } : {}),
			};
		}
		case 'json':
			return readJson(path, bytes, entry);
		case 'xml':
			return readXml(path, bytes, entry);
		case 'html':
			return readHtml(path, bytes, entry);
		default:
			return readText(path, bytes, entry);
	}
}
