import { IngestError } from '../../ingest-error.ts';
import { ParseContext } from '../shared/parse-context.ts';
import { linesOf } from '../shared/line-layout.ts';
import type { Layout } from '../types.ts';
import { parseClockTime, parseDanishDate } from '../../danish-date.ts';
import type { SourceLine } from '../../2-read/source-lines.ts';

/** "Referat", "Dagsorden for Økonomiudvalget", "REFERAT fra mødet i Byrådet": the kind of document, and the body it names. */
const kindLine = /^(referat|dagsorden|beslutningsprotokol|protokol)(?:\s+(?:fra|for|af)(?:\s+mødet\s+i)?\s+(.+?))?\s*$/i;
/** A body's name on a line of its own: an udvalg, a council, a board. */
const bodyLine = /^(?:[A-ZÆØÅ][\p{L}-]*,?\s+(?:og\s+)?){0,6}?(?:[\p{L}-]*udvalg(?:et)?|Byråd(?:et)?|Kommunalbestyrelsen|Regionsråd(?:et)?|Sogne?r(?:å|aa)d(?:et)?|[\p{L}-]*bestyrelse[n]?|[\p{L}-]*råd(?:et)?)$/u;
/** "Mødedato: 15. september 2021", "Dato: 15-09-2021", "Mødet den 15. september 2021". */
const dateLabel = /^(?:møde(?:dato|tidspunkt)?|dato|tid(?:spunkt)?)\b|\bden\s+\d{1,2}\./i;

/**
 * What a text in no known layout states of itself near its top: the document's kind, the body and
 * the date (and a clock time on the date's line). Only what a line says outright: a status that
 * cannot be told is left unknown, never guessed.
 */
function statedFacts(lines: readonly SourceLine[], context: ParseContext): void {
	const top = lines.filter((line) => line.text.trim() !== '').slice(0, 25);
	for (const line of top) {
		const text = line.text.trim();
		const kind = kindLine.exec(text);
		if (kind && !context.facts.status) {
			const word = kind[1]!.toLowerCase();
			context.fact('status', word === 'dagsorden' ? 'dagsorden' : 'referat', line);
			if (kind[2] && bodyLine.test(kind[2].replace(/\s+d\..*$/, '').trim()) && !context.facts.committee) context.fact('committee', kind[2].replace(/\s+d\..*$/, '').trim(), line);
			continue;
		}
		if (!context.facts.committee && text.length <= 80 && bodyLine.test(text)) {
			context.fact('committee', text, line);
			continue;
		}
		if (!context.facts.date && dateLabel.test(text)) {
			const date = parseDanishDate(text);
			if (date) {
				context.fact('date', date, line);
				context.fact('time', parseClockTime(text.replace(/^.*?\d{4}/, '')), line);
			}
		}
	}
}

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
		statedFacts(lines, context);
		const first = lines.find((line) => line.text !== '');
		if (first) context.sections.push({ kind: 'text', line: first.n, lines: [...lines] });
		context.warn('formatet blev ikke genkendt; hele teksten udgives som afsnit på mødesiden uden punkter. Angiv formatet med --format eller "format:" i sidecar-filen, hvis det er et kendt format');
		return [{ ...context.result(), units: lines }];
	},
};
