import { sentenceEnd } from '../decisions/sentence-end.ts';

const sentenceEnds = new RegExp(String.raw`${sentenceEnd}(?=\s)`, 'gu');

/**
 * A decision shortened for a list, a feed or a page description: whole sentences, its lines joined
 * (a sentence wrapped over lines is one sentence: "Orienteringen om / Dialog med … / blev taget til
 * efterretning."), up to `max` characters, and "…" where it is cut. Never the first line alone:
 * "1 a. Ikke godkendt" beside "Godkendt med ændringer" would contradict the badge it sits by.
 */
export function decisionSummary(decision: string, max = 200): string {
	const text = decision.replace(/\s+/g, ' ').trim();
	if (text.length <= max) return text;
	let end = 0;
	for (const match of text.matchAll(sentenceEnds)) {
		if (match.index + 1 > max) break;
		end = match.index + 1;
	}
	if (end === 0) end = Math.max(text.lastIndexOf(' ', max - 1), 1);
	return `${text.slice(0, end).replace(/[\s,;:–-]+$/, '')} …`;
}
