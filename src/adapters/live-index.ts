// The index the bot serves, swapped atomically when the corpus directory changes. A corpus that fails
// to load never replaces a good one.
import { watch, type FSWatcher } from 'node:fs';
import { loadCorpus, type Corpus } from '../corpus/load.ts';
import { buildIndex, indexFromPrepared, type BriefIndex } from '../index/build.ts';
import { prepareIndexInWorker } from '../index/prepare-async.ts';
import type { Logger } from '../log.ts';

export class LiveIndex {
  private current: BriefIndex;
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** Resolvers waiting for the next reload attempt (tests, and the digest before a tick). */
  private waiters: (() => void)[] = [];
  /** A background reload in progress, and whether another change arrived meanwhile. */
  private loading: Promise<boolean> | null = null;
  private again = false;
  private readonly stopping = new AbortController();

  /** Loads the corpus now unless given its index; a directory that cannot be read throws here. */
  constructor(readonly dir: string, private readonly log: Logger, initial?: BriefIndex) {
    this.current = initial ?? buildIndex(this.reported(loadCorpus(dir)));
  }

  /** The index to answer from; readers always see a whole index, old or new. */
  readonly get = (): BriefIndex => this.current;

  /** Loads and builds the corpus again, on this thread; swaps it in only if it loaded. Returns whether it swapped. */
  reload(): boolean {
    try {
      const corpus = loadCorpus(this.dir);
      return this.apply(corpus, () => buildIndex(corpus));
    } catch (err) {
      return this.keep(err);
    }
  }

  /**
   * The watcher's reload: the corpus is read, parsed and indexed in a worker thread; this thread only
   * revives the result and swaps it in. Changes that arrive meanwhile cause one more reload, never two at once.
   */
  reloadInBackground(): Promise<boolean> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    if (this.stopping.signal.aborted) return Promise.resolve(false);
    this.loading = prepareIndexInWorker(this.dir, this.stopping.signal)
      .then((prepared) => this.apply(prepared.corpus, () => indexFromPrepared(prepared)), (err) => this.keep(err))
      .finally(() => {
        this.loading = null;
        if (this.again) {
          this.again = false;
          void this.reloadInBackground();
        }
      });
    return this.loading;
  }

  private apply(corpus: Corpus, build: () => BriefIndex): boolean {
    try {
      this.reported(corpus);
      if (!corpus.docs.length && this.current.docs.length) {
        this.log.error({ dir: this.dir }, 'corpus reload found no articles; keeping the last good index');
        return false;
      }
      const next = build();
      if (next.version === this.current.version) return false;
      this.current = next;
      this.log.info({ docs: next.docs.length, version: next.version }, 'corpus reloaded');
      return true;
    } catch (err) {
      return this.keep(err);
    } finally {
      this.notify();
    }
  }

  /** Names every skipped file in the log. */
  private reported(corpus: Corpus): Corpus {
    for (const r of corpus.reports) if (r.status === 'error') this.log.warn({ file: r.path, reason: r.detail }, 'corpus file skipped');
    return corpus;
  }

  private keep(err: unknown): false {
    this.log.error({ dir: this.dir, err: String(err) }, 'corpus reload failed; keeping the last good index');
    this.notify();
    return false;
  }

  private notify(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Watches the directory; bursts of changes (an editor's save, a git pull) cause one reload. */
  watch(debounceMs = 500): void {
    if (this.watcher) return;
    try {
      this.watcher = watch(this.dir, { recursive: true }, () => this.schedule(debounceMs));
      this.watcher.on('error', (err) => {
        this.log.error({ dir: this.dir, err: String(err) }, 'corpus watch failed; serving the last good index');
        this.unwatch();
      });
    } catch (err) {
      this.log.error({ dir: this.dir, err: String(err) }, 'cannot watch the corpus directory; new articles need a restart');
    }
  }

  /** Resolves after the next reload attempt. */
  nextReload(): Promise<void> {
    return new Promise((r) => this.waiters.push(r));
  }

  /** Stops watching and stops a reload in progress (shutdown). */
  close(): void {
    this.unwatch();
    this.stopping.abort();
  }

  unwatch(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.reloadInBackground();
    }, ms);
  }
}
