import type { APIRoute } from 'astro';
import { paths } from '../lib/site/site-paths.ts';
import { siteConfig } from '../site.config.ts';
import { escapeMarkup } from '../lib/site/escape-markup.ts';

/** An OpenSearch description: browsers offer the archive as a search engine (`<link rel="search">` on every page). */
export const GET: APIRoute = ({ site }) => {
	const search = new URL(paths.search, site!).href;
	const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
	<ShortName>${escapeMarkup(siteConfig.title)}</ShortName>
	<Description>${escapeMarkup('Søg i dagsordener og referater fra danske kommuner')}</Description>
	<Language>da</Language>
	<InputEncoding>UTF-8</InputEncoding>
	<Url type="text/html" method="get" template="${escapeMarkup(search)}?q={searchTerms}"/>
	<Url type="application/opensearchdescription+xml" rel="self" template="${escapeMarkup(new URL(paths.openSearch, site!).href)}"/>
</OpenSearchDescription>
`;
	return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
