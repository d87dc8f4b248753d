import { attachmentName, isGluedAttachmentLine, splitGluedAttachments } from '../../attachments.ts';
import { parseTreatmentBlock, parseTreatmentHeading } from '../../earlier-treatment.ts';
import { headingKind, isRecommendationLead } from '../../section-vocabulary.ts';
import type { SourceLine } from '../../source-lines.ts';
import type { ParseContext } from './parse-context.ts';
import type { ParsedSection } from '../types.ts';

/** The attachments a section names, one per non-blank line; glued web-export lines are split. */
function namesIn(section: ParsedSection, context: ParseContext): string[] {
	return section.lines.flatMap((line) => {
		if (line.text.trim() === '') return [];
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
 * Splits an item's (or a meeting's) lines into sections at the shared vocabulary's headings, at
 * quoted earlier treatments ("Social og Sundhed, 4. juni 2020, pkt. 187:", or FirstAgenda's
 * "Sagsforløb" entries of Udvalg, Dato and Punktnummer lines) and at recommendation
 * leads ("Administrationen indstiller,"). Lines before the first heading form a section without one.
 */
export function splitSections(lines: readonly SourceLine[], context: ParseContext): ParsedSection[] {
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
		const treatment = text === '' ? undefined : parseTreatmentHeading(text);
		const kind = text === '' || treatment ? undefined : headingKind(text);
		if (treatment) {
			open({ kind: 'treatment', heading: treatment.label, line: line.n, ...where(line), lines: [], treatment });
		} else if (kind) {
			open({ kind, heading: text.replace(/:$/, ''), line: line.n, ...where(line), lines: [] });
		} else if (text !== '' && isRecommendationLead(text) && current?.kind !== 'recommendation') {
			open({ kind: 'recommendation', heading: 'Indstilling', line: line.n, ...where(line), lines: [line] });
		} else if (isGluedAttachmentLine(line.text) && current?.kind !== 'attachments') {
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

/** "Lukket", "Lukket punkt", "… (Lukket)", "Lukket: …": a closed item, and the title the source shows. */
export function closedMarker(title: string): { title: string; closed: boolean } {
	if (/^lukket(?: punkt| sag)?\.?$/i.test(title)) return { title: 'Lukket', closed: true };
	const suffix = /^(.*\S)\s*\(lukket\)$/i.exec(title);
	if (suffix) return { title: suffix[1]!, closed: true };
	const prefix = /^lukket\s*[:-]\s*(\S.*)$/i.exec(title);
	if (prefix) return { title: prefix[1]!, closed: true };
	return { title, closed: false };
}

/** Case and journal numbers as the exports print them on a line of their own. */
export const caseNumberLine = /^(?:\d{2}\/\d{1,6}|\d{2}\.\d{2}\.\d{2}-[A-ZÆØÅ]\d{2}-\d+-\d{2}|[A-ZÆØÅ]{2,6}-\d{4}-\d{3,8}|\d{4}-\d{3,8})$/;
