#!/usr/bin/env node
// `npm run bench -- --size S|M|L`: the scale benchmark of issue 6. See BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, statfs, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { writeBareAstro } from './bench/bare-astro.ts';
import { fetchSpeed, type FetchSpeed } from './bench/fetch-speed.ts';
import { flameGraph, type ProfileSummary } from './bench/flame-graph.ts';
import { measure, type Measured } from './bench/measure-process.ts';
import { readerSpeeds, systemSpeeds } from './bench/reader-speed.ts';
import { searchBytes } from './bench/search-bytes.ts';
import { generateCorpus, seedPaths } from './corpus/generate-corpus.ts';
import { sizes, type Size } from './corpus/plan-corpus.ts';
import { findChromium, launchChromium } from './lib/chromium.ts';
import { stampFiles } from './lib/file-stamps.ts';
import { addSite, repositoryRoot, siteFiles } from './lib/workspace.ts';
import { parseCommand, positiveInteger } from '../src/lib/cli/command.ts';
import { formatDuration, terminalIo } from '../src/lib/cli/progress.ts';
import { guardPublication } from '../src/lib/guards/guard-publication.ts';
import { loadCprAllowlist } from '../src/lib/guards/load-cpr-allowlist.ts';
import { formatProblem } from '../src/lib/guards/problem.ts';

const io = terminalIo();
const parsed = parseCommand(
	{
		name: 'npm run bench --',
		summary:
			'Skalabenchmark: måler hver læser (PDF, HTML, Word, JSON, XML, zip, tekst) på én kerne, genererer et syntetisk arkiv og måler ingest, vogterne, Astro (kold og varm), søgeindeksene, sidevægt, søgningens bytes i Chromium, en shard, ét nyt møde og et bart Astro-site til forholdstallet. Skriver en tabel og bench.json; se BENCHMARKS.md.',
		options: {
			size: { type: 'string', value: 'STØRRELSE', description: `korpussets størrelse: S ${sizes.S}, M ${sizes.M}, L ${sizes.L} punkter`, default: 'S', choices: Object.keys(sizes) },
			items: { type: 'string', value: 'ANTAL', description: 'antal dagsordenspunkter i stedet for en størrelse', check: positiveInteger },
			dir: { type: 'string', value: 'MAPPE', description: 'arbejdsmappe; et korpus, der ligger der, genbruges [standard: $TMPDIR/referatarkiv-bench-<punkter>]' },
			seed: { type: 'string', value: 'FRØ', description: 'korpussets frø', default: '1', check: positiveInteger },
			municipalities: { type: 'string', value: 'N', description: 'kommuner, punkterne deles mellem; søgningens bytes måles også med 10, 30 og alle valgt', default: '4', check: positiveInteger },
			'skip-bare': { type: 'boolean', description: 'spring det bare Astro-site over (intet forholdstal)' },
			rounds: { type: 'string', value: 'N', description: 'gange, npm run build og det bare site bygges på skift til forholdstallet; den hurtigste gang tæller', default: '2', check: positiveInteger },
			profile: { type: 'string', value: 'MAPPE', description: 'profilér ingest, Astro og Pagefind (node --cpu-prof); flammediagrammer (SVG) og profiles.md i MAPPE' },
			only: { type: 'string', value: 'TRIN', description: 'kør kun dette trin (fetch: npm run fetch mod en portal på denne maskine, uden korpus og browser)', choices: ['fetch'] },
		},
		examples: ['npm run bench', 'npm run bench -- --only fetch', 'npm run bench -- --size M', 'npm run bench -- --items 5000 --dir /tmp/bench-5k --skip-bare', 'npm run bench -- --items 5000 --profile /tmp/profiles', 'npm run bench -- --items 29400 --municipalities 98 --skip-bare'],
	},
	process.argv.slice(2),
	io,
);
if (!parsed.run) process.exit(parsed.code);
const { values } = parsed;
const items = Number(values.items ?? sizes[values.size as Size]);
const municipalityCount = Number(values.municipalities);
const dir = resolve(values.dir ?? join(tmpdir(), `referatarkiv-bench-${items}${municipalityCount === 4 ? '' : `-${municipalityCount}`}`));
const bin = join(repositoryRoot, 'node_modules/.bin');
const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, CACHE_DIR: join(dir, '.astro-cache'), INGEST_CACHE: join(dir, '.ingest-cache.json'), ASTRO_TELEMETRY_DISABLED: '1' };
const rows: [string, string][] = [];
const profileDir = values.profile === undefined ? undefined : resolve(values.profile);
const profiled: { step: string; file: string; summary: ProfileSummary }[] = [];
/** The environment of a step, with `node --cpu-prof` when the run is profiled: one profile per thread. */
const profiling = (name: string, base: NodeJS.ProcessEnv = env): NodeJS.ProcessEnv =>
	profileDir ? { ...base, NODE_OPTIONS: `${base.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${join(profileDir, name)}`.trim() } : base;
/** Draws the flame graphs of a profiled step, largest thread first. */
async function drawProfiles(name: string, title: string): Promise<void> {
	if (!profileDir) return;
	const folder = join(profileDir, name);
	const profiles = (await readdir(folder)).filter((file) => file.endsWith('.cpuprofile')).sort();
	for (const [index, file] of profiles.entries()) {
		const summary = await flameGraph(join(folder, file), [repositoryRoot, dir], `${title}, ${index === 0 ? 'main thread' : `thread ${index}`}`);
		const svg = `${name}-${index === 0 ? 'main' : `thread-${index}`}.svg`;
		await writeFile(join(profileDir, svg), summary.svg);
		profiled.push({ step: title, file: svg, summary });
	}
}
const results: Record<string, unknown> = { items, dir, date: new Date().toISOString(), cpus: (await readFile('/proc/cpuinfo', 'utf8')).match(/^processor/gm)?.length };
const note = (step: string, measured: Measured, extra = '') => {
	results[step] = { seconds: measured.seconds, peakMb: measured.peakMb };
	rows.push([step, `${measured.seconds.toFixed(1)} s, peak ${(measured.peakMb / 1000).toFixed(2)} GB${extra}`]);
	io.err(`  ${step}: ${rows.at(-1)![1]}`);
};
const steps = ['readers', 'fetch', 'corpus', 'ingest', 'guards', 'astro build', 'pagefind', 'page weights', 'search in Chromium', 'shard and one meeting added', ...(values['skip-bare'] ? [] : ['bare Astro site'])];
const benchStarted = performance.now();
let stepNumber = 0;
/** Says which step starts, so that a run of many minutes shows where it is. */
const step = (name: string) => io.err(`[${++stepNumber}/${steps.length}] ${name} (${formatDuration((performance.now() - benchStarted) / 1000)} inde)`);
const echo = (line: string) => io.err(`    ${line}`);

/** Every file under `root`, by its full path, with its size. */
const files = (root: string) => stampFiles(root).map((stamp) => ({ path: join(root, stamp.path), size: stamp.size }));
const median = (numbers: number[]) => numbers.toSorted((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? 0;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * `npm run fetch` against the recorded FirstAgenda portal on loopback, the rate limit off: what the
 * program costs per publication and per megabyte of attachments, beside the politeness delay the
 * same requests take at the default one a second. Needs no corpus and no browser.
 */
async function fetchFigures(): Promise<void> {
	const runs: FetchSpeed[] = [await fetchSpeed('20 publications, 12 small documents each', 20, 2_000), await fetchSpeed('4 publications, 12 documents of 2 MB each', 4, 2_000_000)];
	results.fetch = runs;
	for (const run of runs) {
		rows.push([
			`fetch: ${run.scenario}`,
			`${run.requests} requests, ${run.megabytes.toFixed(1)} MB: fetch and write ${run.fetchSeconds.toFixed(2)} s (${((run.fetchSeconds / run.publications) * 1000).toFixed(0)} ms a publication${run.megabytes >= 10 ? `, ${((run.fetchSeconds / run.megabytes) * 1000).toFixed(1)} ms a MB` : ''}), ingest ${run.ingestSeconds.toFixed(2)} s; politeness at 1/s: ${run.politenessSeconds} s`,
		]);
		io.err(`  ${rows.at(-1)![0]}: ${rows.at(-1)![1]}`);
	}
}
if (values.only === 'fetch') {
	await fetchFigures();
	const width = Math.max(...rows.map(([label]) => label.length));
	io.out('\nReferatarkiv benchmark, npm run fetch against a portal on loopback, rate limit off\n');
	for (const [label, value] of rows) io.out(`${label.padEnd(width)}  ${value}`);
	process.exit(0);
}

// 0. What the run needs, checked before minutes of work: a browser for steps 1 and 8, and room on disk
// (corpus, content, two sites and their caches: about 60 KB an item, measured at L).
const bytesNeeded = items * 60_000;
let existing = dir;
while (!existsSync(existing)) existing = dirname(existing);
const disk = await statfs(existing);
const free = disk.bavail * disk.bsize;
if (free < bytesNeeded) {
	io.err(`npm run bench: ${existing} har ${(free / 1e9).toFixed(1)} GB fri, men ${items} punkter kræver ca. ${(bytesNeeded / 1e9).toFixed(1)} GB; vælg en anden mappe med --dir, eller en mindre --size`);
	process.exit(1);
}
let browserChoice;
try {
	browserChoice = await findChromium();
	await (await launchChromium()).close();
} catch (error) {
	io.err(`npm run bench: Chromium kan ikke starte (${(error as Error).message}); kør npm install, eller sæt CHROMIUM_PATH`);
	process.exit(1);
}
io.err(`bench: ${items} punkter i ${dir}; ${(free / 1e9).toFixed(0)} GB fri (ca. ${(bytesNeeded / 1e9).toFixed(1)} GB skal bruges); Chromium ${browserChoice.path} (${browserChoice.origin})`);

// 1. Each reader on its own, on one core: the originals by container, and a PDF of 100+ pages.
step('readers');
{
	const browser = await launchChromium();
	try {
		const speeds = await readerSpeeds(repositoryRoot, browser);
		results.readers = speeds;
		for (const speed of speeds) {
			const pages = speed.pages ? `, ${speed.pages} pages, ${(speed.pages / speed.seconds).toFixed(0)} pages/s` : '';
			rows.push([`reader: ${speed.reader}`, `${speed.files} files, ${(speed.bytes / 1e6).toFixed(2)} MB in ${speed.seconds.toFixed(2)} s, ${(speed.bytes / 1e6 / speed.seconds).toFixed(1)} MB/s${pages}`]);
			io.err(`  ${rows.at(-1)![0]}: ${rows.at(-1)![1]}`);
		}
	} finally {
		await browser.close();
	}
	const systems = await systemSpeeds(repositoryRoot);
	results.systems = systems;
	for (const speed of systems) {
		rows.push([`ingest: ${speed.system}`, `${speed.files} files, ${speed.meetings} meetings, ${speed.items} items, ${(speed.bytes / 1e6).toFixed(2)} MB in ${speed.seconds.toFixed(2)} s, ${(speed.items / speed.seconds).toFixed(0)} items/s`]);
		io.err(`  ${rows.at(-1)![0]}: ${rows.at(-1)![1]}`);
	}
}

// 1b. npm run fetch against a portal on loopback.
step('fetch');
await fetchFigures();

// 2. The corpus, generated once per directory and reused by later runs.
step('corpus');
if (!existsSync(join(dir, 'content/raw'))) {
	const started = performance.now();
	const summary = await generateCorpus(dir, { items, seed: Number(values.seed), municipalities: municipalityCount }, await seedPaths(repositoryRoot));
	io.err(`  generated ${summary.meetings} meetings, ${summary.items} items in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
const raw = files(join(dir, 'content/raw')).filter((file) => file.path.endsWith('.txt'));
const rawBytes = raw.reduce((sum, file) => sum + file.size, 0);
results.rawMb = rawBytes / 1e6;
rows.push(['corpus', `${items} items, ${raw.length} meetings, ${(rawBytes / 1e6).toFixed(1)} MB raw`]);
// A fresh copy of the site each run, so the benchmark measures the code as it is now.
for (const name of [...siteFiles, 'node_modules']) await rm(join(dir, name), { recursive: true, force: true });
await addSite(dir);

// What a step replaces is moved aside, not deleted, and deleted when the benchmark ends: on these
// disks, files created soon after many were deleted cost several times more
// (scripts/lib/prune-stale.ts), which would charge one step for the step before it.
const trash = join(dir, '.trash');
let trashed = 0;
const discard = async (...paths: string[]) => {
	await mkdir(trash, { recursive: true });
	for (const path of paths) if (existsSync(path)) await rename(path, join(trash, `${++trashed}-${basename(path)}`));
};

// 3. Ingest, from nothing, then again with nothing changed (every raw file skipped by its hash).
await discard(...['meetings', 'cases', '.ingest'].map((folder) => join(dir, 'content', folder)));
await rm(env.INGEST_CACHE, { force: true });
step('ingest');
const ingest = await measure(join(bin, 'node'), [join(repositoryRoot, 'scripts/ingest.ts')], { cwd: dir, env: profiling('ingest'), echo });
await drawProfiles('ingest', `ingest from nothing, ${items} items`);
note('ingest', ingest, `, ${(rawBytes / 1e6 / ingest.seconds).toFixed(1)} MB/s`);
results.ingestMbPerSecond = rawBytes / 1e6 / ingest.seconds;
const reingest = await measure(join(bin, 'node'), [join(repositoryRoot, 'scripts/ingest.ts')], { cwd: dir, env, echo });
note('ingest, nothing changed', reingest, `, ${(rawBytes / 1e6 / reingest.seconds).toFixed(1)} MB/s`);

// 4. The guards every build runs first (CPR numbers, closed items), in this process: one read of
// every content file.
step('guards');
const guardStarted = performance.now();
const guarded = await guardPublication(dir, await loadCprAllowlist(join(dir, 'content/cpr-allowlist.yaml')));
const guardSeconds = (performance.now() - guardStarted) / 1000;
if (guarded.problems.length > 0) throw new Error(`the generated corpus fails the publication guards: ${formatProblem(guarded.problems[0]!)}`);
results.guards = { seconds: guardSeconds, files: guarded.files, mb: guarded.bytes / 1e6 };
rows.push(['guards (CPR, closed items)', `${guardSeconds.toFixed(1)} s, ${guarded.files} files, ${(guarded.bytes / 1e6).toFixed(0)} MB, ${(guarded.bytes / 1e6 / guardSeconds).toFixed(0)} MB/s`]);
io.err(`  ${rows.at(-1)![0]}: ${rows.at(-1)![1]}`);

// 5. Astro, with the open data it writes beside the pages: cold (no cache, no dist/) and warm (the
// cold build's cache and pages in place, as a second `npm run build` finds them). Then Pagefind.
const dist = join(dir, 'dist');
await discard(dist, join(dir, '.astro'), env.CACHE_DIR);
// The steps before are still being written to disk; that is not this step's cost.
execFileSync('sync');
step('astro build');
const cold = await measure(join(bin, 'astro'), ['build'], { cwd: dir, env: profiling('astro'), echo });
await drawProfiles('astro', `astro build, cold, ${items} items`);
const pages = files(dist).filter((file) => file.path.endsWith('.html')).length;
note('astro build, cold', cold, `, ${pages} pages, ${(pages / cold.seconds).toFixed(0)} pages/s`);
const warm = await measure(join(bin, 'astro'), ['build'], { cwd: dir, env, echo });
note('astro build, warm', warm, `, ${(pages / warm.seconds).toFixed(0)} pages/s`);
step('pagefind');
execFileSync('sync');
const pagefind = await measure(join(bin, 'node'), [join(repositoryRoot, 'scripts/index-search.ts')], { cwd: dir, env: profiling('pagefind', { ...env, OUT_DIR: dist }), echo });
await drawProfiles('pagefind', `search indexes, ${items} items`);
note('pagefind, one index per municipality', pagefind);
results.pages = pages;

// 6. What was built.
step('page weights');
const built = files(dist);
const itemPages = built.filter((file) => /\/\d{4}-\d{2}-\d{2}\/[^/]+\/index\.html$/.test(file.path));
const sample = itemPages.filter((_, index) => index % Math.max(1, Math.floor(itemPages.length / 200)) === 0);
const weights = await Promise.all(
	sample.map(async (file) => {
		const html = await readFile(file.path, 'utf8');
		const linked = async (pattern: RegExp) => {
			const sizes = await Promise.all([...html.matchAll(pattern)].map(async (match) => (await stat(join(dist, match[1]!))).size));
			return sizes.reduce((sum, size) => sum + size, 0);
		};
		return { html: file.size, css: await linked(/<link rel="stylesheet" href="([^"]+)"/g), js: await linked(/<script[^>]* src="([^"]+)"/g) };
	}),
);
const distBytes = built.reduce((sum, file) => sum + file.size, 0);
results.dist = { bytes: distBytes, files: built.length };
results.itemPage = { html: median(weights.map((w) => w.html)), css: median(weights.map((w) => w.css)), js: median(weights.map((w) => w.js)) };
rows.push(['dist/', `${(distBytes / 1e6).toFixed(0)} MB in ${built.length} files`]);
rows.push(['item page, median', `HTML ${kb(median(weights.map((w) => w.html)))}, CSS ${kb(median(weights.map((w) => w.css)))}, JS ${kb(median(weights.map((w) => w.js)))}`]);

// 7. Search, as a visitor's browser fetches it, in one municipality's index.
// A copy of a meeting without a sidecar decides the municipality of steps 7 and 8.
const template = raw.map((file) => file.path).find((path) => !existsSync(path.replace(/\.txt$/, '.yaml')))!;
const municipality = template.split('/').at(-2)!;
step('search in Chromium');
const search = await searchBytes(dist, municipality, ['budget', 'borgerne']);
results.search = search;
rows.push(['search, bytes transferred', `first query ${kb(search.first)}, second query ${kb(search.second)} (${municipality})`]);
rows.push(['search, first query by file', Object.entries(search.files).map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ')]);
// The same search with more municipalities ticked: their indexes are merged in the browser, and each
// brings its own metadata (issue 18, national scale).
const municipalitySlugs = (await readdir(join(dir, 'content/meetings'), { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
const chosenCounts = [...new Set([10, 30, municipalitySlugs.length].filter((count) => count > 1 && count <= municipalitySlugs.length))];
results.searchAcross = [];
for (const count of chosenCounts) {
	const chosen = [municipality, ...municipalitySlugs.filter((slug) => slug !== municipality)].slice(0, count);
	const across = await searchBytes(dist, chosen, ['budget', 'borgerne']);
	(results.searchAcross as unknown[]).push({ municipalities: count, first: across.first, second: across.second, firstSeconds: across.firstSeconds });
	rows.push([`search, ${count} municipalities chosen`, `first query ${kb(across.first)} (${across.firstSeconds.toFixed(1)} s), second query ${kb(across.second)}`]);
	io.err(`  ${rows.at(-1)![0]}: ${rows.at(-1)![1]}`);
}

// 8. Adding one meeting and publishing it, as the sharded build does (one CI job per
// municipality, each keeping its Astro and ingest caches): ingest, which reads only the new raw
// file, then that municipality's shard, Astro and its search index. The shard is built once
// before, as its previous CI run would have, and that build is timed too.
const shard = join(dir, 'shard');
const buildShard = () => measure(join(bin, 'node'), [join(repositoryRoot, 'scripts/build.ts'), '--only', municipality], { cwd: dir, env: { ...env, OUT_DIR: shard }, echo });
step('shard and one meeting added');
note(`shard build, ${municipality}, cold`, await buildShard());
// Moved to 2099 so that it is new.
const added = template.replace(/\/(\d{4})-([^/]+)$/, '/2099-$2');
await writeFile(added, (await readFile(template, 'utf8')).replaceAll(/(?<=\D)20\d\d(?!\d)/g, '2099'));
try {
	const parts = [await measure(join(bin, 'node'), [join(repositoryRoot, 'scripts/ingest.ts')], { cwd: dir, env, echo }), await buildShard()];
	const total = parts.reduce((sum, part) => sum + part.seconds, 0);
	results.addOneMeeting = { seconds: total, steps: parts.map((part) => part.seconds) };
	rows.push(['add one meeting (sharded)', `${total.toFixed(1)} s (ingest ${parts[0]!.seconds.toFixed(1)}, shard build ${parts[1]!.seconds.toFixed(1)})`]);
} finally {
	await rm(added);
	await discard(shard);
	execFileSync(join(bin, 'node'), [join(repositoryRoot, 'scripts/ingest.ts')], { cwd: dir, env, stdio: 'ignore' });
}

// 9. The ratio to a bare default Astro site over the same Markdown, with the Pagefind CLI: the whole
// `npm run build` (guards, Astro with the open data, the search indexes, the stale-file pass)
// against `astro build` then `pagefind`, each from nothing. The two alternate, `--rounds` times, and
// each side's fastest round counts: one run of either can be seconds off (other steps' writes still
// going to disk, the inodes of deleted files), which a single pair would put into the ratio.
if (!values['skip-bare']) {
	step('bare Astro site');
	const bare = join(dir, 'bare');
	await discard(bare);
	await writeBareAstro(bare, join(dir, 'content'), join(repositoryRoot, 'node_modules'));
	const rounds = Number(values.rounds);
	const oursRuns: Measured[] = [];
	const bareRuns: { astro: Measured; pagefind: Measured }[] = [];
	for (let round = 1; round <= rounds; round++) {
		await discard(dist, join(dir, '.astro'), env.CACHE_DIR);
		execFileSync('sync');
		oursRuns.push(await measure(join(bin, 'node'), [join(repositoryRoot, 'scripts/build.ts')], { cwd: dir, env, echo }));
		note(`npm run build, from nothing (round ${round})`, oursRuns.at(-1)!, `, ${oursRuns.at(-1)!.cpuSeconds.toFixed(1)} s of processor time`);
		await discard(join(bare, 'dist'), join(bare, '.astro'), join(bare, '.astro-cache'));
		execFileSync('sync');
		const astro = await measure(join(bin, 'astro'), ['build'], { cwd: bare, env, echo });
		const pagefind = await measure(join(bin, 'pagefind'), ['--site', join(bare, 'dist')], { cwd: bare, env });
		bareRuns.push({ astro, pagefind });
		rows.push([
			`bare Astro + Pagefind CLI (round ${round})`,
			`${(astro.seconds + pagefind.seconds).toFixed(1)} s (Astro ${astro.seconds.toFixed(1)} s, peak ${(astro.peakMb / 1000).toFixed(2)} GB; Pagefind ${pagefind.seconds.toFixed(1)} s, peak ${(pagefind.peakMb / 1000).toFixed(2)} GB), ${(astro.cpuSeconds + pagefind.cpuSeconds).toFixed(1)} s of processor time`,
		]);
		io.err(`  ${rows.at(-1)![0]}: ${rows.at(-1)![1]}`);
	}
	// The last round's site again, with nothing changed: the build finds it up to date.
	execFileSync('sync');
	const again = await measure(join(bin, 'node'), [join(repositoryRoot, 'scripts/build.ts')], { cwd: dir, env, echo });
	if (!/allerede bygget/.test(again.output)) throw new Error(`npm run build with nothing changed built again:\n${again.output.slice(-2000)}`);
	results.buildNothingChanged = { seconds: again.seconds };
	rows.push(['npm run build, nothing changed', `${again.seconds.toFixed(1)} s (${Math.round((100 * again.seconds) / Math.min(...oursRuns.map((run) => run.seconds)))}% of from nothing): up to date, nothing written`]);
	const ours = oursRuns.toSorted((a, b) => a.seconds - b.seconds)[0]!;
	const theirs = bareRuns.toSorted((a, b) => a.astro.seconds + a.pagefind.seconds - (b.astro.seconds + b.pagefind.seconds))[0]!;
	const theirSeconds = theirs.astro.seconds + theirs.pagefind.seconds;
	const theirCpu = theirs.astro.cpuSeconds + theirs.pagefind.cpuSeconds;
	results.ratioToBareAstro = ours.seconds / theirSeconds;
	results.bare = { seconds: theirSeconds, astroSeconds: theirs.astro.seconds, pagefindSeconds: theirs.pagefind.seconds, cpuSeconds: theirCpu };
	results.build = { seconds: ours.seconds, cpuSeconds: ours.cpuSeconds, peakMb: ours.peakMb };
	rows.push([
		'ratio to bare Astro + Pagefind',
		`${(ours.seconds / theirSeconds).toFixed(2)} (npm run build ${ours.seconds.toFixed(1)} s, bare ${theirSeconds.toFixed(1)} s; the fastest of ${rounds} rounds each)`,
	]);
	// The least wall time two cores allow for our processor time, against the bare site's wall time:
	// what no amount of parallel work could bring the ratio below.
	rows.push(['processor time, ours / bare', `${ours.cpuSeconds.toFixed(1)} s / ${theirCpu.toFixed(1)} s = ${(ours.cpuSeconds / theirCpu).toFixed(2)}; on ${results.cpus} cores the ratio cannot go below ${(ours.cpuSeconds / Number(results.cpus) / theirSeconds).toFixed(2)}`]);
	let hugo: string | undefined;
	try {
		hugo = execFileSync('sh', ['-c', 'command -v hugo'], { encoding: 'utf8' }).trim();
	} catch {
		rows.push(['Hugo', 'not installed (apt-get install hugo), no ratio']);
	}
	if (hugo) {
		const site = join(dir, 'hugo');
		await rm(site, { recursive: true, force: true });
		execFileSync('mkdir', ['-p', join(site, 'layouts/_default')]);
		await writeFile(join(site, 'hugo.toml'), "baseURL = 'https://example.org/'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n");
		await writeFile(join(site, 'layouts/_default/single.html'), '<html lang="da"><head><title>{{ .Title }}</title></head><body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>');
		await writeFile(join(site, 'layouts/_default/list.html'), '<html lang="da"><head><title>{{ .Title }}</title></head><body></body></html>');
		execFileSync('ln', ['-s', join(dir, 'content'), join(site, 'content')]);
		const hugoBuild = await measure(hugo, ['--quiet'], { cwd: site, env });
		note('Hugo', hugoBuild);
		results.ratioToHugo = cold.seconds / hugoBuild.seconds;
		rows.push(['ratio of our Astro build to Hugo', (cold.seconds / hugoBuild.seconds).toFixed(1)]);
	}
}

await writeFile(join(dir, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
if (profileDir) {
	const lines = [`# CPU profiles, ${items} items`, '', `\`npm run bench -- --items ${items} --profile ${profileDir}\`, ${new Date().toISOString().slice(0, 10)}. One flame graph per thread of each step; "idle" is time the thread waited (file system, other threads, child processes).`, ''];
	for (const { step, file, summary } of profiled) {
		lines.push(`## ${step}: ${file}`, '', `${summary.seconds.toFixed(1)} s sampled, ${summary.idle.toFixed(1)} s idle.`, '', '| where | own time |', '| --- | --- |');
		for (const { origin, seconds } of summary.byOrigin.filter((entry) => entry.origin !== '(idle)').slice(0, 8)) lines.push(`| ${origin} | ${seconds.toFixed(2)} s |`);
		lines.push('', '| function | own time |', '| --- | --- |');
		for (const { name, seconds } of summary.top.slice(0, 12)) lines.push(`| \`${name.replaceAll('|', '\\|')}\` | ${seconds.toFixed(2)} s |`);
		lines.push('');
	}
	await writeFile(join(profileDir, 'profiles.md'), lines.join('\n'));
	rows.push(['CPU profiles', `${profiled.length} flame graphs and profiles.md in ${profileDir}`]);
}
// Deleted last, and written out, so that the next run's files are not the ones paying for it; a
// run started within a minute or so of this one still does (scripts/lib/prune-stale.ts).
await rm(trash, { recursive: true, force: true });
execFileSync('sync');
const width = Math.max(...rows.map(([label]) => label.length));
io.out(`\nReferatarkiv benchmark, ${items} items (${dir}), ${formatDuration((performance.now() - benchStarted) / 1000)}\n`);
for (const [label, value] of rows) io.out(`${label.padEnd(width)}  ${value}`);
io.out(`\nFigures as JSON: ${join(dir, 'bench.json')}`);
