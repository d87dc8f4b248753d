import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * When each raw file was first committed (seconds since 1970), from `git log`: the order an editor
 * added a meeting's publications in, where the files themselves do not say when they were
 * published. A file not yet committed is missing from the map (it is the newest); outside a git
 * repository, or without git, the map is empty.
 */
export async function gitAddedTimes(root: string, paths: readonly string[]): Promise<Map<string, number>> {
	const times = new Map<string, number>();
	if (paths.length === 0) return times;
	let stdout: string;
	try {
		({ stdout } = await run('git', ['-C', root, 'log', '--diff-filter=A', '--format=%x00%ct', '--name-only', '--relative', '--no-renames', '--', ...paths], { maxBuffer: 64 * 1024 * 1024 }));
	} catch {
		// No git, or not a repository: the order falls back to what ingest saw before (see orderVersions).
		return times;
	}
	// `git log` lists newest first; a path's first commit is its smallest time.
	for (const commit of stdout.split('\0').slice(1)) {
		const [time, ...names] = commit.trim().split('\n');
		for (const name of names) if (name) times.set(name, Math.min(times.get(name) ?? Infinity, Number(time)));
	}
	return times;
}
