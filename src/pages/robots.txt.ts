import type { APIRoute } from 'astro';

/** Everything is public; the sitemap lists every page. */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}sitemap-index.xml`, site).href}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
