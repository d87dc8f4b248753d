import type { Committee } from '../site/build-archive.ts';
import type { ItemEntry } from '../site/archive-entries.ts';
import type { Paths } from '../site/paths.ts';
import { eventTimes } from './event-times.ts';

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in text values. */
function text(value: string): string {
	return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets are folded, continuing with a space; never inside a UTF-8 character. */
function fold(line: string): string {
	const bytes = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	for (const char of line) {
		const limit = parts.length === 0 ? 75 : 74;
		if (bytes.encode(current + char).length > limit) {
			parts.push(current);
			current = char;
		} else current += char;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

/** Denmark's time zone with the EU summer-time rules, which any calendar needs to place `TZID` times. */
const timezone = [
	'BEGIN:VTIMEZONE',
	'TZID:Europe/Copenhagen',
	'BEGIN:DAYLIGHT',
	'TZOFFSETFROM:+0100',
	'TZOFFSETTO:+0200',
	'TZNAME:CEST',
	'DTSTART:19700329T020000',
	'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
	'END:DAYLIGHT',
	'BEGIN:STANDARD',
	'TZOFFSETFROM:+0200',
	'TZOFFSETTO:+0100',
	'TZNAME:CET',
	'DTSTART:19701025T030000',
	'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
	'END:STANDARD',
	'END:VTIMEZONE',
];

/**
 * A committee's meetings as an iCalendar file (RFC 5545), so that a journalist can subscribe to a
 * committee. Each meeting is an event with its agenda as the description and an end
 * (`eventTimes`); a meeting without a printed time is an all-day event. `DTSTAMP` is the meeting day, not the build time, so that two
 * builds of the same content are byte-identical.
 */
export function committeeCalendar(committee: Committee, municipalityName: string, itemsOf: (meetingId: string) => readonly ItemEntry[], paths: Paths, site: string): string {
	const web = (path: string) => new URL(path, site).href;
	const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Referatarkiv//Referatarkiv//DA', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${text(`${committee.name}, ${municipalityName}`)}`, 'X-WR-TIMEZONE:Europe/Copenhagen', ...timezone];
	for (const meeting of committee.meetings) {
		const m = meeting.data;
		const day = m.date.replaceAll('-', '');
		const url = web(paths.meeting(m));
		const agenda = itemsOf(meeting.id).map((item) => `${item.data.number}. ${item.data.title}`);
		lines.push(
			'BEGIN:VEVENT',
			`UID:${url}`,
			`DTSTAMP:${day}T000000Z`,
			...eventTimes(m.date, m.time),
			`SUMMARY:${text(`${m.committee} (${municipalityName})`)}`,
			...(m.location ? [`LOCATION:${text(m.location)}`] : []),
			`DESCRIPTION:${text(agenda.join('\n'))}`,
			`URL:${url}`,
			'END:VEVENT',
		);
	}
	lines.push('END:VCALENDAR');
	return `${lines.map(fold).join('\r\n')}\r\n`;
}
