import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, listedMeetings, municipalityNames } from '../lib/site/archive.ts';
import { feedItems } from '../lib/site/feed-items.ts';
import { shard } from '../lib/shard.ts';
import { paths } from '../lib/site/site-paths.ts';
import { siteConfig } from '../site.config.ts';

/** `/rss.xml`; a route with parameters only so that a shard build, which knows one municipality, can leave it out. */
export const getStaticPaths = (() => (shard ? [] : [{ params: { feed: 'rss' } }])) satisfies GetStaticPaths;

/** New meetings across the whole archive. */
export const GET: APIRoute = async ({ site }) => {
	const archive = await getArchive();
	return rss({
		title: `${siteConfig.title}: nye møder`,
		description: 'Nye dagsordener og referater fra alle kommuner i arkivet',
		// The front page, under `BASE` too, which the site's origin alone would miss.
		site: new URL(paths.home, site!).href,
		// As the front page lists them: no vendor's test committee.
		items: feedItems(await listedMeetings(), archive, paths, await municipalityNames()),
		customData: '<language>da</language>',
		trailingSlash: true,
	});
};
