import { parseClockTime, parseDanishDate } from '../../danish-date.ts';
import type { SourceLine } from '../../source-lines.ts';
import { ParseContext } from '../shared/parse-context.ts';
import { caseNumberLine, closedMarker, splitSections } from '../shared/split-sections.ts';
import type { LineLayout } from '../types.ts';

const title = /^(REFERAT|DAGSORDEN|Referat|Dagsorden)\s+(\S.*?)\s+d\.\s+(\d{2}-\d{2}-\d{4})$/;
const item = /^Punkt\s+(\d+[a-z]?)\s*:\s*(\S.*)$/;
const tocEntry = /\.{3,}\s*\d+$/;
const names = (text: string) => text.split(/\s*[,;]\s*/).filter((name) => name !== '');

/**
 * FirstAgenda's PDF export as text (Rudersdal, Høje-Taastrup): "REFERAT <udvalg> d. DD-MM-YYYY",
 * labelled header lines, a dotted table of contents, then "Punkt N: Titel" with the case number below.
 */
export const firstagendaText: LineLayout = {
	name: 'firstagenda',
	label: 'FirstAgenda (PDF-eksport)',

	detect(lines) {
		const first = lines.find((line) => line.text !== '');
		const items = lines.filter((line) => item.test(line.text)).length;
		return (first && title.test(first.text.trim()) ? 0.6 : 0) + (items > 0 ? 0.4 : 0);
	},

	parse(lines) {
		const context = new ParseContext();
		const starts = lines.flatMap((line, index) => (item.test(line.text) ? [index] : []));
		const headerEnd = starts[0] ?? lines.length;
		const headerRest: SourceLine[] = [];
		let inToc = false;
		for (const line of lines.slice(0, headerEnd)) {
			const text = line.text.trim();
			if (text === '') continue;
			const heading = title.exec(text);
			const [label, value = ''] = /^(Mødedato|Mødested|Mødedeltagere|Deltagere|Afbud|Fraværende)\s+(.*)$/.exec(text)?.slice(1) ?? [];
			if (heading) {
				const date = parseDanishDate(heading[3]!);
				context.fact('status', heading[1]!.toLowerCase() as 'referat' | 'dagsorden', line);
				context.fact('committee', heading[2]!, line);
				context.fact('date', date, line);
				context.consume(line, 'mødehoved (udvalg og dato i frontmatter)', heading[2], date);
			} else if (label === 'Mødedato') {
				const date = parseDanishDate(value);
				const time = parseClockTime(value.replace(/^.*?\d{4}/, ''));
				context.fact('date', date, line);
				context.fact('time', time, line);
				context.consume(line, 'mødedato (dato og tid i frontmatter)', date, time);
			} else if (label === 'Mødested') {
				context.fact('location', value, line);
				context.consume(line, 'mødested (i frontmatter)', value);
			} else if (label === 'Mødedeltagere' || label === 'Deltagere') {
				context.fact('participants', names(value), line);
				context.consume(line, 'deltagere (i frontmatter)', value);
			} else if (label === 'Afbud' || label === 'Fraværende') {
				context.fact('absent', names(value), line);
				context.consume(line, 'fraværende (i frontmatter)', value);
			} else if (text === 'Indholdsfortegnelse') {
				inToc = true;
				context.drop(line, 'indholdsfortegnelse (punktlisten erstatter den)');
			} else if (inToc && tocEntry.test(text)) {
				context.drop(line, 'indholdsfortegnelse (punktlisten erstatter den)');
			} else headerRest.push(line);
		}
		if (headerRest.length > 0) context.sections.push(...splitSections(headerRest, context));

		starts.forEach((start, index) => {
			const heading = lines[start]!;
			const [, number, printed] = item.exec(heading.text)!;
			const { title: itemTitle, closed } = closedMarker(printed!.trim());
			const body = lines.slice(start + 1, starts[index + 1] ?? lines.length);
			const first = body.findIndex((line) => line.text !== '');
			const caseLine = first >= 0 && caseNumberLine.test(body[first]!.text.trim()) ? body[first] : undefined;
			context.consume(heading, 'punktoverskrift (nummer og titel i frontmatter)', number, itemTitle);
			if (caseLine) context.consume(caseLine, 'sagsnummer (i frontmatter)', caseLine.text);
			context.items.push({
				line: heading.n,
				number: number!,
				title: itemTitle,
				closed,
				...(caseLine ? { caseNumber: caseLine.text.trim() } : {}),
				sections: splitSections(caseLine ? body.slice(first + 1) : body, context),
			});
		});
		return context.result();
	},
};
