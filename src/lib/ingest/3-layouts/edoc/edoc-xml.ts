import { formatDate } from '../../../site/format-date.ts';
import type { SourceDocument } from '../../2-read/document/source-document.ts';
import { IngestError } from '../../ingest-error.ts';
import { child, children, textOf, type XmlElement } from '../../2-read/xml-element.ts';
import { ParseContext } from '../shared/parse-context.ts';
import { captioned, memberName, systemDateTime, Units } from '../shared/structured.ts';
import type { ParsedMeeting, ParsedSection } from '../types.ts';
import { append } from '../../append.ts';

/** True for eDoc's agenda XML (Fujitsu, namespace http://www.fujitsu.dk/agenda/xml/schemas/…): a committee with a meeting and its agenda. */
export const isEdocXml = (xml: XmlElement | undefined): boolean => Boolean(xml && child(child(child(xml, 'Committee'), 'Meeting'), 'Agenda'));

/** eDoc says this where a decision is not yet released; it is no decision. */
const unreleased = /^beslutning ikke frigivet\.?$/i;

/** The agenda's own type ("Dagsorden", "Referat"), else the output's ("Agenda" is the agenda; eDoc's other outputs are minutes); none when neither says. */
function agendaStatus(type: string, output: string): 'dagsorden' | 'referat' | undefined {
	if (/^(dagsorden|agenda)$/i.test(type)) return 'dagsorden';
	if (/^(referat|beslutningsprotokol|protokol)$/i.test(type)) return 'referat';
	if (/^agenda$/i.test(output)) return 'dagsorden';
	if (/^(summary|minutes|referat|protocol)$/i.test(output)) return 'referat';
	return undefined;
}

/**
 * The item's handling plan: the case's treatments in other meetings, each with its committee,
 * date, number and released decision, and this meeting's own ("This"). Another meeting's decision
 * is an earlier (or later) treatment quoted in the item; this meeting's is the decision, unless a
 * case presentation already is.
 */
function handlings(item: XmlElement, units: Units, meetingDate: string, hasDecision: boolean): ParsedSection[] {
	const sections: ParsedSection[] = [];
	for (const handling of children(child(item, 'HandlingPlan'), 'Handling')) {
		const decision = textOf(handling, 'Decision');
		if (decision === '' || unreleased.test(decision.trim())) continue;
		const when = systemDateTime(textOf(handling, 'MeetingDate'));
		const here = textOf(handling, 'Placement') === 'This' || (when?.date === meetingDate && !textOf(handling, 'CommitteeName'));
		const lines = units.html(decision, { path: `${handling.path}/Decision` });
		if (lines.every((line) => line.text === '')) continue;
		if (here) {
			if (!hasDecision) sections.push({ kind: 'decision', heading: 'Beslutning', line: lines[0]!.n, at: lines[0]!.at!, lines });
			continue;
		}
		const body = textOf(handling, 'CommitteeName').replace(/\s+/g, ' ').trim();
		if (!when || !body) {
			sections.push({ kind: 'text', heading: 'Beslutning', line: lines[0]!.n, at: lines[0]!.at!, lines });
			continue;
		}
		const number = textOf(handling, 'SerialNo');
		const label = `${body}, ${formatDate(when.date)}${number ? `, pkt. ${number}` : ''}`;
		const heading = units.text(label, { path: `${handling.path}/CommitteeName` });
		sections.push({ kind: 'treatment', heading: label, line: heading.n, at: heading.at!, lines, treatment: { label, body, date: when.date, ...(number ? { number } : {}) } });
	}
	return sections;
}

/**
 * eDoc 4's agenda output as XML (Middelfart): the committee, the meeting's time, place and
 * participants with their parties, the agenda's type, and each agenda element: its handling item's
 * serial number, title, case number and id, whether it is public (a closed item is not), its case
 * presentations under their titles (HTML, read by the HTML reader; the decision is the one marked
 * as such) and its public attachments. Case workers' names and file paths are the system's, not
 * the minutes', and are not read.
 */
export function parseEdocXml(document: SourceDocument): ParsedMeeting[] {
	const root = document.xml!;
	const committee = child(root, 'Committee')!;
	const meeting = child(committee, 'Meeting')!;
	const agenda = child(meeting, 'Agenda')!;
	const context = new ParseContext();
	const units = new Units();

	const name = units.text(textOf(committee, 'Name'), { path: `${committee.path}/Name` });
	context.fact('committee', name.text, name);
	context.consume(name, 'udvalg (i frontmatter)', name.text);
	const when = systemDateTime(textOf(meeting, 'MeetingDateTime'));
	if (!when) throw new IngestError(document.path, { path: `${meeting.path}/MeetingDateTime` }, `mødets tidspunkt "${textOf(meeting, 'MeetingDateTime')}" kan ikke læses; forventede fx 02-05-2017 10:00`);
	const stamp = units.text('', { path: `${meeting.path}/MeetingDateTime` });
	context.fact('date', when.date, stamp);
	context.fact('time', when.time, stamp);
	if (textOf(meeting, 'MeetingLocation')) {
		const place = units.text(textOf(meeting, 'MeetingLocation'), { path: `${meeting.path}/MeetingLocation` });
		context.fact('location', place.text, place);
		context.consume(place, 'mødested (i frontmatter)', place.text);
	}
	const people = children(child(meeting, 'MeetingParticipants'), 'MeetingParticipant').map((person) => ({
		// External participants (officials, guests) are not members; their names are not published.
		line: units.text(memberName(textOf(person, 'Name'), textOf(person, 'PoliticalPartyList')), { path: `${person.path}/Name` }),
		present: textOf(person, 'Participate') !== 'false',
	}));
	for (const { line } of people) context.consume(line, 'deltager (i frontmatter)', line.text);
	const present = people.filter((person) => person.present).map((person) => person.line);
	const absent = people.filter((person) => !person.present).map((person) => person.line);
	if (present.length > 0) context.fact('participants', present.map((line) => line.text), present[0]!);
	if (absent.length > 0) context.fact('absent', absent.map((line) => line.text), absent[0]!);
	const status = agendaStatus(textOf(agenda, 'Type'), textOf(root, 'OutputTypeEnumName'));
	if (status) context.fact('status', status, stamp);

	for (const element of children(child(agenda, 'AgendaElements'), 'AgendaElement')) {
		const item = child(element, 'HandlingItem');
		if (!item) continue;
		const title = units.text(textOf(item, 'Title'), { path: `${item.path}/Title` });
		context.consume(title, 'punktoverskrift (titel i frontmatter)', title.text);
		const sections: ParsedSection[] = [];
		for (const presentation of children(child(item, 'CasePresentations'), 'CasePresentation')) {
			const html = textOf(presentation, 'Content');
			if (html === '' || unreleased.test(html)) continue;
			const lines = units.html(html, { path: `${presentation.path}/Content` });
			if (lines.every((line) => line.text === '')) continue;
			const section = captioned(textOf(presentation, 'Title'), lines, lines[0]!.n, { path: `${presentation.path}/Title` });
			if (textOf(presentation, 'IsDecision') === 'true') section.kind = 'decision';
			sections.push(section);
		}
		append(sections, handlings(item, units, when.date, sections.some((section) => section.kind === 'decision')));
		const attachments = children(child(item, 'Attachments'), 'Attachment')
			.filter((attachment) => (textOf(attachment, 'AccessEnumName') || 'Public') === 'Public')
			.map((attachment) => units.text(textOf(attachment, 'Title'), { path: `${attachment.path}/Title` }))
			.filter((line) => line.text !== '');
		if (attachments.length > 0) sections.push({ kind: 'attachments', heading: 'Bilag', line: attachments[0]!.n, at: attachments[0]!.at!, lines: attachments, attachments: attachments.map((line) => line.text) });
		const caseNumber = textOf(item, 'CaseNumber');
		const id = textOf(item, 'Identifier').toLowerCase();
		context.items.push({
			line: title.n,
			...(id ? { id } : {}),
			number: textOf(item, 'SerialNo') || textOf(element, 'SortOrder'),
			title: title.text,
			...(caseNumber ? { caseNumber } : {}),
			closed: textOf(element, 'AccessIsPublic') === 'false',
			sections,
		});
	}
	const meetingId = textOf(meeting, 'MeetingIdentifier');
	return [{ ...context.result(), units: units.all, ...(meetingId ? { publication: { meetingId: meetingId.toLowerCase() } } : {}) }];
}
