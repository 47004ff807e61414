import { Worker } from 'node:worker_threads';
import type { IndexedPassage, PreparedIndex } from './build.ts';
import type { EncodedMemo } from './memo-transfer.ts';
import { unpackDocs, unpackRows, type ChunkedField, type PackedText } from './prepare-chunks.ts';
import type { Doc } from '../corpus/types.ts';

type Message =
  | { kind: 'chunk'; field: ChunkedField; items: unknown[]; packed: PackedText | null }
  | { kind: 'done'; ok: true; rest: PreparedIndex }
  | { kind: 'done'; ok: false; error: string }
  | { kind: 'memo'; memo: EncodedMemo | null; error?: string };

/** Queries the worker answers on the index it prepared, as of `now`, to fill the caches it sends; and `who <name>` for the `people` most mentioned. */
export interface WarmUp {
  queries: string[];
  now: string;
  people?: number;
}

/**
 * A prepared index from the worker, the caches its warm-up filled (null: none, or the warm-up failed), and
 * `stop` to end a warm-up whose caches are no longer wanted (the corpus was not taken).
 */
export type WorkerPrepared = PreparedIndex & { caches: Promise<EncodedMemo | null>; stop: () => void };

/**
 * loadCorpus + index build in a worker thread, received in pieces. Rejects on any failure (the directory gone, a crash).
 * With `warm`, the worker then answers those queries on its own copy of the index and sends the caches they filled.
 */
export function prepareIndexInWorker(dir: string, signal?: AbortSignal, warm: WarmUp | null = null): Promise<WorkerPrepared> {
  let gotCaches: (m: EncodedMemo | null) => void = () => undefined;
  const caches = new Promise<EncodedMemo | null>((r) => (gotCaches = r));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./prepare-worker.js', import.meta.url), { workerData: { dir, warm } });
    let settled = false;
    const parts = new Map<ChunkedField, unknown[]>();
    // Shutdown stops a reload in progress rather than waiting for it.
    signal?.addEventListener('abort', () => void worker.terminate(), { once: true });
    worker.on('message', (m: Message) => {
      if (m.kind === 'chunk') {
        if (m.packed && m.field === 'docs') unpackDocs(m.items as Doc[], m.packed);
        else if (m.packed && m.field === 'rows') unpackRows(m.items as IndexedPassage[], m.packed);
        const list = parts.get(m.field);
        if (list) for (const x of m.items) list.push(x);
        else parts.set(m.field, m.items);
        // Ask for the next piece after this turn of the event loop, so answers run in between.
        setImmediate(() => worker.postMessage('next'));
        return;
      }
      if (m.kind === 'memo') return gotCaches(m.memo);
      settled = true;
      if (!m.ok) {
        gotCaches(null);
        return reject(new Error(m.error));
      }
      if (!warm) gotCaches(null);
      const p = m.rest;
      const got = <T>(field: ChunkedField) => (parts.get(field) ?? []) as T[];
      const prepared = {
        ...p,
        corpus: { ...p.corpus, docs: got('docs') },
        mentions: got('mentions'),
        roles: got('roles'),
        events: got('events'),
        rows: got('rows'),
        byEntity: got('byEntity'),
        caches,
        stop: () => void worker.terminate(),
      } as WorkerPrepared;
      parts.clear();
      resolve(prepared);
    });
    worker.once('error', (err) => {
      gotCaches(null);
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      gotCaches(null);
      if (!settled) reject(new Error(signal?.aborted ? 'index worker stopped' : `index worker exited with code ${code}`));
    });
  });
}
