#!/usr/bin/env node
// Takes the README's screenshots from a built site. `npm run screenshots -- --help`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommand } from '../src/lib/cli/command.ts';
import { terminalIo } from '../src/lib/cli/progress.ts';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/serve-static.ts';

/** The pages the README shows, each as a phone (or a laptop) shows it, scrolled to what it is shown for. */
const shots: { file: string; path: string; top?: string; laptop?: true; wait?: string }[] = [
	{ file: 'screenshot-home.png', path: '/' },
	// A misspelt search: the results first, under the line that says which word was searched instead.
	{ file: 'screenshot-search.png', path: `/soeg/?q=${encodeURIComponent('bugdetopfølgning')}`, wait: '#search-results li' },
	{ file: 'screenshot-item.png', path: '/greve/byraad/2024-10-02/9/', top: 'table.votes' },
	{ file: 'screenshot-member.png', path: '/greve/medlemmer/liselott-blixt/' },
	{ file: 'screenshot-laptop-item.png', path: '/greve/byraad/2024-10-02/6/', laptop: true },
];

const io = terminalIo();
const parsed = parseCommand(
	{
		name: 'npm run screenshots --',
		summary: 'Tager README-filens skærmbilleder (forsiden, en søgning, et punkt med afstemninger og en medlemsside i en telefons størrelse, og et punkt på en bærbar) af det byggede site og gemmer dem i docs/. Kør npm run build først.',
		options: {
			dist: { type: 'string', value: 'MAPPE', description: 'det byggede site', default: 'dist' },
			out: { type: 'string', value: 'MAPPE', description: 'hvor billederne gemmes', default: 'docs' },
		},
		examples: ['npm run build && npm run screenshots', 'npm run screenshots -- --dist /tmp/site --out /tmp/billeder'],
	},
	process.argv.slice(2),
	io,
);
if (!parsed.run) process.exit(parsed.code);
const { dist, out } = parsed.values;
if (!existsSync(join(dist, 'index.html'))) {
	io.err(`npm run screenshots: ${dist}/index.html findes ikke; byg sitet først med npm run build`);
	process.exit(2);
}
const site = await serveStatic(dist);
const browser = await launchChromium();
try {
	// A common phone: 390 × 844 CSS pixels at twice the density, in light mode; a common laptop: 1366 × 900.
	const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, colorScheme: 'light' });
	const laptop = await browser.newPage({ viewport: { width: 1366, height: 900 }, deviceScaleFactor: 1, colorScheme: 'light' });
	for (const shot of shots) {
		const page = shot.laptop ? laptop : phone;
		const response = await page.goto(`${site.url}${shot.path}`);
		if (response?.status() !== 200) throw new Error(`${shot.path} svarede ${response?.status()}; er det byggede site fra de medfølgende referater?`);
		if (shot.wait) await page.locator(shot.wait).first().waitFor();
		if (shot.top) await page.locator(shot.top).first().evaluate((element) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 16));
		await page.screenshot({ path: join(out, shot.file) });
		io.out(`${join(out, shot.file)} ← ${shot.path}`);
	}
} finally {
	await browser.close();
	await site.close();
}
