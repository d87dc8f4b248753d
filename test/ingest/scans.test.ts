import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { FileResult } from '../../src/lib/ingest/ingest-file.ts';
import { protocol } from '../../src/lib/ingest/3-layouts/protocol/protocol.ts';
import { fixtures, golden, ingestOriginal, kept } from '../helpers/originals.ts';

/**
 * A scanned protocol as its archive publishes it (Elsted Sogneraad 1942, Aarhus Stadsarkiv): the
 * odd pages scans of the hand-written two-column book with the transcription as their invisible
 * text layer, the even pages the same text typed. Checked against the archive's own transcription
 * (the `.txt` beside it, never read as input): the meetings it holds, and the words kept.
 */

const name = 'scans/elsted-sogneraad-1942.pdf';
const transcription = async () => (await readFile(new URL('scans/elsted-sogneraad-1942.txt', fixtures))).toString('utf8');
let elsted: Promise<FileResult> | undefined;
const read = () => (elsted ??= ingestOriginal(name, 'aarhus'));

describe('Elsted Sogneraad 1942: a scan with a text layer and a typed page after each', () => {
	test('the meetings the transcription holds, each once, dated from its opening; the tail of 1941 dropped with its reason', async () => {
		const result = await read();
		expect(result.format).toBe('protokol');
		// The transcription's meetings: each opens "Aar 194x den …".
		const openings = [...(await transcription()).matchAll(/^Aar 194\d\.? den /gm)].length;
		expect(result.meetings).toHaveLength(openings);
		expect(result.meetings.map((meeting) => meeting.data.date)).toEqual(['1942-01-06', '1942-02-12', '1942-04-13', '1942-06-02', '1942-08-04', '1942-10-08', '1942-11-25', '1943-01-15']);
		const tail = result.dropped.filter((entry) => entry.reason.startsWith('før bogens første daterede møde'));
		expect(new Set(tail.map((entry) => entry.at?.page))).toEqual(new Set([1]));
		expect(tail.flatMap((entry) => entry.words).join(' ')).toBe('meddelelse fra stiftamtet om kom munernes garantier ved laan til vandværker til efterretning mødet hævet valdbuttenschøn ospliid p sørensen aagejensen jpjensen');
	});

	test('every typed page is left out as a repeat of the scan before it, and the editor is told', async () => {
		const result = await read();
		const repeated = new Set(result.dropped.filter((entry) => entry.reason.startsWith('gentager teksten')).map((entry) => entry.at?.page));
		expect([...repeated]).toEqual([2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22]);
		expect(result.warnings.map((warning) => warning.message)).toEqual([expect.stringContaining('side 1, 3, 5, 7, 9, 11, 13, 15, 17, 19 og 21 er scanninger: teksten er læst fra deres usynlige tekstlag')]);
	});

	test('items are the cases on the left, each decided by what is written to its right; a decision that runs onto the next page stays its own', async () => {
		const result = await read();
		const january = result.meetings[0]!;
		expect(january.items.map((item) => [item.data.title, item.data.decision])).toEqual([
			['1st Behandling af Overslaget for Aaret 1942/43', 'Første Behandling foretoges'],
			['Fordeling af. Kød - Mælk og Smørrabatkort. fra 1/3 42 - 31/3-43', 'Uddeles som sidst til Aldersrente og til Arbejderne i Jan - Febr - Marts'],
			['Sigurd Lassen ansøger om Hjælp til Betaling af Sygekassekontingent', 'Bevilges ½ Del.'],
			['Holger Elgaard ansøger om Sygekassekontingent', 'Udsættes, da han er slettet af. Sygekassen'],
			['Skræder N. P. Nielsens Hustru ansøger om. Hjælp til Underhold og Brændsel', 'Bevilges 20 Kr ugentlig intil videre'],
			['N. P. Birk søger om Arbejde til Betaling af Skat', 'Udvalget forsøger at skaffe\nArbejde.'],
			['Vejmand Jens Laursen ansøger om Lønforhøjelse af 10 Kr Mndl', 'Bevilges 10 Kr Mndlg.'],
			['Meddelelse fra Dommerne om Tvangs-Auktion af Esben Laursens Ejndom', 'Til Efterretning'],
			['Meddelelse fra Socialministeriet om Refusion', 'Til Efterretning.'],
		]);
		expect(january.body).toContain('## Underskrifter');
		expect(result.meetings[2]!.items[0]!.data).toMatchObject({ title: 'Valg af Formand', decision: 'ValdButtenschøn' });
		expect(result.meetings[4]!.items.at(-1)!.data).toMatchObject({ title: 'Jens Brandstrup ønsker ikke at være Supleant for Vandsynet', decision: 'Valgt blev Torben Kondrup\nomført.' });
		expect(result.meetings.map((meeting) => meeting.items.length)).toEqual([9, 12, 4, 5, 7, 8, 6, 4]);
	});

	test('at least 97% of the transcription’s words are published', async () => {
		expect(kept(await transcription(), await read())).toBeGreaterThanOrEqual(0.97);
	});

	test('golden', async () => {
		await golden(name, await read());
	});
});

describe('Protocols dated only in their signature line', () => {
	const signed = 'protocols/vejlby-risskov-sogneraad-1941-signed.txt';

	test('Vejlby-Risskov 1941, the dates moved into the signatures: each meeting dated from there, in any notation, a year left out the book’s', async () => {
		const result = await ingestOriginal(signed, 'aarhus');
		expect(result.format).toBe('protokol');
		expect(result.meetings.map((meeting) => meeting.data.date)).toEqual(['1941-01-14', '1941-02-04', '1941-03-03']);
		// The signature line stays with the signatures it stands among.
		expect(result.meetings[1]!.body).toMatch(/## Underskrifter\n\nSogneraadet d\. 4\/2-41/);
		expect(kept((await readFile(new URL(signed, fixtures))).toString('utf8'), result)).toBeGreaterThanOrEqual(0.97);
		await golden(signed, result);
	});

	const book = (first: string, signature: string) =>
		[first, '', '', '1. Meddelelser fra Formanden.', 'Til Efterretning.', '', '', 'Mødet hævet.', signature, 'S. Warrer', 'Poul Hansen', '', '', 'Ordinært Sogneraadsmøde', '', '', '1. Regnskab.', 'Godkendt.', '', '', 'Mødet hævet.', 'Elev Sogneraad den 2. Oktober 1939', 'S. Warrer'].join('\n');

	test.each([
		['the signature alone dates it', 'Ordinært Sogneraadsmøde', 'Elev Sogneraad d. 23/8 1939', '1939-08-23'],
		['the opening wins where both date it', 'Aar 1939 Onsdag d. 23\' Aug. Kl. 7 Aften.', 'Elev Sogneraad d. 24/8 1939', '1939-08-23'],
		['a two-digit year', 'Ordinært Sogneraadsmøde', 'Elev Sogneraad d. 23/8-39', '1939-08-23'],
	])('%s', async (_, first, signature, date) => {
		const document = { path: 'content/raw/aarhus/elev-1939.txt', container: 'text' as const, blocks: [{ type: 'lines' as const, lines: book(first, signature).split('\n').map((text, index) => ({ n: index + 1, text, indent: 0 })) }] };
		expect(protocol.detect(document)).toBeGreaterThan(0.5);
		const meetings = protocol.parse(document);
		expect(meetings.map((meeting) => meeting.facts.date)).toEqual([date, '1939-10-02']);
		expect(meetings[1]!.facts.committee).toBe('Elev Sogneraad');
	});
});
