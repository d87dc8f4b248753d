import { describe, expect, it } from 'vitest';
import { firstSearchBudget, firstSearchBytes, searchLoad } from '../../src/lib/site/search-index.ts';
import { siteConfig } from '../../src/site.config.ts';

describe('how many municipalities one search may merge', () => {
	it('searches within the budget of a first search, warns above it, and refuses above the cap', () => {
		const atMost = siteConfig.searchAtMostBytes;
		expect(searchLoad(firstSearchBudget, atMost)).toBe('search');
		expect(searchLoad(firstSearchBudget + 1, atMost)).toBe('warn');
		expect(searchLoad(atMost, atMost)).toBe('warn');
		expect(searchLoad(atMost + 1, atMost)).toBe('refuse');
	});

	it('estimates a first search within 10% of what the benchmark measured', () => {
		// npm run bench -- --items 29400 --municipalities 98: about 340 indexed pages a municipality.
		const measured = [
			{ indexes: 1, pages: 340, bytes: 124_300 },
			{ indexes: 10, pages: 3_400, bytes: 351_900 },
			{ indexes: 30, pages: 10_200, bytes: 871_700 },
			{ indexes: 98, pages: 33_300, bytes: 2_622_900 },
			// npm run bench -- --size L: egekaer, 16,541 indexed pages.
			{ indexes: 1, pages: 16_541, bytes: 289_700 },
		];
		for (const { indexes, pages, bytes } of measured) expect(Math.abs(firstSearchBytes(pages, indexes) - bytes) / bytes).toBeLessThan(0.1);
	});

	it('lets a visitor search a few municipalities of the national average, not the whole country', () => {
		const national = (count: number) => firstSearchBytes(61_000 * count, count);
		expect(searchLoad(national(1), siteConfig.searchAtMostBytes)).toBe('warn');
		expect(searchLoad(national(3), siteConfig.searchAtMostBytes)).toBe('warn');
		expect(searchLoad(national(5), siteConfig.searchAtMostBytes)).toBe('refuse');
		expect(searchLoad(national(98), siteConfig.searchAtMostBytes)).toBe('refuse');
	});
});
