import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { filesOf, markdownFilesOf, type FileResult } from '../../src/lib/ingest/ingest-file.ts';
import { unzip } from '../../src/lib/ingest/2-read/unzip.ts';
import { child, children, parseXml, textOf, type XmlElement } from '../../src/lib/ingest/2-read/xml-element.ts';
import { fixtures, frontmatter, golden, htmlText, ingestOriginal, items, kept, pdfText } from '../helpers/originals.ts';

/**
 * The other publishing systems' real originals, read as an editor commits them (no sidecar): eDoc's
 * agenda output (HTML and XML), SBSYS publication packages (Ballerup's, and Aarhus's with the minutes
 * only in a PDF), a municipality's Word export, and typed protocols of many meetings. Each is
 * checked for the meeting's facts, its items (titles, case numbers, closed flags) and the words a
 * reader of the original sees, and its output is a golden file.
 */

const read = (name: string) => readFile(new URL(name, fixtures));

/**
 * What a reader of the public agenda reads in eDoc's XML: names, titles, case numbers, the open
 * items' fields and public attachments; and the participants, which only the XML lists.
 */
function edocPublicText(xml: XmlElement, { participants }: { participants: boolean }): string {
	const meeting = child(child(xml, 'Committee'), 'Meeting')!;
	const parts = [textOf(child(xml, 'Committee'), 'Name'), textOf(meeting, 'MeetingLocation')];
	if (participants) for (const person of children(child(meeting, 'MeetingParticipants'), 'MeetingParticipant')) parts.push(textOf(person, 'Name'), textOf(person, 'PoliticalPartyList'));
	for (const element of children(child(child(meeting, 'Agenda'), 'AgendaElements'), 'AgendaElement')) {
		const item = child(element, 'HandlingItem')!;
		parts.push(textOf(item, 'Title'), textOf(item, 'CaseNumber'));
		if (textOf(element, 'AccessIsPublic') === 'false') continue;
		for (const presentation of children(child(item, 'CasePresentations'), 'CasePresentation')) {
			if (textOf(presentation, 'Content')) parts.push(textOf(presentation, 'Title'), htmlText(textOf(presentation, 'Content')));
		}
		for (const attachment of children(child(item, 'Attachments'), 'Attachment')) parts.push(textOf(attachment, 'Title'));
	}
	return parts.join('\n');
}

/** What a reader of an SBSYS agenda reads: committee, place, members, and per item its caption, fields and enclosures' names. */
function sbsysText(xml: XmlElement): string {
	const agenda = child(child(xml, 'Agendas'), 'Agenda')!;
	const meeting = child(agenda, 'Meeting')!;
	const parts = [textOf(child(agenda, 'Committee'), 'Name'), textOf(meeting, 'Where'), ...children(child(meeting, 'Members'), 'MeetingMember').map((member) => textOf(member, 'Name'))];
	for (const item of children(child(agenda, 'Items'), 'Item')) {
		parts.push(textOf(item, 'Caption'));
		for (const field of children(child(item, 'Fields'), 'ItemField')) if (textOf(field, 'Content')) parts.push(textOf(field, 'Caption'), htmlText(textOf(field, 'Content')));
		for (const enclosure of children(child(item, 'Enclosures'), 'Enclosure')) parts.push(textOf(enclosure, 'Name'));
	}
	return parts.join('\n');
}

/**
 * What a reader of the public minutes reads in a Word file: its paragraphs, from `word/document.xml`
 * itself (not through the Word reader), less the table of contents, the labels the site prints
 * itself beside each fact ("Mødedato:", "Sagsnr. i ESDH:"), and what a closed item withholds (all
 * but its title and decision).
 */
function wordText(bytes: Uint8Array): string {
	const xml = new TextDecoder().decode(unzip(bytes).entries.find((entry) => entry.name === 'word/document.xml')!.bytes);
	const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) => [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''));
	const start = paragraphs.indexOf('Indholdsfortegnelse');
	const end = paragraphs.findIndex((text, index) => index > start && /^Underskriftsside\s*\d+$/.test(text));
	const text: string[] = [];
	let closed = false;
	for (const [index, paragraph] of paragraphs.entries()) {
		if (start >= 0 && index >= start && index <= end) continue;
		if (/^\d+\. /.test(paragraph)) closed = /\(FOR LUKKEDE DØRE\)$/.test(paragraph);
		// A closed item shows its title and its decision, nothing else.
		if (closed && !/^\d+\. /.test(paragraph) && !/^Beslutning i /.test(paragraphs[index - 1] ?? '')) continue;
		text.push(paragraph.replace(/^(Mødedato|Mødetidspunkt|Mødelokale|Medlemmer|Afbud|Sagsnr\. i ESDH|Beslutningskompetence):/, '').replace(/\s*-\s*\(FOR LUKKEDE DØRE\)$/, ''));
	}
	return text.join('\n');
}

const summary = (result: FileResult) => items(result).map(({ number, title, caseNumber, closed }) => ({ number, title, ...(caseNumber ? { caseNumber } : {}), closed }));

describe('eDoc agenda output (Middelfart)', () => {
	const expected = [
		{ number: '1', title: 'test', closed: false },
		{ number: '2', title: 'test tabel', caseNumber: '200906126', closed: false },
		{ number: '3', title: 'Fejloprettet', caseNumber: '2013-003869', closed: false },
		{ number: '4', title: 'Fejloprettet', caseNumber: '2013-000038', closed: false },
		{ number: '5', title: "Anders' møgsag", caseNumber: '2016-003798', closed: true },
		{ number: '6', title: 'Underskriftsblad', closed: true },
	];
	test.each(['middelfart-hennys-testudvalg-2017-05-02.xml', 'middelfart-hennys-testudvalg-2017-05-02.html'])('%s: meeting, six items (two closed), case numbers, words kept', async (name) => {
		const result = await ingestOriginal(name, 'middelfart');
		expect(result.format).toBe('edoc');
		expect(frontmatter(result, 'meetings/middelfart/2017-05-02-hennys-testudvalg.md')).toMatchObject({ committee: 'Hennys testudvalg', date: '2017-05-02', time: '10:00', location: 'Mødelokale 1, Midtpunkt', status: 'dagsorden', format: 'edoc' });
		expect(summary(result)).toEqual(expected);
		const xml = parseXml((await read('middelfart-hennys-testudvalg-2017-05-02.xml')).toString('utf8'));
		expect(kept(edocPublicText(xml, { participants: name.endsWith('.xml') }), result)).toBeGreaterThanOrEqual(0.97);
		// The HTML and the XML share a name; their golden files may not.
		await golden(name.endsWith('.html') ? `edoc-html/${name}` : name, result);
	});

	test('the PDF export (eDoc\'s print layout) reads as the same meeting as the XML, without the case workers, and keeps the words', async () => {
		const name = 'edoc-pdf/middelfart-hennys-testudvalg-2017-05-02.pdf';
		const pdf = await ingestOriginal(name, 'middelfart');
		const xml = await ingestOriginal('middelfart-hennys-testudvalg-2017-05-02.xml', 'middelfart');
		expect(pdf.format).toBe('edoc');
		const facts = (result: FileResult) => {
			const { source: _source, participants: _participants, absent: _absent, ...rest } = frontmatter(result, 'meetings/middelfart/2017-05-02-hennys-testudvalg.md');
			return rest;
		};
		expect(facts(pdf)).toEqual(facts(xml));
		expect(summary(pdf)).toEqual(expected);
		const output = markdownFilesOf(pdf).map((file) => file.content).join('\n');
		for (const worker of ['Rikke Jørgensen', 'Claus Friis Lange', 'Britt Lykke Ejby']) expect(output).not.toContain(worker);
		const text = await pdfText(new Uint8Array(await read(name)));
		// What a reader of the public agenda reads, less the case workers, the closed items' text, the
		// table of contents and the labels the site prints itself ("Sagsnr.:", "Åben", "Mødested:").
		const [front, rest] = text.split(/\nÅbne sager\n/) as [string, string];
		const publicText = [front.split('\n').slice(0, 4).join('\n'), rest.split(/\nLukkede sager\n/)[0]!]
			.join('\n')
			.replace(/Sagsbehandler: [^\n]*?(?=\s+(Åben|Lukket)\b|$)/gm, '')
			.replace(/^Sagsnr\.:|\b(Åben|Lukket)$|^Mødested:/gm, '');
		expect(kept(publicText, pdf)).toBeGreaterThanOrEqual(0.97);
		await golden(name, pdf);
	});

	test('the XML names the participants with their parties, and the one who sent apologies', async () => {
		const meeting = frontmatter(await ingestOriginal('middelfart-hennys-testudvalg-2017-05-02.xml', 'middelfart'), 'meetings/middelfart/2017-05-02-hennys-testudvalg.md');
		expect(meeting.participants).toContain('Allan Buch (A)');
		expect(meeting.absent).toEqual(['Niels Bebe (V)']);
	});

	test('the first publication numbers its items 2–6 and has no closed item', async () => {
		const result = await ingestOriginal('middelfart-hennys-testudvalg-2017-05-02.v1.xml', 'middelfart');
		expect(summary(result).map((item) => [item.number, item.title, item.closed])).toEqual([
			['2', 'test', false],
			['3', 'test tabel', false],
			['4', 'Fejloprettet', false],
			['5', 'Fejloprettet', false],
			['6', 'Underskriftsblad', false],
		]);
		expect(result.meetings[0]!.items.map((item) => item.data.systemId)).toEqual(['0745d00b-367a-44a4-84eb-8c12dc507a4f', 'fa5d1cab-108d-4a52-b049-570ac721ec68', '97d209bf-9931-489a-b2ca-13d0301ee4ea', '5b57f563-bfe7-4bc1-8dfa-83b2f19d2673', '2d496bfc-796a-4a7f-ac2d-3d84be7886b2']);
	});

	test('case workers, external participants and file paths of the system never reach the output', async () => {
		for (const name of ['middelfart-hennys-testudvalg-2017-05-02.xml', 'middelfart-hennys-testudvalg-2017-05-02.html']) {
			const output = markdownFilesOf(await ingestOriginal(name, 'middelfart')).map((file) => file.content).join('\n');
			for (const secret of ['Rikke Jørgensen', 'Maja Maria Føns', 'Maja Føns', 'Claus Friis Lange', 'Anders Juel Sørensen', '\\Attachments\\', 'edocprod']) expect(output).not.toContain(secret);
		}
	});
});

describe('SBSYS eDagsorden publication packages', () => {
	test('ballerup-kmb-it-udvalget-2013-05-15.zip: a final agenda, its five items, its fields, and the enclosure published beside item 3', async () => {
		const name = 'ballerup-kmb-it-udvalget-2013-05-15.zip';
		const result = await ingestOriginal(name, 'ballerup');
		expect(result.format).toBe('sbsys');
		expect(frontmatter(result, 'meetings/ballerup/2013-05-15-kmb-it-udvalget.md')).toMatchObject({ committee: 'KMB IT-udvalget', date: '2013-05-15', time: '16:30', location: 'Mødecenter A, Lokale 3 på Ballerup Rådhus', status: 'dagsorden' });
		expect(summary(result)).toEqual([
			{ number: '1', title: 'Meddelelser', closed: false },
			{ number: '2', title: 'Oplæg til standard it-arbejdsplads for Kommunalbestyrelsens medlemmer i 2014-2018', closed: false },
			{ number: '3', title: 'Indførelse af systemet SAPA (Sagsoverblik/Partskontakt)', closed: false },
			{ number: '4', title: 'Regler for indkøb af it-udstyr', closed: false },
			{ number: '5', title: 'Status på eDagsorden', closed: false },
		]);
		const parsed = items(result);
		// Every decision field is empty: an agenda, and no decision is made up.
		expect(parsed.some((item) => 'decision' in item)).toBe(false);
		expect(parsed[1]).toMatchObject({ authority: 'KMB IT-udvalget' });
		expect(parsed[1]).not.toHaveProperty('attachments');
		expect(parsed[2]!.attachments).toEqual(['Brev fra KL til Kommunalbestyrelsen vedr Monopolbrud']);
		const files = filesOf(result).filter((file) => file.path.startsWith('attachments/'));
		expect(files.map((file) => file.path)).toEqual([
			'attachments/ballerup/2013-05-15-kmb-it-udvalget/3/brev-fra-kl-til-kommunalbestyrelsen-vedr-monopolbrud.md',
			'attachments/ballerup/2013-05-15-kmb-it-udvalget/3/brev-fra-kl-til-kommunalbestyrelsen-vedr-monopolbrud.pdf',
		]);
		expect((files[1]!.content as Uint8Array).length).toBe(94198);
		expect(files[0]!.content).toContain('originalName: Brev fra KL til Kommunalbestyrelsen vedr Monopolbrud.pdf');
		const xml = parseXml(new TextDecoder().decode(unzip(new Uint8Array(await read(name))).entries.find((entry) => entry.name.endsWith('.xml'))!.bytes));
		expect(kept(sbsysText(xml), result)).toBeGreaterThanOrEqual(0.97);
		await golden(name, result);
	});

	test('publishers, creators, their e-mail addresses and the server paths never reach the output', async () => {
		const name = 'ballerup-kmb-it-udvalget-2013-05-15.zip';
		const output = markdownFilesOf(await ingestOriginal(name, 'ballerup')).map((file) => file.content).join('\n');
		expect(output).not.toMatch(/@balk\.dk|c:\\publish|Vibeke Romney Lauridsen|Mai Førster Henriksen|Jette Brøndum/i);
	});

	test('aarhus-moedesystemgruppen-2016-10-06.zip: the minutes from the public PDF, split at the items and sub-items the XML lists', async () => {
		const name = 'aarhus-moedesystemgruppen-2016-10-06.zip';
		const result = await ingestOriginal(name, 'aarhus');
		expect(frontmatter(result, 'meetings/aarhus/2016-10-06-moedesystemgruppen.md')).toMatchObject({ committee: 'Mødesystemgruppen', date: '2016-10-06', time: '13:00', location: 'Rådhuset lokale 233', status: 'referat' });
		expect(summary(result).map((item) => `${item.number} ${item.title}`)).toEqual([
			'1 First Agenda',
			'1.1 Status siden sidst',
			'1.2 Status på udviklingsønsker',
			'1.3 Besøg af First Agenda',
			'1.4 Plan for resten af året',
			'2 GetOrganized',
			'2.1 Status siden sidst',
			'2.2 Plan for resten af året',
			'2.3 Status over udviklingsønsker',
			'3 Eventuelt',
		]);
		expect(markdownFilesOf(result).map((file) => file.path)).toContain('cases/aarhus/2016-10-06-moedesystemgruppen/1-1.md');
		expect(frontmatter(result, '/1-1.md').decision).toMatch(/^Alle skal have indhold\./);
		// The pseudo-items numbered 0 carry the minutes' files; they are no agenda items.
		expect(summary(result).some((item) => item.number === '0')).toBe(false);
		const zip = unzip(new Uint8Array(await read(name)));
		const open = zip.entries.find((entry) => entry.name === 'Appendix_referat - åbent.pdf')!;
		expect(kept(await pdfText(open.bytes), result)).toBeGreaterThanOrEqual(0.97);
		await golden(name, result);
	});

	test('the PDF of open and closed minutes is never read into the output', async () => {
		const result = await ingestOriginal('aarhus-moedesystemgruppen-2016-10-06.zip', 'aarhus');
		const zip = unzip(new Uint8Array(await read('aarhus-moedesystemgruppen-2016-10-06.zip')));
		const closed = await pdfText(zip.entries.find((entry) => entry.name === 'Appendix_referat - åbent og lukket.pdf')!.bytes);
		const open = await pdfText(zip.entries.find((entry) => entry.name === 'Appendix_referat - åbent.pdf')!.bytes);
		const onlyClosed = closed.split('\n').filter((line) => line.trim().length > 20 && !open.includes(line.trim()));
		const output = markdownFilesOf(result).map((file) => file.content).join('\n');
		for (const line of onlyClosed) expect(output).not.toContain(line.trim());
	});
});

describe('A municipality\'s Word export (Glostrup)', () => {
	test('glostrup-oekonomiudvalget-2025-11-19.docx: a truncated file recovered; facts, four items, the closed one, case numbers, authority, signatures', async () => {
		const name = 'glostrup-oekonomiudvalget-2025-11-19.docx';
		const result = await ingestOriginal(name, 'glostrup');
		expect(result.format).toBe('word');
		const meeting = frontmatter(result, 'meetings/glostrup/2025-11-19-oekonomiudvalget.md');
		expect(meeting).toMatchObject({ committee: 'Økonomiudvalget', date: '2025-11-19', time: '14:00', location: 'Teams', status: 'referat', absent: ['Lars Thomsen (U)', 'Torben Martinsen (V)'] });
		expect((meeting.participants as string[]).length).toBe(9);
		expect(summary(result)).toEqual([
			{ number: '1', title: 'Godkendelse af dagsordenen', caseNumber: '25/23642', closed: false },
			{ number: '2', title: 'Orientering fra borgmesteren', caseNumber: '25/23642', closed: false },
			{ number: '3', title: 'Ansættelse af centerchef til Center for Glostrup Ejendomme', caseNumber: '25/20079', closed: false },
			{ number: '4', title: 'Orientering fra borgmesteren', caseNumber: '25/23642', closed: true },
		]);
		const parsed = items(result);
		expect(parsed.map((item) => item.authority)).toEqual(['Økonomiudvalget', 'Økonomiudvalget', 'Økonomiudvalget', 'Økonomiudvalget']);
		expect(parsed[2]).toMatchObject({ decision: 'Indstillingen godkendt.\nIndstillingen godkendt.', decisionClass: 'approved' });
		expect(parsed[3]).toMatchObject({ closed: true, decision: 'Intet til orientering.' });
		expect(result.warnings.map((warning) => warning.message)).toEqual([expect.stringContaining('Word-filen var afkortet')]);
		expect(kept(wordText(new Uint8Array(await read(name))), result)).toBeGreaterThanOrEqual(0.97);
		await golden(name, result);
	});
});

describe('Typed protocols: one file, many meetings', () => {
	test.each([
		['protocols/tiset-sogneraad-1940.txt', 16, '1940-01-24', '1941-01-20', 'Tiset Sogneraad'],
		['protocols/vejlby-risskov-sogneraad-1941.txt', 15, '1941-01-14', '1941-11-25', 'Sogneraadet'],
	])('%s: %i meetings, from the first date line to the last, every word kept', async (name, count, first, last, committee) => {
		const result = await ingestOriginal(name, 'aarhus');
		expect(result.format).toBe('protokol');
		expect(result.meetingIds).toHaveLength(count);
		const dates = result.meetings.map((meeting) => meeting.data.date);
		expect(dates[0]).toBe(first);
		expect(dates.at(-1)).toBe(last);
		expect([...dates].sort()).toEqual(dates);
		expect(new Set(result.meetings.map((meeting) => meeting.data.committee))).toEqual(new Set([committee]));
		expect(kept((await read(name)).toString('utf8'), result)).toBeGreaterThanOrEqual(0.97);
		await golden(name, result);
	});

	test('Tiset, 24 January 1940: the time, the place, nine numbered items with their decisions, and the signatures', async () => {
		const result = await ingestOriginal('protocols/tiset-sogneraad-1940.txt', 'aarhus');
		const meeting = frontmatter(result, 'meetings/aarhus/1940-01-24-tiset-sogneraad.md');
		expect(meeting).toMatchObject({ committee: 'Tiset Sogneraad', date: '1940-01-24', time: '15:00', status: 'referat' });
		const first = result.meetings[0]!;
		expect(first.items.map((item) => item.data.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
		expect(first.items[0]!.data.decision).toMatch(/^Vedtoges at svare, at man/);
		expect(first.items[5]!.data).toMatchObject({ title: 'Grænseforengen ansøgte om Tilskud', decision: 'Bevilgedes 10 Kr.' });
		expect(first.body).toContain('## Underskrifter');
		expect(first.body).toContain('Chr. Jensen');
	});

	test('a date without its year is the year the book has reached; absences in prose are read', async () => {
		const result = await ingestOriginal('protocols/tiset-sogneraad-1940.txt', 'aarhus');
		const february = result.meetings.find((meeting) => meeting.data.date === '1940-02-14')!;
		expect(february.data).toMatchObject({ time: '17:00', location: 'Ravnholt Forsamlingshus', absent: ['Jens Hedegaard'] });
		// "Kl. 7" alone may be morning or evening: no time is guessed.
		expect(result.meetings.find((meeting) => meeting.data.date === '1940-06-04')!.data.time).toBeUndefined();
	});
});
