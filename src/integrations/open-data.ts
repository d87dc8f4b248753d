import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroConfig, AstroIntegration } from 'astro';
import { shard } from '../lib/shard.ts';

type Written = { oparl: number; jsonLines: number; calendars: number; feeds: number };

/**
 * Writes the open data (OParl, JSON Lines, iCalendar) and the follow feeds beside the pages. Astro renders on one core;
 * the open data is written on the other, in a worker thread started with the build, into a
 * folder of its own (Astro empties `outDir` when it starts). When the pages are done, its files are
 * moved into the build: renames, not copies.
 */
export function openData(): AstroIntegration {
	let config: AstroConfig | undefined;
	let job: Promise<{ dir: string; written: Written; seconds: number }> | undefined;
	return {
		name: 'referatarkiv-open-data',
		hooks: {
			'astro:config:done': ({ config: done }) => {
				config = done;
			},
			'astro:build:start': () => {
				const { root, site, base, outDir } = config!;
				if (!site) throw new Error('astro.config.mjs: "site" mangler; de åbne data skal have absolutte adresser. Sæt SITE, fx SITE=https://referatarkiv.dk');
				const started = performance.now();
				job = mkdtemp(join(dirname(fileURLToPath(outDir)), '.open-data-')).then(
					(dir) =>
						new Promise((resolve, reject) => {
							const worker = new Worker(new URL('src/lib/open-data/open-data-worker.ts', root), { workerData: { root: fileURLToPath(root), outDir: dir, site, base, only: shard } });
							worker.once('message', (written: Written) => resolve({ dir, written, seconds: (performance.now() - started) / 1000 }));
							worker.once('error', (error) => reject(new Error('de åbne data kunne ikke skrives', { cause: error })));
						}),
				);
				// Reported when the build waits for it; until then a failure must not go unhandled.
				job.catch(() => {});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { dir: written, written: counts, seconds } = await job!;
				const target = fileURLToPath(dir);
				// Whole folders where the site has none of its own (oparl/, data/), single files where it has (calendars, feeds).
				const move = async (from: string, to: string): Promise<void> => {
					for (const entry of await readdir(from, { withFileTypes: true })) {
						const source = join(from, entry.name);
						const destination = join(to, entry.name);
						if (entry.isDirectory() && existsSync(destination)) await move(source, destination);
						else await rename(source, destination);
					}
				};
				await move(written, target);
				await rm(written, { recursive: true, force: true });
				logger.info(`${counts.oparl} OParl-filer, ${counts.jsonLines} linjer JSON Lines, ${counts.calendars} kalendere, ${counts.feeds} nyhedsfeeds, skrevet på ${seconds.toFixed(1)} s ved siden af siderne`);
			},
		},
	};
}
