/** The sitemap's file name stem: `sitemap` (`sitemap-index.xml`), or `sitemap-<kommune>` in a shard build. */
export const sitemapName = (shard: string | undefined): string => (shard ? `sitemap-${shard}` : 'sitemap');
