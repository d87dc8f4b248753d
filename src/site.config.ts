/** The one place a municipality or host configures the archive's identity and obligations. */
export const siteConfig = {
	/** Shown in the header and in page titles. */
	title: 'Referatarkiv',
	/**
	 * The accessibility statement (tilgængelighedserklæring) that Danish law requires, made in the
	 * Agency for Digital Government's WAS tool; linked from every page's footer.
	 */
	accessibilityStatement: 'https://www.was.digst.dk/',
	/** Where the archive's source and raw minutes live, for "see the source" links. */
	repository: 'https://github.com/referatarkiv/referatarkiv',
	/**
	 * The license of the open data (`/oparl/`, `/data/`): the structure and classification the archive
	 * adds are dedicated to the public domain; the minutes' text is the municipalities' own (README).
	 */
	dataLicense: 'https://creativecommons.org/publicdomain/zero/1.0/',
	/** The name of `dataLicense`, as the data page shows it. */
	dataLicenseName: 'CC0 1.0',
	/**
	 * How often the site and its open data are rebuilt, as the data page says it, completing
	 * "Sider og data bygges igen …". `.github/workflows/deploy.yml` builds on every push to main; a
	 * host that builds on a schedule says so here (e.g. "hver nat").
	 */
	updateFrequency: 'hver gang nye dagsordener eller referater lægges i arkivet',
	/** Meetings per page on list pages. */
	pageSize: 50,
	/**
	 * The search page searches every municipality by default while the archive has at most this many
	 * searchable pages; above it, a visitor picks municipalities first. Each index costs a first
	 * search about 12 bytes a page (`firstSearchBytes`, BENCHMARKS.md), so 15,000 pages keep it near 300 KB.
	 */
	searchAllUpTo: 15_000,
	/**
	 * The most a first search may fetch, in bytes, before the search page asks the visitor to choose
	 * fewer municipalities. Above 300 KB it searches and says how much it fetches. 3 MB is about 98
	 * small municipalities, or three of the national average of 61,000 items; on a slow mobile
	 * connection it takes some 15 seconds (`searchLoad`, BENCHMARKS.md, issue 18).
	 */
	searchAtMostBytes: 3_000_000,
} as const;
