import { parentPort, workerData } from 'node:worker_threads';
import { writeOpenData, type OpenDataOptions } from './write-open-data.ts';

/**
 * Runs `writeOpenData` off Astro's thread. A failure is not caught here: it ends the worker, and the
 * Worker's "error" event hands the error, message and stack, to the integration.
 */
parentPort!.postMessage(await writeOpenData(workerData as OpenDataOptions));
