import { slugify } from '../ingest/slugify.ts';
import type { MemberMeeting } from './members.ts';

/** A member's meetings by committee (the most meetings first), then by year (newest first). */
export function memberMeetings(meetings: readonly MemberMeeting[]): { committee: { name: string; slug: string }; years: [string, MemberMeeting[]][] }[] {
	const committees = new Map<string, { name: string; years: Map<string, MemberMeeting[]>; count: number }>();
	for (const entry of meetings) {
		const name = entry.meeting.data.committee;
		const slug = slugify(name);
		let committee = committees.get(slug);
		if (!committee) {
			committee = { name, years: new Map(), count: 0 };
			committees.set(slug, committee);
		}
		committee.count += 1;
		const year = entry.meeting.data.date.slice(0, 4);
		const list = committee.years.get(year);
		if (list) list.push(entry);
		else committee.years.set(year, [entry]);
	}
	return [...committees]
		.sort((a, b) => b[1].count - a[1].count || a[1].name.localeCompare(b[1].name, 'da'))
		.map(([slug, committee]) => ({ committee: { name: committee.name, slug }, years: [...committee.years].sort((a, b) => b[0].localeCompare(a[0])) }));
}
