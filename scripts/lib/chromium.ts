import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium (`apt-get install chromium`; `.ci/run` installs it when missing), headless. The
 * flags let it run as root in a container, without a GPU, and without calling home mid-test.
 */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}
