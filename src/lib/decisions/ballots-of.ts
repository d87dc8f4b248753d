import type { DecisionClass } from '../../schemas/decision-class.ts';
import type { Ballot } from '../../schemas/vote.ts';

/** A side of a vote, as the tables show them: For, Imod, Undlod, Forbehold. */
export type Side = 'for' | 'against' | 'abstained' | 'reserved';
export const sides: readonly Side[] = ['for', 'against', 'abstained', 'reserved'];

/** Outcomes that are a yes or a no: a decision to note or postpone is no vote. */
const voted: readonly DecisionClass[] = ['approved', 'approved-with-changes', 'recommended', 'rejected'];

/**
 * The votes to show for a decision: those the text states, whether the text says it was unanimous,
 * and, for a yes or a no with no vote recorded ("Godkendt", "Anbefales"), that none against is
 * recorded. That last is an inference, shown in words ("Ingen stemmer imod er ført til referat"),
 * never as an "Enstemmig" badge: the text does not say so (issue 25).
 */
export function ballotsOf(decided: { votes: readonly Ballot[]; decisionClass: DecisionClass; decision?: string | undefined }): { ballots: readonly Ballot[]; unanimous: boolean; noneAgainstRecorded: boolean } {
	if (decided.votes.length > 0) return { ballots: decided.votes, unanimous: decided.votes.every((ballot) => ballot.unanimous === true), noneAgainstRecorded: false };
	return { ballots: [], unanimous: false, noneAgainstRecorded: decided.decision !== undefined && voted.includes(decided.decisionClass) };
}
