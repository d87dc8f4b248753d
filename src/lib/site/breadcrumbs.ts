import { t } from '../../i18n/da.ts';
import { formatDate } from './format-date.ts';
import type { Paths } from './paths.ts';

export interface Crumb {
	label: string;
	href?: string;
}

/** Where a page sits: a municipality, and as deep as the page goes below it. */
export interface Place {
	municipality: string;
	municipalityName: string;
	committee?: string;
	date?: string;
	/** The item's number (shown) and address. */
	item?: { number: string; slug: string };
	/** A section of the municipality between it and the page, such as its members. */
	section?: Crumb;
	/** A page below the deepest level given, such as a case or a committee's decisions. */
	page?: string;
}

/** Forside › kommune › udvalg › dato › punkt, down to `place`; the page itself is last and not linked. */
export function breadcrumbTrail(paths: Paths, place: Place): Crumb[] {
	const { municipality, committee, date, item } = place;
	const meeting = committee && date ? { municipality, committee, date } : undefined;
	const levels: Crumb[] = [
		{ label: t('nav.home'), href: paths.home },
		{ label: place.municipalityName, href: paths.municipality(municipality) },
		...(committee ? [{ label: committee, href: paths.committee(municipality, committee) }] : []),
		...(meeting ? [{ label: formatDate(meeting.date), href: paths.meeting(meeting) }] : []),
		...(meeting && item ? [{ label: `${t('item.number')} ${item.number}`, href: paths.item(meeting, item.slug) }] : []),
		...(place.section ? [place.section] : []),
		...(place.page ? [{ label: place.page }] : []),
	];
	const { href: _, ...current } = levels.at(-1)!;
	return [...levels.slice(0, -1), current];
}
