import { unzipSync } from 'fflate';
import { crc32, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
	/** The entry's name, decoded as UTF-8 and normalised to NFC. */
	name: string;
	bytes: Uint8Array;
}

export interface Unzipped {
	entries: ZipEntry[];
	/** Set when the zip had no readable central directory and its entries were read from their local headers. */
	recovered?: { lost: string[] };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A name as the zip's creator meant it. macOS writes UTF-8 names (decomposed, NFD) without the
 * UTF-8 flag, and fflate then reads them as Latin-1: read the bytes again as UTF-8 where they are
 * valid UTF-8, and normalise to NFC so that "å" is one character as everywhere else.
 */
function decodeName(name: string): string {
	let decoded = name;
	if (/[\u0080-\u00ff]/.test(name) && [...name].every((char) => char.charCodeAt(0) < 256)) {
		try {
			decoded = utf8.decode(Buffer.from(name, 'latin1'));
		} catch {
			// Not UTF-8 after all: a real Latin-1 (or CP437) name.
		}
	}
	return decoded.normalize('NFC');
}

/** Folders, and the resource forks macOS adds (`__MACOSX/`, `._name`), are not content. */
const isContent = (name: string) => !name.endsWith('/') && !name.startsWith('__MACOSX/') && !/(?:^|\/)\._/.test(name) && !/(?:^|\/)\.DS_Store$/.test(name);

/**
 * Reads the entries from their local headers, for a zip whose central directory is missing (a
 * download cut short). An entry whose data is cut off or fails its checksum is left out and named.
 */
function fromLocalHeaders(bytes: Uint8Array): Unzipped {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const entries: ZipEntry[] = [];
	const lost: string[] = [];
	let offset = 0;
	while (offset + 30 <= bytes.length && view.getUint32(offset, true) === 0x04034b50) {
		const flags = view.getUint16(offset + 6, true);
		const method = view.getUint16(offset + 8, true);
		const expectedCrc = view.getUint32(offset + 14, true);
		const compressed = view.getUint32(offset + 18, true);
		const size = view.getUint32(offset + 22, true);
		const nameLength = view.getUint16(offset + 26, true);
		const extraLength = view.getUint16(offset + 28, true);
		const rawName = bytes.subarray(offset + 30, offset + 30 + nameLength);
		const name = decodeName(flags & 2048 ? new TextDecoder().decode(rawName) : Buffer.from(rawName).toString('latin1'));
		const start = offset + 30 + nameLength + extraLength;
		// Sizes written after the data (flag 8) are not known here: the data then runs to the next header.
		const end = flags & 8 ? findNext(bytes, start, [0x0304, 0x0102, 0x0708]) : start + compressed;
		offset = flags & 8 ? findNext(bytes, end, [0x0304]) : end;
		if (!isContent(name)) continue;
		try {
			if (end > bytes.length) throw new Error('afkortet');
			const data = method === 0 ? bytes.slice(start, end) : method === 8 ? new Uint8Array(inflateRawSync(bytes.subarray(start, end))) : undefined;
			if (!data || (!(flags & 8) && (data.length !== size || crc32(data) !== expectedCrc))) throw new Error('beskadiget');
			entries.push({ name, bytes: data });
		} catch {
			lost.push(name);
		}
	}
	return { entries, recovered: { lost } };
}

/** The offset of the next signature `PK` + one of `kinds` (local header 0x0304, central directory 0x0102, data descriptor 0x0708). */
function findNext(bytes: Uint8Array, from: number, kinds: readonly number[]): number {
	for (let i = from; i + 4 <= bytes.length; i++) {
		if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && kinds.includes(bytes[i + 2]! | (bytes[i + 3]! << 8))) return i;
	}
	return bytes.length;
}

/**
 * The content entries of a zip (a publication package, a Word file). A zip without its central
 * directory is read from its local headers instead of refused; the caller says so to the editor.
 * Throws when nothing can be read.
 */
export function unzip(bytes: Uint8Array): Unzipped {
	try {
		const files = unzipSync(bytes, { filter: (file) => isContent(decodeName(file.name)) });
		return { entries: Object.entries(files).map(([name, data]) => ({ name: decodeName(name), bytes: data })) };
	} catch (error) {
		const recovered = fromLocalHeaders(bytes);
		if (recovered.entries.length === 0) throw new Error('zip-filen kan ikke læses: hverken dens indholdsfortegnelse eller dens filer er hele', { cause: error });
		return recovered;
	}
}
