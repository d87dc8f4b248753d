export interface ProgressOptions {
	/** What is being done, e.g. `ingest`. */
	label: string;
	total: number;
	/** What is counted, in the plural, e.g. `filer`. */
	unit: string;
}

export interface Progress {
	/** Counts `count` more done. */
	tick(count?: number): void;
	/** Ends the display; the command prints its own summary line after it. */
	stop(): void;
}

/** Where a command's output goes: a terminal, or a test that collects the lines. */
export interface Io {
	out(line: string): void;
	err(line: string): void;
	/** A progress display for long work; left out where nobody watches (tests). */
	progress?(options: ProgressOptions): Progress;
}
