import { z } from 'astro/zod';
import { decisionClass } from './decision-class.ts';
import { ballotSchema } from './vote.ts';
import { ocrMarkSchema } from './ocr.ts';

/**
 * The archive's extension for votes (OParl has no vote object): the ballots the decision text
 * states, in the form of the item frontmatter (`src/schemas/vote.ts`), and whether a yes or no with
 * none recorded was unanimous.
 */
const votes = {
	'referatarkiv:votes': z.array(ballotSchema).optional(),
	'referatarkiv:unanimous': z.boolean().optional(),
};

/**
 * The OParl 1.1 objects the archive publishes in `dist/oparl/`, written out from the specification
 * (https://dev.oparl.org/spezifikation, chapter "Schema"): each object's mandatory properties are
 * required here, its optional ones optional, with the specification's types. The objects are strict,
 * so a misspelt property fails the test; the archive's own additions use the vendor prefix
 * `referatarkiv:`, as the specification asks of extensions.
 */
const version = 'https://schema.oparl.org/1.1/';
const url = z.url();
const typeOf = (name: string) => z.literal(`${version}${name}`);
/** `YYYY-MM-DD` */
const date = z.iso.date();
/** ISO 8601 with an offset, e.g. `2021-09-15T13:00:00+02:00`. */
const dateTime = z.iso.datetime({ offset: true });

export const oparlLegislativeTermSchema = z.strictObject({
	id: url,
	type: typeOf('LegislativeTerm'),
	body: url.optional(),
	name: z.string().optional(),
	startDate: date.optional(),
	endDate: date.optional(),
});

export const oparlSystemSchema = z.strictObject({
	id: url,
	type: typeOf('System'),
	oparlVersion: z.literal(version),
	/** URL of the list of all bodies. */
	body: url,
	name: z.string().optional(),
	license: url.optional(),
	website: url.optional(),
	vendor: url.optional(),
	product: url.optional(),
	web: url.optional(),
});

export const oparlBodySchema = z.strictObject({
	id: url,
	type: typeOf('Body'),
	system: url.optional(),
	name: z.string().min(1),
	shortName: z.string().optional(),
	license: url.optional(),
	classification: z.string().optional(),
	web: url.optional(),
	organization: url,
	person: url,
	meeting: url,
	paper: url,
	agendaItem: url,
	consultation: url,
	file: url,
	locationList: url,
	legislativeTermList: url,
	membership: url,
	legislativeTerm: z.array(oparlLegislativeTermSchema),
});

export const oparlOrganizationSchema = z.strictObject({
	id: url,
	type: typeOf('Organization'),
	body: url,
	name: z.string().min(1),
	/** URL of the list of this organisation's meetings. */
	meeting: url,
	organizationType: z.string().optional(),
	classification: z.string().optional(),
	web: url.optional(),
});

export const oparlPersonSchema = z.strictObject({
	id: url,
	type: typeOf('Person'),
	body: url,
	name: z.string().min(1),
	/** The party letter the newest minutes print after the name, e.g. `A`, `V`. */
	'referatarkiv:party': z.string().optional(),
	/** Every party letter the minutes state for the person, newest first. */
	'referatarkiv:parties': z.array(z.string()).optional(),
	/** The person's page: meetings attended and missed, and votes. */
	web: url.optional(),
});

/** An attachment file a publication package carried, published beside its item. */
export const oparlFileSchema = z.strictObject({
	id: url,
	type: typeOf('File'),
	name: z.string().optional(),
	fileName: z.string().optional(),
	mimeType: z.string().optional(),
	size: z.number().int().nonnegative().optional(),
	/** The file itself. */
	accessUrl: url,
	downloadUrl: url.optional(),
	agendaItem: z.array(url).optional(),
	/** The file's page: its text, and the link to it. */
	web: url.optional(),
	'referatarkiv:pages': z.number().int().positive().optional(),
	/** The file's text was recognised from a scan (OCR): which pages, the confidence, the engine. */
	'referatarkiv:ocr': ocrMarkSchema.optional(),
});

export const oparlAgendaItemSchema = z.strictObject({
	id: url,
	type: typeOf('AgendaItem'),
	meeting: url,
	number: z.string(),
	order: z.number().int().nonnegative(),
	name: z.string(),
	public: z.boolean(),
	consultation: url.optional(),
	/** The decision class in Danish, e.g. `Godkendt med ændringer`. */
	result: z.string().optional(),
	resolutionText: z.string().optional(),
	auxiliaryFile: z.array(oparlFileSchema).optional(),
	web: url.optional(),
	'referatarkiv:decisionClass': decisionClass,
	/** The words of the decision the class was read from (README, "Open data"). */
	'referatarkiv:decisionEvidence': z.string().optional(),
	/** The class was read with the recommendation: a bare "Godkendt" of a proposal to take note or recommend. */
	'referatarkiv:decisionInferred': z.literal(true).optional(),
	...votes,
	/** Members the decision says did not take part, as printed. */
	'referatarkiv:absent': z.array(z.string()).optional(),
});

export const oparlMeetingSchema = z.strictObject({
	id: url,
	type: typeOf('Meeting'),
	name: z.string(),
	meetingState: z.string().optional(),
	start: dateTime.optional(),
	organization: z.array(url),
	participant: z.array(url),
	agendaItem: z.array(oparlAgendaItemSchema),
	web: url.optional(),
	/** The meeting day; `start` is given only when the minutes print a time. */
	'referatarkiv:date': date,
	/** Where the meeting was held, as printed (an OParl Location would need an address). */
	'referatarkiv:location': z.string().optional(),
	/** Members listed as absent, as Persons. */
	'referatarkiv:absent': z.array(url).optional(),
});

export const oparlConsultationSchema = z.strictObject({
	id: url,
	type: typeOf('Consultation'),
	paper: url.optional(),
	agendaItem: url.optional(),
	meeting: url.optional(),
	organization: z.array(url).optional(),
	authoritative: z.boolean().optional(),
	role: z.string().optional(),
	/** For a treatment known only from a quote: the body, date, item number and decision as quoted. */
	'referatarkiv:body': z.string().optional(),
	'referatarkiv:date': date,
	'referatarkiv:number': z.string().optional(),
	'referatarkiv:decisionClass': decisionClass,
	'referatarkiv:decisionEvidence': z.string().optional(),
	'referatarkiv:resolutionText': z.string().optional(),
	/** The agenda item that quotes this treatment, when its meeting is not in the archive. */
	'referatarkiv:quotedIn': url.optional(),
	...votes,
});

export const oparlPaperSchema = z.strictObject({
	id: url,
	type: typeOf('Paper'),
	body: url,
	name: z.string(),
	/** The case number; a paper made for an item with no case number has none. */
	reference: z.string().optional(),
	date: date.optional(),
	paperType: z.string().optional(),
	consultation: z.array(oparlConsultationSchema),
	web: url.optional(),
});

/** An external object list, one page of it. */
export const oparlListSchema = z.strictObject({
	data: z.array(z.record(z.string(), z.unknown())),
	pagination: z.strictObject({
		totalElements: z.number().int().nonnegative(),
		elementsPerPage: z.number().int().positive(),
		currentPage: z.number().int().positive(),
		totalPages: z.number().int().nonnegative(),
	}),
	links: z.strictObject({ first: url.optional(), prev: url.optional(), next: url.optional(), last: url.optional() }),
});

/** The schema for each object type, by the last segment of its `type`. */
export const oparlSchemas = {
	System: oparlSystemSchema,
	Body: oparlBodySchema,
	LegislativeTerm: oparlLegislativeTermSchema,
	Organization: oparlOrganizationSchema,
	Person: oparlPersonSchema,
	Meeting: oparlMeetingSchema,
	AgendaItem: oparlAgendaItemSchema,
	Paper: oparlPaperSchema,
	Consultation: oparlConsultationSchema,
	File: oparlFileSchema,
} as const;

export type OparlType = keyof typeof oparlSchemas;
export const oparlVersion = version;
export type OparlSystem = z.infer<typeof oparlSystemSchema>;
export type OparlBody = z.infer<typeof oparlBodySchema>;
export type OparlOrganization = z.infer<typeof oparlOrganizationSchema>;
export type OparlPerson = z.infer<typeof oparlPersonSchema>;
export type OparlMeeting = z.infer<typeof oparlMeetingSchema>;
export type OparlAgendaItem = z.infer<typeof oparlAgendaItemSchema>;
export type OparlPaper = z.infer<typeof oparlPaperSchema>;
export type OparlConsultation = z.infer<typeof oparlConsultationSchema>;
export type OparlFile = z.infer<typeof oparlFileSchema>;
