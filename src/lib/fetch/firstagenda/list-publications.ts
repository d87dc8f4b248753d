import { copenhagenTime } from '../copenhagen-time.ts';
import type { Publication, PublicationKind } from '../portal-system.ts';
import { committeeList } from './firstagenda-json.ts';

/** A listed meeting's kind, from its name (`Dagsorden`, `Tillægsdagsorden`, `Referat`). */
function kindOf(name: string | null | undefined, supplementary: boolean | null | undefined): PublicationKind {
	if (/referat/i.test(name ?? '')) return 'referat';
	if (supplementary || /till(æ|ae)g/i.test(name ?? '')) return 'tillaegsdagsorden';
	return 'dagsorden';
}

/** The meeting's page on the portal: the address its own links use. */
export const meetingPage = (portal: URL, id: string) => new URL(`/vis?id=${encodeURIComponent(id)}`, portal).href;

/**
 * The publications a portal's committee list names: one per listed meeting that has been published
 * (`ReleasedDate`), with its committee, date and kind. An entry listed twice (a committee in two
 * election periods) is one publication. Throws the zod error for a list of another shape.
 */
export function listPublications(json: unknown, portal: URL, municipality: string): Publication[] {
	const list = committeeList.parse(json);
	const seen = new Set<string>();
	const publications: Publication[] = [];
	for (const committees of Object.values(list.Udvalg)) {
		for (const committee of committees) {
			for (const meeting of committee.Moeder ?? []) {
				const published = meeting.ReleasedDate ? copenhagenTime(meeting.ReleasedDate) : undefined;
				const date = /^\d{4}-\d{2}-\d{2}/.exec(meeting.Dato)?.[0];
				if (!published || !date) continue;
				const key = `${meeting.Id.toLowerCase()}@${meeting.ReleasedDate}`;
				if (seen.has(key)) continue;
				seen.add(key);
				const kind = kindOf(meeting.Navn, meeting.IsSupplementaryAgenda);
				publications.push({
					municipality,
					id: meeting.Id.toLowerCase(),
					released: meeting.ReleasedDate!,
					date,
					committee: committee.Navn.trim(),
					kind,
					url: meetingPage(portal, meeting.Id.toLowerCase()),
					published,
				});
			}
		}
	}
	return publications;
}
