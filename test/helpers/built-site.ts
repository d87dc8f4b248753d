import { rm } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/serve-static.ts';
import { buildSite } from './build-site.ts';

/** The bundled minutes built for a test file, served, with Chromium to read them. */
export interface BuiltSite {
	/** The built folder. */
	readonly dist: string;
	/** Where the server answers, e.g. `http://127.0.0.1:4321`. */
	readonly url: string;
	readonly browser: Browser;
	/** A page opened at `path`, its answer checked (200 unless said). */
	open(path: string, status?: number): Promise<Page>;
}

/**
 * Builds the site before the file's tests (with `env` for the build, e.g. `REPOSITORY_URL`), serves
 * it and starts Chromium; everything is closed and removed after them.
 */
export function useBuiltSite(env: Record<string, string> = {}): BuiltSite {
	let dist: string | undefined;
	let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		dist = await buildSite(env);
		server = await serveStatic(dist);
		browser = await launchChromium();
	}, 300_000);
	afterAll(async () => {
		await browser?.close();
		await server?.close();
		if (dist) await rm(dist, { recursive: true, force: true });
	});
	return {
		get dist() {
			return dist!;
		},
		get url() {
			return server!.url;
		},
		get browser() {
			return browser!;
		},
		async open(path, status = 200) {
			const page = await browser!.newPage({ bypassCSP: true });
			const response = await page.goto(`${server!.url}${path}`);
			expect(response?.status(), path).toBe(status);
			return page;
		},
	};
}
