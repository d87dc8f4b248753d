import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { IngestError } from './ingest-error.ts';
import { ingestFile, type FileResult, type IngestFileOptions, type RawFile } from './ingest-file.ts';

/** Reads raw files into results: on this thread, or spread over threads. */
export interface Parser {
	parse(raw: RawFile): Promise<FileResult>;
	close(): Promise<void>;
}

/** Parses on this thread: for a few files, where starting threads would cost more than it saves. */
export const inThread = (options: IngestFileOptions): Parser => ({ parse: (raw) => ingestFile(raw, options), close: async () => {} });

type Reply = { id: number } & ({ result: FileResult } | { refused: { path: string; at: IngestError['at']; message: string } } | { failed: { message: string; stack?: string } });

/**
 * Parses on `size` worker threads, one file at a time each, so that a large archive's parsing uses
 * every core (parsing is synchronous work, and PDF reading the heaviest of it). Results come back
 * as they would on this thread: an IngestError as an IngestError, a bug as an error with its stack.
 */
export function threadPool(options: IngestFileOptions, size = availableParallelism()): Parser {
	const workers = Array.from({ length: size }, () => new Worker(new URL('./ingest-worker.ts', import.meta.url), { workerData: options }));
	const waiting = new Map<number, { resolve(result: FileResult): void; reject(error: Error): void }>();
	const idle = [...workers];
	const queue: { id: number; raw: RawFile }[] = [];
	let next = 0;
	const dispatch = () => {
		while (idle.length > 0 && queue.length > 0) idle.pop()!.postMessage(queue.shift());
	};
	for (const worker of workers) {
		worker.on('message', (reply: Reply) => {
			idle.push(worker);
			dispatch();
			const pending = waiting.get(reply.id)!;
			waiting.delete(reply.id);
			if ('result' in reply) pending.resolve(reply.result);
			else if ('refused' in reply) pending.reject(new IngestError(reply.refused.path, reply.refused.at, reply.refused.message));
			else pending.reject(Object.assign(new Error(`ingest fejlede i en tråd: ${reply.failed.message}`), { stack: reply.failed.stack }));
		});
		worker.on('error', (error) => {
			for (const pending of waiting.values()) pending.reject(new Error('en ingest-tråd stoppede', { cause: error }));
			waiting.clear();
		});
	}
	return {
		parse(raw) {
			const id = next++;
			return new Promise((resolve, reject) => {
				waiting.set(id, { resolve, reject });
				queue.push({ id, raw });
				dispatch();
			});
		},
		async close() {
			await Promise.all(workers.map((worker) => worker.terminate()));
		},
	};
}
