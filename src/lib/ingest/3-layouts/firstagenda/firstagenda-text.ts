import { parseClockTime, parseDanishDate } from '../../danish-date.ts';
import type { SourceLine } from '../../2-read/source-lines.ts';
import { ParseContext } from '../shared/parse-context.ts';
import { caseNumberLine, closedMarker, splitSections } from '../shared/split-sections.ts';
import type { LineLayout } from '../types.ts';
import { append } from '../../append.ts';

const title = /^(REFERAT|DAGSORDEN|Referat|Dagsorden)\s+(\S.*?)\s+d\.\s+(\d{2}-\d{2}-\d{4})$/;
/** The document type on a line of its own, as the PDF export's front page prints it. */
const statusLine = /^(REFERAT|DAGSORDEN|Referat|Dagsorden)$/;
const item = /^Punkt\s+(\d+[a-z]?)\s*:\s*(\S.*)$/;
/** A table of contents entry: dotted leaders or a tab before the page number. */
const tocEntry = /(?:\.{3,}\s*|\t)\d+$/;
const label = /^(Mødedato|Dato|Mødetidspunkt|Tidspunkt|Tid|Mødested|Sted|Mødelokale|Lokale|Mødedeltagere|Deltagere|Medlemmer|Afbud|Fraværende)\s*:?\s+(\S.*)$/;
const names = (text: string) => text.split(/\s*[,;]\s*/).filter((name) => name !== '');
/** "Sagsnr.: EMN-2025-003383", "Sagsnummer 21/1084": a case number with its caption. */
const captionedCase = /^(?:Sagsnr\.?|Sagsnummer|Sag nr\.?|Sag|Journalnr\.?|J\.\s?nr\.?)\s*:?\s*(\S+)$/i;
/** A case number printed right of the title: in a cell of its own, or after it on the line (only an ESDH number, "EMN-2025-003383", there). */
const caseCell = /^(.*\S)(?:\t|\s+(?=[A-ZÆØÅ]{2,6}-\d{4}-\d{3,8}$))(\S+)$/;

/** The case number a line states, alone or with its caption. */
function caseNumberOf(text: string): string | undefined {
	const trimmed = text.trim();
	if (caseNumberLine.test(trimmed)) return trimmed;
	const captioned = captionedCase.exec(trimmed)?.[1];
	return captioned && caseNumberLine.test(captioned) ? captioned : undefined;
}

/**
 * Indexes of the lines that open an item: "Punkt N: Titel", not an entry of the table of contents.
 * Where the PDF reader found item headings by their font, only headings open items: a decision
 * that lists "Punkt 1: …" is text. Item numbers rise through a meeting, so a lower one is text too.
 */
function itemStarts(lines: readonly SourceLine[], tocEnd: number): number[] {
	const candidates = lines.flatMap((line, index) => (index >= tocEnd && item.test(line.text) && !tocEntry.test(line.text) ? [index] : []));
	const headings = candidates.filter((index) => lines[index]!.block?.type === 'heading');
	const starts: number[] = [];
	let last = -1;
	for (const index of headings.length > 0 ? headings : candidates) {
		const number = Number.parseInt(item.exec(lines[index]!.text)![1]!, 10);
		if (number <= last) continue;
		starts.push(index);
		last = number;
	}
	return starts;
}

/**
 * FirstAgenda's PDF export, as text (pdftotext: Rudersdal, Høje-Taastrup) or as the lines and
 * headings the PDF reader gives: "REFERAT <udvalg> d. DD-MM-YYYY", or "Referat", the committee and
 * a table of labelled facts (Mødedato, Mødetidspunkt, Mødested, Deltagere, Afbud); a table of
 * contents (dotted or tabbed page numbers); then "Punkt N: Titel" with the case number below
 * (21/1084, 21-014454, EMN-2025-003383, "Sagsnr.: …").
 */
export const firstagendaText: LineLayout = {
	name: 'firstagenda',
	label: 'FirstAgenda (PDF-eksport)',

	detect(lines) {
		const nonBlank = lines.filter((line) => line.text !== '');
		const first = nonBlank[0];
		const items = lines.filter((line) => item.test(line.text)).length;
		const front = first && statusLine.test(first.text.trim()) && nonBlank.slice(1, 8).some((line) => /^Mødedato\b/.test(line.text.trim()));
		// Without the title (a PDF may print it only as its running header), the facts' labels tell.
		const labelled = nonBlank.slice(0, 40).some((line) => /^Mødedato\b/.test(line.text.trim()));
		return Math.min(1, (first && (title.test(first.text.trim()) || front) ? 0.6 : labelled ? 0.2 : 0) + (items > 0 ? 0.4 : 0));
	},

	parse(lines, _path, omitted) {
		const context = new ParseContext();
		const toc = lines.findIndex((line) => line.text.trim() === 'Indholdsfortegnelse');
		// The table of contents: its entries (dotted or tabbed page numbers, or "Punkt N: …" lines
		// without them) and the lines an entry wrapped onto, up to the first item that is no entry.
		const tocLines = new Set<SourceLine>();
		let tocEnd = 0;
		if (toc >= 0) {
			// Without page numbers, the entries are item lines with nothing between them.
			const firstItem = lines.findIndex((line, index) => {
				if (index <= toc || !item.test(line.text) || tocEntry.test(line.text)) return false;
				const next = lines.findIndex((other, i) => i > index && other.text !== '');
				return next < 0 || !item.test(lines[next]!.text);
			});
			tocEnd = firstItem >= 0 ? firstItem : lines.length;
			let previous: SourceLine | undefined;
			for (const line of lines.slice(toc + 1, tocEnd)) {
				const entry = tocEntry.test(line.text) || item.test(line.text);
				if (entry || (previous && tocLines.has(previous) && line.text !== '' && previous.text !== '')) tocLines.add(line);
				previous = line;
			}
		}
		const starts = itemStarts(lines, tocEnd);
		const headerEnd = starts[0] ?? lines.length;
		const headerRest: SourceLine[] = [];
		let lastFact: { key: 'participants' | 'absent'; values: string[]; line: SourceLine; last: string } | undefined;
		let seen = 0;
		for (const line of lines.slice(0, headerEnd)) {
			const text = line.text.trim();
			if (text === '') continue;
			const position = seen++;
			const heading = title.exec(text);
			const [name, value = ''] = label.exec(text)?.slice(1) ?? [];
			const inToc = tocLines.has(line);
			if (heading) {
				const date = parseDanishDate(heading[3]!);
				context.fact('status', heading[1]!.toLowerCase() as 'referat' | 'dagsorden', line);
				context.fact('committee', heading[2]!, line);
				context.fact('date', date, line);
				context.consume(line, 'mødehoved (udvalg og dato i frontmatter)', heading[2], date);
			} else if (position === 0 && statusLine.test(text)) {
				context.fact('status', text.toLowerCase() as 'referat' | 'dagsorden', line);
				context.drop(line, 'dokumenttype (status i frontmatter)');
			} else if (position === 1 && !name && !context.facts.committee && !inToc) {
				context.fact('committee', text, line);
				context.consume(line, 'udvalg (i frontmatter)', text);
			} else if (name === 'Mødedato' || name === 'Dato') {
				const date = parseDanishDate(value);
				const time = parseClockTime(value.replace(/^.*?\d{4}/, ''));
				context.fact('date', date, line);
				context.fact('time', time, line);
				context.consume(line, 'mødedato (dato og tid i frontmatter)', date, time);
			} else if (name === 'Mødetidspunkt' || name === 'Tidspunkt' || name === 'Tid') {
				const time = parseClockTime(value);
				context.fact('time', time, line);
				context.consume(line, 'mødetidspunkt (i frontmatter)', time);
			} else if (name === 'Mødested' || name === 'Mødelokale' || name === 'Sted' || name === 'Lokale') {
				context.fact('location', value, line);
				context.consume(line, 'mødested (i frontmatter)', value);
			} else if (name === 'Mødedeltagere' || name === 'Deltagere' || name === 'Medlemmer') {
				lastFact = { key: 'participants', values: names(value), line, last: value };
				context.fact('participants', lastFact.values, line);
				context.consume(line, 'deltagere (i frontmatter)', value);
				continue;
			} else if (name === 'Afbud' || name === 'Fraværende') {
				lastFact = { key: 'absent', values: names(value), line, last: value };
				context.fact('absent', lastFact.values, line);
				context.consume(line, 'fraværende (i frontmatter)', value);
				continue;
			} else if (lastFact && line.indent > 0 && !inToc) {
				// A list of names that wrapped onto an indented line of the facts table.
				const [joined, ...more] = names(text);
				const values = /[,;]$/.test(lastFact.last) || !joined ? [...lastFact.values, ...names(text)] : [...lastFact.values.slice(0, -1), `${lastFact.values.at(-1)} ${joined}`, ...more];
				lastFact.values = values;
				lastFact.last = text;
				context.fact(lastFact.key, values, lastFact.line);
				context.consume(line, lastFact.key === 'participants' ? 'deltagere (i frontmatter)' : 'fraværende (i frontmatter)', text);
				continue;
			} else if (text === 'Indholdsfortegnelse' || inToc) {
				context.drop(line, 'indholdsfortegnelse (punktlisten erstatter den)');
			} else headerRest.push(line);
			lastFact = undefined;
		}
		if (headerRest.length > 0) append(context.sections, splitSections(headerRest, context));
		// A PDF that prints "REFERAT <udvalg> d. DD-MM-YYYY" as its running header names the meeting
		// there only: the reader left the header out as furniture, and its words are in the drop report.
		const header = !context.facts.committee ? omitted?.map((entry) => title.exec(entry.text.trim())).find((match) => match) : undefined;
		if (header) {
			const unit = { n: 0, text: header[0], indent: 0 };
			context.fact('status', header[1]!.toLowerCase() as 'referat' | 'dagsorden', unit);
			context.fact('committee', header[2]!, unit);
			context.fact('date', parseDanishDate(header[3]!), unit);
		}
		// Item lines of a table of contents the layout did not see as one (no page numbers) are dropped with it.
		for (const line of lines.slice(headerEnd)) if (item.test(line.text) && tocEntry.test(line.text)) context.drop(line, 'indholdsfortegnelse (punktlisten erstatter den)');

		starts.forEach((start, index) => {
			const heading = lines[start]!;
			const [, number, printed] = item.exec(heading.text)!;
			const cell = caseCell.exec(printed!.trim());
			const cellCase = cell && caseNumberOf(cell[2]!) ? cell : undefined;
			const { title: itemTitle, closed } = closedMarker((cellCase ? cellCase[1]! : printed!).trim());
			const body = lines.slice(start + 1, starts[index + 1] ?? lines.length).filter((line) => !(item.test(line.text) && tocEntry.test(line.text)));
			const first = body.findIndex((line) => line.text !== '');
			const caseLine = !cellCase && first >= 0 && caseNumberOf(body[first]!.text) ? body[first] : undefined;
			const caseNumber = cellCase ? cellCase[2] : caseLine ? caseNumberOf(caseLine.text) : undefined;
			context.consume(heading, 'punktoverskrift (nummer og titel i frontmatter)', number, itemTitle, caseNumber);
			if (caseLine) context.consume(caseLine, 'sagsnummer (i frontmatter)', caseNumber);
			// A closed item's text stays withheld here: only the API and the web page, which FirstAgenda
			// strips of all but the decision, let a closed item's lone text count as its decision.
			const sections = splitSections(caseLine ? body.slice(first + 1) : body, context);
			context.items.push({ line: heading.n, number: number!, title: itemTitle, closed, ...(caseNumber ? { caseNumber } : {}), sections });
		});
		return context.result();
	},
};
