import { describe, expect, test } from 'vitest';
import { copenhagenOffset } from '../../src/lib/open-data/copenhagen-offset.ts';
import { committeeCalendar } from '../../src/lib/open-data/icalendar.ts';
import { personName } from '../../src/lib/members/person-name.ts';
import type { Committee } from '../../src/lib/site/build-archive.ts';
import { createPaths } from '../../src/lib/site/paths.ts';

describe('copenhagenOffset', () => {
	test.each([
		['2021-01-15', '12:00', '+01:00'],
		['2021-09-15', '13:00', '+02:00'],
		// 2021: summer time from 28 March 02:00 to 31 October 03:00.
		['2021-03-28', '01:30', '+01:00'],
		['2021-03-28', '09:00', '+02:00'],
		['2021-10-31', '02:30', '+02:00'],
		['2021-10-31', '16:00', '+01:00'],
		['2024-10-08', '16:00', '+02:00'],
	])('%s %s → %s', (date, time, offset) => {
		expect(copenhagenOffset(date, time)).toBe(offset);
	});
});

describe('personName', () => {
	test.each([
		['Formand Kim Drejer Nielsen (C)', { name: 'Kim Drejer Nielsen', party: 'C', role: 'Formand' }],
		['Peter Mikkelsen (Ø)', { name: 'Peter Mikkelsen', party: 'Ø' }],
		['Næstformand Anna Hansen (A)', { name: 'Anna Hansen', party: 'A', role: 'Næstformand' }],
		['Lars Andersen', { name: 'Lars Andersen' }],
		['Kasper Damsgaard (A) (Borgmester)', { name: 'Kasper Damsgaard', party: 'A', role: 'Borgmester' }],
		['Kathrine Seier Skastrup (sekretær)', { name: 'Kathrine Seier Skastrup', role: 'sekretær' }],
		['  Kim   Drejer Nielsen ', { name: 'Kim Drejer Nielsen' }],
	])('%s', (participant, expected) => {
		expect(personName(participant)).toEqual(expected);
	});
});

describe('committeeCalendar', () => {
	const committee: Committee = {
		municipality: 'stevns',
		name: 'Økonomi, Plan og Teknik',
		slug: 'oekonomi-plan-og-teknik',
		meetings: [
			{ id: 'stevns/2021-12-01-oekonomi-plan-og-teknik', data: { municipality: 'stevns', committee: 'Økonomi, Plan og Teknik', date: '2021-12-01', time: '08:30', location: 'Rådhuset; mødelokale 1', participants: [], absent: [], substitutes: [], officials: [], publications: [], status: 'referat', source: 'content/raw/stevns/x.txt', format: 'stevns' } },
			{ id: 'stevns/2021-11-03-oekonomi-plan-og-teknik', data: { municipality: 'stevns', committee: 'Økonomi, Plan og Teknik', date: '2021-11-03', participants: [], absent: [], substitutes: [], officials: [], publications: [], status: 'dagsorden', source: 'content/raw/stevns/y.txt', format: 'stevns' } },
		],
	};
	const titles = Array.from({ length: 6 }, (_, index) => `Særdeles lang titel på et dagsordenspunkt om æbler, pærer og blommer nr. ${index + 1}`);
	const calendar = committeeCalendar(
		committee,
		'Stevns Kommune',
		(id) => (id.includes('12-01') ? titles.map((title, index) => ({ id: `${id}/${index + 1}`, data: { meeting: id, number: String(index + 1), position: index + 1, title, closed: false, decisionClass: 'none' as const, attachments: [], earlierTreatments: [], votes: [], absent: [], substitutes: [] } })) : []),
		createPaths('/'),
		'https://referatarkiv.dk',
	);
	const lines = calendar.split('\r\n');

	test('folds every line at 75 octets without splitting a character, and unfolds to the text', () => {
		for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
		const unfolded = calendar.replace(/\r\n /g, '');
		expect(unfolded).toContain(`DESCRIPTION:1. ${titles[0]!.replace(/,/g, '\\,')}\\n2. `);
		expect(unfolded).not.toContain('\uFFFD');
	});

	test('escapes text values and gives a timed meeting a zoned start, an untimed one a day', () => {
		expect(lines).toContain('LOCATION:Rådhuset\\; mødelokale 1');
		expect(lines).toContain('DTSTART;TZID=Europe/Copenhagen:20211201T083000');
		expect(lines).toContain('DTSTART;VALUE=DATE:20211103');
		expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
		expect(lines.at(-1)).toBe('');
	});
});
