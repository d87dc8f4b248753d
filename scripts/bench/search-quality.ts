import { cp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import type { IndexVariant } from '../../src/lib/search/page-indexer.ts';
import { indexSearch } from '../lib/index-search.ts';
import { serveStatic } from '../lib/serve-static.ts';

/** One judged query of `search-queries.yaml`. */
export interface JudgedQuery {
	query: string;
	kind: string;
	relevant: string[];
}

/** An index and the search page's handling of queries, as one variant of the benchmark. */
export interface SearchVariant {
	name: string;
	index: IndexVariant;
	/** Hand the query to Pagefind as typed (`plain`), or as the search page prepares it. */
	query: 'plain' | 'danish';
}

export interface QueryOutcome {
	query: string;
	kind: string;
	/** The first ten results' paths. */
	top: string[];
	/** 1-based rank of the first relevant result within ten, or undefined. */
	rank: number | undefined;
	recall: number;
	bytes: number;
}

export interface VariantOutcome {
	name: string;
	recallAt10: number;
	mrrAt10: number;
	/** Queries with a relevant result in the first three. */
	top3: number;
	byKind: Record<string, { queries: number; recallAt10: number; mrrAt10: number; top3: number }>;
	firstQueryBytes: number;
	laterQueryBytes: { median: number; max: number };
	/** The Pagefind indexes' files, all municipalities together. */
	indexBytes: number;
	queries: QueryOutcome[];
}

export async function readJudgedQueries(path: string | URL): Promise<JudgedQuery[]> {
	const { queries } = parse(await readFile(path, 'utf8')) as { queries: JudgedQuery[] };
	return queries;
}

async function folderBytes(root: string): Promise<number> {
	let total = 0;
	for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
	return total;
}

const summarise = (outcomes: readonly QueryOutcome[]) => ({
	queries: outcomes.length,
	recallAt10: outcomes.reduce((sum, outcome) => sum + outcome.recall, 0) / outcomes.length,
	mrrAt10: outcomes.reduce((sum, outcome) => sum + (outcome.rank ? 1 / outcome.rank : 0), 0) / outcomes.length,
	top3: outcomes.filter((outcome) => outcome.rank !== undefined && outcome.rank <= 3).length,
});

/**
 * Runs every judged query through the real search page of a copy of `dist/` indexed as `variant`,
 * in Chromium, and scores the first ten results: Recall@10 and MRR@10, and the bytes each query
 * transfers (text gzipped, as a CDN serves it). All municipalities are searched, as the page does
 * by default on an archive this size.
 */
export async function runSearchVariant(dist: string, work: string, municipalities: readonly string[], variant: SearchVariant, queries: readonly JudgedQuery[], browser: Browser): Promise<VariantOutcome> {
	const site = join(work, variant.name);
	await rm(site, { recursive: true, force: true });
	await cp(dist, site, { recursive: true });
	await indexSearch(site, municipalities, undefined, variant.index);
	const searchPage = join(site, 'soeg/index.html');
	await writeFile(searchPage, (await readFile(searchPage, 'utf8')).replace('data-query="danish"', `data-query="${variant.query}"`));
	let indexBytes = 0;
	for (const municipality of municipalities) indexBytes += await folderBytes(join(site, municipality, 'pagefind'));

	const server = await serveStatic(site);
	const page = await browser.newPage();
	try {
		let bytes = 0;
		const pending: Promise<void>[] = [];
		page.on('requestfinished', (request) => {
			const { pathname } = new URL(request.url());
			if (!pathname.includes('/pagefind/') && !pathname.endsWith('.js')) return;
			pending.push(
				(async () => {
					let size = (await request.sizes()).responseBodySize;
					if (size === 0) size = gzipSync(await (await request.response())!.body()).length;
					bytes += size;
				})(),
			);
		});
		await page.goto(`${server.url}/soeg/`);
		const outcomes: QueryOutcome[] = [];
		for (const judged of queries) {
			await page.getByLabel('Søgeord').fill(judged.query);
			await page.locator('#search-status', { hasText: `»${judged.query}«` }).waitFor({ timeout: 60_000 });
			const total = Number(/^(\d+) resultat/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1] ?? 0);
			await page.waitForFunction((expected) => document.querySelectorAll('#search-results li').length >= expected, Math.min(total, 10)).catch((error: unknown) => {
				throw new Error(`${variant.name}: »${judged.query}« viste ikke ${Math.min(total, 10)} resultater`, { cause: error });
			});
			await page.waitForLoadState('networkidle');
			await Promise.all(pending.splice(0));
			const top = (await page.locator('#search-results h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))).slice(0, 10);
			const relevant = new Set(judged.relevant);
			const index = top.findIndex((path) => relevant.has(path));
			outcomes.push({ query: judged.query, kind: judged.kind, top, rank: index === -1 ? undefined : index + 1, recall: top.filter((path) => relevant.has(path)).length / relevant.size, bytes });
			bytes = 0;
		}
		const later = outcomes.slice(1).map((outcome) => outcome.bytes).sort((a, b) => a - b);
		const kinds = [...new Set(outcomes.map((outcome) => outcome.kind))];
		const { recallAt10, mrrAt10, top3 } = summarise(outcomes);
		return {
			name: variant.name,
			recallAt10,
			mrrAt10,
			top3,
			byKind: Object.fromEntries(kinds.map((kind) => [kind, summarise(outcomes.filter((outcome) => outcome.kind === kind))])),
			firstQueryBytes: outcomes[0]?.bytes ?? 0,
			laterQueryBytes: { median: later[Math.floor(later.length / 2)] ?? 0, max: later.at(-1) ?? 0 },
			indexBytes,
			queries: outcomes,
		};
	} finally {
		await page.close();
		await server.close();
	}
}
