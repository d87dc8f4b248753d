import { parseClockTime, parseDanishDate } from '../../danish-date.ts';
import type { SourceLine } from '../../2-read/source-lines.ts';
import { ParseContext } from '../shared/parse-context.ts';
import type { LineLayout, ParsedItem, ParsedSection } from '../types.ts';
import { headingKind } from '../section-vocabulary.ts';
import { addNames, attendanceList, frontPageFact, headerFacts, isCommitteeLike, namesABody, namesOf, recordFrontPageFact } from '../shared/front-page.ts';

/** "1. test", "12. Godkendelse af dagsorden": an item's number and title. */
const itemLine = /^(\d{1,4})\.\s+(\S.*)$/;
/** The line under an item's title: "Sagsnr.: 2013-003869 Sagsbehandler: Claus Friis Lange  Åben" (cells as tabs or spaces). */
const caseLine = /^Sagsnr\.?:\s*(?<case>[^\s\t]*?)\s*(?:\t|\s)\s*(?:Sagsbehandler:\s*(?<worker>.*?))?\s*(?<access>Åben|Lukket)?$/;
/** A field's caption on a line of its own: "Præsentation:", "Forvaltningen foreslår:", "Beslutning i Økonomiudvalget den 02-05-2017:". */
const caption = /^([A-ZÆØÅ][^:]{1,60}):$/;
const sectionMarker = /^(Åbne sager|Lukkede sager)$/;
/** The table of contents' own headings. */
const tocHeading = /^(Dagsorden|Referat|Lukket dagsorden|Lukket referat|Åben dagsorden|Åbent referat)$/;
/** An attachment's name ends with its file type; a longer name wraps onto the next line. */
const fileName = /\.[A-Za-z0-9]{2,5}$/;

/** True where the line under `index` is the item's case line: the mark of an eDoc item. */
const opensItem = (lines: readonly SourceLine[], index: number) => {
	if (!itemLine.test(lines[index]!.text.trim())) return false;
	const next = lines.slice(index + 1).find((line) => line.text.trim() !== '');
	return Boolean(next && /^Sagsnr\.?:/.test(next.text.trim()));
};

/**
 * eDoc's PDF export (and its text), printed from the same layout as its HTML: the kind and the
 * committee, the date with the clock, "Mødested:", a table of contents, then "Åbne sager" and
 * "Lukkede sager" with each item's number and title, its line of "Sagsnr.:", case worker and
 * Åben/Lukket, and its fields under their captions ("Præsentation:", "Beslutning:", "Bilag:").
 * The case worker's name is the system's, not the minutes', and is not published.
 */
export const edocText: LineLayout = {
	name: 'edoc',
	label: 'eDoc (PDF-eksport)',
	detect(lines) {
		const items = lines.filter((_, index) => opensItem(lines, index)).length;
		const markers = lines.filter((line) => sectionMarker.test(line.text.trim())).length;
		return items === 0 ? 0 : Math.min(0.9, 0.6 + 0.1 * Math.min(items, 2) + 0.1 * Math.min(markers, 1));
	},
	parse(lines, _path, omitted) {
		const context = new ParseContext();
		const starts = lines.flatMap((_, index) => (opensItem(lines, index) ? [index] : []));
		const first = starts[0] ?? lines.length;
		let closedPart = false;
		const front = lines.slice(0, first);
		// Some exports print the committee above the document's kind ("Teknik- og Miljøudvalget / Referat").
		const statusAt = front.findIndex((line) => /^(dagsorden|referat)$/i.test(line.text.trim()));
		const above = statusAt > 0 ? front.slice(0, statusAt).findLast((line) => line.text.trim() !== '') : undefined;
		let list: ReturnType<typeof attendanceList>;
		// The front page and the table of contents, up to the first item (or "Åbne sager").
		for (const line of front) {
			const text = line.text.trim();
			if (text === '') continue;
			const fact = frontPageFact(text);
			if (sectionMarker.test(text)) {
				closedPart = /lukkede/i.test(text);
				list = undefined;
				context.drop(line, 'afsnit af dagsordenen (åben eller lukket i frontmatter)');
			} else if (!context.facts.status && /^(dagsorden|referat)$/i.test(text)) {
				context.fact('status', text.toLowerCase() as 'dagsorden' | 'referat', line);
				context.drop(line, 'dokumentets art (status i frontmatter)');
			} else if (line === above && isCommitteeLike(text)) {
				context.fact('committee', text, line);
				context.consume(line, 'udvalg (i frontmatter)', text);
			} else if (fact) {
				// A labelled list may wrap onto the lines under it.
				list = fact.key === 'participants' || fact.key === 'absent' ? fact.key : undefined;
				recordFrontPageFact(context, fact, line);
			} else if (attendanceList(text)) {
				list = attendanceList(text);
				context.drop(line, 'overskrift for deltagerlisten (deltagerne i frontmatter)');
			} else if (list && !context.facts.committee && !above && namesABody(text)) {
				list = undefined;
				context.fact('committee', text, line);
				context.consume(line, 'udvalg (i frontmatter)', text);
			} else if (list && list !== 'other' && !tocHeading.test(text) && !parseDanishDate(text)) {
				addNames(context, list, namesOf(text), line);
			} else if (list === 'other' && !tocHeading.test(text) && !parseDanishDate(text)) {
				// The secretary is the administration's, not a member: not published as attendance.
				context.drop(line, 'mødets sekretær (ikke et medlem)');
			} else if (context.facts.status && !context.facts.committee && !above && isCommitteeLike(text) && !tocHeading.test(text)) {
				context.fact('committee', text, line);
				context.consume(line, 'udvalg (i frontmatter)', text);
			} else if (!context.facts.date && parseDanishDate(text)) {
				const date = parseDanishDate(text)!;
				const time = parseClockTime(text.replace(/^.*?\d{4}/, ''));
				context.fact('date', date, line);
				context.fact('time', time, line);
				context.consume(line, 'mødedato (dato og tid i frontmatter)', date, time);
			} else context.drop(line, 'indholdsfortegnelse (punktlisten erstatter den)');
		}
		// A front page that starts below the running header names the meeting only there.
		const header = headerFacts(omitted);
		const unit = { n: 0, text: '', indent: 0 };
		if (!context.facts.committee && header.committee) context.fact('committee', header.committee, unit);
		if (!context.facts.status && header.status) context.fact('status', header.status, unit);
		if (!context.facts.date && header.date) context.fact('date', header.date, unit);
		for (const [position, start] of starts.entries()) {
			const end = starts[position + 1] ?? lines.length;
			const head = lines[start]!;
			const [, number, title] = itemLine.exec(head.text.trim())!;
			context.consume(head, 'punktoverskrift (nummer og titel i frontmatter)', number, title);
			const item: ParsedItem = { line: head.n, number: number!, title: title!.trim(), closed: closedPart, sections: [] };
			let body = lines.slice(start + 1, end);
			// "Lukkede sager" between two items opens the closed part; it belongs to none of them.
			const marker = body.findIndex((line) => sectionMarker.test(line.text.trim()));
			if (marker >= 0) {
				context.drop(body[marker]!, 'afsnit af dagsordenen (åben eller lukket i frontmatter)');
				closedPart = /lukkede/i.test(body[marker]!.text);
				body = body.slice(0, marker);
			}
			const caseUnit = body.find((line) => line.text.trim() !== '')!;
			const match = caseLine.exec(caseUnit.text.replace(/\s+/g, ' ').trim());
			const caseNumber = match?.groups?.case;
			if (caseNumber) item.caseNumber = caseNumber;
			if (match?.groups?.access === 'Lukket') item.closed = true;
			context.consume(caseUnit, 'sagsnummer og åben/lukket (i frontmatter); sagsbehandleren udgives ikke', caseNumber);
			item.sections = fieldSections(body.slice(body.indexOf(caseUnit) + 1), context);
			context.items.push(item);
		}
		return context.result();
	},
};

/** The item's fields: a section under each caption; an empty one leaves its caption as dropped words. */
function fieldSections(lines: readonly SourceLine[], context: ParseContext): ParsedSection[] {
	const sections: ParsedSection[] = [];
	for (const line of lines) {
		const text = line.text.trim();
		const heading = caption.exec(text)?.[1];
		if (heading && text.split(/\s+/).length <= 8) {
			const kind = /^bilag$/i.test(heading) ? 'attachments' : (headingKind(heading) ?? 'text');
			sections.push({ kind, heading, line: line.n, ...(line.at ? { at: line.at } : {}), lines: [] });
		} else if (sections.length > 0) sections.at(-1)!.lines.push(line);
		else if (text !== '') sections.push({ kind: 'text', line: line.n, ...(line.at ? { at: line.at } : {}), lines: [line] });
	}
	return sections.filter((section) => {
		if (section.lines.some((line) => line.text.trim() !== '')) {
			if (section.kind === 'attachments') section.attachments = attachmentNames(section.lines);
			return true;
		}
		if (section.heading) context.drop({ n: section.line, text: section.heading, indent: 0, ...(section.at ? { at: section.at } : {}) }, 'tomt felt (intet skrevet under overskriften)');
		return false;
	});
}

/** One name per attachment: a line that starts in lower case continues a name that has not reached its file type. */
function attachmentNames(lines: readonly SourceLine[]): string[] {
	const names: string[] = [];
	for (const line of lines) {
		const text = line.text.trim();
		if (text === '') continue;
		if (names.length > 0 && !fileName.test(names.at(-1)!) && /^\p{Ll}/u.test(text)) names[names.length - 1] += ` ${text}`;
		else names.push(text);
	}
	return names;
}
