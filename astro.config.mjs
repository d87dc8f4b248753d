// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { buildProgress } from './src/integrations/build-progress.ts';
import { openData } from './src/integrations/open-data.ts';
import { sitemapName } from './src/lib/site/sitemap-name.ts';

/**
 * `SITE` and `BASE` let a municipality host the archive anywhere, including under a sub-path:
 * `SITE=https://kommune.dk BASE=/arkiv npm run build`. `OUT_DIR` builds elsewhere than `dist/` (the tests do),
 * and `CACHE_DIR` moves Astro's cache (the benchmarks keep one per corpus). `ONLY` is set by
 * `npm run build -- --only <kommune>` (see src/lib/shard.ts).
 */
export default defineConfig({
	site: process.env.SITE ?? 'https://referatarkiv.dk',
	base: process.env.BASE ?? '/',
	outDir: process.env.OUT_DIR ?? './dist',
	cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	// Stylesheets and scripts as files, never inline (Vite would inline anything under 4 KB): the
	// Content-Security-Policy in public/_headers then needs no 'unsafe-inline', and the fingerprinted
	// files are cached across pages.
	build: { format: 'directory', inlineStylesheets: 'never' },
	vite: { build: { assetsInlineLimit: 0 } },
	integrations: [sitemap({ filenameBase: sitemapName(process.env.ONLY || undefined) }), openData(), buildProgress()],
});
