/** A page of a scan: a JPEG and the page size it is printed at, in points. */
export interface ImagePage {
	jpeg: Uint8Array;
	/** The image's size in pixels. */
	pixels: { width: number; height: number };
	/** The page's size in points (595 × 842 for A4). */
	points: { width: number; height: number };
}

/**
 * An image-only PDF, as a scanner writes it: one JPEG (DCTDecode) filling each page, and no text
 * layer at all. Hand-written, so the fixtures need no PDF library.
 */
export function makeImagePdf(pages: readonly ImagePage[]): Uint8Array {
	const parts: Buffer[] = [];
	const offsets: number[] = [];
	let length = 0;
	const push = (part: string | Uint8Array) => {
		const buffer = typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part);
		parts.push(buffer);
		length += buffer.length;
	};
	const object = (id: number, body: string, stream?: Uint8Array) => {
		offsets[id] = length;
		push(`${id} 0 obj\n${body}\n`);
		if (stream) {
			push('stream\n');
			push(stream);
			push('\nendstream\n');
		}
		push('endobj\n');
	};
	push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
	// 1 catalog, 2 pages; each page takes three objects: the page, its content, its image.
	const pageId = (index: number) => 3 + index * 3;
	object(1, '<< /Type /Catalog /Pages 2 0 R >>');
	object(2, `<< /Type /Pages /Kids [${pages.map((_, index) => `${pageId(index)} 0 R`).join(' ')}] /Count ${pages.length} >>`);
	pages.forEach((page, index) => {
		const id = pageId(index);
		const { width, height } = page.points;
		const content = Buffer.from(`q ${width} 0 0 ${height} 0 0 cm /Im0 Do Q`, 'latin1');
		object(id, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /XObject << /Im0 ${id + 2} 0 R >> >> /Contents ${id + 1} 0 R >>`);
		object(id + 1, `<< /Length ${content.length} >>`, content);
		object(id + 2, `<< /Type /XObject /Subtype /Image /Width ${page.pixels.width} /Height ${page.pixels.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.length} >>`, page.jpeg);
	});
	const count = 3 + pages.length * 3;
	const xref = length;
	push(`xref\n0 ${count}\n0000000000 65535 f \n`);
	for (let id = 1; id < count; id++) push(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`);
	push(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
	return new Uint8Array(Buffer.concat(parts));
}

/**
 * An image-only PDF of `count` A4 pages, each a small grey JPEG: for tests whose engine is a
 * stand-in, where only the shape of a scan matters. The JPEG is drawn with pdf.js's own canvas.
 */
export async function blankScanPdf(count: number): Promise<Uint8Array> {
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const { makePdf } = await import('./make-pdf.ts');
	const task = getDocument({ data: makePdf([['x']]), verbosity: 0 });
	const pdf = await task.promise;
	const surface = (pdf.canvasFactory as { create(width: number, height: number): { canvas: { toBuffer(type: string, quality?: number): Buffer }; context: { fillStyle: string; fillRect(...box: number[]): void } } }).create(60, 85);
	surface.context.fillStyle = 'rgb(200,200,200)';
	surface.context.fillRect(10, 10, 40, 5);
	const jpeg = new Uint8Array(surface.canvas.toBuffer('image/jpeg', 80));
	await task.destroy();
	return makeImagePdf(Array.from({ length: count }, () => ({ jpeg, pixels: { width: 60, height: 85 }, points: { width: 595, height: 842 } })));
}
