import { slugify } from '../ingest/slugify.ts';
import { searchBundleFolder } from './search-index.ts';

/** The parts of a meeting a URL is made from. */
interface MeetingKey {
	municipality: string;
	committee: string;
	date: string;
}

/** The address segment below `sag/` of the case list by case number; no case number may slugify to it. */
export const casesByNumberSegment = 'efter-nummer';

/** URL builders; `base` is Astro's `import.meta.env.BASE_URL`, so the archive can live under a sub-path. */
export function createPaths(base: string) {
	const root = base.endsWith('/') ? base : `${base}/`;
	const municipality = (slug: string) => `${root}${slug}/`;
	const committee = (slug: string, name: string) => `${municipality(slug)}${slugify(name)}/`;
	const meeting = (key: MeetingKey) => `${committee(key.municipality, key.committee)}${key.date}/`;
	return {
		home: root,
		search: `${root}soeg/`,
		/** Who runs the archive, what it covers, and its privacy. */
		about: `${root}om/`,
		/** The accessibility statement (tilgængelighedserklæring). */
		accessibility: `${root}tilgaengelighed/`,
		municipality,
		committee,
		/** A committee's meetings of one year. */
		committeeYear: (slug: string, name: string, year: string) => `${committee(slug, name)}${year}/`,
		meeting,
		/** An item's page, by the address ingest gave it (its file's name: the number it was first published with). */
		item: (key: MeetingKey, slug: string) => `${meeting(key)}${slug}/`,
		/** An attachment's page (its text) and its file, beside the item. */
		attachment: (key: MeetingKey, item: string, name: string) => `${meeting(key)}${item}/bilag/${name}/`,
		attachmentFile: (key: MeetingKey, item: string, name: string, file: string) => `${meeting(key)}${item}/bilag/${name}/${file}`,
		/** A municipality's cases, by latest treatment, or by case number. */
		cases: (municipalitySlug: string, order: 'latest' | 'number' = 'latest') => `${municipality(municipalitySlug)}sag/${order === 'number' ? `${casesByNumberSegment}/` : ''}`,
		/** A case's page: every item that treated it, across meetings and committees. */
		case: (municipalitySlug: string, caseNumber: string) => `${municipality(municipalitySlug)}sag/${slugify(caseNumber)}/`,
		/** A case's feed: a new entry each time a meeting treats it. */
		caseFeed: (municipalitySlug: string, caseNumber: string) => `${municipality(municipalitySlug)}sag/${slugify(caseNumber)}/rss.xml`,
		/** The feed of an item without a case number: the item, the treatments it quotes and its changes. */
		itemFeed: (key: MeetingKey, slug: string) => `${meeting(key)}${slug}/rss.xml`,
		/** A committee's feed of new meetings. */
		committeeFeed: (slug: string, name: string) => `${committee(slug, name)}rss.xml`,
		/** A municipality's members, and one member's page and feed. */
		members: (municipalitySlug: string) => `${municipality(municipalitySlug)}medlemmer/`,
		member: (municipalitySlug: string, memberSlug: string) => `${municipality(municipalitySlug)}medlemmer/${memberSlug}/`,
		memberFeed: (municipalitySlug: string, memberSlug: string) => `${municipality(municipalitySlug)}medlemmer/${memberSlug}/rss.xml`,
		/** A municipality's parties, and one party's votes. */
		parties: (municipalitySlug: string) => `${municipality(municipalitySlug)}partier/`,
		party: (municipalitySlug: string, letter: string) => `${municipality(municipalitySlug)}partier/${slugify(letter)}/`,
		/** The OpenSearch description that lets a browser search the archive. */
		openSearch: `${root}opensearch.xml`,
		/** A committee's decisions counted per year and class. */
		decisions: (slug: string, name: string) => `${committee(slug, name)}afgoerelser/`,
		/** A committee's meetings as an iCalendar file. */
		calendar: (slug: string, name: string) => `${committee(slug, name)}moeder.ics`,
		/** The page that names every open-data format and links each municipality's and committee's files. */
		data: `${root}data/`,
		/** A municipality's items as JSON Lines, one item per line. */
		jsonLines: (slug: string) => `${root}data/${slug}.jsonl`,
		/** The page that explains the OParl files, and a file of them by its path below `oparl/` (`oparlFiles`). */
		oparl: `${root}oparl/`,
		oparlFile: (path: string) => `${root}${path}`,
		/** A municipality's Pagefind index, for the search page's `import()` and `mergeIndex`. */
		searchBundle: (slug: string) => `${root}${searchBundleFolder(slug)}`,
		asset: (path: string) => `${root}${path.replace(/^\//, '')}`,
	};
}

export type Paths = ReturnType<typeof createPaths>;
