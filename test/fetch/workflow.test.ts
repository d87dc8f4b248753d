import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

/** The scheduled fetch (`.github/workflows/fetch.yml`): nightly and by hand, a pull request only when the tree changed. */
const text = readFileSync(new URL('../../.github/workflows/fetch.yml', import.meta.url), 'utf8');
interface Step {
	id?: string;
	if?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
	'continue-on-error'?: boolean;
}
const workflow = parse(text) as { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { steps: Step[]; env?: Record<string, string> }> };
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

describe('the fetch workflow', () => {
	test('runs nightly and on demand, with permission to push a branch and open a pull request, and nothing more', () => {
		expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
		expect(workflow.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/) }]);
		expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
	});

	test('installs with npm ci, runs npm run fetch with a summary file, and checks what it proposes', () => {
		const runs = steps.map((step) => step.run ?? '');
		expect(runs).toContain('npm ci --no-audit --no-fund');
		const fetch = steps.find((step) => step.run?.startsWith('npm run fetch'))!;
		expect(fetch.run).toBe('npm run fetch -- --summary-file "$SUMMARY"');
		expect(runs.indexOf('npm ci --no-audit --no-fund')).toBeLessThan(runs.indexOf(fetch.run!));
		expect(steps.find((step) => step.run === 'npm run check')?.if).toBe("steps.changes.outputs.changed == 'true'");
		expect(steps.find((step) => step.uses?.startsWith('actions/checkout'))?.with?.lfs).toBe(true);
	});

	test('opens a pull request with the title and body the fetch wrote, only when the tree changed, with the repository\'s own token only', () => {
		const open = steps.find((step) => step.run?.includes('gh pr create'))!;
		expect(open.if).toBe("steps.changes.outputs.changed == 'true'");
		expect(open.env).toEqual({ GH_TOKEN: '${{ secrets.GITHUB_TOKEN }}' });
		expect(open.run).toContain('jq -r .title "$SUMMARY"');
		expect(open.run).toContain('jq -r .body "$SUMMARY"');
		expect(open.run).toContain('--body-file "$RUNNER_TEMP/body.md"');
		expect(open.run).not.toMatch(/git push[^\n]*(main|--force)/);
		expect([...text.matchAll(/secrets\.(\w+)/g)].map((match) => match[1])).toEqual(['GITHUB_TOKEN']);
	});

	test('its change check says "changed" for a tree with new files under content/, and not for one without', async () => {
		const check = steps.find((step) => step.id === 'changes')!.run!;
		const root = await mkdtemp(join(tmpdir(), 'referatarkiv-workflow-'));
		try {
			const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
			git('init', '-q');
			await mkdir(join(root, 'content/raw/hvidovre'), { recursive: true });
			await writeFile(join(root, 'content/municipalities.yaml'), 'hvidovre:\n  name: Hvidovre Kommune\n');
			git('add', '.');
			git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'start');
			const changed = async () => {
				const output = join(root, 'output');
				await writeFile(output, '');
				execFileSync('bash', ['-e', '-c', check], { cwd: root, env: { ...process.env, GITHUB_OUTPUT: output } });
				return (await readFile(output, 'utf8')).trim();
			};
			expect(await changed()).toBe('changed=false');
			// Only content/ counts: a file elsewhere (a log, the summary) proposes nothing.
			await writeFile(join(root, 'fetch.log'), 'not content');
			expect(await changed()).toBe('changed=false');
			await writeFile(join(root, 'content/raw/hvidovre/ny.json'), '{}');
			expect(await changed()).toBe('changed=true');
		} finally {
			await rm(root, { recursive: true, force: true });
		}
	});

	test('a failed fetch still proposes what came whole, and marks the run failed at the end', () => {
		const fetch = steps.find((step) => step.id === 'fetch')!;
		expect(fetch['continue-on-error']).toBe(true);
		expect(steps.at(-1)).toMatchObject({ if: "steps.fetch.outcome == 'failure'", run: expect.stringContaining('exit 1') });
	});
});
