import type { Progress, ProgressOptions } from './progress.ts';

/** Where a command's output goes: a terminal, or a test that collects the lines. */
export interface Io {
	out(line: string): void;
	err(line: string): void;
	/** A progress display for long work; left out where nobody watches (tests). */
	progress?(options: ProgressOptions): Progress;
}
