import { IngestError } from '../../ingest-error.ts';
import { ParseContext } from '../shared/parse-context.ts';
import { linesOf } from '../shared/line-layout.ts';
import type { Layout } from '../types.ts';

/**
 * The fallback for a document no layout recognises: the whole text, as paragraphs, on the meeting's
 * page. Nothing is lost and the minutes are public; a layout for the system can come later. A JSON
 * or XML file or a zip is data, not text: without its system's layout there is nothing to publish.
 */
export const plainText: Layout = {
	name: 'tekst',
	label: 'ukendt format (udgivet som ren tekst)',
	detect: () => 0,
	parse(document) {
		if (document.container === 'json' || document.container === 'xml' || document.container === 'zip') {
			const what = { json: 'JSON-filen', xml: 'XML-filen', zip: 'zip-filen' }[document.container];
			throw new IngestError(
				document.path,
				undefined,
				`${what} er ikke fra et mødesystem, arkivet kender (FirstAgenda, eDoc, SBSYS); den indeholder intet møde, der kan læses. Læg mødets PDF eller webside i stedet, eller angiv systemet med --format`,
			);
		}
		const lines = linesOf(document);
		const context = new ParseContext();
		const first = lines.find((line) => line.text !== '');
		if (first) context.sections.push({ kind: 'text', line: first.n, lines: [...lines] });
		context.warn('formatet blev ikke genkendt; hele teksten udgives som afsnit på mødesiden uden punkter. Angiv formatet med --format eller "format:" i sidecar-filen, hvis det er et kendt format');
		return [{ ...context.result(), units: lines }];
	},
};
