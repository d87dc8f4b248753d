import { OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.d.ts';
import { words } from '../words.ts';
import type { PdfLine } from './pdf-line.ts';

/**
 * Scans that carry a text layer: archives publish scanned pages with the text of each page laid
 * invisibly over (or under) its image, positioned on the writing, so that it can be searched and
 * selected. The text is theirs, a transcription or their OCR. Some add a typed page after each
 * scan that shows the same text visibly, so a plain reading gives every page twice.
 *
 * A page is a scan with a text layer when it paints an image over (nearly) the whole page and
 * (nearly) all its text is invisible: drawn in render mode 3 or 7 (neither fill nor stroke), or
 * drawn before the image, which covers it. Pages with visible text or no image are left as they are,
 * and so are scans without text (they need OCR, which is not read here).
 */

/** An image covering this share of the page is the page (a scan); a logo or a photo is not. */
const fullPage = 0.9;
/** A scan may carry a little visible text (an archive's stamp): this share of its glyphs at most. */
const visibleAllowed = 0.05;
/** A visible page repeats a scan when this share of its words is in the scan's layer. */
const repeatShare = 0.8;
/** Fewer words than this say too little to call a page a repeat of another. */
const repeatMinWords = 5;

type Matrix = [number, number, number, number, number, number];
const identity: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = (m: Matrix, n: Matrix): Matrix => [
	m[0] * n[0] + m[2] * n[1],
	m[1] * n[0] + m[3] * n[1],
	m[0] * n[2] + m[2] * n[3],
	m[1] * n[2] + m[3] * n[3],
	m[0] * n[4] + m[2] * n[5] + m[4],
	m[1] * n[4] + m[3] * n[5] + m[5],
];

/** The area of the page (x0, y0, x1, y1) the unit square covers under `m`, as a share of the page. */
function coverage(m: Matrix, view: readonly number[]): number {
	const corners = [[0, 0], [1, 0], [0, 1], [1, 1]].map(([u, v]) => [m[0] * u! + m[2] * v! + m[4], m[1] * u! + m[3] * v! + m[5]] as const);
	const [x0, y0, x1, y1] = view as [number, number, number, number];
	const left = Math.max(x0, Math.min(...corners.map((c) => c[0])));
	const right = Math.min(x1, Math.max(...corners.map((c) => c[0])));
	const bottom = Math.max(y0, Math.min(...corners.map((c) => c[1])));
	const top = Math.min(y1, Math.max(...corners.map((c) => c[1])));
	return right > left && top > bottom ? ((right - left) * (top - bottom)) / ((x1 - x0) * (y1 - y0)) : 0;
}

/** Glyphs a showText operation draws that stand for text (not spacing adjustments, not spaces). */
const glyphsOf = (args: unknown[]): number => (Array.isArray(args[0]) ? args[0].filter((glyph) => typeof glyph === 'object' && glyph !== null && /\S/.test(String((glyph as { unicode?: string }).unicode ?? ''))).length : 0);

/** What a page's operator list shows: glyphs drawn visibly and invisibly, and whether an image is the whole page. */
export interface PageInk {
	scanned: boolean;
	visible: number;
	hidden: number;
}

/**
 * Reads a page's operator list (pdf.js's `fnArray` and `argsArray`) for the ink it puts on the page.
 * Text drawn before a full-page image is hidden by it (the "text under the image" of archives' PDF
 * tools); text drawn after it is hidden only in render mode 3 or 7.
 */
export function inkOf(operators: { fnArray: readonly number[]; argsArray: readonly unknown[] }, view: readonly number[]): PageInk {
	const stack: { ctm: Matrix; mode: number }[] = [];
	let ctm = identity;
	let mode = 0;
	let scanned = false;
	let visible = 0;
	let hidden = 0;
	operators.fnArray.forEach((fn, index) => {
		const args = (operators.argsArray[index] ?? []) as unknown[];
		switch (fn) {
			case OPS.save:
				stack.push({ ctm, mode });
				break;
			case OPS.restore:
				({ ctm, mode } = stack.pop() ?? { ctm, mode });
				break;
			case OPS.transform:
				ctm = multiply(ctm, args as Matrix);
				break;
			case OPS.paintFormXObjectBegin:
				stack.push({ ctm, mode });
				if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>) as Matrix);
				break;
			case OPS.paintFormXObjectEnd:
				({ ctm, mode } = stack.pop() ?? { ctm, mode });
				break;
			case OPS.setTextRenderingMode:
				mode = Number(args[0]);
				break;
			case OPS.showText:
				// Mode 3 neither fills nor strokes; 7 only adds the text to the clipping path.
				if (mode === 3 || mode === 7) hidden += glyphsOf(args);
				else visible += glyphsOf(args);
				break;
			case OPS.paintImageXObject:
			case OPS.paintInlineImageXObject:
				if (coverage(ctm, view) >= fullPage) {
					// An opaque image over the whole page hides whatever was drawn before it.
					scanned = true;
					hidden += visible;
					visible = 0;
				}
				break;
		}
	});
	return { scanned, visible, hidden };
}

/** Whether the ink is a scan's: the page is an image, and (nearly) all its text is invisible. */
export const isScanWithText = (ink: PageInk): boolean => ink.scanned && ink.hidden > 0 && ink.visible <= visibleAllowed * (ink.visible + ink.hidden);

interface LayerPiece {
	text: string;
	x: number;
	y: number;
	right: number;
	size: number;
}

const median = (values: readonly number[]): number | undefined => {
	if (values.length === 0) return undefined;
	const sorted = values.toSorted((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
};

/**
 * A scan's text layer as lines, in the order it was written, not by position. OCR engines and
 * transcription tools write their text block by block, in reading order (a case, then the decision
 * the protocol writes to its right), while the positions follow the handwriting: its baselines
 * wander, and a decision often starts a little higher than its case, so a reading by position
 * interleaves the two columns line by line. Pieces written one after another on one baseline,
 * moving right, are a line; a paragraph starts where the layer jumps right past the line before
 * (to the next column), up by more than half a line, down by more than its line pitch, or back
 * far left of where its paragraph began.
 *
 * All lines get the page's usual size and no weight: a layer is sized to the writing under it,
 * which says nothing of headings.
 */
export function layerLines(items: readonly TextItem[], page: number): PdfLine[] {
	const pieces: LayerPiece[] = items
		.filter((item) => item.str.trim() !== '')
		.map((item) => {
			const [a, b, c, d, e, f] = item.transform as number[];
			const size = Math.hypot(c!, d!) || Math.hypot(a!, b!) || item.height;
			return { text: item.str, x: e!, y: f!, right: e! + item.width, size };
		});
	const size = median(pieces.map((piece) => piece.size)) ?? 10;
	const onBaseline = (a: LayerPiece, b: LayerPiece) => Math.abs(a.y - b.y) <= 0.5 * size;
	// Where the layer's lines start: a piece that follows on the same baseline but starts where
	// others start, far right of its line's start, begins the next column (a short decision written
	// level with its case's line, just past its end).
	const starts = pieces.filter((piece, index) => index === 0 || !onBaseline(pieces[index - 1]!, piece)).map((piece) => piece.x);
	const columnStart = (x: number) => starts.filter((start) => Math.abs(start - x) <= size).length >= 2;
	const lines: LayerPiece[][] = [];
	for (const piece of pieces) {
		const line = lines.at(-1);
		const last = line?.at(-1);
		const gap = last ? piece.x - last.right : 0;
		const sameLine = last !== undefined && onBaseline(last, piece) && gap >= -size && gap <= 1.6 * size && !(gap > 0.3 * size && piece.x - line![0]!.x > 8 * size && columnStart(piece.x));
		if (sameLine) line!.push(piece);
		else lines.push([piece]);
	}
	const shaped = lines.map((line) => ({
		// Words placed apart are words apart (a layer written word by word has no spaces).
		text: line.map((piece, index) => (index > 0 && piece.x - line[index - 1]!.right > 0.12 * size && !/\s$/.test(line[index - 1]!.text) && !/^\s/.test(piece.text) ? ` ${piece.text}` : piece.text)).join('').trim(),
		x: line[0]!.x,
		y: line[0]!.y,
		right: Math.max(...line.map((piece) => piece.right)),
	}));
	// The line pitch: how far the layer usually moves down from one line to the next of a paragraph.
	const steps = shaped.slice(1).map((line, index) => shaped[index]!.y - line.y).filter((step) => step > 0.5 * size && step < 4 * size);
	const pitch = median(steps) ?? 1.2 * size;
	let start = shaped[0]?.x ?? 0;
	return shaped.map((line, index) => {
		const previous = shaped[index - 1];
		const step = previous ? previous.y - line.y : 0;
		// A word written in above the line ("Sigurd Lassens ^Hustru^ ansøger") rises less than half a
		// line and starts before the line's end: it continues the paragraph.
		const paragraph = previous !== undefined && (line.x > previous.right || step < -0.5 * pitch || step > 1.6 * pitch || line.x < start - 8 * size);
		if (paragraph) start = line.x;
		return { page, line: index + 1, y: line.y, x: line.x, right: line.right, size: Math.round(size * 2) / 2, bold: false, segments: [line.text], starts: [line.x], paragraph };
	});
}

/**
 * Whether `repeat` says again what `original` says: nearly all its words, as often, are there. A
 * typed page may correct a word or two of the layer; it is still the same page.
 */
export function repeats(repeat: readonly string[], original: readonly string[]): boolean {
	if (repeat.length < repeatMinWords) return false;
	const left = new Map<string, number>();
	for (const word of original) left.set(word, (left.get(word) ?? 0) + 1);
	let found = 0;
	for (const word of repeat) {
		const count = left.get(word) ?? 0;
		if (count > 0) {
			found++;
			left.set(word, count - 1);
		}
	}
	return found >= repeatShare * repeat.length;
}

/** Page numbers as a Danish list with ranges: "1, 3, 5–7 og 9". */
export function pageList(pages: readonly number[]): string {
	const runs: string[] = [];
	for (let i = 0; i < pages.length; i++) {
		let j = i;
		while (j + 1 < pages.length && pages[j + 1] === pages[j]! + 1) j++;
		// Two pages in a row are two pages ("1 og 2"); three or more a range.
		if (j - i >= 2) runs.push(`${pages[i]}–${pages[j]}`);
		else runs.push(...pages.slice(i, j + 1).map(String));
		i = j;
	}
	return runs.length > 1 ? `${runs.slice(0, -1).join(', ')} og ${runs.at(-1)}` : (runs[0] ?? '');
}

/** Fewer pixels than this are a logo or a stamp, never a scanned page (A4 at 100 dpi is some 970,000). */
const scanPixels = 500_000;

export interface TextLayers {
	/** The lines of visible pages that repeat a scan's text layer, with the reason they are left out. */
	repeated: Map<PdfLine, string>;
	/** For the editor: which pages were read from a scan's layer. */
	notes: string[];
}

/**
 * Reads each scan's text layer once (`pages` is changed in place): a scan's lines are read again in
 * the order the layer was written (`layerLines`), and a visible page that repeats the scan before it
 * is left out, its lines returned with the reason.
 *
 * The scan's copy is kept, not the typed one: its page is the image of the original, which a
 * reader checking the text opens; it is there whether or not the archive added typed pages, so one
 * reading serves every such file; and both copies carry the same text in the same written order
 * (a case, then its decision), the typed one merely set in tidier lines. `check` is called for each
 * page (the file's time budget): an image-heavy page's operator list costs its image's decoding.
 */
export async function readTextLayers(pdf: PDFDocumentProxy, largestImage: number, pages: { lines: PdfLine[] }[], check: (page: number) => void): Promise<TextLayers> {
	const repeated = new Map<PdfLine, string>();
	// Without an image as large as a page there is no scan, and the operator lists, which decode every
	// image (a logo on each page of a 111-page export made reading it 2.4 times slower), are not read.
	if (largestImage < scanPixels) return { repeated, notes: [] };
	const scans: number[] = [];
	for (let number = 1; number <= pages.length; number++) {
		check(number);
		if (pages[number - 1]!.lines.length === 0) continue;
		const page = await pdf.getPage(number);
		try {
			if (!isScanWithText(inkOf(await page.getOperatorList(), page.view))) continue;
			const content = await page.getTextContent();
			pages[number - 1]!.lines = layerLines(content.items.filter((item): item is TextItem => 'str' in item), number);
			scans.push(number);
		} finally {
			page.cleanup();
		}
	}
	const dropped: number[] = [];
	let scan: number | undefined;
	for (let number = 1; number <= pages.length; number++) {
		const page = pages[number - 1]!;
		if (scans.includes(number)) {
			scan = number;
			continue;
		}
		// A repeat follows its scan, or another page that repeats the same scan (a long transcription).
		if (scan !== undefined && page.lines.length > 0 && repeats(words(page.lines.map((line) => line.segments.join(' ')).join('\n')), words(pages[scan - 1]!.lines.map((line) => line.segments.join(' ')).join('\n')))) {
			for (const line of page.lines) repeated.set(line, `gentager teksten i den scannede side ${scan}s tekstlag, som er læst i stedet`);
			page.lines = [];
			dropped.push(number);
		} else scan = undefined;
	}
	if (scans.length === 0) return { repeated, notes: [] };
	const also = dropped.length > 0 ? `; side ${pageList(dropped)} gentager den med maskinskrift og er udeladt (se --report)` : '';
	return {
		repeated,
		notes: [`side ${pageList(scans)} er scanninger: teksten er læst fra deres usynlige tekstlag, en afskrift eller tekstgenkendelse, som den, der scannede, har lagt i PDF-filen${also}; ved tvivl om et ord gælder billedet`],
	};
}
