import { describe, expect, test } from 'vitest';
import { adjacentMeetings } from '../../src/lib/site/adjacent-meetings.ts';
import { buildArchive } from '../../src/lib/site/build-archive.ts';
import { meetingEntry } from '../helpers/archive-entries.ts';

const meeting = (id: string, committee: string, date: string, time?: string) => meetingEntry(id, { committee, date, ...(time ? { time } : {}) });

describe('adjacentMeetings', () => {
	const archive = buildArchive(
		[
			meeting('greve/2024-03-01-byraad', 'Byrådet', '2024-03-01'),
			meeting('greve/2024-01-15-byraad', 'Byrådet', '2024-01-15'),
			meeting('greve/2024-02-01-oekonomi', 'Økonomiudvalget', '2024-02-01'),
			meeting('greve/2023-12-10-byraad', 'Byrådet', '2023-12-10'),
		],
		[],
	);
	const council = archive.committeesOf('greve').find((committee) => committee.name === 'Byrådet')!;
	const adjacent = adjacentMeetings(council.meetings);
	const ids = (id: string) => ({ previous: adjacent.get(id)?.previous?.id, next: adjacent.get(id)?.next?.id });

	test('previous is the older meeting of the same committee, next the newer, across years', () => {
		expect(ids('greve/2024-01-15-byraad')).toEqual({ previous: 'greve/2023-12-10-byraad', next: 'greve/2024-03-01-byraad' });
	});

	test('the first meeting has no previous, the last no next; another committee\'s meeting is no neighbour', () => {
		expect(adjacent.get('greve/2023-12-10-byraad')).toEqual({ next: expect.objectContaining({ id: 'greve/2024-01-15-byraad' }) });
		expect(adjacent.get('greve/2024-03-01-byraad')).toEqual({ previous: expect.objectContaining({ id: 'greve/2024-01-15-byraad' }) });
		expect(adjacent.has('greve/2024-02-01-oekonomi')).toBe(false);
	});

	test('a committee with one meeting gives it no neighbours', () => {
		expect(adjacentMeetings([meeting('greve/x', 'Byrådet', '2024-01-01')]).get('greve/x')).toEqual({});
	});

	test('a meeting listed twice fails loudly', () => {
		const twice = meeting('greve/x', 'Byrådet', '2024-01-01');
		expect(() => adjacentMeetings([twice, twice])).toThrow(/to gange/);
	});
});
