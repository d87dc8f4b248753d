#!/usr/bin/env node
// `npm run bench:search`: the search-quality benchmark of issue 17. See BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readJudgedQueries, runSearchVariant, type SearchVariant, type VariantOutcome } from './bench/search-quality.ts';
import { launchChromium } from './lib/chromium.ts';
import { chosenVariant, plainVariant } from '../src/lib/search/page-indexer.ts';
import { municipalitiesWithContent } from './lib/index-search.ts';
import { repositoryRoot } from './lib/workspace.ts';
import { parseCommand } from '../src/lib/cli/command.ts';
import { terminalIo } from '../src/lib/cli/progress.ts';

/** Side by side in one run: plain Pagefind, each addition alone, and the variant the archive ships. */
const variants: SearchVariant[] = [
	{ name: 'plain Pagefind', index: plainVariant, query: 'plain' },
	{ name: 'query prepared', index: plainVariant, query: 'danish' },
	{ name: 'compounds 0.5', index: { compounds: true, synonyms: false, weight: 0.5 }, query: 'danish' },
	{ name: 'compounds 1.0', index: { compounds: true, synonyms: false, weight: 1 }, query: 'danish' },
	{ name: 'compounds + synonyms 0.5', index: { compounds: true, synonyms: true, weight: 0.5 }, query: 'danish' },
	{ name: `compounds + synonyms ${chosenVariant.weight.toFixed(1)} (chosen)`, index: chosenVariant, query: 'danish' },
];

const io = terminalIo();
const parsed = parseCommand(
	{
		name: 'npm run bench:search --',
		summary:
			'Søgekvalitet: bygger de medfølgende referater, indekserer dem på hver måde (ren Pagefind, forberedt forespørgsel, sammensatte ord, synonymer) og kører de bedømte forespørgsler i scripts/bench/search-queries.yaml gennem søgesiden i Chromium. Skriver Recall@10, MRR@10, top 3, bytes for første og senere søgninger og indeksets størrelse pr. variant; se BENCHMARKS.md.',
		options: {
			dist: { type: 'string', value: 'MAPPE', description: 'et allerede bygget site af de medfølgende referater i stedet for en ny bygning' },
			queries: { type: 'string', value: 'FIL', description: 'de bedømte forespørgsler', default: 'scripts/bench/search-queries.yaml' },
			json: { type: 'string', value: 'FIL', description: 'skriv alle tal, også hver forespørgsels ti resultater, som JSON' },
			verbose: { type: 'boolean', description: 'vis forespørgsler uden et relevant resultat øverst' },
			variant: { type: 'string', value: 'NAVN', description: 'kun varianter, hvis navn rummer NAVN' },
		},
		examples: ['npm run bench:search', 'npm run build && npm run bench:search -- --dist dist --verbose', 'npm run bench:search -- --variant chosen --json /tmp/search.json'],
	},
	process.argv.slice(2),
	io,
);
if (!parsed.run) process.exit(parsed.code);
const { values } = parsed;
const queries = await readJudgedQueries(resolve(values.queries));
const work = await mkdtemp(join(tmpdir(), 'referatarkiv-search-bench-'));
let dist = values.dist ? resolve(values.dist) : join(work, 'dist');
if (values.dist && !existsSync(join(dist, 'soeg/index.html'))) {
	io.err(`npm run bench:search: ${dist} er ikke et bygget site (soeg/index.html mangler); kør npm run build først`);
	process.exit(2);
}
try {
	if (!values.dist) {
		io.err('bygger de medfølgende referater …');
		execFileSync(join(repositoryRoot, 'node_modules/.bin/node'), [join(repositoryRoot, 'scripts/build.ts')], { cwd: repositoryRoot, env: { ...process.env, OUT_DIR: dist }, stdio: ['ignore', 'ignore', 'inherit'] });
	}
	const municipalities = await municipalitiesWithContent(repositoryRoot);
	const browser = await launchChromium();
	const outcomes: VariantOutcome[] = [];
	try {
		for (const variant of variants.filter((candidate) => !values.variant || candidate.name.includes(values.variant))) {
			io.err(`${variant.name}: ${queries.length} forespørgsler …`);
			outcomes.push(await runSearchVariant(dist, work, municipalities, variant, queries, browser));
		}
	} finally {
		await browser.close();
	}
	const kinds = [...new Set(queries.map((query) => query.kind))];
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	const rows = [
		['', ...outcomes.map((outcome) => outcome.name)],
		['Recall@10', ...outcomes.map((outcome) => outcome.recallAt10.toFixed(3))],
		['MRR@10', ...outcomes.map((outcome) => outcome.mrrAt10.toFixed(3))],
		['relevant in top 3', ...outcomes.map((outcome) => `${outcome.top3} of ${queries.length}`)],
		...kinds.map((kind) => [`  ${kind} (${outcomes[0]!.byKind[kind]!.queries}): MRR@10, top 3`, ...outcomes.map((outcome) => `${outcome.byKind[kind]!.mrrAt10.toFixed(3)}, ${outcome.byKind[kind]!.top3}`)]),
		['first query', ...outcomes.map((outcome) => kb(outcome.firstQueryBytes))],
		['later queries, median / max', ...outcomes.map((outcome) => `${kb(outcome.laterQueryBytes.median)} / ${kb(outcome.laterQueryBytes.max)}`)],
		['index, all municipalities', ...outcomes.map((outcome) => kb(outcome.indexBytes))],
	];
	io.out(`Search quality, ${queries.length} judged queries over the bundled minutes (${municipalities.length} municipalities)\n`);
	io.out(`| ${rows[0]!.join(' | ')} |\n| ${rows[0]!.map(() => '---').join(' | ')} |`);
	for (const row of rows.slice(1)) io.out(`| ${row.join(' | ')} |`);
	if (values.verbose) {
		for (const outcome of outcomes) {
			const missed = outcome.queries.filter((query) => query.rank !== 1);
			io.out(`\n${outcome.name}: ${missed.length} without a relevant result first`);
			for (const query of missed) io.out(`  ${query.kind}: »${query.query}« → ${query.rank ?? '–'} (${query.top.slice(0, 3).join(', ') || 'no results'})`);
		}
	}
	if (values.json) await writeFile(resolve(values.json), `${JSON.stringify({ date: new Date().toISOString(), queries: queries.length, outcomes }, null, '\t')}\n`);
} finally {
	await rm(work, { recursive: true, force: true });
}
