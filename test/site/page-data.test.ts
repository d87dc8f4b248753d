import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { da } from '../../src/i18n/da.ts';
import { buildArchive, byYear } from '../../src/lib/site/build-archive.ts';
import type { ItemEntry } from '../../src/lib/site/archive-entries.ts';
import { formatDate } from '../../src/lib/site/format-date.ts';
import { breadcrumbTrail } from '../../src/lib/site/breadcrumbs.ts';
import { createPaths } from '../../src/lib/site/paths.ts';
import { meetingSource } from '../../src/lib/site/meeting-source.ts';
import { meetingProvenance } from '../../src/lib/site/meeting-provenance.ts';
import { itemEntry, meetingEntry } from '../helpers/archive-entries.ts';

const meeting = (id: string, municipality: string, committee: string, date: string, time?: string) => meetingEntry(id, { municipality, committee, date, ...(time ? { time } : {}) });
const item = (id: string, meetingId: string, number: string, position: number, caseNumber?: string): ItemEntry => ({ ...itemEntry(meetingId, number, { position, ...(caseNumber ? { caseNumber } : {}) }), id });

describe('formatDate', () => {
	test.each([
		['2021-09-15', '13:00', '15. september 2021 kl. 13:00'],
		['2017-06-19', undefined, '19. juni 2017'],
		['2024-01-01', '08:30', '1. januar 2024 kl. 08:30'],
	])('%s %s → %s', (date, time, expected) => {
		expect(formatDate(date, time)).toBe(expected);
	});
});

describe('paths', () => {
	const key = { municipality: 'hoeje-taastrup', committee: 'Børne- og Skoleudvalget', date: '2021-09-15' };
	test('transliterate æ, ø, å and follow the hierarchy', () => {
		const paths = createPaths('/');
		expect(paths.committee('hoeje-taastrup', 'Børne- og Skoleudvalget')).toBe('/hoeje-taastrup/boerne-og-skoleudvalget/');
		expect(paths.item(key, '3a')).toBe('/hoeje-taastrup/boerne-og-skoleudvalget/2021-09-15/3a/');
		expect(paths.committeeYear('hoeje-taastrup', 'Børne- og Skoleudvalget', '2021')).toBe('/hoeje-taastrup/boerne-og-skoleudvalget/2021/');
	});
	test.each(['/arkiv', '/arkiv/'])('live under a base path (%s)', (base) => {
		const paths = createPaths(base);
		expect(paths.home).toBe('/arkiv/');
		expect(paths.meeting(key)).toBe('/arkiv/hoeje-taastrup/boerne-og-skoleudvalget/2021-09-15/');
		expect(paths.asset('/pagefind/pagefind-ui.js')).toBe('/arkiv/pagefind/pagefind-ui.js');
	});
});

describe('buildArchive', () => {
	const meetings = [
		meeting('htk/2017-06-19-direktionen', 'htk', 'Direktionen', '2017-06-19', '08:30'),
		meeting('htk/2018-01-10-direktionen', 'htk', 'Direktionen', '2018-01-10'),
		meeting('htk/2018-02-01-byraadet', 'htk', 'Byrådet', '2018-02-01'),
	];
	const items = [
		item('a2', 'htk/2017-06-19-direktionen', '2', 2, '17/7354'),
		item('a1', 'htk/2017-06-19-direktionen', '1', 1, '17/7354'),
		item('b1', 'htk/2018-01-10-direktionen', '1', 1, '17/7354'),
		item('c1', 'htk/2018-02-01-byraadet', '5', 1, '17/163'),
	];
	const archive = buildArchive(meetings, items);

	test('lists meetings newest first and items in position order', () => {
		expect(archive.meetings.map((m) => m.id)).toEqual(['htk/2018-02-01-byraadet', 'htk/2018-01-10-direktionen', 'htk/2017-06-19-direktionen']);
		expect(archive.itemsOf('htk/2017-06-19-direktionen').map((i) => i.id)).toEqual(['a1', 'a2']);
	});

	test('groups committees per municipality, alphabetically in Danish', () => {
		expect(archive.committeesOf('htk').map((c) => [c.name, c.meetings.length])).toEqual([['Byrådet', 1], ['Direktionen', 2]]);
		expect(byYear(archive.committeesOf('htk')[1]!.meetings).map(([year]) => year)).toEqual(['2018', '2017']);
	});

	test('groups items into cases by municipality and case number, oldest first', () => {
		const found = archive.caseOf(items[2]!)!;
		expect([found.number, found.slug, found.items.map((i) => i.id)]).toEqual(['17/7354', '17-7354', ['a1', 'a2', 'b1']]);
		expect(archive.casesOf('htk').map((c) => c.number)).toEqual(['17/163', '17/7354']);
		expect(archive.caseOf(item('x', 'htk/2018-02-01-byraadet', '9', 2))).toBeUndefined();
	});

	test('keeps equal case numbers in two municipalities apart', () => {
		const other = buildArchive([...meetings, meeting('rk/2018-01-01-byraadet', 'rk', 'Byrådet', '2018-01-01')], [...items, item('r1', 'rk/2018-01-01-byraadet', '1', 1, '17/163')]);
		expect(other.cases.map((c) => `${c.municipality} ${c.number} ${c.items.length}`).sort()).toEqual(['htk 17/163 1', 'htk 17/7354 3', 'rk 17/163 1']);
	});

	test('fails loudly on two case numbers that would share one address', () => {
		expect(() => buildArchive(meetings, [...items, item('d1', 'htk/2018-02-01-byraadet', '6', 2, '17-163')])).toThrow(/"17-163" får samme adresse som "17\/163"/);
	});

	test('fails loudly on an item whose meeting does not exist', () => {
		expect(() => buildArchive(meetings, [item('x', 'htk/1999-01-01-x', '1', 1)])).toThrow(/mødet "htk\/1999-01-01-x" findes ikke/);
	});
});

test('every UI text key used in src exists in the Danish string table', () => {
	const files = readdirSync('src', { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(astro|ts)$/.test(entry.name))
		.map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
	const used = files.flatMap((text) => [...text.matchAll(/\bt\(\s*['"`]([\w.]+)['"`]\s*\)/g)].map((match) => match[1]!));
	expect(used.length).toBeGreaterThan(20);
	expect(used.filter((key) => !(key in da))).toEqual([]);
	// A plural is used by its base; the table has `<base>.one` and `<base>.other`.
	const plurals = files.flatMap((text) => [...text.matchAll(/\btn\(\s*['"`]([\w.]+)['"`]/g)].map((match) => match[1]!));
	expect(plurals.length).toBeGreaterThan(5);
	expect(plurals.filter((key) => !(`${key}.one` in da && `${key}.other` in da))).toEqual([]);
});

describe('breadcrumbTrail', () => {
	const paths = createPaths('/');
	test('runs from the home page to the page itself, which is not linked', () => {
		expect(breadcrumbTrail(paths, { municipality: 'stevns', municipalityName: 'Stevns Kommune', committee: 'AET', date: '2020-06-10', item: { number: '179', slug: '179' } })).toEqual([
			{ label: 'Forside', href: '/' },
			{ label: 'Stevns Kommune', href: '/stevns/' },
			{ label: 'AET', href: '/stevns/aet/' },
			{ label: '10. juni 2020', href: '/stevns/aet/2020-06-10/' },
			{ label: 'Punkt 179' },
		]);
	});
	test('stops at the municipality', () => {
		expect(breadcrumbTrail(paths, { municipality: 'stevns', municipalityName: 'Stevns Kommune' })).toEqual([{ label: 'Forside', href: '/' }, { label: 'Stevns Kommune' }]);
	});
});

describe('meetingProvenance', () => {
	const registry = { minutes: 'https://www.stevns.dk/politik/dagsordener', website: 'https://www.stevns.dk' };
	test('is the meeting\'s own page when known; otherwise unknown, never the municipality\'s website', () => {
		expect(meetingProvenance({ url: 'https://stevns.dk/moede/1', format: 'stevns' }, registry)).toEqual({ href: 'https://stevns.dk/moede/1', kind: 'meeting' });
		expect(meetingProvenance({ format: 'stevns' }, registry)).toEqual({ kind: 'unknown', minutes: registry.minutes });
		expect(meetingProvenance({ format: 'stevns' }, { website: registry.website } as never)).toEqual({ kind: 'unknown' });
		expect(meetingProvenance({ format: 'firstagenda' }, undefined)).toEqual({ kind: 'unknown' });
	});
	test('a transcribed protocol says it is one', () => {
		expect(meetingProvenance({ format: 'protokol' }, registry)).toEqual({ kind: 'transcription' });
	});
});

describe('meetingSource (the open data\'s source field)', () => {
	const registry = { minutes: 'https://www.stevns.dk/politik/dagsordener', website: 'https://www.stevns.dk' };
	test('is the meeting\'s own page first, then the municipality\'s minutes page, then its website', () => {
		expect(meetingSource({ url: 'https://stevns.dk/moede/1' }, registry)).toEqual({ href: 'https://stevns.dk/moede/1', kind: 'meeting' });
		expect(meetingSource({}, registry)).toEqual({ href: registry.minutes, kind: 'minutes' });
		expect(meetingSource({}, { website: registry.website })).toEqual({ href: registry.website, kind: 'website' });
		expect(meetingSource({}, undefined)).toBeUndefined();
	});
});
