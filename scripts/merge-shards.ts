#!/usr/bin/env node
// Combines shard builds into one site. `npm run merge-shards -- --help`.
import { existsSync } from 'node:fs';
import { CommandError, parseCommand } from '../src/lib/cli/command.ts';
import { terminalIo } from '../src/lib/cli/progress.ts';
import { mergeShards } from './lib/merge-shards.ts';

const io = terminalIo();
const parsed = parseCommand(
	{
		name: 'npm run merge-shards --',
		summary:
			'Fletter shards bygget hver for sig med npm run build -- --only <kommune> til ét site i UD-MAPPE. Stopper, hvis en fælles fil (forside, søgeside, robots.txt …) er forskellig i to shards.',
		positionals: { name: 'UD-MAPPE SHARD-MAPPE...', description: 'en ny mappe til det samlede site, derefter shardenes mapper', min: 2 },
		options: {},
		examples: ['npm run merge-shards -- site shards/*', 'npm run merge-shards -- site shards/stevns shards/rudersdal'],
	},
	process.argv.slice(2),
	io,
);
if (!parsed.run) process.exit(parsed.code);
const [out, ...shards] = parsed.positionals as [string, ...string[]];
if (existsSync(out)) {
	io.err(`npm run merge-shards: ${out} findes allerede; angiv en ny mappe, så intet gammelt bliver liggende i det udgivne site`);
	process.exit(2);
}
try {
	const { files, shared } = await mergeShards(out, shards, io);
	io.out(`${shards.length} shards → ${out}: ${files} filer (${shared} fælles filer var ens)`);
} catch (error) {
	if (!(error instanceof CommandError)) throw error;
	io.err(`npm run merge-shards: ${error.message}`);
	process.exitCode = 1;
}
