import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digestStamps, stampFiles } from './file-stamps.ts';

/** What the build reads in the folder it runs in: the content, the site's code and settings, and the installed packages' lock. */
const siteInputs = ['content', 'src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** The environment the build reads (astro.config.mjs, scripts/build.ts). */
const environmentInputs = ['SITE', 'BASE', 'OUT_DIR', 'ONLY'];
/** This repository's build scripts, wherever the site folder is (the benchmark builds a copy elsewhere). */
const scripts = fileURLToPath(new URL('..', import.meta.url));

/**
 * A fingerprint of everything a build of `cwd` reads: every input file's path, size and time (so a
 * checkout or an edit changes it, even one that restores the same bytes), the build's settings from
 * the environment, Node's version, and the commit, since the pages' history comes from `git log`.
 */
export function inputFingerprint(cwd: string, env: NodeJS.ProcessEnv = process.env): string {
	const hash = createHash('sha256');
	hash.update(`node ${process.version}\n`);
	for (const name of environmentInputs) hash.update(`${name}=${env[name] ?? ''}\n`);
	const git = (...args: string[]) => {
		const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
		return result.status === 0 ? result.stdout.trim() : `(${args.join(' ')}: no answer)`;
	};
	hash.update(`git ${git('rev-parse', 'HEAD')} shallow ${git('rev-parse', '--is-shallow-repository')}\n`);
	for (const input of siteInputs) {
		const path = join(cwd, input);
		const stat = existsSync(path) ? lstatSync(path) : undefined;
		const stamps = !stat ? [] : stat.isDirectory() ? stampFiles(path) : [{ path: '', size: stat.size, mtimeMs: stat.mtimeMs }];
		hash.update(`${input}\n${digestStamps(stamps)}\n`);
	}
	hash.update(`scripts\n${digestStamps(stampFiles(scripts))}\n`);
	return hash.digest('hex');
}

/** What a finished build leaves for the next one to compare with. */
export interface BuildRecord {
	/** The folder built into. */
	dist: string;
	/** `inputFingerprint` as the build started. */
	inputs: string;
	/** `digestStamps` of the folder as the build left it. */
	output: string;
}

/** Where the record of the last build into `dist` is kept: in the cache, not in `dist/`, which is published as it is. */
export function buildRecordPath(cacheDir: string, dist: string): string {
	return join(cacheDir, `referatarkiv-build-${createHash('sha256').update(dist).digest('hex').slice(0, 16)}.json`);
}

export function readBuildRecord(path: string): BuildRecord | undefined {
	if (!existsSync(path)) return undefined;
	try {
		const record = JSON.parse(readFileSync(path, 'utf8')) as Partial<BuildRecord>;
		return typeof record.dist === 'string' && typeof record.inputs === 'string' && typeof record.output === 'string' ? (record as BuildRecord) : undefined;
	} catch {
		// A record cut short or edited by hand only means the next build runs in full.
		return undefined;
	}
}

/** Written in full or not at all (renamed into place), so that a build stopped halfway leaves no record that would skip the next one. */
export function writeBuildRecord(path: string, record: BuildRecord): void {
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(`${path}.tmp`, `${JSON.stringify(record, null, '\t')}\n`);
	renameSync(`${path}.tmp`, path);
}

/**
 * Whether `dist` is what the last build made from exactly these inputs and nobody has touched it
 * since: then building again would write the same files, and `npm run build` can stop here.
 */
export function isUpToDate(record: BuildRecord | undefined, dist: string, inputs: string): boolean {
	return record !== undefined && record.dist === dist && record.inputs === inputs && record.output === digestStamps(stampFiles(dist));
}
