import { decisionHeading, headingKind } from '../ingest/3-layouts/section-vocabulary.ts';

/**
 * Whether a heading of an item's body heads the decision its page shows above the text: a decision
 * heading of the vocabulary ("Beslutning", "Vedtagelse i Erhvervsudvalget den 15-09-2021") that
 * names no other date. One of another date quotes an earlier treatment, as ingest reads it
 * (`quoted-decisions.ts`), and stays in the text.
 */
export function isOwnDecisionHeading(heading: string, meetingDate: string): boolean {
	if (headingKind(heading) !== 'decision') return false;
	const named = decisionHeading(heading);
	return !named || named.date === meetingDate;
}
