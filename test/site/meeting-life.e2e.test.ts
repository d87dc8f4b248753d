import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addSite } from '../../scripts/lib/workspace.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/serve-static.ts';
import { buildSite } from '../helpers/build-site.ts';
import { minutesOf } from '../helpers/sbsys-minutes.ts';
import { tempRepo } from '../helpers/temp-repo.ts';

/**
 * The agenda, then the minutes, built and served: the meeting shows the minutes and lists both
 * publications; an item withdrawn since the agenda keeps its address as a small page that says so,
 * which search engines and the archive's own search leave out.
 */
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const meeting = '/ballerup/kmb-it-udvalget/2013-05-15/';
let repo: Awaited<ReturnType<typeof tempRepo>>;
let dist: string;
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
	const agenda = new Uint8Array(await readFile(new URL('../fixtures/originals/ballerup-kmb-it-udvalget-2013-05-15.zip', import.meta.url)));
	repo = await tempRepo({ 'content/municipalities.yaml': 'ballerup:\n  name: Ballerup Kommune\n', 'content/raw/ballerup/dagsorden.zip': agenda });
	expect((await repo.ingest()).code).toBe(0);
	await repo.write({ 'content/raw/ballerup/referat.zip': await minutesOf(agenda) });
	expect((await repo.ingest()).code).toBe(0);
	await addSite(repo.root);
	dist = await buildSite({}, repo.root);
	site = await serveStatic(dist);
	browser = await launchChromium();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await site?.close();
	await Promise.all([repo?.remove(), dist && rm(dist, { recursive: true, force: true })]);
});

describe('a withdrawn item', () => {
	test('the meeting shows the minutes, lists both publications with their times, and the item no longer on it', async () => {
		const page = await browser.newPage();
		await page.goto(`${site.url}${meeting}`);
		expect(await page.locator('h1 + .meta').textContent()).toContain('Referat');
		expect(await page.locator('.items li').count()).toBe(4);
		expect(await page.locator('#udgaver ~ ol li').allTextContents()).toEqual([
			expect.stringContaining('Dagsorden, offentliggjort 7. maj 2013 kl. 11:16'),
			expect.stringContaining('Referat, offentliggjort 16. maj 2013 kl. 09:30'),
		]);
		expect(await page.locator('#ikke-med ~ ul a').textContent()).toBe('Punkt 4: Regler for indkøb af it-udstyr');
	});

	test('its address answers with a page that says so, links the meeting, and is not indexed', async () => {
		// The served CSP forbids inline scripts; axe is injected as one.
		const page = await browser.newPage({ bypassCSP: true });
		const response = await page.goto(`${site.url}${meeting}4/`);
		expect(response?.status()).toBe(200);
		expect(await page.locator('article').textContent()).toContain('Punktet stod i dagsordenen, offentliggjort 7. maj 2013 kl. 11:16, men ikke i den udgave, arkivet nu viser.');
		expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
		expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
		expect(await page.locator('article a').getAttribute('href')).toBe(meeting);
		await page.addScriptTag({ path: axePath });
		const violations = await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string }[] }> } }).axe;
			return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((violation) => violation.id);
		});
		expect(violations).toEqual([]);
	});

	test('an item that changed says how: its decision added, its title changed', async () => {
		const page = await browser.newPage();
		await page.goto(`${site.url}${meeting}5/`);
		expect(await page.locator('.changes li').allTextContents()).toEqual(['Titlen var »Status på eDagsorden«.', 'Beslutningen er tilføjet.']);
		expect(await page.locator('.changes h2').textContent()).toBe('Ændringer siden dagsordenen, offentliggjort 7. maj 2013 kl. 11:16');
	});
});
