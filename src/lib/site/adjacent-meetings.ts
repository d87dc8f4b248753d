import type { MeetingEntry } from './archive-entries.ts';

/** A meeting's neighbours in its committee: the one before it and the one after it, in time. */
export interface AdjacentMeetings {
	previous?: MeetingEntry;
	next?: MeetingEntry;
}

/**
 * Each meeting's previous and next meeting in its committee, by meeting id. `meetings` are one
 * committee's, newest first as the archive keeps them, so "previous" is the older neighbour: a
 * reader walks the committee's meetings in the order they were held.
 */
export function adjacentMeetings(meetings: readonly MeetingEntry[]): Map<string, AdjacentMeetings> {
	const adjacent = new Map<string, AdjacentMeetings>();
	meetings.forEach((meeting, index) => {
		if (adjacent.has(meeting.id)) throw new Error(`${meeting.filePath ?? meeting.id}: mødet står to gange i udvalgets møder`);
		const previous = meetings[index + 1];
		const next = index > 0 ? meetings[index - 1] : undefined;
		adjacent.set(meeting.id, { ...(previous ? { previous } : {}), ...(next ? { next } : {}) });
	});
	return adjacent;
}
