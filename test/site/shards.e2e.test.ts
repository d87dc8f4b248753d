import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { mergeShards } from '../../scripts/lib/merge-shards.ts';
import { serveStatic } from '../../scripts/lib/serve-static.ts';
import { buildSite } from '../helpers/build-site.ts';

/**
 * The national archive's build (issue 6): three municipalities built apart with
 * `npm run build -- --only <kommune>`, combined with scripts/merge-shards.ts, served together, and
 * searched across all three with Pagefind's mergeIndex.
 */
const chosen = ['hedensted', 'roedovre', 'stevns'] as const;
const shards: Record<string, string> = {};
let merged: string;
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
	// One after the other: Astro builds of one project share its cache directory.
	for (const municipality of chosen) shards[municipality] = await buildSite({}, undefined, ['--only', municipality]);
	merged = join(await mkdtemp(join(tmpdir(), 'referatarkiv-shards-')), 'site');
	await mergeShards(merged, chosen.map((municipality) => shards[municipality]!));
	site = await serveStatic(merged);
	browser = await launchChromium();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await site?.close();
	await Promise.all([...Object.values(shards), merged && join(merged, '..')].filter(Boolean).map((path) => rm(path, { recursive: true, force: true })));
});

describe('a shard', () => {
	test('holds its own municipality\'s pages, index and open data, and the shared pages', async () => {
		const top = (await readdir(shards.stevns!)).sort();
		expect(top).toEqual(['404.html', '_astro', '_headers', 'data', 'favicon.svg', 'index.html', 'om', 'oparl', 'opensearch.xml', 'robots.txt', 'sitemap-stevns-0.xml', 'sitemap-stevns-index.xml', 'soeg', 'stevns', 'tilgaengelighed']);
		// Beside its own JSON Lines, the data page every shard shares; /oparl/ has its index page likewise.
		expect((await readdir(join(shards.stevns!, 'data'))).sort()).toEqual(['index.html', 'stevns.jsonl']);
		expect(await readFile(join(shards.stevns!, 'data/index.html'), 'utf8')).toBe(await readFile(join(shards.roedovre!, 'data/index.html'), 'utf8'));
		expect(await readFile(join(shards.stevns!, 'oparl/index.html'), 'utf8')).toBe(await readFile(join(shards.roedovre!, 'oparl/index.html'), 'utf8'));
		expect((await readdir(join(shards.stevns!, 'stevns/pagefind'))).some((name) => name.endsWith('.pf_meta'))).toBe(true);
		// The pages every shard shares are made from the registry: every municipality is listed.
		const home = await readFile(join(shards.stevns!, 'index.html'), 'utf8');
		for (const name of ['Hedensted Kommune', 'Høje-Taastrup Kommune', 'Rudersdal Kommune', 'Rødovre Kommune', 'Stevns Kommune']) expect(home).toContain(name);
		expect(await readFile(join(shards.stevns!, 'robots.txt'), 'utf8')).toContain('Sitemap: https://referatarkiv.dk/sitemap-rudersdal-index.xml');
	});

	test('combines with the others only if their shared files are identical', async () => {
		const altered = await mkdtemp(join(tmpdir(), 'referatarkiv-shard-'));
		try {
			await cp(shards.roedovre!, altered, { recursive: true });
			await writeFile(join(altered, 'index.html'), '<!doctype html><title>anden udgave</title>');
			await expect(mergeShards(join(altered, 'out'), [shards.stevns!, altered])).rejects.toThrow(/^index\.html er forskellig i .* og .*; byg alle shards fra samme udgave/);
		} finally {
			await rm(altered, { recursive: true, force: true });
		}
	});

	test('an unknown municipality is refused with the registry\'s names', async () => {
		const run = promisify(execFile);
		const root = new URL('../..', import.meta.url).pathname;
		const failure = await run(join(root, 'node_modules/.bin/node'), [join(root, 'scripts/build.ts'), '--only', 'gentofte'], { cwd: root }).catch((error: { code: number; stderr: string }) => error);
		expect(failure).toMatchObject({ code: 2, stderr: expect.stringContaining('--only gentofte er ikke en kommune i content/municipalities.yaml; vælg en af aarhus, ballerup, glostrup, greve, hedensted, hoeje-taastrup, hvidovre, middelfart, roedovre, rudersdal, stevns') });
	});
});

describe('shards served together', () => {
	test('one search merges the three shards\' indexes, and every hit opens', async () => {
		const page = await browser.newPage();
		const bundles = new Set<string>();
		page.on('request', (request) => {
			const bundle = new URL(request.url()).pathname.match(/^\/([^/]+)\/pagefind\//)?.[1];
			if (bundle) bundles.add(bundle);
		});
		await page.goto(`${site.url}/soeg/?q=budget&kommune=hedensted&kommune=roedovre&kommune=stevns`);
		const links = page.locator('#search-results h2 a');
		await links.first().waitFor();
		const status = await page.locator('#search-status').textContent();
		expect(status).toMatch(/^\d+ resultater for »budget«$/);
		const total = Number(status!.match(/^\d+/)![0]);
		for (let shown = await links.count(); shown < total; shown = await links.count()) {
			await page.getByRole('button', { name: 'Vis flere resultater' }).click();
			await expect.poll(() => links.count()).toBeGreaterThan(shown);
		}
		const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
		expect(hrefs).toHaveLength(total);
		expect(new Set(hrefs).size).toBe(total);
		expect(new Set(hrefs.map((href) => href.split('/')[1]))).toEqual(new Set(['hedensted', 'roedovre', 'stevns']));
		expect([...bundles].sort()).toEqual([...chosen]);
		for (const href of hrefs) expect((await fetch(`${site.url}${href}`)).status, href).toBe(200);
		await page.close();
	});

	test('with none chosen, the search page asks for a municipality rather than fetching them all', async () => {
		const page = await browser.newPage();
		await page.goto(`${site.url}/soeg/?q=budget`);
		await page.locator('#search-status', { hasText: 'Vælg mindst én kommune' }).waitFor();
		expect(await page.locator('input[name="kommune"]:checked').count()).toBe(0);
		await page.close();
	});
});
