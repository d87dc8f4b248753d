import { parseDanishDate } from '../../danish-date.ts';
import type { SourceLine } from '../../2-read/source-lines.ts';
import { IngestError } from '../../ingest-error.ts';
import { ParseContext } from '../shared/parse-context.ts';
import { closedMarker, splitSections } from '../shared/split-sections.ts';
import type { LineLayout } from '../types.ts';
import { append } from '../../append.ts';

const caseLine = /^Sag nr\.\s*(\d+[a-z]?)$/;
const authority = /^Beslutningskompetence:\s*(\S.*)$/;
const furniture = /^(Fold alle ud|Sager \d+\s*-\s*\d+)$/;

/** The index of the next non-blank line at or after `from`, or -1. */
const nextText = (lines: readonly SourceLine[], from: number) => lines.findIndex((line, i) => i >= from && line.text !== '');

/**
 * Rødovre Kommune's web page as text: committee, date, "Medlemmer", then per item its title, "Sag nr. N",
 * "Beslutningskompetence: X" and the sections. An item's title is the line above its "Sag nr.".
 */
export const roedovre: LineLayout = {
	name: 'roedovre',
	label: 'Rødovre Kommune (webside)',

	detect(lines) {
		const items = lines.filter((line) => caseLine.test(line.text.trim())).length;
		const folded = lines.some((line) => furniture.test(line.text.trim()));
		return (items > 0 ? 0.6 : 0) + (lines.some((line) => authority.test(line.text.trim())) ? 0.2 : 0) + (folded ? 0.2 : 0);
	},

	parse(lines, path) {
		const context = new ParseContext();
		const markers = lines.flatMap((line, index) => (caseLine.test(line.text.trim()) ? [index] : []));
		// Each item starts at its title: the last non-blank line above "Sag nr." (and below the previous one).
		const starts = markers.map((marker, index) => {
			const title = lines.findLastIndex((line, i) => i < marker && i > (markers[index - 1] ?? -1) && line.text !== '');
			if (title < 0 || caseLine.test(lines[title]!.text.trim())) {
				throw new IngestError(path, lines[marker]!.n, `"${lines[marker]!.text.trim()}" har ingen titel på linjen over; Rødovre-eksporten skriver punktets titel lige over "Sag nr."; ret råfilen`);
			}
			return title;
		});

		const header = lines.slice(0, starts[0] ?? lines.length).filter((line) => line.text !== '');
		const rest: SourceLine[] = [];
		let members = false;
		header.forEach((line, index) => {
			const text = line.text.trim();
			const date = /^\d{1,2}-\d{1,2}-\d{4}$/.test(text) ? parseDanishDate(text) : undefined;
			if (index === 0) {
				context.fact('committee', text, line);
				context.consume(line, 'udvalg (i frontmatter)', text);
			} else if (date && !context.facts.date) {
				context.fact('date', date, line);
				context.consume(line, 'mødedato (i frontmatter)', date);
			} else if (text === 'Medlemmer' || text === 'Deltagere') {
				members = true;
				context.drop(line, 'overskrift over deltagerlisten (deltagere i frontmatter)');
			} else if (furniture.test(text)) {
				members = false;
				context.drop(line, 'sidens navigation');
			} else if (members) {
				context.fact('participants', [...(context.facts.participants ?? []), text], line);
				context.consume(line, 'deltager (i frontmatter)', text);
			} else rest.push(line);
		});
		if (rest.length > 0) append(context.sections, splitSections(rest, context));

		starts.forEach((start, index) => {
			const titleLine = lines[start]!;
			const marker = lines[markers[index]!]!;
			const number = caseLine.exec(marker.text.trim())![1]!;
			const { title, closed } = closedMarker(titleLine.text.trim());
			context.consume(titleLine, 'punkttitel (i frontmatter)', title);
			context.consume(marker, 'punktnummer (i frontmatter)', number);
			let bodyStart = markers[index]! + 1;
			const next = nextText(lines, bodyStart);
			const power = next >= 0 ? authority.exec(lines[next]!.text.trim()) : null;
			if (power) {
				context.consume(lines[next]!, 'beslutningskompetence (i frontmatter)', power[1]);
				bodyStart = next + 1;
			}
			context.items.push({
				line: titleLine.n,
				number,
				title,
				closed,
				...(power ? { authority: power[1]! } : {}),
				sections: splitSections(lines.slice(bodyStart, starts[index + 1] ?? lines.length), context),
			});
		});
		return context.result();
	},
};
