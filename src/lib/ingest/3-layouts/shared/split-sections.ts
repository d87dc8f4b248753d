import { attachmentName, isGluedAttachmentLine, splitGluedAttachments } from '../attachments.ts';
import { parseTreatmentBlock, parseTreatmentHeading } from '../earlier-treatment.ts';
import { headingKind, isRecommendationLead } from '../section-vocabulary.ts';
import { listEntries } from '../../2-read/document/units.ts';
import type { SourceLine } from '../../2-read/source-lines.ts';
import type { ParseContext } from './parse-context.ts';
import type { ParsedSection } from '../types.ts';

/** The attachments a section names, one per non-blank line or list item; glued web-export lines are split. */
function namesIn(section: ParsedSection, context: ParseContext): string[] {
	return section.lines.flatMap((line) => {
		if (line.text.trim() === '') return [];
		if (line.block?.type === 'list') return listEntries(line.block).map(attachmentName).filter((name) => name !== '');
		if (isGluedAttachmentLine(line.text)) {
			const names = splitGluedAttachments(line.text);
			context.consume(line, 'filtype-ikon foran bilagsnavn', ...names);
			return names;
		}
		const name = attachmentName(line.text);
		return name === '' ? [] : [name];
	});
}

const where = (line: SourceLine) => (line.at ? { at: line.at } : {});


/**
 * A layout's own headings, beyond the shared vocabulary: a system whose export marks its field
 * captions as headings (FirstAgenda's h3) names sections the vocabulary does not know.
 */
export type HeadingHook = (line: SourceLine) => Pick<ParsedSection, 'kind' | 'heading' | 'treatment'> | undefined;

/**
 * Splits an item's (or a meeting's) lines into sections at the shared vocabulary's headings, at
 * quoted earlier treatments ("Social og Sundhed, 4. juni 2020, pkt. 187:", or FirstAgenda's
 * "Sagsforløb" entries of Udvalg, Dato and Punktnummer lines) and at recommendation
 * leads ("Administrationen indstiller,"). Lines before the first heading form a section without one.
 */
export interface SplitOptions {
	/** The layout's own headings. */
	heading?: HeadingHook;
	/**
	 * Only structure makes a heading: a heading block or a paragraph that is all bold or italic.
	 * For exports that mark their captions (FirstAgenda's HTML), where a plain "Beslutning:" inside
	 * a quoted proposal is text, not this meeting's decision.
	 */
	structuredHeadings?: boolean;
}

/** True for a unit that looks like a caption: a heading block, or a paragraph that is all emphasis. */
function isCaption(line: SourceLine): boolean {
	const block = line.block;
	if (!block) return true;
	if (block.type === 'heading') return true;
	if (block.type !== 'paragraph') return false;
	const children = block.children.filter((child) => !(child.type === 'text' && child.value.trim() === '') && child.type !== 'break');
	return children.length > 0 && children.every((child) => child.type === 'strong' || child.type === 'emphasis');
}

export function splitSections(lines: readonly SourceLine[], context: ParseContext, { heading, structuredHeadings = false }: SplitOptions = {}): ParsedSection[] {
	const sections: ParsedSection[] = [];
	let current: ParsedSection | undefined;
	const open = (section: ParsedSection) => {
		sections.push(section);
		current = section;
	};
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index]!;
		const text = line.text.trim();
		const block = /^(?:Udvalg|Dato|Mødedato|Punkt)/i.test(text) ? parseTreatmentBlock(lines, index) : undefined;
		if (block) {
			for (const field of block.fields) context.consume(field.line, 'sagsforløb (udvalg, dato og punkt i overskriften og i frontmatter)', field.value);
			open({ kind: 'treatment', heading: block.heading.label, line: line.n, ...where(line), lines: [], treatment: block.heading });
			index += block.fields.length - 1;
			continue;
		}
		const caption = text !== '' && (!structuredHeadings || isCaption(line));
		const treatment = caption ? parseTreatmentHeading(text) : undefined;
		const kind = !caption || treatment ? undefined : headingKind(text);
		const own = text === '' || treatment || kind ? undefined : heading?.(line);
		if (own) {
			open({ ...own, line: line.n, ...where(line), lines: [] });
		} else if (treatment) {
			open({ kind: 'treatment', heading: treatment.label, line: line.n, ...where(line), lines: [], treatment });
		} else if (kind) {
			open({ kind, heading: text.replace(/:$/, ''), line: line.n, ...where(line), lines: [] });
		} else if (text !== '' && !line.block && isRecommendationLead(text) && current?.kind !== 'recommendation') {
			open({ kind: 'recommendation', heading: 'Indstilling', line: line.n, ...where(line), lines: [line] });
		} else if (!line.block && isGluedAttachmentLine(line.text) && current?.kind !== 'attachments') {
			open({ kind: 'attachments', heading: 'Bilag', line: line.n, ...where(line), lines: [line] });
			current = undefined;
		} else if (current) {
			current.lines.push(line);
		} else if (text !== '') {
			open({ kind: 'text', line: line.n, ...where(line), lines: [line] });
		}
	}
	for (const section of sections) {
		if (section.kind === 'attachments') section.attachments = namesIn(section, context);
	}
	return sections;
}

/** "Lukket", "Lukket punkt", "… (Lukket)", "… - (FOR LUKKEDE DØRE)", "Lukket: …": a closed item, and the title the source shows. */
export function closedMarker(title: string): { title: string; closed: boolean } {
	if (/^lukket(?: punkt| sag)?\.?$/i.test(title)) return { title: 'Lukket', closed: true };
	const suffix = /^(.*?\S)\s*(?:[-–]\s*)?\((?:lukket|for lukkede døre)\)$/i.exec(title);
	if (suffix) return { title: suffix[1]!, closed: true };
	const prefix = /^lukket\s*[:-]\s*(\S.*)$/i.exec(title);
	if (prefix) return { title: prefix[1]!, closed: true };
	return { title, closed: false };
}

/** Case and journal numbers as the exports print them on a line of their own. */
export const caseNumberLine = /^(?:\d{2}\/\d{1,6}|\d{2}-\d{4,6}|\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}|[A-ZÆØÅ]{2,6}-\d{4}-\d{3,8}|\d{4}-\d{3,8})$/;
