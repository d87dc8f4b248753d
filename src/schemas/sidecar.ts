import { z } from 'astro/zod';
import { clockTime, isoDate, line, webUrl } from './fields.ts';
import { limitsSchema } from './limits.ts';
import { formats } from './meeting.ts';

/**
 * A sidecar: `<raw name>.yaml` beside a raw export, holding what the text itself lacks.
 * A field given both here and in the text must agree; ingest refuses to choose.
 */
export const sidecarSchema = z.strictObject({
	/** The committee, when the export does not name it. */
	committee: line.optional(),
	/** The meeting date, `YYYY-MM-DD`, when the export does not give it. */
	date: isoDate.optional(),
	/** Start time, `HH:MM`. */
	time: clockTime.optional(),
	/** Meeting place. */
	location: line.optional(),
	/** Participants, when the export does not list them. */
	participants: z.array(line).optional(),
	/** Absent members. */
	absent: z.array(line).optional(),
	/** `dagsorden` or `referat`. */
	status: z.enum(['dagsorden', 'referat']).optional(),
	/** The meeting's own page at the municipality or its publishing system, linked as the source. */
	url: webUrl.optional(),
	/**
	 * When the system published this file (`YYYY-MM-DDTHH:MM`), where the file does not say: it
	 * orders a meeting's publications (agenda, minutes, a republication).
	 */
	published: z
		.preprocess((value) => (value instanceof Date ? value.toISOString().slice(0, 16) : value), z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'skriv tidspunktet som ÅÅÅÅ-MM-DDTTT:MM, fx 2017-04-21T12:24'))
		.optional(),
	/** The publishing format, when detection picks the wrong one (same as `--format`). */
	format: z.enum(formats).optional(),
	/** Limits raised for this one file, over the defaults of `limits.ts` (a real 3,000-page PDF, say). */
	limits: limitsSchema.optional(),
});

export type Sidecar = z.infer<typeof sidecarSchema>;
