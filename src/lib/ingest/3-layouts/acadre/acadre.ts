import { IngestError } from '../../ingest-error.ts';
import type { Layout } from '../types.ts';
import { isAcadreXml, parseAcadreXml } from './acadre-xml.ts';

/**
 * Acadre MM (Syddjurs and others). The variants, and how each is told apart:
 * - **The agenda's XML description** (`<root><table name="agenda">…`), alone or in a package (zip)
 *   with the Word document and the attachments of its `Files_…` folder. Items carry running
 *   numbers across the year ("715."); an item's decisions of earlier meetings stand beside this
 *   meeting's, each under "Beslutning i <udvalg> den <dato>", and only this date's is its decision.
 * - **The Word document alone** (the citizen portal's download) is read by the Word layout: its
 *   front page's lines give the committee, date, time and place.
 * - Agenda against minutes: the publication index's type (1 or 2), and decision bullets.
 */
export const acadre: Layout = {
	name: 'acadre',
	label: 'Acadre',
	detect(document) {
		if (document.container === 'xml') return isAcadreXml(document.xml) ? 0.95 : 0;
		if (document.container === 'zip') return document.entries?.some((entry) => isAcadreXml(entry.xml)) ? 0.95 : 0;
		return 0;
	},
	parse(document) {
		if (document.container === 'xml') return [{ ...parseAcadreXml(document), variant: 'dagsordenens XML alene' }];
		const descriptions = document.entries?.filter((entry) => isAcadreXml(entry.xml)) ?? [];
		if (descriptions.length === 0) throw new IngestError(document.path, undefined, 'zip-filen har ingen Acadre-beskrivelse (XML med dagsordenens tabeller); er det hele mappen?');
		return descriptions.map((entry) => ({ ...parseAcadreXml(entry, document.entries), variant: 'pakke (zip) med XML og filer' }));
	},
};
