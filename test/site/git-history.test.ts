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
	git(root, 'clone', '-q', '--depth', '1', `file://${repo}`, 'shallow');
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('readGitHistory', () => {
	test('each file\'s commits, newest first, from one git log', () => {
		const history = readGitHistory(join(root, 'repo'), 'content/cases');
		expect(history.available).toBe(true);
		if (!history.available) return;
		expect(history.of('content/cases/stevns/m/1.md').map((revision) => revision.subject)).toEqual(['Ret titlen på punkt 1', 'Stevns: referatet fra mødet']);
		expect(history.of('./content/cases/stevns/m/2.md').map((revision) => revision.subject)).toEqual(['Stevns: referatet fra mødet']);
		expect(history.of('content/cases/stevns/m/1.md')[0]!.hash).toMatch(/^[0-9a-f]{40}$/);
		expect(history.of('content/cases/stevns/m/3.md')).toEqual([]);
	});

	test('a shallow clone, or a tree without git, has no history: the page says so rather than show half of it', () => {
		expect(readGitHistory(join(root, 'shallow'), 'content/cases')).toEqual({ available: false });
		expect(readGitHistory(tmpdir(), 'content/cases')).toEqual({ available: false });
	});
});
