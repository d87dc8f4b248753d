import { z } from 'astro/zod';

/**
 * How an agenda item was decided, measured against its recommendation (indstilling). The values
 * are stable identifiers for frontmatter, filters and open data; the Danish labels live in the
 * string table (`decision.<class>`).
 */
export const decisionClasses = [
	/** The body decided as recommended: "Godkendt", "Indstilling godkendt", "tiltræder Direktionens forslag". */
	'approved',
	/** Decided, but not as recommended: "Indstilling godkendt med den rettelse …", parts approved and parts refused. */
	'approved-with-changes',
	/** Sent on with a recommendation to the body that decides: "Anbefales", "sendes videre til ØU og KB". */
	'recommended',
	/** Taken to note or discussed, nothing to approve: "Taget til efterretning", "Sagen er drøftet". */
	'noted',
	/** Postponed or sent back for a new proposal: "Udsat", "Sagen sendes tilbage", "Afventer …". */
	'postponed',
	/** Refused: "Afvises …", "Kan ikke anbefales", "Godkendes ikke". */
	'rejected',
	/** No decision recorded: an agenda before the meeting, "Intet til referat", an empty decision, a decision field that only records attendance. */
	'none',
	/**
	 * A decision is written, but no reading of the archive understands it. Shown as "Ikke aflæst",
	 * never guessed: a wrong label is worse than none.
	 */
	'unread',
] as const;

export const decisionClass = z.enum(decisionClasses);

export type DecisionClass = (typeof decisionClasses)[number];
