import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { createInterface } from 'node:readline';

export interface Measured {
	seconds: number;
	/** Peak resident memory of the process and all its children together, in MB. */
	peakMb: number;
	output: string;
}

/** Resident memory in bytes of `root` and its descendants, from /proc (Linux). */
async function treeRss(root: number): Promise<number> {
	const parents = new Map<number, number>();
	for (const name of await readdir('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
		// The command name may hold spaces and parentheses; the fields after its last ")" are fixed.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		if (fields.length > 1) parents.set(Number(name), Number(fields[1]));
	}
	const tree = new Set([root]);
	for (let grew = true; grew; ) {
		grew = false;
		for (const [pid, parent] of parents) {
			if (!tree.has(parent) || tree.has(pid)) continue;
			tree.add(pid);
			grew = true;
		}
	}
	let bytes = 0;
	for (const pid of tree) {
		const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
		bytes += Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
	}
	return bytes;
}

/**
 * Runs a command to its end, sampling the memory of its process tree five times a second, and
 * passes each line it writes to stderr to `echo` as it comes. Fails
 * with the command's last output when it exits non-zero, so a broken step never yields a figure.
 */
export async function measure(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: (line: string) => void }): Promise<Measured> {
	const started = performance.now();
	const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk));
	// The child's progress lines (it is not on a terminal, so it prints them every ten seconds).
	if (options.echo) createInterface({ input: child.stderr }).on('line', options.echo);
	let peak = 0;
	let sampling = true;
	const sampler = (async () => {
		while (sampling) {
			peak = Math.max(peak, await treeRss(child.pid!));
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
	})();
	const code = await new Promise<number | null>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', resolve);
	});
	sampling = false;
	await sampler;
	if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.split('\n').slice(-25).join('\n')}`);
	return { seconds: (performance.now() - started) / 1000, peakMb: peak / 1e6, output };
}
