import { parseClockTime, parseDanishDate } from '../../danish-date.ts';
import type { SourceLine } from '../../2-read/source-lines.ts';
import { ParseContext } from '../shared/parse-context.ts';
import { caseNumberLine, closedMarker, splitSections } from '../shared/split-sections.ts';
import type { LineLayout } from '../types.ts';
import { append } from '../../append.ts';

const itemTitle = /^(\d+[a-z]?)\.\s+(\S.*)$/;
const labelled = /^(Mødedato|Mødetidspunkt|Mødested|Deltagere|Fraværende|Bemærkninger)\s*:\s*(.*)$/;
const names = (text: string) => text.split(/\s*[,;]\s*/).filter((name) => name !== '');

/** Indexes of item starts: a journal number alone on a line, then (after blanks) "96. Titel". */
function itemStarts(lines: readonly SourceLine[]): number[] {
	const starts: number[] = [];
	lines.forEach((line, index) => {
		if (!caseNumberLine.test(line.text.trim())) return;
		const next = lines.findIndex((other, i) => i > index && other.text !== '');
		if (next >= 0 && itemTitle.test(lines[next]!.text.trim())) starts.push(index);
	});
	return starts;
}

/**
 * Hedensted Kommune's PDF export as text (Prepare/Acadre): municipality, committee, "Dagsorden",
 * tab-labelled header, a tabular table of contents, then per item its journal number and "96. Titel".
 * After the last item come the meeting's attachment list and the signatures.
 */
export const hedensted: LineLayout = {
	name: 'hedensted',
	label: 'Hedensted Kommune (PDF-eksport)',

	detect(lines) {
		const items = itemStarts(lines).length;
		const header = lines.some((line) => /^Mødedato:\t/.test(line.text));
		const toc = lines.some((line) => /^Pkt\.\tTekst\tSide/.test(line.text));
		return (items > 0 ? 0.6 : 0) + (header ? 0.2 : 0) + (toc ? 0.2 : 0);
	},

	parse(lines) {
		const context = new ParseContext();
		const starts = itemStarts(lines);
		const headerLines = lines.slice(0, starts[0] ?? lines.length).filter((line) => line.text !== '');
		const rest: SourceLine[] = [];
		let inToc = false;
		let seen = 0;
		for (const line of headerLines) {
			const text = line.text.trim();
			const [, label, value = ''] = labelled.exec(text) ?? [];
			const position = seen++;
			if (text === 'Indholdsfortegnelse') {
				inToc = true;
				context.drop(line, 'indholdsfortegnelse (punktlisten erstatter den)');
			} else if (inToc) {
				context.drop(line, 'indholdsfortegnelse (punktlisten erstatter den)');
			} else if (position === 0 && / Kommune$/.test(text)) {
				context.drop(line, 'kommunens navn (kommunen står i frontmatter)');
			} else if (!context.facts.committee && position <= 1 && !label) {
				context.fact('committee', text, line);
				context.consume(line, 'udvalg (i frontmatter)', text);
			} else if (/^(Dagsorden|Referat)$/i.test(text)) {
				context.fact('status', text.toLowerCase() as 'dagsorden' | 'referat', line);
				context.drop(line, 'dokumenttype (status i frontmatter)');
			} else if (label === 'Mødedato') {
				const date = parseDanishDate(value);
				context.fact('date', date, line);
				context.consume(line, 'mødedato (i frontmatter)', date);
			} else if (label === 'Mødetidspunkt') {
				const time = parseClockTime(value);
				context.fact('time', time, line);
				context.consume(line, 'mødetidspunkt (i frontmatter)', time);
			} else if (label === 'Mødested') {
				context.fact('location', value, line);
				context.consume(line, 'mødested (i frontmatter)', value);
			} else if (label === 'Deltagere') {
				context.fact('participants', names(value), line);
				context.consume(line, 'deltagere (i frontmatter)', value);
			} else if (label === 'Fraværende') {
				context.fact('absent', names(value), line);
				context.consume(line, 'fraværende (i frontmatter)', value);
			} else rest.push(line);
		}
		// "Bemærkninger: Mødets sluttidspunkt: 17.00" and anything unrecognised stay as meeting text.
		if (rest.length > 0) append(context.sections, splitSections(rest, context));

		// After the last item: "Bilag" (the whole meeting's attachments) and "Underskrifter".
		const signatures = lines.findLastIndex((line) => line.text.trim() === 'Underskrifter');
		const lastStart = starts.at(-1) ?? lines.length;
		let trailer = signatures > lastStart ? signatures : lines.length;
		if (trailer < lines.length) {
			const attachments = lines.findLastIndex((line, i) => i > lastStart && i < signatures && line.text.trim() === 'Bilag');
			const between = lines.slice(attachments + 1, signatures).filter((line) => line.text !== '');
			if (attachments > lastStart && between.every((line) => /^\s*-\s/.test(line.text))) trailer = attachments;
		}

		starts.forEach((start, index) => {
			const end = index + 1 < starts.length ? starts[index + 1]! : trailer;
			const journal = lines[start]!;
			const titleIndex = lines.findIndex((line, i) => i > start && line.text !== '');
			const titleLine = lines[titleIndex]!;
			const [, number, printed] = itemTitle.exec(titleLine.text.trim())!;
			const { title, closed } = closedMarker(printed!.trim());
			context.consume(journal, 'journalnummer (i frontmatter)', journal.text);
			context.consume(titleLine, 'punktoverskrift (nummer og titel i frontmatter)', number, title);
			context.items.push({
				line: titleLine.n,
				number: number!,
				title,
				closed,
				caseNumber: journal.text.trim(),
				sections: splitSections(lines.slice(titleIndex + 1, end), context),
			});
		});
		if (trailer < lines.length) append(context.sections, splitSections(lines.slice(trailer), context));
		return context.result();
	},
};
