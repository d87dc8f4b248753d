import { z } from 'astro/zod';
import type { SourceDocument } from '../../2-read/document/source-document.ts';
import { attachmentName } from '../attachments.ts';
import { IngestError } from '../../ingest-error.ts';
import { fragmentBlocks } from '../../2-read/html-reader.ts';
import { normaliseLine, type SourceLine } from '../../2-read/source-lines.ts';
import { closedMarker } from '../shared/split-sections.ts';
import { ParseContext } from '../shared/parse-context.ts';
import type { ParsedAttachmentFile, ParsedMeeting, ParsedSection } from '../types.ts';
import { committeeName, localDateTime } from './firstagenda-fields.ts';
import { itemSections } from './item-sections.ts';
import { append } from '../../append.ts';

const text = z.string().nullish();

/** The title of an item's own PDF among its attachment files: the portal offers it beside the item's text. */
const itemPdfTitle = 'Punktet som PDF';

/**
 * The part of FirstAgenda's Publication API meeting that the archive reads. Other fields (ids,
 * audio files, links) are the system's and are not published.
 */
const apiMeeting = z.object({
	Udvalg: z.object({ Navn: z.string() }),
	Moede: z.object({
		Dato: z.string(),
		Sted: text,
		Navn: text,
		Moededeltagere: z.array(z.object({ Name: z.string(), Absent: z.boolean().nullish(), ParticipationCancelled: z.boolean().nullish() })).nullish(),
	}),
	Dagsordenpunkter: z.array(
		z.object({
			Number: text,
			Punktnummer: text,
			Caption: text,
			Navn: text,
			SagsNummer: text,
			CaseNumber: text,
			Felter: z.array(z.object({ Navn: text, Html: text, DocumentId: text })).nullish(),
			Bilag: z.array(z.object({ Navn: text, Id: text })).nullish(),
		}),
	),
});

/** The attachment fetched with the meeting (`npm run fetch`): `<its folder>/<document id>.pdf`, found by the id alone. */
function fetchedFile(entries: readonly SourceDocument[], id: string | null | undefined): SourceDocument | undefined {
	if (!id) return undefined;
	const name = `${id.toLowerCase()}.pdf`;
	return entries.find((entry) => entry.entry?.split('/').pop()?.toLowerCase() === name);
}

/** A name the portal gave, as a download's file name: no folder in it, whatever the portal sent. */
const downloadName = (name: string) => `${name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/^[.\s-]+/, '').trim() || 'bilag'}.pdf`;

/** True for JSON from FirstAgenda's Publication API: one meeting with its committee and items. */
export const isFirstAgendaApi = (json: unknown): boolean =>
	typeof json === 'object' && json !== null && 'Dagsordenpunkter' in json && 'Moede' in json && 'Udvalg' in json;

/**
 * A meeting from FirstAgenda's Publication API (the JSON behind a municipality's agenda portal):
 * committee, date, time and place from `Moede` and `Udvalg`, participants and who was absent, then
 * each item's number, caption ("Lukket: …" for a closed item), case number, its HTML fields read
 * by the HTML reader, and its attachments: by name, and as files where the raw file's folder holds
 * them (a publication fetched by `npm run fetch`).
 */
export function parseApi(document: SourceDocument): ParsedMeeting[] {
	const parsed = apiMeeting.safeParse(document.json);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new IngestError(document.path, { path: issue.path.join('.') }, `JSON-filen ligner FirstAgendas, men feltet mangler eller har en anden form (${issue.message}); er filen hentet hel fra FirstAgenda?`, { cause: parsed.error });
	}
	const meeting = parsed.data;
	const entries = document.entries ?? [];
	const context = new ParseContext();
	const units: SourceLine[] = [];
	const numbering = { next: 1 };
	const unit = (value: string, path: string): SourceLine => {
		const line = { n: numbering.next++, text: normaliseLine(value).text.trim(), indent: 0, at: { path } };
		units.push(line);
		return line;
	};

	const committee = unit(meeting.Udvalg.Navn, 'Udvalg.Navn');
	const name = committeeName(committee.text);
	context.fact('committee', name, committee);
	context.consume(committee, 'udvalgets valgperiode og sorteringstegn (udvalget i frontmatter)', name);
	const when = localDateTime(meeting.Moede.Dato);
	if (!when) throw new IngestError(document.path, { path: 'Moede.Dato' }, `mødets dato "${meeting.Moede.Dato}" kan ikke læses; forventede fx 2024-10-02T19:00:00+02:00`);
	const dateUnit = unit('', 'Moede.Dato');
	context.fact('date', when.date, dateUnit);
	context.fact('time', when.time, dateUnit);
	if (meeting.Moede.Sted?.trim()) {
		const place = unit(meeting.Moede.Sted, 'Moede.Sted');
		context.fact('location', place.text, place);
		context.consume(place, 'mødested (i frontmatter)', place.text);
	}
	const people = (meeting.Moede.Moededeltagere ?? []).map((person, index) => ({ person, line: unit(person.Name, `Moede.Moededeltagere[${index}].Name`) }));
	const present = people.filter(({ person }) => !person.Absent && !person.ParticipationCancelled);
	const absent = people.filter(({ person }) => person.Absent || person.ParticipationCancelled);
	if (present.length > 0) context.fact('participants', present.map(({ line }) => line.text), present[0]!.line);
	if (absent.length > 0) context.fact('absent', absent.map(({ line }) => line.text), absent[0]!.line);
	for (const { line } of people) context.consume(line, 'deltager (i frontmatter)', line.text);
	// The meeting's name says "Dagsorden" even after decisions are recorded; decisions make a referat.
	if (/referat/i.test(meeting.Moede.Navn ?? '')) context.fact('status', 'referat', dateUnit);
	else if (/dagsorden/i.test(meeting.Moede.Navn ?? '')) context.fact('status', 'dagsorden', dateUnit);

	meeting.Dagsordenpunkter.forEach((item, index) => {
		const path = `Dagsordenpunkter[${index}]`;
		const caption = unit(item.Caption ?? item.Navn ?? '', `${path}.Caption`);
		const number = (item.Number ?? item.Punktnummer ?? String(index + 1)).trim();
		const { title, closed } = closedMarker(caption.text);
		context.consume(caption, 'punktoverskrift (titel i frontmatter)', title);
		const caseNumber = (item.SagsNummer ?? item.CaseNumber ?? '').trim();
		const blocks = (item.Felter ?? []).flatMap((field, fieldIndex) => (field.Html ? fragmentBlocks(field.Html, { path: `${path}.Felter[${fieldIndex}].Html` }) : []));
		const { sections, units: fieldUnits } = itemSections(blocks, context, numbering, { closed, title });
		append(units, fieldUnits);
		const names = (item.Bilag ?? []).map((attachment, attachmentIndex) => unit(attachment.Navn ?? '', `${path}.Bilag[${attachmentIndex}].Navn`)).filter((line) => line.text !== '');
		if (names.length > 0) {
			const attachments: ParsedSection = { kind: 'attachments', heading: 'Bilag', line: names[0]!.n, at: names[0]!.at!, lines: names, attachments: names.map((line) => attachmentName(line.text)) };
			sections.push(attachments);
		}
		// A fetched publication keeps the item's PDF and each attachment's in its folder, named by
		// their ids; a closed item's are never fetched, and never published if they were.
		const files: ParsedAttachmentFile[] = [];
		if (!closed) {
			for (const field of item.Felter ?? []) {
				const document = fetchedFile(entries, field.DocumentId);
				if (document) files.push({ title: itemPdfTitle, fileName: downloadName(`Punkt ${number} ${title}`.slice(0, 120)), document });
			}
			for (const attachment of item.Bilag ?? []) {
				const document = fetchedFile(entries, attachment.Id);
				const name = attachmentName(attachment.Navn ?? '');
				if (document && name) files.push({ title: name, fileName: downloadName(name), document });
			}
		}
		context.items.push({ line: caption.n, number, title, closed, ...(caseNumber ? { caseNumber } : {}), sections, ...(files.length > 0 ? { files } : {}) });
	});
	return [{ ...context.result(), units }];
}
