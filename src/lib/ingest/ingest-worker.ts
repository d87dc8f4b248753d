import { parentPort, workerData } from 'node:worker_threads';
import { IngestError } from './ingest-error.ts';
import { ingestFile, type IngestFileOptions, type RawFile } from './ingest-file.ts';

/**
 * One of ingest's parsing threads (see parse-pool.ts): reads raw files as they come and answers
 * with what each gave. An IngestError goes back as the editor's message; anything else is a bug,
 * and goes back with its stack, to fail the run.
 */
const options = workerData as IngestFileOptions;
parentPort!.on('message', async ({ id, raw }: { id: number; raw: RawFile }) => {
	try {
		parentPort!.postMessage({ id, result: await ingestFile(raw, options) });
	} catch (error) {
		if (error instanceof IngestError) parentPort!.postMessage({ id, refused: { path: error.path, at: error.at, message: error.message } });
		else parentPort!.postMessage({ id, failed: { message: (error as Error).message, stack: (error as Error).stack } });
	}
});
