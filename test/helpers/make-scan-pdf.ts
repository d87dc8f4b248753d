import { deflateSync } from 'node:zlib';
import { writePdf } from './make-pdf.ts';

/** One page of a scanned PDF for tests: text set at its place, and how the page carries it. */
export interface ScanPage {
	/**
	 * `mode3`: a full-page image, then the text in render mode 3 (invisible), as OCR tools write it;
	 * `under`: the text first, then the full-page image over it, as archives' tools write it;
	 * `typed`: the text visible, no image (a transcription page); `logo`: visible text and a small image.
	 */
	kind: 'mode3' | 'under' | 'typed' | 'logo';
	/** Lines as [x, y, text], in the order they are written into the page. */
	lines: readonly (readonly [number, number, string])[];
}

/**
 * A small, valid PDF of scanned pages: each page's "scan" is a grey image drawn over the whole
 * A4 page (its pixels do not matter: the reader never looks at them), with its text in Helvetica.
 */
export function makeScanPdf(pages: readonly ScanPage[]): Uint8Array {
	const objects: string[] = [];
	const add = (body: string) => objects.push(body) + 2;
	const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
	// As large as a scanned page (1000 × 1000 px: the reader looks at pages only where an image is), grey, deflated to a kilobyte.
	const pixels = deflateSync(Buffer.alloc(1000 * 1000, 0xc0)).toString('latin1');
	const image = add(`<< /Type /XObject /Subtype /Image /Width 1000 /Height 1000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${pixels.length} >>\nstream\n${pixels}\nendstream`);
	const escape = (text: string) => text.replace(/[\\()]/g, (char) => `\\${char}`);
	const pageIds = pages.map(({ kind, lines }) => {
		const text = (mode: number) => lines.map(([x, y, line]) => `BT ${mode} Tr /F1 11 Tf ${x} ${y} Td (${escape(line)}) Tj ET`).join('\n');
		const scan = 'q 595 0 0 842 0 0 cm /Im1 Do Q';
		const content = { mode3: `${scan}\n${text(3)}`, under: `${text(0)}\n${scan}`, typed: text(0), logo: `q 60 0 0 30 480 790 cm /Im1 Do Q\n${text(0)}` }[kind];
		const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
		return add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >> /Contents ${stream} 0 R >>`);
	});
	return writePdf(objects, pageIds);
}
