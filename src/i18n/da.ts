/** All UI text, in Danish, with flat dotted keys. `t` fails loudly on a key that does not exist. */
export const da = {
	'site.tagline': 'Dagsordener og referater fra danske kommuner',
	'nav.skip': 'Gå til indhold',
	'nav.search': 'Søg',
	'nav.breadcrumbs': 'Brødkrummer',
	'nav.home': 'Forside',
	'footer.accessibility': 'Tilgængelighedserklæring',
	'footer.source': 'Kildekode og rådata',
	'home.latest': 'Nyeste møder',
	'home.municipalities': 'Kommuner',
	'home.search': 'Søg i alle referater',
	'municipality.committees': 'Udvalg',
	'municipality.latest': 'Nyeste møder',
	'committee.meetings': 'møder',
	'committee.feed': 'Nyhedsfeed (RSS)',
	'meeting.items': 'Dagsordenspunkter',
	'meeting.time': 'Tidspunkt',
	'meeting.location': 'Sted',
	'meeting.participants': 'Deltagere',
	'meeting.absent': 'Fraværende',
	'meeting.status': 'Status',
	'meeting.status.referat': 'Referat',
	'meeting.status.dagsorden': 'Dagsorden',
	'meeting.source': 'Se rådata for mødet',
	'meeting.noDecision': 'Ingen beslutning',
	'item.number': 'Punkt',
	'item.caseNumber': 'Sagsnr.',
	'item.decision': 'Beslutning',
	'item.closed': 'Lukket punkt: sagen behandles for lukkede døre, og kun det, kommunen selv offentliggør, vises her.',
	'item.attachments': 'Bilag',
	'item.contents': 'Indhold',
	'item.previous': 'Forrige punkt',
	'item.next': 'Næste punkt',
	'item.related': 'Samme sag i andre møder',
	'item.permalink': 'Link til punktet',
	'item.authority': 'Beslutningskompetence',
	'search.title': 'Søg',
	'search.sort': 'Sortér resultaterne',
	'search.sort.relevance': 'Bedste match først',
	'search.sort.newest': 'Nyeste møde først',
	'search.sort.oldest': 'Ældste møde først',
	'search.noscript': 'Søgningen kræver JavaScript. Du kan i stedet finde møder via kommunerne på forsiden.',
	'notFound.title': 'Siden findes ikke',
	'notFound.text': 'Siden kan være flyttet, eller adressen er skrevet forkert.',
	'notFound.home': 'Gå til forsiden',
	'pagination.previous': 'Forrige side',
	'pagination.next': 'Næste side',
} as const;

export type UiKey = keyof typeof da;

export function t(key: UiKey): string {
	const text = da[key];
	if (text === undefined) throw new Error(`UI-teksten "${key}" findes ikke i src/i18n/da.ts`);
	return text;
}
