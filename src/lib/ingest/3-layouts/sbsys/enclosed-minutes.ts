import { parseDanishDate } from '../../danish-date.ts';
import type { SourceDocument } from '../../2-read/document/source-document.ts';
import { unitsOf } from '../../2-read/document/units.ts';
import { headingKind } from '../section-vocabulary.ts';
import type { SourceLine } from '../../2-read/source-lines.ts';
import type { ParseContext } from '../shared/parse-context.ts';
import type { Units } from '../shared/structured.ts';
import type { ParsedSection } from '../types.ts';
import { append } from '../../append.ts';

/** A label of the minutes' front page, and its value on the same line. */
const label = /^(Dato|Tid|Sted|Deltagere|Afbud|Fraværende|Bemærk|Bemærkninger|Mødeleder|Referent)\s*:\s*(.*)$/i;

/** "Oplæg:", "Referat: Alle skal have indhold …": a caption, with its text on the same line or under it. */
const caption = /^(Oplæg|Referat|Beslutning|Indstilling|Drøftelse|Konklusion|Opfølgning)\s*:\s*(.*)$/i;

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Splits "Referat: text" into the caption and its text, each a unit where the line was. */
function splitCaptions(lines: readonly SourceLine[]): SourceLine[] {
	return lines.flatMap((line) => {
		const match = caption.exec(line.text.trim());
		if (!match || match[2] === '') return [line];
		return [
			{ ...line, text: `${match[1]}:` },
			{ ...line, text: match[2]! },
		];
	});
}

/** The item's number and title as the PDF prints its heading: "1.1 Status siden sidst", "3. Eventuelt". */
const headingOf = (number: string, title: string) => [fold(`${number} ${title}`), fold(`${number}. ${title}`)];

/**
 * The Aarhus variant of an SBSYS publication: the XML lists the items (with sub-items 1.1–1.4) and
 * leaves their fields empty; the minutes are the enclosed PDF. Its front page gives date, time,
 * place, participants and absences as labelled lines; then each item opens with its number and
 * title, and holds captioned parts ("Oplæg:", and "Referat:", what the meeting recorded: the
 * decision). Items are found by the titles the XML gives, in order, so the PDF's own layout of
 * headings does not matter.
 */
export function enclosedMinutes(file: SourceDocument, context: ParseContext, units: Units): void {
	const lines = units.lines(splitCaptions(unitsOf(file.blocks)));
	const starts: number[] = [];
	let from = 0;
	for (const item of context.items) {
		const wanted = headingOf(item.number, item.title);
		const index = lines.findIndex((line, at) => at >= from && wanted.includes(fold(line.text)));
		starts.push(index);
		if (index < 0) {
			context.warn(`punkt ${item.number} "${item.title}" står ikke i referatets PDF (${file.entry}); punktet udgives uden tekst`);
			continue;
		}
		context.drop(lines[index]!, 'punktoverskrift (står i publiceringen; nummer og titel i frontmatter)');
		from = index + 1;
	}
	const found = starts.filter((start) => start >= 0);
	frontPage(lines.slice(0, found[0] ?? lines.length), context);
	for (const [position, item] of context.items.entries()) {
		const start = starts[position]!;
		if (start < 0) continue;
		const end = found.find((next) => next > start) ?? lines.length;
		append(item.sections, withoutEmpty(captionedSections(lines.slice(start + 1, end)), context));
	}
}

/**
 * The item's parts under its captions. Only the captions this variant writes open a part: a line
 * "økonomi." that ends a wrapped sentence is text, whatever the shared vocabulary would make of it.
 * "Referat:" is what the meeting recorded on the item, its decision.
 */
function captionedSections(lines: readonly SourceLine[]): ParsedSection[] {
	const sections: ParsedSection[] = [];
	for (const line of lines) {
		const match = caption.exec(line.text.trim());
		if (match && match[2] === '') {
			const heading = match[1]!;
			const kind = /^(referat|beslutning)$/i.test(heading) ? 'decision' : (headingKind(heading) ?? 'text');
			sections.push({ kind, heading, line: line.n, ...(line.at ? { at: line.at } : {}), lines: [] });
		} else if (sections.length > 0) sections.at(-1)!.lines.push(line);
		else if (line.text.trim() !== '') sections.push({ kind: 'text', line: line.n, ...(line.at ? { at: line.at } : {}), lines: [line] });
	}
	return sections;
}

/** A caption with nothing under it ("Referat:" left blank) is no section; its word is accounted for. */
function withoutEmpty(sections: ParsedSection[], context: ParseContext): ParsedSection[] {
	return sections.filter((section) => {
		if (section.lines.some((line) => line.text.trim() !== '')) return true;
		if (section.heading) context.consume({ n: section.line, text: section.heading, indent: 0, ...(section.at ? { at: section.at } : {}) }, 'tom overskrift (intet skrevet under den)');
		return false;
	});
}

/**
 * The minutes' front page: headings naming the organisation, the document's kind ("Referat") and the
 * group; then "Dato:", "Tid:", "Sted:", "Deltagere:" (one name a line, the rest indented) and
 * "Afbud:". What the XML already said (the group's name) agrees; a remark ("Bemærk:") is kept.
 */
function frontPage(lines: readonly SourceLine[], context: ParseContext): void {
	let current: { key: string; values: string[]; line: SourceLine } | undefined;
	const remarks: SourceLine[] = [];
	const finish = () => {
		if (!current) return;
		const names = current.values.flatMap((value) => value.split(/\s*,\s*/)).map((value) => value.trim()).filter((value) => value !== '');
		if (/^deltagere$/i.test(current.key) && names.length > 0) context.fact('participants', names, current.line);
		if (/^(afbud|fraværende)$/i.test(current.key) && names.length > 0) context.fact('absent', [...(context.facts.absent ?? []), ...names], current.line);
		current = undefined;
	};
	for (const line of lines) {
		const text = line.text.trim();
		if (text === '') continue;
		const match = label.exec(text);
		if (match) {
			finish();
			const [, key, value] = match as unknown as [string, string, string];
			// Date, time and place are the publication's facts already; the PDF's words for them are dropped, not counted twice.
			if (/^dato$/i.test(key)) {
				const date = parseDanishDate(value);
				if (date && context.facts.date && date !== context.facts.date) context.warn(`referatets PDF siger ${value}, publiceringen ${context.facts.date}; publiceringens dato bruges`, line);
				context.drop(line, 'mødedato (står i publiceringen; i frontmatter)');
			} else if (/^tid$/i.test(key)) {
				context.drop(line, 'mødetid (står i publiceringen; i frontmatter)');
			} else if (/^sted$/i.test(key)) {
				if (!context.facts.location && value) {
					context.fact('location', value, line);
					context.consume(line, 'mødested (i frontmatter)', value);
				} else context.drop(line, 'mødested (står i publiceringen; i frontmatter)');
			} else if (/^(deltagere|afbud|fraværende)$/i.test(key)) {
				current = { key, values: value ? [value] : [], line };
				context.consume(line, 'deltagere og afbud (i frontmatter)', value);
			} else if (/^bemærk/i.test(key) && value) remarks.push(line);
			else context.consume(line, 'tomt felt på forsiden', value);
			continue;
		}
		if (current && line.text.startsWith(' ') || (current && /^\s*\t/.test(line.text))) {
			current!.values.push(text);
			context.consume(line, 'deltagere og afbud (i frontmatter)', text);
			continue;
		}
		finish();
		if (/^(referat|dagsorden)$/i.test(text)) {
			const status = text.toLowerCase() as 'referat' | 'dagsorden';
			if (!context.facts.status) context.fact('status', status, line);
			context.drop(line, 'dokumentets art (status i frontmatter)');
		} else if (context.facts.committee && fold(text) === fold(context.facts.committee)) {
			context.drop(line, 'udvalg (står i publiceringen; i frontmatter)');
		} else if (line.block?.type === 'heading') {
			context.drop(line, 'referatets hoved (organisation og afdeling)');
		} else remarks.push(line);
	}
	finish();
	if (remarks.length > 0) context.sections.push({ kind: 'remarks', heading: 'Bemærkninger', line: remarks[0]!.n, ...(remarks[0]!.at ? { at: remarks[0]!.at } : {}), lines: remarks });
}
