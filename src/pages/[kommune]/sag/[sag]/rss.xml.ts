import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, municipalityNames } from '../../../../lib/site/archive.ts';
import type { Case } from '../../../../lib/site/build-archive.ts';
import { timelineFeedItems } from '../../../../lib/site/follow-feeds.ts';
import { paths } from '../../../../lib/site/site-paths.ts';
import { siteConfig } from '../../../../site.config.ts';

export const getStaticPaths = (async () => {
	const archive = await getArchive();
	return archive.cases.map((entry) => ({ params: { kommune: entry.municipality, sag: entry.slug }, props: { entry } }));
}) satisfies GetStaticPaths;

/** Every treatment of one case, newest first: follow a case through the committees. */
export const GET: APIRoute<{ entry: Case }> = async ({ props, site }) => {
	const { entry } = props;
	const archive = await getArchive();
	const names = await municipalityNames();
	const latest = entry.items.at(-1)!.data.title;
	return rss({
		title: `Sag ${entry.number}: ${latest} · ${names[entry.municipality] ?? entry.municipality} · ${siteConfig.title}`,
		description: `Hver behandling af sag ${entry.number} i ${names[entry.municipality] ?? entry.municipality}`,
		site: site!,
		items: timelineFeedItems(archive.timelineOf(entry.items[0]!), paths),
		customData: '<language>da</language>',
		trailingSlash: true,
	});
};
