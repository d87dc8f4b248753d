import { fromLines } from '../shared/line-layout.ts';
import type { Layout } from '../types.ts';
import { isFirstAgendaApi, parseApi } from './firstagenda-api.ts';
import { firstagendaText } from './firstagenda-text.ts';
import { isFirstAgendaPage, parsePage } from './firstagenda-web.ts';

const lines = fromLines(firstagendaText);

/**
 * FirstAgenda, in every form it publishes a meeting. The variants, and how each is told apart:
 * - **Publication API JSON** (`Moede`, `Udvalg`, `Dagsordenpunkter`): the portal's backend.
 *   - Template of 2024 on (Greve): captions as h3 ("Beslutning", "Fremstilling") with h4 inside.
 *   - Template of 2022–2023: captions as h2 or h4 under "Fremstilling"; a referat's decision may
 *     stand bare under the item's title repeated as a heading (`item-sections.ts`).
 *   - Agenda against minutes: the meeting's name says "Dagsorden" for both; decisions make minutes.
 *   - Fetched with its files (`npm run fetch`): a folder beside the JSON with the same name holds
 *     each item's PDF (`Felter[].DocumentId`) and attachment (`Bilag[].Id`) as `<id>.pdf`; they
 *     become the item's attachment files, found by id, never by a name the portal gave.
 * - **Published web page** (`tr.punktrow` rows; h1 "Dagsorden …" or "Referat …"): the same item
 *   HTML as the API. Aarhus's template opens each item with "Beslutninger", and quotes earlier
 *   treatments as Udvalg/Dato/Punktnummer lines under "Sagsforløb".
 * - **PDF export** (and its text, as pdftotext gives it): "REFERAT <udvalg> d. DD-MM-YYYY" or a
 *   front page of labelled facts; "Punkt N: Titel" with the case number below; Aarhus's variant
 *   prints "Beslutninger" before "Resume".
 * Across them, tests hold that the same meeting reads the same (PDF and JSON of one meeting), and
 * that page breaks, headers and numbering do not change the items (`test/ingest/layout-families.test.ts`).
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
		if (document.container === 'json') return parseApi(document).map((meeting) => ({ ...meeting, variant: 'Publication API (JSON)' }));
		if (document.container === 'html') return parsePage(document).map((meeting) => ({ ...meeting, variant: 'publiceret webside' }));
		return lines.parse(document).map((meeting) => ({ ...meeting, variant: document.container === 'pdf' ? 'PDF-eksport' : 'PDF-eksport som tekst' }));
	},
};
