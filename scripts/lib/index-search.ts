import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Io } from '../../src/lib/cli/io.ts';
import { chosenVariant, createPageIndexer, type IndexedMunicipality, type IndexVariant, type PageIndexer } from '../../src/lib/search/page-indexer.ts';
import { searchBundleFolder } from '../../src/lib/site/search-index.ts';

/**
 * Builds one Pagefind index per municipality from the built pages, each from that municipality's
 * pages only. One index for the whole archive would make every visitor's first search download
 * metadata for every page in it (about 12 bytes a page, 0.8 MB at 66,000 pages); the search page
 * merges the chosen municipalities' indexes instead (issue 6).
 *
 * With two or more municipalities and cores, two threads share them, each with a Pagefind of its
 * own: 8.0–8.6 s instead of 12.1 s for 5,000 items (BENCHMARKS.md, issue 18). Indexing inside the Astro
 * build, as each page is rendered, was measured too and was slower: it competes with Astro and the
 * open data for the same two cores.
 */
export async function indexSearch(dist: string, municipalities: readonly string[], io?: Io, variant: IndexVariant = chosenVariant): Promise<void> {
	const progress = municipalities.length > 1 ? io?.progress?.({ label: 'søgeindeks', total: municipalities.length, unit: 'kommuner' }) : undefined;
	const report = (done: IndexedMunicipality) => {
		io?.out(`søgeindeks ${searchBundleFolder(done.municipality)}: ${done.pages} sider på ${done.seconds.toFixed(1)} s`);
		progress?.tick();
	};
	const threads = Math.min(2, availableParallelism(), municipalities.length);
	try {
		if (threads < 2) {
			const indexer = createPageIndexer(variant);
			try {
				for (const municipality of municipalities) for (const done of await indexMunicipality(indexer, dist, municipality)) report(done);
			} finally {
				await indexer.close();
			}
			return;
		}
		const queue = [...municipalities];
		await Promise.all(
			Array.from({ length: threads }, () => {
				const worker = new Worker(new URL('./index-search-worker.ts', import.meta.url), { workerData: { dist, variant } satisfies IndexWorkerData });
				return new Promise<void>((resolve, reject) => {
					worker.on('message', (message: IndexedMunicipality[] | 'ready') => {
						if (message !== 'ready') message.forEach(report);
						worker.postMessage(queue.shift() ?? null);
					});
					worker.once('error', (error) => reject(new Error('søgeindekset kunne ikke bygges', { cause: error })));
					worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`en søgeindekstråd sluttede med kode ${code}`))));
				});
			}),
		);
	} finally {
		progress?.stop();
	}
}

export interface IndexWorkerData {
	dist: string;
	variant: IndexVariant;
}

/** Indexes one municipality's built pages, read in file order so that the index is the same on every run, and writes its bundle. */
export async function indexMunicipality(indexer: PageIndexer, dist: string, municipality: string): Promise<IndexedMunicipality[]> {
	const files = (await readdir(join(dist, municipality), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && entry.name.endsWith('.html'));
	files.sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)));
	for (const entry of files) {
		const path = join(entry.parentPath, entry.name);
		// The address Pagefind would give the file on disk: "/<kommune>/…/" for ".../index.html".
		const url = `/${relative(dist, path).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1')}`;
		// Synchronous: thousands of small files, read in a thread of their own (see render-markdown.ts).
		await indexer.add(municipality, url, readFileSync(path, 'utf8'));
	}
	return indexer.write(dist);
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
