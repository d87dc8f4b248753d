import { readFile, rm } from 'node:fs/promises';
import { relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Element, Root } from 'hast';
import type { Browser } from 'playwright-core';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/serve-static.ts';
import { addSite } from '../../scripts/lib/workspace.ts';
import { buildSite } from '../helpers/build-site.ts';
import { docxOf, wordDocument } from '../../scripts/bench/hostile-files.ts';
import { listFiles, tempRepo } from '../helpers/temp-repo.ts';

/**
 * Markup and script through every reader (text, HTML, Word, JSON, XML), the sidecar's fields and
 * a raw file's name, built into a site: every page, feed, JSON-LD block and open-data file of
 * `dist/` is then read as a browser and a feed reader would, and nothing in it may be live.
 */
const originals = new URL('../fixtures/originals/', import.meta.url);
const original = (name: string) => readFile(new URL(name, originals));

/** Every payload carries `alert(`: were any of them live, it would run; as text it is harmless. */
const script = (tag: string) => `<script>alert("${tag}")</script>`;
const breakout = `</script><script>alert("ld")</script>`;

const registry = `rudersdal:
  name: Rudersdal Kommune
stevns:
  name: Stevns Kommune
greve:
  name: Greve Kommune
middelfart:
  name: Middelfart Kommune
fredericia:
  name: Fredericia Kommune
glostrup:
  name: Glostrup Kommune
`;

const text = `REFERAT Erhvervsudvalget d. 22-09-2021

Punkt 1: Tekst ${script('tekst-titel')} ${breakout}

21/3000

Sagsfremstilling

<img src=x onerror="alert('tekst-img')"> [klik](javascript:alert("tekst-link")) <a href="javascript:alert('tekst-a')">a</a>

Beslutning Erhvervsudvalget den 22-09-2021

Godkendt <i onclick="alert('tekst-beslutning')">uden</i> bemærkninger.
`;

const stevns = `Referat

  • 172. Sidecar-felter

    Beslutning

    Taget til efterretning.
`;

async function hostileGreve(): Promise<string> {
	const json = JSON.parse((await original('greve-kultur-og-fritidsudvalget-2022-03-21.json')).toString('utf8')) as { Dagsordenpunkter: { Navn: string; Caption: string; Felter: { Html: string | null }[] }[] };
	const item = json.Dagsordenpunkter.find((candidate) => !/lukket/i.test(candidate.Navn) && candidate.Felter.some((field) => field.Html))!;
	item.Navn = `${item.Navn} ${script('json-titel')}`;
	item.Caption = item.Navn;
	const field = item.Felter.find((candidate) => candidate.Html)!;
	field.Html = `<div><h3>Beslutning</h3><span>Godkendt <img src=x onerror="alert('json-img')"> <a href="javascript:alert('json-link')">klik</a> &lt;script&gt;alert("json-tekst")&lt;/script&gt; <svg onload="alert('json-svg')"></svg><iframe src="javascript:alert('json-iframe')"></iframe></span></div>${field.Html}`;
	return JSON.stringify(json);
}

let dist: string;
let repo: Awaited<ReturnType<typeof tempRepo>>;
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let published: { path: string; text: string }[];

beforeAll(async () => {
	const html = (await original('middelfart-hennys-testudvalg-2017-05-02.html')).toString('utf8').replaceAll("Anders' møgsag", `Anders' &lt;script&gt;alert("html")&lt;/script&gt; <img src=x onerror="alert('html-img')"> møgsag`);
	const xml = (await original('middelfart-hennys-testudvalg-2017-05-02.xml')).toString('utf8').replaceAll("Anders' møgsag", `Anders' &lt;script&gt;alert("xml")&lt;/script&gt; ]]&gt; møgsag`);
	repo = await tempRepo({
		'content/municipalities.yaml': registry,
		'content/raw/rudersdal/fjendtlig.txt': text,
		[`content/raw/rudersdal/<img src=x onerror=alert('filnavn')>.txt`]: text.replace('22-09-2021', '29-09-2021').replaceAll('den 22-09', 'den 29-09'),
		'content/raw/stevns/felter.txt': stevns,
		'content/raw/stevns/felter.yaml': `committee: Erhvervsudvalget ${script('sidecar-udvalg')}\ndate: 2020-06-24\ntime: '16:00'\nlocation: '${script('sidecar-sted')}'\nparticipants: ['<img src=x onerror=alert(1)> (A)', 'Bo ${breakout}']\n`,
		'content/raw/greve/fjendtlig.json': await hostileGreve(),
		'content/raw/middelfart/fjendtlig.html': html,
		'content/raw/fredericia/fjendtlig.xml': xml,
		'content/raw/glostrup/fjendtlig.docx': docxOf(wordDocument(['Referat', `Ordet &lt;script&gt;alert("docx")&lt;/script&gt; og &lt;img src=x onerror=alert('docx-img')&gt;`])),
		'content/raw/glostrup/fjendtlig.yaml': 'committee: Økonomiudvalget\ndate: 2025-11-19\n',
	});
	const ingest = await repo.ingest();
	expect(ingest.err).toBe('');
	await addSite(repo.root);
	dist = await buildSite({}, repo.root);
	published = await Promise.all(
		(await listFiles(dist))
			.filter((path) => !path.includes('/pagefind/') && !/\.(pdf|png|ico|woff2?|svg)$/.test(path))
			.map(async (path) => ({ path: relative(dist, path), text: await readFile(path, 'utf8') })),
	);
	site = await serveStatic(dist);
	browser = await launchChromium();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await site?.close();
	if (dist) await rm(dist, { recursive: true, force: true });
	await repo?.remove();
});

const parseHtml = (html: string) => unified().use(rehypeParse).parse(html) as Root;
const parseFragment = (html: string) => unified().use(rehypeParse, { fragment: true }).parse(html) as Root;

/** What in a tree would run or load: a script of ours is the only script, and it is not the minutes'. */
function liveMarkup(tree: Root): string[] {
	const found: string[] = [];
	visit(tree, 'element', (element: Element) => {
		for (const [name, value] of Object.entries(element.properties ?? {})) {
			if (/^on/i.test(name)) found.push(`${element.tagName} ${name}`);
			if (['href', 'src', 'action', 'formAction', 'xLinkHref', 'data'].includes(name) && /^\s*(javascript|data|vbscript):/i.test(String(value))) found.push(`${element.tagName} ${name}=${String(value)}`);
		}
		if (['iframe', 'object', 'embed', 'base', 'frame'].includes(element.tagName)) found.push(element.tagName);
		if (element.tagName === 'img' && element.properties.src === 'x') found.push('img of the minutes');
		if (element.tagName === 'meta' && element.properties.httpEquiv) found.push('meta http-equiv');
		if (element.tagName === 'script') {
			const body = element.children.map((child) => ('value' in child ? child.value : '')).join('');
			if (element.properties.type === 'application/ld+json') {
				try {
					JSON.parse(body);
				} catch {
					found.push('JSON-LD that does not parse (broken out of)');
				}
			} else if (/alert\(/.test(body)) found.push('script');
		}
	});
	return found;
}

describe('markup and script in raw files, through every reader', () => {
	test('every reader\'s file was ingested and built', () => {
		const pages = published.filter((file) => file.path.endsWith('.html')).map((file) => file.text);
		for (const tag of ['tekst-titel', 'json-titel', 'json-tekst', 'html', 'xml', 'docx', 'sidecar-sted']) expect(pages.some((page) => page.includes(`alert(&quot;${tag}&quot;)`) || page.includes(`alert("${tag}")`)), tag).toBe(true);
	});

	test('no page holds live markup: no script of the minutes, no handler, no javascript: link, no JSON-LD broken out of', () => {
		const problems = published.filter((file) => file.path.endsWith('.html')).flatMap((file) => liveMarkup(parseHtml(file.text)).map((problem) => `${file.path}: ${problem}`));
		expect(problems).toEqual([]);
	});

	test('the minutes\' markup shows as text, word for word', () => {
		const page = published.find((file) => /rudersdal\/erhvervsudvalget\/2021-09-22\/1\/index\.html$/.test(file.path))!;
		const tree = parseHtml(page.text);
		let shown = '';
		visit(tree, 'text', (node) => {
			shown += node.value;
		});
		expect(shown).toContain(`Tekst ${script('tekst-titel')} ${breakout}`);
		expect(shown).toContain(`Godkendt <i onclick="alert('tekst-beslutning')">uden</i> bemærkninger.`);
	});

	// A feed reader renders an entry's description as HTML, and its title as text.
	test('no feed holds live markup in any description, once decoded as a feed reader does', () => {
		const feeds = published.filter((file) => file.path.endsWith('.xml') && file.text.includes('<rss'));
		expect(feeds.length).toBeGreaterThan(0);
		const parser = new XMLParser({ processEntities: true, htmlEntities: true, ignoreAttributes: false });
		const problems: string[] = [];
		const descriptions: string[] = [];
		for (const feed of feeds) {
			const strings: string[] = [];
			const collect = (value: unknown, key = ''): void => {
				if (typeof value === 'string' && /^(description|content:encoded)$/.test(key)) strings.push(value);
				else if (value && typeof value === 'object') for (const [name, inner] of Object.entries(value)) collect(inner, Array.isArray(value) ? key : name);
			};
			collect(parser.parse(feed.text));
			for (const value of strings) problems.push(...liveMarkup(parseFragment(value)).map((problem) => `${feed.path}: ${problem}`));
			descriptions.push(...strings);
		}
		expect(problems).toEqual([]);
		// The payloads are in the descriptions, as text.
		expect(descriptions.some((value) => value.includes('&lt;script&gt;alert(&quot;tekst-titel&quot;)&lt;/script&gt;'))).toBe(true);
	});

	test('open data parses as data, the payloads as text inside it', () => {
		const data = published.filter((file) => /\.(json|jsonl)$/.test(file.path));
		expect(data.length).toBeGreaterThan(0);
		for (const file of data) {
			const records = file.path.endsWith('.jsonl') ? file.text.split('\n').filter(Boolean) : [file.text];
			for (const record of records) expect(() => JSON.parse(record), file.path).not.toThrow();
		}
		expect(data.some((file) => file.text.includes('alert(\\"json-titel\\")'))).toBe(true);
		for (const calendar of published.filter((file) => file.path.endsWith('.ics'))) {
			// One event per meeting: a title can never open an event of its own.
			for (const line of calendar.text.split('\r\n')) expect(line, calendar.path).toMatch(/^([A-Z-]+[;:]|\s|$)/);
		}
	});

	test('no page runs anything in a real browser', async () => {
		const pages = published.filter((file) => file.path.endsWith('index.html') && /alert/.test(file.text)).map((file) => `/${file.path.replace(/index\.html$/, '')}`);
		expect(pages.length).toBeGreaterThan(5);
		const page = await browser.newPage();
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		for (const path of pages) {
			await page.goto(`${site.url}${path}`);
			await page.mouse.move(5, 5);
		}
		await page.close();
		expect(dialogs).toEqual([]);
	});
});
