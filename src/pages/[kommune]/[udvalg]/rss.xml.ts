import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, municipalityNames } from '../../../lib/site/archive.ts';
import type { Committee } from '../../../lib/site/build-archive.ts';
import { feedHtml } from '../../../lib/site/feed-html.ts';
import { feedItems } from '../../../lib/site/feed-items.ts';
import { paths } from '../../../lib/site/site-paths.ts';
import { siteConfig } from '../../../site.config.ts';

export const getStaticPaths = (async () => {
	const archive = await getArchive();
	return archive.committees.map((committee) => ({ params: { kommune: committee.municipality, udvalg: committee.slug }, props: { committee } }));
}) satisfies GetStaticPaths;

/** New meetings of one committee. */
export const GET: APIRoute<{ committee: Committee }> = async ({ props, site }) => {
	const { committee } = props;
	const names = await municipalityNames();
	return rss({
		title: `${committee.name}, ${names[committee.municipality] ?? committee.municipality} · ${siteConfig.title}`,
		description: feedHtml([`Nye dagsordener og referater fra ${committee.name}`]),
		// The channel links the committee's page; items' root-relative links resolve against its origin.
		site: new URL(paths.committee(committee.municipality, committee.name), site!).href,
		items: feedItems(committee.meetings, await getArchive(), paths, names),
		customData: '<language>da</language>',
		trailingSlash: true,
	});
};
