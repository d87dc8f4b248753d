import { IngestError } from '../../ingest-error.ts';
import type { Layout } from '../types.ts';
import { isPublication, parsePublication } from './sbsys-publication.ts';

/**
 * SBSYS eDagsorden, Ballerup's and others' publishing system. The variants, and how each is told
 * apart:
 * - **eDagsorden package** (Ballerup, regions): a zip of `Publication*.xml` (values in CDATA,
 *   HTML fragments inside) and `Enclosures/`; or the XML alone. An enclosure without text (a scan)
 *   or a damaged one is published as a file and marked, never sinks the meeting.
 * - **Aarhus's package**: `publication.xml` whose item fields are empty, the minutes only in an
 *   enclosed PDF (`enclosed-minutes.ts`); macOS zips with `__MACOSX/` and NFD names.
 * - Agenda against minutes: the publication's type and whether its decision fields are filled.
 */
export const sbsys: Layout = {
	name: 'sbsys',
	label: 'SBSYS',
	detect(document) {
		if (document.container === 'xml') return isPublication(document.xml) ? 0.95 : 0;
		if (document.container === 'zip') return document.entries?.some((entry) => isPublication(entry.xml)) ? 0.95 : 0;
		return 0;
	},
	parse(document) {
		if (document.container === 'xml') return [{ ...parsePublication(document.xml!, document, []), variant: 'publiceringens XML alene' }];
		const publications = document.entries?.filter((entry) => isPublication(entry.xml)) ?? [];
		if (publications.length === 0) throw new IngestError(document.path, undefined, 'zip-filen har ingen SBSYS-publicering (Publication*.xml); er det hele pakken?');
		return publications.map((entry) => ({ ...parsePublication(entry.xml!, entry, document.entries!), variant: 'publiceringspakke (zip)' }));
	},
};
