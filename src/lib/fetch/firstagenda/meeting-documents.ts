import { isYes, zeroGuid, type FetchedMeeting } from './firstagenda-json.ts';

/**
 * The documents of a meeting to fetch, each once: every open item's own PDF (`Felter[].DocumentId`)
 * and its attachments that have a PDF (`Bilag[]` with `HarPdfVersion`). A closed item's are never
 * asked for, nor is a zero id, which means there is none.
 */
export function meetingDocuments(meeting: FetchedMeeting): string[] {
	const ids = new Set<string>();
	const add = (id: string | null | undefined) => {
		if (id && id !== zeroGuid) ids.add(id.toLowerCase());
	};
	for (const item of meeting.Dagsordenpunkter) {
		if (!item.IsOpen) continue;
		for (const field of item.Felter ?? []) add(field.DocumentId);
		for (const attachment of item.Bilag ?? []) if (isYes(attachment.HarPdfVersion)) add(attachment.Id);
	}
	return [...ids];
}

/**
 * What the meeting's own JSON says it is, for the sidecar: minutes (`Referat`, closed with
 * `Afsluttet`) or an agenda (`Dagsorden`, `Tillægsdagsorden`, not closed). Anything else is left to
 * ingest, which reads decisions too: some templates call minutes "Dagsorden".
 */
export function meetingStatus(meeting: FetchedMeeting): 'dagsorden' | 'referat' | undefined {
	const name = meeting.Moede.Navn ?? '';
	const closed = meeting.Moede.Afsluttet === true;
	if (/referat/i.test(name)) return closed ? 'referat' : undefined;
	if (/dagsorden/i.test(name)) return closed ? undefined : 'dagsorden';
	return undefined;
}
