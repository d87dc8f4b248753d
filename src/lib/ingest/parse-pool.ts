import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { defaultLimits } from '../../schemas/limits.ts';
import { overLimit } from './budget.ts';
import { IngestError } from './ingest-error.ts';
import { ingestFile, type FileResult, type IngestFileOptions, type RawFile } from './ingest-file.ts';
import { closeOcrEngine } from './2-read/ocr/ocr-engine.ts';

/** Reads raw files into results: on this thread, or spread over threads. */
export interface Parser {
	parse(raw: RawFile): Promise<FileResult>;
	close(): Promise<void>;
}

/**
 * Parses on this thread: for a few files, where starting threads would cost more than it saves.
 * The time limit holds between pages, entries and meetings (`checkTime`), not inside one step.
 * Closing ends the OCR engine's worker, if a scan started it, so that the process can exit; a
 * parsing thread's engine ends with its thread.
 */
export const inThread = (options: IngestFileOptions): Parser => ({ parse: (raw) => ingestFile(raw, options), close: closeOcrEngine });

type Reply = { id: number } & ({ result: FileResult } | { refused: { path: string; at: IngestError['at']; message: string } } | { failed: { message: string; stack?: string } });

/**
 * A thread whose file runs past its time by this much is stopped from outside: the readers check
 * the time themselves between steps, and this catches a single step that never ends.
 */
const defaultGraceMs = 10_000;

interface Job {
	id: number;
	raw: RawFile;
	resolve(result: FileResult): void;
	reject(error: Error): void;
}

/**
 * Parses on `size` worker threads, one file at a time each, so that a large archive's parsing uses
 * every core (parsing is synchronous work, and PDF reading the heaviest of it). Results come back
 * as they would on this thread: an IngestError as an IngestError, a bug as an error with its stack.
 * A thread that overruns its file's time limit is ended and replaced, and the file refused.
 */
export function threadPool(options: IngestFileOptions, size = availableParallelism(), graceMs = defaultGraceMs): Parser {
	const limits = options.limits ?? defaultLimits;
	const idle: Worker[] = [];
	const busy = new Map<Worker, { job: Job; timer: NodeJS.Timeout }>();
	const queue: Job[] = [];
	const all = new Set<Worker>();
	let next = 0;
	let closed = false;

	const finish = (worker: Worker) => {
		const running = busy.get(worker);
		if (!running) return undefined;
		clearTimeout(running.timer);
		busy.delete(worker);
		return running.job;
	};
	const dispatch = () => {
		while (idle.length > 0 && queue.length > 0) {
			const worker = idle.pop()!;
			const job = queue.shift()!;
			const own = job.raw.limits ?? limits;
			const timer = setTimeout(() => {
				finish(worker);
				all.delete(worker);
				void worker.terminate();
				job.reject(overLimit(job.raw.path, undefined, 'seconds', own));
				if (!closed) idle.push(start());
				dispatch();
			}, own.seconds * 1000 + graceMs);
			busy.set(worker, { job, timer });
			worker.postMessage({ id: job.id, raw: job.raw });
		}
	};
	function start(): Worker {
		const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url), { workerData: options });
		all.add(worker);
		worker.on('message', (reply: Reply) => {
			const job = finish(worker);
			idle.push(worker);
			dispatch();
			if (!job || job.id !== reply.id) return;
			if ('result' in reply) job.resolve(reply.result);
			else if ('refused' in reply) job.reject(new IngestError(reply.refused.path, reply.refused.at, reply.refused.message));
			else job.reject(Object.assign(new Error(`ingest fejlede i en tråd: ${reply.failed.message}`), { stack: reply.failed.stack }));
		});
		worker.on('error', (error) => {
			finish(worker)?.reject(new Error('en ingest-tråd stoppede', { cause: error }));
			for (const job of queue.splice(0)) job.reject(new Error('en ingest-tråd stoppede', { cause: error }));
		});
		return worker;
	}
	for (let i = 0; i < size; i++) idle.push(start());
	return {
		parse(raw) {
			return new Promise((resolve, reject) => {
				queue.push({ id: next++, raw, resolve, reject });
				dispatch();
			});
		},
		async close() {
			closed = true;
			for (const { timer } of busy.values()) clearTimeout(timer);
			await Promise.all([...all].map((worker) => worker.terminate()));
		},
	};
}
