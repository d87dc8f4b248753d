import { describe, expect, test } from 'vitest';
import { buildArchive } from '../../src/lib/site/build-archive.ts';
import { committeeMembers } from '../../src/lib/site/committee-members.ts';
import type { Meeting } from '../../src/schemas/index.ts';
import { meetingEntry } from '../helpers/archive-entries.ts';

const meeting = (id: string, committee: string, date: string, data: Partial<Meeting> = {}) => meetingEntry(id, { committee, date, ...data });

describe('committeeMembers', () => {
	const archive = buildArchive(
		[
			meeting('greve/2024-03-01-oekonomi', 'Økonomiudvalget', '2024-03-01', { participants: ['Pernille Beckmann (V)', 'Anne Nielsen (A)', 'Kirsten Hansen'], absent: ['Anne Nielsen (A)'], officials: ['Kirsten Hansen'] }),
			meeting('greve/2024-02-01-oekonomi', 'Økonomiudvalget', '2024-02-01', { participants: ['Pernille Beckmann (V)', 'Anne Nielsen (A)'], absent: ['Bo Jensen (C)'], substitutes: [{ name: 'Ida Holm', for: 'Bo Jensen (C)' }] }),
			meeting('greve/2024-01-01-byraad', 'Byrådet', '2024-01-01', { participants: ['Pernille Beckmann (V)', 'Carl Berg (F)'] }),
			meeting('stevns/2024-01-01-oekonomi', 'Økonomiudvalget', '2024-01-01', { participants: ['Sune Dahl'] }),
		],
		[],
	);
	const finance = archive.committeesOf('greve').find((committee) => committee.name === 'Økonomiudvalget')!;
	const listed = committeeMembers(archive.members, finance).map((entry) => [entry.member.name, entry.attended]);

	test('each participant with the committee\'s meetings they attended, the most first, then by name', () => {
		expect(listed).toEqual([
			['Pernille Beckmann', 2],
			['Anne Nielsen', 1],
			['Ida Holm', 1],
		]);
	});

	test('no one from another committee or municipality, no official, and no one only ever absent', () => {
		const names = listed.map(([name]) => name);
		for (const name of ['Carl Berg', 'Sune Dahl', 'Kirsten Hansen', 'Bo Jensen']) expect(names).not.toContain(name);
	});

	test('a committee without participant lists has no members', () => {
		expect(committeeMembers(archive.members, { municipality: 'greve', meetings: [meeting('greve/x', 'Udvalg', '2024-01-01')] })).toEqual([]);
	});
});
