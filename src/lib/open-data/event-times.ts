/**
 * How long a timed meeting is taken to last when its end is not known. Calendar apps show an event
 * without an end as 0 minutes long; the minutes rarely print when a meeting ended, and ingest does
 * not yet record it, so a meeting is given two hours, a common length of a committee meeting.
 */
export const defaultMeetingMinutes = 120;

/** `YYYYMMDD` or `YYYYMMDDTHHMMSS` of a wall-clock moment given as UTC fields. */
const stamp = (moment: Date, withTime: boolean) => {
	const iso = moment.toISOString();
	const day = iso.slice(0, 10).replaceAll('-', '');
	return withTime ? `${day}T${iso.slice(11, 19).replaceAll(':', '')}` : day;
};

/**
 * A meeting's `DTSTART` and `DTEND` lines (RFC 5545 §3.8.2): a timed meeting in Denmark's local time
 * (`TZID=Europe/Copenhagen`, defined by the calendar's VTIMEZONE), ending at `end` when known, else
 * `defaultMeetingMinutes` later; one without a time is an all-day event, whose exclusive end is the
 * next day. Times are added on the wall clock, which a calendar places by the zone's rules; an end
 * past midnight is on the next day.
 */
export function eventTimes(date: string, time?: string, end?: string): [start: string, end: string] {
	const [year, month, day] = date.split('-').map(Number) as [number, number, number];
	if (!time) {
		const next = new Date(Date.UTC(year, month - 1, day + 1));
		return [`DTSTART;VALUE=DATE:${stamp(new Date(Date.UTC(year, month - 1, day)), false)}`, `DTEND;VALUE=DATE:${stamp(next, false)}`];
	}
	const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
	const startMinutes = minutesOf(time);
	// A printed end at or before the start ("19:00–00:30") is after midnight.
	const length = end === undefined ? defaultMeetingMinutes : (minutesOf(end) - startMinutes + 24 * 60) % (24 * 60) || 24 * 60;
	const start = new Date(Date.UTC(year, month - 1, day, 0, startMinutes));
	const finish = new Date(start.getTime() + length * 60_000);
	return [`DTSTART;TZID=Europe/Copenhagen:${stamp(start, true)}`, `DTEND;TZID=Europe/Copenhagen:${stamp(finish, true)}`];
}
