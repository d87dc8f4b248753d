import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { defaultMeetingMinutes, eventTimes } from '../../src/lib/open-data/event-times.ts';
import { committeeCalendar } from '../../src/lib/open-data/icalendar.ts';
import type { ItemEntry, MeetingEntry } from '../../src/lib/site/archive-entries.ts';
import { buildArchive } from '../../src/lib/site/build-archive.ts';
import { stepAnchor } from '../../src/lib/site/case-timeline.ts';
import { followFeeds } from '../../src/lib/site/follow-feeds.ts';
import { createPaths } from '../../src/lib/site/paths.ts';
import { rssDate } from '../../src/lib/site/rss-date.ts';
import type { EarlierTreatment } from '../../src/schemas/index.ts';
import { itemEntry, meetingEntry } from '../helpers/archive-entries.ts';

const site = 'https://referatarkiv.dk';

describe('rssDate', () => {
	test.each([
		// A 19:00 meeting is 19:00 on the feed's clock too, under the offset of its day.
		['2021-09-15', '19:00', 'Wed, 15 Sep 2021 19:00:00 +0200'],
		['2021-12-01', '19:00', 'Wed, 01 Dec 2021 19:00:00 +0100'],
		// 2021: summer time from 28 March 02:00 to 31 October 03:00.
		['2021-03-28', '01:30', 'Sun, 28 Mar 2021 01:30:00 +0100'],
		['2021-03-28', '09:00', 'Sun, 28 Mar 2021 09:00:00 +0200'],
		['2021-10-31', '16:00', 'Sun, 31 Oct 2021 16:00:00 +0100'],
		// No time: the day's start in Denmark, not an invented noon in GMT.
		['2020-06-10', undefined, 'Wed, 10 Jun 2020 00:00:00 +0200'],
		['1940-01-24', undefined, 'Wed, 24 Jan 1940 00:00:00 +0100'],
	])('%s %s → %s', (date, time, expected) => {
		expect(rssDate(date, time)).toBe(expected);
	});

	test('is the instant the local time names', () => {
		expect(new Date(rssDate('2021-09-15', '19:00')).toISOString()).toBe('2021-09-15T17:00:00.000Z');
		expect(new Date(rssDate('2021-12-01', '19:00')).toISOString()).toBe('2021-12-01T18:00:00.000Z');
	});
});

describe('eventTimes', () => {
	test.each([
		['2021-12-01', '08:30', undefined, ['DTSTART;TZID=Europe/Copenhagen:20211201T083000', 'DTEND;TZID=Europe/Copenhagen:20211201T103000']],
		['2021-12-01', '16:00', '18:45', ['DTSTART;TZID=Europe/Copenhagen:20211201T160000', 'DTEND;TZID=Europe/Copenhagen:20211201T184500']],
		// The default runs past midnight into the next day, and into the next year.
		['2021-12-31', '23:00', undefined, ['DTSTART;TZID=Europe/Copenhagen:20211231T230000', 'DTEND;TZID=Europe/Copenhagen:20220101T010000']],
		// A printed end before the start is after midnight.
		['2021-06-30', '19:00', '00:30', ['DTSTART;TZID=Europe/Copenhagen:20210630T190000', 'DTEND;TZID=Europe/Copenhagen:20210701T003000']],
		// No time: an all-day event, its end the next day (exclusive), across a month's end.
		['2021-02-28', undefined, undefined, ['DTSTART;VALUE=DATE:20210228', 'DTEND;VALUE=DATE:20210301']],
	] as const)('%s %s–%s', (date, time, end, expected) => {
		expect(eventTimes(date, time, end)).toEqual(expected);
	});

	test('the default is two hours', () => {
		expect(defaultMeetingMinutes).toBe(120);
	});
});

const meeting = (committee: string, date: string, time?: string) => meetingEntry(`stevns/${date}-${committee.toLowerCase()}`, { committee, date, format: 'stevns', ...(time ? { time } : {}) });
const quoted = (body: string, date: string, number?: string): EarlierTreatment => ({ label: body, body, date, ...(number ? { number } : {}), text: 'Anbefales.', decisionClass: 'recommended', votes: [], absent: [], substitutes: [] });
const item = (of: MeetingEntry, number: string, extra: Partial<ItemEntry['data']> = {}) => itemEntry(of.id, number, { decision: 'Godkendt.', ...extra });

describe('committeeCalendar, read by ical.js (the parser of Thunderbird)', () => {
	const summer = meeting('Teknik', '2021-09-15', '19:00');
	const winter = meeting('Teknik', '2021-12-01', '19:00');
	const untimed = meeting('Teknik', '2021-11-03');
	const calendar = committeeCalendar({ municipality: 'stevns', name: 'Teknik', slug: 'teknik', meetings: [winter, untimed, summer] }, 'Stevns Kommune', () => [], createPaths('/'), site);
	const component = new ICAL.Component(ICAL.parse(calendar));
	// The calendar's own VTIMEZONE places the zoned times, as a calendar app does.
	ICAL.TimezoneService.register(component.getFirstSubcomponent('vtimezone')!);
	const events = component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
	const utc = (time: ICAL.Time) => new Date(time.toUnixTime() * 1000).toISOString();

	test('every event has a start and an end after it', () => {
		expect(events).toHaveLength(3);
		for (const event of events) expect(event.endDate.compare(event.startDate)).toBe(1);
	});

	test('a 19:00 meeting is 17:00 UTC in summer and 18:00 UTC in winter, for two hours', () => {
		const [first, , third] = events;
		expect([utc(first!.startDate), utc(first!.endDate)]).toEqual(['2021-12-01T18:00:00.000Z', '2021-12-01T20:00:00.000Z']);
		expect([utc(third!.startDate), utc(third!.endDate)]).toEqual(['2021-09-15T17:00:00.000Z', '2021-09-15T19:00:00.000Z']);
		expect(first!.startDate.zone?.tzid).toBe('Europe/Copenhagen');
	});

	test('a meeting without a time is an all-day event of one day', () => {
		const event = events[1]!;
		expect(event.startDate.isDate).toBe(true);
		expect(event.startDate.toString()).toBe('2021-11-03');
		expect(event.endDate.toString()).toBe('2021-11-04');
	});
});

describe('follow feeds', () => {
	// A case treated in two committees; the later item quotes a treatment the archive lacks.
	const first = meeting('Teknik', '2021-06-09', '19:00');
	const second = meeting('Byrådet', '2021-12-15', '17:30');
	const quote = quoted('Økonomiudvalget', '2021-12-08');
	const items = [item(first, '4', { caseNumber: '21/100' }), item(second, '12', { caseNumber: '21/100', earlierTreatments: [quote] }), item(second, '13', { earlierTreatments: [quoted('Økonomiudvalget', '2021-12-08', '7')] })];
	const archive = buildArchive([second, first], items, []);
	const paths = createPaths('/arkiv');
	const parser = new XMLParser({ ignoreAttributes: false });
	const feeds = async () => {
		const all = new Map<string, { channel: { link: string; item: { link: string; pubDate: string }[] | { link: string; pubDate: string } } }>();
		for await (const feed of followFeeds(archive, paths, site, { stevns: 'Stevns Kommune' })) all.set(feed.path, parser.parse(feed.content).rss);
		return all;
	};
	const list = <T>(value: T | T[]) => (Array.isArray(value) ? value : [value]);

	test('each channel links the page it follows, under the base', async () => {
		const all = await feeds();
		expect(all.get('stevns/sag/21-100/rss.xml')!.channel.link).toBe(`${site}/arkiv/stevns/sag/21-100/`);
		expect(all.get('stevns/byraadet/2021-12-15/13/rss.xml')!.channel.link).toBe(`${site}/arkiv/stevns/byraadet/2021-12-15/13/`);
	});

	test('a quoted treatment links the quoting item at its anchor, with nothing after the fragment', async () => {
		const entries = list((await feeds()).get('stevns/sag/21-100/rss.xml')!.channel.item);
		const anchored = entries.find((entry) => entry.link.includes('#'))!;
		expect(anchored.link).toBe(`${site}/arkiv/stevns/byraadet/2021-12-15/12/#${stepAnchor({ date: quote.date, body: quote.body })}`);
		expect(anchored.link).toMatch(/#behandling-2021-12-08-oekonomiudvalget$/);
	});

	test('dates carry Denmark\'s offset: the meeting\'s own time, or a quoted treatment\'s day at 00:00', async () => {
		const entries = list((await feeds()).get('stevns/sag/21-100/rss.xml')!.channel.item);
		expect(entries.map((entry) => entry.pubDate)).toEqual(['Wed, 15 Dec 2021 17:30:00 +0100', 'Wed, 08 Dec 2021 00:00:00 +0100', 'Wed, 09 Jun 2021 19:00:00 +0200']);
		expect(entries.map((entry) => entry.pubDate).join()).not.toContain('GMT');
	});
});
