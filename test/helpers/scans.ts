import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ingestFile, type FileResult, type IngestFileOptions } from '../../src/lib/ingest/ingest-file.ts';
import { writeOcrEntries } from '../../src/lib/ingest/2-read/ocr/ocr-cache.ts';
import type { OcrEngine, PixelWord } from '../../src/lib/ingest/2-read/ocr/ocr-engine.ts';
import { municipalityRegistrySchema } from '../../src/schemas/index.ts';

/** The scanned fixtures (`test/fixtures/scans/`, made by `make-scans.ts`) and their committed recognitions. */
export const scans = new URL('../fixtures/scans/', import.meta.url);
export const scanCache = fileURLToPath(new URL('ocr/', scans));
export const registry = municipalityRegistrySchema.parse({ middelfart: { name: 'Middelfart Kommune' }, ballerup: { name: 'Ballerup Kommune' }, x: { name: 'X Kommune' } });

/**
 * Reads a scanned fixture as an editor commits it, with the fixtures' OCR cache, as ingest reads
 * with `content/ocr/`. Like a golden file, a recognition the cache lacks is written (outside CI),
 * to be reviewed and committed; in CI it is recognised every time, and the test is slow.
 */
export async function ingestScan(name: string, municipality: string, options: Partial<IngestFileOptions> = {}): Promise<FileResult> {
	const bytes = new Uint8Array(await readFile(new URL(name, scans)));
	const result = await ingestFile({ path: `content/raw/${municipality}/${name}`, bytes }, { registry, ocrCache: scanCache, ...options });
	if (result.ocr.length > 0 && !process.env.CI && (options.ocrCache ?? scanCache) === scanCache) await writeOcrEntries(scanCache, result.ocr);
	return result;
}

/**
 * A stand-in engine that "reads" the same lines on every image, each word at `confidence`: for
 * tests of what ingest does with a recognition, not of the recognition.
 */
export function fakeEngine(lines: readonly string[], confidence: number, version = 'stand-in 1'): OcrEngine & { calls: number } {
	const engine = {
		version,
		calls: 0,
		async recognise(): Promise<PixelWord[]> {
			engine.calls++;
			return lines.flatMap((text, index) => {
				let x = 300;
				return text.split(' ').map((word) => {
					const placed = { text: word, x, width: word.length * 25, baseline: 400 + index * 70, lineHeight: 50, line: index + 1, slope: 0, confidence };
					x += word.length * 25 + 15;
					return placed;
				});
			});
		},
	};
	return engine;
}
