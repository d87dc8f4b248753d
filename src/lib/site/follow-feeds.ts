import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import { t, tf } from '../../i18n/da.ts';
import { itemSlug } from './build-archive.ts';
import { siteConfig } from '../../site.config.ts';
import { stepAnchor, type TimelineStep } from './case-timeline.ts';
import { decisionSummary } from './decision-summary.ts';
import { feedHtml } from './feed-html.ts';
import { feedSize } from './feed-items.ts';
import { formatDate } from './format-date.ts';
import type { Archive } from './build-archive.ts';
import type { Member } from './members.ts';
import type { Paths } from './paths.ts';
import { pubDateXml } from './rss-date.ts';

/**
 * A case's feed, newest first: one entry per treatment, the archive's items linked to their pages and
 * quoted treatments to the item that quotes them (with an anchor of their own, so that a reader sees
 * each as new). Links are absolute: @astrojs/rss gives a relative link without a file extension a
 * trailing slash, after the fragment too (`#behandling-…/`), which no id matches.
 */
export function timelineFeedItems(steps: readonly TimelineStep[], paths: Paths, site: string): RSSFeedItem[] {
	return [...steps]
		.reverse()
		.slice(0, feedSize)
		.map((step) => {
			const where = step.treated ?? step.quotedIn!;
			const page = paths.item(where.meeting.data, itemSlug(where.item));
			const heading = step.number ? `${step.body}, ${t('item.number').toLowerCase()} ${step.number}` : step.body;
			return {
				title: `${formatDate(step.date)}: ${heading}${step.treated ? ` – ${step.treated.item.data.title}` : ''}`,
				link: new URL(step.treated ? page : `${page}#${stepAnchor(step)}`, site).href,
				// A treatment in the archive has its meeting's time; a quoted one only its date, which is
				// given as the day's start in Denmark rather than an hour nobody printed.
				customData: pubDateXml(step.date, step.treated?.meeting.data.time),
				description: feedHtml([step.decision ? decisionSummary(step.decision) : t('meeting.noDecision'), ...(step.quotedIn ? [`${t('case.quotedIn')} ${step.quotedIn.meeting.data.committee}, ${formatDate(step.quotedIn.meeting.data.date)}`] : [])]),
				categories: [step.body],
			};
		});
}

/** A member's feed, newest first: each meeting the minutes name them at, and how. */
export function memberFeedItems(member: Member, paths: Paths): RSSFeedItem[] {
	return member.meetings.slice(0, feedSize).map((entry) => {
		const m = entry.meeting.data;
		const how = entry.presence === 'absent' ? t('member.absent') : entry.presence === 'substitute' ? tf('member.substitute', { member: entry.substituteFor ?? '' }) : t('member.attended');
		return {
			title: `${m.committee}, ${formatDate(m.date, m.time)}: ${how}`,
			link: paths.meeting(m),
			customData: pubDateXml(m.date, m.time),
			description: feedHtml([entry.itemsMissed.length > 0 ? `${how}; ${tf('member.itemsMissed', { items: entry.itemsMissed.join(', ') })}` : how]),
			categories: [m.committee],
		};
	});
}

/** One feed file: where it goes below the site's root, and its RSS. */
export interface FeedFile {
	path: string;
	content: string;
}

/**
 * Every follow feed of the archive: one per case, one per item without a case number (its own
 * timeline) and one per member. Written beside the pages by the open-data step, not as Astro
 * routes: at 60,000 items they are some 50,000 small files, which plain writes produce in seconds
 * and page rendering would not (issue 18).
 */
export async function* followFeeds(archive: Archive, paths: Paths, site: string, names: Record<string, string>): AsyncGenerator<FeedFile> {
	const below = (path: string) => path.slice(paths.home.length);
	// The channel's link is the page the feed follows: @astrojs/rss writes its `site` as that link, and
	// resolves the items' root-relative links against its origin all the same.
	const feed = (page: string, title: string, description: string, items: RSSFeedItem[]) =>
		getRssString({ title, description: feedHtml([description]), site: new URL(page, site).href, items, customData: '<language>da</language>', trailingSlash: true });
	const nameOf = (municipality: string) => names[municipality] ?? municipality;
	for (const entry of archive.cases) {
		const latest = entry.items.at(-1)!.data.title;
		yield {
			path: below(paths.caseFeed(entry.municipality, entry.number)),
			content: await feed(paths.case(entry.municipality, entry.number), `Sag ${entry.number}: ${latest} · ${nameOf(entry.municipality)} · ${siteConfig.title}`, `Hver behandling af sag ${entry.number} i ${nameOf(entry.municipality)}`, timelineFeedItems(archive.timelineOf(entry.items[0]!), paths, site)),
		};
	}
	for (const meeting of archive.meetings) {
		for (const item of archive.itemsOf(meeting.id)) {
			if (archive.caseOf(item)) continue;
			yield {
				path: below(paths.itemFeed(meeting.data, itemSlug(item))),
				content: await feed(paths.item(meeting.data, itemSlug(item)), `${item.data.title} · ${meeting.data.committee}, ${nameOf(meeting.data.municipality)} · ${siteConfig.title}`, `Behandlinger af punktet ${item.data.title}`, timelineFeedItems(archive.timelineOf(item), paths, site)),
			};
		}
	}
	for (const member of archive.members) {
		yield {
			path: below(paths.memberFeed(member.municipality, member.slug)),
			content: await feed(paths.member(member.municipality, member.slug), `${member.name}, ${nameOf(member.municipality)} · ${siteConfig.title}`, `Møder, hvor referaterne nævner ${member.name}`, memberFeedItems(member, paths)),
		};
	}
}
