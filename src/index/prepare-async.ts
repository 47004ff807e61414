import { Worker } from 'node:worker_threads';
import type { PreparedIndex } from './build.ts';

/** loadCorpus + index build in a worker thread. Rejects on any failure (the directory gone, a crash). */
export function prepareIndexInWorker(dir: string, signal?: AbortSignal): Promise<PreparedIndex> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./prepare-worker.js', import.meta.url), { workerData: { dir } });
    let settled = false;
    // Shutdown stops a reload in progress rather than waiting for it.
    signal?.addEventListener('abort', () => {
      if (!settled) void worker.terminate();
    }, { once: true });
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
      if (!settled) reject(new Error(signal?.aborted ? 'index worker stopped' : `index worker exited with code ${code}`));
    });
  });
}
