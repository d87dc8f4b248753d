import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import { writeOpenData } from '../lib/open-data/write-open-data.ts';

/** Writes the open data (OParl, JSON Lines, iCalendar) into the build once Astro has written the pages. */
export function openData(): AstroIntegration {
	let config: AstroConfig | undefined;
	return {
		name: 'referatarkiv-open-data',
		hooks: {
			'astro:config:done': ({ config: done }) => {
				config = done;
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!config?.site) throw new Error('astro.config.mjs: "site" mangler; de åbne data skal have absolutte adresser. Sæt SITE, fx SITE=https://referatarkiv.dk');
				const started = performance.now();
				const written = await writeOpenData({ root: fileURLToPath(config.root), outDir: fileURLToPath(dir), site: config.site, base: config.base });
				logger.info(
					`${written.oparl} OParl-filer, ${written.jsonLines} linjer JSON Lines, ${written.calendars} kalendere på ${((performance.now() - started) / 1000).toFixed(1)} s`,
				);
			},
		},
	};
}
