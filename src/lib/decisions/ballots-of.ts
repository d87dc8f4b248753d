import type { DecisionClass } from '../../schemas/decision-class.ts';
import type { Ballot } from '../../schemas/vote.ts';

/** A side of a vote, as the tables show them: For, Imod, Undlod, Forbehold. */
export type Side = 'for' | 'against' | 'abstained' | 'reserved';
export const sides: readonly Side[] = ['for', 'against', 'abstained', 'reserved'];

/** Outcomes that are a yes or a no: a decision to note or postpone is no vote. */
const voted: readonly DecisionClass[] = ['approved', 'approved-with-changes', 'recommended', 'rejected'];

/**
 * The votes to show for a decision: those the text states, or, for a yes or a no with no vote
 * recorded ("Godkendt", "Anbefales"), that it was unanimous. A member who votes against may have it
 * recorded in the minutes (kommunestyrelsesloven), so a decision with none recorded had none.
 */
export function ballotsOf(decided: { votes: readonly Ballot[]; decisionClass: DecisionClass; decision?: string | undefined }): { ballots: readonly Ballot[]; unanimous: boolean } {
	if (decided.votes.length > 0) return { ballots: decided.votes, unanimous: decided.votes.every((ballot) => ballot.unanimous === true) };
	return { ballots: [], unanimous: decided.decision !== undefined && voted.includes(decided.decisionClass) };
}
