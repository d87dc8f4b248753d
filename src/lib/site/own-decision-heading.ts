import { headingKind, quotesAnotherMeeting } from '../ingest/3-layouts/section-vocabulary.ts';

/**
 * Whether a heading of an item's body heads the decision its page shows above the text: a decision
 * heading of the vocabulary that quotes no other meeting, as ingest reads it (`quoted-decisions.ts`).
 */
export const isOwnDecisionHeading = (heading: string, meetingDate: string): boolean => headingKind(heading) === 'decision' && !quotesAnotherMeeting(heading, meetingDate);
