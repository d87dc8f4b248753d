import type { APIRoute } from 'astro';
import { municipalityNames } from '../lib/site/archive.ts';
import { shard } from '../lib/shard.ts';
import { sitemapName } from '../lib/site/sitemap-name.ts';

/**
 * Everything is public; the sitemap lists every page. Shards built apart each write a sitemap of
 * their own, so the robots.txt every shard shares names all of them.
 */
export const GET: APIRoute = async ({ site }) => {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const names = shard ? Object.keys(await municipalityNames()).sort().map(sitemapName) : [sitemapName(undefined)];
	const lines = names.map((name) => `Sitemap: ${new URL(`${base}${name}-index.xml`, site).href}`);
	return new Response(`User-agent: *\nAllow: /\n\n${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
