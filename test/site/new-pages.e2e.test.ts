import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { wcagViolations } from '../helpers/axe.ts';
import { useBuiltSite } from '../helpers/built-site.ts';

/**
 * Issue 27, point 5's new pages, in the built site: the case list per municipality in both orders,
 * the committee's year pages, previous and next meeting, and the committee's members.
 */

const built = useBuiltSite();

const open = built.open;

const pathOf = (page: Page) => new URL(page.url()).pathname;
const rows = (page: Page) => page.locator('table.cases tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.querySelector('time')?.getAttribute('datetime') ?? cell.textContent!.trim())));

describe('the case list', () => {
	test('linked from the municipality page; newest treatment first, each row linking its case page', async () => {
		const page = await open('/greve/');
		await page.getByRole('link', { name: 'Sager', exact: true }).click();
		await expect.poll(() => pathOf(page)).toBe('/greve/sag/');
		expect(await page.locator('h1').textContent()).toBe('Sager');
		expect(await page.locator('th[aria-sort]').evaluateAll((ths) => ths.map((th) => [th.textContent, th.getAttribute('aria-sort')]))).toEqual([['Seneste behandling', 'descending']]);
		const listed = await rows(page);
		expect(listed.length).toBe(14);
		const dates = listed.map((row) => row[3]!);
		expect(dates).toEqual([...dates].sort().reverse());
		const first = page.locator('table.cases tbody tr').first().getByRole('link');
		const title = await first.textContent();
		await first.click();
		await expect.poll(() => pathOf(page)).toMatch(/^\/greve\/sag\/[^/]+\/$/);
		expect(await page.locator('h1').textContent()).toBe(title);
		await page.close();
	});

	test('the second order, by case number, is a plain link to a page of its own and back', async () => {
		const page = await open('/greve/sag/');
		await page.getByRole('link', { name: 'Sortér efter sagsnummer' }).click();
		await expect.poll(() => pathOf(page)).toBe('/greve/sag/efter-nummer/');
		expect(await page.locator('th[aria-sort]').evaluateAll((ths) => ths.map((th) => [th.textContent, th.getAttribute('aria-sort')]))).toEqual([['Sagsnummer', 'ascending']]);
		const numbers = (await rows(page)).map((row) => row[1]!);
		expect(numbers).toEqual([...numbers].sort((a, b) => a.localeCompare(b, 'da', { numeric: true })));
		expect(numbers.length).toBe(14);
		await page.getByRole('link', { name: 'Sortér efter seneste behandling' }).click();
		await expect.poll(() => pathOf(page)).toBe('/greve/sag/');
		await page.close();
	});

	test('a municipality with only a test committee has no case list and no link to one', async () => {
		const page = await open('/middelfart/');
		expect(await page.locator('main a[href="/middelfart/sag/"]').count()).toBe(0);
		await page.close();
		await (await open('/middelfart/sag/', 404)).close();
	});
});

describe('the committee\'s year page', () => {
	test('linked from the committee page\'s year heading, with that year\'s meetings', async () => {
		const page = await open('/aarhus/tiset-sogneraad/');
		const heading = page.getByRole('heading', { name: '1940', level: 2 });
		const listed = await page.locator('section[aria-labelledby="aar-1940"] ul.items > li').count();
		await heading.getByRole('link').click();
		await expect.poll(() => pathOf(page)).toBe('/aarhus/tiset-sogneraad/1940/');
		expect(await page.locator('h1').textContent()).toBe('Tiset Sogneraad i 1940');
		const meetings = await page.locator('main ul.items > li a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(meetings.length).toBe(listed);
		for (const href of meetings) expect(href).toMatch(/^\/aarhus\/tiset-sogneraad\/1940-\d\d-\d\d\/$/);
		await page.close();
	});
});

describe('previous and next meeting', () => {
	test('a meeting links its committee\'s neighbours with rel=prev and rel=next, and they lead back', async () => {
		const page = await open('/aarhus/tiset-sogneraad/1940-05-03/');
		const nav = page.getByRole('navigation', { name: 'Forrige og næste møde i Tiset Sogneraad' });
		await nav.locator('a[rel="next"]').click();
		await expect.poll(() => pathOf(page)).toBe('/aarhus/tiset-sogneraad/1940-06-04/');
		await page.getByRole('navigation', { name: 'Forrige og næste møde i Tiset Sogneraad' }).locator('a[rel="prev"]').click();
		await expect.poll(() => pathOf(page)).toBe('/aarhus/tiset-sogneraad/1940-05-03/');
		await page.close();
	});

	test('the committee\'s first meeting has no previous, the last no next; the next crosses the year', async () => {
		const committee = await open('/aarhus/tiset-sogneraad/');
		const dates = (await committee.locator('main ul.items > li > a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))).sort();
		await committee.close();
		const first = await open(dates[0]!);
		expect(await first.locator('nav.pager a[rel="prev"]').count()).toBe(0);
		expect(await first.locator('nav.pager a[rel="next"]').getAttribute('href')).toBe(dates[1]);
		await first.close();
		const last = await open(dates.at(-1)!);
		expect(await last.locator('nav.pager a[rel="next"]').count()).toBe(0);
		expect(await last.locator('nav.pager a[rel="prev"]').getAttribute('href')).toBe(dates.at(-2));
		await last.close();
		const newYear = dates.findIndex((href) => href.includes('/1941-'));
		const december = await open(dates[newYear - 1]!);
		expect(await december.locator('nav.pager a[rel="next"]').getAttribute('href')).toBe(dates[newYear]);
		await december.close();
	});
});

describe('the committee\'s members', () => {
	test('listed on the committee page with the meetings each attended, each linking their member page', async () => {
		const page = await open('/greve/byraad/');
		await page.getByRole('link', { name: 'Medlemmer ifølge referaterne' }).click();
		const section = page.getByRole('region', { name: 'Medlemmer ifølge referaterne' });
		const members = await section.locator('li').allTextContents();
		expect(members.length).toBeGreaterThan(5);
		for (const line of members) expect(line).toMatch(/ · deltog i 1 møde$/);
		const first = section.getByRole('link').first();
		const name = await first.textContent();
		await first.click();
		await expect.poll(() => pathOf(page)).toMatch(/^\/greve\/medlemmer\/[^/]+\/$/);
		expect(await page.locator('h1').textContent()).toBe(name);
		await page.close();
	});
});

test('the sitemap lists the new pages', async () => {
	const sitemap = await readFile(join(built.dist, 'sitemap-0.xml'), 'utf8');
	for (const path of ['/greve/sag/', '/greve/sag/efter-nummer/', '/aarhus/tiset-sogneraad/1940/']) expect(sitemap).toContain(`<loc>https://referatarkiv.dk${path}</loc>`);
	expect(sitemap).not.toContain('<loc>https://referatarkiv.dk/middelfart/sag/</loc>');
});

describe('accessibility of the new pages', () => {
	test.each([
		['case list', '/greve/sag/'],
		['case list by number', '/greve/sag/efter-nummer/'],
		['year', '/aarhus/tiset-sogneraad/1940/'],
		['meeting with previous and next', '/aarhus/tiset-sogneraad/1940-05-03/'],
		['committee with members', '/greve/byraad/'],
	])('axe finds no WCAG 2.1 A/AA violation on the %s page, light or dark', async (_, path) => {
		const page = await open(path);
		expect(await wcagViolations(page)).toEqual({ light: [], dark: [] });
		await page.close();
	});
});
