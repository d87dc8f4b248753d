import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Where a municipality's search index lives in the built site: beside its pages, so a shard is one folder. */
export const searchBundle = (municipality: string) => `${municipality}/pagefind`;

/**
 * Builds one Pagefind index per municipality, each from that municipality's pages only. One index
 * for the whole archive would make every visitor's first search download metadata for every page
 * in it (about 9 bytes a page, 0.6 MB at 66,000 pages); the search page merges the chosen
 * municipalities' indexes instead (issue 6).
 */
export async function indexSearch(dist: string, municipalities: readonly string[], log: (line: string) => void = () => {}): Promise<Record<string, number>> {
	const pages: Record<string, number> = {};
	try {
		for (const municipality of municipalities) {
			const started = performance.now();
			const { index, errors } = await pagefind.createIndex({ forceLanguage: 'da' });
			if (!index) throw new Error(`Pagefind kunne ikke oprette et indeks: ${errors.join('; ')}`);
			const added = await index.addDirectory({ path: dist, glob: `${municipality}/**/*.html` });
			if (added.errors.length > 0) throw new Error(`Pagefind kunne ikke læse ${municipality}/: ${added.errors.join('; ')}`);
			const outputPath = join(dist, searchBundle(municipality));
			await rm(outputPath, { recursive: true, force: true });
			const written = await index.writeFiles({ outputPath });
			if (written.errors.length > 0) throw new Error(`Pagefind kunne ikke skrive ${outputPath}: ${written.errors.join('; ')}`);
			await index.deleteIndex();
			pages[municipality] = added.page_count;
			log(`søgeindeks ${searchBundle(municipality)}/: ${added.page_count} HTML-filer læst på ${((performance.now() - started) / 1000).toFixed(1)} s`);
		}
	} finally {
		await pagefind.close();
	}
	return pages;
}

/** The municipalities with content in `root`: a registered one without minutes yet has no pages to index. */
export async function municipalitiesWithContent(root: string): Promise<string[]> {
	const entries = await readdir(join(root, 'content/meetings'), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') return [];
		throw error;
	});
	return entries
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort();
}
