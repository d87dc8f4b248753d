import { launchChromium } from '../lib/chromium.ts';
import { serveStatic } from '../lib/serve-static.ts';

/**
 * Bytes a visitor's browser fetches from `pagefind/` for a first search in a fresh session (the UI,
 * the WebAssembly, the metadata, index chunks and result fragments) and then for a second query.
 */
export async function searchBytes(dist: string, queries: readonly [string, string]): Promise<{ first: number; second: number }> {
	const site = await serveStatic(dist);
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		let bytes = 0;
		const pending: Promise<void>[] = [];
		page.on('response', (response) => {
			if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
			pending.push(response.body().then((body) => void (bytes += body.length), () => undefined));
		});
		const settle = async (query: string) => {
			// The message names the query once its results are in ("19 resultater for budget").
			await page.locator('.pagefind-ui__message', { hasText: query }).waitFor({ timeout: 120_000 });
			await page.waitForLoadState('networkidle');
			await Promise.all(pending.splice(0));
			const total = bytes;
			bytes = 0;
			return total;
		};
		await page.goto(`${site.url}/soeg/`);
		await page.locator('.pagefind-ui__search-input').fill(queries[0]);
		const first = await settle(queries[0]);
		await page.locator('.pagefind-ui__search-input').fill(queries[1]);
		const second = await settle(queries[1]);
		return { first, second };
	} finally {
		await browser.close();
		await site.close();
	}
}
