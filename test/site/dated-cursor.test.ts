import { describe, expect, it } from 'vitest';
import { datedCursor, type PagefindResult } from '../../src/lib/site/start-search.ts';

/** An index of results on the given dates, answering the year and month filters as Pagefind does, and counting fragment fetches. */
function fakeIndex(dates: readonly string[]) {
	const fetched: string[] = [];
	const search = async (filters: Record<string, string>): Promise<PagefindResult[]> =>
		dates
			.filter((date) => date.startsWith(filters['Måned'] ?? filters['År']!))
			.map((date, index) => ({
				id: date,
				score: 1,
				data: async () => {
					fetched.push(date);
					return { url: `/aarhus/byraadet/${date}/${index + 1}/`, meta: {} };
				},
			}));
	return { search, fetched };
}

describe('datedCursor', () => {
	it('takes a busy year a month at a time, fetching only as far as the results shown reach', async () => {
		// 1940: 20 results in January, 20 in March; 1941: 5.
		const dates = [...Array.from({ length: 20 }, (_, day) => `1940-03-${String(day + 1).padStart(2, '0')}`), ...Array.from({ length: 20 }, (_, day) => `1940-01-${String(day + 1).padStart(2, '0')}`), '1941-02-01', '1941-01-05'];
		const { search, fetched } = fakeIndex(dates);
		const cursor = datedCursor(search, [1940, 1941], 'asc', () => true, () => {});

		expect((await cursor.head())?.url).toContain('/1940-01-01/');
		// January's fragments only, not the whole year's 40.
		expect(fetched).toHaveLength(20);

		const seen: string[] = [];
		for (let head = await cursor.head(); head; head = await cursor.head()) {
			seen.push(head.url.match(/\d{4}-\d{2}-\d{2}/)![0]);
			cursor.advance();
		}
		expect(seen).toEqual(dates.toSorted());
		expect(fetched).toHaveLength(dates.length);
	});

	it('takes a quiet year whole, newest first when asked', async () => {
		const { search } = fakeIndex(['2021-05-01', '2021-11-30', '2020-02-02']);
		const cursor = datedCursor(search, [2021, 2020], 'desc', () => true, () => {});
		const seen: string[] = [];
		for (let head = await cursor.head(); head; head = await cursor.head()) {
			seen.push(head.url.match(/\d{4}-\d{2}-\d{2}/)![0]);
			cursor.advance();
		}
		expect(seen).toEqual(['2021-11-30', '2021-05-01', '2020-02-02']);
	});
});
