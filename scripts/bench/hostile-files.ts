import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * Hostile files, made at run time so that no bomb is ever committed: zips written byte by byte (so
 * that a test can set what a real zip tool would not: sizes that lie, names that climb out, entries
 * that are links), deflate streams of gigabytes that take megabytes, and XML that expands.
 */
export interface ZipMember {
	name: string;
	/** The bytes as stored: already deflated when `method` is 8 and `deflated` is set. */
	data: Uint8Array;
	/** 8 deflates `data` unless `deflated`; 0 stores it. */
	method?: 0 | 8;
	deflated?: boolean;
	/** The size the headers declare; the real size when left out. */
	declaredSize?: number;
	/** A Unix mode for the central directory's external attributes, e.g. 0o120777 for a link. */
	unixMode?: number;
	crc?: number;
}

const u16 = (value: number) => Buffer.from([value & 0xff, (value >> 8) & 0xff]);
const u32 = (value: number) => {
	const buffer = Buffer.alloc(4);
	buffer.writeUInt32LE(value >>> 0);
	return buffer;
};

/** A zip as the members say, with a central directory (or without one, `cut`). */
export function writeZip(members: readonly ZipMember[], { cut = false } = {}): Uint8Array {
	const locals: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	for (const member of members) {
		const method = member.method ?? 8;
		const stored = method === 8 && !member.deflated ? deflateRawSync(member.data) : Buffer.from(member.data);
		const size = member.declaredSize ?? (member.deflated ? 0 : member.data.length);
		const crc = member.crc ?? (member.deflated ? 0 : crc32(member.data));
		const name = Buffer.from(member.name, 'utf8');
		const common = Buffer.concat([u16(20), u16(0x800), u16(method), u16(0), u16(0x21), u32(crc), u32(stored.length), u32(size), u16(name.length), u16(0)]);
		const local = Buffer.concat([u32(0x04034b50), common, name, stored]);
		const madeBy = member.unixMode === undefined ? 20 : (3 << 8) | 20;
		central.push(Buffer.concat([u32(0x02014b50), u16(madeBy), common, u16(0), u16(0), u16(0), u32(((member.unixMode ?? 0) << 16) >>> 0), u32(offset), name]));
		locals.push(local);
		offset += local.length;
	}
	if (cut) return new Uint8Array(Buffer.concat(locals));
	const directory = Buffer.concat(central);
	const count = members.length;
	// More entries than 16 bits hold: zip64's end record and its locator, as zip tools write them.
	const u64 = (value: number) => {
		const buffer = Buffer.alloc(8);
		buffer.writeBigUInt64LE(BigInt(value));
		return buffer;
	};
	const zip64 =
		count > 0xffff
			? Buffer.concat([u32(0x06064b50), u64(44), u16(45), u16(45), u32(0), u32(0), u64(count), u64(count), u64(directory.length), u64(offset), u32(0x07064b50), u32(0), u64(offset + directory.length), u32(1)])
			: Buffer.alloc(0);
	const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(Math.min(count, 0xffff)), u16(Math.min(count, 0xffff)), u32(directory.length), u32(offset), u16(0)]);
	return new Uint8Array(Buffer.concat([...locals, directory, zip64, end]));
}

/**
 * A raw deflate stream of `megabytes` MB of zeros, some thousand times smaller: one megabyte
 * deflated with a sync flush (byte-aligned, not final) repeats as often as asked, and an empty
 * final block ends it. Nothing of that size is ever held here.
 */
export function deflatedZeros(megabytes: number): Uint8Array {
	const chunk = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_SYNC_FLUSH, level: 9 });
	return new Uint8Array(Buffer.concat([...Array.from({ length: megabytes }, () => chunk), Buffer.from([0x03, 0x00])]));
}

/** "Billion laughs": ten levels of entities, each ten of the one before, some 3 GB when expanded. */
export function billionLaughs(root: string, inner = ''): string {
	const entities = ['<!ENTITY lol0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`)];
	return `<?xml version="1.0"?>\n<!DOCTYPE ${root} [\n${entities.join('\n')}\n]>\n<${root}>${inner}&lol9;</${root}>\n`;
}

/** XML that names a file of the machine as an external entity. */
export function externalEntity(root: string, target: string, inner = ''): string {
	return `<?xml version="1.0"?>\n<!DOCTYPE ${root} [\n<!ENTITY secret SYSTEM "file://${target}">\n]>\n<${root}>${inner}&secret;</${root}>\n`;
}

/** A minimal Word file around `documentXml`, with any `extra` parts. */
export function docxOf(documentXml: string, extra: readonly ZipMember[] = []): Uint8Array {
	const text = (value: string) => new TextEncoder().encode(value);
	return writeZip([
		{ name: '[Content_Types].xml', data: text('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>') },
		{ name: '_rels/.rels', data: text('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>') },
		{ name: 'word/document.xml', data: text(documentXml) },
		...extra,
	]);
}

/** A Word document body of paragraphs. */
export const wordDocument = (paragraphs: readonly string[]) =>
	`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`;

/** Bytes that no reader knows, the same every run. */
export function noise(length: number, seed = 1): Uint8Array {
	const bytes = new Uint8Array(length);
	let state = seed;
	for (let i = 0; i < length; i++) {
		state = (state * 1103515245 + 12345) >>> 0;
		bytes[i] = state >>> 24;
	}
	return bytes;
}

/** A stack trace's frame, which no editor should ever see. */
export const stackFrame = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

/**
 * A PDF of one page whose content stream inflates to `megabytes` MB of zeros (FlateDecode, some
 * thousand times smaller): a zip bomb inside a PDF. The zlib checksum is left at 0; nothing of that
 * size is held here.
 */
export function pdfStreamBomb(megabytes: number): Uint8Array {
	const deflated = Buffer.concat([Buffer.from([0x78, 0x9c]), Buffer.from(deflatedZeros(megabytes)), Buffer.alloc(4)]);
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
		`<< /Length ${deflated.length} /Filter /FlateDecode >>\nstream\n`,
	];
	const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
	const offsets: number[] = [];
	let length = parts[0]!.length;
	objects.forEach((body, index) => {
		offsets.push(length);
		const part = index === 3 ? Buffer.concat([Buffer.from(`${index + 1} 0 obj\n${body}`, 'latin1'), deflated, Buffer.from('\nendstream\nendobj\n', 'latin1')]) : Buffer.from(`${index + 1} 0 obj\n${body}\nendobj\n`, 'latin1');
		parts.push(part);
		length += part.length;
	});
	parts.push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
	return new Uint8Array(Buffer.concat(parts));
}
