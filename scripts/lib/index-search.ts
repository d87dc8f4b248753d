import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Io } from '../../src/lib/cli/io.ts';
import { searchBundleFolder } from '../../src/lib/site/search-index.ts';

/**
 * Builds one Pagefind index per municipality, each from that municipality's pages only. One index
 * for the whole archive would make every visitor's first search download metadata for every page
 * in it (about 9 bytes a page, 0.6 MB at 66,000 pages); the search page merges the chosen
 * municipalities' indexes instead (issue 6).
 */
export async function indexSearch(dist: string, municipalities: readonly string[], io?: Io): Promise<void> {
	const progress = municipalities.length > 1 ? io?.progress?.({ label: 'søgeindeks', total: municipalities.length, unit: 'kommuner' }) : undefined;
	try {
		for (const municipality of municipalities) {
			const started = performance.now();
			const { index, errors } = await pagefind.createIndex({ forceLanguage: 'da' });
			if (!index) throw new Error(`Pagefind kunne ikke oprette et indeks: ${errors.join('; ')}`);
			const added = await index.addDirectory({ path: dist, glob: `${municipality}/**/*.html` });
			if (added.errors.length > 0) throw new Error(`Pagefind kunne ikke læse ${municipality}/: ${added.errors.join('; ')}`);
			const outputPath = join(dist, searchBundleFolder(municipality));
			await rm(outputPath, { recursive: true, force: true });
			const written = await index.writeFiles({ outputPath });
			if (written.errors.length > 0) throw new Error(`Pagefind kunne ikke skrive ${outputPath}: ${written.errors.join('; ')}`);
			await index.deleteIndex();
			io?.out(`søgeindeks ${searchBundleFolder(municipality)}: ${added.page_count} HTML-filer læst på ${((performance.now() - started) / 1000).toFixed(1)} s`);
			progress?.tick();
		}
	} finally {
		progress?.stop();
		await pagefind.close();
	}
}

/**
 * The municipalities with content in `root`, or just `only` if it has any: a registered one
 * without minutes yet has no pages to index.
 */
export async function municipalitiesWithContent(root: string, only?: string): Promise<string[]> {
	const entries = await readdir(join(root, 'content/meetings'), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return [];
		throw error;
	});
	return entries
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.filter((slug) => only === undefined || slug === only)
		.sort();
}
