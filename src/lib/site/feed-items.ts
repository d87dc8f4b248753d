import type { RSSFeedItem } from '@astrojs/rss';
import type { Archive } from './build-archive.ts';
import type { MeetingEntry } from './archive-entries.ts';
import { decisionSummary } from './decision-summary.ts';
import { feedHtml } from './feed-html.ts';
import { formatDate } from './format-date.ts';
import type { Paths } from './paths.ts';
import { pubDateXml } from './rss-date.ts';

/** How many of the newest meetings a feed carries. */
export const feedSize = 50;

/** Feed entries for meetings, newest first: the meeting's items and decisions as the description. */
export function feedItems(meetings: readonly MeetingEntry[], archive: Archive, paths: Paths, names: Record<string, string>): RSSFeedItem[] {
	return meetings.slice(0, feedSize).map((meeting) => {
		const m = meeting.data;
		const items = archive.itemsOf(meeting.id).map((item) => `Punkt ${item.data.number}: ${item.data.title}${item.data.decision ? ` – ${decisionSummary(item.data.decision)}` : ''}`);
		return {
			title: `${m.committee}, ${names[m.municipality] ?? m.municipality}, ${formatDate(m.date, m.time)}`,
			link: paths.meeting(m),
			customData: pubDateXml(m.date, m.time),
			description: feedHtml(items),
			categories: [names[m.municipality] ?? m.municipality, m.committee],
		};
	});
}
