import { z } from 'astro/zod';
import { line } from './fields.ts';

/**
 * One voter as the minutes name them: a party by its list letter (`V`, `Ø`, `UP` for a member
 * outside any party), a member by name, or a member with the party printed after the name
 * ("Liselott Blixt (UP)").
 */
export const voterSchema = z
	.strictObject({
		/** The list letter; party names the minutes write out ("Enhedslisten") are stored as their letter. */
		party: z.string().regex(/^[A-ZÆØÅ]{1,3}$/, 'skriv partiets listebogstav, fx V eller Ø').optional(),
		/** A member's name, when the minutes name one. */
		name: line.optional(),
	})
	.refine((voter) => voter.party !== undefined || voter.name !== undefined, 'en stemme skal have et parti eller et navn');

const voters = z.array(voterSchema).default([]);

/**
 * A vote the decision text states, read by `src/lib/decisions/read-votes.ts`. Only what the text
 * says is recorded: a majority that is not named stays unnamed, and the members not listed are not
 * assumed to have voted either way.
 */
export const ballotSchema = z.strictObject({
	/** The part of the decision the vote concerns, as printed ("1", "1 a", "2b", "4-14"); absent for the whole decision. */
	part: line.optional(),
	/** The text says the decision was unanimous ("enstemmigt", "et enigt udvalg"). */
	unanimous: z.literal(true).optional(),
	/** The text says a majority decided, without always saying who ("Et flertal i udvalget kunne tiltræde"). */
	majority: z.literal(true).optional(),
	/** Voted for, or made up the majority. */
	for: voters,
	/** Voted against, or "kan ikke godkende". */
	against: voters,
	/** Abstained ("undlod at stemme", "Undlader: F"). */
	abstained: voters,
	/** Took a reservation ("tager forbehold"). */
	reserved: voters,
	/** Counts of votes where the text gives them ("med 17 stemmer mod 8"). */
	counts: z.strictObject({ for: z.number().int().nonnegative().optional(), against: z.number().int().nonnegative().optional(), abstained: z.number().int().nonnegative().optional() }).optional(),
});

/** A substitute (suppleant) who took a member's seat: "Ole Ødmann deltog som suppleant for Gitte Andersen (V)". */
export const substituteSchema = z.strictObject({
	/** The substitute, as printed. */
	name: line,
	/** The member whose seat they took, as printed. */
	for: line,
});

export type Voter = z.infer<typeof voterSchema>;
export type Ballot = z.infer<typeof ballotSchema>;
export type Substitute = z.infer<typeof substituteSchema>;
