import { IngestError } from '../../ingest-error.ts';
import type { Layout } from '../types.ts';
import { isAcadreXml, parseAcadreXml } from './acadre-xml.ts';

/**
 * Acadre MM (Syddjurs and others): the agenda's XML description, alone or in a package (zip) with
 * the Word document and the attachments of its `Files_…` folder.
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
		if (document.container === 'xml') return [parseAcadreXml(document)];
		const descriptions = document.entries?.filter((entry) => isAcadreXml(entry.xml)) ?? [];
		if (descriptions.length === 0) throw new IngestError(document.path, undefined, 'zip-filen har ingen Acadre-beskrivelse (XML med dagsordenens tabeller); er det hele mappen?');
		return descriptions.map((entry) => parseAcadreXml(entry, document.entries));
	},
};
