// The index the bot serves, swapped atomically when the corpus directory changes. A corpus that fails
// to load never replaces a good one, nor does one whose curated hint file broke or disappeared. What is
// served is the source's business: an index on this thread (serve/local-live.ts) or a serving worker
// that owns one (serve/worker-service.ts); the rules and the watching are the same for both.
import { createHash } from 'node:crypto';
import { statSync, watch, type FSWatcher } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { HINT_FILES } from '../corpus/load.ts';
import type { CorpusSummary } from '../serve/corpus-summary.ts';
import type { WarmSpec } from '../serve/warm.ts';
import { today } from './cli/args.ts';
import type { Logger } from '../log.ts';

/** How often the watched corpus is also polled: catches what fs.watch misses (a replaced directory, a dead watcher). */
export const POLL_MS = 5_000;

/**
 * What a reload's new index answers before it is served, as of `now()` (serve/warm.ts), so that the caches
 * those answers fill arrive filled: at 10k articles the first `changes since` or `timeline` on a cold index
 * fills them for seconds.
 */
export interface WarmUp {
  now: () => string;
  queries?: string[];
  /** Also `who <name>` for this many of the people the corpus mentions most. */
  people?: number;
}

export const WARM_UP_QUERIES = ['who-leads', 'changes since last week', 'timeline', 'sources'];
export const WARM_UP_PEOPLE = 5;
/**
 * A reload also answers again the last this-many distinct questions answered on the served index (see
 * `asked`) before it is swapped in: the questions people were asking find their caches filled too (at 10k
 * articles a first `ask` about a much-named person fills them for ≈0.3 s, a first `sources <name>` ≈0.1 s).
 */
export const WARM_UP_RECENT = 16;

/** A loaded corpus: what serves it, and what the rules need to know about it. */
export interface Loaded<T> {
  value: T;
  corpus: CorpusSummary;
}

export interface IndexSource<T> {
  /** Loads and indexes the corpus as it is now, answering `warm` on it; rejects when it cannot. */
  load(warm: WarmSpec | null, signal: AbortSignal): Promise<Loaded<T>>;
  /** A value no longer served (replaced, or a reload not taken, or close()): let it go. */
  release(value: T): void;
}

export class LiveIndex<T> {
  private current: Loaded<T>;
  /** Resolvers waiting for the next reload attempt (tests, and the digest before a tick). */
  private waiters: (() => void)[] = [];
  /** A background reload in progress, and whether another change arrived meanwhile. */
  private loading: Promise<boolean> | null = null;
  private again = false;
  private readonly stopping = new AbortController();
  /** The last distinct questions answered (oldest first), replayed by the next reload. */
  private recent: string[] = [];

  // Watching: the directory itself (recursive), its parent (to see the directory renamed or replaced),
  // and a poll of the directory's identity and a fingerprint of its files.
  private watching = false;
  private debounceMs = 500;
  private watcher: FSWatcher | null = null;
  private parentWatcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private polling = false;
  /** dev:ino of the directory the watcher was opened on; another value at the same path means it was replaced. */
  private rootId: string | null = null;
  private fingerprint: string | null = null;
  /** Set when the directory was renamed or replaced, or its watcher failed: re-open before the next reload. */
  private rewatch: 'moved' | 'failed' | null = null;
  private gone = false;
  private lastWatchError: string | null = null;

  /** `fresh`: the initial corpus was just loaded from the directory (its skipped files and broken hints are logged). */
  constructor(readonly dir: string, private readonly log: Logger, private readonly source: IndexSource<T>, initial: Loaded<T>, fresh = true, private readonly warmUp: WarmUp | null = { now: today }) {
    this.current = initial;
    if (fresh) {
      this.reported(initial.corpus);
      for (const f of HINT_FILES) if (initial.corpus.hints[f] === 'error') this.unusableHint(initial.corpus, f);
    }
  }

  /** What answers now; readers always see a whole index, old or new. */
  readonly get = (): T => this.current.value;

  /** The summary of the corpus served now. */
  get corpus(): CorpusSummary {
    return this.current.corpus;
  }

  /** A question was answered (the adapters say so): the next reload answers it again before it is served. */
  readonly asked = (query: string): void => {
    const q = query.trim();
    if (!q || q.length > 500) return;
    const i = this.recent.indexOf(q);
    if (i >= 0) this.recent.splice(i, 1);
    this.recent.push(q);
    if (this.recent.length > WARM_UP_RECENT) this.recent.shift();
  };

  /**
   * Serves `next` in place of a current value that died (a crashed serving worker restarted): there is
   * nothing else to serve, so the reload rules do not apply; a broken hint file is still named.
   */
  replace(next: Loaded<T>): void {
    const old = this.current.value;
    this.current = next;
    this.reported(next.corpus);
    for (const f of HINT_FILES) if (next.corpus.hints[f] === 'error') this.unusableHint(next.corpus, f);
    if (old !== next.value) this.source.release(old);
  }

  /**
   * Loads the corpus again through the source (a worker thread, or this thread); swaps it in only if it
   * loaded and the rules allow. Changes that arrive meanwhile cause one more reload, never two at once.
   * Resolves with whether it swapped.
   */
  reloadInBackground(): Promise<boolean> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    if (this.stopping.signal.aborted) return Promise.resolve(false);
    const base = this.warmUp?.queries ?? WARM_UP_QUERIES;
    const warm = this.warmUp && { queries: [...base, ...this.recent.filter((q) => !base.includes(q))], now: this.warmUp.now(), people: this.warmUp.people ?? WARM_UP_PEOPLE };
    this.loading = this.source
      .load(warm, this.stopping.signal)
      .then(
        (next) => this.apply(next),
        (err) => this.keep(err),
      )
      .finally(() => {
        this.loading = null;
        if (this.again) {
          this.again = false;
          void this.reloadInBackground();
        }
      });
    return this.loading;
  }

  private apply(next: Loaded<T>): boolean {
    let swapped = false;
    try {
      // close() during the load: shutting down, nothing is swapped.
      swapped = !this.stopping.signal.aborted && this.acceptable(next.corpus) && this.swapIn(next);
      return swapped;
    } catch (err) {
      return this.keep(err);
    } finally {
      if (!swapped) this.source.release(next.value);
      this.notify();
    }
  }

  /** Whether a freshly loaded corpus may replace the one served (its hint files, its articles). */
  private acceptable(corpus: CorpusSummary): boolean {
    this.reported(corpus);
    if (this.hintLost(corpus)) return false;
    if (!corpus.docs && this.current.corpus.docs) {
      this.log.error({ dir: this.dir }, 'corpus reload found no articles; keeping the last good index');
      return false;
    }
    return true;
  }

  private swapIn(next: Loaded<T>): boolean {
    if (next.corpus.version === this.current.corpus.version) return false;
    const old = this.current.value;
    this.current = next;
    this.source.release(old);
    this.log.info({ docs: next.corpus.docs, version: next.corpus.version }, 'corpus reloaded');
    return true;
  }

  /**
   * A hint file the serving index was built with that no longer parses, or is gone, would silently turn
   * every answer that needs it into "not in the corpus": the last good index stays and the file is named.
   * A deleted hint file is treated like a broken one (an accidental deletion is the likelier cause);
   * a restart runs without it. One that was already unusable does not hold back new articles.
   */
  private hintLost(corpus: CorpusSummary): boolean {
    let lost = false;
    for (const file of HINT_FILES) {
      const was = this.current.corpus.hints[file];
      const now = corpus.hints[file];
      if (now === 'error') {
        if (was === 'ok') {
          lost = true;
          const reason = corpus.errors.find((r) => r.path === file)?.detail;
          this.log.error({ file, reason }, `hint file ${file} is broken; keeping the last good index until it is fixed`);
        } else this.unusableHint(corpus, file);
      } else if (now === 'absent' && was === 'ok') {
        lost = true;
        this.log.error({ file }, `hint file ${file} was removed; keeping the last good index (restore it, or restart to run without it)`);
      }
    }
    return lost;
  }

  private unusableHint(corpus: CorpusSummary, file: string): void {
    const reason = corpus.errors.find((r) => r.path === file)?.detail;
    this.log.error({ file, reason }, `hint file ${file} is broken; running without it until it is fixed`);
  }

  /** Names every skipped article in the log (hint files are reported by hintLost / unusableHint). */
  private reported(corpus: CorpusSummary): void {
    for (const r of corpus.errors) {
      if (!(HINT_FILES as readonly string[]).includes(r.path)) this.log.warn({ file: r.path, reason: r.detail }, 'corpus file skipped');
    }
  }

  private keep(err: unknown): false {
    this.log.error({ dir: this.dir, err: String(err) }, 'corpus reload failed; keeping the last good index');
    this.notify();
    return false;
  }

  private notify(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /**
   * Watches the directory; bursts of changes (an editor's save, a git pull) cause one reload. The directory
   * renamed away and back, or replaced by another (as deploy tools do), is watched again; a poll every
   * `pollMs` (0: none) catches that too, and any change fs.watch missed.
   */
  watch(debounceMs = 500, pollMs = POLL_MS): void {
    if (this.watching) return;
    this.watching = true;
    this.debounceMs = debounceMs;
    if (!this.openWatcher()) {
      this.log.error({ dir: this.dir }, pollMs ? `cannot watch the corpus directory; polling it every ${pollMs} ms instead` : 'cannot watch the corpus directory; new articles need a restart');
    }
    this.openParentWatcher();
    if (pollMs) {
      void this.poll();
      this.pollTimer = setInterval(() => void this.poll(), pollMs);
      this.pollTimer.unref();
    }
  }

  /** Opens the recursive watcher on the directory as it is now; false when it cannot (it is gone). */
  private openWatcher(): boolean {
    this.closeWatcher();
    try {
      const w = watch(this.dir, { recursive: true }, (_event, name) => {
        if (!name) this.rewatch = 'moved'; // the directory itself was renamed or removed
        this.schedule();
      });
      w.on('error', (err) => this.watchError(err));
      this.watcher = w;
      this.rootId = idOf(statSync(this.dir));
      return true;
    } catch {
      this.closeWatcher();
      return false;
    }
  }

  private closeWatcher(): void {
    this.watcher?.close();
    this.watcher = null;
    this.rootId = null;
  }

  /** The parent sees the directory renamed away, back, or replaced, which its own watcher cannot. */
  private openParentWatcher(): void {
    const path = resolve(this.dir);
    const name = basename(path);
    try {
      this.parentWatcher = watch(dirname(path), (event, f) => {
        if (event !== 'rename' || f !== name) return;
        this.rewatch = 'moved';
        this.schedule();
      });
      this.parentWatcher.on('error', () => {
        this.parentWatcher?.close();
        this.parentWatcher = null; // the poll still notices a replaced directory
      });
    } catch {
      this.parentWatcher = null;
    }
  }

  /**
   * A failed watcher is re-opened before the next reload (a change it failed on may be lost, so that
   * reload runs too); said once per distinct error. Node's recursive watcher on Linux fails this way on
   * every change in a directory holding a symlink loop.
   */
  private watchError(err: unknown): void {
    const msg = String(err);
    if (msg !== this.lastWatchError) {
      this.lastWatchError = msg;
      this.log.error({ dir: this.dir, err: msg }, 'corpus watch failed; watching again (changes are also polled)');
    }
    this.rewatch ??= 'failed';
    this.schedule();
  }

  /** Re-opens the watcher on whatever directory is at the path now; says when it is gone, back or replaced. */
  private reopen(why: 'moved' | 'failed'): boolean {
    if (!this.openWatcher()) {
      this.goneNow();
      return false;
    }
    if (this.gone) this.log.info({ dir: this.dir }, 'corpus directory is back; watching it again');
    else if (why === 'moved') this.log.info({ dir: this.dir }, 'corpus directory moved or replaced; watching it again');
    this.gone = false;
    return true;
  }

  private goneNow(): void {
    this.closeWatcher();
    if (this.gone) return;
    this.gone = true;
    this.log.error({ dir: this.dir }, 'corpus directory is gone; serving the last good index until it is back');
  }

  /** The fallback: the directory replaced or missing, or its files changed unseen (a dead or partial watcher). */
  private async poll(): Promise<void> {
    if (this.polling || !this.watching) return;
    this.polling = true;
    try {
      let id: string | null = null;
      try {
        id = idOf(await stat(this.dir));
      } catch {
        // gone
      }
      if (!this.watching) return;
      if (id === null) return this.goneNow();
      if (this.gone || !this.watcher || id !== this.rootId) {
        this.rewatch = 'moved';
        this.schedule();
      }
      const fp = await fingerprint(this.dir);
      if (!this.watching) return;
      if (this.fingerprint !== null && fp !== this.fingerprint) this.schedule();
      this.fingerprint = fp;
    } catch {
      // the directory vanished mid-walk: the next poll says so
    } finally {
      this.polling = false;
    }
  }

  /** Resolves after the next reload attempt. */
  nextReload(): Promise<void> {
    return new Promise((r) => this.waiters.push(r));
  }

  /** Stops watching, stops a reload in progress, and lets go of what is served (shutdown). */
  close(): void {
    this.unwatch();
    if (this.stopping.signal.aborted) return;
    this.stopping.abort();
    this.source.release(this.current.value);
  }

  unwatch(): void {
    this.watching = false;
    this.closeWatcher();
    this.parentWatcher?.close();
    this.parentWatcher = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.pollTimer) clearInterval(this.pollTimer);
    this.pollTimer = null;
    this.fingerprint = null;
    this.rewatch = null;
  }

  private schedule(): void {
    if (!this.watching) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      const why = this.rewatch;
      this.rewatch = null;
      if (why && !this.reopen(why)) return;
      // The poll's baseline is taken before the reload reads the files: a change after it is seen by the next poll.
      void fingerprint(this.dir)
        .then((fp) => { if (this.watching) this.fingerprint = fp; }, () => {})
        .finally(() => { if (this.watching) void this.reloadInBackground(); });
    }, this.debounceMs);
  }
}

function idOf(st: { dev: number; ino: number }): string {
  return `${st.dev}:${st.ino}`;
}

/**
 * Path, size, mtime and inode of every entry under `dir` (hidden names skipped, symlinked directories
 * followed once), hashed: any change an article or hint file can undergo changes it. Asynchronous, so
 * polling a large corpus does not stall answers.
 */
export async function fingerprint(dir: string): Promise<string> {
  const h = createHash('sha256');
  const seen = new Set<string>();
  const walk = async (d: string, rel: string): Promise<void> => {
    const real = await realpath(d);
    if (seen.has(real)) return;
    seen.add(real);
    const names = (await readdir(d)).sort();
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const full = join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      try {
        const st = await stat(full);
        if (st.isDirectory()) {
          h.update(`${r}/\n`);
          await walk(full, r).catch(() => h.update(`${r}/!\n`));
        } else h.update(`${r}\0${st.size}\0${st.mtimeMs}\0${st.ino}\n`);
      } catch (e) {
        h.update(`${r}\0!${(e as NodeJS.ErrnoException).code}\n`);
      }
    }
  };
  await walk(dir, '');
  return h.digest('hex');
}
