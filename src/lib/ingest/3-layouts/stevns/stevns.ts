import { ParseContext } from '../shared/parse-context.ts';
import { closedMarker, splitSections } from '../shared/split-sections.ts';
import type { LineLayout } from '../types.ts';
import { append } from '../../append.ts';

const item = /^\s*•\s+(\d+[a-z]?)\.\s+(\S.*)$/;
const status = /^(Referat|Dagsorden)$/i;

/**
 * Stevns Kommune's web page as text: "Referat", then "• 172. Titel" per item with its sections
 * indented below. The page names neither committee nor date: those come from the sidecar.
 */
export const stevns: LineLayout = {
	name: 'stevns',
	label: 'Stevns Kommune (webside)',

	detect(lines) {
		const items = lines.filter((line) => item.test(line.text)).length;
		const first = lines.find((line) => line.text !== '');
		return (items > 0 ? 0.7 : 0) + (first && status.test(first.text.trim()) ? 0.3 : 0);
	},

	parse(lines) {
		const context = new ParseContext();
		const starts = lines.flatMap((line, index) => (item.test(line.text) ? [index] : []));
		const header = lines.slice(0, starts[0] ?? lines.length).filter((line) => line.text !== '');
		const rest = header.filter((line) => {
			const match = status.exec(line.text.trim());
			if (!match) return true;
			context.fact('status', match[1]!.toLowerCase() as 'referat' | 'dagsorden', line);
			context.drop(line, 'dokumenttype (status i frontmatter)');
			return false;
		});
		if (rest.length > 0) append(context.sections, splitSections(rest, context));

		starts.forEach((start, index) => {
			const heading = lines[start]!;
			const [, number, printed] = item.exec(heading.text)!;
			const { title, closed } = closedMarker(printed!.trim());
			context.consume(heading, 'punktoverskrift (nummer og titel i frontmatter)', number, title);
			context.items.push({
				line: heading.n,
				number: number!,
				title,
				closed,
				sections: splitSections(lines.slice(start + 1, starts[index + 1] ?? lines.length), context),
			});
		});
		return context.result();
	},
};
