import type { SourceDocument } from './document/source-document.ts';
import { budgetFor, type Budget } from '../budget.ts';
import { IngestError } from '../ingest-error.ts';
import { imageSize } from './ocr/image-size.ts';
import { recogniseImageFile, type OcrOptions } from './ocr/recognise-scans.ts';
import { blocksOf, findFurniture, linesOf } from './pdf-reader.ts';

/** An image of more pixels than this (a 12,000 × 12,000 poster) would take gigabytes to recognise. */
const maxPixels = 100_000_000;

/**
 * Reads an image (a scanned page as PNG, JPEG or TIFF) by recognising its text (OCR), into the
 * same lines and blocks as a PDF page, so that layouts read it like one.
 */
export async function readImage(path: string, bytes: Uint8Array, entry?: string, budget: Budget = budgetFor(), ocr: OcrOptions = {}): Promise<SourceDocument> {
	const where = entry ? { path: entry } : undefined;
	const size = imageSize(bytes);
	if (!size) throw new IngestError(path, where, 'billedfilen er beskadiget eller afkortet (dens størrelse kan ikke læses); hent den igen, eller læg en PDF i stedet');
	if (size.width * size.height > maxPixels) throw new IngestError(path, where, `billedet er ${size.width} × ${size.height} punkter, for stort til tekstgenkendelse; gem det i lavere opløsning (300 dpi), og læg det igen`);
	const recognised = await recogniseImageFile(size, { path, where, bytes, budget, ocr });
	const [page] = recognised.entry.pages;
	const pages = [{ lines: linesOf(page!.words.map((word) => ({ ...word, bold: false })), 1), height: page!.height }];
	if (pages[0]!.lines.length === 0) throw new IngestError(path, where, 'billedet har ingen tekst, som tekstgenkendelsen (OCR) kan læse; er det en scanning af tekst, så scan den igen i bedre kvalitet');
	const furniture = findFurniture(pages);
	return {
		path,
		...(entry ? { entry } : {}),
		container: 'image',
		blocks: blocksOf(pages, furniture, where),
		pages: 1,
		omitted: [...furniture].map(([line, reason]) => ({ at: { ...where, page: line.page, line: line.line }, text: line.segments.join(' '), reason })),
		ocr: recognised,
	};
}
