import type { SourceLine } from '../source-lines.ts';
import { firstagenda } from './firstagenda.ts';
import { hedensted } from './hedensted.ts';
import { plainText } from './plain-text.ts';
import { roedovre } from './roedovre.ts';
import { stevns } from './stevns.ts';
import type { Format, FormatParser } from './types.ts';

/** Every parser, the fallback last. */
export const parsers: readonly FormatParser[] = [firstagenda, stevns, roedovre, hedensted, plainText];

/** Below this, no parser is sure enough and the fallback publishes the text as it is. */
const threshold = 0.5;

export function parserFor(format: Format): FormatParser {
	return parsers.find((parser) => parser.name === format)!;
}

/** The parser that recognises these lines best, or the plain-text fallback. */
export function detectFormat(lines: readonly SourceLine[]): FormatParser {
	let best = plainText;
	let score = threshold;
	for (const parser of parsers) {
		const confidence = parser.detect(lines);
		if (confidence > score) [best, score] = [parser, confidence];
	}
	return best;
}

export type { Format, FormatParser, ParsedItem, ParsedMeeting, ParsedSection } from './types.ts';
