import { fromLines } from '../shared/line-layout.ts';
import type { Layout } from '../types.ts';
import { firstagendaText } from './firstagenda-text.ts';

const text = fromLines(firstagendaText);

/**
 * FirstAgenda, in every form it publishes a meeting: the PDF export (and its text, as pdftotext
 * gives it), the published web page, and the Publication API's JSON.
 */
export const firstagenda: Layout = {
	name: 'firstagenda',
	label: 'FirstAgenda',
	detect(document) {
		return text.detect(document);
	},
	parse(document) {
		return text.parse(document);
	},
};
