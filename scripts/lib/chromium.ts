import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { repositoryRoot } from './workspace.ts';

export interface ChromiumChoice {
	path: string;
	/** Why this one: `CHROMIUM_PATH`, a system Chromium, or the one npm installed. */
	origin: 'CHROMIUM_PATH' | 'system' | 'npm';
}

/** Where distributions put Chromium (Debian's `chromium` package among them). */
const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

/**
 * The Chromium that `@sparticuz/chromium` (a dev dependency, so `npm install` brings it) ships
 * brotli-compressed, unpacked once per version into node_modules/.cache. It unpacks into the
 * temporary directory it is given, so a child process gets one of its own; several test files
 * starting at once each unpack beside the others and the first rename wins.
 */
async function npmChromium(): Promise<string> {
	const { version } = JSON.parse(await readFile(join(repositoryRoot, 'node_modules/@sparticuz/chromium/package.json'), 'utf8')) as { version: string };
	const folder = join(repositoryRoot, 'node_modules/.cache/referatarkiv', `chromium-${version}`);
	const executable = join(folder, 'chromium');
	if (existsSync(executable)) return executable;
	const staging = `${folder}.${process.pid}.tmp`;
	await mkdir(staging, { recursive: true });
	try {
		await promisify(execFile)(process.execPath, ['--input-type=module', '-e', "const { default: c } = await import('@sparticuz/chromium'); await c.executablePath();"], {
			cwd: repositoryRoot,
			env: { ...process.env, TMPDIR: staging },
		});
		await rename(staging, folder).catch(async (error: NodeJS.ErrnoException) => {
			if (!existsSync(executable)) throw error;
		});
	} catch (error) {
		throw new Error(`Chromium fra @sparticuz/chromium kunne ikke pakkes ud i ${dirname(folder)}; kør npm install igen, eller sæt CHROMIUM_PATH til en Chromium`, { cause: error });
	} finally {
		await rm(staging, { recursive: true, force: true });
	}
	return executable;
}

/** `CHROMIUM_PATH` when set, else a system Chromium, else the one npm installed. */
export async function findChromium(): Promise<ChromiumChoice> {
	const chosen = process.env.CHROMIUM_PATH;
	if (chosen) {
		if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH=${chosen} findes ikke; ret stien, eller fjern variablen for at bruge Chromium fra npm`);
		return { path: chosen, origin: 'CHROMIUM_PATH' };
	}
	const system = systemPaths.find((path) => existsSync(path));
	if (system) return { path: system, origin: 'system' };
	return { path: await npmChromium(), origin: 'npm' };
}

/**
 * Headless Chromium for the browser tests and the benchmark. The flags let it run as root in a
 * container, without a GPU, and without calling home mid-test (a closed network refuses it).
 */
export async function launchChromium(): Promise<Browser> {
	const { path } = await findChromium();
	return chromium.launch({ executablePath: path, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}
