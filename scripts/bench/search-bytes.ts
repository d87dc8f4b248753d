import { gzipSync } from 'node:zlib';
import { launchChromium } from '../lib/chromium.ts';
import { serveStatic } from '../lib/serve-static.ts';

/**
 * Bytes a visitor's browser downloads for a first search in a fresh session on the search page of
 * one municipality, or several ticked at once (the page's own script, Pagefind's script, worker and WebAssembly, the index's
 * metadata, index chunks and result fragments), and then for a second query. Counted as
 * transferred: text gzipped by the server, as a CDN does; Pagefind's index files are compressed
 * already. The page's HTML and stylesheet, which any page of the site costs, are not counted.
 */
export async function searchBytes(
	dist: string,
	municipalities: string | readonly string[],
	queries: readonly [string, string],
): Promise<{ first: number; second: number; files: Record<string, number>; firstSeconds: number }> {
	const site = await serveStatic(dist);
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		let bytes = 0;
		const files: Record<string, number> = {};
		const pending: Promise<void>[] = [];
		page.on('requestfinished', (request) => {
			const { pathname } = new URL(request.url());
			if (!pathname.includes('/pagefind/') && !pathname.endsWith('.js')) return;
			const kind = pathname.includes('/pagefind/') ? pathname.replace(/^.*\/pagefind\//, '').replace(/\/.*$/, '/').replace(/[._][0-9a-f]{7,}/, '') : 'search page script';
			pending.push(
				(async () => {
					let size = (await request.sizes()).responseBodySize;
					// Chromium reports no size for a worker's own script: count it as the server sent it, gzipped.
					if (size === 0) size = gzipSync((await (await request.response())!.body())).length;
					bytes += size;
					files[kind] = (files[kind] ?? 0) + size;
				})(),
			);
		});
		let shown = 0;
		const settle = async (query: string) => {
			// The status names the query once its results are in ("19 resultater for »budget«").
			await page.locator('#search-status', { hasText: `»${query}«` }).waitFor({ timeout: 120_000 });
			shown = performance.now();
			await page.waitForLoadState('networkidle');
			await Promise.all(pending.splice(0));
			const total = bytes;
			bytes = 0;
			return total;
		};
		const chosen = typeof municipalities === 'string' ? [municipalities] : municipalities;
		await page.goto(`${site.url}/soeg/?${chosen.map((municipality) => `kommune=${encodeURIComponent(municipality)}`).join('&')}`);
		const typed = performance.now();
		await page.getByLabel('Søgeord').fill(queries[0]);
		const first = await settle(queries[0]);
		// Until the results show, on this machine and a local server: no network time is in it.
		const firstSeconds = (shown - typed) / 1000;
		const firstFiles = { ...files };
		await page.getByLabel('Søgeord').fill(queries[1]);
		const second = await settle(queries[1]);
		return { first, second, files: firstFiles, firstSeconds };
	} finally {
		await browser.close();
		await site.close();
	}
}
