import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readGitHistory } from '../../src/lib/site/git-history.ts';

let root: string;
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Redaktør', GIT_AUTHOR_EMAIL: 'r@example.org', GIT_COMMITTER_NAME: 'Redaktør', GIT_COMMITTER_EMAIL: 'r@example.org' } });

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'referatarkiv-history-'));
	const repo = join(root, 'repo');
	await mkdir(join(repo, 'content/cases/stevns/m'), { recursive: true });
	git(repo, 'init', '-q', '-b', 'main');
	await writeFile(join(repo, 'content/cases/stevns/m/1.md'), '---\ntitle: A\n---\n');
	await writeFile(join(repo, 'content/cases/stevns/m/2.md'), '---\ntitle: B\n---\n');
	git(repo, 'add', '.');
	git(repo, 'commit', '-q', '-m', 'Stevns: referatet fra mødet');
	await writeFile(join(repo, 'content/cases/stevns/m/1.md'), '---\ntitle: A, rettet\n---\n');
	git(repo, 'commit', '-q', '-am', 'Ret titlen på punkt 1');
	// Ingest's code changed, and it wrote item 1 again.
	await mkdir(join(repo, 'src'));
	await writeFile(join(repo, 'src/layout.ts'), 'export {};\n');
	await writeFile(join(repo, 'content/cases/stevns/m/1.md'), '---\ntitle: A, rettet\nclass: x\n---\n');
	git(repo, 'add', '.');
	git(repo, 'commit', '-q', '-m', 'Refactor the layout');
	// A new publication of the meeting: its raw file and what ingest made of it.
	await mkdir(join(repo, 'content/raw/stevns'), { recursive: true });
	await writeFile(join(repo, 'content/raw/stevns/m.v2.txt'), 'referat\n');
	await writeFile(join(repo, 'content/cases/stevns/m/2.md'), '---\ntitle: B\ndecision: Godkendt\n---\n');
	git(repo, 'add', '.');
	git(repo, 'commit', '-q', '-m', 'Stevns: referatet');
	git(root, 'clone', '-q', '--depth', '1', `file://${repo}`, 'shallow');
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('readGitHistory', () => {
	test('each file\'s commits, newest first, from one git log, each said as what it did to the content', () => {
		const history = readGitHistory(join(root, 'repo'), 'content/cases');
		expect(history.available).toBe(true);
		if (!history.available) return;
		expect(history.of('content/cases/stevns/m/1.md').map((revision) => [revision.kind, revision.subject])).toEqual([
			['reprocessed', 'Refactor the layout'],
			['edit', 'Ret titlen på punkt 1'],
			['added', 'Stevns: referatet fra mødet'],
		]);
		expect(history.of('./content/cases/stevns/m/2.md').map((revision) => [revision.kind, revision.subject])).toEqual([
			['publication', 'Stevns: referatet'],
			['added', 'Stevns: referatet fra mødet'],
		]);
		expect(history.of('content/cases/stevns/m/1.md')[0]!.hash).toMatch(/^[0-9a-f]{40}$/);
		expect(history.of('content/cases/stevns/m/3.md')).toEqual([]);
	});

	test('a shallow clone, or a tree without git, has no history: the page says so rather than show half of it', () => {
		expect(readGitHistory(join(root, 'shallow'), 'content/cases')).toEqual({ available: false });
		expect(readGitHistory(tmpdir(), 'content/cases')).toEqual({ available: false });
	});
});
