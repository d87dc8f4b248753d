import type { APIRoute } from 'astro';
import { paths } from '../lib/site/site-paths.ts';
import { siteConfig } from '../site.config.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** An OpenSearch description: browsers offer the archive as a search engine (`<link rel="search">` on every page). */
export const GET: APIRoute = ({ site }) => {
	const search = new URL(paths.search, site!).href;
	const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
	<ShortName>${escape(siteConfig.title)}</ShortName>
	<Description>${escape('Søg i dagsordener og referater fra danske kommuner')}</Description>
	<Language>da</Language>
	<InputEncoding>UTF-8</InputEncoding>
	<Url type="text/html" method="get" template="${escape(search)}?q={searchTerms}"/>
	<Url type="application/opensearchdescription+xml" rel="self" template="${escape(new URL(paths.openSearch, site!).href)}"/>
</OpenSearchDescription>
`;
	return new Response(xml, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
