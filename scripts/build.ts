#!/usr/bin/env node
// Builds the archive: `astro build`, then a search index per municipality. `npm run build -- --help`.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadRegistry } from '../src/lib/ingest/load-registry.ts';
import { indexSearch, municipalitiesWithContent } from './lib/index-search.ts';

const usage = `Brug: npm run build [-- --only KOMMUNE]

Bygger arkivet i dist/ (eller OUT_DIR): siderne med Astro, de åbne data og et søgeindeks pr. kommune.

  --only KOMMUNE  byg kun denne kommunes del (en "shard"), fx til et CI-job pr. kommune;
                  flet bagefter delene med npm run merge-shards
`;

const { values } = parseArgs({ options: { only: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
	console.log(usage);
	process.exit(0);
}
const registry = await loadRegistry();
if (values.only !== undefined && !registry[values.only]) {
	console.error(`--only ${values.only}: ikke en kommune i content/municipalities.yaml; vælg en af: ${Object.keys(registry).sort().join(', ')}\n\n${usage}`);
	process.exit(2);
}

const dist = resolve(process.env.OUT_DIR ?? 'dist');
// Astro's own entry run by this Node (24), whatever `node` the PATH would find first.
const astroCli = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
const astro = spawn(process.execPath, [astroCli, 'build'], { stdio: 'inherit', env: { ...process.env, ...(values.only ? { ONLY: values.only } : {}) } });
const code = await new Promise<number | null>((done, fail) => astro.once('error', fail).once('exit', done));
if (code !== 0) process.exit(code ?? 1);

await indexSearch(dist, await municipalitiesWithContent(process.cwd(), values.only), (line) => console.log(line));
