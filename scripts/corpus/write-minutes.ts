import { formatDate } from '../../src/lib/site/format-date.ts';
import type { GeneratedItem, GeneratedMeeting, GeneratedSection } from './plan-corpus.ts';

/** A raw export as a municipality's system would publish it, and the sidecar it needs, if any. */
export interface WrittenMinutes {
	fileName: string;
	text: string;
	sidecar?: string;
}

const weekdays = ['Søndag', 'Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag'];
const numeric = (date: string) => date.split('-').reverse().join('-');
const weekday = (date: string) => weekdays[new Date(`${date}T00:00:00Z`).getUTCDay()]!;

/** Paragraph blocks under one heading; `indent` is what the web exports put before every line. */
const block = (section: GeneratedSection, indent = '') =>
	[`${indent}${section.heading}`, ...section.paragraphs.map((paragraph) => paragraph.map((line) => `${indent}${line}`).join('\n'))].join('\n\n');

/** An item's sections, with a firstagenda decision heading naming the body and the date. */
function sections(item: GeneratedItem, meeting: GeneratedMeeting, indent = ''): string[] {
	return item.sections.map((section) =>
		section.kind === 'decision' && meeting.municipality.format === 'firstagenda'
			? block({ ...section, heading: `${section.heading === 'Vedtagelse' ? 'Vedtagelse i' : 'Beslutning'} ${meeting.committee.name} den ${numeric(meeting.date)}` }, indent)
			: block(section, indent),
	);
}

/** Page numbers for a table of contents: roughly 3,000 characters to a page, after two of front matter. */
function pages(items: readonly GeneratedItem[]): number[] {
	let page = 3;
	return items.map((item) => {
		const here = page;
		page += 1 + Math.floor(item.sections.reduce((sum, section) => sum + section.paragraphs.flat().join(' ').length, 0) / 3000);
		return here;
	});
}

/** FirstAgenda's PDF export as text (Rudersdal, Høje-Taastrup). */
function firstagenda(meeting: GeneratedMeeting): string {
	const page = pages(meeting.items);
	return [
		'',
		`${meeting.status === 'referat' ? 'REFERAT' : 'DAGSORDEN'} ${meeting.committee.name} d. ${numeric(meeting.date)}`,
		`Mødedato ${weekday(meeting.date)} d. ${formatDate(meeting.date)} kl. ${meeting.time}`,
		`Mødested ${meeting.location}`,
		`Mødedeltagere ${meeting.participants.join(', ')}`,
		...(meeting.absent.length > 0 ? [`Afbud ${meeting.absent.join(', ')}`] : []),
		'Indholdsfortegnelse',
		meeting.items.map((item, i) => `${item.title}.....\t${page[i]}`).join('\n'),
		...meeting.items.flatMap((item) => [
			`Punkt ${item.number}: ${item.title}`,
			...(item.caseNumber ? [item.caseNumber] : []),
			...sections(item, meeting),
			...(item.attachments.length > 0 ? ['Bilag', item.attachments.map((name, i) => `Bilag ${i + 1}: ${name}`).join('\n')] : []),
		]),
	].join('\n\n');
}

/** Hedensted's PDF export as text (Prepare/Acadre): tab-labelled header, tabular contents, journal numbers. */
function hedensted(meeting: GeneratedMeeting): string {
	const page = pages(meeting.items);
	const attachments = meeting.items.flatMap((item) => item.attachments);
	return [
		'\n\n',
		meeting.municipality.name,
		meeting.committee.name,
		[
			`${meeting.status === 'referat' ? 'Referat' : 'Dagsorden'}\t`,
			`Mødedato:\t${formatDate(meeting.date)}`,
			`Mødetidspunkt:\tKl. ${meeting.time}`,
			`Mødested:\t${meeting.location}`,
			`Deltagere: ${meeting.participants.join(', ')}\t`,
			`Fraværende:\t${meeting.absent.join(', ')}`,
		].join('\n'),
		'\n\nIndholdsfortegnelse',
		['Pkt.\tTekst\tSide', ...meeting.items.map((item, i) => `${item.number}\t<u>${item.title}</u>\t${page[i]}`)].join('\n'),
		...meeting.items.flatMap((item) => [
			`\n\n${item.caseNumber}`,
			`${item.number}. ${item.title}`,
			...sections(item, meeting),
			...(item.attachments.length > 0 ? ['Bilag', item.attachments.map((name) => `- ${name}`).join('\n')] : []),
		]),
		...(attachments.length > 0 ? ['\n\nBilag', attachments.map((name) => `- [${name}](#)`).join('\n')] : []),
		'\n\nUnderskrifter',
		...meeting.participants,
	].join('\n\n');
}

/** Rødovre's web page as text: the title above "Sag nr.", then "Beslutningskompetence". */
function roedovre(meeting: GeneratedMeeting): string {
	const first = meeting.items[0]!.number;
	const last = meeting.items.at(-1)!.number;
	return [
		meeting.committee.name,
		numeric(meeting.date),
		'Medlemmer',
		meeting.participants.join('\n'),
		`Sager ${first} - ${last}`,
		'Fold alle ud',
		...meeting.items.flatMap((item) => [
			`${item.title}\nSag nr. ${item.number}`,
			`Beslutningskompetence: ${item.authority}`,
			...sections(item, meeting),
			...(item.attachments.length > 0 ? ['Bilag', item.attachments.join('\n')] : []),
		]),
	].join('\n\n');
}

/** Stevns's web page as text: "• 172. Titel" and indented sections; committee and date go in a sidecar. */
function stevns(meeting: GeneratedMeeting): string {
	return [
		meeting.status === 'referat' ? 'Referat' : 'Dagsorden',
		...meeting.items.flatMap((item) => [
			`  • ${item.number}. ${item.title}`,
			...(item.attachments.length > 0 ? [`    ${item.attachments.map((name) => `application/pdf icon ${name}`).join('')}`] : []),
			...sections(item, meeting, '    '),
		]),
	].join('\n\n');
}

const writers = { firstagenda, hedensted, roedovre, stevns };

export function writeMinutes(meeting: GeneratedMeeting): WrittenMinutes {
	const { format } = meeting.municipality;
	const text = `${writers[format](meeting)}\n`;
	const fileName = `${meeting.date}-${meeting.committee.slug}`;
	if (format !== 'stevns') return { fileName, text };
	// JSON is YAML: quoting every value keeps commas, colons and times as the strings they are.
	const sidecar = {
		committee: meeting.committee.name,
		date: meeting.date,
		time: meeting.time,
		location: meeting.location,
		participants: meeting.participants,
		...(meeting.absent.length > 0 ? { absent: meeting.absent } : {}),
	};
	return { fileName, text, sidecar: `${Object.entries(sidecar).map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('\n')}\n` };
}
