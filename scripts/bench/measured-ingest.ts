import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const runIngestUrl = new URL('../../src/lib/ingest/run-ingest.ts', import.meta.url).href;

export interface MeasuredIngest {
	code: number;
	out: string;
	err: string;
	/** The process's peak resident memory. */
	maxRssMb: number;
	seconds: number;
}

/**
 * `npm run ingest` in a process of its own, so that its peak memory is its own and not the test
 * runner's: what a CI runner would see for one hostile pull request.
 */
export async function measuredIngest(root: string, argv: readonly string[]): Promise<MeasuredIngest> {
	const child = `
		import { runIngest } from ${JSON.stringify(runIngestUrl)};
		const out = [];
		const err = [];
		const started = performance.now();
		const code = await runIngest(JSON.parse(process.argv[1]), { out: (line) => out.push(line), err: (line) => err.push(line) }, process.cwd());
		process.stdout.write(JSON.stringify({ code, out: out.join('\\n'), err: err.join('\\n'), seconds: (performance.now() - started) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
	`;
	const { stdout } = await run(process.execPath, ['--input-type=module', '--no-warnings', '-e', child, JSON.stringify(argv)], { cwd: root, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, INGEST_THREADS: '1' } });
	return JSON.parse(stdout) as MeasuredIngest;
}
