import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { rankByCoverage } from '../../src/lib/search/rank-by-coverage.ts';
import { correction, countWords, danishSpellings, editDistance, parseVocabulary, vocabularyFile, vocabularyFiles } from '../../src/lib/search/spelling.ts';

const vocabulary = new Map([
	['budget', 40],
	['budgettet', 12],
	['budgetopfølgning', 6],
	['brandvedtægten', 3],
	['økonomiudvalget', 20],
	['bugt', 1],
	['skole', 30],
	['skoler', 9],
]);

describe('spelling suggestions from the archive\'s own words', () => {
	test('a swap, a missing or an extra letter is corrected to the word the text uses', () => {
		expect(correction('bugdet', vocabulary)).toBe('budget');
		expect(correction('budgetopfølgnig', vocabulary)).toBe('budgetopfølgning');
		expect(correction('budgettett', vocabulary)).toBe('budgettet');
	});

	test('æ, ø and å typed as ae, oe and aa', () => {
		expect(danishSpellings('oekonomiudvalget')).toContain('økonomiudvalget');
		expect(correction('oekonomiudvalget', vocabulary)).toBe('økonomiudvalget');
		// A word the text has only inside a longer one is still found by the search: it is suggested as typed.
		expect(correction('brandvedtaegt', vocabulary)).toBe('brandvedtægt');
	});

	test('a word the archive has, or begins, is no misspelling; a short word is never corrected', () => {
		expect(correction('budget', vocabulary)).toBeUndefined();
		expect(correction('budge', vocabulary)).toBeUndefined();
		expect(correction('skol', vocabulary)).toBeUndefined();
		expect(correction('bugd', vocabulary)).toBeUndefined();
		expect(correction('kvantefysik', vocabulary)).toBeUndefined();
	});

	test('the vocabulary is written per first letter, most used first, and read back whole', () => {
		const words = new Map<string, number>();
		countWords('Budgettet for skolen. Budget, budget og Økonomiudvalget; 2024 og AB.', words);
		expect(words.get('budget')).toBe(2);
		expect(words.has('2024')).toBe(false);
		expect(words.has('og')).toBe(false);
		const files = vocabularyFiles(words);
		expect([...files.keys()]).toEqual(['ord/b.txt', 'ord/f.txt', 'ord/oe.txt', 'ord/s.txt']);
		expect(files.get('ord/b.txt')).toBe('budget 2\nbudgettet 1\n');
		expect(vocabularyFile('åbningstid')).toBe('ord/aa.txt');
		const read = new Map<string, number>();
		for (const text of files.values()) parseVocabulary(text, read);
		expect(read).toEqual(words);
	});

	test('the edit distance is symmetric, counts a swap as one, and stops at its limit (fast-check)', () => {
		const word = fc.string({ unit: fc.constantFrom('a', 'b', 'd', 'e', 'g', 'æ'), maxLength: 9 });
		fc.assert(
			fc.property(word, word, (a, b) => {
				const distance = editDistance(a, b, 20);
				expect(editDistance(b, a, 20)).toBe(distance);
				expect(distance === 0).toBe(a === b);
				expect(editDistance(a, b, 1)).toBe(Math.min(distance, 2));
			}),
			{ numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
		);
		expect(editDistance('bugdet', 'budget', 2)).toBe(1);
		// The last row can exceed the limit though no row's least value did.
		expect(editDistance('bd', 'daa', 1)).toBe(2);
	});
});

describe('pages with most of a query\'s words', () => {
	test('a page with more of the words comes first, a rare word counting more than a common one', () => {
		const biblioteket = [{ id: 'bibliotek', score: 5 }];
		const fredag = [{ id: 'bibliotek', score: 1 }, ...Array.from({ length: 30 }, (_, index) => ({ id: `fredag-${index}`, score: 3 }))];
		const aften = [{ id: 'bibliotek', score: 1 }, { id: 'fredag-1', score: 1 }, { id: 'aften', score: 9 }];
		expect(rankByCoverage([biblioteket, fredag, aften], 200).map((result) => result.id).slice(0, 3)).toEqual(['bibliotek', 'fredag-1', 'aften']);
	});

	test('every page of every list comes once (fast-check)', () => {
		const list = fc.uniqueArray(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), score: fc.double({ min: 0, max: 50, noNaN: true }) }), { selector: (result) => result.id, maxLength: 6 });
		fc.assert(
			fc.property(fc.array(list, { maxLength: 5 }), (lists) => {
				const ranked = rankByCoverage(lists, 10).map((result) => result.id);
				expect(new Set(ranked).size).toBe(ranked.length);
				expect(new Set(ranked)).toEqual(new Set(lists.flat().map((result) => result.id)));
			}),
			{ numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
		);
	});
});
