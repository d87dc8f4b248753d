import type { Layout } from '../types.ts';
import { isEdocHtml, parseEdocHtml } from './edoc-html.ts';
import { isEdocXml, parseEdocXml } from './edoc-xml.ts';

/**
 * eDoc (Fujitsu), the publishing system of Middelfart and others: its agenda output as XML and as
 * the HTML printed from it.
 */
export const edoc: Layout = {
	name: 'edoc',
	label: 'eDoc',
	detect(document) {
		if (document.container === 'xml') return isEdocXml(document.xml) ? 0.95 : 0;
		if (document.container === 'html') return document.hast && isEdocHtml(document.hast) ? 0.9 : 0;
		return 0;
	},
	parse(document) {
		return document.container === 'xml' ? parseEdocXml(document) : parseEdocHtml(document);
	},
};
