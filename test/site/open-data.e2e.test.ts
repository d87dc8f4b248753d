import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Element, Root, RootContent } from 'hast';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { wcagViolations } from '../helpers/axe.ts';
import { useBuiltSite } from '../helpers/built-site.ts';

/**
 * The open data in plain sight, on the built seed archive: the data page and the OParl index answer,
 * are linked from the pages whose data they list, and pass axe; every feed's channel and fragment
 * links land where they say, every date carries Denmark's offset, and every calendar parses with an
 * end to each event.
 */
const origin = 'https://referatarkiv.dk/';

const files = async (root: string, ending: string) =>
	(await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && entry.name.endsWith(ending)).map((entry) => join(entry.parentPath, entry.name)).sort();

const built = useBuiltSite();

const open = (path: string): Promise<Page> => built.open(path);

/** The ids of a built page, read as a browser's parser reads it (rehype-parse is parse5). */
const idsCache = new Map<string, Set<string>>();
async function idsOf(file: string): Promise<Set<string>> {
	if (!idsCache.has(file)) {
		const tree = unified().use(rehypeParse).parse(await readFile(file, 'utf8')) as Root;
		const ids = new Set<string>();
		const walk = (node: Root | RootContent) => {
			if (node.type === 'element' && typeof (node as Element).properties.id === 'string') ids.add((node as Element).properties.id as string);
			if ('children' in node) for (const child of node.children) walk(child);
		};
		walk(tree);
		idsCache.set(file, ids);
	}
	return idsCache.get(file)!;
}

/** The built page an absolute URL of the archive names, or undefined. */
async function pageFile(url: string): Promise<string | undefined> {
	const path = new URL(url).pathname;
	const file = join(built.dist, path, path.endsWith('/') ? 'index.html' : '');
	return readFile(file).then(() => file, () => undefined);
}

describe('the data page and the OParl index', () => {
	test('/data/ and /oparl/ answer with a page, are in the sitemap, and the OParl JSON beside them is intact', async () => {
		for (const [path, heading] of [['/data/', 'Data og abonnementer'], ['/oparl/', 'OParl 1.1']] as const) {
			const page = await open(path);
			expect(await page.locator('h1').textContent()).toBe(heading);
			await page.close();
		}
		const sitemap = (await Promise.all((await files(built.dist, '.xml')).filter((file) => /sitemap-\d+\.xml$/.test(file)).map((file) => readFile(file, 'utf8')))).join('');
		expect(sitemap).toContain(`<loc>${origin}data/</loc>`);
		expect(sitemap).toContain(`<loc>${origin}oparl/</loc>`);
		const system = JSON.parse(await readFile(join(built.dist, 'oparl/system.json'), 'utf8'));
		expect(system).toMatchObject({ id: `${origin}oparl/system.json`, type: 'https://schema.oparl.org/1.1/System' });
	});

	test('the data page names each format, every municipality and committee with their files, the licence, the update frequency and the entry point', async () => {
		const page = await open('/data/');
		const headings = await page.locator('h2, h3').allTextContents();
		for (const format of ['OParl 1.1', 'JSON Lines', 'iCalendar', 'Nyhedsfeeds (RSS)', 'Sitemap', 'Licens', 'Opdatering', 'Eksempler']) expect(headings).toContain(format);
		const bodies = (await files(join(built.dist, 'oparl'), '.json')).filter((file) => /\/oparl\/[^/]+\/body\.json$/.test(file)).length;
		expect(await page.locator('.data-municipality').count()).toBe(bodies);
		const hrefs = await page.locator('main a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
		// Every calendar but a vendor's test committee's (registered `test: true`, listed nowhere).
		for (const calendar of await files(built.dist, '.ics')) if (!relative(built.dist, calendar).includes('hennys-testudvalg')) expect(hrefs).toContain(`/${relative(built.dist, calendar)}`);
		expect(hrefs.some((href) => href.includes('hennys-testudvalg'))).toBe(false);
		for (const jsonl of await files(join(built.dist, 'data'), '.jsonl')) expect(hrefs).toContain(`/${relative(built.dist, jsonl)}`);
		expect(hrefs).toContain('/oparl/system.json');
		expect(hrefs).toContain('/oparl/');
		expect(hrefs).toContain('https://creativecommons.org/publicdomain/zero/1.0/');
		expect(await page.locator('main').textContent()).toContain('bygges igen hver gang nye dagsordener eller referater lægges i arkivet');
		const examples = await page.locator('pre code').allTextContents();
		expect(examples[0]).toMatch(/^# .*\ncurl -O https:\/\/referatarkiv\.dk\/data\/[a-z-]+\.jsonl\n/);
		expect(examples[1]).toContain('print(item["date"], item["committee"], item["title"])');
		for (const href of hrefs.filter((href) => href.startsWith('/'))) expect((await fetch(`${built.url}${href}`)).status, href).toBe(200);
		await page.close();
	});

	test('municipality, committee and meeting pages link their own data and the data page', async () => {
		for (const [path, own] of [
			['/stevns/', ['/data/stevns.jsonl', '/oparl/stevns/body.json']],
			['/stevns/arbejdsmarked-erhverv-og-turisme/', ['/stevns/arbejdsmarked-erhverv-og-turisme/rss.xml', '/stevns/arbejdsmarked-erhverv-og-turisme/moeder.ics', '/oparl/stevns/organization/arbejdsmarked-erhverv-og-turisme.json']],
			['/stevns/arbejdsmarked-erhverv-og-turisme/2020-06-10/', ['/oparl/stevns/meeting/2020-06-10-arbejdsmarked-erhverv-og-turisme.json', '/stevns/arbejdsmarked-erhverv-og-turisme/moeder.ics']],
		] as const) {
			const page = await open(path);
			const hrefs = await page.locator('.data-links a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
			expect(hrefs, path).toEqual(expect.arrayContaining([...own, '/data/']));
			for (const href of hrefs) expect((await fetch(`${built.url}${href}`)).status, href).toBe(200);
			await page.getByRole('link', { name: 'Om data og abonnementer' }).click();
			await expect.poll(() => page.locator('h1').textContent()).toBe('Data og abonnementer');
			await page.close();
		}
	});

	test('the OParl index links the System and every Body, and each resolves', async () => {
		const page = await open('/oparl/');
		const hrefs = await page.locator('main a[type="application/json"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
		expect(hrefs).toContain('/oparl/system.json');
		const bodies = JSON.parse(await readFile(join(built.dist, 'oparl/bodies.json'), 'utf8')) as { data: { id: string }[] };
		for (const body of bodies.data) expect(hrefs).toContain(new URL(body.id).pathname);
		for (const href of hrefs) {
			const value = JSON.parse(await (await fetch(`${built.url}${href}`)).text()) as { id?: string; links?: { first: string } };
			// An object lives at its id; a list's first page is its own first link.
			expect(value.id ?? value.links?.first, href).toBe(`${origin}${href.slice(1)}`);
		}
		await page.close();
	});

	test.each(['/data/', '/oparl/'])('axe finds no WCAG 2.1 A/AA violation on %s, in light and dark mode', async (path) => {
		const page = await open(path);
		expect(await wcagViolations(page)).toEqual({ light: [], dark: [] });
		await page.close();
	});
});

describe('feeds and calendars, read by real parsers', () => {
	const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
	type Channel = { link: string; item?: { link: string; pubDate: string }[] };
	const feeds = async () => Promise.all((await files(built.dist, 'rss.xml')).map(async (file) => ({ file: relative(built.dist, file), channel: parser.parse(await readFile(file, 'utf8')).rss.channel as Channel })));

	test('each channel links the page it follows: the feed\'s own folder, or the front page', async () => {
		const all = await feeds();
		expect(all.length).toBeGreaterThan(50);
		for (const { file, channel } of all) {
			const followed = file === 'rss.xml' ? origin : `${origin}${file.replace(/rss\.xml$/, '')}`;
			expect(channel.link, file).toBe(followed);
			expect(await pageFile(channel.link), file).toBeDefined();
		}
	});

	test('every item link lands on a built page, and every fragment on an element with that id', async () => {
		const broken: string[] = [];
		let fragments = 0;
		for (const { file, channel } of await feeds()) {
			for (const entry of channel.item ?? []) {
				const target = await pageFile(entry.link);
				if (!target) {
					broken.push(`${file}: ${entry.link}`);
					continue;
				}
				const hash = new URL(entry.link).hash;
				if (!hash) continue;
				fragments++;
				if (!(await idsOf(target)).has(decodeURIComponent(hash.slice(1)))) broken.push(`${file}: ${entry.link} (no such id)`);
			}
		}
		expect(broken).toEqual([]);
		// The seed's quoted treatments (Stevns, Hedensted, Greve) are linked by fragment.
		expect(fragments).toBeGreaterThan(5);
	});

	test('every date is the local time under Denmark\'s offset, never GMT', async () => {
		const dates = (await feeds()).flatMap(({ channel }) => (channel.item ?? []).map((entry) => entry.pubDate));
		for (const date of dates) expect(date).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0[12]00$/);
		const national = parser.parse(await readFile(join(built.dist, 'rss.xml'), 'utf8')).rss.channel as Channel;
		// Rudersdal's Erhvervsudvalget met on 15 September 2021 at 13:00, in summer time.
		expect(national.item!.find((entry) => entry.link === `${origin}rudersdal/erhvervsudvalget/2021-09-15/`)!.pubDate).toBe('Wed, 15 Sep 2021 13:00:00 +0200');
	});

	test('every calendar parses with ical.js, and each event ends after it starts', async () => {
		const calendars = await files(built.dist, '.ics');
		expect(calendars.length).toBeGreaterThan(5);
		let events = 0;
		for (const file of calendars) {
			const component = new ICAL.Component(ICAL.parse(await readFile(file, 'utf8')));
			ICAL.TimezoneService.register(component.getFirstSubcomponent('vtimezone')!);
			for (const vevent of component.getAllSubcomponents('vevent')) {
				const event = new ICAL.Event(vevent);
				expect(vevent.hasProperty('dtend'), relative(built.dist, file)).toBe(true);
				expect(event.endDate.compare(event.startDate), relative(built.dist, file)).toBe(1);
				events++;
			}
		}
		expect(events).toBeGreaterThan(10);
		const hedensted = new ICAL.Event(new ICAL.Component(ICAL.parse(await readFile(join(built.dist, 'hedensted/udvalget-for-laering/moeder.ics'), 'utf8'))).getFirstSubcomponent('vevent')!);
		expect(new Date(hedensted.startDate.toUnixTime() * 1000).toISOString()).toBe('2021-11-29T15:00:00.000Z');
		expect(new Date(hedensted.endDate.toUnixTime() * 1000).toISOString()).toBe('2021-11-29T17:00:00.000Z');
	});
});
