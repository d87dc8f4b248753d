#!/usr/bin/env node
// Builds the archive: the publication guards, `astro build` (pages and open data), a search index per
// municipality, then removes what the build no longer makes. Does nothing when nothing changed.
// `npm run build -- --help`.
import { spawn } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseCommand } from '../src/lib/cli/command.ts';
import { terminalIo } from '../src/lib/cli/progress.ts';
import { guardPublication } from '../src/lib/guards/guard-publication.ts';
import { loadCprAllowlist } from '../src/lib/guards/load-cpr-allowlist.ts';
import { formatProblem } from '../src/lib/guards/problem.ts';
import { IngestError } from '../src/lib/ingest/ingest-error.ts';
import { loadRegistry } from '../src/lib/ingest/1-find/load-registry.ts';
import { indexSearch, municipalitiesWithContent } from './lib/index-search.ts';
import { digestStamps } from './lib/file-stamps.ts';
import { markBuildStart, pruneStale } from './lib/prune-stale.ts';
import { buildRecordPath, inputFingerprint, isUpToDate, readBuildRecord, writeBuildRecord } from './lib/up-to-date.ts';

const io = terminalIo();
const parsed = parseCommand(
	{
		name: 'npm run build --',
		summary:
			'Bygger arkivet i dist/ (eller OUT_DIR): først vogterne (intet CPR-nummer, ingen tekst fra lukkede punkter), så siderne med Astro, de åbne data og et søgeindeks pr. kommune. Typetjek og indholdstjek hører til npm test og npm run check.',
		options: {
			only: { type: 'string', value: 'KOMMUNE', description: 'byg kun denne kommunes del (en "shard"), fx til et CI-job pr. kommune; flet bagefter med npm run merge-shards' },
			force: { type: 'boolean', description: 'byg, også når dist/ allerede er bygget af præcis de samme filer' },
		},
		examples: ['npm run build', 'npm run build -- --force', 'npm run build -- --only stevns', 'SITE=https://www.kommune.dk BASE=/arkiv npm run build', 'OUT_DIR=shards/stevns npm run build -- --only stevns'],
	},
	process.argv.slice(2),
	io,
);
if (!parsed.run) process.exit(parsed.code);
const { only, force } = parsed.values;
const dist = resolve(process.env.OUT_DIR ?? 'dist');

let registry;
let allowlist;
try {
	registry = await loadRegistry();
	allowlist = await loadCprAllowlist();
} catch (error) {
	if (!(error instanceof IngestError)) throw error;
	io.err(error.format());
	process.exit(1);
}
if (only !== undefined && !registry[only]) {
	io.err(`npm run build: --only ${only} er ikke en kommune i content/municipalities.yaml; vælg en af ${Object.keys(registry).sort().join(', ')}`);
	process.exit(2);
}

// Nothing changed since the last build into this folder, and the folder is as that build left it:
// building again would write the same files (BENCHMARKS.md, issue 18).
const checkStarted = performance.now();
const inputs = inputFingerprint(process.cwd());
// Astro's cache folder (astro.config.mjs): kept between builds, never published.
const recordPath = buildRecordPath(resolve(process.env.CACHE_DIR ?? 'node_modules/.astro'), dist);
if (!force && isUpToDate(readBuildRecord(recordPath), dist, inputs)) {
	io.out(`npm run build: ${relative(process.cwd(), dist) || '.'} er allerede bygget af præcis disse filer og indstillinger og er ikke ændret siden (tjekket på ${((performance.now() - checkStarted) / 1000).toFixed(1)} s); intet at gøre. Byg alligevel med --force`);
	process.exit(0);
}

const guardStarted = performance.now();
const guarded = await guardPublication(process.cwd(), allowlist, only);
for (const problem of guarded.problems) io.err(formatProblem(problem));
if (guarded.problems.length > 0) {
	io.err(`npm run build: ${guarded.problems.length} problem${guarded.problems.length > 1 ? 'er' : ''} i content/; intet er bygget. Ret filerne (se ovenfor) og byg igen`);
	process.exit(1);
}
io.out(`vogtere: ${guarded.files} filer (${(guarded.bytes / 1e6).toFixed(1)} MB) uden CPR-numre og uden tekst fra lukkede punkter, på ${((performance.now() - guardStarted) / 1000).toFixed(1)} s`);

const started = markBuildStart(dist);
// Astro's own entry run by this Node (24), whatever `node` the PATH would find first.
const astroCli = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
const astro = spawn(process.execPath, [astroCli, 'build'], { stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, ...(only ? { ONLY: only } : {}) } });
// Astro prints a line for every page; the build-progress integration shows a count instead.
const pageLine = /^\S*\s+[├└]─ /;
createInterface({ input: astro.stdout }).on('line', (line) => {
	if (!pageLine.test(line.replace(/\x1b\[[0-9;]*m/g, ''))) io.out(line);
});
const code = await new Promise<number | null>((done, fail) => astro.once('error', fail).once('close', done));
if (code !== 0) process.exit(code ?? 1);

await indexSearch(dist, await municipalitiesWithContent(process.cwd(), only), io);

// Every file of this build was written over its previous version; what was not written is stale.
const { removed, kept } = pruneStale(dist, started);
if (removed.length > 0) io.out(`fjernet fra ${relative(process.cwd(), dist) || '.'}: ${removed.length} fil${removed.length > 1 ? 'er' : ''}, som bygningen ikke længere laver`);
writeBuildRecord(recordPath, { dist, inputs, output: digestStamps(kept) });
