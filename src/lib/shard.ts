/**
 * The one municipality a shard build is limited to, or undefined when the whole archive is built.
 * `npm run build -- --only <kommune>` passes it to Astro and to the open-data worker as `ONLY`.
 *
 * A shard writes its municipality's pages, search index and open data, and the pages every shard
 * shares (front page, search, 404, robots.txt, the OParl System) made from the registry alone, so
 * that shards built apart are byte for byte alike where they overlap and combine by copying
 * (`scripts/merge-shards.ts`).
 */
export const shard: string | undefined = process.env.ONLY || undefined;
