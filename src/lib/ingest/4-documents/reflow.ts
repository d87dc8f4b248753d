import type { PhrasingContent } from 'mdast';

/** Words after which a line-final hyphen is a suspended compound ("Social- og Sundhed"), not a split word. */
const conjunctions = /^(og|eller|samt|til|mv|m\.v\.)\b/;
/** A PDF export wraps lines at about this width; a line this long that ends mid-sentence was wrapped. */
const wrapWidth = 60;

/**
 * Joins the lines of one paragraph. Where a PDF export hard-wrapped a sentence the lines are joined
 * with a space (or nothing, after a split word); where the source broke the line on purpose (a
 * sentence ended, a short line stood alone) the break is kept as a Markdown hard break.
 */
export function reflow(lines: readonly string[]): PhrasingContent[] {
	const out: PhrasingContent[] = [];
	let text = lines[0] ?? '';
	for (let i = 1; i < lines.length; i++) {
		const previous = lines[i - 1]!;
		const next = lines[i]!;
		const startsLower = /^[a-zæøå(0-9,;]/.test(next);
		if (/\p{L}-$/u.test(previous) && /^\p{Ll}/u.test(next)) {
			text += conjunctions.test(next) ? ` ${next}` : next;
		} else if (!/[.!?:;]["”)]?$/.test(previous) && (startsLower || previous.length >= wrapWidth)) {
			text += ` ${next}`;
		} else {
			out.push({ type: 'text', value: text }, { type: 'break' });
			text = next;
		}
	}
	out.push({ type: 'text', value: text });
	return out;
}
