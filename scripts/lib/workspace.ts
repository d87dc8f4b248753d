import { cp, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';

/** What a build needs besides `content/`: the site's code and configuration. */
export const siteFiles = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'] as const;

export const repositoryRoot = new URL('../..', import.meta.url).pathname;

/**
 * Makes `dir`, which holds a `content/` of its own (a generated corpus, a crafted test archive),
 * buildable with exactly this repository's site: the code is copied, because Vite resolves symlinks
 * and then loses track of an `.astro` file's bundled scripts; the installed packages are linked.
 */
export async function addSite(dir: string, from = repositoryRoot): Promise<void> {
	await Promise.all(siteFiles.map((name) => cp(join(from, name), join(dir, name), { recursive: true })));
	// An ingest run before may have made node_modules/ for its cache alone; the cache is only a shortcut.
	await rm(join(dir, 'node_modules'), { recursive: true, force: true });
	await symlink(join(from, 'node_modules'), join(dir, 'node_modules'));
}
