import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { flameGraph } from '../../scripts/bench/flame-graph.ts';

const dir = await mkdtemp(join(tmpdir(), 'flame-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const frame = (functionName: string, url = '') => ({ functionName, url, lineNumber: 0 });

describe('the benchmark’s flame graphs', () => {
	it('gives each function its own time and its callers the time of what they called', async () => {
		// root → (idle); root → render → parse (2 samples) and render itself (1 sample).
		const profile = {
			nodes: [
				{ id: 1, callFrame: frame('(root)'), children: [2, 3] },
				{ id: 2, callFrame: frame('(idle)') },
				{ id: 3, callFrame: frame('render', `file://${process.cwd()}/src/lib/render.ts`), children: [4] },
				{ id: 4, callFrame: frame('parse', `file://${process.cwd()}/node_modules/yaml/dist/parse.js`) },
			],
			samples: [2, 3, 4, 4],
			timeDeltas: [1_000_000, 1_000_000, 1_000_000, 1_000_000],
		};
		const path = join(dir, 'test.cpuprofile');
		await writeFile(path, JSON.stringify(profile));
		const summary = await flameGraph(path, [process.cwd()], 'a test');
		expect(summary.seconds).toBe(4);
		expect(summary.idle).toBe(1);
		expect(summary.top).toEqual([
			{ name: 'parse yaml/dist/parse.js:1', seconds: 2 },
			{ name: 'render src/lib/render.ts:1', seconds: 1 },
		]);
		expect(summary.byOrigin).toContainEqual({ origin: 'yaml', seconds: 2 });
		expect(summary.svg).toContain('<title>render src/lib/render.ts:1: 3.00 s (75.0%), own 1.00 s</title>');
		expect(summary.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
	});
});
