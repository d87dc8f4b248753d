import { describe, expect, test } from 'vitest';
import { formatDuration, plainProgress, progressLine } from '../../src/lib/cli/progress.ts';

describe('plainProgress', () => {
	test('prints a line at most every interval, none for the last tick (the summary follows)', () => {
		let time = 0;
		const lines: string[] = [];
		const progress = plainProgress({ label: 'ingest', total: 6015, unit: 'filer' }, (line) => lines.push(line), 10_000, () => time);
		for (let done = 1; done <= 6015; done++) {
			time = done * 10;
			progress.tick();
		}
		progress.stop();
		expect(lines).toHaveLength(6);
		expect(lines[0]).toBe('ingest: 1.000/6.015 filer (16 %), 100 filer/s, ca. 50 s tilbage');
		expect(lines.at(-1)).toBe('ingest: 6.000/6.015 filer (99 %), 100 filer/s, ca. 0 s tilbage');
	});
});

describe('progressLine and formatDuration', () => {
	test.each([
		[42.4, '42 s'],
		[185, '3 min 5 s'],
		[3720, '1 t 2 min'],
	])('%d s reads %s', (seconds, text) => expect(formatDuration(seconds)).toBe(text));

	test('says nothing of time left before the rate is known', () => {
		expect(progressLine({ label: 'astro', total: 89_006, unit: 'sider' }, 0, 0)).toBe('astro: 0/89.006 sider (0 %), 0 sider/s');
	});
});
