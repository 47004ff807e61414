// Loads the corpus and builds its index off the main thread, so a live reload does not stall answers.
// The result is plain data (structured clone); the main thread only revives it (indexFromPrepared).
import { parentPort, workerData } from 'node:worker_threads';
import { loadCorpus } from '../corpus/load.ts';
import { prepareIndex } from './build.ts';

try {
  parentPort!.postMessage({ ok: true, prepared: prepareIndex(loadCorpus((workerData as { dir: string }).dir)) });
} catch (err) {
  parentPort!.postMessage({ ok: false, error: String(err) });
}
