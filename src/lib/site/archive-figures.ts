import type { Archive } from './build-archive.ts';
import type { MeetingEntry } from './archive-entries.ts';

export interface ArchiveFigures {
	municipalities: number;
	meetings: number;
	items: number;
	/** The first and last year with a meeting. */
	years: { from: string; to: string } | undefined;
}

/**
 * The archive in figures, for the front page: one pass over the meetings it lists (`listedMeetings`,
 * without test committees'). A municipality counts when it has one such meeting.
 */
export function archiveFigures(archive: Pick<Archive, 'itemsOf'>, meetings: readonly MeetingEntry[]): ArchiveFigures {
	let items = 0;
	let from: string | undefined;
	let to: string | undefined;
	const municipalities = new Set<string>();
	for (const meeting of meetings) {
		items += archive.itemsOf(meeting.id).length;
		municipalities.add(meeting.data.municipality);
		const year = meeting.data.date.slice(0, 4);
		if (from === undefined || year < from) from = year;
		if (to === undefined || year > to) to = year;
	}
	return { municipalities: municipalities.size, meetings: meetings.length, items, years: from && to ? { from, to } : undefined };
}
