#!/usr/bin/env node
// Indexes a built site for search, one Pagefind index per municipality. `npm run build` does this
// after `astro build`; the benchmark runs it alone to time it. `node scripts/index-search.ts --help`.
import { resolve } from 'node:path';
import { parseCommand } from '../src/lib/cli/command.ts';
import { terminalIo } from '../src/lib/cli/progress.ts';
import { indexSearch, municipalitiesWithContent } from './lib/index-search.ts';

const io = terminalIo();
const parsed = parseCommand(
	{
		name: 'npm run index-search --',
		summary: 'Bygger ét Pagefind-søgeindeks pr. kommune i et allerede bygget site (OUT_DIR, ellers dist/). npm run build gør det selv efter Astro.',
		options: { only: { type: 'string', value: 'KOMMUNE', description: 'indeksér kun denne kommune' } },
		examples: ['npm run index-search', 'OUT_DIR=shards/stevns npm run index-search -- --only stevns'],
	},
	process.argv.slice(2),
	io,
);
if (!parsed.run) process.exit(parsed.code);
await indexSearch(resolve(process.env.OUT_DIR ?? 'dist'), await municipalitiesWithContent(process.cwd(), parsed.values.only), io);
