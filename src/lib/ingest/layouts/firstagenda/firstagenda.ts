import { fromLines } from '../shared/line-layout.ts';
import type { Layout } from '../types.ts';
import { isFirstAgendaApi, parseApi } from './firstagenda-api.ts';
import { firstagendaText } from './firstagenda-text.ts';
import { isFirstAgendaPage, parsePage } from './firstagenda-web.ts';

const lines = fromLines(firstagendaText);

/**
 * FirstAgenda, in every form it publishes a meeting: the PDF export (and its text, as pdftotext
 * gives it), the published web page, and the Publication API's JSON.
 */
export const firstagenda: Layout = {
	name: 'firstagenda',
	label: 'FirstAgenda',
	detect(document) {
		if (document.container === 'json') return isFirstAgendaApi(document.json) ? 0.95 : 0;
		if (document.container === 'html') return document.hast && isFirstAgendaPage(document.hast) ? 0.9 : 0;
		return lines.detect(document);
	},
	parse(document) {
		if (document.container === 'json') return parseApi(document);
		if (document.container === 'html') return parsePage(document);
		return lines.parse(document);
	},
};
