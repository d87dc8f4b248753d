#!/usr/bin/env node
// `npm run bench:ocr`: how fast and how well scanned pages are recognised. See BENCHMARKS.md.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.d.ts';
import { parseCommand } from '../src/lib/cli/command.ts';
import { terminalIo } from '../src/lib/cli/progress.ts';
import { closeOcrEngine, tesseractEngine } from '../src/lib/ingest/2-read/ocr/ocr-engine.ts';
import { pageConfidence } from '../src/lib/ingest/2-read/ocr/recognise-scans.ts';
import { countWords, words } from '../src/lib/ingest/words.ts';

const io = terminalIo();
const parsed = parseCommand(
	{
		name: 'npm run bench:ocr --',
		summary:
			'Tekstgenkendelse (OCR): tegner sider af PDF-filer med tekstlag som billeder (300 dpi), genkender dem med tesseract.js og sammenligner ordene med sidens tekstlag. Skriver sider i sekundet, ordnøjagtighed (andelen af tekstlagets ord, som genkendelsen har, så ofte som de står der) og genkendelsens egen sikkerhed; se BENCHMARKS.md.',
		options: {
			pages: { type: 'string', value: 'N', description: 'højst N sider af hver fil', default: '6', check: (value: string) => (/^\d+$/.test(value) && Number(value) > 0 ? undefined : 'skriv et helt tal større end 0') },
		},
		examples: ['npm run bench:ocr', 'npm run bench:ocr -- --pages 2'],
	},
	process.argv.slice(2),
	io,
);
if (!parsed.run) process.exit(parsed.code);
const most = Number(parsed.values.pages ?? 6);

const originals = 'test/fixtures/originals';
const ballerup = unzipSync(new Uint8Array(await readFile(`${originals}/ballerup-kmb-it-udvalget-2013-05-15.zip`)));
// The Elsted parish council's protocol: odd pages are the scans, even ones their typed transcription.
const elsted = '../shared/originals/scans/elsted-sogneraad-1942.pdf';
const sources: { name: string; bytes: Uint8Array; pages?: (page: number) => boolean }[] = [
	{ name: 'eDoc, Middelfart (Arial 12)', bytes: new Uint8Array(await readFile(`${originals}/edoc-pdf/middelfart-hennys-testudvalg-2017-05-02.pdf`)) },
	{ name: 'FirstAgenda, Greve Byråd (Chromium)', bytes: new Uint8Array(await readFile(`${originals}/firstagenda-pdf/greve-byraad-2024-10-02.pdf`)) },
	{ name: 'SBSYS-bilag, brev fra KL (Ballerup)', bytes: ballerup['Publication32/Enclosures/1.pdf']! },
	...(existsSync(elsted) ? [{ name: 'Elsted sogneråd 1942, maskinskrevne sider', bytes: new Uint8Array(await readFile(elsted)), pages: (page: number) => page % 2 === 0 }] : []),
];

io.out('| kilde | sider | sider/s | ordnøjagtighed | sikkerhed (middel) | laveste side |');
io.out('| --- | --- | --- | --- | --- | --- |');
let allPages = 0;
let allSeconds = 0;
let allFound = 0;
let allWanted = 0;
try {
	for (const source of sources) {
		const task = getDocument({ data: new Uint8Array(source.bytes), verbosity: 0 });
		const pdf = await task.promise;
		const factory = pdf.canvasFactory as { create(width: number, height: number): { canvas: { toBuffer(type: 'image/png'): Buffer } } };
		let [pages, seconds, found, wanted] = [0, 0, 0, 0];
		const confidences: number[] = [];
		for (let number = 1; number <= pdf.numPages && pages < most; number++) {
			if (source.pages && !source.pages(number)) continue;
			const page = await pdf.getPage(number);
			const truth = words((await page.getTextContent()).items.map((item) => ((item as TextItem).str ?? '').normalize('NFKC')).join(' '));
			if (truth.length === 0) continue;
			const started = performance.now();
			const viewport = page.getViewport({ scale: 300 / 72 });
			const surface = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
			await page.render({ canvas: surface.canvas as unknown as HTMLCanvasElement, viewport }).promise;
			const recognised = await tesseractEngine.recognise(surface.canvas.toBuffer('image/png'));
			seconds += (performance.now() - started) / 1000;
			const available = countWords(recognised.map((word) => word.text));
			found += truth.filter((word) => {
				const left = available.get(word) ?? 0;
				available.set(word, left - 1);
				return left > 0;
			}).length;
			wanted += truth.length;
			confidences.push(pageConfidence(recognised));
			pages++;
			page.cleanup();
		}
		await task.destroy();
		const mean = confidences.reduce((sum, value) => sum + value, 0) / confidences.length;
		io.out(`| ${source.name} | ${pages} | ${(pages / seconds).toFixed(2)} | ${((100 * found) / wanted).toFixed(1)} % (${found} af ${wanted}) | ${mean.toFixed(1)} | ${Math.min(...confidences).toFixed(1)} |`);
		[allPages, allSeconds, allFound, allWanted] = [allPages + pages, allSeconds + seconds, allFound + found, allWanted + wanted];
	}
} finally {
	await closeOcrEngine();
}
io.out(`| i alt | ${allPages} | ${(allPages / allSeconds).toFixed(2)} | ${((100 * allFound) / allWanted).toFixed(1)} % (${allFound} af ${allWanted}) | | |`);
