import { describe, expect, test } from 'vitest';
import { decodeText } from '../../src/lib/ingest/2-read/decode-text.ts';
import { IngestError } from '../../src/lib/ingest/ingest-error.ts';
import { toSourceLines } from '../../src/lib/ingest/2-read/source-lines.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
	test('reads UTF-8 and strips a BOM', () => {
		expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Mødedato')]), 'x')).toEqual({ text: 'Mødedato', encoding: 'utf-8' });
	});

	test('reads Windows-1252 (and so Latin-1) when the bytes are not UTF-8', () => {
		// "Mødested – Rådhus" in Windows-1252: ø = F8, – = 96, å = E5.
		const text = decodeText(bytes(0x4d, 0xf8, 0x64, 0x65, 0x73, 0x74, 0x65, 0x64, 0x20, 0x96, 0x20, 0x52, 0xe5, 0x64, 0x68, 0x75, 0x73), 'x');
		expect(text).toEqual({ text: 'Mødested – Rådhus', encoding: 'windows-1252' });
	});

	test.each([
		['an empty file', new Uint8Array(), /filen er tom/],
		['a file of white space', utf8(' \r\n\t\n'), /kun blanktegn/],
		['a binary file', bytes(0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02), /binær/],
		['control-character noise', bytes(...Array.from({ length: 40 }, (_, i) => (i % 2 ? 0x01 : 0x41))), /ligner ikke tekst/],
	])('refuses %s with a message saying what to do', (_, input, message) => {
		let error: unknown;
		try {
			decodeText(input, 'content/raw/stevns/x.txt');
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(IngestError);
		expect((error as IngestError).format()).toMatch(/^content\/raw\/stevns\/x\.txt: /);
		expect((error as IngestError).message).toMatch(message);
	});
});

describe('toSourceLines', () => {
	test('normalises CRLF, CR, NBSP and invisible characters, and keeps line numbers', () => {
		expect(toSourceLines('a\r\nb\u00a0\u00a0c\rd\u00ad\uf0b7\n\u00a0  e')).toEqual([
			{ n: 1, text: 'a', indent: 0 },
			{ n: 2, text: 'b c', indent: 0 },
			{ n: 3, text: 'd', indent: 0 },
			{ n: 4, text: '   e', indent: 3 },
		]);
	});
});
