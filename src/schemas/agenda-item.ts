import { z } from 'astro/zod';
import { decisionClass } from './decision-class.ts';
import { isoDate, line } from './fields.ts';
import { ballotSchema, substituteSchema } from './vote.ts';
import { ocrMarkSchema } from './ocr.ts';

/** The words a decision class was read from (`readDecision`), shown beside the label and carried in the open data. */
const decisionEvidence = {
	/** The sentence of the decision the class rests on, as printed; for parts that differ, their sentences joined by " … ". */
	decisionEvidence: z.string().min(1).optional(),
	/** The class comes from the recommendation as well: a bare "Godkendt" of a proposal to take note or to recommend. */
	decisionInferred: z.literal(true).optional(),
};

/** Votes and attendance a decision states (`src/lib/decisions/`), for an item and for a quoted treatment alike. */
const statedInDecision = {
	/** The votes the decision text states; empty when it states none (a plain "Godkendt"). */
	votes: z.array(ballotSchema).default([]),
	/** Members the decision says did not take part ("Afbud:", "… deltog ikke i sagens behandling"), as printed. */
	absent: z.array(line).default([]),
	/** Substitutes the decision says took a seat. */
	substitutes: z.array(substituteSchema).default([]),
};

/**
 * An earlier treatment of the same case that the minutes quote inside an item, such as
 * "Social og Sundhed, 4. juni 2020, pkt. 187:" followed by that committee's decision.
 */
export const earlierTreatmentSchema = z.strictObject({
	/**
	 * The heading as printed, without its closing colon; for a FirstAgenda "Sagsforløb" entry, made
	 * from its Udvalg, Dato and Punktnummer lines in the same form ("Økonomiudvalget, 12. juni 2017, pkt. 5").
	 */
	label: line,
	/** The body that treated the case, e.g. `Social og Sundhed` or `Byrådet 2018-2021`. */
	body: line,
	/** Date of that meeting, `YYYY-MM-DD`. */
	date: isoDate,
	/** Item number at that meeting, as printed; some systems quote a treatment by date and body only. */
	number: line.optional(),
	/** Plain text of what the minutes quote from that treatment (usually its decision). */
	text: z.string(),
	/** How that treatment decided, read from `text` by the same rules as the item's own decision. */
	decisionClass,
	...decisionEvidence,
	...statedInDecision,
});

/** An earlier publication of the meeting, as an item or a meeting names it: its raw file, kind and time. */
export const publicationSchema = z.strictObject({
	/** Repository path of that publication's raw file. */
	source: z.string().regex(/^content\/raw\/[^\s].*[^/]$/, 'skal være stien til råfilen, fx content/raw/stevns/dagsorden.pdf'),
	/** `dagsorden` or `referat`, where that publication says. */
	status: z.enum(['dagsorden', 'referat']).optional(),
	/** When the system published it, as the file states (`YYYY-MM-DDTHH:MM`, seconds where given). */
	published: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'skriv tidspunktet som ÅÅÅÅ-MM-DDTTT:MM').optional(),
});

/**
 * What changed in an item since the meeting's previous publication (usually the agenda before the
 * minutes), so that a reader who saw the agenda sees what is new.
 */
export const itemChangesSchema = z.strictObject({
	/** The publication compared with. */
	since: publicationSchema,
	/** The item is new: the previous publication did not have it. */
	added: z.boolean().optional(),
	/** The title the previous publication gave, where it differs. */
	title: line.optional(),
	/** The number the previous publication gave, where it differs (the item was renumbered). */
	number: line.optional(),
	/** The recommendation (indstilling) reads differently. */
	recommendation: z.boolean().optional(),
	/** The decision was added (the minutes after the agenda), changed, or removed. */
	decision: z.enum(['added', 'changed', 'removed']).optional(),
	/** The item was opened or closed since. */
	closed: z.boolean().optional(),
});

/**
 * An agenda item's frontmatter: `content/cases/<meeting id>/<number>.md`.
 *
 * `meeting` is a plain id here; `src/content.config.ts` narrows it to `reference('meetings')`, which
 * only exists inside Astro.
 */
export const agendaItemSchema = z.strictObject({
	/** Id of the meeting entry this item belongs to, e.g. `rudersdal/2021-09-15-erhvervsudvalget`. */
	meeting: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'skal være et mødes id, fx stevns/2020-06-10-aet'),
	/** The item number as printed (`3`, `172`). */
	number: line,
	/** 1-based position of the item in the meeting, in source order. */
	position: z.number().int().positive(),
	/** The title as printed; `Lukket` where a closed item's title is withheld. */
	title: line,
	/** Case or journal number when printed: `21/15405`, `00.00.00-I02-1-21`, `EMN-2025-003383`. */
	caseNumber: line.optional(),
	/** Who has the power to decide (Beslutningskompetence), where the source states it, e.g. `KB`. */
	authority: line.optional(),
	/** True for a closed item ("Lukket"): only number, title and decision are ever published. */
	closed: z.boolean(),
	/** Plain text of this meeting's decision, when one is recorded. */
	decision: z.string().min(1).optional(),
	/**
	 * How the item was decided against its recommendation (`src/lib/decisions/classify-decision.ts`).
	 * Ingest sets it; an editor who knows better may correct it, and the hand edit is kept.
	 */
	decisionClass,
	...decisionEvidence,
	/** One entry per attachment (bilag) the item names, in source order. */
	attachments: z.array(line).default([]),
	/** Earlier treatments quoted inside the item, in source order. */
	earlierTreatments: z.array(earlierTreatmentSchema).default([]),
	...statedInDecision,
	/**
	 * The publishing system's own id of the item (eDoc's, SBSYS's, Acadre's), where the export gives
	 * one: the item keeps its address by it when a later publication renumbers it.
	 */
	systemId: line.optional(),
	/** What changed since the meeting's previous publication; absent for a meeting published once. */
	changes: itemChangesSchema.optional(),
	/**
	 * An earlier publication had this item and the newest does not: it was withdrawn (or merged).
	 * The file keeps the item's address alive; the page says so and links the meeting.
	 */
	withdrawn: publicationSchema.optional(),
	/** The item's text was recognised from a scan (OCR), on these pages: the page says it may hold errors. */
	ocr: ocrMarkSchema.optional(),
});

export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type EarlierTreatment = z.infer<typeof earlierTreatmentSchema>;
export type Publication = z.infer<typeof publicationSchema>;
export type ItemChanges = z.infer<typeof itemChangesSchema>;
