import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { recordedDocuments, startPortal, type Portal } from '../helpers/portal-server.ts';
import { fetchIn, portalRepo, rawFiles, snapshot } from './fetch-helpers.ts';

const root = new URL('../..', import.meta.url).pathname;

let portal: Portal | undefined;
let repo: Awaited<ReturnType<typeof portalRepo>> | undefined;
afterEach(async () => {
	await portal?.close();
	await repo?.remove();
	portal = repo = undefined;
});

describe('a fetch killed in the middle of a publication', () => {
	test('leaves the tree as it was but for ignored temporary files, and the next run removes them and writes the publication whole', async () => {
		portal = await startPortal();
		repo = await portalRepo(portal.url);
		const before = await snapshot(repo.root);
		const victim = recordedDocuments[5]!;
		portal.fault(`/storage/${victim}`, 'stall');
		const child = spawn(join(root, 'node_modules/.bin/node'), [join(root, 'scripts/fetch.ts'), '--rate', '0', '--since', '2026-01-01'], { cwd: repo.root, env: { ...process.env, CI: 'true' }, stdio: 'ignore' });
		const exited = new Promise((resolve) => child.on('exit', resolve));
		const deadline = Date.now() + 30_000;
		while (!portal.requests.some((request) => request.path.startsWith(`/storage/${victim}`)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
		// Its earlier documents are on disk, under temporary names, when it dies.
		child.kill('SIGKILL');
		await exited;
		expect(Object.keys(await snapshot(repo.root)).some((path) => path.endsWith('.tmp') || path.includes('.tmp/'))).toBe(true);
		expect(await snapshot(repo.root, { ignoreTemporary: true })).toEqual(before);
		portal.clearFaults();
		const { code } = await fetchIn(repo.root);
		expect(code).toBe(0);
		const files = await rawFiles(repo.root);
		expect(files.filter((name) => name.includes('.tmp'))).toEqual([]);
		expect(files).toHaveLength(2 + recordedDocuments.length);
	});
});
