import { describe, expect, it } from 'vitest';
import { measure, processorTicks } from '../../scripts/bench/measure-process.ts';

describe('processorTicks', () => {
	it('reads utime + stime and cutime + cstime after a command name with spaces and parentheses', () => {
		// /proc/<pid>/stat of a Node worker: fields 14–17 are 250, 40, 1200, 300.
		const stat = '4242 (node (worker) 1) S 4200 4242 4200 0 -1 4194560 9000 0 0 0 250 40 1200 300 20 0 11 0 123 456 789';
		expect(processorTicks(stat)).toEqual({ own: 290, children: 1500 });
	});

	it('names the line when it has no processor times', () => {
		expect(() => processorTicks('4242 (sh) S 1')).toThrow(/no processor times.*4242 \(sh\)/);
	});
});

describe('measure', () => {
	it('counts the processor time of a child process, not only of the shell around it', async () => {
		// Spins for 400 ms of processor time in the command the shell runs.
		const spin = 'const until = process.cpuUsage().user + 400_000; while (process.cpuUsage().user < until);';
		const measured = await measure(process.execPath, ['-e', spin], { cwd: process.cwd() });
		expect(measured.cpuSeconds).toBeGreaterThanOrEqual(0.39);
		expect(measured.peakMb).toBeGreaterThan(0);
	});

	it('fails with the command and its output when it exits non-zero', async () => {
		await expect(measure(process.execPath, ['-e', 'console.error("kaputt"); process.exit(3)'], { cwd: process.cwd() })).rejects.toThrow(/exited with 3:[^]*kaputt/);
	});
});
