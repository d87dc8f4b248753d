import type { Heading } from 'mdast';
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.d.ts';
import type { Block, Location, SourceDocument } from './document/source-document.ts';
import { budgetFor, checkTime, overLimit, type Budget } from '../budget.ts';
import { IngestError } from '../ingest-error.ts';
import { checkPdfStreams } from './pdf-streams.ts';
import { readTextLayers } from './pdf-text-layer.ts';
import { normaliseLine, type SourceLine } from './source-lines.ts';
import type { PdfLine } from './pdf-line.ts';

export type { PdfLine } from './pdf-line.ts';
import { recogniseScannedPages, type OcrOptions } from './ocr/recognise-scans.ts';

/** A run of text pdf.js placed on a page (or OCR found on its image), in page coordinates (y grows upwards). */
export interface Piece {
	text: string;
	x: number;
	y: number;
	width: number;
	size: number;
	bold: boolean;
}

const boldName = /bold|black|heavy|semibold|demi/i;
/** A gap wider than this many points per point of font size separates two cells (or columns). */
const cellGap = 1.6;
/** Text smaller than this is hidden in the original (Word field codes, white-on-white tags). */
const invisibleSize = 3;
/** Header and footer bands: this share of the page's height at its top and at its bottom. */
const band = 0.09;

/** A bullet or list number that stands before its text with a tab stop between: not a cell. */
const listMarker = /^(?:[•●▪◦·\-–*o]|\d{1,3}[.)]|[a-zæøå][.)])$/;

function pieceOf(item: TextItem, fonts: Map<string, boolean>): Piece | undefined {
	// Word's Symbol bullet is a private-use character; read it as the bullet it shows. Ligatures
	// ("ﬁ" in "traﬁk") are the font's, not the text's.
	const text = item.str.replace(/\uf0b7/g, '•').replace(/[\ufb00-\ufb06]/g, (ligature) => ligature.normalize('NFKC'));
	if (text.trim() === '') return undefined;
	const [a, b, c, d, e, f] = item.transform as number[];
	// Rotated text (a margin stamp, a vertical label) reads as its own line at its origin.
	const size = Math.hypot(c!, d!) || Math.hypot(a!, b!) || item.height;
	return { text, x: e!, y: f!, width: item.width, size, bold: fonts.get(item.fontName) ?? false };
}

/** Joins the pieces of one line left to right; a gap of more than a third of a space adds one. */
function segmentsOf(pieces: Piece[]): { segments: string[]; starts: number[]; right: number } {
	const segments: string[] = [];
	const starts: number[] = [];
	let current = '';
	let end = -Infinity;
	for (const piece of pieces.toSorted((p, q) => p.x - q.x)) {
		const gap = piece.x - end;
		if (current === '') starts.push(piece.x);
		if (current !== '' && gap > cellGap * piece.size && !listMarker.test(current.trim())) {
			segments.push(current.trim());
			starts.push(piece.x);
			current = piece.text;
		} else {
			const space = current !== '' && gap > piece.size * 0.12 && !/\s$/.test(current) && !/^\s/.test(piece.text);
			current += (space ? ' ' : '') + piece.text;
		}
		end = Math.max(end, piece.x + piece.width);
	}
	if (current.trim() !== '') segments.push(current.trim());
	return { segments, starts: starts.slice(0, segments.length), right: end };
}

/** Groups a page's pieces into lines, top to bottom: pieces whose baselines lie within half a size. */
export function linesOf(pieces: Piece[], page: number): PdfLine[] {
	const sorted = pieces.toSorted((p, q) => q.y - p.y || p.x - q.x);
	const groups: Piece[][] = [];
	for (const piece of sorted) {
		const group = groups.at(-1);
		if (group && Math.abs(group[0]!.y - piece.y) <= Math.max(group[0]!.size, piece.size) * 0.5) group.push(piece);
		else groups.push([piece]);
	}
	return groups.map((group, index) => {
		const { segments, starts, right } = segmentsOf(group);
		const chars = group.reduce((sum, piece) => sum + piece.text.length, 0);
		const size = group.reduce((sum, piece) => sum + piece.size * piece.text.length, 0) / Math.max(chars, 1);
		const boldChars = group.filter((piece) => piece.bold).reduce((sum, piece) => sum + piece.text.trim().length, 0);
		return {
			page,
			line: index + 1,
			y: group[0]!.y,
			x: Math.min(...group.map((piece) => piece.x)),
			right,
			size: Math.round(size * 2) / 2,
			bold: boldChars >= 0.8 * group.reduce((sum, piece) => sum + piece.text.trim().length, 0),
			segments,
			starts,
		};
	});
}

/**
 * Whether each font is bold, by its real name ("Verdana-Bold", "Garamond,Bold"). The text content
 * names fonts only by pdf.js's ids, which hold for the whole document; the operator list loads a
 * page's fonts with their names, but costs as much as reading the text, so it is asked only for a
 * page that uses a font not seen before (in practice the first pages).
 */
async function learnWeights(page: PDFPageProxy, names: Iterable<string>, weights: Map<string, boolean>): Promise<void> {
	const unknown = [...names].filter((name) => !weights.has(name));
	if (unknown.length === 0) return;
	await page.getOperatorList();
	for (const name of unknown) {
		const font = page.commonObjs.has(name) ? (page.commonObjs.get(name) as { name?: string; bold?: boolean; black?: boolean }) : undefined;
		weights.set(name, Boolean(font?.bold || font?.black || boldName.test(font?.name ?? '')));
	}
}

/** A line's text with digits as #: "Side 3 af 12" and "Side 4 af 12" are the same furniture. */
const signature = (line: PdfLine) => line.segments.join(' ').replace(/\d+/g, '#').toLowerCase();
const pageNumber = /^(?:side|page|s\.)?\s*\d{1,4}(?:\s*(?:af|of|\/|-)\s*\d{1,4})?$/i;

/** How far from its edge a running header or footer may reach: this share of the page's height. */
const furnitureReach = { top: 0.25, bottom: 0.15 };
/** Lines of one running header stand at the same height on every page, within this many points. */
const samePlace = 2;

/**
 * Running headers, footers and page numbers:
 * - lines in the top or bottom band of a page whose text (digits aside) recurs on at least two
 *   pages and on at least a third of them, and lone page numbers there;
 * - a header or footer of several lines that reaches past the band ("Teknik- og Miljøudvalget /
 *   Referat / Åbent referat / Dato: 12. marts 2019 / Side 2", eDoc's): the lines read from the
 *   page's edge inward, for as long as each recurs at the same height on as many pages (and on
 *   three at least: two pages that share lines may be one page scanned twice).
 * Tiny text (Word's field codes, white-on-white tags) is hidden in the original, wherever it stands.
 * So the furniture is gone before items are found, wherever the page breaks: between a heading
 * and its case number, inside a table, mid-sentence.
 */
export function findFurniture(pages: { lines: PdfLine[]; height: number }[]): Map<PdfLine, string> {
	const inBand = (line: PdfLine, height: number) => line.y > height * (1 - band) || line.y < height * band;
	const inReach = (line: PdfLine, height: number) => line.y > height * (1 - furnitureReach.top) || line.y < height * furnitureReach.bottom;
	const seen = new Map<string, Set<number>>();
	const places = new Map<string, { page: number; y: number }[]>();
	for (const { lines, height } of pages) {
		for (const line of lines) {
			if (!inReach(line, height)) continue;
			const key = signature(line);
			if (inBand(line, height)) {
				if (!seen.has(key)) seen.set(key, new Set());
				seen.get(key)!.add(line.page);
			}
			if (!places.has(key)) places.set(key, []);
			places.get(key)!.push({ page: line.page, y: line.y });
		}
	}
	const enough = Math.max(2, Math.ceil(pages.length / 3));
	const repeated = (key: string) => (seen.get(key)?.size ?? 0) >= enough;
	// Only the lines near a page's edges are looked up, and each only against its own text's places.
	const pagesInPlace = (line: PdfLine) => new Set((places.get(signature(line)) ?? []).filter((place) => Math.abs(place.y - line.y) <= samePlace).map((place) => place.page));
	const furniture = new Map<PdfLine, string>();
	for (const { lines, height } of pages) {
		for (const line of lines) {
			if (line.size < invisibleSize) furniture.set(line, `usynlig tekst (mindre end ${invisibleSize} punkt)`);
			else if (!inBand(line, height)) continue;
			else if (pages.length > 1 && pageNumber.test(line.segments.join(' '))) furniture.set(line, 'sidetal');
			else if (repeated(signature(line))) furniture.set(line, 'sidehoved eller sidefod (gentaget på siderne)');
		}
		if (pages.length < 2) continue;
		const visible = lines.filter((line) => line.size >= invisibleSize);
		// A header's lines stand together on the same pages: a field caption that happens to open two
		// pages below it ("Beslutning:") is not part of it.
		const edge = (ordered: PdfLine[], within: (line: PdfLine) => boolean) => {
			let support: Set<number> | undefined;
			for (const line of ordered) {
				if (!within(line)) break;
				const found = pagesInPlace(line);
				const together = support === undefined ? found.size >= Math.max(3, enough) : [...support].filter((page) => found.has(page)).length >= 0.8 * support.size;
				if (!together) break;
				support ??= found;
				if (furniture.has(line)) continue;
				furniture.set(line, pageNumber.test(line.segments.join(' ')) ? 'sidetal' : 'sidehoved eller sidefod (gentaget på siderne)');
			}
		};
		edge(visible, (line) => line.y > height * (1 - furnitureReach.top));
		edge(visible.toReversed(), (line) => line.y < height * furnitureReach.bottom);
	}
	return furniture;
}

/** The body text's size: the size most characters have. */
function bodySize(lines: PdfLine[]): number {
	const chars = new Map<number, number>();
	for (const line of lines) chars.set(line.size, (chars.get(line.size) ?? 0) + line.segments.join(' ').length);
	return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

const isHeadingLine = (line: PdfLine, body: number) => {
	const text = line.segments.join(' ');
	if (line.segments.length > 1 || text.length > 160 || !/\p{L}/u.test(text)) return false;
	return line.size >= body * 1.15 || (line.bold && line.size >= body * 0.95);
};

/** Column starts closer than this (points) are one column. */
const columnTolerance = 4;

/**
 * Rows of the tables on a page, as lines of tab-separated cells: runs of lines with two or more
 * segments (and the lines wrapped inside their cells) whose segments line up in columns. Each row
 * gets a cell for every column, empty where it has none, so that the rows make one table; a line
 * wrapped inside a cell is a row of its own with only that cell. Lines of no table are left out.
 */
export function tableRows(lines: readonly PdfLine[], isHeading: (line: PdfLine) => boolean): Map<PdfLine, string> {
	const rows = new Map<PdfLine, string>();
	for (let i = 0; i < lines.length; i++) {
		const start = lines[i]!;
		if (start.segments.length < 2 || isHeading(start)) continue;
		const run = [start];
		const seen = [...start.starts];
		const aligned = (line: PdfLine) => line.starts.filter((x) => seen.some((column) => Math.abs(column - x) <= columnTolerance)).length * 2 >= line.starts.length;
		for (let j = i + 1; j < lines.length; j++) {
			const line = lines[j]!;
			const previous = lines[j - 1]!;
			// Padded cells part a table's rows more than lines of text; rows that line up may be further apart.
			const reach = line.segments.length >= 2 && aligned(line) ? 4.5 : 3;
			if (previous.y - line.y > reach * Math.max(previous.size, line.size)) break;
			// One segment right of the first column is text wrapped inside a cell (a bold one too: a header cell).
			const inCell = line.segments.length === 1 && line.x > start.x + 2 * start.size;
			if ((line.segments.length >= 2 && !isHeading(line)) || inCell) {
				run.push(line);
				seen.push(...line.starts);
			} else break;
		}
		const multi = run.filter((line) => line.segments.length >= 2);
		if (multi.length < 2 && run.length < 2) continue;
		const columns: number[] = [];
		for (const x of multi.flatMap((line) => line.starts).sort((a, b) => a - b)) {
			if (columns.length === 0 || x - columns.at(-1)! > columnTolerance) columns.push(x);
		}
		const columnOf = (x: number) => Math.max(0, columns.findLastIndex((column) => column <= x + columnTolerance));
		for (const line of run) {
			const cells = columns.map(() => '');
			line.segments.forEach((segment, index) => {
				const column = columnOf(line.starts[index]!);
				cells[column] = cells[column] ? `${cells[column]} ${segment}` : segment;
			});
			rows.set(line, cells.join('\t'));
		}
		i += run.length - 1;
	}
	return rows;
}

/**
 * Turns the lines of all pages into blocks: a heading for each run of heading lines (bold, or larger
 * than the body; a title that wraps onto a second line stays one heading), runs of other lines
 * with a blank line where the gap between lines is wider than usual, and a page break per page.
 * Cells of a line are separated by tabs, so that rows become table rows as in text exports.
 */
export function blocksOf(pages: { lines: PdfLine[]; height: number }[], furniture: Map<PdfLine, string>, where: Location | undefined): Block[] {
	const all = pages.flatMap((page) => page.lines).filter((line) => !furniture.has(line));
	const body = bodySize(all);
	const headingSizes = [...new Set(all.filter((line) => isHeadingLine(line, body) && line.size >= body * 1.15).map((line) => line.size))].sort((a, b) => b - a);
	const depthOf = (line: PdfLine) => {
		const rank = headingSizes.indexOf(line.size);
		return Math.min(6, rank >= 0 ? rank + 1 : headingSizes.length + 1) as Heading['depth'];
	};
	const left = Math.min(...all.map((line) => line.x), Infinity);
	const blocks: Block[] = [];
	let run: SourceLine[] = [];
	const flush = () => {
		if (run.length > 0) blocks.push({ type: 'lines', lines: run });
		run = [];
	};
	for (const { lines } of pages) {
		const kept = lines.filter((line) => !furniture.has(line));
		if (kept.length === 0) continue;
		const rows = tableRows(kept, (line) => isHeadingLine(line, body));
		flush();
		blocks.push({ type: 'pageBreak', page: kept[0]!.page });
		let previous: PdfLine | undefined;
		let heading: { node: Heading; last: PdfLine } | undefined;
		for (const line of kept) {
			const row = rows.get(line);
			const text = row ?? line.segments.join('\t');
			const gap = previous ? previous.y - line.y : 0;
			const at = { ...where, page: line.page, line: line.line };
			// A title's wrapped line continues it in its font, whatever it holds ("2022" alone).
			const continues = !row && heading !== undefined && heading.last.size === line.size && heading.last.bold === line.bold && line.segments.length === 1 && gap <= line.size * 1.7;
			if (continues || (!row && isHeadingLine(line, body))) {
				if (continues) {
					heading!.node.children.push({ type: 'text', value: ` ${text}` });
					heading!.last = line;
				} else {
					flush();
					const node: Heading = { type: 'heading', depth: depthOf(line), children: [{ type: 'text', value: text }], data: { at } };
					blocks.push(node);
					heading = { node, last: line };
				}
			} else {
				heading = undefined;
				// Rows of one table stay together, however much padding their cells have.
				const sameTable = row !== undefined && previous !== undefined && rows.has(previous);
				if (previous && run.length > 0 && !sameTable && (line.paragraph ?? gap > Math.max(previous.size, line.size) * 1.75)) run.push({ n: 0, text: '', indent: 0, at });
				const indent = Math.max(0, Math.round((line.x - left) / (body * 0.5)));
				// `n` is given when the document's units are numbered (unitsOf).
				run.push({ n: 0, ...normaliseLine(' '.repeat(indent) + text), at, font: { size: line.size, bold: line.bold } });
			}
			previous = line;
		}
	}
	flush();
	// Heading text joined from wrapped lines reads as one line of text.
	for (const block of blocks) {
		if (block.type !== 'heading') continue;
		const value = block.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
		block.children = [{ type: 'text', value: normaliseLine(value).text.trim() }];
	}
	return blocks;
}

/**
 * Reads a PDF's text layer, within the file's budget of pages and time; scanned pages (an image
 * and no text) are recognised (`recogniseScannedPages`) and read like the others. Refuses an
 * encrypted PDF, and one with no text at all.
 */
export async function readPdf(path: string, bytes: Uint8Array, entry?: string, budget: Budget = budgetFor(), ocr: OcrOptions = {}): Promise<SourceDocument> {
	const where = entry ? { path: entry } : undefined;
	let pdf: PDFDocumentProxy;
	const { largestImage } = checkPdfStreams(path, where, bytes, budget);
	// A copy, as a plain Uint8Array: pdf.js takes the buffer over, and refuses a Buffer.
	const task = getDocument({ data: new Uint8Array(bytes), fontExtraProperties: true, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
	try {
		pdf = await task.promise;
	} catch (error) {
		const name = (error as Error).name;
		if (name === 'PasswordException') throw new IngestError(path, where, 'PDF-filen er krypteret med en adgangskode; gem en udgave uden adgangskode (fx "Udskriv som PDF") og læg den i stedet', { cause: error });
		throw new IngestError(path, where, `PDF-filen kan ikke læses (${(error as Error).message}); hent den igen fra kommunens side, den kan være afkortet`, { cause: error });
	}
	try {
		if (pdf.numPages > budget.limits.pdfPages) throw overLimit(path, where, 'pdfPages', budget.limits, pdf.numPages);
		const pages: { lines: PdfLine[]; height: number }[] = [];
		const weights = new Map<string, boolean>();
		for (let number = 1; number <= pdf.numPages; number++) {
			checkTime(budget, path, { ...where, page: number });
			const page = await pdf.getPage(number);
			const content = await page.getTextContent();
			const items = content.items.filter((item): item is TextItem => 'str' in item && item.str.trim() !== '');
			await learnWeights(page, new Set(items.map((item) => item.fontName)), weights);
			const pieces = items.map((item) => pieceOf(item, weights)).filter((piece): piece is Piece => piece !== undefined);
			pages.push({ lines: linesOf(pieces, number), height: page.getViewport({ scale: 1 }).height });
			page.cleanup();
		}
		const scans = await recogniseScannedPages(pdf, pages.map((page) => page.lines.map((line) => line.segments.join(' ')).join('\n')), { path, where, bytes, budget, ocr });
		for (const scan of scans?.entry.pages ?? []) pages[scan.page - 1] = { lines: linesOf(scan.words.map((word) => ({ ...word, bold: false })), scan.page), height: scan.height };
		if (pages.every((page) => page.lines.length === 0)) {
			const what = scans ? 'og tekstgenkendelsen (OCR) fandt ingen på de scannede sider' : `kun tegninger på ${pdf.numPages} side${pdf.numPages === 1 ? '' : 'r'}`;
			throw new IngestError(path, where, `PDF-filen har ingen tekst, ${what}; hent en PDF med tekst fra kommunens side`);
		}
		const layers = await readTextLayers(pdf, largestImage, pages, (page) => checkTime(budget, path, { ...where, page }));
		const furniture = new Map([...layers.repeated, ...findFurniture(pages)]);
		return {
			path,
			...(entry ? { entry } : {}),
			container: 'pdf',
			blocks: blocksOf(pages, furniture, where),
			pages: pdf.numPages,
			omitted: [...furniture].map(([line, reason]) => ({ at: { ...where, page: line.page, line: line.line }, text: line.segments.join(' '), reason })),
			...(layers.notes.length > 0 ? { notes: layers.notes } : {}),
			...(scans ? { ocr: scans } : {}),
		};
	} finally {
		await task.destroy();
	}
}
