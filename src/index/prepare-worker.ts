// Loads the corpus and builds its index off the main thread, so a live reload does not stall answers.
// The result is plain data, sent in pieces (structured clone per message) so that receiving it never
// blocks the main thread for long; the main thread reassembles and revives it (indexFromPreparedAsync).
import { parentPort, workerData } from 'node:worker_threads';
import { loadCorpus } from '../corpus/load.ts';
import { prepareIndex } from './build.ts';
import { CHUNKED_FIELDS, chunkSizeOf } from './prepare-chunks.ts';

try {
  const prepared = prepareIndex(loadCorpus((workerData as { dir: string }).dir));
  const rest: Record<string, unknown> = { ...prepared, corpus: { ...prepared.corpus, docs: [] } };
  for (const field of CHUNKED_FIELDS) {
    const items = (field === 'docs' ? prepared.corpus.docs : prepared[field]) as unknown[];
    const size = chunkSizeOf(field);
    for (let i = 0; i < items.length; i += size) {
      parentPort!.postMessage({ kind: 'chunk', field, items: items.slice(i, i + size) });
      // The next piece only when the main thread asks: queued messages would be decoded back to back.
      await new Promise((r) => parentPort!.once('message', r));
    }
    if (field !== 'docs') rest[field] = [];
  }
  parentPort!.postMessage({ kind: 'done', ok: true, rest });
} catch (err) {
  parentPort!.postMessage({ kind: 'done', ok: false, error: String(err) });
}
