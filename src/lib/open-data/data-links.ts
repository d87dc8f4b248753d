import type { UiKey } from '../../i18n/da.ts';
import type { MeetingEntry } from '../site/archive-entries.ts';
import type { Paths } from '../site/paths.ts';
import { slugify } from '../ingest/slugify.ts';
import { oparlBodyFile, oparlMeetingFile, oparlOrganizationFile } from './oparl-paths.ts';

/** A link to a page's own data: its label's key in the string table, its address and its media type. */
export interface DataLink {
	label: UiKey;
	href: string;
	type: string;
}

const json = 'application/json';
const rss = 'application/rss+xml';
const calendar = 'text/calendar';

/** A municipality's own data: its items as JSON Lines, and its Body in OParl. */
export function municipalityDataLinks(paths: Paths, municipality: string): DataLink[] {
	return [
		{ label: 'data.municipality.jsonLines', href: paths.jsonLines(municipality), type: 'application/jsonl' },
		{ label: 'data.municipality.oparl', href: paths.oparlFile(oparlBodyFile(municipality)), type: json },
	];
}

/** A committee's own data: its feed of new meetings, its calendar, and its Organization in OParl. */
export function committeeDataLinks(paths: Paths, committee: { municipality: string; name: string }): DataLink[] {
	return [
		{ label: 'committee.feed', href: paths.committeeFeed(committee.municipality, committee.name), type: rss },
		{ label: 'openData.calendar', href: paths.calendar(committee.municipality, committee.name), type: calendar },
		{ label: 'data.committee.oparl', href: paths.oparlFile(oparlOrganizationFile({ municipality: committee.municipality, slug: slugify(committee.name) })), type: json },
	];
}

/** A meeting's own data: its Meeting in OParl (with its agenda items), and its committee's calendar and feed. */
export function meetingDataLinks(paths: Paths, meeting: Pick<MeetingEntry, 'id' | 'data'>): DataLink[] {
	const m = meeting.data;
	return [
		{ label: 'data.meeting.oparl', href: paths.oparlFile(oparlMeetingFile(meeting)), type: json },
		{ label: 'data.meeting.calendar', href: paths.calendar(m.municipality, m.committee), type: calendar },
		{ label: 'data.meeting.feed', href: paths.committeeFeed(m.municipality, m.committee), type: rss },
	];
}
