// The main thread's handle on one serving worker: requests by id, the replies matched back, and what
// happens when it ends: on purpose (retired once its requests in flight have answered) or not (a crash:
// every request in flight fails at once, and the owner is told, to start another).
import { Worker } from 'node:worker_threads';
import type { CorpusSummary } from './corpus-summary.ts';
import type { Request } from './ops.ts';
import type { WorkerInput, WorkerMessage } from './worker.ts';

/** How long a retired worker may take to answer what it was asked before it is ended anyway. */
export const RETIRE_GRACE_MS = 30_000;

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

export class ServingWorker {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private retiring = false;
  private ended = false;
  /** Called once if the worker ends without being retired (a crash, out of memory, killed). */
  onCrash: ((err: Error) => void) | null = null;

  private constructor(readonly thread: Worker) {}

  /**
   * Starts a worker on `dir` and resolves once it has loaded (and warmed, with `warm`) its index. Rejects
   * when the corpus cannot be loaded or the worker dies first; `signal` ends it (shutdown).
   */
  static start(input: WorkerInput, signal?: AbortSignal): Promise<{ worker: ServingWorker; corpus: CorpusSummary; notes: string[] }> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new Error('serving worker not started: shutting down'));
      const w = new ServingWorker(new Worker(new URL('./worker.js', import.meta.url), { workerData: input }));
      let ready = false;
      const abort = () => w.terminate();
      signal?.addEventListener('abort', abort, { once: true });
      w.thread.on('message', (m: WorkerMessage) => {
        if (m.kind === 'reply') return w.settle(m);
        if (m.kind === 'failed') {
          void w.thread.terminate();
          return reject(new Error(m.error));
        }
        ready = true;
        signal?.removeEventListener('abort', abort);
        resolve({ worker: w, corpus: m.corpus, notes: m.notes });
      });
      let why: Error | null = null;
      w.thread.on('error', (err: Error) => (why = err));
      w.thread.once('exit', (code) => {
        const err = why ?? new Error(signal?.aborted ? 'serving worker stopped' : `serving worker exited with code ${code}`);
        w.ended = true;
        for (const p of w.pending.values()) p.reject(err);
        w.pending.clear();
        if (!ready) reject(err);
        else if (!w.retiring) w.onCrash?.(err);
      });
    });
  }

  /** Whether it can still answer. */
  get alive(): boolean {
    return !this.ended && !this.retiring;
  }

  get inFlight(): number {
    return this.pending.size;
  }

  call<R>(req: Request): Promise<R> {
    if (this.ended) return Promise.reject(new Error('serving worker has ended'));
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.thread.postMessage({ id, req });
    });
  }

  private settle(m: Extract<WorkerMessage, { kind: 'reply' }>): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    if (m.ok) p.resolve(m.value);
    else p.reject(new Error(m.error));
    if (this.retiring && !this.pending.size) this.terminate();
  }

  /** No longer served: ends once the requests in flight have answered (at most `graceMs` from now). */
  retire(graceMs = RETIRE_GRACE_MS): void {
    if (this.retiring || this.ended) return;
    this.retiring = true;
    if (!this.pending.size) return this.terminate();
    setTimeout(() => this.terminate(), graceMs).unref();
  }

  terminate(): void {
    this.retiring = true;
    void this.thread.terminate();
  }
}
