import { MultiBar } from 'cli-progress';
import type { Io, Progress, ProgressOptions } from './io.ts';

/** Seconds as a reader wants them: `42 s`, `3 min 5 s`, `1 t 2 min`. */
export function formatDuration(seconds: number): string {
	const whole = Math.max(0, Math.round(seconds));
	if (whole < 60) return `${whole} s`;
	if (whole < 3600) return `${Math.floor(whole / 60)} min ${whole % 60} s`;
	return `${Math.floor(whole / 3600)} t ${Math.floor((whole % 3600) / 60)} min`;
}

const number = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });

/** One plain line of where the work is: done/total, rate and the time left at that rate. */
export function progressLine({ label, total, unit }: ProgressOptions, done: number, seconds: number): string {
	const rate = seconds > 0 ? done / seconds : 0;
	const left = rate > 0 ? `, ca. ${formatDuration((total - done) / rate)} tilbage` : '';
	return `${label}: ${number.format(done)}/${number.format(total)} ${unit} (${Math.floor((done / Math.max(total, 1)) * 100)} %), ${number.format(rate)} ${unit}/s${left}`;
}

/**
 * Progress as plain lines, one every `interval` ms at most: what CI logs and redirected output
 * want, instead of a bar redrawn in place. Driven by `tick`, so work that blocks the event loop
 * still reports.
 */
export function plainProgress(options: ProgressOptions, write: (line: string) => void, interval = 10_000, now = () => performance.now()): Progress {
	const started = now();
	let done = 0;
	let printed = started;
	return {
		tick(count = 1) {
			done += count;
			const time = now();
			if (time - printed < interval || done >= options.total) return;
			printed = time;
			write(progressLine(options, done, (time - started) / 1000));
		},
		stop() {},
	};
}

/**
 * The command line's Io: lines to stdout and stderr, and progress as a bar on a terminal or as
 * periodic lines elsewhere (CI=true, a pipe, a file). While a bar is shown, lines are printed above
 * it, so a warning never lands in the middle of the bar.
 */
export function terminalIo(stream: NodeJS.WriteStream = process.stderr): Io {
	let bars: MultiBar | undefined;
	const print = (target: NodeJS.WriteStream, line: string) => {
		if (bars && target.isTTY) bars.log(`${line}\n`);
		else target.write(`${line}\n`);
	};
	const barWanted = stream.isTTY === true && !process.env.CI;
	return {
		out: (line) => print(process.stdout, line),
		err: (line) => print(process.stderr, line),
		progress(options) {
			if (!barWanted) return plainProgress(options, (line) => print(stream, line));
			const started = performance.now();
			bars = new MultiBar({
				stream,
				format: `${options.label} [{bar}] {value}/{total} ${options.unit} · {rate} ${options.unit}/s · ca. {eta_formatted} tilbage`,
				barsize: 24,
				hideCursor: true,
				clearOnComplete: true,
				etaBuffer: 200,
				formatTime: (seconds) => formatDuration(seconds),
			});
			const bar = bars.create(options.total, 0, { rate: '0' });
			let done = 0;
			return {
				tick(count = 1) {
					done += count;
					bar.update(done, { rate: number.format(done / ((performance.now() - started) / 1000 || 1)) });
				},
				stop() {
					// The log buffer is written on the next redraw; stop() alone would drop what is in it.
					bars?.update();
					bars?.stop();
					bars = undefined;
				},
			};
		},
	};
}
