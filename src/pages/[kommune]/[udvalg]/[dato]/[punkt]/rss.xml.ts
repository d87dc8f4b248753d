import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, municipalityNames } from '../../../../../lib/site/archive.ts';
import { itemSlug, type ItemEntry, type MeetingEntry } from '../../../../../lib/site/build-archive.ts';
import { timelineFeedItems } from '../../../../../lib/site/follow-feeds.ts';
import { slugify } from '../../../../../lib/ingest/slugify.ts';
import { paths } from '../../../../../lib/site/site-paths.ts';
import { siteConfig } from '../../../../../site.config.ts';

/** An item without a case number is its own case: its feed follows it and the treatments it quotes. */
export const getStaticPaths = (async () => {
	const archive = await getArchive();
	return archive.meetings.flatMap((meeting) =>
		archive
			.itemsOf(meeting.id)
			.filter((item) => !archive.caseOf(item))
			.map((item) => ({ params: { kommune: meeting.data.municipality, udvalg: slugify(meeting.data.committee), dato: meeting.data.date, punkt: itemSlug(item) }, props: { item, meeting } })),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: ItemEntry; meeting: MeetingEntry }> = async ({ props, site }) => {
	const { item, meeting } = props;
	const archive = await getArchive();
	const names = await municipalityNames();
	return rss({
		title: `${item.data.title} · ${meeting.data.committee}, ${names[meeting.data.municipality] ?? meeting.data.municipality} · ${siteConfig.title}`,
		description: `Behandlinger af punktet ${item.data.title}`,
		site: site!,
		items: timelineFeedItems(archive.timelineOf(item), paths),
		customData: '<language>da</language>',
		trailingSlash: true,
	});
};
