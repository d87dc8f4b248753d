import type { RootContent } from 'mdast';
import type { Document } from './build-documents.ts';
import type { Dropped } from '../3-layouts/types.ts';
import { IngestError } from '../ingest-error.ts';
import { locationOf, type SourceLine } from '../2-read/source-lines.ts';
import { countWords, words } from '../words.ts';

function bodyText(nodes: readonly RootContent[], into: string[]): string[] {
	for (const node of nodes) {
		if ('value' in node && node.type !== 'yaml') into.push(node.value);
		// Ordered lists print their numbers; the numbers were words of the raw text.
		if (node.type === 'list' && node.ordered) node.children.forEach((_, i) => into.push(String((node.start ?? 1) + i)));
		if ('children' in node) bodyText(node.children, into);
	}
	return into;
}

function dataText(value: unknown, into: string[]): string[] {
	if (typeof value === 'string' || typeof value === 'number') into.push(String(value));
	else if (Array.isArray(value)) for (const entry of value) dataText(entry, into);
	else if (value && typeof value === 'object') for (const entry of Object.values(value)) dataText(entry, into);
	return into;
}

/**
 * The word ledger: every word of the raw text must be in the generated documents (frontmatter or
 * body) or in a parser's drop report, as often as the raw text has it. The first line with a word
 * unaccounted for stops ingest, so a parser bug can never silently shorten the public record.
 * Returns how many words the lines hold, for the report's share of words published.
 */
export function checkNothingLost(path: string, lines: readonly SourceLine[], dropped: readonly Dropped[], documents: readonly Document<object>[]): number {
	const available = countWords(documents.flatMap((document) => [...dataText(document.data, []), ...bodyText(document.body, [])]));
	for (const entry of dropped) for (const word of entry.words) available.set(word, (available.get(word) ?? 0) + 1);
	let total = 0;
	for (const line of lines) {
		const found = words(line.text);
		total += found.length;
		const lost = found.filter((word) => {
			const left = available.get(word) ?? 0;
			available.set(word, left - 1);
			return left <= 0;
		});
		if (lost.length > 0) {
			throw new IngestError(
				path,
				locationOf(line),
				`ord fra råteksten ville gå tabt (${lost.slice(0, 5).join(', ')}); det er en fejl i parseren: meld den med råfilen, eller angiv et andet format med --format`,
			);
		}
	}
	return total;
}
