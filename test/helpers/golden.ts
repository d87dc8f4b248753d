import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { FileResult } from '../../src/lib/ingest/ingest-file.ts';

const goldenDir = new URL('../fixtures/golden/', import.meta.url).pathname;
const update = process.env.UPDATE === '1';

/**
 * Compares output with its golden file under test/fixtures/golden/. A missing golden is written
 * (outside CI); `UPDATE=1 npm test` rewrites them all, and the diff is reviewed like code.
 */
export async function matchGolden(path: string, actual: string): Promise<void> {
	const file = join(goldenDir, path);
	const expected = await readFile(file, 'utf8').catch(() => undefined);
	if (update || (expected === undefined && !process.env.CI)) {
		await mkdir(dirname(file), { recursive: true });
		await writeFile(file, actual);
		return;
	}
	expect(expected, `golden file test/fixtures/golden/${path} is missing; run UPDATE=1 npm test and review it`).toBeDefined();
	expect(actual, `output differs from test/fixtures/golden/${path}; if the change is intended, run UPDATE=1 npm test and review the diff`).toBe(expected);
}

/** The drop report as the golden files keep it: one line per entry, in document order. */
export const dropReport = (result: FileResult): string =>
	`${result.dropped
		.toSorted((a, b) => a.line - b.line)
		.map((entry) => {
			const where = entry.at ? [entry.at.path, entry.at.page === undefined ? undefined : `side ${entry.at.page}`, entry.at.line].filter((part) => part !== undefined).join(' ') : '';
			return `${where || entry.line}: ${entry.reason}: ${entry.words.join(' ')}`;
		})
		.join('\n')}\n`;
