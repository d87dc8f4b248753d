import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

/**
 * The CI examples are safe for pull requests: anyone can open one, with hostile raw files or
 * hostile code, so a pull request runs with a read-only token and no secrets, and only main deploys.
 */
const folder = new URL('../../.github/workflows/', import.meta.url);
const workflows = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)).map((name) => ({ name, text: readFileSync(new URL(name, folder), 'utf8') }));
const read = (name: string) => parse(workflows.find((workflow) => workflow.name === name)!.text) as { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, { permissions?: unknown; steps?: { uses?: string; run?: string; with?: Record<string, unknown> }[] }> };

describe('the workflows', () => {
	test('none runs on pull_request_target or workflow_run, which would give a fork\'s code the repository\'s secrets', () => {
		for (const workflow of workflows) expect(Object.keys((parse(workflow.text) as { on: object }).on), workflow.name).not.toEqual(expect.arrayContaining(['pull_request_target', 'workflow_run']));
	});

	test('a pull request is checked, tested and built with a read-only token, no secrets and no stored credentials', () => {
		const workflow = read('pull-request.yml');
		expect(Object.keys(workflow.on)).toEqual(['pull_request']);
		expect(workflow.permissions).toEqual({ contents: 'read' });
		expect(workflows.find((candidate) => candidate.name === 'pull-request.yml')!.text).not.toMatch(/secrets\./);
		const steps = Object.values(workflow.jobs).flatMap((job) => {
			expect(job.permissions).toBeUndefined();
			return job.steps ?? [];
		});
		expect(steps.find((step) => step.uses?.startsWith('actions/checkout'))?.with?.['persist-credentials']).toBe(false);
		expect(steps.map((step) => step.run).filter(Boolean)).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm test', 'npm run build']));
		expect(steps.some((step) => /deploy/.test(step.uses ?? ''))).toBe(false);
	});

	test('only a push to main (or a run by hand) deploys', () => {
		const workflow = read('deploy.yml');
		expect(Object.keys(workflow.on).sort()).toEqual(['push', 'workflow_dispatch']);
		expect(workflow.on.push).toEqual({ branches: ['main'] });
		const deploys = workflows.filter((candidate) => /actions\/deploy-pages/.test(candidate.text)).map((candidate) => candidate.name);
		expect(deploys).toEqual(['deploy.yml']);
		expect((workflow.jobs.deploy as { if?: string }).if).toBe("github.ref == 'refs/heads/main'");
	});
});
