import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.d.ts';
import { describe, expect, test } from 'vitest';
import { unitsOf } from '../../src/lib/ingest/2-read/document/units.ts';
import { readPdf } from '../../src/lib/ingest/2-read/pdf-reader.ts';
import { inkOf, isScanWithText, layerLines, pageList, repeats } from '../../src/lib/ingest/2-read/pdf-text-layer.ts';
import { words } from '../../src/lib/ingest/words.ts';
import { makePdf } from '../helpers/make-pdf.ts';
import { makeScanPdf, type ScanPage } from '../helpers/make-scan-pdf.ts';

/**
 * Scans with a text layer, as a kind: the layer invisible by render mode or under the image, with
 * or without a typed page after each scan; and what is not one (visible text beside a logo, a
 * typed page alone, a scan without text).
 */

const glyphs = (text: string) => [[...text].map((unicode) => ({ unicode }))];
const page = [0, 0, 595, 842];
const ops = (...list: [number, unknown[]][]) => ({ fnArray: list.map(([fn]) => fn), argsArray: list.map(([, args]) => args) });
const fullImage: [number, unknown[]][] = [[OPS.save, []], [OPS.transform, [595, 0, 0, 842, 0, 0]], [OPS.paintImageXObject, ['img', 2, 2]], [OPS.restore, []]];

describe('the ink of a page (its operator list)', () => {
	test.each([
		['invisible text over a full-page image', ops(...fullImage, [OPS.setTextRenderingMode, [3]], [OPS.showText, glyphs('Mødet hævet')]), true],
		['text under a full-page image', ops([OPS.showText, glyphs('Mødet hævet')], ...fullImage), true],
		['clip-only text (mode 7) over the image', ops(...fullImage, [OPS.setTextRenderingMode, [7]], [OPS.showText, glyphs('Mødet')]), true],
		['visible text over the image (a typed page with a background)', ops(...fullImage, [OPS.showText, glyphs('Mødet hævet')]), false],
		['a logo and visible text', ops([OPS.save, []], [OPS.transform, [60, 0, 0, 30, 480, 790]], [OPS.paintImageXObject, ['img', 2, 2]], [OPS.restore, []], [OPS.setTextRenderingMode, [3]], [OPS.showText, glyphs('x')]), false],
		['a scan without text', ops(...fullImage), false],
		['text alone', ops([OPS.showText, glyphs('Referat')]), false],
	])('%s: %s', (_, operators, scan) => {
		expect(isScanWithText(inkOf(operators, page))).toBe(scan);
	});

	test('the render mode is part of the graphics state: a restore brings the visible mode back', () => {
		const ink = inkOf(ops(...fullImage, [OPS.save, []], [OPS.setTextRenderingMode, [3]], [OPS.showText, glyphs('skjult')], [OPS.restore, []], [OPS.showText, glyphs('synlig')]), page);
		expect(ink).toEqual({ scanned: true, hidden: 6, visible: 6 });
	});
});

const item = (str: string, x: number, y: number, width = str.length * 6): TextItem => ({ str, dir: 'ltr', width, height: 12, transform: [12, 0, 0, 12, x, y], fontName: 'f', hasEOL: false });

describe('a layer read in the order it was written', () => {
	test('a case, then the decision written to its right and a little higher, make two paragraphs, case first', () => {
		const lines = layerLines([item('Ansøgning fra Sigurd Lassen', 100, 500), item('om Hjælp.', 100, 470), item('Bevilges ½ Del.', 400, 504), item('Mødet hævet.', 120, 400)], 1);
		expect(lines.map((line) => [line.segments[0], line.paragraph])).toEqual([
			['Ansøgning fra Sigurd Lassen', false],
			['om Hjælp.', false],
			['Bevilges ½ Del.', true],
			['Mødet hævet.', true],
		]);
		expect(new Set(lines.map((line) => line.size))).toEqual(new Set([12]));
	});

	test('a layer written word by word becomes lines, the words spaced; a piece at another column’s start is the next column', () => {
		const lines = layerLines([item('Valg', 100, 500, 24), item('af', 130, 500, 12), item('Formand.', 148, 500, 48), item('Kasserer', 100, 470, 48), item('ValdButtenschøn', 400, 530), item('Spliid', 400, 499), item('Jensen', 401, 440)], 1);
		expect(lines.map((line) => line.segments[0])).toEqual(['Valg af Formand.', 'Kasserer', 'ValdButtenschøn', 'Spliid', 'Jensen']);
	});

	test('a word written in above its line continues the paragraph', () => {
		const lines = layerLines([item('Sigurd Lassens', 40, 74, 125), item('Hustru', 147, 87, 49), item('ansøger om Hjælp', 180, 78), item('under Sygdom.', 34, 42)], 1);
		expect(lines.map((line) => line.paragraph)).toEqual([false, false, false, false]);
	});
});

test('a page repeats another when nearly all its words, as often, are there; a short page says too little', () => {
	const layer = words('Meddelelse fra Stiftamtet om Kommunernes Garantier ved Laan til Vandværker. Til Efterretning.');
	expect(repeats(words('Meddelelse fra Stiftamtet om Kommunernes Garantier ved Laan til Vandværker. Til Efterretning.'), layer)).toBe(true);
	expect(repeats(words('Meddelelse fra Stiftamtet om Kommunernes Garantier ved Lån til Vandværkerne. Til Efterretning.'), layer)).toBe(true);
	expect(repeats(words('Ansøgning fra Holger Elgaard om Sygekassekontingent. Udsættes, da han er slettet.'), layer)).toBe(false);
	expect(repeats(words('Til Efterretning.'), layer)).toBe(false);
	expect(pageList([1, 3, 5, 6, 7, 9])).toBe('1, 3, 5–7 og 9');
	expect(pageList([1, 2])).toBe('1 og 2');
});

const scanText: ScanPage['lines'] = [
	[100, 700, 'Aar 1942. den 6 Januar afholdtes Sogneraadsmøde'],
	[100, 680, 'Alle Medlemmer vare mødte'],
	[100, 640, 'Sigurd Lassen ansøger om Hjælp'],
	[100, 620, 'til Betaling af Sygekassekontingent.'],
	[380, 644, 'Bevilges halv Del.'],
];

describe('readPdf: each scan read once, from its layer', () => {
	test.each(['mode3', 'under'] as const)('a scan (%s) followed by its typed page: the typed page is left out, saying which page it repeats', async (kind) => {
		const document = await readPdf('scan.pdf', makeScanPdf([{ kind, lines: scanText }, { kind: 'typed', lines: scanText }]));
		const units = unitsOf(document.blocks).map((unit) => unit.text.trim());
		expect(units).toEqual(['Aar 1942. den 6 Januar afholdtes Sogneraadsmøde', 'Alle Medlemmer vare mødte', '', 'Sigurd Lassen ansøger om Hjælp', 'til Betaling af Sygekassekontingent.', '', 'Bevilges halv Del.']);
		expect(unitsOf(document.blocks).filter((unit) => unit.text !== '').every((unit) => unit.at?.page === 1)).toBe(true);
		expect(words(document.omitted!.map((entry) => entry.text).join(' ')).sort()).toEqual(words(scanText.map(([, , text]) => text).join(' ')).sort());
		expect(document.omitted!.every((entry) => entry.at.page === 2 && entry.reason === 'gentager teksten i den scannede side 1s tekstlag, som er læst i stedet')).toBe(true);
		expect(document.notes).toEqual([expect.stringMatching(/^side 1 er scanninger: teksten er læst fra deres usynlige tekstlag.*side 2 gentager den/)]);
	});

	test('scans without typed pages are read from their layers; a page of other text after a scan stays', async () => {
		const other: ScanPage['lines'] = [[72, 700, 'Bilag: Regnskab for Aaret 1941/42, fremlagt af Kassereren og godkendt.']];
		const document = await readPdf('scan.pdf', makeScanPdf([{ kind: 'mode3', lines: scanText }, { kind: 'under', lines: scanText.slice(2) }, { kind: 'typed', lines: other }]));
		expect(document.omitted).toEqual([]);
		expect(unitsOf(document.blocks).filter((unit) => unit.text !== '').map((unit) => unit.at?.page)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 3]);
		expect(document.notes).toEqual([expect.stringMatching(/^side 1 og 2 er scanninger/)]);
	});

	test('a PDF of text, a logo beside it, or no image at all, is read as before, with no note', async () => {
		const logo = await readPdf('logo.pdf', makeScanPdf([{ kind: 'logo', lines: scanText }, { kind: 'typed', lines: scanText }]));
		expect(logo.notes).toBeUndefined();
		expect(logo.omitted!.some((entry) => entry.reason.startsWith('gentager'))).toBe(false);
		expect((await readPdf('text.pdf', makePdf([['Referat'], ['Referat']]))).notes).toBeUndefined();
	});
});
