/**
 * A small, valid PDF for tests: one page per entry, each line of text set in Helvetica (WinAnsi,
 * so Danish letters work) from the top of an A4 page; a line starting with "# " is set bold and
 * larger, as a heading; a line starting with "@ " is set at the foot of the page, as a footer. A
 * page given as `null` holds a drawing and no text at all, as a scan does.
 */
export function makePdf(pages: readonly (readonly string[] | null)[]): Uint8Array {
	const objects: string[] = [];
	const add = (body: string) => objects.push(body) + 2; // object numbers from 3; 1 and 2 are catalog and pages
	const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
	const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
	const escape = (text: string) => text.replace(/[\\()]/g, (char) => `\\${char}`);
	const pageIds = pages.map((lines) => {
		let content: string;
		if (lines === null) content = '0.5 g 72 600 m 300 600 l 300 760 l 72 760 l f';
		else {
			let y = 800;
			let previousHeading = false;
			content = lines
				.map((line) => {
					if (line.startsWith('@ ')) return `BT /F1 9 Tf 72 40 Td (${escape(line.slice(2))}) Tj ET`;
					const heading = line.startsWith('# ');
					const size = heading ? 14 : 11;
					// A heading wrapped onto a second line sits at its line spacing.
					y -= heading ? (previousHeading ? 17 : 24) : 15;
					previousHeading = heading;
					return `BT /F${heading ? 2 : 1} ${size} Tf 72 ${y} Td (${escape(heading ? line.slice(2) : line)}) Tj ET`;
				})
				.join('\n');
		}
		const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
		return add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents ${stream} 0 R >>`);
	});
	return writePdf(objects, pageIds);
}

/**
 * The file around a test PDF's objects (numbered from 3) and pages: catalog (1), page tree (2),
 * the cross-reference table and the trailer, all in Latin-1.
 */
export function writePdf(objects: readonly string[], pageIds: readonly number[]): Uint8Array {
	const all = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`, ...objects];
	let pdf = '%PDF-1.4\n';
	const offsets: number[] = [];
	all.forEach((body, index) => {
		offsets.push(Buffer.byteLength(pdf, 'latin1'));
		pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
	});
	const xref = Buffer.byteLength(pdf, 'latin1');
	pdf += `xref\n0 ${all.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
	pdf += `trailer\n<< /Size ${all.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return new Uint8Array(Buffer.from(pdf, 'latin1'));
}
