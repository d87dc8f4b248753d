import type { Element, Root } from 'hast';
import { parseClockTime, parseDanishDate } from '../../danish-date.ts';
import type { SourceDocument } from '../../2-read/document/source-document.ts';
import { IngestError } from '../../ingest-error.ts';
import { htmlBlocks } from '../../2-read/html-reader.ts';
import type { SourceLine } from '../../2-read/source-lines.ts';
import { findAll, findFirst, hasClass, lineText, linesText } from '../shared/hast.ts';
import { ParseContext } from '../shared/parse-context.ts';
import { captioned, Units } from '../shared/structured.ts';
import type { ParsedItem, ParsedMeeting } from '../types.ts';

/** True for eDoc's agenda output as HTML: its print layout's classes. */
export const isEdocHtml = (tree: Root): boolean => findFirst(tree, (element) => hasClass(element, 'xsltTitleTableBegin') || hasClass(element, 'xsltAgendaTitle')) !== undefined;

const where = (element: Element) => (element.position ? { line: element.position.start.line } : {});

/**
 * eDoc 4's agenda output as HTML (Middelfart), the same publication as its XML in its print
 * layout: title and committee, time and place, a table of contents (left out: the items are the
 * list), then "Åbne sager" and "Lukkede sager", and per item its number (with the system's id as
 * its anchor), title, "Sagsnr.:", whether it is open, and each field under its caption, then its
 * attachments. "Sagsbehandler:" names a case worker, personal data that is not published.
 */
export function parseEdocHtml(document: SourceDocument): ParsedMeeting[] {
	const tree = document.hast!;
	const context = new ParseContext();
	const units = new Units();

	const title = findFirst(tree, (element) => hasClass(element, 'xsltAgendaTitle'));
	if (title) {
		const [status, committee] = linesText(title);
		const line = units.text(`${status ?? ''} ${committee ?? ''}`, where(title));
		if (status && /^(dagsorden|referat)$/i.test(status)) context.fact('status', status.toLowerCase() as 'dagsorden' | 'referat', line);
		if (committee) context.fact('committee', committee, line);
		context.consume(line, 'mødets overskrift (status og udvalg i frontmatter)', committee);
	}
	const dateAndPlace = findFirst(tree, (element) => hasClass(element, 'xsltDateAndLocation'));
	if (dateAndPlace) {
		for (const text of linesText(dateAndPlace)) {
			const line = units.text(text, where(dateAndPlace));
			const place = /^Mødested:\s*(.*)$/.exec(text)?.[1];
			if (place !== undefined) {
				if (place) context.fact('location', place, line);
				context.consume(line, 'mødested (i frontmatter)', place);
			} else {
				const date = parseDanishDate(text);
				const time = parseClockTime(text.replace(/^.*?\d{4}/, ''));
				context.fact('date', date, line);
				context.fact('time', time, line);
				context.consume(line, 'mødedato (dato og tid i frontmatter)', date, time);
			}
		}
	}

	const container = findFirst(tree, (element) => hasClass(element, 'xsltOuter')) ?? findFirst(tree, (element) => element.tagName === 'body');
	if (!container) throw new IngestError(document.path, undefined, 'siden har ingen brødtekst; er det hele eDoc-udskriften?');
	const siblings = container.children.filter((node): node is Element => node.type === 'element');
	let closedSection = false;
	let item: ParsedItem | undefined;
	let attachments: SourceLine[] = [];
	const finish = () => {
		if (item && attachments.length > 0) item.sections.push({ kind: 'attachments', heading: 'Bilag', line: attachments[0]!.n, ...(attachments[0]!.at ? { at: attachments[0]!.at } : {}), lines: attachments, attachments: attachments.map((line) => line.text) });
		attachments = [];
	};
	for (const [index, element] of siblings.entries()) {
		if (hasClass(element, 'xsltItemsHeader')) {
			closedSection = /lukkede/i.test(lineText(element));
		} else if (hasClass(element, 'xsltTitleTableBegin')) {
			finish();
			const [numberCell, titleCell] = findAll(element, (cell) => cell.tagName === 'td');
			const anchor = numberCell && findFirst(numberCell, (node) => node.tagName === 'a' && typeof node.properties.name === 'string');
			const line = units.text(titleCell ? lineText(titleCell) : '', where(element));
			const number = numberCell ? lineText(numberCell).replace(/\.$/, '') : String(context.items.length + 1);
			context.consume(line, 'punktoverskrift (titel i frontmatter)', line.text);
			item = { line: line.n, ...(anchor ? { id: String(anchor.properties.name).toLowerCase() } : {}), number, title: line.text, closed: closedSection, sections: [] };
			context.items.push(item);
		} else if (hasClass(element, 'xsltTitleTableEnd') && item) {
			for (const cell of findAll(element, (node) => hasClass(node, 'xsltSubTitle'))) {
				const text = lineText(cell);
				const line = units.text(text, where(cell));
				const caseNumber = /^Sagsnr\.:\s*(\S*)/.exec(text)?.[1];
				if (caseNumber !== undefined) {
					if (caseNumber) item.caseNumber = caseNumber;
					context.consume(line, 'sagsnummer (i frontmatter)', caseNumber);
				} else if (/^Sagsbehandler:/.test(text)) context.drop(line, 'sagsbehandler (en medarbejders navn; udgives ikke)');
				else if (/^(Åben|Lukket)$/i.test(text)) {
					if (/lukket/i.test(text)) item.closed = true;
					context.drop(line, 'åben eller lukket (i frontmatter)');
				}
			}
		} else if (hasClass(element, 'xsltHeader') && item) {
			const content = siblings[index + 1];
			if (!content || hasClass(content, 'xsltHeader') || findFirst(content, (node) => hasClass(node, 'xsltAttachment'))) continue;
			const caption = lineText(element);
			if (/^Bilag:?$/.test(caption)) continue;
			const lines = units.blocks(htmlBlocks(content, where(content)));
			if (lines.length > 0) item.sections.push(captioned(caption, lines, lines[0]!.n, where(element)));
		} else if (item) {
			for (const link of findAll(element, (node) => hasClass(node, 'xsltAttachment'))) attachments.push(units.text(lineText(link), where(link)));
		}
	}
	finish();
	return [{ ...context.result(), units: units.all }];
}
