import { describe, expect, test } from 'vitest';
import { da, tn } from '../../src/i18n/da.ts';
import { pageTitle } from '../../src/lib/site/page-title.ts';

describe('tn, the plural helper', () => {
	test.each([
		['count.meetings', 0, '0 møder'],
		['count.meetings', 1, '1 møde'],
		['count.meetings', 2, '2 møder'],
		['count.items', 1, '1 dagsordenspunkt'],
		['count.items', 14, '14 dagsordenspunkter'],
		['count.attachments', 1, '1 bilag'],
		['count.attachments', 3, '3 bilag'],
		['count.pages', 1, '1 side'],
		['count.treatments', 1, '1 behandling'],
		['count.meetings', 1234, '1.234 møder'],
	] as const)('%s × %i → %s', (key, count, expected) => {
		expect(tn(key, count)).toBe(expected);
	});

	test('a label beside a figure is the bare word, singular for one', () => {
		expect(tn('figure.municipalities', 1)).toBe('kommune');
		expect(tn('figure.municipalities', 10)).toBe('kommuner');
	});

	test('every plural form has its singular', () => {
		const keys = Object.keys(da);
		const bases = keys.filter((key) => key.endsWith('.other')).map((key) => key.slice(0, -'.other'.length));
		expect(bases.length).toBeGreaterThan(5);
		for (const base of bases) expect(keys, base).toContain(`${base}.one`);
	});
});

describe('pageTitle', () => {
	test.each([
		['Punkt 2: Orientering', 'Greve Kommune', 'Punkt 2: Orientering · Greve Kommune · Referatarkiv'],
		['Byråd, 2. oktober 2024', 'Greve Kommune', 'Byråd, 2. oktober 2024 · Greve Kommune · Referatarkiv'],
		// The municipality's own page, and pages outside any municipality.
		['Greve Kommune', 'Greve Kommune', 'Greve Kommune · Referatarkiv'],
		['Om arkivet', undefined, 'Om arkivet · Referatarkiv'],
		['Referatarkiv', undefined, 'Referatarkiv'],
	])('%s in %s → %s', (page, municipality, expected) => {
		expect(pageTitle(page, municipality, 'Referatarkiv')).toBe(expected);
	});

	test('without the site name (og:title)', () => {
		expect(pageTitle('Liselott Blixt', 'Greve Kommune', '')).toBe('Liselott Blixt · Greve Kommune');
	});
});
