import { z } from 'astro/zod';

/** A FirstAgenda id. Every file the fetch writes is named by one, so nothing else may pass for one. */
export const guid = z.string().regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'skal være et id (GUID)');

/** "No document": the API's id of what does not exist. Never requested. */
export const zeroGuid = '00000000-0000-0000-0000-000000000000';

const flag = z.union([z.boolean(), z.string()]).nullish();

/**
 * An attachment's name: a title, never a path (files are named by ids), but a name that climbs out
 * of a folder ("../../x") or starts at a root is no portal's title: such an answer is refused whole.
 */
const attachmentName = z
	.string()
	.refine((name) => !/(?:^|[\\/])\.\.(?:[\\/]|$)/.test(name) && !/^[\\/]/.test(name), 'er en filsti, ikke et bilags navn')
	.nullish();

/** `GET /api/agenda/udvalgsliste`: every committee by election period, each with its meetings inlined. */
export const committeeList = z.object({
	Udvalg: z.record(
		z.string(),
		z.array(
			z.object({
				Navn: z.string(),
				Moeder: z
					.array(
						z.object({
							/** The publication's id: the key of `/api/agenda/dagsorden/{Id}`. */
							Id: guid,
							Dato: z.string(),
							/** When this version was published; none for a meeting not yet published. */
							ReleasedDate: z.string().nullish(),
							Afsluttet: z.boolean().nullish(),
							/** `Dagsorden`, `Tillægsdagsorden` or `Referat`. */
							Navn: z.string().nullish(),
							IsSupplementaryAgenda: z.boolean().nullish(),
						}),
					)
					.nullish(),
			}),
		),
	),
});

/**
 * What the fetch reads of `GET /api/agenda/dagsorden/{Id}`: enough to know the meeting is the one
 * asked for, which items are open, and the ids of their documents. The layout reads the rest.
 */
export const fetchedMeeting = z.object({
	Id: guid,
	Udvalg: z.object({ Navn: z.string() }),
	Moede: z.object({ Dato: z.string(), Navn: z.string().nullish(), Afsluttet: z.boolean().nullish() }),
	Dagsordenpunkter: z.array(
		z.object({
			/** False for a closed item: none of its documents is asked for. */
			IsOpen: z.boolean(),
			Felter: z.array(z.object({ DocumentId: guid.nullish() })).nullish(),
			Bilag: z.array(z.object({ Id: guid, HarPdfVersion: flag, Navn: attachmentName })).nullish(),
		}),
	),
});

export type CommitteeList = z.infer<typeof committeeList>;
export type FetchedMeeting = z.infer<typeof fetchedMeeting>;

/** `true` or `"true"`, as the API writes its flags. */
export const isYes = (value: boolean | string | null | undefined): boolean => value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
