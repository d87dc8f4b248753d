import { spawnSync } from 'node:child_process';

/**
 * What a commit did to a content file, read from what else it changed:
 * - `added`: the file came into the archive;
 * - `publication`: the commit brought a raw file of the same municipality (a new publication, read by ingest);
 * - `reprocessed`: ingest wrote the file again from the originals (its code, the registry or its
 *   record in `content/.ingest/` changed too);
 * - `edit`: it changed ingest's output and nothing else, not even ingest's record of what it wrote:
 *   that is how a hand correction looks (README, "Reviewing a pull request").
 * Only an edit's message is about the content; the others' are developers' notes.
 */
export type RevisionKind = 'added' | 'publication' | 'reprocessed' | 'edit';

/** One commit that changed a content file. */
export interface Revision {
	hash: string;
	/** Commit date, ISO 8601 with offset. */
	date: string;
	/** The commit's first line. */
	subject: string;
	kind: RevisionKind;
}

/** The public record's history, or why there is none (a shallow clone, an export without `.git`). */
export type History = { available: true; of: (path: string) => readonly Revision[] } | { available: false };

const git = (cwd: string, args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });

/** What ingest writes: a commit that touches nothing else is a hand edit. */
const generated = /^content\/(cases|meetings|attachments)\//;

function kindOf(status: string, file: string, files: readonly string[]): RevisionKind {
	if (status === 'A') return 'added';
	const municipality = file.split('/')[2];
	if (files.some((other) => other.startsWith(`content/raw/${municipality}/`))) return 'publication';
	return files.every((other) => generated.test(other)) ? 'edit' : 'reprocessed';
}

/**
 * Every commit that changed a file under `folder`, by file, newest first: one `git log` for the whole
 * build, never one per page. The log lists every file of each commit, since what else a commit
 * changed says what kind of change it was. A shallow clone has only its newest commits, so its
 * history would be wrong rather than short: it is reported unavailable, as is a tree that is no repository.
 */
export function readGitHistory(cwd: string, folder: string): History {
	const shallow = git(cwd, ['rev-parse', '--is-shallow-repository']);
	if (shallow.status !== 0 || shallow.stdout.trim() !== 'false') return { available: false };
	const log = git(cwd, ['log', '--no-renames', '--relative', '--format=%x1e%H%x1f%cI%x1f%s', '--name-status']);
	if (log.status !== 0) throw new Error(`git log over ${folder} failed: ${log.stderr.trim()}`, { cause: log.error });
	const prefix = `${folder.replace(/^\.\//, '').replace(/\/$/, '')}/`;
	const byPath = new Map<string, Revision[]>();
	for (const record of log.stdout.split('\x1e')) {
		if (!record.trim()) continue;
		const [header, ...lines] = record.split('\n');
		const [hash, date, subject] = header!.split('\x1f') as [string, string, string];
		const changes = lines.filter(Boolean).map((line) => line.split('\t') as [string, string]);
		const files = changes.map(([, file]) => file);
		for (const [status, file] of changes) {
			if (!file.startsWith(prefix)) continue;
			const revision = { hash, date, subject, kind: kindOf(status, file, files) };
			const list = byPath.get(file);
			if (list) list.push(revision);
			else byPath.set(file, [revision]);
		}
	}
	return { available: true, of: (path) => byPath.get(path.replace(/^\.\//, '')) ?? [] };
}
