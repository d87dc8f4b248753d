import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { afterEach } from 'vitest';
import { runFetch, type FetchOverrides } from '../../src/lib/fetch/run-fetch.ts';
import { startPortal } from '../helpers/portal-server.ts';
import { listFiles, tempRepo } from '../helpers/temp-repo.ts';

/** The registry of a repository whose one municipality publishes on the test portal at `url`. */
export const registryFor = (url: string) => `hvidovre:\n  name: Hvidovre Kommune\n  website: https://www.hvidovre.dk\n  source:\n    system: firstagenda\n    url: ${url}\n`;

/** A throwaway repository following the test portal. */
export const portalRepo = (url: string, files: Record<string, string | Uint8Array> = {}) => tempRepo({ 'content/municipalities.yaml': registryFor(url), ...files });

/**
 * A test portal and a repository registered with it, started by each test that calls the returned
 * function and closed and removed after it.
 */
export function usePortalRepo(): (...portal: Parameters<typeof startPortal>) => Promise<{ portal: Awaited<ReturnType<typeof startPortal>>; repo: Awaited<ReturnType<typeof portalRepo>> }> {
	let started: { portal: Awaited<ReturnType<typeof startPortal>>; repo?: Awaited<ReturnType<typeof portalRepo>> } | undefined;
	afterEach(async () => {
		await started?.portal.close();
		await started?.repo?.remove();
		started = undefined;
	});
	return async (...options) => {
		const portal = await startPortal(...options);
		started = { portal };
		const repo = await portalRepo(portal.url);
		started.repo = repo;
		return { portal, repo };
	};
}

/** Short timings: a fault costs milliseconds, not the real backoff of seconds. */
export const quick: FetchOverrides = { today: '2026-05-20', client: { backoffMs: 5, maxBackoffMs: 20, tries: 3 } };

/** Runs `npm run fetch` in `root` (no rate limit unless `argv` sets one) and captures what it prints. */
export async function fetchIn(root: string, argv: readonly string[] = [], overrides: FetchOverrides = quick) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await runFetch(argv.includes('--rate') ? argv : ['--rate', '0', ...argv], { out: (line) => out.push(line), err: (line) => err.push(line) }, root, overrides);
	return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every file under `content/` with its hash and modification time: a run that changes nothing leaves this as it was. */
export async function snapshot(root: string, { ignoreTemporary = false } = {}): Promise<Record<string, string>> {
	const entries: Record<string, string> = {};
	for (const path of await listFiles(`${root}/content`)) {
		const name = relative(root, path);
		if (ignoreTemporary && /(^|\/)\.[^/]+\.tmp(\/|$)/.test(name)) continue;
		const bytes = await readFile(path);
		entries[name] = `${createHash('sha256').update(bytes).digest('hex')} ${(await stat(path)).mtimeMs}`;
	}
	return entries;
}

/** The raw files under `content/raw/hvidovre/`. */
export const rawFiles = async (root: string) => (await listFiles(`${root}/content/raw/hvidovre`)).map((path) => relative(`${root}/content/raw/hvidovre`, path));
