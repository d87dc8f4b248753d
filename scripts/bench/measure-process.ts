import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export interface Measured {
	seconds: number;
	/** Peak resident memory of the process and all its children together, in MB. */
	peakMb: number;
	/**
	 * Processor time of the process and all its descendants (user and system, every thread), in
	 * seconds: on two cores a step can take no less wall time than half of this.
	 */
	cpuSeconds: number;
	output: string;
}

/** Clock ticks per second of /proc's times (`getconf CLK_TCK`: 100 on Linux, x86 and ARM alike). */
const ticksPerSecond = 100;

/** The fields of a /proc stat line from field 3 (state) on; the command name before them may hold spaces and parentheses. */
const statFields = (stat: string) => stat.slice(stat.lastIndexOf(')') + 2).trim().split(' ');

/** Processor time in a /proc stat line, in clock ticks: the process's own (utime + stime) and that of the children it waited for (cutime + cstime). */
export function processorTicks(stat: string): { own: number; children: number } {
	const fields = statFields(stat).map(Number);
	const [utime, stime, cutime, cstime] = [fields[11], fields[12], fields[13], fields[14]];
	if ([utime, stime, cutime, cstime].some((value) => value === undefined || !Number.isFinite(value))) throw new Error(`no processor times in this /proc stat line: ${stat.slice(0, 200)}`);
	return { own: utime! + stime!, children: cutime! + cstime! };
}

/** Resident memory in bytes of `root` and its descendants, from /proc (Linux), and each one's processor ticks so far. */
async function sampleTree(root: number, ticks: Map<number, number>): Promise<number> {
	const parents = new Map<number, number>();
	const stats = new Map<number, string>();
	for (const name of await readdir('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
		const fields = statFields(stat);
		if (fields.length <= 1) continue;
		parents.set(Number(name), Number(fields[1]));
		stats.set(Number(name), stat);
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
		const stat = stats.get(pid);
		if (stat) ticks.set(pid, processorTicks(stat).own);
		const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
		bytes += Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
	}
	return bytes;
}

/**
 * The command run by a shell that, once it has waited for it, writes its own /proc stat line to
 * file descriptor 3: its cutime and cstime then hold the processor time of the command and of every
 * descendant that was waited for, which Node cannot ask the kernel for itself.
 */
const timedShell = ['-c', '"$@"; code=$?; read -r stat < /proc/$$/stat; echo "$stat" >&3; exit $code', 'sh'];

/**
 * Runs a command to its end, sampling the memory and processor time of its process tree five times a
 * second, and passes each line it writes to stderr to `echo` as it comes. Fails with the command's
 * last output when it exits non-zero, so a broken step never yields a figure.
 *
 * Processor time is the larger of two counts. The shell's count is exact for every descendant that
 * was waited for; the samples also count those that were not (Pagefind's service is stopped
 * with a signal and never waited for), less their last fifth of a second.
 */
export async function measure(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: (line: string) => void }): Promise<Measured> {
	const started = performance.now();
	const child = spawn('sh', [...timedShell, command, ...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
	// All three are pipes (`stdio` above); Node's types cannot tell.
	const [stdout, stderr, statPipe] = [1, 2, 3].map((fd) => child.stdio[fd] as Readable) as [Readable, Readable, Readable];
	let stat = '';
	statPipe.on('data', (chunk: Buffer) => (stat += chunk));
	let output = '';
	stdout.on('data', (chunk: Buffer) => (output += chunk));
	stderr.on('data', (chunk: Buffer) => (output += chunk));
	// The child's progress lines (it is not on a terminal, so it prints them every ten seconds).
	if (options.echo) createInterface({ input: stderr }).on('line', options.echo);
	let peak = 0;
	const ticks = new Map<number, number>();
	let sampling = true;
	const sampler = (async () => {
		while (sampling) {
			peak = Math.max(peak, await sampleTree(child.pid!, ticks));
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
	const sampled = [...ticks.values()].reduce((sum, value) => sum + value, 0);
	const waited = processorTicks(stat).children;
	return { seconds: (performance.now() - started) / 1000, peakMb: peak / 1e6, cpuSeconds: Math.max(sampled, waited) / ticksPerSecond, output };
}
