import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * What axe finds against WCAG 2.1 A and AA on an open page, in light and in dark mode: one line per
 * violation ("rule: selectors"), by colour scheme. Empty lists are the pass.
 */
export async function wcagViolations(page: Page): Promise<Record<'light' | 'dark', string[]>> {
	await page.addScriptTag({ path: axePath });
	const found = { light: [] as string[], dark: [] as string[] };
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		found[scheme] = await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
			const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
			return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
		});
	}
	return found;
}
