import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { recordedDocuments } from '../helpers/portal-server.ts';
import { fetchIn, rawFiles, snapshot, usePortalRepo } from './fetch-helpers.ts';

const root = new URL('../..', import.meta.url).pathname;

const setUp = usePortalRepo();

describe('a fetch killed in the middle of a publication', () => {
	test('leaves the tree as it was, and the next run writes the publication whole', async () => {
		const { portal, repo } = await setUp();
		const before = await snapshot(repo.root);
		const victim = recordedDocuments[5]!;
		portal.fault(`/storage/${victim}`, 'stall');
		const child = spawn(join(root, 'node_modules/.bin/node'), [join(root, 'scripts/fetch.ts'), '--rate', '0', '--since', '2026-01-01'], { cwd: repo.root, env: { ...process.env, CI: 'true' }, stdio: 'ignore' });
		const exited = new Promise((resolve) => child.on('exit', resolve));
		const deadline = Date.now() + 30_000;
		while (!portal.requests.some((request) => request.path.startsWith(`/storage/${victim}`)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
		// Five of its documents have arrived when it dies; none is written until all have.
		child.kill('SIGKILL');
		await exited;
		expect(await snapshot(repo.root)).toEqual(before);
		portal.clearFaults();
		const { code } = await fetchIn(repo.root);
		expect(code).toBe(0);
		expect(await rawFiles(repo.root)).toHaveLength(2 + recordedDocuments.length);
	});
});

describe('what a run that ended between its renames left', () => {
	test('temporary files and a publication without its sidecar (renamed last) are removed and written again whole; a committed one is never touched', async () => {
		const { repo } = await setUp();
		expect((await fetchIn(repo.root)).code).toBe(0);
		const folder = join(repo.root, 'content/raw/hvidovre');
		const files = await rawFiles(repo.root);
		const yaml = files.find((name) => name.endsWith('.yaml'))!;
		const { rm, writeFile } = await import('node:fs/promises');
		await rm(join(folder, yaml));
		await writeFile(join(folder, `.${yaml}.123-abcdef01.tmp`), 'half');
		const { code } = await fetchIn(repo.root);
		expect(code).toBe(0);
		expect((await rawFiles(repo.root)).sort()).toEqual(files.sort());
	});
});
