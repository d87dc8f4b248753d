import { z } from 'astro/zod';

/**
 * A calendar date as `YYYY-MM-DD`.
 *
 * YAML 1.1 readers (Astro's frontmatter parser among them) turn an unquoted `2021-09-15` into a
 * `Date`; a hand edit that drops the quotes must still validate, so a `Date` is folded back.
 */
export const isoDate = z.preprocess(
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
	z
		.string()
		.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'skriv datoen som ÅÅÅÅ-MM-DD, fx 2021-09-15'),
);

/** A time of day as `HH:MM` (24-hour clock). */
export const clockTime = z
	.string()
	.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'skriv tidspunktet som TT:MM, fx 13:00');

/** A non-empty line of text: no leading or trailing white space, no line breaks or tabs. */
export const line = z
	.string()
	.trim()
	.min(1, 'må ikke være tom')
	.refine((value) => !/[\t\r\n]/.test(value), 'må ikke indeholde linjeskift eller tabulatorer');

/** A municipality's slug as registered in `content/municipalities.yaml`: ASCII, lower case, hyphens. */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'brug små bogstaver a-z, tal og bindestreger');

/** A web address a page may link: `http` or `https` only, never `javascript:` or `data:`. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'skriv en webadresse, der begynder med https://' });
