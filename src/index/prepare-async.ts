import { Worker } from 'node:worker_threads';
import type { PreparedIndex } from './build.ts';

/** loadCorpus + index build in a worker thread. Rejects on any failure (the directory gone, a crash). */
export function prepareIndexInWorker(dir: string): Promise<PreparedIndex> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./prepare-worker.js', import.meta.url), { workerData: { dir } });
    // A reload in progress must not hold up shutdown.
    worker.unref();
    let settled = false;
    worker.once('message', (m: { ok: true; prepared: PreparedIndex } | { ok: false; error: string }) => {
      settled = true;
      if (m.ok) resolve(m.prepared);
      else reject(new Error(m.error));
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`index worker exited with code ${code}`));
    });
  });
}
