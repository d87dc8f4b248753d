import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { markdownFilesOf, type FileResult } from '../../src/lib/ingest/ingest-file.ts';
import { apiText, fixtures, frontmatter, golden, htmlText, ingestOriginal, items, kept, pdfText } from '../helpers/originals.ts';

/**
 * The FirstAgenda family of real originals, read as an editor commits them (no sidecar): the
 * saved web page, the Publication API's JSON, and the PDF export. Each is checked for the meeting's
 * facts, its items, and the words kept against the text a reader of the original sees, and its
 * output is a golden file.
 */
describe('FirstAgenda Publication API JSON', () => {
	test.each([
		['greve-byraad-2024-10-02.json', { committee: 'Byråd', date: '2024-10-02', time: '19:00', location: 'Byrådssalen', participants: 20, absent: ['Kenneth Jerkel'], status: 'referat' }, 15, [2, 3]],
		['greve-klima-teknik-og-miljoeudvalget-2024-01-15.json', { committee: 'Klima-, Teknik- og Miljøudvalget', date: '2024-01-15', time: '08:00', location: 'Mødelokale 1', participants: 5, absent: undefined, status: 'referat' }, 22, [18]],
		['greve-kultur-og-fritidsudvalget-2022-03-21.json', { committee: 'Kultur- og Fritidsudvalget', date: '2022-03-21', time: '08:00', location: 'Skriftligt møde', participants: 5, absent: undefined, status: 'referat' }, 3, [2]],
		['greve-oekonomiudvalget-2024-03-13.json', { committee: 'Økonomiudvalget', date: '2024-03-13', time: '16:35', location: 'Biblioteket', participants: 7, absent: undefined, status: 'referat' }, 3, []],
		['greve-social-og-handicapudvalget-2024-10-07.json', { committee: 'Social- og Handicapudvalget', date: '2024-10-07', time: '16:30', location: 'Mødelokale 6+7', participants: 5, absent: undefined, status: 'referat' }, 11, [7]],
		['greve-spoergsmaal-svar-til-byraadet-2024-12-31.json', { committee: 'Spørgsmål / Svar til Byrådet', date: '2024-12-31', time: '12:00', location: 'Virtuelt', participants: 0, absent: undefined, status: 'dagsorden' }, 1, []],
	])('%s: meeting, items, case numbers, closed items, words kept', async (name, meeting, count, closed) => {
		const result = await ingestOriginal(name, 'greve');
		const facts = frontmatter(result, `${meeting.date}-${result.meetingIds[0]!.split('-').slice(3).join('-')}.md`);
		expect(facts).toMatchObject({ committee: meeting.committee, date: meeting.date, time: meeting.time, location: meeting.location, status: meeting.status, format: 'firstagenda' });
		expect((facts.participants as string[] | undefined)?.length ?? 0).toBe(meeting.participants);
		expect(facts.absent).toEqual(meeting.absent);
		const json = JSON.parse(await readFile(new URL(name, fixtures), 'utf8'));
		const parsed = items(result);
		expect(parsed).toHaveLength(count);
		expect(parsed.map((item) => item.caseNumber)).toEqual(json.Dagsordenpunkter.map((item: { SagsNummer: string }) => item.SagsNummer));
		expect(parsed.filter((item) => item.closed).map((item) => Number(item.number))).toEqual(closed);
		expect(parsed.map((item) => item.title)).toEqual(json.Dagsordenpunkter.map((item: { Caption: string }) => item.Caption.replace(/^Lukket:\s*/, '').replace(/\s+/g, ' ').trim()));
		expect(kept(apiText(json), result)).toBeGreaterThanOrEqual(0.97);
		await golden(name, result);
	});

	test('a closed item publishes its decision, which is all FirstAgenda publishes of it, and nothing else', async () => {
		const result = await ingestOriginal('greve-byraad-2024-10-02.json', 'greve');
		const closed = markdownFilesOf(result).find((file) => file.path.endsWith('/2.md'))!.content;
		expect(closed).toMatch(/closed: true\ndecision: \|-\n {2}Orienteringen blev taget til efterretning\./);
		expect(closed).toMatch(/---\n$/);
	});

	test('earlier committees\' decisions quoted in "Sagens forløb" become earlier treatments, not this meeting\'s', async () => {
		const result = await ingestOriginal('greve-byraad-2024-10-02.json', 'greve');
		const item = frontmatter(result, '/6.md');
		expect(item.earlierTreatments).toEqual([expect.objectContaining({ body: 'Økonomiudvalget', date: '2024-09-25', text: expect.stringContaining('Orienteringen blev taget til efterretning.') })]);
		expect(item.decision).toMatch(/^Byrådet godkendte Økonomiudvalgets indstilling\./);
	});

	test('keeps tables as tables', async () => {
		const result = await ingestOriginal('greve-klima-teknik-og-miljoeudvalget-2024-01-15.json', 'greve');
		const tables = markdownFilesOf(result).flatMap((file) => file.content.match(/^\| - \|/gm) ?? []);
		expect(tables.length).toBeGreaterThanOrEqual(11);
	});
});

describe('FirstAgenda publication web page', () => {
	test('aarhus-byraad-2025-10-08.html: meeting, 33 items with EMN case numbers, Sagsforløb, attachments, words kept', async () => {
		const name = 'aarhus-byraad-2025-10-08.html';
		const result = await ingestOriginal(name, 'aarhus');
		expect(frontmatter(result, 'meetings/aarhus/2025-10-08-aarhus-byraad.md')).toMatchObject({ committee: 'Aarhus Byråd', date: '2025-10-08', time: '16:00', location: 'Byrådssalen', status: 'dagsorden' });
		const parsed = items(result);
		expect(parsed).toHaveLength(33);
		expect(parsed.every((item) => /^EMN-20\d\d-\d{6}$/.test(String(item.caseNumber)))).toBe(true);
		expect(parsed[1]).toMatchObject({ number: '2', title: 'Forslag til budget 2026-2029', caseNumber: 'EMN-2025-008308', closed: false });
		expect(parsed.some((item) => 'decision' in item)).toBe(false);
		expect((parsed[1]!.earlierTreatments as unknown[]).length).toBe(4);
		expect((parsed[1]!.attachments as string[]).slice(0, 2)).toEqual(['Indstilling', 'Budgetredegørelsen 2026-2029']);
		// A proposal quoted in an item ("Beslutning:" inside its text) is not this meeting's decision.
		expect(parsed[13]).not.toHaveProperty('decision');
		expect(kept(htmlText(await readFile(new URL(name, fixtures), 'utf8')), result)).toBeGreaterThanOrEqual(0.97);
		await golden(name, result);
	});
});

describe('FirstAgenda PDF export', () => {
	test.each(['greve-klima-teknik-og-miljoeudvalget-2024-01-15', 'greve-byraad-2024-10-02'])('%s.pdf reads as the same meeting as its JSON, and keeps the words', async (name) => {
		const pdf = await ingestOriginal(`firstagenda-pdf/${name}.pdf`, 'greve');
		const json = await ingestOriginal(`${name}.json`, 'greve');
		const facts = (result: FileResult) => {
			const { source: _source, ...rest } = frontmatter(result, `meetings/${result.meetingIds[0]}.md`);
			return rest;
		};
		expect(facts(pdf)).toEqual(facts(json));
		const summary = (result: FileResult) => items(result).map(({ number, title, caseNumber, closed }) => ({ number, title, caseNumber, closed }));
		expect(summary(pdf)).toEqual(summary(json));
		// The open items decided the same way, read from the PDF's lines as from the API's HTML.
		const decided = (result: FileResult) => items(result).filter((item) => !item.closed).map((item) => item.decisionClass);
		expect(decided(pdf)).toEqual(decided(json));
		const bytes = new Uint8Array(await readFile(new URL(`firstagenda-pdf/${name}.pdf`, fixtures)));
		expect(kept(await pdfText(bytes), pdf)).toBeGreaterThanOrEqual(0.97);
		await golden(`firstagenda-pdf/${name}.pdf`, pdf);
	});

	test('drops the running header, the page numbers and the table of contents, and says so', async () => {
		const result = await ingestOriginal('firstagenda-pdf/greve-byraad-2024-10-02.pdf', 'greve');
		const reasons = new Set(result.dropped.map((entry) => entry.reason));
		expect([...reasons]).toEqual(expect.arrayContaining(['sidetal', 'sidehoved eller sidefod (gentaget på siderne)', 'indholdsfortegnelse (punktlisten erstatter den)']));
		expect(markdownFilesOf(result).some((file) => /Side \d+ af \d+|Indholdsfortegnelse/.test(file.content))).toBe(false);
	});
});
