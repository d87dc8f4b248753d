/** The one place a municipality or host configures the archive's identity and obligations. */
export const siteConfig = {
	/** Shown in the header and in page titles. */
	title: 'Referatarkiv',
	/**
	 * Who runs the archive: named in the header, on "Om arkivet" and in the accessibility statement,
	 * where the e-mail address (and the telephone the WAS tool asks for, if there is one) is where to
	 * report an error or a barrier. A municipality or host that publishes the archive sets its own.
	 */
	owner: {
		name: 'Referatarkiv-projektet',
		email: 'kontakt@referatarkiv.dk',
		/** A postal address, if the owner publishes one. */
		address: undefined as string | undefined,
		/** A telephone number, if the owner publishes one. */
		phone: undefined as string | undefined,
	},
	/**
	 * Whether the archive is a municipality's own official publication of its minutes. It is not
	 * unless a municipality publishes it itself: the pages then say the municipality's own copy is
	 * the valid one, and each meeting links it where the archive knows it.
	 */
	official: false as boolean,
	/** How the archive is kept up to date, in a sentence for "Om arkivet". */
	updates:
		'Arkivet opdateres, når en redaktør har hentet nye dagsordener og referater fra kommunernes sider og lagt dem i arkivets repository; der er ingen fast frekvens. Hver kommunes seneste opdatering står i tabellen nedenfor.',
	/**
	 * The accessibility statement (tilgængelighedserklæring) that the Danish web accessibility law
	 * asks for, in the structure of the Agency for Digital Government's WAS tool: the site's own page
	 * `/tilgaengelighed/`, linked from every footer. `prepared` and `reviewed` are the statement's
	 * dates (`YYYY-MM-DD`); the law asks for a review at least once a year.
	 */
	accessibility: {
		prepared: '2026-12-03',
		reviewed: '2026-12-03',
		/** Where the Agency takes complaints, quoted as text on the statement. */
		complaints: 'https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/',
		/**
		 * The manual check beside the automated one, as done and in words ("med tastatur og NVDA,
		 * 3. december 2026"). Unset, the statement says no manual check is documented yet.
		 */
		manual: undefined as string | undefined,
	},
	/**
	 * Where the archive's source and raw minutes are public (`REPOSITORY_URL`, e.g. set by CI from
	 * the repository it builds): the footer links it and each item's history links its commits. Unset,
	 * neither link is shown, rather than a link to a guessed address.
	 */
	repository: process.env.REPOSITORY_URL || undefined,
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
