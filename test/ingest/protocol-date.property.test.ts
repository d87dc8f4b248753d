import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { monthNames } from '../../src/lib/ingest/danish-date.ts';
import { isSignatureDateLine, protocolDate } from '../../src/lib/ingest/3-layouts/protocol/protocol-date.ts';

/**
 * The protocols' dates, as the family writes them: after "d." or "den", the day with an apostrophe
 * or a full stop or nothing, the month written out, abbreviated as the hands did, or as a number,
 * the year in four digits, two, or left out (then the book's running year, or the next one when
 * the month comes before the book's).
 */

const dates = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(1969, 11, 31)), noInvalidDate: true }).map((date) => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }));
const iso = ({ year, month, day }: { year: number; month: number; day: number }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const capital = (text: string) => text[0]!.toUpperCase() + text.slice(1);
/** How the hands write a month: in full, cut to three letters or more, with or without a full stop ("Jan.", "Novbr." is written as "Nov."). */
const monthWritten = (month: number) => fc.tuple(fc.integer({ min: 3, max: 9 }), fc.boolean(), fc.boolean()).map(([length, dot, upper]) => {
	const name = monthNames[month - 1]!;
	const cut = name.slice(0, Math.min(length, name.length));
	return `${upper ? capital(cut) : cut}${dot && cut !== name ? '.' : ''}`;
});
const lead = fc.constantFrom('d. ', 'den ', 'd.', 'd ');
const afterDay = fc.constantFrom("'", '.', '', '´', "' ");

/** A date as written, and whether it states its year. */
const written = dates.chain((date) =>
	fc.oneof(
		fc.tuple(lead.filter((l) => l !== 'd '), afterDay, monthWritten(date.month), fc.constantFrom('four', 'none')).map(([l, a, m, y]) => ({ date, text: `${l}${date.day}${a} ${m}${y === 'four' ? ` ${date.year}` : ''}`, year: y === 'four' })),
		fc.tuple(lead.filter((l) => l !== 'd '), fc.constantFrom(' ', '-', '.', ' - '), fc.constantFrom('four', 'two', 'none')).map(([l, sep, y]) => ({
			date,
			text: `${l}${date.day}/${date.month}${y === 'none' ? '' : `${sep}${y === 'four' ? date.year : String(date.year % 100).padStart(2, '0')}`}`,
			year: y !== 'none',
		})),
	),
);

describe('protocolDate', () => {
	test('reads every notation of the family to the date it states', () => {
		fc.assert(
			fc.property(written, fc.constantFrom('Aar 1900 Onsdag ', 'Elev Sogneraad ', 'Tirsdag, ', ''), ({ date, text, year }, before) => {
				// A date without its year is read in the book's year when the book has reached its month.
				const running = { year: date.year, month: year ? 12 : date.month };
				expect(protocolDate(`${before.startsWith('Aar') ? '' : before}${text}`, running)?.date).toBe(iso(date));
			}),
		);
	});

	test('a date without its year is in the running year, or the next when its month comes before the book’s', () => {
		fc.assert(
			fc.property(dates, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1900, max: 1960 }), (date, month, year) => {
				const read = protocolDate(`d. ${date.day}/${date.month}`, { year, month });
				const expected = date.month < month ? year + 1 : year;
				// 29 February is a date only in a leap year.
				if (date.month === 2 && date.day === 29 && new Date(Date.UTC(expected, 1, 29)).getUTCMonth() !== 1) expect(read).toBeUndefined();
				else expect(read?.date).toBe(iso({ ...date, year: expected }));
			}),
		);
	});

	test('no year, no running year: no date; and no date is made of an impossible day', () => {
		expect(protocolDate("d. 24' Jan.", { month: 1 })).toBeUndefined();
		expect(protocolDate('d. 31/4 1941', { month: 1 })).toBeUndefined();
		expect(protocolDate('d. 12/13 1941', { month: 1 })).toBeUndefined();
		expect(protocolDate('Aar 1940 Onsdag d. 24\' Jan. Kl. 3 Aften.', { month: 1 })?.date).toBe('1940-01-24');
	});

	test('a signature date line is place, body and date, and nothing else', () => {
		fc.assert(
			fc.property(written, fc.constantFrom('Elev Sogneraad ', 'Tiset Sogneraad, ', 'Sogneraadet ', ''), ({ text }, place) => {
				expect(isSignatureDateLine(`${place}${text}`)).toBe(true);
			}),
		);
		for (const line of ['Man bevilgede d. 23/8 1939 25 Kr.', 'Mødet hævet.', 'S. Warrer', 'Valgt den 3. Marts til Formand']) expect(isSignatureDateLine(line)).toBe(false);
	});
});
