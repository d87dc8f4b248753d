import { z } from 'astro/zod';
import { line } from './fields.ts';

/**
 * `content/cpr-allowlist.yaml`: numbers that look like CPR numbers but are not (a journal number, an
 * account number). Each entry needs a reason, because an entry publishes the number; `files`
 * narrows it to the files where the number is known to be harmless.
 */
export const cprAllowlistSchema = z.array(
	z.strictObject({
		/** The number as printed; only its ten digits count, so "010203-1234" and "010203 1234" are one entry. */
		number: z.string().refine((value) => value.replace(/\D/g, '').length === 10, 'skal være et tal på ti cifre, fx "010203-1234"'),
		/** Why this number is not a person's CPR number. */
		reason: line,
		/** Paths from the repository root (`content/raw/…`, `content/cases/…`); all files when left out. */
		files: z.array(line).optional(),
	}),
);

export type CprAllowlist = z.infer<typeof cprAllowlistSchema>;
