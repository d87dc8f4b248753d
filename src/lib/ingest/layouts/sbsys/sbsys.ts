import { IngestError } from '../../ingest-error.ts';
import type { Layout } from '../types.ts';
import { isPublication, parsePublication } from './sbsys-publication.ts';

/**
 * SBSYS eDagsorden, Ballerup's and others' publishing system, and the variant Aarhus publishes: a
 * package (zip) of a publication XML and its enclosures, or the publication XML alone.
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
		if (document.container === 'xml') return [parsePublication(document.xml!, document, [])];
		const publications = document.entries?.filter((entry) => isPublication(entry.xml)) ?? [];
		if (publications.length === 0) throw new IngestError(document.path, undefined, 'zip-filen har ingen SBSYS-publicering (Publication*.xml); er det hele pakken?');
		return publications.map((entry) => parsePublication(entry.xml!, entry, document.entries!));
	},
};
