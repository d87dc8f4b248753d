import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const node = join(root, 'node_modules/.bin/node');

/** Every npm script that runs a file of scripts/, and that file. */
const { scripts } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const commands = Object.entries(scripts).flatMap(([name, line]) => [...line.matchAll(/\bnode (scripts\/[\w-]+\.ts)\b/g)].map((match) => [name, match[1]!] as const));

async function run(file: string, args: readonly string[]) {
	try {
		const { stdout, stderr } = await promisify(execFile)(node, [join(root, file), ...args], { cwd: root, env: { ...process.env, CI: 'true' } });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
		return { code, stdout, stderr };
	}
}

describe('every command backed by a file in scripts/', () => {
	test('is found in package.json', () => {
		expect(commands.map(([name]) => name).sort()).toEqual(['bench', 'build', 'check', 'fetch', 'generate-corpus', 'index-search', 'ingest', 'merge-shards', 'screenshots', 'bench:search', 'bench:hostile', 'bench:claims', 'bench:ocr'].sort());
	});

	test.each(commands)('npm run %s (%s): --help prints usage, every option with its default, and an example; exit 0', async (_, file) => {
		const { code, stdout, stderr } = await run(file, ['--help']);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		expect(stdout).toMatch(/^Brug: /);
		expect(stdout).toMatch(/\nEksempler:\n {2}\S/);
		const options = stdout.split('\n').filter((line) => /^ {2}(-\w, )?--/.test(line) && !line.includes('--help'));
		for (const option of options) expect(stdout.slice(stdout.indexOf(option)).split(/\n {2}[-A-ZÆØÅ]/)[0]).toContain('[standard: ');
	});

	test.each(commands)('npm run %s (%s): an unknown option is one line naming it and the way to help; exit 2', async (_, file) => {
		const { code, stdout, stderr } = await run(file, ['--no-such-option']);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toMatch(/ukendt tilvalg --no-such-option; se npm run [\w:-]+ -- --help|ukendt tilvalg --no-such-option; se node scripts\/check\.ts --help/);
	});

	test.each([
		['scripts/bench.ts', ['--size', 'XL'], 'npm run bench: --size XL: vælg en af S, M, L; se npm run bench -- --help'],
		['scripts/bench.ts', ['--items', 'mange'], 'npm run bench: --items mange: skriv et helt tal over 0; se npm run bench -- --help'],
		['scripts/generate-corpus.ts', [], 'npm run generate-corpus: mangler MAPPE; se npm run generate-corpus -- --help'],
		['scripts/generate-corpus.ts', ['/tmp/a', '/tmp/b'], 'npm run generate-corpus: for mange argumenter: "/tmp/b"; se npm run generate-corpus -- --help'],
		['scripts/merge-shards.ts', ['site'], 'npm run merge-shards: mangler UD-MAPPE SHARD-MAPPE...; se npm run merge-shards -- --help'],
		['scripts/build.ts', ['--only'], 'npm run build: --only mangler en værdi (KOMMUNE); se npm run build -- --help'],
		['scripts/build.ts', ['stevns'], 'npm run build: tager ingen argumenter, men fik "stevns"; se npm run build -- --help'],
		['scripts/check.ts', ['--verbose'], 'node scripts/check.ts: ukendt tilvalg --verbose; se node scripts/check.ts --help'],
	])('%s %j: a bad value or argument is one line saying what to do; exit 2', async (file, args, message) => {
		const { code, stderr } = await run(file, args);
		expect(code).toBe(2);
		expect(stderr.trim()).toBe(message);
	});
});
