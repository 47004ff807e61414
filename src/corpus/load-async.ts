import { Worker } from 'node:worker_threads';
import type { Corpus } from './load.ts';

/** loadCorpus in a worker thread: same result, without blocking the event loop. Rejects on any failure. */
export function loadCorpusInWorker(dir: string): Promise<Corpus> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.js', import.meta.url), { workerData: { dir } });
    let settled = false;
    worker.once('message', (m: { ok: true; corpus: Corpus } | { ok: false; error: string }) => {
      settled = true;
      if (m.ok) resolve(m.corpus);
      else reject(new Error(m.error));
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`corpus worker exited with code ${code}`));
    });
  });
}
