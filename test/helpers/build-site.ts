import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;
const bin = (name: string) => join(root, 'node_modules/.bin', name);

/**
 * Builds the archive from `<cwd>/content/` into a fresh temporary directory, or over an earlier
 * build (`into`), as `npm run build` does (`args`: e.g. `['--only', 'stevns']`). `cwd` is this repository, or a directory prepared with
 * `addSite`. `skipGuards` runs Astro and the indexer without the publication guards, as someone
 * running `astro build` by hand would: the site must withhold what the guards refuse all the same.
 */
export async function buildSite(env: Record<string, string> = {}, cwd = root, args: readonly string[] = [], { skipGuards = false, into }: { skipGuards?: boolean; into?: string } = {}): Promise<string> {
	const outDir = into ?? (await mkdtemp(join(tmpdir(), 'referatarkiv-dist-')));
	// Vitest sets BASE_URL, MODE, NODE_ENV=test and friends in its own environment; Vite would read
	// them in the child build and, for one, ignore the configured base.
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST.*|BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST)$/.test(key)));
	const options = { cwd, env: { ...inherited, ...env, OUT_DIR: outDir, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` }, maxBuffer: 64 * 1024 * 1024 };
	try {
		if (skipGuards) {
			await run(bin('node'), [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], options);
			await run(bin('node'), [join(root, 'scripts/index-search.ts'), ...args], options);
		} else await run(bin('node'), [join(root, 'scripts/build.ts'), ...args], options);
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		throw new Error(`the build failed:\n${`${stdout}\n${stderr}`.split('\n').slice(-30).join('\n')}`, { cause: error });
	}
	return outDir;
}
