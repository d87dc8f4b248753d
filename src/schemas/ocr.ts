import { z } from 'astro/zod';
import { line } from './fields.ts';

/**
 * Below this mean confidence a recognised page is listed by ingest as a warning, to be read
 * against the scan. Tesseract's confidences for clean printed or typed minutes lie at 90–96; under
 * 80 they come from stains, handwriting, skewed or faint copies, where words start to go wrong
 * (measured in BENCHMARKS.md, "OCR").
 */
export const lowConfidence = 80;

/**
 * Text that was recognised from a scan (OCR), not read from a text layer: `ocr` in the
 * frontmatter of a meeting, an item or an attachment whose text came from recognised pages. The
 * page says so, with the confidence, since machine-read text may hold errors.
 */
export const ocrMarkSchema = z.strictObject({
	/** The recognised pages the text came from, 1-based, of the PDF (or 1 for an image). */
	pages: z.array(z.number().int().positive()).min(1),
	/** The recognition's mean confidence over those pages, 0–100 (Tesseract's, per word, weighted by letters). */
	confidence: z.number().int().min(0).max(100),
	/** The engine and its trained data, e.g. `tesseract.js 7.0.0, dan 4.0.0`. */
	engine: line,
});

export type OcrMark = z.infer<typeof ocrMarkSchema>;

/** A recognised word, in PDF points on the page (y from the bottom, at the word's baseline). */
export const ocrWordSchema = z.strictObject({
	text: z.string().min(1),
	x: z.number(),
	y: z.number(),
	width: z.number().nonnegative(),
	/** The line's height as a font size, in points. */
	size: z.number().positive(),
	/** 0–100. */
	confidence: z.number().min(0).max(100),
});

/** One recognised page. */
export const ocrPageSchema = z.strictObject({
	/** 1-based; 1 for an image file. */
	page: z.number().int().positive(),
	/** The page's size in points. */
	width: z.number().positive(),
	height: z.number().positive(),
	/** Mean word confidence, weighted by letters; 0 for a page with no words. */
	confidence: z.number().min(0).max(100),
	words: z.array(ocrWordSchema),
});

/**
 * A committed OCR result: `content/ocr/<sha256>.json`, the recognised pages of one scanned file
 * (a PDF, an image, an enclosure of a package), named by the SHA-256 of the file's bytes. Ingest
 * writes it once and reads it from then on, so a scan is recognised once, on an editor's machine
 * or in CI, and the published text stays as reviewed.
 */
export const ocrEntrySchema = z.strictObject({
	/** SHA-256 of the file's bytes, as the name says: an entry copied under another name is refused. */
	sha256: z.string().regex(/^[0-9a-f]{64}$/),
	/** The engine, trained data and rendering the pages were recognised with; another one recognises again. */
	engine: line,
	/** SHA-256 of `pages` as ingest wrote them: a hand edit is refused (correct the generated Markdown instead). */
	digest: z.string().regex(/^[0-9a-f]{64}$/),
	pages: z.array(ocrPageSchema),
});

export type OcrEntry = z.infer<typeof ocrEntrySchema>;
export type OcrPage = z.infer<typeof ocrPageSchema>;
export type OcrWord = z.infer<typeof ocrWordSchema>;
