import { decisionHeading, quotesAnotherMeeting } from '../3-layouts/section-vocabulary.ts';
import type { ParsedSection } from '../3-layouts/types.ts';

/**
 * An item's sections with the decisions of other meetings set apart: a decision heading that names
 * another date ("Beslutning i Magistraten den 29. september 2025" in the council's minutes of
 * 8 October) quotes an earlier treatment, and becomes one, so that only this meeting's decision is
 * read, classified and shown as the decision. A heading without a date is this meeting's.
 */
export function quotedDecisions(sections: readonly ParsedSection[], meetingDate: string): ParsedSection[] {
	return sections.map((section) => {
		if (section.kind !== 'decision' || !section.heading || !quotesAnotherMeeting(section.heading, meetingDate)) return section;
		const named = decisionHeading(section.heading)!;
		return { ...section, kind: 'treatment', treatment: { label: section.heading, body: named.body, date: named.date } };
	});
}
