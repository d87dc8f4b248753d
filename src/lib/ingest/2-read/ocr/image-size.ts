/** The image formats a scan comes in, by their first bytes. */
export type ImageKind = 'png' | 'jpeg' | 'tiff';

export function imageKind(bytes: Uint8Array): ImageKind | undefined {
	if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
	if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
	if ((bytes[0] === 0x49 && bytes[1] === 0x49 && bytes[2] === 0x2a && bytes[3] === 0) || (bytes[0] === 0x4d && bytes[1] === 0x4d && bytes[2] === 0 && bytes[3] === 0x2a)) return 'tiff';
	return undefined;
}

/**
 * An image's size in pixels, from its header: PNG's IHDR, JPEG's frame header (SOF), TIFF's first
 * directory. `undefined` for a header that does not hold one (a damaged or cut-off file).
 */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | undefined {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const kind = imageKind(bytes);
	try {
		if (kind === 'png') return nonZero(view.getUint32(16), view.getUint32(20));
		if (kind === 'jpeg') {
			for (let at = 2; at + 9 < bytes.length; ) {
				if (bytes[at] !== 0xff) return undefined;
				const marker = bytes[at + 1]!;
				// Frame headers: SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC).
				if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return nonZero(view.getUint16(at + 7), view.getUint16(at + 5));
				at += 2 + view.getUint16(at + 2);
			}
			return undefined;
		}
		if (kind === 'tiff') {
			const little = bytes[0] === 0x49;
			const directory = view.getUint32(4, little);
			const count = view.getUint16(directory, little);
			const size: Record<number, number> = {};
			for (let i = 0; i < count; i++) {
				const entry = directory + 2 + i * 12;
				const tag = view.getUint16(entry, little);
				if (tag !== 256 && tag !== 257) continue;
				size[tag] = view.getUint16(entry + 2, little) === 3 ? view.getUint16(entry + 8, little) : view.getUint32(entry + 8, little);
			}
			return nonZero(size[256] ?? 0, size[257] ?? 0);
		}
	} catch (error) {
		if (error instanceof RangeError) return undefined;
		throw error;
	}
	return undefined;
}

const nonZero = (width: number, height: number) => (width > 0 && height > 0 ? { width, height } : undefined);
