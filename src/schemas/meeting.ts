import { z } from 'astro/zod';
import { publicationSchema } from './agenda-item.ts';
import { clockTime, isoDate, line, slug, webUrl } from './fields.ts';
import { substituteSchema } from './vote.ts';
import { ocrMarkSchema } from './ocr.ts';

/** The publishing systems whose exports ingest can read; `tekst` is the plain-text fallback. */
export const formats = ['firstagenda', 'edoc', 'sbsys', 'acadre', 'word', 'protokol', 'stevns', 'roedovre', 'hedensted', 'tekst'] as const;

/** A meeting's frontmatter: `content/meetings/<municipality>/<date>-<committee>.md`. */
export const meetingSchema = z.strictObject({
	/** Slug of the municipality, a key of `content/municipalities.yaml`. */
	municipality: slug,
	/** The committee's display name as the municipality writes it, e.g. `Erhvervsudvalget`. */
	committee: line,
	/** The meeting date, `YYYY-MM-DD`. */
	date: isoDate,
	/** Start time, `HH:MM`, when the source gives one. */
	time: clockTime.optional(),
	/** Where the meeting was held, as printed. */
	location: line.optional(),
	/** Members and others listed as taking part, in source order, as printed (party letters kept). */
	participants: z.array(line).default([]),
	/** Members listed as absent (fraværende, afbud), in source order. */
	absent: z.array(line).default([]),
	/** Substitutes (suppleanter) the minutes say took a member's seat for the meeting. */
	substitutes: z.array(substituteSchema).default([]),
	/**
	 * Participants the minutes themselves call officials ("Kathrine Seier Skastrup (sekretær)",
	 * "Områdechef Malene Toscani orienterede"): they take part but are not members, and get no member page.
	 */
	officials: z.array(line).default([]),
	/**
	 * `referat` once decisions are recorded; `dagsorden` for an agenda published before the meeting.
	 * Absent when the source does not say and has no decisions: the page says the status is unknown.
	 */
	status: z.enum(['dagsorden', 'referat']).optional(),
	/**
	 * The meeting's own page at its publisher, when the export or its sidecar gives one. The site
	 * links it (or the registry's `minutes` page) as the source; raw exports are never published.
	 */
	url: webUrl.optional(),
	/** Repository-relative path of the raw export this file was generated from. */
	source: z.string().regex(/^content\/raw\/[^\s].*[^/]$/, 'skal være stien til råfilen, fx content/raw/stevns/referat.txt'),
	/** The publishing format ingest detected (or was told with `--format` or the sidecar). */
	format: z.enum(formats),
	/**
	 * Every publication of the meeting that is committed (agenda, minutes, a republication), oldest
	 * first; the page shows the newest, `source`. Absent for a meeting published once.
	 */
	publications: z.array(publicationSchema).default([]),
	/** The meeting's text was recognised from a scan (OCR), on these pages: the page says it may hold errors. */
	ocr: ocrMarkSchema.optional(),
});

export type Meeting = z.infer<typeof meetingSchema>;
