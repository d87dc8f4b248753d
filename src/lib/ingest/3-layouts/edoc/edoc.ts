import { fromLines } from '../shared/line-layout.ts';
import type { Layout } from '../types.ts';
import { isEdocHtml, parseEdocHtml } from './edoc-html.ts';
import { edocText } from './edoc-text.ts';
import { isEdocXml, parseEdocXml } from './edoc-xml.ts';

const pdf = fromLines(edocText);

/**
 * eDoc (Fujitsu), the publishing system of Middelfart and others. The variants, and how each is
 * told apart:
 * - **XML** in the namespace `http://www.fujitsu.dk/agenda/xml/schemas/…` (eDoc 4).
 * - **HTML** printed from it (the agenda output's page: "Åbne sager", "Lukkede sager").
 * - **PDF export** (or its text) of that print layout: an item is "N. Titel" over its
 *   "Sagsnr.:" line. Minutes print a running header of several lines ("<Udvalg> / Referat /
 *   Åbent referat / Dato: … / Side N") that the PDF reader removes, so the committee and date may
 *   stand only there; the front page lists "Tilstede" and "Afbud" before the items.
 * - Agenda against minutes: "Dagsorden" or "Referat" on the front page or in the header; one
 *   meeting published twice keeps its items by eDoc's ids.
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
		if (document.container === 'xml') return parseEdocXml(document).map((meeting) => ({ ...meeting, variant: 'eDoc 4 XML' }));
		if (document.container === 'html') return parseEdocHtml(document).map((meeting) => ({ ...meeting, variant: 'eDoc 4 HTML' }));
		return pdf.parse(document).map((meeting) => ({ ...meeting, variant: document.container === 'pdf' ? 'PDF-eksport' : 'PDF-eksport som tekst' }));
	},
};
