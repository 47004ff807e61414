// IndexService through a serving worker (server mode). The main thread keeps only a pointer to the worker
// answering now: a reload starts a new worker that loads and warms the new corpus, the reload rules
// (adapters/live-index.ts) decide on its summary, and a swap is that pointer changing; the old worker ends
// once its requests in flight have answered. A worker that crashes fails the requests it held (the
// adapters' usual reference id) and is replaced by a new one on the same directory.
import type { Answer } from '../briefing/types.ts';
import type { Logger } from '../log.ts';
import { LiveIndex, type IndexSource, type Loaded, type WarmUp } from '../adapters/live-index.ts';
import { today } from '../adapters/cli/args.ts';
import type { Knowledge } from '../summarize/supported.ts';
import { ServingWorker } from './client.ts';
import { knowledgeFrom, type About, type Names, type Request } from './ops.ts';
import type { DigestCandidates, DigestPlanRef, IndexInfo, IndexService } from './service.ts';

export interface WorkerServiceOptions {
  dir: string;
  log: Logger;
  /** The persisted index (index/cache.ts), or null for a fresh build each time. */
  cacheDir?: string | null;
  warmUp?: WarmUp | null;
}

export class WorkerService implements IndexService {
  readonly live: LiveIndex<ServingWorker>;
  private restarting: Promise<ServingWorker> | null = null;
  private names: Names | null = null;
  private readonly closing = new AbortController();

  private constructor(private readonly o: WorkerServiceOptions, initial: Loaded<ServingWorker>) {
    const source: IndexSource<ServingWorker> = {
      load: async (warm, signal) => this.started(await ServingWorker.start({ dir: o.dir, cacheDir: o.cacheDir ?? null, warm }, signal)),
      release: (w) => w.retire(),
    };
    this.live = new LiveIndex(o.dir, o.log, source, initial, true, o.warmUp === undefined ? { now: today } : o.warmUp);
    this.watchCrash(initial.value);
  }

  /** Starts the first serving worker; rejects when the corpus directory cannot be read. */
  static async start(o: WorkerServiceOptions): Promise<WorkerService> {
    const first = await ServingWorker.start({ dir: o.dir, cacheDir: o.cacheDir ?? null, warm: null });
    const s = new WorkerService(o, { value: first.worker, corpus: first.corpus });
    s.noted(first.notes);
    return s;
  }

  private started(r: Awaited<ReturnType<typeof ServingWorker.start>>): Loaded<ServingWorker> {
    this.noted(r.notes);
    this.watchCrash(r.worker);
    return { value: r.worker, corpus: r.corpus };
  }

  private noted(notes: string[]): void {
    for (const n of notes) this.o.log.warn({ cacheDir: this.o.cacheDir }, n);
  }

  private watchCrash(w: ServingWorker): void {
    w.onCrash = (err) => {
      if (this.live.get() !== w || this.closing.signal.aborted) return; // a reload candidate: its reload fails
      this.o.log.error({ err: String(err), dir: this.o.dir }, 'serving worker crashed; starting another');
      this.restart().catch(() => undefined); // said in restart; the next request tries again
    };
  }

  /** A new worker in place of a dead one; requests meanwhile wait for it. */
  private restart(): Promise<ServingWorker> {
    this.restarting ??= ServingWorker.start({ dir: this.o.dir, cacheDir: this.o.cacheDir ?? null, warm: null }, this.closing.signal)
      .then(
        (r) => {
          const now = this.live.get();
          // A reload swapped in a live worker meanwhile: it serves; this one is not needed.
          if (now.alive) {
            r.worker.terminate();
            return now;
          }
          this.noted(r.notes);
          this.watchCrash(r.worker);
          this.live.replace({ value: r.worker, corpus: r.corpus });
          this.o.log.info({ docs: r.corpus.docs, version: r.corpus.version }, 'serving worker restarted');
          return r.worker;
        },
        (err) => {
          this.o.log.error({ err: String(err), dir: this.o.dir }, 'serving worker could not be restarted; the next request tries again');
          throw err;
        },
      )
      .finally(() => {
        this.restarting = null;
      });
    return this.restarting;
  }

  private async call<R>(req: Request): Promise<R> {
    if (this.closing.signal.aborted) throw new Error('index service closed');
    let w = this.live.get();
    if (!w.alive) w = await this.restart();
    return w.call<R>(req);
  }

  info(): IndexInfo {
    const c = this.live.corpus;
    return { version: c.version, docs: c.docs };
  }

  answer(text: string, now: string): Promise<Answer> {
    return this.call({ op: 'answer', text, now });
  }

  /** The entities and topic are fetched once per index version; what the index knows about the citations, per answer. */
  async knowledge(a: Answer): Promise<Knowledge> {
    const have = this.names;
    const r = await this.call<{ about: About[]; names: Names | null }>({ op: 'about', citations: a.citations, names: have?.version ?? null });
    if (r.names) this.names = r.names;
    return knowledgeFrom(r.names ?? have!, a.citations, r.about);
  }

  digestCandidates(now: string): Promise<DigestCandidates> {
    return this.call({ op: 'candidates', now });
  }

  digestAnswer(plan: DigestPlanRef, now: string): Promise<Answer> {
    return this.call({ op: 'digest', plan, now });
  }

  /** A question was answered: the next reload's worker answers it too before it is served. */
  readonly asked = (text: string): void => this.live.asked(text);

  watch(debounceMs?: number, pollMs?: number): void {
    this.live.watch(debounceMs, pollMs);
  }

  /** Stops watching, any reload or restart in progress, and the serving worker. */
  close(): void {
    this.closing.abort();
    this.live.close();
  }
}
