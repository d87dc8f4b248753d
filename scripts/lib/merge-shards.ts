import { copyFile, mkdir, readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

/**
 * Combines shard builds (`npm run build -- --only <kommune>`) into one site in `out`. Each shard's
 * own files live under its municipality's folder; the files every shard writes (front page, search
 * page, `_astro/`, robots.txt, the OParl System) are made from the registry alone and must be
 * identical. A shared file that differs means the shards were built from different code or
 * registries, and publishing either copy would be wrong for the other shard: that stops the merge.
 */
export async function mergeShards(out: string, shards: readonly string[]): Promise<{ files: number; shared: number }> {
	const origin = new Map<string, string>();
	let shared = 0;
	for (const shard of shards) {
		const entries = await readdir(shard, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
			throw new Error(`${shard}: ikke en bygget shard; byg den med npm run build -- --only <kommune>`, { cause: error });
		});
		for (const entry of entries) {
			if (!entry.isFile()) continue;
			const source = join(entry.parentPath, entry.name);
			const path = relative(shard, source);
			const first = origin.get(path);
			if (first !== undefined) {
				const [a, b] = await Promise.all([readFile(join(first, path)), readFile(source)]);
				if (!a.equals(b)) throw new Error(`${path} er forskellig i ${first} og ${shard}; byg alle shards fra samme udgave af koden og content/municipalities.yaml`);
				shared++;
				continue;
			}
			origin.set(path, shard);
			await mkdir(dirname(join(out, path)), { recursive: true });
			await copyFile(source, join(out, path));
		}
	}
	return { files: origin.size, shared };
}
