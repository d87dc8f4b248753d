import type { Paragraph, PhrasingContent } from 'mdast';
import { readsAsDecision } from '../../../decisions/classify-decision.ts';
import { parseDanishDate } from '../../danish-date.ts';
import type { Block } from '../../2-read/document/source-document.ts';
import { blockUnit } from '../../2-read/document/units.ts';
import { formatDate } from '../../../site/format-date.ts';
import type { SourceLine } from '../../2-read/source-lines.ts';
import type { ParseContext } from '../shared/parse-context.ts';
import { splitSections, type HeadingHook } from '../shared/split-sections.ts';
import type { ParsedSection } from '../types.ts';

/** Greve's "Sagens forløb" entries open with an underlined "25/09/2024   Økonomiudvalget". */
const datedBody = /^(\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s+(\S.*)$/;

/**
 * Parts a paragraph that opens with a dated body line ("25/09/2024 Økonomiudvalget", a line break,
 * then that body's decision) into the line and the decision, so that the line can head a treatment.
 */
function splitDatedParagraphs(blocks: readonly Block[], dated: Set<Block>): Block[] {
	return blocks.flatMap((block): Block[] => {
		if (block.type !== 'paragraph') return [block];
		const breakAt = block.children.findIndex((child) => child.type === 'break');
		const first = block.children.slice(0, breakAt < 0 ? undefined : breakAt);
		const text = first.map(phrasingText).join('').replace(/\s+/g, ' ').trim();
		if (!datedBody.test(text) || !parseDanishDate(text)) return [block];
		const head: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: text }], ...(block.data ? { data: block.data } : {}) };
		dated.add(head);
		const rest = breakAt < 0 ? [] : dropLeadingBreaks(block.children.slice(breakAt));
		return rest.length > 0 ? [head, { ...block, children: rest }] : [head];
	});
}

const phrasingText = (node: PhrasingContent): string => ('value' in node ? node.value : 'children' in node ? node.children.map(phrasingText).join('') : '');

function dropLeadingBreaks(children: PhrasingContent[]): PhrasingContent[] {
	let index = 0;
	while (index < children.length && (children[index]!.type === 'break' || (children[index]!.type === 'text' && (children[index] as { value: string }).value.trim() === ''))) index++;
	return children.slice(index);
}

/**
 * FirstAgenda publishes a closed item's decision and nothing else, without a caption: the lone text
 * of a closed item is its decision when it reads as one ("Orienteringen blev taget til efterretning").
 * Any other text of a closed item stays what it is, and is withheld.
 */
export function markClosedDecision(sections: ParsedSection[]): void {
	const [only] = sections;
	if (sections.length !== 1 || only!.kind !== 'text' || only!.heading) return;
	if (readsAsDecision(only!.lines.map((line) => line.text).join('\n'))) only!.kind = 'decision';
}

const folded = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * FirstAgenda's older template (2022–2023) prints a referat's decision as the item's first text,
 * without a caption, after the item's title repeated as a heading; its captions are h2. The text
 * before the first caption is the decision when the page does not say it is an agenda (the API's
 * meeting name says "Dagsorden" even for minutes, so it does not count), the item records no
 * decision under a caption, other captions follow, and the text reads as a decision. Otherwise it
 * stays text.
 */
function markBareDecision(sections: ParsedSection[], units: readonly SourceLine[], title: string, agenda: boolean, context: ParseContext): void {
	const [first] = sections;
	if (!first || first.kind !== 'text' || sections.some((section) => section.kind === 'decision')) return;
	if (first.heading && folded(first.heading) === folded(title)) {
		const unit = units.find((candidate) => candidate.n === first.line);
		if (unit) context.drop(unit, 'punktets titel, gentaget over teksten (titlen står i frontmatter)');
		delete first.heading;
	}
	if (first.heading || sections.length < 2 || agenda) return;
	if (readsAsDecision(first.lines.map((line) => line.text).join('\n'))) first.kind = 'decision';
}

/**
 * The sections of a FirstAgenda item from its HTML (the API's `Felter[].Html`, the web page's
 * `div.punkt`). FirstAgenda prints each field's caption as a heading (h3, and h4 inside
 * "Fremstilling", or a bold paragraph in older items): every caption opens a section, named as
 * printed, whether or not the shared vocabulary knows it.
 */
export function itemSections(blocks: readonly Block[], context: ParseContext, numbering: { next: number }, { closed, title, agenda = false }: { closed: boolean; title: string; agenda?: boolean }): { sections: ParsedSection[]; units: SourceLine[] } {
	const dated = new Set<Block>();
	const units = splitDatedParagraphs(blocks, dated).map((block) => blockUnit(block, numbering.next++));
	const heading: HeadingHook = (unit) => {
		if (unit.block && dated.has(unit.block)) {
			const [, date, body] = datedBody.exec(unit.text)!;
			const iso = parseDanishDate(date!)!;
			return { kind: 'treatment', heading: `${body}, ${formatDate(iso)}`, treatment: { label: `${body}, ${formatDate(iso)}`, body: body!, date: iso } };
		}
		if (unit.block?.type === 'heading' && unit.block.depth <= 4) return { kind: 'text', heading: unit.text.replace(/:$/, '') };
		return undefined;
	};
	const sections = splitSections(units, context, { heading, structuredHeadings: true });
	if (closed) markClosedDecision(sections);
	else markBareDecision(sections, units, title, agenda, context);
	for (const section of sections) {
		if (section.kind === 'treatment' && section.treatment && !section.treatment.number) {
			const unit = units.find((candidate) => candidate.n === section.line)!;
			context.consume(unit, 'sagsforløb (dato og udvalg i overskriften og i frontmatter)', section.treatment.body, section.treatment.date);
		}
	}
	return { sections, units };
}
