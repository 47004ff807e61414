// Runs loadCorpus off the main thread (file reads, front matter, sentence splitting, date extraction),
// so a corpus reload does not stall answers. The result is plain data: it crosses by structured clone.
import { parentPort, workerData } from 'node:worker_threads';
import { loadCorpus } from './load.ts';

try {
  parentPort!.postMessage({ ok: true, corpus: loadCorpus((workerData as { dir: string }).dir) });
} catch (err) {
  parentPort!.postMessage({ ok: false, error: String(err) });
}
