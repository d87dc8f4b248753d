import { spawnSync } from 'node:child_process';

/** One commit that changed a content file. */
export interface Revision {
	hash: string;
	/** Commit date, ISO 8601 with offset. */
	date: string;
	/** The commit's first line. */
	subject: string;
}

/** The public record's history, or why there is none (a shallow clone, an export without `.git`). */
export type History = { available: true; of: (path: string) => readonly Revision[] } | { available: false };

const git = (cwd: string, args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });

/**
 * Every commit that changed a file under `folder`, by file, newest first: one `git log` for the whole
 * build, never one per page. A shallow clone has only its newest commits, so its history would be
 * wrong rather than short: it is reported unavailable, as is a tree that is no repository.
 */
export function readGitHistory(cwd: string, folder: string): History {
	const shallow = git(cwd, ['rev-parse', '--is-shallow-repository']);
	if (shallow.status !== 0 || shallow.stdout.trim() !== 'false') return { available: false };
	const log = git(cwd, ['log', '--no-renames', '--relative', '--format=%x1e%H%x1f%cI%x1f%s', '--name-only', '--', folder]);
	if (log.status !== 0) throw new Error(`git log over ${folder} failed: ${log.stderr.trim()}`, { cause: log.error });
	const byPath = new Map<string, Revision[]>();
	for (const record of log.stdout.split('\x1e')) {
		if (!record.trim()) continue;
		const [header, ...files] = record.split('\n');
		const [hash, date, subject] = header!.split('\x1f') as [string, string, string];
		for (const file of files) {
			if (!file) continue;
			const list = byPath.get(file);
			if (list) list.push({ hash, date, subject });
			else byPath.set(file, [{ hash, date, subject }]);
		}
	}
	return { available: true, of: (path) => byPath.get(path.replace(/^\.\//, '')) ?? [] };
}
