import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addSite } from '../../scripts/lib/workspace.ts';
import { buildSite } from '../helpers/build-site.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/serve-static.ts';
import { listFiles, tempRepo } from '../helpers/temp-repo.ts';

/**
 * Crafted raw exports through ingest, build and Pagefind, then the output read as a visitor and a
 * crawler would: a closed item's body must be nowhere, and hostile markup must arrive as text.
 */
const secret = 'Hans Hemmelig';

const closedItems = `REFERAT Erhvervsudvalget d. 15-09-2021

Punkt 1: Meddelelser

21/1084

Beslutning Erhvervsudvalget den 15-09-2021

Taget til efterretning.

Punkt 2: Lukket

21/2000

Sagsfremstilling

${secret} fra Vejvej 4 søger om personlig dispensation; hans helbredsoplysninger er vedlagt.

Beslutning Erhvervsudvalget den 15-09-2021

Dispensationen gives.
`;

const closedStevns = `Referat

  • 190. Salg af grund (Lukket)

    Sagsfremstilling

    Køberen ${secret} byder 2,1 mio. kr.

    Beslutning

    Salget godkendes.
`;

const hostile = [
	'<script>alert("script")</script>',
	'<img src=x onerror="alert(\'img\')">',
	'[klik her](javascript:alert("link"))',
	'<a href="javascript:alert(\'a\')">link</a>',
	'<!-- skjult kommentar -->',
	'<b onmouseover="alert(\'b\')">fed</b>',
];

const hostileMinutes = `REFERAT Erhvervsudvalget d. 22-09-2021

Punkt 1: Fjendtlig tekst <script>alert("titel")</script>

21/3000

Sagsfremstilling

${hostile.join('\n\n')}

Beslutning Erhvervsudvalget den 22-09-2021

Godkendt <i onclick="alert('beslutning')">uden</i> bemærkninger.
`;

let repo: Awaited<ReturnType<typeof tempRepo>>;
let dist: string;
let again: string;
let refused: string;
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
	repo = await tempRepo({
		'content/raw/rudersdal/lukket.txt': closedItems,
		'content/raw/rudersdal/fjendtlig.txt': hostileMinutes,
		'content/raw/stevns/lukket.txt': closedStevns,
		'content/raw/stevns/lukket.yaml': 'committee: AET\ndate: 2020-06-24\n',
	});
	const ingest = await repo.ingest();
	expect(ingest.err).toBe('');
	// A hand edit that gives a closed item a body: npm run build refuses it before Astro starts, and a
	// build that skips the guards (astro build run by hand) must not show it either.
	const closed = 'content/cases/rudersdal/2021-09-15-erhvervsudvalget/2.md';
	await repo.write({ [closed]: `${await repo.read(closed)}\nTilføjet i hånden: ${secret} er syg.\n` });
	await addSite(repo.root);
	refused = await buildSite({}, repo.root).then(() => 'built', (error: Error) => String(error.message));
	dist = await buildSite({}, repo.root, [], { skipGuards: true });
	again = await buildSite({}, repo.root, [], { skipGuards: true });
	site = await serveStatic(dist);
	browser = await launchChromium();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await site?.close();
	await Promise.all([dist, again].filter(Boolean).map((path) => rm(path, { recursive: true, force: true })));
	await repo?.remove();
});

describe('closed items', () => {
	test('with text added by hand stop npm run build, naming the file and line', () => {
		expect(refused).toMatch(/content\/cases\/rudersdal\/2021-09-15-erhvervsudvalget\/2\.md:\d+: et lukket punkt må ikke offentliggøre tekst/);
	});

	test('publish no body text in any file of dist/: pages, feeds, open data, search index, and no raw copy', async () => {
		const published = await listFiles(dist);
		// Pagefind's index files are gzipped; read them as a search does.
		const texts = await Promise.all(
			published.map(async (path) => {
				const bytes = await readFile(path);
				return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
			}),
		);
		// The only text files are robots.txt and the search's vocabularies (`/pagefind/ord/`), which hold the words of
		// the pages as built, lower case: checked below without regard to case.
		const vocabulary = (path: string) => path.includes('/pagefind/ord/');
		expect(published.filter((path) => path.includes('/raadata/') || (path.endsWith('.txt') && !path.endsWith('robots.txt') && !vocabulary(path)))).toEqual([]);
		expect(published.some(vocabulary)).toBe(true);
		expect(texts.some((text) => text.includes('Dispensationen gives.'))).toBe(true);
		expect(texts.some((text) => text.includes('Salget godkendes.'))).toBe(true);
		const leaks = published.filter((path, index) => (vocabulary(path) ? /hemmelig|helbredsoplysninger|vejvej/ : /Hemmelig|helbredsoplysninger|Vejvej|2,1 mio/).test(texts[index]!));
		expect(leaks).toEqual([]);
	});

	test('leave nothing in the search index', async () => {
		const fragments = (await listFiles(dist)).filter((path) => path.includes('/pagefind/fragment/')).map(async (path) => gunzipSync(await readFile(path)).toString('utf8'));
		const index = (await Promise.all(fragments)).join('\n');
		// The positive control shows the fragments were read: the published decision is there.
		expect(index).toContain('Dispensationen gives.');
		expect(index).not.toMatch(/Hemmelig|helbredsoplysninger|Vejvej/);
		const page = await browser.newPage();
		await page.goto(`${site.url}/soeg/`);
		// A string, so that Vite does not rewrite the browser's import().
		const hits = await page.evaluate(`(async () => {
			const pagefind = await import('/rudersdal/pagefind/pagefind.js');
			await pagefind.mergeIndex('/stevns/pagefind/');
			const count = async (query) => (await pagefind.search(query)).results.length;
			return { secret: await count('Hemmelig'), health: await count('helbredsoplysninger'), decision: await count('dispensationen') };
		})()`);
		expect(hits).toEqual({ secret: 0, health: 0, decision: 1 });
		await page.close();
	});
});

describe('hostile markup in a raw export', () => {
	test('shows as text on the page and never runs', async () => {
		const page = await browser.newPage();
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await page.goto(`${site.url}/rudersdal/erhvervsudvalget/2021-09-22/1/`);
		const report = await page.evaluate(() => {
			const all = [...document.querySelectorAll('*')];
			const comments: string[] = [];
			const walker = document.createTreeWalker(document, NodeFilter.SHOW_COMMENT);
			while (walker.nextNode()) comments.push(walker.currentNode.nodeValue ?? '');
			return {
				scripts: document.scripts.length,
				handlers: all.flatMap((element) => [...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((attribute) => `${element.tagName} ${attribute.name}`)),
				javascriptLinks: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((href) => /^\s*javascript:/i.test(href)),
				images: document.images.length,
				comments,
				text: document.querySelector('main')!.textContent,
			};
		});
		await page.locator('b, i').count().then((count) => expect(count).toBe(0));
		await page.mouse.move(10, 10);
		expect(dialogs).toEqual([]);
		expect(report).toMatchObject({ scripts: 0, handlers: [], javascriptLinks: [], images: 0, comments: [] });
		expect(report.text).toContain('Fjendtlig tekst <script>alert("titel")</script>');
		for (const line of hostile) expect(report.text).toContain(line);
		expect(report.text).toContain(`Godkendt <i onclick="alert('beslutning')">uden</i> bemærkninger.`);
		await page.close();
	});

	test('shows as text in search results too', async () => {
		const page = await browser.newPage();
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await page.goto(`${site.url}/soeg/?q=alert+onerror&kommune=rudersdal`);
		await page.locator('#search-results h2 a').first().waitFor();
		const report = await page.evaluate(() => {
			const list = document.getElementById('search-results')!;
			return {
				elements: [...new Set([...list.querySelectorAll('*')].map((element) => element.tagName.toLowerCase()))].sort(),
				handlers: [...list.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((attribute) => attribute.name)),
				text: list.textContent,
			};
		});
		await page.mouse.move(10, 10);
		expect(dialogs).toEqual([]);
		expect(report.handlers).toEqual([]);
		expect(report.elements.filter((name) => !['li', 'h2', 'a', 'p', 'mark'].includes(name))).toEqual([]);
		// The excerpt shows the markup as text: the body's image tag, or the decision's, now shown above the body.
		expect(report.text).toMatch(/<img src=x onerror=|<i onclick=/);
		await page.close();
	});
});

describe('deterministic output', () => {
	test('two builds of the same content are byte for byte the same, Pagefind index included', async () => {
		const read = async (root: string) => {
			const paths = (await listFiles(root)).map((path) => path.slice(root.length)).sort();
			return Object.fromEntries(await Promise.all(paths.map(async (path) => [path, (await readFile(join(root, path))).toString('base64')] as const)));
		};
		const [first, second] = await Promise.all([read(dist), read(again)]);
		expect(Object.keys(first).some((path) => path.startsWith('/rudersdal/pagefind/fragment/'))).toBe(true);
		expect(Object.keys(second)).toEqual(Object.keys(first));
		for (const path of Object.keys(first)) expect(second[path], path).toBe(first[path]);
	});
});
