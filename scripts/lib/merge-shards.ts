import { copyFile, mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { CommandError } from '../../src/lib/cli/command.ts';
import type { Io } from '../../src/lib/cli/io.ts';

/**
 * Combines shard builds (`npm run build -- --only <kommune>`) into one site in `out`. Each shard's
 * own files live under its municipality's folder; the files every shard writes (front page, search
 * page, `_astro/`, robots.txt, the OParl System) are made from the registry alone and must be
 * identical. A shared file that differs means the shards were built from different code or
 * registries, and publishing either copy would be wrong for the other shard: that stops the merge.
 */
export async function mergeShards(out: string, shards: readonly string[], io?: Io): Promise<{ files: number; shared: number }> {
	const origin = new Map<string, string>();
	let shared = 0;
	// Into a folder of its own, renamed at the end: a merge that stops leaves no half site behind.
	const staging = `${out}.${process.pid}.tmp`;
	const progress = io?.progress?.({ label: 'flet', total: shards.length, unit: 'shards' });
	try {
		await mkdir(staging, { recursive: true });
		for (const shard of shards) {
			await mergeShard(shard);
			progress?.tick();
		}
		await rename(staging, out);
	} catch (error) {
		await rm(staging, { recursive: true, force: true });
		throw error;
	} finally {
		progress?.stop();
	}
	return { files: origin.size, shared };

	async function mergeShard(shard: string): Promise<void> {
		const entries = await readdir(shard, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
			throw new CommandError(`${shard}: ikke en bygget shard; byg den med npm run build -- --only <kommune>`, { cause: error });
		});
		for (const entry of entries) {
			if (!entry.isFile()) continue;
			const source = join(entry.parentPath, entry.name);
			const path = relative(shard, source);
			const first = origin.get(path);
			if (first !== undefined) {
				const [a, b] = await Promise.all([readFile(join(first, path)), readFile(source)]);
				if (!a.equals(b)) throw new CommandError(`${path} er forskellig i ${first} og ${shard}; byg alle shards fra samme udgave af koden og content/municipalities.yaml`);
				shared++;
				continue;
			}
			origin.set(path, shard);
			await mkdir(dirname(join(staging, path)), { recursive: true });
			await copyFile(source, join(staging, path));
		}
	}
}
