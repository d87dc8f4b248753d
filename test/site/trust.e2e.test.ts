import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { wcagViolations } from '../helpers/axe.ts';
import { useBuiltSite } from '../helpers/built-site.ts';

/**
 * Issue 27, "trust" and "nothing that misleads", in the built site: who runs the archive and the
 * accessibility statement, linked from every page; titles that name the municipality; plurals; a
 * vendor's test committee listed nowhere; honest sources, publications and history.
 */
const repository = 'https://git.example.org/referatarkiv';

const htmlFiles = async (root: string) =>
	(await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name)).sort();

const built = useBuiltSite({ REPOSITORY_URL: repository });

const open = built.open;

const text = async (page: Page, selector: string) => (await page.locator(selector).innerText()).replace(/\s+/g, ' ').trim();

describe('who runs the archive', () => {
	test('every page\'s footer links Om arkivet, the accessibility statement, the data page and the owner\'s address; the header names the owner', async () => {
		const footer = /<footer class="site">([\s\S]*?)<\/footer>/;
		for (const file of await htmlFiles(built.dist)) {
			const html = await readFile(file, 'utf8');
			const links = [...(footer.exec(html)?.[1] ?? '').matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
			expect(links, relative(built.dist, file)).toEqual(['/om/', '/tilgaengelighed/', '/data/', repository, 'mailto:kontakt@referatarkiv.dk']);
			expect(html, relative(built.dist, file)).toContain('drives af Referatarkiv-projektet · ikke en officiel kommunal udgivelse');
			expect(html, relative(built.dist, file)).toContain('<link rel="icon" type="image/svg+xml" href="/favicon.svg">');
		}
		expect((await readFile(join(built.dist, 'favicon.svg'), 'utf8')).startsWith('<svg')).toBe(true);
	});

	test('Om arkivet: not official, contact, how to report an error, no cookies, and the coverage read from the archive', async () => {
		const page = await open('/om/');
		await page.getByRole('contentinfo').getByRole('link', { name: 'Om arkivet' }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Om arkivet');
		const main = await text(page, 'main');
		expect(main).toContain('Arkivet er ikke en officiel udgivelse fra kommunerne');
		expect(main).toContain('Meld en fejl');
		expect(main).toContain('Arkivet sætter ingen cookies og bruger ingen sporing');
		// The footer links the address too; this is the page's own.
		expect(await page.getByRole('main').getByRole('link', { name: 'kontakt@referatarkiv.dk' }).getAttribute('href')).toBe('mailto:kontakt@referatarkiv.dk');
		const rows = await page.locator('table.coverage tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent!.trim())));
		expect(rows.find((row) => row[0] === 'Aarhus Kommune')?.slice(0, 4)).toEqual(['Aarhus Kommune', '17 møder', '24. januar 1940', '6. oktober 2016']);
		// One meeting is "1 møde"; the test committee's meeting is not counted as one of the council's.
		expect(rows.find((row) => row[0] === 'Greve Kommune')?.[1]).toBe('1 møde');
		expect(rows.find((row) => row[0] === 'Middelfart Kommune')?.[1]).toBe('0 møder (1 møde i et testudvalg er ikke talt med)');
		// This repository has its history: each municipality says when its text last changed.
		expect(rows.find((row) => row[0] === 'Greve Kommune')?.[4]).toMatch(/^\d{1,2}\. \p{L}+ \d{4}$/u);
		await page.close();
	});

	test('the accessibility statement has the WAS tool\'s sections, the owner\'s address and the Agency\'s complaint page', async () => {
		const page = await open('/');
		await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgængelighedserklæring' }).click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Tilgængelighedserklæring');
		expect(await page.locator('h2').allTextContents()).toEqual([
			'Overholdelsesstatus',
			'Ikke-tilgængeligt indhold',
			'Udarbejdelse af denne tilgængelighedserklæring',
			'Feedback og kontaktoplysninger',
			'Håndhævelsesprocedure',
		]);
		const main = await text(page, 'main');
		expect(main).toContain('maskinlæst (OCR)');
		expect(main).toContain('Bilag offentliggøres, som kommunen har modtaget');
		expect(main).toContain('axe-core');
		expect(await page.getByRole('main').getByRole('link', { name: 'kontakt@referatarkiv.dk' }).count()).toBe(1);
		expect(main).toContain('https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/');
		expect(await page.locator('a[href^="https://www.was.digst.dk"]').count()).toBe(0);
		await page.close();
	});
});

describe('pages that say where they are', () => {
	test('a page title names the municipality', async () => {
		const titles: Record<string, string> = {
			'/greve/byraad/2024-10-02/2/': 'Punkt 2: Orientering · Greve Kommune · Referatarkiv',
			'/greve/byraad/2024-10-02/': 'Byråd, 2. oktober 2024 · Greve Kommune · Referatarkiv',
			'/greve/byraad/': 'Byråd · Greve Kommune · Referatarkiv',
			'/greve/medlemmer/liselott-blixt/': 'Liselott Blixt · Greve Kommune · Referatarkiv',
			'/greve/': 'Greve Kommune · Referatarkiv',
		};
		for (const [path, title] of Object.entries(titles)) {
			const page = await open(path);
			expect(await page.title(), path).toBe(title);
			await page.close();
		}
		const caseTitle = await (await open('/greve/sag/24-000963/')).title();
		expect(caseTitle).toMatch(/^Sag 24-000963: .+ · Greve Kommune · Referatarkiv$/);
	});

	test('one meeting is "1 møde", and no page says "1 møder" or "1 dagsordenspunkter"', async () => {
		const page = await open('/greve/');
		expect(await page.locator('main ul li', { hasText: 'Byråd' }).first().textContent()).toBe('Byråd (1 møde)');
		await page.close();
		for (const file of await htmlFiles(built.dist)) {
			const visible = (await readFile(file, 'utf8')).replace(/<[^>]+>/g, ' ');
			expect(visible, relative(built.dist, file)).not.toMatch(/(?<![\d.])1 (møder|dagsordenspunkter|sider|behandlinger|udgaver|medlemmer)\b/);
		}
	});

	test('the 404 page offers a search and the municipalities', async () => {
		const page = await open('/findes-ikke/', 404);
		expect(await page.getByRole('link', { name: 'Greve Kommune' }).getAttribute('href')).toBe('/greve/');
		await page.getByRole('searchbox', { name: 'Søg i arkivet' }).fill('budget');
		await Promise.all([page.waitForURL(/\/soeg\/\?q=budget/), page.getByRole('searchbox', { name: 'Søg i arkivet' }).press('Enter')]);
		await page.close();
	});
});

describe('nothing that misleads', () => {
	test('the vendor\'s test committee is listed neither on the front page nor on its municipality\'s; its own pages say what it is', async () => {
		for (const path of ['/', '/middelfart/']) {
			const page = await open(path);
			expect(await page.locator('a[href^="/middelfart/hennys-testudvalg/"]').count(), path).toBe(0);
			expect(await text(page, 'main'), path).not.toContain('Hennys testudvalg');
			await page.close();
		}
		// Nor in the feed of new meetings.
		expect(await (await fetch(`${built.url}/rss.xml`)).text()).not.toContain('hennys-testudvalg');
		const meeting = await open('/middelfart/hennys-testudvalg/2017-05-02/');
		expect(await text(meeting, '.test-committee')).toContain('Dette er et testudvalg');
		expect(await meeting.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
		await meeting.close();
	});

	test('publications are named by kind and order, never by file name', async () => {
		const page = await open('/middelfart/hennys-testudvalg/2017-05-02/');
		expect(await page.locator('#udgaver ~ ol li').allTextContents()).toEqual(['Dagsorden (1. udgave)', 'Dagsorden (2. udgave, vises her)']);
		expect(await text(page, 'main')).not.toMatch(/\.html|\.xml|content\/raw/);
		await page.close();
	});

	test('the source is the meeting\'s own page, or the page says what it is: a transcription, or not known', async () => {
		const protocol = await open('/aarhus/tiset-sogneraad/1940-01-24/');
		expect(await text(protocol, 'main')).toContain('Kilde: en afskrift af forhandlingsprotokollen, ikke kommunens egen udgivelse');
		expect(await protocol.locator('main a[href^="https://www.aarhus.dk"]').count()).toBe(0);
		await protocol.close();
		const unknown = await open('/greve/byraad/2024-10-02/');
		expect(await text(unknown, 'main')).toContain('Kilde: ikke kendt.');
		expect(await unknown.locator('main a[href="https://www.greve.dk"]').count()).toBe(0);
		await unknown.close();
	});

	test('an item\'s history says what each change was, links its commit, and quotes a commit message only for a hand edit', async () => {
		const page = await open('/rudersdal/erhvervsudvalget/2021-09-15/3/');
		expect(await text(page, '.history')).toContain('Hvornår arkivets tekst til dette punkt er ændret');
		const entries = await page.locator('.revisions li').allTextContents();
		expect(entries.length).toBeGreaterThan(0);
		expect(entries.at(-1)).toMatch(/^\d{1,2}\. \p{L}+ \d{4}: Punktet kom i arkivet\./u);
		for (const entry of entries) if (!entry.includes('Rettet i hånden')) expect(entry).toMatch(/: (Punktet kom i arkivet|Teksten er læst fra en ny udgave|Arkivet har læst kommunens dokumenter igen)/);
		for (const href of await page.locator('.revisions a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) expect(href).toMatch(new RegExp(`^${repository}/commit/[0-9a-f]{40}$`));
		await page.close();
	});
});

describe('accessibility of the new pages', () => {
	test.each([
		['about', '/om/', 200],
		['accessibility statement', '/tilgaengelighed/', 200],
		['404 with search', '/findes-ikke/', 404],
		['test committee meeting', '/middelfart/hennys-testudvalg/2017-05-02/', 200],
		['municipality without listed committees', '/middelfart/', 200],
	])('axe finds no WCAG 2.1 A/AA violation on the %s page, light or dark', async (_, path, status) => {
		const page = await open(path, status);
		expect(await wcagViolations(page)).toEqual({ light: [], dark: [] });
		await page.close();
	});
});
