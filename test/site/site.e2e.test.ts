import { readFile, readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildSite } from '../helpers/build-site.ts';
import { splitFrontmatter } from '../../src/lib/content/split-frontmatter.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/serve-static.ts';
import { oparlListSchema, oparlSchemas, oparlVersion, type OparlType } from '../../src/schemas/oparl.ts';
import { slugify } from '../../src/lib/ingest/slugify.ts';
import { personName } from '../../src/lib/members/person-name.ts';

/**
 * The built archive, end to end: `astro build` and Pagefind on the seed content, served on
 * 127.0.0.1 and driven in Debian's Chromium (`.ci/run` installs it). Every page of the sitemap is
 * checked; each kind of page also gets axe (WCAG 2.1 A/AA) in the browser.
 */
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let dist: string;
let arkiv: string;
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

/** Every file under `root` whose name ends with `ending`. */
const files = async (root: string, ending: string) =>
	(await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && entry.name.endsWith(ending)).map((entry) => join(entry.parentPath, entry.name)).sort();

/** The item files ingest wrote (`content/cases/`), as the site must publish them. */
async function contentItems(): Promise<{ closed: boolean; withdrawn?: unknown }[]> {
	const root = new URL('../../content/cases/', import.meta.url).pathname;
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	const texts = await Promise.all(entries.filter((entry) => entry.isFile() && entry.name.endsWith('.md')).map((entry) => readFile(join(entry.parentPath, entry.name), 'utf8')));
	return texts.map((text) => parse(splitFrontmatter(text).yaml));
}

async function htmlFiles(root: string): Promise<string[]> {
	const entries = await readdir(root, { recursive: true, withFileTypes: true });
	return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name)).sort();
}

beforeAll(async () => {
	// One after the other: Astro builds of one project share its cache directory.
	dist = await buildSite();
	arkiv = await buildSite({ BASE: '/arkiv' });
	site = await serveStatic(dist);
	browser = await launchChromium();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await site?.close();
	await Promise.all([dist, arkiv].filter(Boolean).map((path) => rm(path, { recursive: true, force: true })));
});

/** A page; `bypassCSP` lets tests inject axe, and the headers test below opens pages without it. */
async function open(path: string, { bypassCSP = true } = {}): Promise<Page> {
	const page = await browser.newPage({ bypassCSP });
	const response = await page.goto(`${site.url}${path}`);
	expect(response?.status(), path).toBe(path.includes('findes-ikke') ? 404 : 200);
	return page;
}

describe('navigation', () => {
	test('home → municipality → committee → meeting → item, by clicking', async () => {
		const page = await open('/');
		await page.getByRole('link', { name: 'Høje-Taastrup Kommune', exact: true }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Høje-Taastrup Kommune');
		await page.getByRole('link', { name: 'Direktionen', exact: true }).click();
		await page.getByRole('link', { name: '19. juni 2017 kl. 08:30' }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Direktionen, 19. juni 2017 kl. 08:30');
		await page.getByRole('link', { name: 'Punkt 5: Budgetanalyser' }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Punkt 5: Budgetanalyser');
		expect(await page.locator('.decision').textContent()).toContain('Analyserne blev taget til efterretning');
		// 17/163 is also item 3, a closed item: the case's timeline links it.
		await page.getByRole('link', { name: 'Direktionen, punkt 3: Lukket' }).click();
		expect(await page.locator('.closed').count()).toBe(1);
		await page.close();
	});
});

describe('cases and decisions', () => {
	const timeline = (page: Page) => page.locator('.timeline > li').evaluateAll((steps) => steps.map((step) => (step as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));

	test('a case page follows 17/7354 through items 1, 10, 12 and 13, and each item links back', async () => {
		const page = await open('/hoeje-taastrup/sag/17-7354/');
		// Led by what the case is about (its latest title), its number in the line under it.
		const heading = await page.locator('h1').textContent();
		expect(heading).not.toMatch(/^Sag /);
		expect(await page.locator('h1 + .meta').textContent()).toMatch(/^Sag 17\/7354 · /);
		const links = await page.locator('.timeline a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
		expect(links).toEqual(['1', '10', '12', '13'].map((number) => `/hoeje-taastrup/direktionen/2017-06-19/${number}/`));
		await page.getByRole('link', { name: /punkt 12:/ }).click();
		await page.getByRole('link', { name: '17/7354', exact: true }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe(heading);
		await page.close();
	});

	test('17/163 joins a closed item and an open one, and shows the closed item only by its title', async () => {
		const page = await open('/hoeje-taastrup/sag/17-163/');
		expect(await timeline(page)).toEqual([
			expect.stringMatching(/^19\. juni 2017 Direktionen, punkt 3: Lukket Ingen beslutning$/),
			expect.stringMatching(/^19\. juni 2017 Direktionen, punkt 5: Budgetanalyser Godkendt med ændringer Aflæst af: »[^«]+« - Direktionen konstaterede/),
		]);
		await page.close();
	});

	test('earlier treatments quoted in Stevns and Hedensted items are on the item pages, oldest first', async () => {
		const stevns = await open('/stevns/arbejdsmarked-erhverv-og-turisme/2020-06-10/179/');
		expect(await timeline(stevns)).toEqual([
			expect.stringMatching(/^25\. maj 2020 Direktionen, punkt 1 \(mødet er ikke i arkivet\)\. Anbefalet videre Anbefales\.$/),
			expect.stringMatching(/^4\. juni 2020 Social og Sundhed, punkt 187 /),
			expect.stringMatching(/^9\. juni 2020 Børn, Unge og Læring, punkt 194 /),
			expect.stringMatching(/^9\. juni 2020 Plan, Miljø og Teknik, punkt 311 /),
			expect.stringMatching(/^10\. juni 2020 Arbejdsmarked, Erhverv og Turisme, punkt 179: .* \(dette punkt\) Anbefalet videre/),
		]);
		await stevns.close();
		const hedensted = await open('/hedensted/udvalget-for-laering/2021-11-29/100/');
		expect((await timeline(hedensted)).slice(0, 2)).toEqual([
			expect.stringMatching(/^25\. august 2021 Byrådet 2018-2021, punkt 145 /),
			expect.stringMatching(/^25\. august 2021 Venstre, punkt 145 /),
		]);
		await hedensted.close();
	});

	test('every item carries its decision class on its page and in its meeting', async () => {
		const item = await open('/hedensted/udvalget-for-laering/2021-11-29/99/');
		expect(await item.locator('.outcome .decision-class').textContent()).toBe('Godkendt med ændringer');
		await item.close();
		const meeting = await open('/rudersdal/erhvervsudvalget/2021-09-15/');
		expect(await meeting.locator('.items .decision-class').allTextContents()).toEqual(['Ingen beslutning', 'Taget til efterretning', 'Anbefalet videre', 'Taget til efterretning']);
		await meeting.close();
	});

	test('a committee’s decisions are counted per year', async () => {
		const page = await open('/stevns/arbejdsmarked-erhverv-og-turisme/');
		await page.getByRole('link', { name: 'Afgørelser pr. år' }).click();
		const row = await page.locator('tbody tr').first().locator('th, td').allTextContents();
		expect(row).toEqual(['2020', '2', '2', '5', '3', '1', '0', '3', '0', '16']);
		await page.close();
	});

	test('search results can be filtered by decision class', async () => {
		const page = await open('/soeg/?q=budget');
		await results(page).first().waitFor();
		const all = await resultCount(page);
		// On a laptop the panel opens beside the results; it fetches the filters' values when it opens, each with its count.
		await page.locator('#filter-afgoerelse option', { hasText: /^Anbefalet videre \(\d+\)$/ }).waitFor({ state: 'attached' });
		await page.getByLabel('Afgørelse').selectOption('Anbefalet videre');
		await expect.poll(() => resultCount(page)).toBeLessThan(all);
		expect(new URL(page.url()).searchParams.get('afgoerelse')).toBe('Anbefalet videre');
		for (const href of await hrefs(page)) {
			const item = await browser.newPage();
			await item.goto(`${site.url}${href}`);
			expect(await item.locator('.outcome .decision-class').textContent(), href).toBe('Anbefalet videre');
			await item.close();
		}
		await page.close();
	});
});

/** The search page's result links, its count of results, and their addresses. */
const results = (page: Page) => page.locator('#search-results h2 a');
const resultCount = async (page: Page) => Number((await page.locator('#search-status').textContent())?.match(/^(\d+) resultat/)?.[1] ?? Number.NaN);
const hrefs = (page: Page) => results(page).evaluateAll((links) => links.map((a) => a.getAttribute('href')!));

describe('an item page for reading', () => {
	test('the decision is shown once, above the text; no empty caption; a labelled table of contents; anchors only on hover and focus', async () => {
		const page = await open('/greve/byraad/2024-10-02/6/');
		const headings = await page.locator('main h2').evaluateAll((nodes) => nodes.map((node) => (node.firstChild?.textContent ?? '').trim()));
		expect(headings.filter((text) => text === 'Beslutning')).toHaveLength(1);
		expect(await page.locator('.decision h2').textContent()).toBe('Beslutning');
		// "Fremstilling" only introduced the next caption of its level.
		expect(headings).not.toContain('Fremstilling');
		expect(await page.locator('nav.toc h2').textContent()).toBe('Indhold');
		const anchor = page.locator('.body h2 .anchor').first();
		expect(await anchor.evaluate((node) => getComputedStyle(node).opacity)).toBe('0');
		await anchor.focus();
		expect(await anchor.evaluate((node) => getComputedStyle(node).opacity)).toBe('1');
		await page.close();
	});
});

describe('widths', () => {
	test('on a laptop an item\'s table of contents stands beside its text; no page is wider than the screen, on a laptop or a phone', async () => {
		const page = await open('/greve/byraad/2024-10-02/6/');
		await page.setViewportSize({ width: 1366, height: 900 });
		const toc = (await page.locator('nav.toc').boundingBox())!;
		const text = (await page.locator('article.item .body').boundingBox())!;
		expect(toc.x).toBeGreaterThan(text.x + text.width);
		for (const path of ['/greve/byraad/2024-10-02/6/', '/greve/byraad/afgoerelser/', '/greve/partier/', '/greve/sag/24-000963/', '/greve/sag/', '/greve/sag/efter-nummer/', '/greve/byraad/2024/']) {
			for (const [width, height] of [[1366, 900], [390, 844]] as const) {
				await page.setViewportSize({ width, height });
				expect((await page.goto(`${site.url}${path}`))?.status(), path).toBe(200);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				expect(overflow, `${path} at ${width}`).toBeLessThanOrEqual(0);
			}
		}
		await page.close();
	});
});

describe('a meeting page on a phone', () => {
	test('the agenda starts on the first screen; a long list of participants is folded under its count', async () => {
		const page = await open('/greve/byraad/2024-10-02/');
		await page.setViewportSize({ width: 390, height: 844 });
		const agenda = await page.locator('h2', { hasText: 'Dagsordenspunkter' }).boundingBox();
		expect(agenda!.y).toBeLessThan(844);
		const folded = page.locator('details.people');
		expect(await folded.locator('summary').textContent()).toMatch(/^\d+ deltagere – vis$/);
		await folded.locator('summary').click();
		expect(await folded.locator('a').first().isVisible()).toBe(true);
		await page.close();
	});
});

describe('a meeting\'s life and its attachments', () => {
	test('the republished Middelfart meeting shows the newest publication, lists both, and an item says it was renumbered', async () => {
		const page = await open('/middelfart/hennys-testudvalg/2017-05-02/');
		expect(await page.locator('#udgaver + p').textContent()).toContain('offentliggjort i 2 udgaver');
		expect(await page.locator('.items li').count()).toBe(6);
		const item = await open('/middelfart/hennys-testudvalg/2017-05-02/2/');
		expect(await item.locator('h1').textContent()).toBe('Punkt 1: test');
		expect(await item.locator('.changes').textContent()).toContain('Punktet havde nummer 2.');
	});

	test('an attachment a package carried has its page, with its text and its file, linked from its item', async () => {
		const item = await open('/ballerup/kmb-it-udvalget/2013-05-15/3/');
		const link = item.locator('a', { hasText: 'Brev fra KL til Kommunalbestyrelsen vedr Monopolbrud' });
		await Promise.all([item.waitForURL(/\/bilag\/brev-fra-kl/), link.click()]);
		expect(await item.locator('.body').textContent()).toContain('monopolbruddet');
		const file = await item.locator('a[download]').getAttribute('href');
		const bytes = await (await fetch(`${site.url}${file}`)).arrayBuffer();
		expect(bytes.byteLength).toBe(94198);
		expect(await item.locator('a[download]').getAttribute('download')).toBe('Brev fra KL til Kommunalbestyrelsen vedr Monopolbrud.pdf');
	});

	test('a word only the attachment holds finds the attachment as its own result', async () => {
		const page = await open('/soeg/?q=Weidekampsgade&kommune=ballerup');
		await results(page).first().waitFor();
		expect(await results(page).first().getAttribute('href')).toMatch(/\/ballerup\/kmb-it-udvalget\/2013-05-15\/3\/bilag\/brev-fra-kl-til-kommunalbestyrelsen-vedr-monopolbrud\/$/);
	});

	test('no publisher\'s e-mail address, case worker or server path from the systems\' metadata is anywhere in dist/', async () => {
		const texts = await Promise.all((await files(dist, '')).filter((file) => /\.(html|xml|json|jsonl|ics|txt)$/.test(file)).map((file) => readFile(file, 'utf8')));
		const leaks = texts.filter((text) => /@balk\.dk|c:\\publish|Vibeke Romney Lauridsen|Mai Førster Henriksen|Rikke Jørgensen|Maja Maria Føns|Claus Friis Lange|\\Attachments\\/i.test(text));
		expect(leaks).toEqual([]);
	});
});

describe('search', () => {
	test('a Danish word finds its inflections, and a hit opens the item', async () => {
		const page = await open('/soeg/');
		await page.getByLabel('Søgeord').fill('budgetanalyser');
		await results(page).first().waitFor();
		expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ resultat(er)? for »budgetanalyser«$/);
		expect(new URL(page.url()).searchParams.get('q')).toBe('budgetanalyser');
		await results(page).first().click();
		await expect.poll(() => page.locator('h1').textContent()).toMatch(/^Punkt \d+: /);
		await page.close();
	});

	test('an abbreviation typed in capitals matches whole words only, not every word it begins', async () => {
		const page = await open('/soeg/?q=br');
		await results(page).first().waitFor();
		const beginnings = await resultCount(page);
		await page.goto(`${site.url}/soeg/?q=BR`);
		await page.locator('#search-status').filter({ hasText: /»BR«/ }).waitFor();
		expect(await resultCount(page)).toBeLessThan(beginnings);
		await page.close();
	});

	test('no results: the page says what to try, and hides it again when a search finds something', async () => {
		const page = await open('/soeg/?q=xqzvlorpt');
		await page.locator('#search-status').filter({ hasText: /^Ingen resultater/ }).waitFor();
		expect(await page.locator('#search-hints').isVisible()).toBe(true);
		expect(await page.locator('#search-hints li').count()).toBeGreaterThanOrEqual(4);
		await page.getByLabel('Søgeord').fill('budget');
		await results(page).first().waitFor();
		expect(await page.locator('#search-hints').isVisible()).toBe(false);
		await page.close();
	});

	test('a quoted single word finds what the word finds unquoted', async () => {
		const page = await open('/soeg/?q=%C3%A5bningstid');
		await results(page).first().waitFor();
		const unquoted = await resultCount(page);
		await page.goto(`${site.url}/soeg/?q=${encodeURIComponent('"åbningstid"')}`);
		await results(page).first().waitFor();
		expect(await resultCount(page)).toBe(unquoted);
		await page.close();
	});

	test('each municipality has its own index, and only the chosen ones are fetched', async () => {
		const page = await open('/soeg/?q=budget');
		await results(page).first().waitFor();
		const all = await resultCount(page);
		// Beside the results, a laptop's filter panel goes on fetching every chosen index's filters.
		await page.waitForLoadState('networkidle');
		const fetched = new Set<string>();
		page.on('request', (request) => {
			const bundle = new URL(request.url()).pathname.match(/^\/([^/]+)\/pagefind\//)?.[1];
			if (bundle) fetched.add(bundle);
		});
		// Choosing municipalities loads the page for their indexes.
		await Promise.all([page.waitForURL(/kommune=/), page.goto(`${site.url}/soeg/?q=budget&kommune=stevns`)]);
		await results(page).first().waitFor();
		expect(await page.getByLabel('Stevns Kommune').isChecked()).toBe(true);
		expect(await page.getByLabel('Hedensted Kommune').isChecked()).toBe(false);
		expect(await resultCount(page)).toBeLessThan(all);
		for (const href of await hrefs(page)) expect(href).toMatch(/^\/stevns\//);
		expect([...fetched]).toEqual(['stevns']);

		await Promise.all([page.waitForURL(/kommune=hedensted/), page.getByLabel('Hedensted Kommune').check()]);
		await results(page).first().waitFor();
		expect(new Set((await hrefs(page)).map((href) => href.split('/')[1]))).toEqual(new Set(['hedensted', 'stevns']));
		await page.close();
	});

	test('a municipality\'s pages search that municipality', async () => {
		const page = await open('/stevns/');
		await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Søg' }).click();
		await page.getByLabel('Søgeord').fill('budget');
		await results(page).first().waitFor();
		expect(await page.getByLabel('Stevns Kommune').isChecked()).toBe(true);
		expect(await page.getByLabel('Rødovre Kommune').isChecked()).toBe(false);
		for (const href of await hrefs(page)) expect(href).toMatch(/^\/stevns\//);
		await page.close();
	});

	test('results come ten at a time, and "show more" moves focus to the first new one', async () => {
		const page = await open('/soeg/?q=og');
		await results(page).first().waitFor();
		expect(await resultCount(page)).toBeGreaterThan(10);
		expect(await results(page).count()).toBe(10);
		await page.getByRole('button', { name: 'Vis flere resultater' }).click();
		await expect.poll(() => results(page).count()).toBeGreaterThan(10);
		expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results > li')[10])).toBe(true);
		await page.close();
	});
});

describe('search that reads well (issue 27)', () => {
	const phone = { width: 390, height: 844 };
	const words = (text: string) => (text.toLocaleLowerCase('da').match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

	test('on a phone the first result is on the first screen, and the municipalities are one line that opens the list', async () => {
		const page = await browser.newPage({ viewport: phone });
		await page.goto(`${site.url}/soeg/?q=budget`);
		await results(page).first().waitFor();
		expect((await results(page).first().boundingBox())!.y + 20).toBeLessThan(phone.height);
		const summary = page.locator('#search-scopes summary');
		expect(await summary.textContent()).toMatch(/^\d+ kommuner valgt – ret$/);
		expect((await summary.boundingBox())!.height).toBeLessThan(60);
		expect(await page.getByLabel('Greve Kommune').isVisible()).toBe(false);
		await summary.click();
		expect(await page.getByLabel('Greve Kommune').isVisible()).toBe(true);
		await page.close();
	});

	test('on a laptop the choices stand in a column beside the results', async () => {
		const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
		await page.goto(`${site.url}/soeg/?q=budget`);
		await results(page).first().waitFor();
		const options = (await page.locator('.search-options').boundingBox())!;
		const first = (await results(page).first().boundingBox())!;
		expect(options.x + options.width).toBeLessThanOrEqual(first.x);
		expect(await page.getByLabel('Greve Kommune').isVisible()).toBe(true);
		await expect.poll(() => page.locator('#filter-aar option').count()).toBeGreaterThan(1);
		await page.close();
	});

	test('excerpts are the page\'s own visible words: no compound part, synonym or heading line', async () => {
		const page = await open('/soeg/?q=budget');
		await results(page).first().waitFor();
		const shown = await page.locator('#search-results > li').evaluateAll((items) =>
			items.map((item) => ({ href: item.querySelector('h2 a')!.getAttribute('href')!, title: item.querySelector('h2')!.textContent!, excerpt: item.querySelector('p:not(.meta)')?.textContent ?? '' })),
		);
		expect(shown.length).toBeGreaterThan(5);
		for (const result of shown) {
			const target = await browser.newPage();
			await target.goto(`${site.url}${result.href}`);
			const text = new Set(words((await target.locator('main').innerText()) ?? '').split(' '));
			await target.close();
			const excerpt = words(result.excerpt);
			for (const word of excerpt.split(' ')) expect(text.has(word), `${result.href}: ${word}`).toBe(true);
			// The heading line is the result's own; the excerpt does not open with it again.
			expect(excerpt.startsWith(words(result.title)), result.href).toBe(false);
			expect(result.excerpt).not.toMatch(/kl\. \d\d:\d\d/);
		}
		for (const added of ['budget forslag', 'sag fremstilling', 'kommunalbestyrelse byrådet']) expect(shown.map((result) => words(result.excerpt)).join(' | ')).not.toContain(added);
		await page.close();
	});

	test('filter counts follow the query, and a value with no result is not offered', async () => {
		const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
		await page.goto(`${site.url}/soeg/?q=budget`);
		await results(page).first().waitFor();
		const options = async () => page.locator('#filter-aar option:not([value=""])').evaluateAll((nodes) => nodes.map((node) => ({ value: (node as HTMLOptionElement).value, text: node.textContent!, disabled: (node as HTMLOptionElement).disabled })));
		await expect.poll(async () => (await options()).length).toBeGreaterThan(1);
		const years = await options();
		const offered = years.find((year) => !year.disabled)!;
		expect(years.some((year) => year.disabled && / \(0\)$/.test(year.text))).toBe(true);
		const count = Number(/\((\d+)\)$/.exec(offered.text)![1]);
		await page.locator('#filter-aar').selectOption(offered.value);
		await page.waitForURL(/aar=/);
		await expect.poll(() => resultCount(page)).toBe(count);
		await page.close();
	});

	test('a misspelt word: the nearest word of the archive is searched instead, and the page says so', async () => {
		const page = await open('/soeg/?q=bugdet');
		await page.locator('#search-status').filter({ hasText: 'Viser resultater for »budget«' }).waitFor();
		expect(await results(page).count()).toBeGreaterThan(0);
		await page.goto(`${site.url}/soeg/?q=${encodeURIComponent('oekonomiudvalget')}`);
		await page.locator('#search-status').filter({ hasText: '»økonomiudvalget«' }).waitFor();
		// Function words are kept as typed in what the page says it searched.
		await page.goto(`${site.url}/soeg/?q=${encodeURIComponent('opfølgning på bugdettet')}`);
		await page.locator('#search-status').filter({ hasText: 'Viser resultater for »opfølgning på budgettet«' }).waitFor();
		expect(await hrefs(page)).toContain('/greve/byraad/2024-10-02/6/');
		await page.close();
	});

	test('no page with every word: the pages with most of them, each saying which words it lacks', async () => {
		const page = await open(`/soeg/?q=${encodeURIComponent('hvorfor lukker biblioteket fredag aften')}`);
		await results(page).first().waitFor();
		expect(await hrefs(page)).toContain('/greve/byraad/2024-10-02/14/');
		const page2 = await open(`/soeg/?q=${encodeURIComponent('rottebekæmpelse')}`);
		await page2.locator('#search-status').filter({ hasText: 'Her er sider med dele af ordet: rotte, bekæmpelse.' }).waitFor();
		expect((await hrefs(page2))[0]).toMatch(/^\/aarhus\/tiset-sogneraad\/1940-01-24\/[34]\/$/);
		expect(await page2.locator('#search-results .missing').first().textContent()).toBe(' · Mangler: bekæmpelse');
		await page.close();
		await page2.close();
	});

	test('a quoted phrase is matched as written, its function words and all', async () => {
		const page = await open(`/soeg/?q=${encodeURIComponent('"løftestang for vækst"')}`);
		await results(page).first().waitFor();
		expect(await resultCount(page)).toBeGreaterThan(0);
		await page.close();
	});
});

test('results can be sorted by meeting date, newest first', async () => {
	const page = await open('/soeg/?q=budget');
	await results(page).first().waitFor();
	await page.getByLabel('Sortér resultaterne').selectOption('desc');
	await page.waitForURL(/sortering=desc/);
	expect(new URL(page.url()).searchParams.get('q')).toBe('budget');
	const dates = async () => (await hrefs(page)).map((href) => href.match(/\d{4}-\d{2}-\d{2}/)![0]);
	const newestFirst = async () => {
		const shown = await dates();
		return shown.length > 1 && shown.join() === shown.toSorted().reverse().join();
	};
	await expect.poll(newestFirst).toBe(true);
	await page.close();
});

describe('search that understands council Danish', () => {
	const first = async (page: Page) => {
		await results(page).first().waitFor();
		return new URL((await results(page).first().getAttribute('href'))!, site.url).pathname;
	};

	test('a compound\'s parts, in another order and inflected, find it from the search page; each result says where, when and how it was decided', async () => {
		const page = await open('/');
		await page.getByRole('searchbox', { name: 'Søg i alle referater' }).fill('strategi for rekruttering');
		await page.getByRole('searchbox', { name: 'Søg i alle referater' }).press('Enter');
		expect(await first(page)).toBe('/hedensted/udvalget-for-laering/2021-11-29/100/');
		expect(await page.locator('#search-results .meta').first().textContent()).toBe('Hedensted Kommune · Udvalget for Læring · 29. november 2021 kl. 16:00 · Taget til efterretning');
		expect(await page.locator('#search-results li').first().locator('mark').count()).toBeGreaterThan(0);
		for (const [query, expected] of [
			['samtaler med unge', '/hedensted/udvalget-for-laering/2021-11-29/97/'],
			['kontrakt leje', '/stevns/arbejdsmarked-erhverv-og-turisme/2020-06-10/185/'],
			['højskole', '/hoeje-taastrup/direktionen/2017-06-19/14/'],
			// The text has the parts apart ("pladser i dagpleje"); the query, the compound.
			['dagplejepladser', '/hedensted/udvalget-for-laering/2021-11-29/99/'],
			// An abbreviation finds the long form, and the reverse.
			['lokalt beskæftigelsesråd', '/stevns/arbejdsmarked-erhverv-og-turisme/2020-06-10/174/'],
		]) {
			await page.goto(`${site.url}/soeg/?q=${encodeURIComponent(query!)}`);
			expect(await first(page), query).toBe(expected);
		}
		await page.close();
	});

	test('a word the index lacks shows no unrelated short pages', async () => {
		const page = await open('/soeg/?q=monopolbrud');
		await results(page).first().waitFor();
		expect((await hrefs(page)).every((href) => href.includes('/ballerup/kmb-it-udvalget/2013-05-15/3/'))).toBe(true);
		await page.close();
	});

	test('a compound query sorted by date, oldest first', async () => {
		const page = await open('/soeg/?q=opf%C3%B8lgning+p%C3%A5+budget&sortering=asc');
		await results(page).first().waitFor();
		const dates = (await hrefs(page)).map((href) => href.match(/\d{4}-\d{2}-\d{2}/)![0]);
		expect(dates.length).toBeGreaterThan(1);
		expect(dates).toEqual(dates.toSorted());
		expect(await hrefs(page)).toEqual(expect.arrayContaining([expect.stringContaining('/greve/byraad/2024-10-02/6/')]));
		await page.close();
	});

	test('date order holds through a busy year, which the page takes month by month, and no page carries a sort key', async () => {
		// "og" is on nearly every page: 1940's protocol alone has more results than the page fetches for a whole year.
		const page = await open('/soeg/?q=og&sortering=asc');
		await results(page).first().waitFor();
		await page.getByRole('button', { name: 'Vis flere resultater' }).click();
		await expect.poll(async () => (await hrefs(page)).length).toBe(20);
		const dates = (await hrefs(page)).map((href) => href.match(/\d{4}-\d{2}-\d{2}/)![0]);
		expect(dates).toEqual(dates.toSorted());
		expect(dates[0]).toBe('1940-01-24');
		await page.close();
		for (const file of await htmlFiles(dist)) expect(await readFile(file, 'utf8'), relative(dist, file)).not.toContain('data-pagefind-sort');
	});

	test('every page the judged search queries name exists', async () => {
		const { queries } = parse(await readFile(new URL('../../scripts/bench/search-queries.yaml', import.meta.url), 'utf8')) as { queries: { relevant: string[] }[] };
		expect(queries.length).toBeGreaterThanOrEqual(150);
		for (const path of new Set(queries.flatMap((query) => query.relevant))) expect(await readFile(join(dist, path, 'index.html')).then(() => true, () => false), path).toBe(true);
	});
});

describe('hosting headers', () => {
	test('every kind of page, and a search, run under public/_headers\' Content-Security-Policy without a violation', async () => {
		for (const path of ['/', '/stevns/', '/stevns/arbejdsmarked-erhverv-og-turisme/', '/hedensted/udvalget-for-laering/2021-11-29/', '/hedensted/udvalget-for-laering/2021-11-29/102/', '/hoeje-taastrup/sag/17-7354/', '/soeg/?q=budget&sortering=asc', '/findes-ikke/']) {
			const page = await browser.newPage();
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
			});
			const response = await page.goto(`${site.url}${path}`);
			expect(response?.headers()['content-security-policy'], path).toContain("script-src 'self' 'wasm-unsafe-eval'");
			if (path.startsWith('/soeg')) await results(page).first().waitFor();
			// The 404 page logs its own status as an error; nothing else may.
			expect(errors.filter((text) => path !== '/findes-ikke/' || !text.includes('404')), path).toEqual([]);
			await page.close();
		}
	});

	test('fingerprinted assets are cached for a year, with one Cache-Control each', async () => {
		const page = await browser.newPage();
		const cached: Record<string, string> = {};
		page.on('response', (response) => {
			const [, first, second, third] = new URL(response.url()).pathname.split('/');
			if (first === '_astro') cached._astro = response.headers()['cache-control'] ?? '';
			else if (second === 'pagefind' && ['fragment', 'index', 'filter'].includes(third!)) cached[third!] = response.headers()['cache-control'] ?? '';
		});
		// A filter in the address opens the filter panel, which fetches the filters.
		await page.goto(`${site.url}/soeg/?q=budget&afgoerelse=Anbefalet+videre`);
		await results(page).first().waitFor();
		await page.locator('#filter-afgoerelse option').nth(2).waitFor({ state: 'attached' });
		const year = 'public, max-age=31536000, immutable';
		expect(cached).toEqual({ _astro: year, index: year, fragment: year, filter: year });
		await page.close();
	});
});

/** The seeds: the five texts in `../shared/seeds/`, one meeting each. */
const seedMunicipalities = ['hedensted', 'hoeje-taastrup', 'roedovre', 'rudersdal', 'stevns'];

/** Every meeting's frontmatter, by its page's path. */
async function contentMeetings(): Promise<{ path: string; data: Record<string, any> }[]> {
	const root = new URL('../../content/meetings/', import.meta.url).pathname;
	const names = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.md'));
	return Promise.all(
		names.map(async (name) => {
			const data = parse(splitFrontmatter(await readFile(join(root, name), 'utf8')).yaml);
			return { path: `/${data.municipality}/${slugify(data.committee)}/${data.date}/`, data };
		}),
	);
}

describe('following the council', () => {
	test('every participant of every seed meeting has a member page that links the meeting; officials have none', async () => {
		const meetings = (await contentMeetings()).filter((meeting) => seedMunicipalities.includes(meeting.data.municipality));
		let checked = 0;
		for (const meeting of meetings) {
			const officials = new Set<string>(meeting.data.officials ?? []);
			for (const participant of meeting.data.participants ?? []) {
				const slug = slugify(personName(participant).name);
				const file = join(dist, meeting.data.municipality, 'medlemmer', slug, 'index.html');
				if (officials.has(participant)) {
					await expect(readFile(file, 'utf8'), participant).rejects.toThrow();
					continue;
				}
				const html = await readFile(file, 'utf8');
				expect(html, participant).toContain(`href="${meeting.path}"`);
				checked++;
			}
		}
		expect(checked).toBe(23);
		// Kathrine Seier Skastrup (sekretær) and Områdechef Malene Toscani are officials.
		expect(await files(join(dist, 'hoeje-taastrup/medlemmer'), 'index.html')).not.toContain(join(dist, 'hoeje-taastrup/medlemmer/kathrine-seier-skastrup/index.html'));
	});

	test('a member page: party, meetings by committee and year, and the votes with the member\'s side', async () => {
		const page = await open('/greve/medlemmer/liselott-blixt/');
		expect(await page.locator('h1').textContent()).toBe('Liselott Blixt');
		expect(await page.locator('dl.facts dd').first().textContent()).toBe('Uden for parti (UP)');
		expect(await page.locator('h3').allTextContents()).toEqual(['Byråd']);
		expect(await page.locator('.attendance li').allTextContents()).toEqual(['2. oktober 2024 kl. 19:00: Deltog']);
		const rows = await page.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()).join(' ')));
		expect(rows).toEqual([
			'2. oktober 2024 Byråd, punkt 9 (1a): 2. behandling af Budget 2025-28 Imod (nævnt ved navn)',
			'2. oktober 2024 Byråd, punkt 9 (1b): 2. behandling af Budget 2025-28 Imod (nævnt ved navn)',
			'2. oktober 2024 Byråd, punkt 9 (1c, 3): 2. behandling af Budget 2025-28 For (nævnt ved navn)',
			'2. oktober 2024 Byråd, punkt 11: Bustrafikbestilling 2025 til Movia For (nævnt ved navn)',
		]);
		expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').last().getAttribute('href')).toBe('/greve/medlemmer/liselott-blixt/rss.xml');
		await page.close();
		// A member the decisions say did not take part in three items.
		const erik = await readFile(join(dist, 'rudersdal/medlemmer/erik-eugen-olsen/index.html'), 'utf8');
		expect(erik).toContain('deltog ikke i behandlingen af punkt 2, 3, 4');
		expect(erik).toContain('Socialdemokratiet (A)');
	});

	test('vote tables on every item whose decision states a vote, with links to members and parties', async () => {
		const items = await contentItems();
		const voted = items.filter((item: Record<string, any>) => (item.votes ?? []).length > 0);
		expect(voted.length).toBeGreaterThanOrEqual(3);
		for (const item of voted as Record<string, any>[]) {
			const meeting = (await contentMeetings()).find((candidate) => `${candidate.data.municipality}/${candidate.data.date}-${slugify(candidate.data.committee)}` === item.meeting)!;
			const html = await readFile(join(dist, meeting.path, slugify(item.number), 'index.html'), 'utf8');
			// The item's own votes; the case timeline below shows the quoted treatments' votes.
			const own = html.slice(0, html.indexOf('id="sagsforloeb"') >>> 0);
			expect(own.match(/<table class="votes"/g)?.length, item.title).toBe(item.votes.length);
		}
		const page = await open('/greve/byraad/2024-10-02/9/');
		expect(await page.locator('table.votes caption').allTextContents()).toEqual(['Afstemning om punkt 1a', 'Afstemning om punkt 1b', 'Afstemning om punkt 1c, 3']);
		const first = page.locator('table.votes').first();
		const cells = (rows: ReturnType<Page['locator']>) => rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()).join(' ')));
		expect(await cells(first.locator('tr'))).toEqual([
			'For Enhedslisten (Ø)',
			'Imod Venstre (V), Socialdemokratiet (A), Det Konservative Folkeparti (C), Liselott Blixt (UP), Moderaterne (M), SF – Socialistisk Folkeparti (F)',
		]);
		expect(await first.getByRole('link', { name: 'Liselott Blixt (UP)' }).getAttribute('href')).toBe('/greve/medlemmer/liselott-blixt/');
		expect(await first.getByRole('link', { name: 'Enhedslisten (Ø)' }).getAttribute('href')).toBe('/greve/partier/oe/');
		await page.close();
		// A plain "Godkendt." says in words that no vote against is recorded, never "Enstemmig"; a noted orientation is no vote.
		const plain = await readFile(join(dist, 'roedovre/beskaeftigelsesudvalget/2024-10-08/42/index.html'), 'utf8');
		expect(plain).toContain('Ingen stemmer imod er ført til referat.');
		expect(plain).not.toContain('Enstemmig');
		expect(await readFile(join(dist, 'roedovre/beskaeftigelsesudvalget/2024-10-08/37/index.html'), 'utf8')).not.toContain('Ingen stemmer imod');
		// A quoted committee's vote is shown in the case timeline.
		const stevns = await open('/stevns/arbejdsmarked-erhverv-og-turisme/2020-06-10/179/');
		expect(await cells(stevns.locator('.timeline table.votes tr'))).toEqual(['For Venstre (V), Liste N (N), Socialdemokratiet (A), Radikale Venstre (B)', 'Imod Dansk Folkeparti (O)']);
		await stevns.close();
	});

	test('every decision label shows the words it was read from, and abstains where nothing reads (issue 25)', async () => {
		const page = await open('/aarhus/tiset-sogneraad/1940-01-24/7/');
		expect((await page.locator('.outcome').textContent())!.replace(/\s+/g, ' ').trim()).toBe('Afgørelse: Afvist Aflæst af: »Kunde ikke imødekomme«');
		await page.close();
		const attendance = await open('/greve/byraad/2024-10-02/15/');
		expect((await attendance.locator('.outcome').textContent())!.replace(/\s+/g, ' ').trim()).toBe('Afgørelse: Ingen beslutning Aflæst af: »Afbud: Kenneth Jerkel«');
		await attendance.close();
		const unread = await open('/aarhus/moedesystemgruppen/2016-10-06/1-1/');
		expect(await unread.locator('.outcome .decision-class').textContent()).toBe('Ikke aflæst');
		expect(await unread.locator('.outcome').textContent()).toContain('Ingen af arkivets læsninger forstår beslutningen sikkert');
		await unread.close();
		// An inferred class says so.
		const inferred = await open('/rudersdal/erhvervsudvalget/2021-09-15/2/');
		expect((await inferred.locator('.outcome').textContent())!.replace(/\s+/g, ' ')).toContain('Taget til efterretning Aflæst af: »ERHVERVSUDVALGET tiltræder Direktionens forslag.« (sammenholdt med indstillingen)');
		await inferred.close();
	});

	test('a party page sums its votes, the quoted treatments\' included', async () => {
		const page = await open('/greve/partier/oe/');
		expect((await page.locator('table.counts tbody td').allTextContents()).map(Number)).toEqual([1, 6, 1, 0]);
		expect(await page.getByRole('link', { name: 'Mehmet Zeki Dogru' }).count()).toBe(1);
		await page.close();
		// The party's votes at the meetings its one member attended are his page's too, said as the party's (issue 25).
		const member = await open('/greve/medlemmer/mehmet-zeki-dogru/');
		const rows = await member.locator('#afstemninger ~ div table tbody tr, #afstemninger ~ table tbody tr').allTextContents();
		expect(rows.length).toBeGreaterThanOrEqual(3);
		for (const row of rows) expect(row).toContain('partiets stemme, mens Mehmet Zeki Dogru deltog');
		await member.close();
	});

	test('nobody is listed both as present and as absent (Aarhus Mødesystemgruppen: "Afbud: Tilde")', async () => {
		const page = await open('/aarhus/moedesystemgruppen/2016-10-06/');
		const terms = await page.locator('dl dt').allTextContents();
		const values = await page.locator('dl dd').allTextContents();
		const of = (label: string) => values[terms.findIndex((term) => term.startsWith(label))] ?? '';
		expect(of('Fravær') + of('Afbud')).toContain('Tilde');
		expect(of('Deltagere')).not.toContain('Tilde');
		await page.close();
	});

	test('every item page announces a feed of its case (or of itself), and the feed is RSS with the item in it', async () => {
		const pages = (await htmlFiles(dist)).filter((file) => /\/\d{4}-\d{2}-\d{2}\/[^/]+\/index\.html$/.test(file));
		expect(pages.length).toBeGreaterThan(150);
		for (const file of pages) {
			const html = await readFile(file, 'utf8');
			if (html.includes('name="robots" content="noindex"')) continue;
			const feed = /<link rel="alternate" type="application\/rss\+xml" title="[^"]*" href="([^"]+)"/g;
			const feeds = [...html.matchAll(feed)].map((match) => match[1]!).filter((href) => href !== '/rss.xml');
			expect(feeds.length, relative(dist, file)).toBe(1);
			const xml = await readFile(join(dist, feeds[0]!), 'utf8');
			expect(xml, feeds[0]).toMatch(/^<\?xml[^>]*\?><rss /);
			const self = `https://referatarkiv.dk/${relative(dist, file).replace(/index\.html$/, '')}`;
			expect(xml, feeds[0]).toContain(`<link>${self}</link>`);
		}
	});

	test('meeting pages carry schema.org Event JSON-LD with Denmark\'s offset', async () => {
		for (const meeting of await contentMeetings()) {
			const html = await readFile(join(dist, meeting.path, 'index.html'), 'utf8');
			const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
			expect(json, meeting.path).toBeDefined();
			const event = JSON.parse(json!);
			expect(event['@type']).toBe('Event');
			expect(event.startDate).toMatch(meeting.data.time ? new RegExp(`^${meeting.data.date}T${meeting.data.time}\\+0[12]:00$`) : new RegExp(`^${meeting.data.date}$`));
			expect(event.organizer.name).toContain(meeting.data.committee);
			expect(event.location.name).toBeTruthy();
		}
		const rudersdal = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(await readFile(join(dist, 'rudersdal/erhvervsudvalget/2021-09-15/index.html'), 'utf8'))![1]!);
		expect(rudersdal).toMatchObject({ startDate: '2021-09-15T13:00+02:00', location: { name: 'Administrationscentret Store Sal' }, organizer: { name: 'Erhvervsudvalget, Rudersdal Kommune', parentOrganization: { name: 'Rudersdal Kommune' } } });
	});

	test('item pages carry a citation with the permanent link, and their history', async () => {
		const page = await open('/rudersdal/erhvervsudvalget/2021-09-15/3/');
		expect(await page.locator('.cite blockquote').textContent()).toBe(
			'Rudersdal Kommune, Erhvervsudvalget, referat af mødet 15. september 2021, punkt 3: Forslag til budget 2022-2025 for Erhvervsudvalget. Referatarkiv. https://referatarkiv.dk/rudersdal/erhvervsudvalget/2021-09-15/3/',
		);
		expect(await page.locator('.cite a.permalink').getAttribute('href')).toBe('/rudersdal/erhvervsudvalget/2021-09-15/3/');
		expect(await page.locator('#arkivets-historik').textContent()).toBe('Historik');
		// In this repository the history is there; without REPOSITORY_URL no commit is linked to a guessed address (trust.e2e.test.ts sets it).
		expect(await page.locator('.revisions li').count()).toBeGreaterThan(0);
		expect(await page.locator('.revisions a').count()).toBe(0);
		await page.close();
	});

	test('browsers can search the archive: OpenSearch, linked from every page', async () => {
		const xml = await readFile(join(dist, 'opensearch.xml'), 'utf8');
		expect(xml).toContain('<Url type="text/html" method="get" template="https://referatarkiv.dk/soeg/?q={searchTerms}"/>');
		expect(await readFile(join(dist, 'index.html'), 'utf8')).toContain('<link rel="search" type="application/opensearchdescription+xml" title="Referatarkiv" href="/opensearch.xml">');
		const page = await open('/soeg/?q=budget');
		await results(page).first().waitFor();
		await page.close();
	});

	test('the front page: a search box, the archive in figures, the latest meetings, municipalities and committees', async () => {
		const page = await open('/');
		const box = page.getByRole('searchbox', { name: 'Søg i alle referater' });
		expect(await box.isVisible()).toBe(true);
		// A registered test committee (Middelfart's "Hennys testudvalg") counts in no figure.
		const meetings = (await contentMeetings()).filter((meeting) => meeting.data.committee !== 'Hennys testudvalg');
		const items = (await contentItems()).filter((item) => !item.withdrawn && !String((item as { meeting?: unknown }).meeting).endsWith('hennys-testudvalg'));
		const figures = await page.locator('.figures div').evaluateAll((nodes) => nodes.map((node) => [node.querySelector('dt')!.textContent, node.querySelector('dd')!.textContent]));
		const years = meetings.map((meeting) => meeting.data.date.slice(0, 4)).sort();
		expect(figures).toEqual([
			['kommuner', String(new Set(meetings.map((meeting) => meeting.data.municipality)).size)],
			['møder', String(meetings.length)],
			['dagsordenspunkter', String(items.length)],
			['år dækket', `${years[0]}–${years.at(-1)}`],
		]);
		expect(await page.locator('#nyeste + ul li').count()).toBe(8);
		expect(await page.locator('.municipalities .committees a', { hasText: 'Erhvervsudvalget' }).getAttribute('href')).toBe('/rudersdal/erhvervsudvalget/');
		await box.fill('budget');
		await box.press('Enter');
		await results(page).first().waitFor();
		await page.close();
	});

	test('a phone gets small pages: item pages within 15 KB besides their own text, and no script outside search', async () => {
		const sizes: number[] = [];
		for (const file of await htmlFiles(dist)) {
			const html = await readFile(file, 'utf8');
			const name = relative(dist, file);
			if (!name.startsWith('soeg/')) expect(html.replace(/<script type="application\/ld\+json">.*?<\/script>/s, ''), name).not.toMatch(/<script/);
			if (!/\/\d{4}-\d{2}-\d{2}\/[^/]+\/index\.html$/.test(file)) continue;
			// What the page adds to the item's own text and decision: navigation, votes, timeline, citation, history.
			const chrome = html.replace(/<div class="body">.*?<\/div>\s*(?=<section|<\/article)/s, '').replace(/<section class="decision".*?<\/section>/s, '');
			expect(Buffer.byteLength(chrome), name).toBeLessThanOrEqual(15 * 1024);
			sizes.push(Buffer.byteLength(html));
		}
		sizes.sort((a, b) => a - b);
		expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThanOrEqual(15 * 1024);
	});
});

describe('accessibility', () => {
	test.each([
		['home', '/'],
		['municipality', '/stevns/'],
		['committee', '/stevns/arbejdsmarked-erhverv-og-turisme/'],
		['meeting', '/hedensted/udvalget-for-laering/2021-11-29/'],
		['item with table', '/hedensted/udvalget-for-laering/2021-11-29/102/'],
		['closed item', '/hoeje-taastrup/direktionen/2017-06-19/2/'],
		['item with earlier treatments', '/stevns/arbejdsmarked-erhverv-og-turisme/2020-06-10/179/'],
		['case', '/hoeje-taastrup/sag/17-163/'],
		['decision counts', '/stevns/arbejdsmarked-erhverv-og-turisme/afgoerelser/'],
		['search with results', '/soeg/?q=budget'],
		['404', '/findes-ikke/'],
		['meeting published twice', '/middelfart/hennys-testudvalg/2017-05-02/'],
		['item renumbered since the agenda', '/middelfart/hennys-testudvalg/2017-05-02/2/'],
		['attachment', '/ballerup/kmb-it-udvalget/2013-05-15/3/bilag/brev-fra-kl-til-kommunalbestyrelsen-vedr-monopolbrud/'],
		['protocol meeting', '/aarhus/tiset-sogneraad/1940-01-24/'],
		['item with votes', '/greve/byraad/2024-10-02/9/'],
		['members', '/greve/medlemmer/'],
		['member', '/greve/medlemmer/liselott-blixt/'],
		['member with absences', '/rudersdal/medlemmer/erik-eugen-olsen/'],
		['parties', '/greve/partier/'],
		['party', '/greve/partier/oe/'],
		['case with quoted votes', '/greve/sag/24-000963/'],
		['item whose decision field only records attendance', '/greve/byraad/2024-10-02/15/'],
		['item no reading understands', '/aarhus/moedesystemgruppen/2016-10-06/1-1/'],
	])('axe finds no WCAG 2.1 A/AA violation on the %s page', async (_, path) => {
		const page = await open(path);
		if (path.startsWith('/soeg')) await results(page).first().waitFor();
		await page.addScriptTag({ path: axePath });
		const violations = await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
			const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
			return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
		});
		expect(violations).toEqual([]);
		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			const contrast = await page.evaluate(async () => {
				const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string }[] }> } }).axe;
				return (await axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } })).violations.map((violation) => violation.id);
			});
			expect(contrast, scheme).toEqual([]);
		}
		await page.close();
	});
});

describe('the built files', () => {
	test('every page has lang="da", a title and exactly one h1', async () => {
		for (const file of await htmlFiles(dist)) {
			const html = await readFile(file, 'utf8');
			const name = relative(dist, file);
			expect(html, name).toMatch(/<html lang="da">/);
			expect(html, name).toMatch(/<title>[^<]+<\/title>/);
			expect(html.match(/<h1[\s>]/g)?.length, name).toBe(1);
		}
	});

	test('weight: item pages add at most 15 KB of HTML to the minutes, 10 KB of CSS, and no JavaScript', async () => {
		const items = (await htmlFiles(dist)).filter((file) => /\/\d{4}-\d{2}-\d{2}\/[^/]+\/index\.html$/.test(file));
		// Every item file has its page; a withdrawn item's page keeps its address.
		expect(items).toHaveLength((await contentItems()).length);
		for (const file of items) {
			const html = await readFile(file, 'utf8');
			const name = relative(dist, file);
			// The minutes' own text is as long as the municipality wrote it; the budget is what the page adds.
			const chrome = html.replace(/<div class="body">[\s\S]*<\/article>/, '</article>').replace(/<section class="decision"[\s\S]*?<\/section>/, '');
			expect(Buffer.byteLength(chrome), name).toBeLessThanOrEqual(15 * 1024);
			const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!).join('');
			const linked = await Promise.all([...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => readFile(join(dist, match[1]!), 'utf8')));
			expect(Buffer.byteLength(css + linked.join('')), name).toBeLessThanOrEqual(10 * 1024);
			expect(html, name).not.toMatch(/<script/);
		}
	});

	test('every page is valid HTML', async () => {
		const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
		const problems: string[] = [];
		for (const file of await htmlFiles(dist)) {
			const report = await validator.validateFile(file);
			for (const result of report.results) for (const message of result.messages) problems.push(`${relative(dist, file)}:${message.line}: ${message.ruleId}: ${message.message}`);
		}
		expect(problems).toEqual([]);
	});

	test.each([
		['/', () => dist],
		['/arkiv/', () => arkiv],
	])('every internal link and fragment resolves (base %s)', async (base, root) => {
		const dir = root();
		const ids = new Map<string, Set<string>>();
		const pages = await htmlFiles(dir);
		const texts = new Map<string, string>();
		for (const file of pages) {
			const html = await readFile(file, 'utf8');
			texts.set(file, html);
			ids.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!)));
		}
		const broken: string[] = [];
		for (const [file, html] of texts) {
			const here = `/${relative(dir, file).replace(/index\.html$/, '')}`;
			for (const [, href] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
				if (/^(https?:|mailto:)/.test(href!) ) continue;
				const url = new URL(href!.replaceAll('&amp;', '&'), `http://x${base}${here.slice(1)}`);
				if (!url.pathname.startsWith(base)) {
					broken.push(`${relative(dir, file)}: ${href} is outside ${base}`);
					continue;
				}
				const target = join(dir, url.pathname.slice(base.length));
				const candidates = [target, join(target, 'index.html')];
				const found = candidates.find((candidate) => texts.has(candidate)) ?? (await readFile(target).then(() => target, () => undefined));
				if (!found) broken.push(`${relative(dir, file)}: ${href}`);
				else if (url.hash && !ids.get(found)?.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${relative(dir, file)}: ${href} (no such anchor)`);
			}
		}
		expect(broken).toEqual([]);
	});
});

describe('open data', () => {
	const origin = 'https://referatarkiv.dk/';
	/** Every string in a JSON value that is an address inside the archive's OParl. */
	const links = (value: unknown): string[] =>
		typeof value === 'string' ? (value.startsWith(`${origin}oparl/`) ? [value] : []) : value && typeof value === 'object' ? Object.values(value).flatMap(links) : [];
	const validate = (object: Record<string, unknown>, where: string) => {
		const type = String(object.type).replace(oparlVersion, '') as OparlType;
		expect(Object.keys(oparlSchemas), `${where}: type ${String(object.type)}`).toContain(type);
		const result = oparlSchemas[type].safeParse(object);
		expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`), where).toEqual([]);
	};

	test('every OParl file validates against the OParl 1.1 objects, and every id and link in it resolves to a file', async () => {
		const all = await files(join(dist, 'oparl'), '.json');
		expect(all.length).toBeGreaterThan(100);
		const unresolved = new Set<string>();
		const types = new Set<string>();
		for (const file of all) {
			const where = relative(dist, file);
			const value = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
			if ('pagination' in value) {
				expect(oparlListSchema.safeParse(value).success, where).toBe(true);
				for (const object of value.data as Record<string, unknown>[]) validate(object, where);
			} else {
				validate(value, where);
				// A standalone object lives at its id.
				expect(value.id, where).toBe(`${origin}${where}`);
				types.add(String(value.type).replace(oparlVersion, ''));
			}
			for (const link of links(value)) {
				if (!(await readFile(join(dist, link.slice(origin.length))).then(() => true, () => false))) unresolved.add(`${where}: ${link}`);
			}
		}
		expect([...unresolved]).toEqual([]);
		expect([...types].sort()).toEqual(['AgendaItem', 'Body', 'Consultation', 'File', 'Meeting', 'Organization', 'Paper', 'Person', 'System']);
	});

	test('a case is a Paper with a Consultation per treatment; a closed item is not public', async () => {
		const paper = JSON.parse(await readFile(join(dist, 'oparl/hoeje-taastrup/paper/17-163.json'), 'utf8'));
		expect(paper.reference).toBe('17/163');
		const items = await Promise.all(paper.consultation.map(async (consultation: { agendaItem: string }) => JSON.parse(await readFile(join(dist, consultation.agendaItem.slice(origin.length)), 'utf8'))));
		expect(items.map((item) => [item.number, item.public, item.result])).toEqual([['3', false, 'Ingen beslutning'], ['5', true, 'Godkendt med ændringer']]);
		const stevns = JSON.parse(await readFile(join(dist, 'oparl/stevns/paper/punkt-2020-06-10-arbejdsmarked-erhverv-og-turisme-179.json'), 'utf8'));
		expect(stevns.consultation.map((consultation: Record<string, string>) => consultation['referatarkiv:body'] ?? 'arkivet')).toEqual(['Direktionen', 'Social og Sundhed', 'Børn, Unge og Læring', 'Plan, Miljø og Teknik', 'arkivet']);
	});

	test('an attachment file a package carried is an OParl File of its agenda item, in the Body\'s file list', async () => {
		const item = JSON.parse(await readFile(join(dist, 'oparl/ballerup/agenda-item/2013-05-15-kmb-it-udvalget/3.json'), 'utf8'));
		expect(item.auxiliaryFile).toEqual([expect.objectContaining({ type: 'https://schema.oparl.org/1.1/File', name: 'Brev fra KL til Kommunalbestyrelsen vedr Monopolbrud', mimeType: 'application/pdf', size: 94198 })]);
		const list = JSON.parse(await readFile(join(dist, 'oparl/ballerup/list/file-1.json'), 'utf8'));
		expect(list.data.map((file: { id: string }) => file.id)).toEqual([item.auxiliaryFile[0].id]);
		const bytes = await readFile(join(dist, item.auxiliaryFile[0].accessUrl.slice(origin.length)));
		expect(bytes.length).toBe(94198);
	});

	test('each municipality has a JSON Lines file with every item, and no closed item’s text', async () => {
		const lines = (await Promise.all((await files(join(dist, 'data'), '.jsonl')).map((file) => readFile(file, 'utf8')))).flatMap((text) => text.trimEnd().split('\n').map((line) => JSON.parse(line)));
		const published = (await contentItems()).filter((item) => !item.withdrawn);
		expect(lines).toHaveLength(published.length);
		expect(lines.filter((line) => line.closed)).toHaveLength(published.filter((item) => item.closed).length);
		expect(lines.filter((line) => line.closed).some((line) => 'text' in line)).toBe(false);
		// Search engines take `id` as the document id: unique, and in Meilisearch's characters.
		expect(new Set(lines.map((line) => line.id)).size).toBe(lines.length);
		for (const line of lines) expect(line.id).toMatch(/^[A-Za-z0-9_-]{1,511}$/);
		expect(lines.find((line) => line.url.endsWith('/hoeje-taastrup/direktionen/2017-06-19/5/'))).toMatchObject({ caseNumber: '17/163', caseUrl: `${origin}hoeje-taastrup/sag/17-163/`, decisionClass: 'approved-with-changes' });
		const letter = `${origin}ballerup/kmb-it-udvalget/2013-05-15/3/bilag/brev-fra-kl-til-kommunalbestyrelsen-vedr-monopolbrud/`;
		expect(lines.find((line) => line.url.endsWith('/ballerup/kmb-it-udvalget/2013-05-15/3/')).attachmentFiles).toEqual([{ title: 'Brev fra KL til Kommunalbestyrelsen vedr Monopolbrud', url: `${letter}brev-fra-kl-til-kommunalbestyrelsen-vedr-monopolbrud.pdf`, page: letter, pages: 3 }]);
	});

	test('votes and members in the open data: the referatarkiv: extension on AgendaItems, Persons with their page, JSON Lines', async () => {
		const item = JSON.parse(await readFile(join(dist, 'oparl/greve/agenda-item/2024-10-02-byraad/11.json'), 'utf8'));
		expect(item['referatarkiv:votes']).toEqual([{ for: [{ party: 'V' }, { party: 'A' }, { party: 'C' }, { name: 'Liselott Blixt', party: 'UP' }, { party: 'M' }, { party: 'F' }], against: [{ party: 'Ø' }], abstained: [], reserved: [] }]);
		const plain = JSON.parse(await readFile(join(dist, 'oparl/roedovre/agenda-item/2024-10-08-beskaeftigelsesudvalget/42.json'), 'utf8'));
		// That none voted against is the archive's inference, not the text's: no unanimity in the open data.
		expect(plain['referatarkiv:unanimous']).toBeUndefined();
		expect(plain).toMatchObject({ 'referatarkiv:decisionClass': 'approved', 'referatarkiv:decisionEvidence': 'Godkendt.' });
		const person = JSON.parse(await readFile(join(dist, 'oparl/greve/person/liselott-blixt.json'), 'utf8'));
		expect(person).toMatchObject({ name: 'Liselott Blixt', 'referatarkiv:party': 'UP', web: `${origin}greve/medlemmer/liselott-blixt/` });
		const meeting = JSON.parse(await readFile(join(dist, 'oparl/greve/meeting/2024-10-02-byraad.json'), 'utf8'));
		expect(meeting.participant).toContain(`${origin}oparl/greve/person/jette-andersen.json`);
		expect(meeting['referatarkiv:absent']).toEqual([`${origin}oparl/greve/person/kenneth-jerkel.json`]);
		// Officials are no Persons.
		expect(await readFile(join(dist, 'oparl/hoeje-taastrup/person/kathrine-seier-skastrup.json')).then(() => true, () => false)).toBe(false);
		const lines = (await readFile(join(dist, 'data/greve.jsonl'), 'utf8')).trimEnd().split('\n').map((line) => JSON.parse(line));
		expect(lines.find((line) => line.number === '14')).toMatchObject({ votes: [{ part: '2b', against: [{ party: 'Ø' }], abstained: [{ party: 'F' }] }], absent: ['Kenneth Jerkel'] });
		expect(lines.find((line) => line.number === '1')).toMatchObject({ votes: [], decisionClass: 'approved', decisionEvidence: 'Godkendt.', absent: ['Kenneth Jerkel', 'Mehmet Zeki Dogru'] });
		expect(lines.find((line) => line.number === '1')).not.toHaveProperty('unanimous');
		expect(lines.find((line) => line.number === '15')).toMatchObject({ decisionClass: 'none', decisionEvidence: 'Afbud: Kenneth Jerkel' });
	});

	test('each committee has an iCalendar file with its meetings', async () => {
		const calendar = await readFile(join(dist, 'hedensted/udvalget-for-laering/moeder.ics'), 'utf8');
		expect(calendar).toMatch(/^BEGIN:VCALENDAR\r\n/);
		expect(calendar.match(/BEGIN:VEVENT/g)).toHaveLength(1);
		expect(calendar).toContain('DTSTART;TZID=Europe/Copenhagen:20211129T160000\r\n');
		for (const line of calendar.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
	});
});
