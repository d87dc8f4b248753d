import { findChromium } from '../scripts/lib/chromium.ts';

/**
 * Once before any test file: find (and on first use unpack) the Chromium the browser tests drive,
 * so that the test files, which start in parallel, do not each unpack it, and say which one it is.
 */
export default async function setup(): Promise<void> {
	const { path, origin } = await findChromium();
	console.log(`Browsertests: Chromium ${path} (${origin === 'npm' ? 'fra @sparticuz/chromium' : origin === 'system' ? 'systemets' : 'CHROMIUM_PATH'})`);
}
