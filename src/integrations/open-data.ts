import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroConfig, AstroIntegration } from 'astro';
import { shard } from '../lib/shard.ts';

type Written = { oparl: number; jsonLines: number; calendars: number; feeds: number };

/**
 * Writes the open data (OParl, JSON Lines, iCalendar) and the follow feeds beside the pages. Astro renders on one core;
 * the open data is written on the other, in a worker thread started with the build, straight into
 * `outDir`, over the previous build's files. Astro would empty `outDir` after this hook; the
 * integration turns that off, so that pages are written over theirs too, and `npm run build`
 * removes what the build did not write (`scripts/lib/prune-stale.ts`, which says why).
 */
export function openData(): AstroIntegration {
	let config: AstroConfig | undefined;
	let job: Promise<{ written: Written; seconds: number }> | undefined;
	return {
		name: 'referatarkiv-open-data',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { build: { emptyOutDir: false } } });
			},
			'astro:config:done': ({ config: done }) => {
				config = done;
			},
			'astro:build:start': () => {
				const { root, site, base, outDir } = config!;
				if (!site) throw new Error('astro.config.mjs: "site" mangler; de åbne data skal have absolutte adresser. Sæt SITE, fx SITE=https://referatarkiv.dk');
				const started = performance.now();
				const target = fileURLToPath(outDir);
				job = new Promise((resolve, reject) => {
					const worker = new Worker(new URL('src/lib/open-data/open-data-worker.ts', root), { workerData: { root: fileURLToPath(root), outDir: target, site, base, only: shard } });
					worker.once('message', (written: Written) => resolve({ written, seconds: (performance.now() - started) / 1000 }));
					worker.once('error', (error) => reject(new Error('de åbne data kunne ikke skrives', { cause: error })));
				});
				// Reported when the build waits for it; until then a failure must not go unhandled.
				job.catch(() => {});
			},
			'astro:build:done': async ({ logger }) => {
				const { written: counts, seconds } = await job!;
				logger.info(`${counts.oparl} OParl-filer, ${counts.jsonLines} linjer JSON Lines, ${counts.calendars} kalendere, ${counts.feeds} nyhedsfeeds, skrevet på ${seconds.toFixed(1)} s ved siden af siderne`);
			},
		},
	};
}
