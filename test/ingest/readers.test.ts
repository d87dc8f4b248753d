import { readFile } from 'node:fs/promises';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, test } from 'vitest';
import { unitsOf } from '../../src/lib/ingest/2-read/document/units.ts';
import { readRaw } from '../../src/lib/ingest/2-read/read-raw.ts';
import { unzip } from '../../src/lib/ingest/2-read/unzip.ts';
import { words } from '../../src/lib/ingest/words.ts';
import { makePdf } from '../helpers/make-pdf.ts';
import { tempRepo } from '../helpers/temp-repo.ts';

const fixture = async (path: string) => new Uint8Array(await readFile(new URL(`../fixtures/${path}`, import.meta.url)));

const repos: { remove(): Promise<void> }[] = [];
afterEach(() => Promise.all(repos.splice(0).map((repo) => repo.remove())));
async function repo(files: Record<string, string | Uint8Array>) {
	const created = await tempRepo(files);
	repos.push(created);
	return created;
}

/** The text of a Word file's body as Word shows it: the runs of each paragraph joined, paragraphs apart. */
async function wordText(bytes: Uint8Array): Promise<string> {
	const xml = new TextDecoder().decode(unzip(bytes).entries.find((entry) => entry.name === 'word/document.xml')!.bytes);
	// Runs join as they are; a line break or a tab inside a paragraph parts words as a space does.
	const runs = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(?:br|tab|cr)\b[^>]*\/>/g;
	const entities = (text: string) => text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
	return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((paragraph) => [...paragraph[0].matchAll(runs)].map((run) => (run[1] === undefined ? ' ' : entities(run[1]))).join('')).join('\n');
}

const share = (wanted: string, got: string) => {
	const available = new Map<string, number>();
	for (const word of words(got)) available.set(word, (available.get(word) ?? 0) + 1);
	const all = words(wanted);
	return all.filter((word) => {
		const left = available.get(word) ?? 0;
		available.set(word, left - 1);
		return left > 0;
	}).length / all.length;
};

describe('the Word reader', () => {
	test.each(['word-attachments/3525829E1.DOCX', 'word-attachments/3629343E3.DOCX'])('%s: paragraphs, headings, lists and tables, and the text Word shows', async (path) => {
		const bytes = await fixture(`originals/${path}`);
		const document = await readRaw(`content/raw/x/${path}`, bytes);
		expect(document.container).toBe('docx');
		const units = unitsOf(document.blocks);
		expect(units.length).toBeGreaterThan(20);
		expect(new Set(document.blocks.map((block) => block.type))).toEqual(expect.objectContaining(new Set(['paragraph'])));
		expect(units.every((unit) => unit.at?.path?.startsWith('afsnit '))).toBe(true);
		expect(share(await wordText(bytes), units.map((unit) => unit.text).join('\n'))).toBeGreaterThanOrEqual(0.97);
	});

	test('recovers a Word file whose zip directory is cut off, and says so', async () => {
		const document = await readRaw('content/raw/glostrup/x.docx', await fixture('originals/glostrup-oekonomiudvalget-2025-11-19.docx'));
		expect(document.notes).toEqual(['Word-filen var afkortet (zip-filens indholdsfortegnelse mangler); teksten er læst fra de hele dele, uden word/fonts/font3.odttf']);
		expect(unitsOf(document.blocks).map((unit) => unit.text)).toContain('3. Ansættelse af centerchef til Center for Glostrup Ejendomme');
	});
});

describe('the zip reader', () => {
	test('decodes macOS names as UTF-8 in NFC and leaves __MACOSX out', async () => {
		const document = await readRaw('content/raw/aarhus/pakke.zip', await fixture('originals/aarhus-moedesystemgruppen-2016-10-06.zip'));
		expect(document.entries!.map((entry) => [entry.entry, entry.container])).toEqual([
			['Appendix_referat - åbent og lukket.pdf', 'pdf'],
			['Appendix_referat - åbent.pdf', 'pdf'],
			['publication.xml', 'xml'],
		]);
		expect(document.entries![1]!.entry).toBe('Appendix_referat - \u00e5bent.pdf');
	});

	test('reads the entries of a zip cut off before its directory', () => {
		const whole = zipSync({ 'a.txt': new TextEncoder().encode('første fil'), 'b.txt': new TextEncoder().encode('anden fil') });
		const cut = whole.slice(0, whole.length - 60);
		expect(unzip(cut).entries.map((entry) => entry.name)).toEqual(['a.txt', 'b.txt']);
		expect(unzip(cut).recovered).toEqual({ lost: [] });
	});
});

describe('the PDF reader', () => {
	test('gives lines with their page and line, headings from the font, and drops repeated headers and page numbers', async () => {
		const page = (number: number, lines: string[]) => ['Erhvervsudvalget 15-09-2021', ...lines, `@ Side ${number} af 3`];
		const bytes = makePdf([page(1, ['# Punkt 1: Meddelelser', 'Formanden orienterede.']), page(2, ['# Punkt 2: Budget for', '# 2022', 'Godkendt.']), page(3, ['Slut.'])]);
		const document = await readRaw('content/raw/x/referat.pdf', bytes);
		const units = unitsOf(document.blocks);
		expect(units.filter((unit) => unit.block?.type === 'heading').map((unit) => unit.text)).toEqual(['Punkt 1: Meddelelser', 'Punkt 2: Budget for 2022']);
		expect(units.find((unit) => unit.text === 'Godkendt.')!.at).toEqual({ page: 2, line: 4 });
		expect(document.omitted!.map((entry) => entry.reason)).toEqual(expect.arrayContaining(['sidehoved eller sidefod (gentaget på siderne)', 'sidetal']));
		expect(units.some((unit) => /Side \d|Erhvervsudvalget 15/.test(unit.text))).toBe(false);
	});

	test('a FirstAgenda export whose running header is the only place that names the meeting', async () => {
		const header = 'REFERAT Erhvervsudvalget d. 15-05-2025';
		const pdf = makePdf([
			[header, 'Mødedato\t15. maj 2025', 'Mødetidspunkt\t16:00', 'Mødested\tRådhuset, mødelokale 2', '# Punkt 1: Godkendelse af dagsorden EMN-2025-003383', 'Beslutning', 'Godkendt.', '@ Side 1 af 2'],
			[header, '# Punkt 2: Anlægsbevilling til ny cykelsti langs Hovedgaden og', '# Stationsvej', 'Sagsnr.: EMN-2025-003384', 'Beslutning', 'Anbefales.', '@ Side 2 af 2'],
		]);
		const r = await repo({ 'content/raw/rudersdal/referat.pdf': pdf });
		expect(await r.ingest()).toMatchObject({ code: 0, err: '' });
		const meeting = await r.read('content/meetings/rudersdal/2025-05-15-erhvervsudvalget.md');
		expect(meeting).toMatch(/time: "16:00"\nlocation: Rådhuset, mødelokale 2\n/);
		expect(meeting).toMatch(/status: referat/);
		const second = await r.read('content/cases/rudersdal/2025-05-15-erhvervsudvalget/2.md');
		expect(second).toMatch(/title: Anlægsbevilling til ny cykelsti langs Hovedgaden og Stationsvej\ncaseNumber: EMN-2025-003384\n/);
		expect(await r.read('content/cases/rudersdal/2025-05-15-erhvervsudvalget/1.md')).toMatch(/title: Godkendelse af dagsorden\ncaseNumber: EMN-2025-003383\n/);
	});

	test('opens a PDF that has only an owner password (print and copy restrictions)', async () => {
		const document = await readRaw('content/raw/x/referat.pdf', await fixture('bad/owner-password-only.pdf'));
		expect(unitsOf(document.blocks).map((unit) => unit.text)).toContain('Punkt 1: Meddelelser');
	});
});

describe('bad originals are refused with what to do, and nothing is written', () => {
	test.each([
		['an encrypted PDF', 'x.pdf', () => fixture('bad/encrypted.pdf'), /x\.pdf: PDF-filen er krypteret med en adgangskode; gem en udgave uden adgangskode/],
		['a PDF with neither text nor a scan (drawings only)', 'x.pdf', async () => makePdf([null, null]), /x\.pdf: PDF-filen har ingen tekst, kun tegninger på 2 sider; hent en PDF med tekst fra kommunens side/],
		['a truncated PDF', 'x.pdf', async () => makePdf([['Referat']]).slice(0, 40), /x\.pdf: PDF-filen kan ikke læses .*; hent den igen fra kommunens side/],
		['a Git LFS pointer', 'x.pdf', async () => new TextEncoder().encode('version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n'), /x\.pdf: filen er en Git LFS-henvisning, ikke selve filen; kør git lfs pull/],
		['a zip with nothing whole in it', 'x.zip', async () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), /x\.zip: zip-filen er beskadiget og kan ikke læses; hent den igen/],
		['an old Word file', 'x.doc', async () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /x\.doc: filen er i Words gamle format \(\.doc\)/],
		['JSON that holds no meeting', 'x.json', async () => new TextEncoder().encode('{"Resultater": []}'), /x\.json: JSON-filen er ikke fra et mødesystem, arkivet kender/],
		['JSON that is cut off', 'x.json', async () => new TextEncoder().encode('{"Moede": {"Dato": "2024-01-01"'), /x\.json(?::\d+)?: filen ligner JSON, men er ikke gyldig JSON/],
		['FirstAgenda JSON missing a field', 'x.json', async () => new TextEncoder().encode('{"Udvalg": {"Navn": "Byråd"}, "Moede": {}, "Dagsordenpunkter": []}'), /x\.json → Moede\.Dato: JSON-filen ligner FirstAgendas, men feltet mangler/],
		['XML that is not well-formed', 'x.xml', async () => new TextEncoder().encode('<?xml version="1.0"?>\n<Publication>\n<Agendas>\n</Publication>'), /x\.xml:\d+: XML-filen er ikke gyldig XML/],
	])('%s', async (_, name, bytes, message) => {
		const r = await repo({ [`content/raw/rudersdal/${name}`]: await bytes() });
		const { code, err } = await r.ingest();
		expect(code).toBe(1);
		expect(err).toMatch(message);
		expect(err).not.toMatch(/\n\s+at /);
		expect(await r.list('content/meetings').catch(() => [])).toEqual([]);
		expect(await r.list('content/cases').catch(() => [])).toEqual([]);
	});
});

describe('the CPR guard reads the text a reader sees', () => {
	const meeting = (html: string) =>
		JSON.stringify({
			Udvalg: { Navn: 'Erhvervsudvalget' },
			Moede: { Dato: '2021-09-15T13:00:00+02:00', Sted: 'Rådhuset', Navn: 'Referat', Moededeltagere: [] },
			Dagsordenpunkter: [{ Number: '1', Caption: 'Meddelelser', SagsNummer: '21-001084', Felter: [{ Html: html }], Bilag: [] }],
		});

	test('no CPR number in attributes and ids of a JSON export\'s HTML', async () => {
		const r = await repo({ 'content/raw/rudersdal/m.json': meeting('<p paraid="1408075705" data-id="0102031234"><h3>Beslutning</h3>Taget til efterretning.</p>') });
		expect(await r.ingest()).toMatchObject({ code: 0, err: '' });
	});

	test('a CPR number in the text stops ingest, naming the JSON path and the line of the HTML there', async () => {
		const r = await repo({ 'content/raw/rudersdal/m.json': meeting('<h3>Beslutning</h3>\n<p>Borgeren 010203-1234 klager.</p>') });
		const { code, err } = await r.ingest();
		expect(code).toBe(1);
		expect(err).toMatch(/^content\/raw\/rudersdal\/m\.json → Dagsordenpunkter\[0\]\.Felter\[0\]\.Html:2: "010203-1234" ligner et CPR-nummer/);
		expect(await r.list('content/cases').catch(() => [])).toEqual([]);
	});

	test('a CPR number in a PDF stops ingest, naming the page and the line', async () => {
		const pdf = makePdf([['REFERAT Erhvervsudvalget d. 15-09-2021', 'Punkt 1: Meddelelser'], ['Beslutning', 'Borgeren 010203-1234 klager.']]);
		const r = await repo({ 'content/raw/rudersdal/referat.pdf': pdf });
		const { code, err } = await r.ingest();
		expect(code).toBe(1);
		expect(err).toMatch(/^content\/raw\/rudersdal\/referat\.pdf, side 2, linje 2: "010203-1234" ligner et CPR-nummer/);
	});
});
