import type { Element, Root } from 'hast';
import { parseClockTime, parseDanishDate } from '../../danish-date.ts';
import type { SourceDocument } from '../../2-read/document/source-document.ts';
import { IngestError } from '../../ingest-error.ts';
import { htmlBlocks } from '../../2-read/html-reader.ts';
import { normaliseLine, type SourceLine } from '../../2-read/source-lines.ts';
import { findAll, findFirst, hasClass, rawText } from '../shared/hast.ts';
import { ParseContext } from '../shared/parse-context.ts';
import { closedMarker } from '../shared/split-sections.ts';
import type { ParsedMeeting } from '../types.ts';
import { committeeName } from './firstagenda-fields.ts';
import { itemSections } from './item-sections.ts';
import { append } from '../../append.ts';

const first = findFirst;
const clean = (text: string) => normaliseLine(text.replace(/\s+/g, ' ')).text.trim();
const textOf = rawText;

/** True for a saved FirstAgenda publication page: its agenda table of `tr.punktrow` rows. */
export const isFirstAgendaPage = (tree: Root): boolean => first(tree, (element) => element.tagName === 'tr' && hasClass(element, 'punktrow')) !== undefined;

/**
 * A meeting from a saved FirstAgenda publication page (the municipality's agenda portal), saved
 * after its scripts ran: committee, date, time, place and participants from the `dagsordeninfo`
 * table, and one item per `tr.punktrow`: number, title, case number, and the collapsed details
 * (fields and attachments) read by the HTML reader.
 */
export function parsePage(document: SourceDocument): ParsedMeeting[] {
	const tree = document.hast!;
	const context = new ParseContext();
	const units: SourceLine[] = [];
	const numbering = { next: 1 };
	const unit = (element: Element, value = clean(textOf(element))): SourceLine => {
		const line = element.position?.start.line;
		const made = { n: numbering.next++, text: value, indent: 0, ...(line ? { at: { line } } : {}) };
		units.push(made);
		return made;
	};

	const heading = first(tree, (element) => element.tagName === 'h1');
	if (heading) {
		const status = /^(Dagsorden|Referat)\b/i.exec(clean(textOf(heading)))?.[1];
		const line = unit(heading);
		if (status) context.fact('status', status.toLowerCase() as 'dagsorden' | 'referat', line);
		context.drop(line, 'sidens overskrift (status, dato og tid i frontmatter)');
	}
	const info = first(tree, (element) => element.tagName === 'table' && hasClass(element, 'dagsordeninfo'));
	for (const row of info ? findAll(info, (element) => element.tagName === 'tr') : []) {
		const [label, value] = row.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'td');
		if (!label || !value) continue;
		const name = clean(textOf(label)).replace(/:$/, '');
		const line = unit(value);
		if (line.text === '') continue;
		if (name === 'Udvalg') {
			const committee = committeeName(line.text);
			context.fact('committee', committee, line);
			context.consume(line, 'udvalg (i frontmatter)', committee);
		} else if (name === 'Mødedato') {
			const date = parseDanishDate(line.text);
			const time = parseClockTime(line.text.replace(/^.*?\d{4}/, ''));
			context.fact('date', date, line);
			context.fact('time', time, line);
			context.consume(line, 'mødedato (dato og tid i frontmatter)', date, time);
		} else if (name === 'Mødested') {
			context.fact('location', line.text, line);
			context.consume(line, 'mødested (i frontmatter)', line.text);
		} else if (name === 'Mødedeltagere' || name === 'Deltagere') {
			const people = line.text.split(/\s*[,;]\s*/).filter((person) => person !== '');
			context.fact('participants', people, line);
			context.consume(line, 'deltagere (i frontmatter)', line.text);
		} else if (name === 'Afbud' || name === 'Fraværende') {
			context.fact('absent', line.text.split(/\s*[,;]\s*/).filter((person) => person !== ''), line);
			context.consume(line, 'fraværende (i frontmatter)', line.text);
		} else context.warn(`feltet "${name}" i mødets oplysninger kendes ikke og udgives ikke: ${line.text}`, line);
	}

	const rows = findAll(tree, (element) => element.tagName === 'tr' && hasClass(element, 'punktrow'));
	if (rows.length === 0) throw new IngestError(document.path, undefined, 'siden har ingen dagsordenspunkter (tr.punktrow); er det hele mødesiden?');
	rows.forEach((row, index) => {
		const label = first(row, (element) => element.tagName === 'span' && hasClass(element, 'label'));
		const title = first(row, (element) => hasClass(element, 'overskrift'));
		const details = first(row, (element) => hasClass(element, 'details'));
		const caseElement = details && first(details, (element) => hasClass(element, 'sagsnummer'));
		const number = label ? clean(textOf(label)) : String(index + 1);
		const titleLine = unit(title ?? row);
		const marked = closedMarker(titleLine.text);
		// The page marks a closed item with a "Lukket punkt" label as well as, or instead of, its title.
		const closed = marked.closed || /\bLukket punkt\b/.test(clean(textOf(row)));
		context.consume(titleLine, 'punktoverskrift (titel i frontmatter)', marked.title);
		let caseNumber: string | undefined;
		if (caseElement) {
			const line = unit(caseElement);
			caseNumber = line.text || undefined;
			context.consume(line, 'sagsnummer (i frontmatter)', line.text);
		}
		const body = details ? { ...details, children: details.children.filter((child) => child !== caseElement) } : undefined;
		const { sections, units: fieldUnits } = itemSections(body ? htmlBlocks(body) : [], context, numbering, { closed, title: marked.title, agenda: context.facts.status === 'dagsorden' });
		append(units, fieldUnits);
		context.items.push({ line: titleLine.n, number, title: marked.title, closed, ...(caseNumber ? { caseNumber } : {}), sections });
	});
	return [{ ...context.result(), units }];
}
