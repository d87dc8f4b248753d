import { lowConfidence, type OcrEntry, type OcrMark } from '../../../schemas/ocr.ts';
import type { Location, SourceDocument } from '../2-read/document/source-document.ts';
import type { Diagnostic } from '../3-layouts/types.ts';

/** A recognised page of a file or of one of its parts, as the lines read from it are located. */
interface RecognisedPage {
	entry: string | undefined;
	page: number;
	confidence: number;
	engine: string;
	/** Of the file (or part) recognised: its OCR cache entry's name. */
	sha256: string;
}

const keyOf = (entry: string | undefined, page: number) => `${entry ?? ''}\0${page}`;

/** Every document of a file: itself and the parts of its packages, depth first. */
function* documentsOf(document: SourceDocument): Generator<SourceDocument> {
	yield document;
	for (const part of document.entries ?? []) yield* documentsOf(part);
}

/** The recognised pages of a file and its parts, by where their lines are located (`path`, `page`). */
export function recognisedPages(document: SourceDocument): Map<string, RecognisedPage> {
	const pages = new Map<string, RecognisedPage>();
	for (const part of documentsOf(document)) {
		for (const page of part.ocr?.entry.pages ?? []) pages.set(keyOf(part.entry, page.page), { entry: part.entry, page: page.page, confidence: page.confidence, engine: part.ocr!.entry.engine, sha256: part.ocr!.entry.sha256 });
	}
	return pages;
}

/**
 * The OCR mark of a text read from `locations` (a meeting's units, an item's lines), if any of
 * them lie on recognised pages: those pages, their mean confidence and the engine.
 */
export function ocrMarkOf(locations: Iterable<Location | undefined>, pages: ReadonlyMap<string, RecognisedPage>): OcrMark | undefined {
	if (pages.size === 0) return undefined;
	const found = new Map<string, RecognisedPage>();
	for (const at of locations) {
		if (at?.page === undefined) continue;
		const key = keyOf(at.path, at.page);
		const page = pages.get(key);
		if (page) found.set(key, page);
	}
	return markOf([...found.values()]);
}

/** The mark of a part read whole from its recognised pages (an attachment). */
export const ocrMarkOfDocument = (document: SourceDocument): OcrMark | undefined => markOf([...recognisedPages(document).values()]);

function markOf(pages: readonly RecognisedPage[]): OcrMark | undefined {
	if (pages.length === 0) return undefined;
	const sorted = pages.toSorted((a, b) => a.page - b.page);
	return {
		pages: [...new Set(sorted.map((page) => page.page))],
		confidence: Math.round(sorted.reduce((sum, page) => sum + page.confidence, 0) / sorted.length),
		engine: [...new Set(sorted.map((page) => page.engine))].join('; '),
	};
}

/**
 * A warning for each recognised page whose confidence is below `lowConfidence`, naming the file
 * (or part) and the page: its text is the likeliest to hold misread words.
 */
export function lowConfidenceWarnings(document: SourceDocument): Diagnostic[] {
	return [...recognisedPages(document).values()]
		.filter((page) => page.confidence < lowConfidence)
		.map((page) => ({
			at: { ...(page.entry ? { path: page.entry } : {}), page: page.page },
			message: `siden er tekstgenkendt (OCR) med kun ${Math.round(page.confidence)} % sikkerhed (under ${lowConfidence} %); læs den genererede tekst efter mod scanningen og ret fejl i hånden (rettelsen beholdes), eller hent en bedre scanning`,
		}));
}

/** The recognitions made in this read, not yet in the committed cache: ingest writes them to `content/ocr/`. */
export const freshRecognitions = (document: SourceDocument): OcrEntry[] => [...documentsOf(document)].flatMap((part) => (part.ocr?.fresh ? [part.ocr.entry] : []));
