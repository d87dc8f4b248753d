import type { SourceDocument } from '../2-read/document/source-document.ts';
import { edoc } from './edoc/edoc.ts';
import { firstagenda } from './firstagenda/firstagenda.ts';
import { hedensted } from './hedensted/hedensted.ts';
import { plainText } from './plain-text/plain-text.ts';
import { protocol } from './protocol/protocol.ts';
import { roedovre } from './roedovre/roedovre.ts';
import { sbsys } from './sbsys/sbsys.ts';
import { fromLines } from './shared/line-layout.ts';
import { stevns } from './stevns/stevns.ts';
import { word } from './word/word.ts';
import { acadre } from './acadre/acadre.ts';
import type { Format, Layout } from './types.ts';

/** Every layout, the fallback last. */
export const layouts: readonly Layout[] = [firstagenda, edoc, sbsys, acadre, word, fromLines(stevns), fromLines(roedovre), fromLines(hedensted), protocol, plainText];

/** Below this, no layout is sure enough and the fallback publishes the text as it is. */
const threshold = 0.5;

export function layoutFor(format: Format): Layout {
	return layouts.find((layout) => layout.name === format)!;
}

/** The layout that recognises this document best, or the plain-text fallback. */
export function detectLayout(document: SourceDocument): Layout {
	let best = plainText;
	let score = threshold;
	for (const layout of layouts) {
		const confidence = layout.detect(document);
		if (confidence > score) [best, score] = [layout, confidence];
	}
	return best;
}

export type { Format, Layout, ParsedItem, ParsedMeeting, ParsedSection } from './types.ts';
