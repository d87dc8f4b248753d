import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, municipalityNames } from '../../../../lib/site/archive.ts';
import { memberFeedItems } from '../../../../lib/site/follow-feeds.ts';
import type { Member } from '../../../../lib/site/members.ts';
import { paths } from '../../../../lib/site/site-paths.ts';
import { siteConfig } from '../../../../site.config.ts';

export const getStaticPaths = (async () => {
	const archive = await getArchive();
	return archive.members.map((member) => ({ params: { kommune: member.municipality, medlem: member.slug }, props: { member } }));
}) satisfies GetStaticPaths;

/** The meetings one member is named at, newest first. */
export const GET: APIRoute<{ member: Member }> = async ({ props, site }) => {
	const { member } = props;
	const names = await municipalityNames();
	return rss({
		title: `${member.name}, ${names[member.municipality] ?? member.municipality} · ${siteConfig.title}`,
		description: `Møder, hvor referaterne nævner ${member.name}`,
		site: site!,
		items: memberFeedItems(member, paths),
		customData: '<language>da</language>',
		trailingSlash: true,
	});
};
