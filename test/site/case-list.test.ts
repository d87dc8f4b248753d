import { describe, expect, test } from 'vitest';
import { buildArchive } from '../../src/lib/site/build-archive.ts';
import { caseList } from '../../src/lib/site/case-list.ts';
import type { AgendaItem } from '../../src/schemas/index.ts';
import { itemEntry, meetingEntry } from '../helpers/archive-entries.ts';

const meeting = (id: string, committee: string, date: string) => meetingEntry(id, { committee, date });
const item = (meetingId: string, number: string, caseNumber: string, title: string, data: Partial<AgendaItem> = {}) => itemEntry(meetingId, number, { caseNumber, title, ...data });
const quoted = { label: 'Beslutning fra Økonomiudvalget, 3. december 2023, pkt. 7', body: 'Økonomiudvalget', date: '2023-12-03', number: '7', text: 'Anbefales.', decisionClass: 'recommended' as const, votes: [], absent: [], substitutes: [] };

describe('caseList', () => {
	const archive = buildArchive(
		[
			meeting('greve/2024-03-01-byraad', 'Byrådet', '2024-03-01'),
			meeting('greve/2024-01-15-byraad', 'Byrådet', '2024-01-15'),
			meeting('greve/2024-05-01-test', 'Hennys testudvalg', '2024-05-01'),
			meeting('stevns/2024-06-01-byraad', 'Byrådet', '2024-06-01'),
		],
		[
			item('greve/2024-01-15-byraad', '1', '24/10', 'Budget 2025, første behandling', { earlierTreatments: [quoted] }),
			item('greve/2024-03-01-byraad', '2', '24/10', 'Budget 2025'),
			item('greve/2024-01-15-byraad', '2', '9/2', 'Skolestruktur'),
			item('greve/2024-03-01-byraad', '1', '100/1', 'Vejnavne'),
			item('greve/2024-05-01-test', '1', '24/10', 'test'),
			item('greve/2024-05-01-test', '2', '99/99', 'Anders\' møgsag'),
			item('stevns/2024-06-01-byraad', '1', '24/10', 'Stevns\' budget'),
		],
	);
	const isTest = (_: string, committee: string) => committee === 'Hennys testudvalg';
	const rows = (order?: 'latest' | 'number') => caseList(archive.casesOf('greve'), archive, isTest, order);

	test('each case with its latest title, its treatments (quoted ones too) and its latest date, newest first', () => {
		expect(rows()).toEqual([
			{ number: '24/10', slug: '24-10', title: 'Budget 2025', treatments: 3, latest: '2024-03-01' },
			{ number: '100/1', slug: '100-1', title: 'Vejnavne', treatments: 1, latest: '2024-03-01' },
			{ number: '9/2', slug: '9-2', title: 'Skolestruktur', treatments: 1, latest: '2024-01-15' },
		]);
	});

	test('by case number, as numbers and not as text', () => {
		expect(rows('number').map((row) => row.number)).toEqual(['9/2', '24/10', '100/1']);
	});

	test('a test committee\'s items are no treatment, and a case only it treated is not listed', () => {
		expect(rows().map((row) => row.number)).not.toContain('99/99');
		expect(rows().find((row) => row.number === '24/10')).toMatchObject({ treatments: 3, latest: '2024-03-01' });
	});

	test('only the municipality\'s own cases', () => {
		expect(caseList(archive.casesOf('stevns'), archive, isTest)).toEqual([{ number: '24/10', slug: '24-10', title: 'Stevns\' budget', treatments: 1, latest: '2024-06-01' }]);
	});

	test('a case number that takes the by-number list\'s address fails loudly', () => {
		const clash = buildArchive([meeting('greve/2024-01-15-byraad', 'Byrådet', '2024-01-15')], [item('greve/2024-01-15-byraad', '1', 'Efter nummer', 'Sag')]);
		expect(() => caseList(clash.casesOf('greve'), clash, isTest)).toThrow(/sag\/efter-nummer\//);
	});
});
