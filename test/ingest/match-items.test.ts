import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchItems } from '../../src/lib/ingest/5-publications/merge-versions.ts';

describe('matchItems', () => {
	it('pairs items by case number and title, not by position', () => {
		const older = [{ number: '1', title: 'Budget 2025', caseNumber: '24/100' }, { number: '2', title: 'Lokalplan 12' }];
		const newer = [{ number: '1', title: 'Lokalplan 12' }, { number: '2', title: 'Budget 2025', caseNumber: '24/100' }];
		expect([...matchItems(older, newer)]).toEqual([
			[1, 0],
			[0, 1],
		]);
	});

	it('pairs items that share a title with the one of the same number, whatever order the files were read in', () => {
		// The item files of a meeting as they are listed: "10.md" before "5.md".
		const older = [{ number: '10', title: 'Meddelelser' }, { number: '2', title: 'Budget' }, { number: '5', title: 'Meddelelser' }];
		const newer = [{ number: '2', title: 'Budget' }, { number: '5', title: 'Meddelelser' }, { number: '10', title: 'Meddelelser' }];
		expect(matchItems(older, newer)).toEqual(
			new Map([
				[0, 1],
				[1, 2],
				[2, 0],
			]),
		);
	});

	it('pairs a publication read over its own files with itself, item for item (property)', () => {
		const titles = fc.constantFrom('Meddelelser', 'Eventuelt', 'Budget', 'Lokalplan 12', 'Godkendelse af dagsorden');
		const items = fc.uniqueArray(fc.record({ number: fc.integer({ min: 1, max: 40 }).map(String), title: titles, caseNumber: fc.option(fc.constantFrom('24/1', '24/2'), { nil: undefined }) }), { selector: (item) => item.number, maxLength: 12 });
		fc.assert(
			fc.property(items, fc.context(), (publication, context) => {
				// Files are listed by name, not by number.
				const onDisk = publication.toSorted((a, b) => (a.number < b.number ? -1 : 1));
				context.log(JSON.stringify(onDisk));
				const pairs = matchItems(onDisk, publication);
				for (const [index, item] of publication.entries()) expect(onDisk[pairs.get(index)!]!.number).toBe(item.number);
			}),
		);
	});
});
