import type { Archive } from './build-archive.ts';

/** What the archive holds of one municipality, for "Om arkivet" and the municipality's page. */
export interface Coverage {
	municipality: string;
	/** Meetings of its committees, a test committee's left out. */
	meetings: number;
	/** The first and last meeting's date, `YYYY-MM-DD`; absent without meetings. */
	first?: string;
	last?: string;
	/** When the archive's text of its items last changed (ISO 8601), or absent when the build has no history. */
	updated?: string;
	/** Meetings of registered test committees, which `meetings` does not count. */
	testMeetings: number;
}

/**
 * A municipality's coverage from the archive itself: its committees' meetings (`isTest` names the
 * test committees to leave out) and, through `changedAt` (the newest commit of a content file, from
 * `git-history.ts`), when its items last changed.
 */
export function coverageOf(
	archive: Pick<Archive, 'committeesOf' | 'itemsOf'>,
	municipality: string,
	isTest: (municipality: string, committee: string) => boolean,
	changedAt: (filePath: string) => string | undefined,
): Coverage {
	const result: Coverage = { municipality, meetings: 0, testMeetings: 0 };
	for (const committee of archive.committeesOf(municipality)) {
		if (isTest(municipality, committee.name)) {
			result.testMeetings += committee.meetings.length;
			continue;
		}
		for (const meeting of committee.meetings) {
			result.meetings++;
			if (result.first === undefined || meeting.data.date < result.first) result.first = meeting.data.date;
			if (result.last === undefined || meeting.data.date > result.last) result.last = meeting.data.date;
			for (const item of archive.itemsOf(meeting.id)) {
				const changed = item.filePath ? changedAt(item.filePath) : undefined;
				// Offsets differ between commits; compare the instants.
				if (changed && (result.updated === undefined || Date.parse(changed) > Date.parse(result.updated))) result.updated = changed;
			}
		}
	}
	return result;
}
