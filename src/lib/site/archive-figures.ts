import type { Archive } from './build-archive.ts';

export interface ArchiveFigures {
	municipalities: number;
	meetings: number;
	items: number;
	/** The first and last year with a meeting. */
	years: { from: string; to: string } | undefined;
}

/** The archive in figures, for the front page: one pass over the meetings. */
export function archiveFigures(archive: Archive): ArchiveFigures {
	let items = 0;
	let from: string | undefined;
	let to: string | undefined;
	for (const meeting of archive.meetings) {
		items += archive.itemsOf(meeting.id).length;
		const year = meeting.data.date.slice(0, 4);
		if (from === undefined || year < from) from = year;
		if (to === undefined || year > to) to = year;
	}
	return { municipalities: archive.municipalities.length, meetings: archive.meetings.length, items, years: from && to ? { from, to } : undefined };
}
