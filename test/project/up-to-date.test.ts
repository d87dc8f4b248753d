import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { digestStamps, stampFiles } from '../../scripts/lib/file-stamps.ts';
import { buildRecordPath, inputFingerprint, isUpToDate, readBuildRecord, writeBuildRecord } from '../../scripts/lib/up-to-date.ts';

let root: string | undefined;
afterEach(async () => {
	if (root) await rm(root, { recursive: true, force: true });
});

async function files(base: string, paths: Record<string, string>): Promise<void> {
	for (const [path, text] of Object.entries(paths)) {
		await mkdir(join(base, path, '..'), { recursive: true });
		await writeFile(join(base, path), text);
	}
}

describe('the fingerprint of a build’s inputs', () => {
	it('stays the same while nothing changes, and changes with a content file, a setting or the environment', async () => {
		root = await mkdtemp(join(tmpdir(), 'up-to-date-'));
		await files(root, { 'content/meetings/stevns/2021-09-15-byraadet.md': '---\ntitle: Byrådet\n---\n', 'src/pages/index.astro': '<h1>Referatarkiv</h1>', 'astro.config.mjs': 'export default {};' });
		const env = { SITE: 'https://referatarkiv.dk' };
		const first = inputFingerprint(root, env);
		expect(inputFingerprint(root, env)).toBe(first);

		// The same bytes written again, as a checkout does: the build cannot know the page is the same without reading it.
		const later = new Date(Date.now() + 60_000);
		await utimes(join(root, 'content/meetings/stevns/2021-09-15-byraadet.md'), later, later);
		const touched = inputFingerprint(root, env);
		expect(touched).not.toBe(first);

		await files(root, { 'content/cases/stevns/21-123.md': '---\ntitle: Sag\n---\n' });
		const withCase = inputFingerprint(root, env);
		expect(withCase).not.toBe(touched);
		expect(inputFingerprint(root, { SITE: 'https://stevns.dk' })).not.toBe(withCase);
		await writeFile(join(root, 'astro.config.mjs'), 'export default { base: "/arkiv" };');
		expect(inputFingerprint(root, env)).not.toBe(withCase);
	});
});

describe('whether a built folder is up to date', () => {
	it('is, with the same inputs and the folder as the build left it; is not after any file in it is added, changed or removed', async () => {
		root = await mkdtemp(join(tmpdir(), 'up-to-date-'));
		const dist = join(root, 'dist');
		await files(dist, { 'index.html': '<h1>Referatarkiv</h1>', 'stevns/index.html': '<h1>Stevns</h1>', '.git/HEAD': 'ref: refs/heads/main' });
		const record = { dist, inputs: 'abc', output: digestStamps(stampFiles(dist)) };
		const path = buildRecordPath(join(root, 'cache'), dist);
		writeBuildRecord(path, record);
		expect(readBuildRecord(path)).toEqual(record);

		expect(isUpToDate(readBuildRecord(path), dist, 'abc')).toBe(true);
		expect(isUpToDate(readBuildRecord(path), dist, 'abd')).toBe(false);
		expect(isUpToDate(readBuildRecord(path), join(root, 'other'), 'abc')).toBe(false);
		expect(isUpToDate(undefined, dist, 'abc')).toBe(false);
		// A deploy's own .git in the folder is not the build's.
		await writeFile(join(dist, '.git/HEAD'), 'ref: refs/heads/gh-pages');
		expect(isUpToDate(readBuildRecord(path), dist, 'abc')).toBe(true);

		await writeFile(join(dist, 'stevns/index.html'), '<h1>Stevns Kommune</h1>');
		expect(isUpToDate(readBuildRecord(path), dist, 'abc')).toBe(false);
		writeBuildRecord(path, { ...record, output: digestStamps(stampFiles(dist)) });
		await rm(join(dist, 'stevns/index.html'));
		expect(isUpToDate(readBuildRecord(path), dist, 'abc')).toBe(false);
	});

	it('has no record when the record is cut short, so the build runs in full', async () => {
		root = await mkdtemp(join(tmpdir(), 'up-to-date-'));
		const path = join(root, 'record.json');
		await writeFile(path, '{"dist": "/tmp/dist", "inp');
		expect(readBuildRecord(path)).toBeUndefined();
		expect(readBuildRecord(join(root, 'none.json'))).toBeUndefined();
	});
});
