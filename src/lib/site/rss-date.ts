import { copenhagenOffset } from '../open-data/copenhagen-offset.ts';

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * A local Danish date and time as RSS 2.0 writes dates (RFC 822, with four-digit years as RFC 2822
 * has them): "Wed, 15 Sep 2021 19:00:00 +0200", the wall-clock time the minutes print under
 * Denmark's offset that day. Without a time the meeting's day starts at 00:00 local time: a feed
 * reader then sorts and shows the right day, and no hour is invented.
 */
export function rssDate(date: string, time?: string): string {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	const clock = time ?? '00:00';
	const weekday = weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!;
	return `${weekday}, ${String(day).padStart(2, '0')} ${months[month - 1]!} ${year} ${clock}:00 ${copenhagenOffset(date, clock).replace(':', '')}`;
}

/**
 * An RSS item's `<pubDate>` as `customData`: @astrojs/rss writes a `pubDate` with
 * `Date.toUTCString()`, always in GMT, so a local time with its offset is passed as XML instead.
 * @see https://github.com/withastro/astro/issues/12752
 */
export function pubDateXml(date: string, time?: string): string {
	return `<pubDate>${rssDate(date, time)}</pubDate>`;
}
