import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';

interface LockEntry {
	os?: string[];
	cpu?: string[];
	libc?: string[];
	optionalDependencies?: Record<string, string>;
}

const lock = JSON.parse(await readFile(new URL('../../package-lock.json', import.meta.url), 'utf8')) as { packages: Record<string, LockEntry> };
const entries = lock.packages;

/** Where Node would find `name` from the package at `from`: its own node_modules, then its parents'. */
function resolveIn(from: string, name: string): string | undefined {
	for (let base = from; ; ) {
		const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
		if (entries[candidate]) return candidate;
		if (!base) return undefined;
		const parent = base.lastIndexOf('/node_modules/');
		base = parent < 0 ? '' : base.slice(0, parent);
	}
}

/** The platforms contributors and CI run on. */
const platforms = [
	['linux', 'x64'],
	['linux', 'arm64'],
	['darwin', 'x64'],
	['darwin', 'arm64'],
	['win32', 'x64'],
] as const;
const fits = (entry: LockEntry, os: string, cpu: string) => (!entry.os || entry.os.includes(os)) && (!entry.cpu || entry.cpu.includes(cpu)) && (os !== 'linux' || !entry.libc || entry.libc.includes('glibc'));

/**
 * `npm ci` refuses a lock that lacks an optional dependency some package declares, and npm leaves
 * other platforms' native bindings out of a lock it writes on one platform (npm/cli#4828). Refresh
 * the lock as the README says when this fails.
 */
describe('package-lock.json', () => {
	test('records every optional dependency that a locked package declares, for every platform', () => {
		const missing = Object.entries(entries).flatMap(([path, entry]) =>
			Object.keys(entry.optionalDependencies ?? {})
				.filter((name) => !resolveIn(path, name))
				.map((name) => `${path || '(roden)'} → ${name}`),
		);
		expect(missing).toEqual([]);
	});

	test('has a native binding for Linux x64 and arm64, macOS and Windows wherever a package ships one per platform', () => {
		const gaps = Object.entries(entries).flatMap(([path, entry]) => {
			const declared = Object.keys(entry.optionalDependencies ?? {});
			const bindings = declared.map((name) => entries[resolveIn(path, name) ?? '']).filter((binding): binding is LockEntry => Boolean(binding?.os));
			// A package with one or two platform packages (fsevents, libvips) ships no binding per platform.
			if (declared.length < 3 || bindings.length === 0) return [];
			return platforms.filter(([os, cpu]) => !bindings.some((binding) => fits(binding, os, cpu))).map(([os, cpu]) => `${path}: ${os}-${cpu}`);
		});
		expect(gaps).toEqual([]);
	});
});
