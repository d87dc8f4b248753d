import { OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { OcrPage, OcrWord } from '../../../../schemas/ocr.ts';
import { checkTime, overLimit, type Budget } from '../../budget.ts';
import type { Location, Recognised } from '../document/source-document.ts';
import { IngestError } from '../../ingest-error.ts';
import { fileSha256, ocrEntry, readOcrEntry } from './ocr-cache.ts';
import { tesseractEngine, type OcrEngine, type PixelWord } from './ocr-engine.ts';

/** Where recognition results are kept and which engine makes new ones. */
export interface OcrOptions {
	/** The folder of committed results (`content/ocr/`); without one, every scan is recognised. */
	cache?: string;
	/** Tesseract by default; tests count its calls. Only on this thread: a function does not cross to a parsing thread. */
	engine?: OcrEngine;
}

/** Pages are rendered at print resolution, the one Tesseract's models are trained for. */
const dpi = 300;
/** A page larger than this many pixels on its long side (a drawing, A0) is rendered smaller. */
const maxPixels = 7000;
/** A page whose text layer has fewer letters than this has no meaningful text (a stamp, a page number). */
const meaningfulLetters = 10;

const imageOps = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObject, OPS.paintImageMaskXObjectGroup, OPS.paintImageMaskXObjectRepeat, OPS.paintInlineImageXObjectGroup].filter((op) => op !== undefined));

const letters = (text: string) => text.match(/\p{L}/gu)?.length ?? 0;

/** Mean word confidence, weighted by letters (a stray "|" says little), rounded to a tenth. */
export const pageConfidence = (words: readonly Pick<OcrWord, 'text' | 'confidence'>[]) => {
	const weight = words.reduce((sum, word) => sum + Math.max(1, letters(word.text)), 0);
	return weight === 0 ? 0 : Math.round((words.reduce((sum, word) => sum + word.confidence * Math.max(1, letters(word.text)), 0) / weight) * 10) / 10;
};

const round = (value: number) => Math.round(value * 10) / 10;

const median = (values: readonly number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** What a bullet (•, ▪) reads as: a lone letter or sign before the text, which no Danish word is. */
const misreadBullet = /^[oe©«°®¢*»]$/;

/**
 * Words in pixels → words in points on a page `width` × `height` points, `scale` pixels a point,
 * as a text layer would place them: the sheet's skew turned back (the median slope of the lines:
 * a page fed 0.4° askew moves its left margin by 6 points from top to bottom, which would read as
 * indentation), each line's size its row height, and sizes within 15 % of the page's usual one
 * taken as that one (a row of capitals is taller than one of small letters in the same font).
 */
export function wordsInPoints(words: readonly PixelWord[], scale: number, width: number, height: number): OcrWord[] {
	const angle = Math.atan(median(words.map((word) => word.slope)));
	const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
	const [cx, cy] = [(width * scale) / 2, (height * scale) / 2];
	const usual = median(words.map((word) => word.lineHeight));
	const firsts = new Set(words.map((word, index) => (index === 0 || words[index - 1]!.line !== word.line ? word : undefined)));
	const placed = words.map((word, index) => {
		const [dx, dy] = [word.x - cx, word.baseline - cy];
		const next = words[index + 1];
		const size = Math.abs(word.lineHeight / usual - 1) < 0.15 ? usual : word.lineHeight;
		const bullet = firsts.has(word) && misreadBullet.test(word.text) && next?.line === word.line && next.x - (word.x + word.width) > size * 0.5;
		return {
			text: bullet ? '•' : word.text.normalize('NFC'),
			x: round((cx + dx * cos + dy * sin) / scale),
			y: round(height - (cy - dx * sin + dy * cos) / scale),
			width: round(word.width / scale),
			size: Math.max(1, round(size / scale)),
			confidence: round(word.confidence),
		};
	});
	// Lines that start within a third of a size of the page's margin start at it: the ink of a
	// "D" and of an "Å" begin a point or two apart, which a text layer never shows as indentation.
	const starts = placed.filter((_, index) => firsts.has(words[index]!));
	const margin = Math.min(...starts.map((word) => word.x));
	for (const word of starts) if (word.x - margin < word.size / 3) word.x = margin;
	return placed;
}

/** Counts pages against the file's OCR limit, in sum over a package's parts. */
function spendPages(path: string, at: Location | undefined, pages: number, budget: Budget): void {
	budget.ocrPages += pages;
	if (budget.ocrPages > budget.limits.ocrPages) throw overLimit(path, at, 'ocrPages', budget.limits, budget.ocrPages);
}

interface Context {
	path: string;
	where: Location | undefined;
	bytes: Uint8Array;
	budget: Budget;
	ocr: OcrOptions;
}

/**
 * The pages that need reading from their image, and which were read before: a cached entry for
 * these bytes and this engine, or what is left to recognise.
 */
async function cached(context: Context, version: string, wanted: readonly number[]): Promise<{ sha256: string; known: Map<number, OcrPage> }> {
	const sha256 = fileSha256(context.bytes);
	const entry = context.ocr.cache ? await readOcrEntry(context.ocr.cache, sha256, version, context.path, context.where) : undefined;
	return { sha256, known: new Map((entry?.pages ?? []).filter((page) => wanted.includes(page.page)).map((page) => [page.page, page])) };
}

/**
 * Recognises the scanned pages of a PDF: pages whose text layer has no meaningful text (fewer than
 * ten letters) and that show an image. A blank page, or one with only drawings, is left as it is.
 * Each page is rendered at 300 dpi with pdf.js's own canvas and read by the engine; a page read
 * before (the committed cache, by the file's hash) is taken from there. `texts` is each page's text.
 */
export async function recogniseScannedPages(pdf: PDFDocumentProxy, texts: readonly string[], context: Context): Promise<Recognised | undefined> {
	const engine = context.ocr.engine ?? tesseractEngine;
	const scanned: number[] = [];
	for (const [index, text] of texts.entries()) {
		if (letters(text) >= meaningfulLetters) continue;
		checkTime(context.budget, context.path, { ...context.where, page: index + 1 });
		const page = await pdf.getPage(index + 1);
		const { fnArray } = await page.getOperatorList();
		if (fnArray.some((op) => imageOps.has(op))) scanned.push(index + 1);
		page.cleanup();
	}
	if (scanned.length === 0) return undefined;
	spendPages(context.path, context.where, scanned.length, context.budget);
	const version = `${engine.version}, ${dpi} dpi`;
	const { sha256, known } = await cached(context, version, scanned);
	const pages: OcrPage[] = [];
	for (const number of scanned) {
		const at = { ...context.where, page: number };
		if (known.has(number)) {
			pages.push(known.get(number)!);
			continue;
		}
		checkTime(context.budget, context.path, at);
		pages.push(await recognisePdfPage(pdf, number, engine, context.path, at));
	}
	return { entry: ocrEntry(sha256, version, pages), fresh: known.size < scanned.length };
}

async function recognisePdfPage(pdf: PDFDocumentProxy, number: number, engine: OcrEngine, path: string, at: Location): Promise<OcrPage> {
	const page = await pdf.getPage(number);
	const { width, height } = page.getViewport({ scale: 1 });
	const scale = Math.min(dpi / 72, maxPixels / Math.max(width, height));
	const viewport = page.getViewport({ scale });
	// pdf.js's own canvas factory (@napi-rs/canvas in Node): a canvas of another package or
	// version fails inside pdf.js's drawing (`clip`).
	const factory = pdf.canvasFactory as { create(width: number, height: number): { canvas: { toBuffer(type: 'image/png'): Buffer } }; destroy(canvas: unknown): void };
	let image: Buffer;
	const surface = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
	try {
		await page.render({ canvas: surface.canvas as unknown as HTMLCanvasElement, viewport }).promise;
		image = surface.canvas.toBuffer('image/png');
	} catch (error) {
		throw new IngestError(path, at, `den scannede side kan ikke tegnes til tekstgenkendelse (${(error as Error).message}); hent PDF-filen igen fra kommunens side, den kan være beskadiget`, { cause: error });
	} finally {
		factory.destroy(surface);
		page.cleanup();
	}
	return { page: number, width: round(width), height: round(height), ...(await recogniseImage(engine, image, scale, width, height, path, at)) };
}

/** The engine's words on one image, in points, and their confidence. */
export async function recogniseImage(engine: OcrEngine, image: Uint8Array, scale: number, width: number, height: number, path: string, at: Location | undefined): Promise<Pick<OcrPage, 'confidence' | 'words'>> {
	let found: PixelWord[];
	try {
		found = await engine.recognise(image);
	} catch (error) {
		throw new IngestError(path, at, `tekstgenkendelsen (OCR) af siden fejlede (${(error as Error).message}); prøv igen, og meld fejlen med filen, hvis den bliver ved`, { cause: error });
	}
	const words = wordsInPoints(found, scale, width, height);
	return { confidence: pageConfidence(words), words };
}

/**
 * Recognises an image file (a scanned enclosure as PNG, JPEG or TIFF) as one page. Its resolution
 * is rarely stated right (a scanner writes 72 dpi, a phone none), so points are set from the
 * text itself: the median line is taken as 12 points, the size of body text in minutes.
 */
export async function recogniseImageFile(size: { width: number; height: number }, context: Context): Promise<Recognised> {
	const engine = context.ocr.engine ?? tesseractEngine;
	spendPages(context.path, context.where, 1, context.budget);
	const version = `${engine.version}, image`;
	const { sha256, known } = await cached(context, version, [1]);
	if (known.has(1)) return { entry: ocrEntry(sha256, version, [known.get(1)!]), fresh: false };
	checkTime(context.budget, context.path, context.where);
	let found: PixelWord[];
	try {
		found = await engine.recognise(context.bytes);
	} catch (error) {
		throw new IngestError(context.path, context.where, `billedet kan ikke tekstgenkendes (${(error as Error).message}); gem det som PNG eller PDF, og læg det igen`, { cause: error });
	}
	const heights = found.map((word) => word.lineHeight).sort((a, b) => a - b);
	const scale = heights.length > 0 ? heights[Math.floor(heights.length / 2)]! / 12 : dpi / 72;
	const height = size.height / scale;
	const words = wordsInPoints(found, scale, size.width / scale, height);
	const page: OcrPage = { page: 1, width: round(size.width / scale), height: round(height), confidence: pageConfidence(words), words };
	return { entry: ocrEntry(sha256, version, [page]), fresh: true };
}
