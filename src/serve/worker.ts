// A serving worker: owns one index (the persisted one when the corpus is unchanged, else a fresh build),
// answers the warm-up queries on it, says it is ready with a summary of the corpus, then answers requests
// (ops.ts) until it is terminated. The index, and the garbage its answers make, never reach the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { loadCorpus } from '../corpus/load.ts';
import { buildIndex, type BriefIndex } from '../index/build.ts';
import { loadIndexCached } from '../index/cache.ts';
import { summaryOf } from './corpus-summary.ts';
import { run, type Request } from './ops.ts';
import { warmUp, type WarmSpec } from './warm.ts';

export interface WorkerInput {
  dir: string;
  cacheDir: string | null;
  warm: WarmSpec | null;
}

/** Worker → main thread. */
export type WorkerMessage =
  | { kind: 'ready'; corpus: ReturnType<typeof summaryOf>; notes: string[] }
  | { kind: 'failed'; error: string }
  | { kind: 'reply'; id: number; ok: true; value: unknown }
  | { kind: 'reply'; id: number; ok: false; error: string };

const { dir, cacheDir, warm } = workerData as WorkerInput;
const port = parentPort!;
let index: BriefIndex;
const notes: string[] = [];
try {
  index = cacheDir ? loadIndexCached(dir, cacheDir, (msg) => notes.push(msg)) : buildIndex(loadCorpus(dir));
  if (warm) warmUp(index, warm);
  port.postMessage({ kind: 'ready', corpus: summaryOf(index.corpus, index.version), notes } satisfies WorkerMessage);
  port.on('message', ({ id, req }: { id: number; req: Request }) => {
    let m: WorkerMessage;
    try {
      m = { kind: 'reply', id, ok: true, value: run(index, req) };
    } catch (err) {
      m = { kind: 'reply', id, ok: false, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) };
    }
    port.postMessage(m);
  });
} catch (err) {
  port.postMessage({ kind: 'failed', error: String(err) } satisfies WorkerMessage);
}
