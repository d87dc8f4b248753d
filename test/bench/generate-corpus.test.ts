import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, seedPaths } from '../../scripts/corpus/generate-corpus.ts';
import { listFiles, run, tempRepo } from '../helpers/temp-repo.ts';

const root = new URL('../..', import.meta.url).pathname;
const options = { items: 240, seed: 7, municipalities: 4 };

async function generated(seed = options.seed) {
	const repo = await tempRepo();
	const summary = await generateCorpus(repo.root, { ...options, seed }, await seedPaths(root));
	const files = await listFiles(join(repo.root, 'content/raw'));
	const bytes = Object.fromEntries(await Promise.all(files.map(async (path) => [path.slice(repo.root.length), await readFile(path, 'utf8')] as const)));
	return { repo, summary, bytes };
}

describe('the synthetic corpus generator', { timeout: 60_000 }, async () => {
	const first = await generated();
	afterAll(() => first.repo.remove());

	it('writes the asked-for number of items in all four seed formats', async () => {
		expect(first.summary).toMatchObject({ municipalities: 4, items: 240 });
		const result = await run(first.repo.root, ['--report']);
		expect(result.err).toBe('');
		expect(result.code).toBe(0);
		expect(result.out).toMatch(new RegExp(`${first.summary.meetings} filer: ${first.summary.meetings} ok, 0 fejl · 240 punkter`));
		for (const format of ['firstagenda', 'hedensted', 'roedovre', 'stevns']) expect(result.out).toContain(`: ${format} →`);
		// The parsers read it as the exports they imitate: no fallback, no warnings.
		expect(result.out).not.toContain('advarsel');
	});

	it('lets cases recur across meetings, quoting the earlier decision', async () => {
		const items = (await first.repo.list()).filter((path) => path.startsWith('cases/'));
		const texts = await Promise.all(items.map((path) => first.repo.read(`content/${path}`)));
		const numbers = texts.flatMap((text) => /^caseNumber: (.*)$/m.exec(text)?.[1] ?? []);
		expect(new Set(numbers).size).toBeLessThan(numbers.length);
		expect(texts.filter((text) => text.includes('earlierTreatments:\n  - label:')).length).toBeGreaterThan(10);
		expect(texts.filter((text) => /^closed: true$/m.test(text)).length).toBeGreaterThan(0);
	});

	it('writes the same bytes for the same seed, and other bytes for another', async () => {
		const again = await generated();
		const other = await generated(8);
		try {
			expect(again.bytes).toEqual(first.bytes);
			expect(other.bytes).not.toEqual(first.bytes);
		} finally {
			await Promise.all([again.repo.remove(), other.repo.remove()]);
		}
	});
});
