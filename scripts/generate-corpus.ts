import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, seedPaths } from './corpus/generate-corpus.ts';
import { sizes, type Size } from './corpus/plan-corpus.ts';

const usage = `Usage: node scripts/generate-corpus.ts DIR [--size S|M|L | --items N] [--seed N] [--municipalities N]

Writes synthetic raw minutes in the four seed formats, recombined from the bundled seeds, as
DIR/content/raw/<kommune>/ and DIR/content/municipalities.yaml. Sizes: S ${sizes.S}, M ${sizes.M}, L ${sizes.L} items.
The same seed always writes the same bytes.`;

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		size: { type: 'string', default: 'S' },
		items: { type: 'string' },
		seed: { type: 'string', default: '1' },
		municipalities: { type: 'string', default: '4' },
		help: { type: 'boolean', short: 'h', default: false },
	},
});
if (values.help || positionals.length !== 1) {
	console.log(usage);
	process.exit(values.help ? 0 : 2);
}
if (!(values.size in sizes) && values.items === undefined) {
	console.error(`unknown size "${values.size}"; use S, M, L or --items N`);
	process.exit(2);
}
const dir = resolve(positionals[0]!);
if (existsSync(join(dir, 'content'))) {
	console.error(`${join(dir, 'content')} exists already; name an empty or new directory, so nothing is overwritten`);
	process.exit(2);
}
const options = {
	items: Number(values.items ?? sizes[values.size as Size]),
	seed: Number(values.seed),
	municipalities: Number(values.municipalities),
};
const started = performance.now();
const summary = await generateCorpus(dir, options, await seedPaths(resolve(import.meta.dirname, '..')));
console.log(
	`${dir}: ${summary.municipalities} municipalities, ${summary.meetings} meetings, ${summary.items} items, ${(summary.bytes / 1e6).toFixed(1)} MB of raw text in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
