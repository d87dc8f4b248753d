import { constants, inflateSync } from 'node:zlib';
import type { Location } from './document/source-document.ts';
import { checkTime, overLimit, type Budget } from '../budget.ts';

const megabyte = 1_000_000;
const latin1 = new TextDecoder('latin1');

/**
 * Holds a PDF's compressed data streams to the limit before pdf.js reads any: pdf.js inflates a
 * stream whole, so a 2 MB PDF whose page content inflates to 2 GB took 4.5 GB and 39 s. Each
 * FlateDecode stream is inflated here with the room the limit leaves, in sum and each; images are
 * skipped, since the text layer never decodes them. Streams are found by their keyword, which is
 * enough: a stream the scan misses is one pdf.js will not find either, and a false hit is data that
 * does not inflate.
 *
 * The same walk measures the largest image, in pixels (Infinity where a size is given by reference,
 * `/Width 12 0 R`): the text-layer reader looks for scans only in a PDF with an image as large as a
 * page. An image's dictionary is never inside a compressed object stream (streams cannot be), so
 * its size is in the file's plain text.
 */
export function checkPdfStreams(path: string, at: Location | undefined, bytes: Uint8Array, budget: Budget): { largestImage: number } {
	const limit = budget.limits.pdfMegabytes * megabyte;
	let total = 0;
	let largestImage = 0;
	for (let start = indexOf(bytes, 'stream', 0); start >= 0; start = indexOf(bytes, 'stream', start + 6)) {
		// "endstream" is the end of one, not the start of another.
		if (start >= 3 && latin1.decode(bytes.subarray(start - 3, start)) === 'end') continue;
		let data = start + 6;
		if (bytes[data] === 0x0d) data++;
		if (bytes[data] !== 0x0a) continue;
		data++;
		const dictionary = latin1.decode(bytes.subarray(Math.max(0, start - 2048), start));
		const own = dictionary.slice(dictionary.lastIndexOf(' obj'));
		if (/\/Subtype\s*\/Image/.test(own)) {
			const width = Number(/\/Width\s+(\d+)(?!\s+\d+\s+R)/.exec(own)?.[1] ?? Number.NaN);
			const height = Number(/\/Height\s+(\d+)(?!\s+\d+\s+R)/.exec(own)?.[1] ?? Number.NaN);
			largestImage = Math.max(largestImage, Number.isFinite(width * height) ? width * height : Infinity);
			continue;
		}
		if (!/\/FlateDecode/.test(own)) continue;
		checkTime(budget, path, at);
		const room = limit - total;
		try {
			total += inflateSync(bytes.subarray(data), { maxOutputLength: Math.max(1, room), finishFlush: constants.Z_SYNC_FLUSH }).length;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw overLimit(path, at, 'pdfMegabytes', budget.limits);
			// Not zlib data after all, or damaged: pdf.js says what it makes of it.
		}
	}
	return { largestImage };
}

/** The offset of `word` (ASCII) in `bytes` from `from`, or -1. */
function indexOf(bytes: Uint8Array, word: string, from: number): number {
	return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(word, from, 'latin1');
}
