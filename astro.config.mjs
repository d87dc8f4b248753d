// @ts-check
import { defineConfig } from 'astro/config';

// The site itself (pages, search, feeds) is built in a later step; this config already lets
// `astro sync` type the content collections that ingest writes.
export default defineConfig({});
