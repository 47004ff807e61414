import { Worker } from 'node:worker_threads';
import type { PreparedIndex } from './build.ts';
import type { ChunkedField } from './prepare-chunks.ts';

type Message = { kind: 'chunk'; field: ChunkedField; items: unknown[] } | { kind: 'done'; ok: true; rest: PreparedIndex } | { kind: 'done'; ok: false; error: string };

/** loadCorpus + index build in a worker thread, received in pieces. Rejects on any failure (the directory gone, a crash). */
export function prepareIndexInWorker(dir: string, signal?: AbortSignal): Promise<PreparedIndex> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./prepare-worker.js', import.meta.url), { workerData: { dir } });
    let settled = false;
    const parts = new Map<ChunkedField, unknown[]>();
    // Shutdown stops a reload in progress rather than waiting for it.
    signal?.addEventListener('abort', () => {
      if (!settled) void worker.terminate();
    }, { once: true });
    worker.on('message', (m: Message) => {
      if (m.kind === 'chunk') {
        const list = parts.get(m.field);
        if (list) for (const x of m.items) list.push(x);
        else parts.set(m.field, m.items);
        // Ask for the next piece after this turn of the event loop, so answers run in between.
        setImmediate(() => worker.postMessage('next'));
        return;
      }
      settled = true;
      if (!m.ok) return reject(new Error(m.error));
      const p = m.rest;
      const got = <T>(field: ChunkedField) => (parts.get(field) ?? []) as T[];
      resolve({
        ...p,
        corpus: { ...p.corpus, docs: got('docs') },
        mentions: got('mentions'),
        roles: got('roles'),
        events: got('events'),
        rows: got('rows'),
        byEntity: got('byEntity'),
      } as PreparedIndex);
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
