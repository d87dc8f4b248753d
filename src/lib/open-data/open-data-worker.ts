import { parentPort, workerData } from 'node:worker_threads';
import { writeOpenData, type OpenDataOptions } from './write-open-data.ts';

/** Runs `writeOpenData` off Astro's thread; the integration starts it and waits for its answer. */
writeOpenData(workerData as OpenDataOptions).then(
	(written) => parentPort!.postMessage({ written }),
	(error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}` : String(error) }),
);
