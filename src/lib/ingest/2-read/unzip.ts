import { crc32, inflateRawSync } from 'node:zlib';
import { defaultLimits, type LimitName, type Limits } from '../../../schemas/limits.ts';

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

/** A zip that must not be unpacked: over a limit. Never a damaged zip, so no recovery is tried. */
export class ZipOverLimit extends Error {
	override name = 'ZipOverLimit';
	readonly limit: Extract<LimitName, 'zipMegabytes' | 'entryMegabytes' | 'zipEntries'>;
	/** What the zip has, in the limit's unit; undefined where it was stopped while inflating. */
	readonly found: number | undefined;
	readonly entry: string | undefined;

	constructor(limit: ZipOverLimit['limit'], found: number | undefined, entry?: string) {
		super(`zip-filen er over grænsen ${limit}${entry ? ` (${entry})` : ''}`);
		this.limit = limit;
		this.found = found;
		this.entry = entry;
	}
}

/** A zip that holds what no editor means to publish: a symbolic link, an encrypted entry, an unknown compression. */
export class ZipRefused extends Error {
	override name = 'ZipRefused';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const megabyte = 1_000_000;
const megabytes = (bytes: number) => Math.round((bytes / megabyte) * 10) / 10;

/**
 * A name as the zip's creator meant it. macOS writes UTF-8 names (decomposed, NFD) without the
 * UTF-8 flag, which then read as Latin-1: read the bytes again as UTF-8 where they are valid
 * UTF-8, and normalise to NFC so that "å" is one character as everywhere else.
 */
function decodeName(raw: Uint8Array, flags: number): string {
	if (flags & 0x800) return new TextDecoder().decode(raw).normalize('NFC');
	const name = Buffer.from(raw).toString('latin1');
	let decoded = name;
	if (/[\u0080-\u00ff]/.test(name)) {
		try {
			decoded = utf8.decode(raw);
		} catch {
			// Not UTF-8 after all: a real Latin-1 (or CP437) name.
		}
	}
	return decoded.normalize('NFC');
}

/** Folders, and the resource forks macOS adds (`__MACOSX/`, `._name`), are not content. */
const isContent = (name: string) => !name.endsWith('/') && !name.startsWith('__MACOSX/') && !/(?:^|\/)\._/.test(name) && !/(?:^|\/)\.DS_Store$/.test(name);

/**
 * Whether the central directory marks an entry as a symbolic link: a Unix mode (hosts 3, Unix, and
 * 19, macOS) of S_IFLNK in the high half of the external attributes, or a Windows reparse point.
 */
function isLink(madeBy: number, external: number): boolean {
	const host = madeBy >> 8;
	if (host === 3 || host === 19) return ((external >>> 16) & 0o170000) === 0o120000;
	if (host === 0 || host === 10 || host === 11 || host === 14) return (external & 0x400) !== 0;
	return false;
}

interface DirectoryEntry {
	name: string;
	flags: number;
	method: number;
	crc: number;
	compressed: number;
	size: number;
	offset: number;
	link: boolean;
}

/** The end of central directory record, zip64's where the classic one overflows. */
function endOfDirectory(view: DataView): { count: number; offset: number; size: number } {
	const length = view.byteLength;
	for (let at = length - 22; at >= Math.max(0, length - 22 - 0xffff); at--) {
		if (view.getUint32(at, true) !== 0x06054b50) continue;
		let count = view.getUint16(at + 10, true);
		let size = view.getUint32(at + 12, true);
		let offset = view.getUint32(at + 16, true);
		if ((count === 0xffff || size === 0xffffffff || offset === 0xffffffff) && at >= 20 && view.getUint32(at - 20, true) === 0x07064b50) {
			const zip64 = Number(view.getBigUint64(at - 12, true));
			if (zip64 + 56 > length || view.getUint32(zip64, true) !== 0x06064b50) throw new Error('zip64-indholdsfortegnelsen mangler');
			count = Number(view.getBigUint64(zip64 + 32, true));
			size = Number(view.getBigUint64(zip64 + 40, true));
			offset = Number(view.getBigUint64(zip64 + 48, true));
		}
		return { count, offset, size };
	}
	throw new Error('zip-filen har ingen indholdsfortegnelse');
}

/** The central directory's entries, counted against the limit before any is read. */
function directory(bytes: Uint8Array, limits: Limits): DirectoryEntry[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const end = endOfDirectory(view);
	if (end.count > limits.zipEntries) throw new ZipOverLimit('zipEntries', end.count);
	if (end.offset + end.size > bytes.length) throw new Error('zip-filens indholdsfortegnelse er afkortet');
	const entries: DirectoryEntry[] = [];
	let at = end.offset;
	for (let index = 0; index < end.count; index++) {
		if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw new Error('zip-filens indholdsfortegnelse er beskadiget');
		const nameLength = view.getUint16(at + 28, true);
		const extraLength = view.getUint16(at + 30, true);
		const commentLength = view.getUint16(at + 32, true);
		let compressed = view.getUint32(at + 20, true);
		let size = view.getUint32(at + 24, true);
		let offset = view.getUint32(at + 42, true);
		// Zip64: the sizes and offset that overflow 32 bits are in the extra field, in this order.
		for (let extra = at + 46 + nameLength; extra + 4 <= at + 46 + nameLength + extraLength; ) {
			const id = view.getUint16(extra, true);
			const length = view.getUint16(extra + 2, true);
			if (id === 0x0001) {
				let field = extra + 4;
				const next = () => Number(view.getBigUint64((field += 8) - 8, true));
				if (size === 0xffffffff) size = next();
				if (compressed === 0xffffffff) compressed = next();
				if (offset === 0xffffffff) offset = next();
			}
			extra += 4 + length;
		}
		const flags = view.getUint16(at + 8, true);
		entries.push({
			name: decodeName(bytes.subarray(at + 46, at + 46 + nameLength), flags),
			flags,
			method: view.getUint16(at + 10, true),
			crc: view.getUint32(at + 16, true),
			compressed,
			size,
			offset,
			link: isLink(view.getUint16(at + 4, true), view.getUint32(at + 38, true)),
		});
		at += 46 + nameLength + extraLength + commentLength;
	}
	return entries;
}

/**
 * Inflates at most `room` bytes: a header can lie about the size, so the limit holds while
 * inflating, not only before.
 */
function inflate(data: Uint8Array, room: number, entry: string, limits: Limits, total: number): Uint8Array {
	try {
		return new Uint8Array(inflateRawSync(data, { maxOutputLength: Math.max(1, room) }));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') throw error;
		const entryRoom = limits.entryMegabytes * megabyte;
		throw room >= entryRoom ? new ZipOverLimit('entryMegabytes', undefined, entry) : new ZipOverLimit('zipMegabytes', megabytes(total + room), entry);
	}
}

function refuseEntry(entry: DirectoryEntry, data: () => Uint8Array): void {
	if (entry.link) {
		let target = '';
		try {
			target = new TextDecoder().decode(data().subarray(0, 4096));
		} catch {
			// The target cannot be read; the link is refused all the same.
		}
		throw new ZipRefused(`zip-filen indeholder en symbolsk henvisning (symlink), ${entry.name}${target ? ` → ${target}` : ''}; en pakke skal indeholde selve filerne. Pak dem ud, erstat henvisningen med filen, og pak igen, eller hent pakken igen fra kommunens side`);
	}
	if (entry.flags & 1) throw new ZipRefused(`${entry.name} i zip-filen er krypteret med en adgangskode; pak den ud med adgangskoden, og læg filen uden kryptering`);
	if (entry.method !== 0 && entry.method !== 8) throw new ZipRefused(`${entry.name} i zip-filen er pakket med en metode (nr. ${entry.method}), som ikke kan læses; pak filerne ud, og pak dem igen som almindelig zip`);
}

/** The data of an entry, found through its local header. */
function entryData(bytes: Uint8Array, entry: DirectoryEntry): Uint8Array {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (entry.offset + 30 > bytes.length || view.getUint32(entry.offset, true) !== 0x04034b50) throw new Error(`${entry.name}: lokalt hoved mangler`);
	const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
	if (start + entry.compressed > bytes.length) throw new Error(`${entry.name}: afkortet`);
	return bytes.subarray(start, start + entry.compressed);
}

/** Reads through the central directory, within the limits. */
function fromDirectory(bytes: Uint8Array, limits: Limits): ZipEntry[] {
	const entries = directory(bytes, limits);
	const content = entries.filter((entry) => isContent(entry.name));
	for (const entry of entries) refuseEntry(entry, () => (entry.method === 8 ? inflate(entryData(bytes, entry), 4096, entry.name, limits, 0) : entryData(bytes, entry)));
	// What the headers declare is checked before anything is inflated.
	const entryLimit = limits.entryMegabytes * megabyte;
	const totalLimit = limits.zipMegabytes * megabyte;
	const large = content.find((entry) => entry.size > entryLimit);
	if (large) throw new ZipOverLimit('entryMegabytes', megabytes(large.size), large.name);
	const declared = content.reduce((sum, entry) => sum + entry.size, 0);
	if (declared > totalLimit) throw new ZipOverLimit('zipMegabytes', megabytes(declared));
	const files = new Map<string, Uint8Array>();
	let total = 0;
	for (const entry of content) {
		const data = entryData(bytes, entry);
		const room = Math.min(entryLimit, totalLimit - total);
		const inflated = entry.method === 0 ? data : inflate(data, room, entry.name, limits, total);
		if (inflated.length !== entry.size || crc32(inflated) !== entry.crc) throw new Error(`${entry.name}: beskadiget`);
		total += inflated.length;
		files.set(entry.name, inflated);
	}
	return [...files].map(([name, data]) => ({ name, bytes: data }));
}

/**
 * Reads the entries from their local headers, for a zip whose central directory is missing (a
 * download cut short). An entry whose data is cut off or fails its checksum is left out and named.
 * Local headers carry no file type, so a link cannot be told here; the limits hold all the same.
 */
function fromLocalHeaders(bytes: Uint8Array, limits: Limits): Unzipped {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const entries: ZipEntry[] = [];
	const lost: string[] = [];
	const entryLimit = limits.entryMegabytes * megabyte;
	const totalLimit = limits.zipMegabytes * megabyte;
	let total = 0;
	let count = 0;
	let offset = 0;
	while (offset + 30 <= bytes.length && view.getUint32(offset, true) === 0x04034b50) {
		if (++count > limits.zipEntries) throw new ZipOverLimit('zipEntries', undefined);
		const flags = view.getUint16(offset + 6, true);
		const method = view.getUint16(offset + 8, true);
		const expectedCrc = view.getUint32(offset + 14, true);
		const compressed = view.getUint32(offset + 18, true);
		const size = view.getUint32(offset + 22, true);
		const nameLength = view.getUint16(offset + 26, true);
		const extraLength = view.getUint16(offset + 28, true);
		const name = decodeName(bytes.subarray(offset + 30, offset + 30 + nameLength), flags);
		const start = offset + 30 + nameLength + extraLength;
		// Sizes written after the data (flag 8) are not known here: the data then runs to the next header.
		const end = flags & 8 ? findNext(bytes, start, [0x0304, 0x0102, 0x0708]) : start + compressed;
		offset = flags & 8 ? findNext(bytes, end, [0x0304]) : end;
		if (!isContent(name)) continue;
		if (!(flags & 8) && size > entryLimit) throw new ZipOverLimit('entryMegabytes', megabytes(size), name);
		try {
			if (end > bytes.length) throw new Error('afkortet');
			const data = method === 0 ? bytes.slice(start, end) : method === 8 ? inflate(bytes.subarray(start, end), Math.min(entryLimit, totalLimit - total), name, limits, total) : undefined;
			if (!data || (!(flags & 8) && (data.length !== size || crc32(data) !== expectedCrc))) throw new Error('beskadiget');
			if (data.length > entryLimit) throw new ZipOverLimit('entryMegabytes', megabytes(data.length), name);
			total += data.length;
			if (total > totalLimit) throw new ZipOverLimit('zipMegabytes', megabytes(total));
			entries.push({ name, bytes: data });
		} catch (error) {
			if (error instanceof ZipOverLimit) throw error;
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
 * The content entries of a zip (a publication package, a Word file), within `limits`: the count
 * of entries, each entry's size and the total, checked against the headers before inflating and
 * held while inflating, so a zip bomb costs at most the limit. A zip without its central directory
 * is read from its local headers instead of refused; the caller says so to the editor. Throws
 * ZipOverLimit or ZipRefused for a zip that must not be read, and an Error when nothing can be read.
 */
export function unzip(bytes: Uint8Array, limits: Limits = defaultLimits): Unzipped {
	try {
		return { entries: fromDirectory(bytes, limits) };
	} catch (error) {
		if (error instanceof ZipOverLimit || error instanceof ZipRefused) throw error;
		const recovered = fromLocalHeaders(bytes, limits);
		if (recovered.entries.length === 0) throw new Error('zip-filen kan ikke læses: hverken dens indholdsfortegnelse eller dens filer er hele', { cause: error });
		return recovered;
	}
}
