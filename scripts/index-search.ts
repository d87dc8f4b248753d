#!/usr/bin/env node
// Indexes a built site for search, one Pagefind index per municipality: node scripts/index-search.ts [--only KOMMUNE]
// `npm run build` does this after `astro build`; the benchmark runs it alone to time it.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { indexSearch, municipalitiesWithContent } from './lib/index-search.ts';

const { values } = parseArgs({ options: { only: { type: 'string' } } });
await indexSearch(resolve(process.env.OUT_DIR ?? 'dist'), await municipalitiesWithContent(process.cwd(), values.only), (line) => console.log(line));
