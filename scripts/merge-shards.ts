#!/usr/bin/env node
// Combines shard builds into one site: npm run merge-shards -- <ud-mappe> <shard-mappe>...
import { existsSync } from 'node:fs';
import { mergeShards } from './lib/merge-shards.ts';

const [out, ...shards] = process.argv.slice(2);
if (!out || shards.length === 0) {
	console.error('Brug: npm run merge-shards -- <ud-mappe> <shard-mappe>...\n\nFletter shards bygget med npm run build -- --only <kommune> til ét site.');
	process.exit(2);
}
if (existsSync(out)) {
	console.error(`${out} findes allerede; angiv en ny mappe, så intet gammelt bliver liggende i det udgivne site`);
	process.exit(2);
}
const { files, shared } = await mergeShards(out, shards);
console.log(`${shards.length} shards → ${out}: ${files} filer (${shared} fælles filer var ens)`);
