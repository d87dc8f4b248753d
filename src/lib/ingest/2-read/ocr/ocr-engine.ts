import { createRequire } from 'node:module';
import { createWorker, type Worker } from 'tesseract.js';

/** A word the engine found, in the image's pixels (y from the top). */
export interface PixelWord {
	text: string;
	x: number;
	width: number;
	/** The baseline under the word's middle. */
	baseline: number;
	/** Its line's height (Tesseract's row height: x-height and ascenders). */
	lineHeight: number;
	/** Its line, numbered through the image in the engine's reading order. */
	line: number;
	/** Its line's baseline slope (dy/dx): a sheet fed askew slopes every line alike. */
	slope: number;
	/** 0–100. */
	confidence: number;
}

/** Recognises the text of one image (PNG, JPEG, TIFF, BMP bytes). */
export interface OcrEngine {
	/** The engine and its data, for the cache: another version recognises again. */
	readonly version: string;
	recognise(image: Uint8Array): Promise<PixelWord[]>;
}

const require = createRequire(import.meta.url);
// The trained data comes from npm (@tesseract.js-data/dan), so recognition needs no network:
// without `langPath` tesseract.js would fetch it from a CDN.
const danish = require('@tesseract.js-data/dan') as { langPath: string; gzip: boolean };
const versions = {
	engine: (require('tesseract.js/package.json') as { version: string }).version,
	data: (require('@tesseract.js-data/dan/package.json') as { version: string }).version,
	model: danish.langPath.split(/[\\/]/).at(-1)!,
};

let worker: Promise<Worker> | undefined;

/**
 * The Danish Tesseract worker: one per process (or parsing thread), started on the first scan,
 * since loading the model takes a third of a second and 15 MB. `closeOcrEngine` ends it.
 */
function tesseract(): Promise<Worker> {
	// cacheMethod 'none': by default tesseract.js writes the unpacked model into the working
	// directory (./dan.traineddata), which here is the repository.
	worker ??= createWorker('dan', 1, { langPath: danish.langPath, gzip: danish.gzip, cacheMethod: 'none' }).catch((error: unknown) => {
		worker = undefined;
		throw new Error('tekstgenkendelsen (tesseract.js) kunne ikke starte', { cause: error });
	});
	return worker;
}

/** Tesseract.js with the Danish model from @tesseract.js-data/dan. */
export const tesseractEngine: OcrEngine = {
	version: `tesseract.js ${versions.engine}, dan ${versions.model} (@tesseract.js-data/dan ${versions.data})`,
	async recognise(image) {
		const { data } = await (await tesseract()).recognize(Buffer.from(image), {}, { blocks: true, text: false });
		const words: PixelWord[] = [];
		let number = 0;
		for (const block of data.blocks ?? []) {
			for (const paragraph of block.paragraphs) {
				for (const line of paragraph.lines) {
					const { x0, y0, x1, y1 } = line.baseline;
					const slope = x1 === x0 ? 0 : (y1 - y0) / (x1 - x0);
					number++;
					for (const word of line.words) {
						const text = word.text.trim();
						if (text === '') continue;
						const middle = (word.bbox.x0 + word.bbox.x1) / 2;
						words.push({ text, x: word.bbox.x0, width: word.bbox.x1 - word.bbox.x0, baseline: y0 + slope * (middle - x0), lineHeight: line.rowAttributes.rowHeight, line: number, slope, confidence: word.confidence });
					}
				}
			}
		}
		return words;
	},
};

/** Ends the worker, so that the process (or thread) can exit; the next scan starts a new one. */
export async function closeOcrEngine(): Promise<void> {
	const running = worker;
	worker = undefined;
	if (running) await (await running.catch(() => undefined))?.terminate();
}
