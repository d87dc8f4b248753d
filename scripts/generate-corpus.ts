#!/usr/bin/env node
// Synthetic raw minutes for benchmarks. `node scripts/generate-corpus.ts --help`.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCommand, positiveInteger } from '../src/lib/cli/command.ts';
import { terminalIo } from '../src/lib/cli/progress.ts';
import { generateCorpus, seedPaths } from './corpus/generate-corpus.ts';
import { sizes, type Size } from './corpus/plan-corpus.ts';

const io = terminalIo();
const parsed = parseCommand(
	{
		name: 'npm run generate-corpus --',
		summary: `Skriver syntetiske råreferater i de fire seed-formater, sat sammen af de medfølgende seeds, som MAPPE/content/raw/<kommune>/ og MAPPE/content/municipalities.yaml. Størrelser: S ${sizes.S}, M ${sizes.M}, L ${sizes.L} punkter. Samme frø giver altid de samme bytes.`,
		positionals: { name: 'MAPPE', description: 'en tom eller ny mappe', min: 1, max: 1 },
		options: {
			size: { type: 'string', value: 'STØRRELSE', description: 'korpussets størrelse', default: 'S', choices: Object.keys(sizes) },
			items: { type: 'string', value: 'ANTAL', description: 'antal dagsordenspunkter i stedet for en størrelse', check: positiveInteger },
			seed: { type: 'string', value: 'FRØ', description: 'tilfældighedens frø', default: '1', check: positiveInteger },
			municipalities: { type: 'string', value: 'ANTAL', description: 'antal kommuner, der skiftes til at bruge de fire formater', default: '4', check: positiveInteger },
		},
		examples: ['npm run generate-corpus -- /tmp/korpus --size M', 'npm run generate-corpus -- /tmp/korpus --items 5000 --municipalities 10'],
	},
	process.argv.slice(2),
	io,
);
if (!parsed.run) process.exit(parsed.code);
const { values, positionals } = parsed;
const dir = resolve(positionals[0]!);
if (existsSync(join(dir, 'content'))) {
	io.err(`npm run generate-corpus: ${join(dir, 'content')} findes allerede; angiv en tom eller ny mappe, så intet bliver overskrevet`);
	process.exit(2);
}
const options = {
	items: Number(values.items ?? sizes[values.size as Size]),
	seed: Number(values.seed),
	municipalities: Number(values.municipalities),
};
const started = performance.now();
const summary = await generateCorpus(dir, options, await seedPaths(resolve(import.meta.dirname, '..')));
io.out(
	`${dir}: ${summary.municipalities} kommuner, ${summary.meetings} møder, ${summary.items} punkter, ${(summary.bytes / 1e6).toFixed(1)} MB råtekst på ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
