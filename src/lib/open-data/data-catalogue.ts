import type { Archive } from '../site/build-archive.ts';
import type { Paths } from '../site/paths.ts';
import { committeeDataLinks, municipalityDataLinks, type DataLink } from './data-links.ts';

/** A municipality on the data page: its page, its own files, and each committee's. */
export interface CatalogueEntry {
	name: string;
	page: string;
	links: DataLink[];
	committees: { name: string; page: string; links: DataLink[] }[];
}

/**
 * The data page's list, from the archive itself. A shard build lists every registered municipality
 * but no committees: the page is shared by every shard and must be the same in each, and a shard
 * knows only its own municipality's committees, which its municipality page links.
 */
export function dataCatalogue(archive: Pick<Archive, 'committeesOf'>, municipalities: readonly string[], names: Record<string, string>, paths: Paths, { withCommittees }: { withCommittees: boolean }): CatalogueEntry[] {
	return municipalities.map((slug) => ({
		name: names[slug] ?? slug,
		page: paths.municipality(slug),
		links: municipalityDataLinks(paths, slug),
		committees: withCommittees
			? archive.committeesOf(slug).map((committee) => ({ name: committee.name, page: paths.committee(slug, committee.name), links: committeeDataLinks(paths, committee) }))
			: [],
	}));
}
