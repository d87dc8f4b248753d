import { formatDate } from '../../../site/format-date.ts';
import { parseDanishDate } from '../../danish-date.ts';
import type { SourceDocument } from '../../2-read/document/source-document.ts';
import { IngestError } from '../../ingest-error.ts';
import { children, type XmlElement } from '../../2-read/xml-element.ts';
import type { SourceLine } from '../../2-read/source-lines.ts';
import { ParseContext } from '../shared/parse-context.ts';
import { captioned, memberName, systemDateTime, systemTimestamp, Units } from '../shared/structured.ts';
import type { ParsedAttachmentFile, ParsedMeeting, ParsedSection } from '../types.ts';

/** Acadre writes its data as nested `<table name="…">` of `<fields><field name="…">`. */
const tables = (element: XmlElement | undefined, name: string): XmlElement[] => children(element, 'table').filter((table) => table.attributes.name === name);
const table = (element: XmlElement | undefined, name: string): XmlElement | undefined => tables(element, name)[0];
function field(element: XmlElement | undefined, name: string): XmlElement | undefined {
	for (const fields of children(element, 'fields')) {
		const found = children(fields, 'field').find((candidate) => candidate.attributes.name === name);
		if (found) return found;
	}
	return undefined;
}
const value = (element: XmlElement | undefined, name: string): string => field(element, name)?.text.trim() ?? '';

/** True for an Acadre MM agenda XML: `<root><table name="agenda">` with its committee and meeting. */
export const isAcadreXml = (xml: XmlElement | undefined): boolean => Boolean(xml?.name === 'root' && table(xml, 'agenda') && table(table(xml, 'agenda'), 'meeting'));

/** "Beslutning i Udvalget for plan, udvikling og kultur (PUK) den 24-04-2013": the body and the date of a decision. */
const decisionBullet = /^(?:Beslutning|Vedtagelse|Afgørelse)(?: i| fra)? (.+?) den (\d{1,2}[-./]\d{1,2}[-./]\d{4})$/;

/** The agenda's kind: Acadre names it ("Dagsorden", "Referat", "Tillægsdagsorden"). */
function agendaStatus(name: string): 'dagsorden' | 'referat' | undefined {
	if (/referat|protokol/i.test(name)) return 'referat';
	if (/dagsorden/i.test(name)) return 'dagsorden';
	return undefined;
}

/**
 * Acadre MM's agenda XML (Syddjurs and others; published with the agenda as a Word file and the
 * attachments in a `Files_…` folder): the agenda's kind and production time, the committee, the
 * meeting's time, place and members (absent ones marked), and per item (`agendaitemparents`) its
 * running number, title, case number, access (1 open; 2 closed, 3 about a person) and its bullets,
 * HTML under their names. A bullet "Beslutning i <udvalg> den <dato>" is this meeting's decision
 * on the meeting's date, and an earlier treatment on any other. Case officers, creators and
 * members' e-mail addresses are the system's and are not read.
 */
export function parseAcadreXml(document: SourceDocument, entries: readonly SourceDocument[] = []): ParsedMeeting {
	const root = document.xml!;
	const agenda = table(root, 'agenda')!;
	const committee = table(agenda, 'committee');
	const meeting = table(agenda, 'meeting')!;
	const where = (element: XmlElement, name?: string) => {
		const target = name ? field(element, name) : element;
		return { path: `${document.entry ? `${document.entry} → ` : ''}${target?.path ?? element.path}` };
	};
	const context = new ParseContext();
	const units = new Units();

	const committeeName = units.text(value(committee, 'name'), where(committee ?? agenda, 'name'));
	if (committeeName.text) {
		context.fact('committee', committeeName.text, committeeName);
		context.consume(committeeName, 'udvalg (i frontmatter)', committeeName.text);
	}
	const when = systemDateTime(value(meeting, 'date'));
	if (!when) throw new IngestError(document.path, where(meeting, 'date'), `mødets tidspunkt "${value(meeting, 'date')}" kan ikke læses; forventede fx 2013-06-20 10:30`);
	const stamp = units.text('', where(meeting, 'date'));
	context.fact('date', when.date, stamp);
	context.fact('time', when.time, stamp);
	const kind = units.text(value(agenda, 'name'), where(agenda, 'name'));
	const status = agendaStatus(kind.text);
	if (status) context.fact('status', status, kind);
	context.consume(kind, 'dokumentets art (status i frontmatter)', status ? kind.text : undefined);
	const meetingName = units.text(value(meeting, 'name'), where(meeting, 'name'));
	// The meeting's own name ("Ekstraordinært PUK") says what kind of meeting it was.
	if (meetingName.text && meetingName.text !== committeeName.text) context.sections.push({ kind: 'remarks', heading: 'Møde', line: meetingName.n, at: meetingName.at!, lines: [meetingName] });
	const place = units.text(value(meeting, 'location'), where(meeting, 'location'));
	if (place.text) {
		context.fact('location', place.text, place);
		context.consume(place, 'mødested (i frontmatter)', place.text);
	}
	const people = tables(table(meeting, 'meetmember'), 'member').map((member) => ({
		line: units.text(memberName(value(member, 'name')), where(member, 'name')),
		absent: value(member, 'absent') === '1',
	}));
	for (const { line } of people) context.consume(line, 'deltager (i frontmatter)', line.text);
	const present = people.filter((person) => !person.absent && person.line.text).map((person) => person.line);
	const absent = people.filter((person) => person.absent && person.line.text).map((person) => person.line);
	if (present.length > 0) context.fact('participants', present.map((line) => line.text), present[0]!);
	if (absent.length > 0) context.fact('absent', absent.map((line) => line.text), absent[0]!);

	const folder = document.entry?.includes('/') ? document.entry.slice(0, document.entry.lastIndexOf('/') + 1) : '';
	for (const [index, parent] of tables(agenda, 'agendaitemparents').entries()) {
		const item = table(parent, 'agendaitem');
		if (!item) continue;
		const title = units.text(value(item, 'name'), where(item, 'name'));
		context.consume(title, 'punktoverskrift (titel i frontmatter)', title.text);
		const access = value(item, 'access');
		const closed = /lukket/i.test(value(item, 'accessname')) || (access !== '' && access !== '1');
		const sections: ParsedSection[] = [];
		for (const bullet of tables(item, 'bullet')) {
			const html = value(bullet, 'bulletcontent');
			if (html === '') continue;
			const lines = units.html(html, where(bullet, 'bulletcontent'));
			if (lines.every((line) => line.text === '')) continue;
			const name = value(bullet, 'bulletname').replace(/\s+/g, ' ');
			const decision = decisionBullet.exec(name);
			const date = decision ? parseDanishDate(decision[2]!) : undefined;
			if (decision && date && date !== when.date) {
				const label = `${decision[1]}, ${formatDate(date)}`;
				const heading = units.text(name, where(bullet, 'bulletname'));
				context.consume(heading, 'tidligere beslutning (udvalg og dato i overskriften)', decision[1], decision[2]);
				sections.push({ kind: 'treatment', heading: label, line: heading.n, at: heading.at!, lines, treatment: { label, body: decision[1]!, date } });
				continue;
			}
			const section = captioned(name || 'Indhold', lines, lines[0]!.n, where(bullet, 'bulletname'));
			if (decision) section.kind = 'decision';
			sections.push(section);
		}
		const listed: SourceLine[] = [];
		const files: ParsedAttachmentFile[] = [];
		for (const enclosure of tables(item, 'enclosure')) {
			const label = units.text(value(enclosure, 'name'), where(enclosure, 'name'));
			if (!label.text) continue;
			if (value(enclosure, 'access') !== '' && value(enclosure, 'access') !== '1') {
				context.drop(label, 'bilag, der ikke må offentliggøres');
				continue;
			}
			listed.push(label);
			const fileName = value(enclosure, 'filename');
			const file = fileName ? entries.find((entry) => entry.entry?.toLowerCase() === `${folder}${fileName}`.normalize('NFC').toLowerCase()) : undefined;
			if (file) files.push({ title: label.text, fileName: `${label.text}${/\.[a-z]+$/i.exec(fileName)?.[0].toLowerCase() ?? ''}`, document: file });
		}
		const caseNumber = value(item, 'caseno');
		context.items.push({
			line: title.n,
			...(value(item, 'sysid') ? { id: value(item, 'sysid') } : {}),
			number: value(parent, 'sort') || String(index + 1),
			title: title.text,
			...(caseNumber ? { caseNumber } : {}),
			closed,
			sections: listed.length > 0 ? [...sections, { kind: 'attachments', heading: 'Bilag', line: listed[0]!.n, at: listed[0]!.at!, lines: listed, attachments: listed.map((line) => line.text) }] : sections,
			...(files.length > 0 ? { files } : {}),
		});
	}
	const time = systemTimestamp(value(agenda, 'producedate'));
	const meetingId = value(meeting, 'sysid');
	return { ...context.result(), units: units.all, ...(time || meetingId ? { publication: { ...(time ? { time } : {}), ...(meetingId ? { meetingId } : {}) } } : {}) };
}
