import { parentPort, workerData } from 'node:worker_threads';
import { createPageIndexer } from '../../src/lib/search/page-indexer.ts';
import { indexMunicipality, type IndexWorkerData } from './index-search.ts';

/**
 * One of `indexSearch`'s threads: indexes the municipalities it is handed, one at a time, with a
 * Pagefind of its own, until it is handed none. A failure is not caught here: it ends the thread,
 * and the Worker's "error" event hands it to `indexSearch`.
 */
const { dist, variant } = workerData as IndexWorkerData;
const indexer = createPageIndexer(variant);
parentPort!.on('message', async (municipality: string | null) => {
	if (municipality === null) {
		await indexer.close();
		parentPort!.close();
		return;
	}
	parentPort!.postMessage(await indexMunicipality(indexer, dist, municipality));
});
parentPort!.postMessage('ready');
