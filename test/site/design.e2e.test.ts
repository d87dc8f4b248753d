import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { wcagViolations } from '../helpers/axe.ts';
import { useBuiltSite } from '../helpers/built-site.ts';

/**
 * Issue 27, Det Fælles Designsystem's patterns at a phone's and a laptop's size: IBM Plex Sans from
 * our own origin, the header's rows, the footer's links, a focus outline to see, no page wider than
 * the screen, and axe in light and dark mode on each kind of page the patterns dress.
 */
const built = useBuiltSite();

const screens = [
	['phone', { width: 390, height: 844 }],
	['laptop', { width: 1366, height: 900 }],
] as const;

const pages = [
	['front page', '/'],
	['meeting', '/hedensted/udvalget-for-laering/2021-11-29/'],
	['item', '/greve/byraad/2024-10-02/9/'],
	['search', '/soeg/?q=budget'],
	['about', '/om/'],
	['data', '/data/'],
] as const;

async function open(path: string, viewport: { width: number; height: number }): Promise<{ page: Page; hosts: Set<string> }> {
	const page = await built.browser.newPage({ viewport, bypassCSP: true });
	const hosts = new Set<string>();
	page.on('request', (request) => hosts.add(new URL(request.url()).host));
	const response = await page.goto(`${built.url}${path}`);
	expect(response?.status(), path).toBe(200);
	if (path.startsWith('/soeg')) await page.locator('#search-results h2 a').first().waitFor();
	return { page, hosts };
}

describe.each(screens)('on a %s', (_, viewport) => {
	test('IBM Plex Sans is the text\'s font, loaded from our own origin and no other host', async () => {
		const { page, hosts } = await open('/', viewport);
		await page.evaluate(() => document.fonts.ready);
		const loaded = await page.evaluate(() => [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family} ${face.weight}`));
		expect(loaded).toEqual(expect.arrayContaining(['Plex 400', 'Plex 600']));
		expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^Plex,/);
		const fonts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.woff2')));
		expect(fonts.length).toBeGreaterThan(0);
		for (const font of fonts) expect(new URL(font).origin).toBe(built.url);
		expect([...hosts]).toEqual([new URL(built.url).host]);
		await page.close();
	});

	test('the header shows the owner, the site\'s name and the main menu; the footer its links', async () => {
		const { page } = await open('/greve/byraad/2024-10-02/9/', viewport);
		const banner = page.getByRole('banner');
		expect(await banner.locator('.owner').innerText()).toBe('drives af Referatarkiv-projektet · ikke en officiel kommunal udgivelse');
		expect(await banner.getByRole('link', { name: 'Referatarkiv', exact: true }).getAttribute('href')).toBe('/');
		const menu = banner.getByRole('navigation', { name: 'Hovedmenu' });
		expect(await menu.getByRole('link').allInnerTexts()).toEqual(['Søg', 'Data og abonnementer', 'Om arkivet']);
		// Owner above the name above the menu, each seen on the first screen.
		const tops = await Promise.all(['.owner', '.brand', '.main-nav'].map(async (selector) => (await banner.locator(selector).boundingBox())!.y));
		expect(tops).toEqual([...tops].sort((a, b) => a - b));
		expect(tops.at(-1)!).toBeLessThan(viewport.height / 3);
		const footer = page.getByRole('contentinfo');
		for (const name of ['Om arkivet', 'Tilgængelighedserklæring', 'Data og abonnementer', 'kontakt@referatarkiv.dk']) expect(await footer.getByRole('link', { name }).isVisible(), name).toBe(true);
		await page.close();
	});

	test('the menu marks the page it is on', async () => {
		const { page } = await open('/om/', viewport);
		expect(await page.getByRole('navigation', { name: 'Hovedmenu' }).locator('[aria-current="page"]').innerText()).toBe('Om arkivet');
		await page.close();
	});

	test('a link, a button, a field and a scrolling table region show a focus outline of at least 3px from the keyboard', async () => {
		const { page } = await open('/', viewport);
		const outline = () => page.evaluate(() => {
			const style = getComputedStyle(document.activeElement!);
			return { tag: document.activeElement!.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
		});
		// The first Tab reaches the skip link, the next the site's name.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await outline()).toMatchObject({ tag: 'A', style: 'solid' });
		expect((await outline()).width).toBeGreaterThanOrEqual(3);
		await page.locator('.hero-search input').focus();
		await page.keyboard.press('Tab');
		expect(await outline()).toMatchObject({ tag: 'BUTTON', style: 'solid' });
		expect((await outline()).width).toBeGreaterThanOrEqual(3);
		await page.keyboard.press('Shift+Tab');
		expect(await outline()).toMatchObject({ tag: 'INPUT', style: 'solid' });
		expect((await outline()).width).toBeGreaterThanOrEqual(3);
		await page.close();
		const table = await open('/om/', viewport);
		await table.page.locator('.table[tabindex]').first().focus();
		expect(await table.page.evaluate(() => parseFloat(getComputedStyle(document.activeElement!).outlineWidth))).toBeGreaterThanOrEqual(3);
		await table.page.close();
	});

	test('the primary button is white on DKFDS blue, checkboxes are 24px targets, fields have labels above them', async () => {
		const { page } = await open('/soeg/?q=budget', viewport);
		const button = await page.getByRole('search').getByRole('button', { name: 'Søg', exact: true }).evaluate((element) => {
			const style = getComputedStyle(element);
			return [style.color, style.backgroundColor];
		});
		expect(button).toEqual(['rgb(255, 255, 255)', 'rgb(0, 89, 179)']);
		// On a phone the municipalities are one folded line; opened, their boxes show.
		const scopes = page.locator('#search-scopes');
		if (!(await scopes.evaluate((element) => (element as HTMLDetailsElement).open))) await scopes.locator('summary').click();
		const box = (await page.locator('input[type=checkbox]').first().boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(24);
		expect(box.height).toBeGreaterThanOrEqual(24);
		const label = (await page.locator('label', { hasText: 'Søgeord' }).boundingBox())!;
		const field = page.getByLabel('Søgeord');
		expect(label.y + label.height).toBeLessThanOrEqual((await field.boundingBox())!.y);
		expect(await field.evaluate((element) => getComputedStyle(element).borderTopWidth)).toBe('2px');
		await page.close();
	});

	test.each(pages)('the %s page is no wider than the screen', async (_, path) => {
		const { page } = await open(path, viewport);
		expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(viewport.width);
		await page.close();
	});

	test.each(pages)('axe finds no WCAG 2.1 A/AA violation on the %s page, in light and dark mode', async (_, path) => {
		const { page } = await open(path, viewport);
		expect(await wcagViolations(page), path).toEqual({ light: [], dark: [] });
		await page.close();
	});
});
