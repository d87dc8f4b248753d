import { fromLines } from '../shared/line-layout.ts';
import type { Layout } from '../types.ts';
import { isEdocHtml, parseEdocHtml } from './edoc-html.ts';
import { edocText } from './edoc-text.ts';
import { isEdocXml, parseEdocXml } from './edoc-xml.ts';

const pdf = fromLines(edocText);

/**
 * eDoc (Fujitsu), the publishing system of Middelfart and others: its agenda output as XML, as the
 * HTML printed from it, and as the PDF (or its text) exported from that print layout.
 */
export const edoc: Layout = {
	name: 'edoc',
	label: 'eDoc',
	detect(document) {
		if (document.container === 'xml') return isEdocXml(document.xml) ? 0.95 : 0;
		if (document.container === 'html') return document.hast && isEdocHtml(document.hast) ? 0.9 : 0;
		return pdf.detect(document);
	},
	parse(document) {
		if (document.container === 'xml') return parseEdocXml(document);
		if (document.container === 'html') return parseEdocHtml(document);
		return pdf.parse(document);
	},
};
