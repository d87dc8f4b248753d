import { formatDate } from '../../../site/format-date.ts';
import type { SourceDocument } from '../../2-read/document/source-document.ts';
import { IngestError } from '../../ingest-error.ts';
import { child, children, textOf, type XmlElement } from '../../2-read/xml-element.ts';
import type { SourceLine } from '../../2-read/source-lines.ts';
import { ParseContext } from '../shared/parse-context.ts';
import { captioned, systemDateTime, systemTimestamp, Units } from '../shared/structured.ts';
import type { ParsedAttachmentFile, ParsedItem, ParsedMeeting, ParsedSection } from '../types.ts';
import { enclosedMinutes } from './enclosed-minutes.ts';
import { append } from '../../append.ts';

/** True for an SBSYS eDagsorden publication: `<Publication>` with its agendas. */
export const isPublication = (xml: XmlElement | undefined): boolean => xml?.name === 'Publication' && Boolean(child(child(xml, 'Agendas'), 'Agenda'));

const yes = (value: string) => /^(true|1)$/i.test(value.trim());

/** SBSYS's publication types: 0 a draft (kladde), 1 the final agenda, 2 the minutes. */
function publicationStatus(publication: XmlElement, agenda: XmlElement): 'dagsorden' | 'referat' | 'kladde' | undefined {
	const value = textOf(publication, 'PublicationTypeAsValue') || textOf(agenda, 'PublicationTypeAsValue');
	const name = textOf(publication, 'PublicationTypeAsEnum');
	if (value === '0' || /^draft$/i.test(name)) return 'kladde';
	if (value === '1' || /^final$/i.test(name)) return 'dagsorden';
	if (value === '2' || /^minutes$/i.test(name)) return 'referat';
	return undefined;
}

/**
 * Who took part: SBSYS marks each meeting member "NotDecided" (0, a participant as far as anyone
 * knows), participating (1; 4 is "participates, with a note") or not (absence, illness …). Aarhus's
 * variant has `Participate` instead; there 0 is as undecided as SBSYS's 0.
 */
function participation(member: XmlElement): boolean {
	const status = textOf(member, 'ParticipationStatusAsValue');
	if (status !== '') return status === '0' || status === '1' || status === '4';
	return true;
}

/** The package's folder of the publication XML, to find its enclosures relative to it. */
const folderOf = (entry: string | undefined) => (entry?.includes('/') ? entry.slice(0, entry.lastIndexOf('/') + 1) : '');

/** The enclosure's file in the package, by the paths SBSYS writes (backslashes, relative to the XML) or its name. */
function enclosureFile(enclosure: XmlElement, entries: readonly SourceDocument[], folder: string): SourceDocument | undefined {
	const names = [textOf(enclosure, 'InstantiationFilePathRelative'), textOf(enclosure, 'InstantiationFileName') && `Enclosures/${textOf(enclosure, 'InstantiationFileName')}`, textOf(enclosure, 'InstantiationFileName'), textOf(enclosure, 'FileName')]
		.filter((name) => name !== '')
		.map((name) => `${folder}${name.replace(/\\/g, '/')}`.normalize('NFC').toLowerCase());
	for (const name of names) {
		const found = entries.find((entry) => entry.entry?.toLowerCase() === name);
		if (found) return found;
	}
	return undefined;
}

/**
 * An SBSYS eDagsorden publication (`Publication*.xml`, with its files in the package): the
 * committee, the meeting's time, place and members, and each item's number, caption, case number,
 * openness, its fields (HTML in CDATA; the feedback field is the decision, "Beslutningen træffes
 * af" the authority), its decision history and its enclosures. Publishers' and case workers' names
 * and e-mail addresses and the server paths are the system's metadata and are never read. Aarhus's
 * variant leaves the fields empty and carries the minutes as a PDF on pseudo-items numbered 0.
 */
export function parsePublication(xml: XmlElement, document: SourceDocument, entries: readonly SourceDocument[]): ParsedMeeting {
	const agendas = children(child(xml, 'Agendas'), 'Agenda');
	const agenda = agendas[0]!;
	const where = (element: XmlElement, name?: string) => ({ path: `${document.entry ? `${document.entry} → ` : ''}${element.path}${name ? `/${name}` : ''}` });
	const status = publicationStatus(xml, agenda);
	if (status === 'kladde') throw new IngestError(document.path, where(xml, 'PublicationTypeAsValue'), 'SBSYS-pakken er en kladde, ikke en udgivet dagsorden; læg den endelige dagsorden eller referatet i stedet');
	const context = new ParseContext();
	const units = new Units();
	const meeting = child(agenda, 'Meeting');
	const committee = child(agenda, 'Committee');
	const name = units.text(textOf(committee, 'Name') || textOf(agenda, 'Name'), where(committee ?? agenda, 'Name'));
	if (name.text) {
		context.fact('committee', name.text, name);
		context.consume(name, 'udvalg (i frontmatter)', name.text);
	}
	const when = systemDateTime(textOf(meeting, 'When'));
	if (!when) throw new IngestError(document.path, where(meeting ?? agenda, 'When'), `mødets tidspunkt "${textOf(meeting, 'When')}" kan ikke læses; forventede fx 15-05-2013 16:30:00`);
	const stamp = units.text('', where(meeting!, 'When'));
	context.fact('date', when.date, stamp);
	context.fact('time', when.time, stamp);
	if (status) context.fact('status', status, stamp);
	const place = units.text(textOf(meeting, 'Where'), where(meeting!, 'Where'));
	if (place.text) {
		context.fact('location', place.text, place);
		context.consume(place, 'mødested (i frontmatter)', place.text);
	}

	const enclosures = [
		...agendas.flatMap((each) => children(child(each, 'Enclosures'), 'Enclosure')),
		...agendas.flatMap((each) => children(child(each, 'Items'), 'Item').flatMap((item) => children(child(item, 'Enclosures'), 'Enclosure').map((enclosure) => Object.assign(enclosure, { owner: item })))),
	] as (XmlElement & { owner?: XmlElement })[];
	const folder = folderOf(document.entry);
	const items = agendas.flatMap((each) => children(child(each, 'Items'), 'Item'));
	const pseudo = items.filter((item) => textOf(item, 'Number') === '0');
	const real = items.filter((item) => textOf(item, 'Number') !== '0');

	// Aarhus: the fields are empty; the public minutes are a PDF on a pseudo-item numbered 0.
	const empty = real.every((item) => children(child(item, 'Fields'), 'ItemField').every((field) => textOf(field, 'Content') === ''));
	const minutesFile = empty
		? pseudo
				.filter((item) => yes(textOf(item, 'IsPublic')))
				.flatMap((item) => children(child(item, 'Enclosures'), 'Enclosure').filter((enclosure) => textOf(enclosure, 'IsPublic') === '' || yes(textOf(enclosure, 'IsPublic'))))
				.map((enclosure) => enclosureFile(enclosure, entries, folder))
				.find((file) => file !== undefined)
		: undefined;
	for (const item of pseudo) {
		const caption = units.text(textOf(item, 'Caption'), where(item, 'Caption'));
		context.drop(caption, 'referatets samlede fil (punkt 0 er ikke et dagsordenspunkt)');
	}

	const people = children(child(meeting, 'Members'), 'MeetingMember').map((member) => ({ line: units.text(textOf(member, 'Name'), where(member, 'Name')), present: participation(member) }));
	if (minutesFile) {
		for (const { line } of people) context.drop(line, 'mødedeltager (deltagerlisten står i referatet)');
	} else {
		for (const { line } of people) context.consume(line, 'deltager (i frontmatter)', line.text);
		const present = people.filter((person) => person.present && person.line.text).map((person) => person.line);
		const absent = people.filter((person) => !person.present && person.line.text).map((person) => person.line);
		if (present.length > 0) context.fact('participants', present.map((line) => line.text), present[0]!);
		if (absent.length > 0) context.fact('absent', absent.map((line) => line.text), absent[0]!);
	}
	const frontpage = textOf(agenda, 'Frontpage');
	if (frontpage) {
		const lines = units.html(frontpage, where(agenda, 'Frontpage'));
		if (lines.length > 0) context.sections.push({ kind: 'text', line: lines[0]!.n, at: lines[0]!.at!, lines });
	}

	for (const item of real) {
		const title = units.text(textOf(item, 'Caption'), where(item, 'Caption'));
		context.consume(title, 'punktoverskrift (titel i frontmatter)', title.text);
		const parsed: ParsedItem = {
			line: title.n,
			...(item.attributes.ID ? { id: item.attributes.ID.toLowerCase() } : {}),
			number: textOf(item, 'Number'),
			title: title.text,
			closed: !yes(textOf(item, 'IsPublic')),
			sections: [],
		};
		const caseNumber = textOf(item, 'ItemCaseNumber') || textOf(child(item, 'Case'), 'Number');
		if (caseNumber) parsed.caseNumber = caseNumber;
		for (const field of children(child(item, 'Fields'), 'ItemField')) {
			const html = textOf(field, 'Content');
			if (html === '') continue;
			const caption = textOf(field, 'Caption');
			const lines = units.html(html, where(field, 'Content'));
			if (lines.every((line) => line.text === '')) continue;
			// The field's caption may be the item's title again (Aarhus): then it heads nothing new.
			if (/^beslutningen træffes af$/i.test(caption)) {
				parsed.authority = lines.map((line) => line.text).join(' ');
				for (const line of lines) context.consume(line, 'beslutningskompetence (i frontmatter)', parsed.authority);
				continue;
			}
			const section: ParsedSection =
				caption === '' || caption === parsed.title ? { kind: 'text', line: lines[0]!.n, at: lines[0]!.at!, lines } : captioned(caption, lines, lines[0]!.n, where(field, 'Caption'));
			if (yes(textOf(field, 'IsFeedback')) && /beslutning|referat/i.test(caption)) section.kind = 'decision';
			parsed.sections.push(section);
		}
		append(parsed.sections, itemHistory(item, units, where));
		const absentees = children(child(item, 'Members'), 'ItemMember').filter((member) => textOf(member, 'ParticipationStatusAsValue') === '4' || /^(absent|notparticipating)$/i.test(textOf(member, 'ParticipationStatusAsText')));
		if (absentees.length > 0) {
			const lines = absentees.map((member) => units.text(textOf(member, 'Name'), where(member, 'Name')));
			parsed.sections.push({ kind: 'remarks', heading: 'Deltog ikke i behandlingen', line: lines[0]!.n, at: lines[0]!.at!, lines });
		}
		// SBSYS lists an item's enclosures both under the item and under the agenda: one attachment each.
		const seen = new Set<string>();
		const own = enclosures.filter((enclosure) => {
			if (enclosure.owner !== item && (enclosure.owner || enclosure.attributes.ItemID !== item.attributes.ID)) return false;
			const key = enclosure.attributes.ID ?? `${textOf(enclosure, 'Name')}\0${textOf(enclosure, 'FileName')}`;
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
		const listed: SourceLine[] = [];
		const files: ParsedAttachmentFile[] = [];
		for (const enclosure of own) {
			const label = units.text(textOf(enclosure, 'Name') || textOf(enclosure, 'FileName'), where(enclosure, 'Name'));
			if (!label.text) continue;
			// A protected enclosure is not for publication: not even its name.
			if (yes(textOf(enclosure, 'IsProtected')) || textOf(enclosure, 'IsPublic').toLowerCase() === 'false') {
				context.drop(label, 'bilag, der ikke må offentliggøres');
				continue;
			}
			listed.push(label);
			const file = enclosureFile(enclosure, entries, folder);
			if (file) files.push({ title: label.text, fileName: textOf(enclosure, 'FileName') || file.entry!.split('/').pop()!, document: file });
		}
		if (listed.length > 0) parsed.sections.push({ kind: 'attachments', heading: 'Bilag', line: listed[0]!.n, at: listed[0]!.at!, lines: listed, attachments: listed.map((line) => line.text) });
		if (files.length > 0) parsed.files = files;
		context.items.push(parsed);
	}

	// The minutes themselves are no enclosure to publish without text: without them there is no meeting to read.
	if (minutesFile?.unreadable) throw new IngestError(document.path, { path: minutesFile.entry! }, minutesFile.unreadable);
	if (minutesFile) enclosedMinutes(minutesFile, context, units);
	const time = systemTimestamp(textOf(xml, 'Published') || xml.attributes.TimeStamp || '');
	const meetingId = meeting?.attributes.ID ?? agenda.attributes.ID;
	return {
		...context.result(),
		units: units.all,
		...(time || meetingId ? { publication: { ...(time ? { time } : {}), ...(meetingId ? { meetingId: meetingId.toLowerCase() } : {}) } } : {}),
	};
}

/** The item's decision history (`ItemHistory`): other meetings' decisions on the case, each as an earlier treatment. */
function itemHistory(item: XmlElement, units: Units, where: (element: XmlElement, name?: string) => { path: string }): ParsedSection[] {
	return children(child(item, 'ItemHistory'), 'ItemField').flatMap((field): ParsedSection[] => {
		const html = textOf(field, 'Content');
		if (html === '') return [];
		const lines = units.html(html, where(field, 'Content'));
		if (lines.every((line) => line.text === '')) return [];
		const details = child(field, 'MeetingDetails');
		const body = textOf(details, 'CommitteeName').replace(/\s+/g, ' ');
		const when = systemDateTime(textOf(details, 'MeetingDueDate'));
		if (!body || !when) return [captioned(textOf(field, 'Caption') || 'Tidligere behandling', lines, lines[0]!.n, where(field, 'Caption'))];
		const label = `${body}, ${formatDate(when.date)}`;
		const heading = units.text(label, where(field, 'MeetingDetails'));
		return [{ kind: 'treatment', heading: label, line: heading.n, at: heading.at!, lines, treatment: { label, body, date: when.date } }];
	});
}
