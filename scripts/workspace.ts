import { symlink } from 'node:fs/promises';
import { join } from 'node:path';

/** What a build needs besides `content/`: the site's code, configuration and installed packages. */
export const siteFiles = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'node_modules'] as const;

export const repositoryRoot = new URL('..', import.meta.url).pathname;

/**
 * Makes `dir`, which holds a `content/` of its own (a generated corpus, a crafted test archive),
 * buildable: links this repository's site into it, so `astro build` run there builds that content
 * with exactly this code.
 */
export async function linkSite(dir: string, from = repositoryRoot): Promise<void> {
	await Promise.all(siteFiles.map((name) => symlink(join(from, name), join(dir, name))));
}
