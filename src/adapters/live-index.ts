// The index the bot serves, swapped atomically when the corpus directory changes. A corpus that fails
// to load never replaces a good one, nor does one whose curated hint file broke or disappeared.
import { createHash } from 'node:crypto';
import { statSync, watch, type FSWatcher } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { HINT_FILES, hintStatus, loadCorpus, type Corpus } from '../corpus/load.ts';
import { buildIndex, indexFromPreparedAsync, type BriefIndex } from '../index/build.ts';
import { prepareIndexInWorker } from '../index/prepare-async.ts';
import { loadIndexCached } from '../index/cache.ts';
import { reviveMemo } from '../index/memo-transfer.ts';
import { today } from './cli/args.ts';
import type { Logger } from '../log.ts';

/** How often the watched corpus is also polled: catches what fs.watch misses (a replaced directory, a dead watcher). */
export const POLL_MS = 5_000;

/**
 * What the reload worker answers on the new index before it is served, as of `now()`, so that the caches
 * those answers fill (the corpus's changes, heads, events by passage …) arrive filled: at 10k articles the
 * first `changes since` or `timeline` on a cold index fills them for seconds on the thread that answers.
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
 * The reload worker also answers again the last this-many distinct questions answered on the served index
 * (see `asked`): after a swap, the questions people were asking find their caches filled too (at 10k
 * articles a first `ask` about a much-named person fills them for ≈0.3 s, a first `sources <name>` ≈0.1 s).
 */
export const WARM_UP_RECENT = 16;

export class LiveIndex {
  private current: BriefIndex;
  /** Resolvers waiting for the next reload attempt (tests, and the digest before a tick). */
  private waiters: (() => void)[] = [];
  /** A background reload in progress, and whether another change arrived meanwhile. */
  private loading: Promise<boolean> | null = null;
  private again = false;
  private readonly stopping = new AbortController();
  /** The last distinct questions answered (oldest first), replayed by the next reload's worker. */
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

  /** Loads the corpus now unless given its index; a directory that cannot be read throws here. */
  constructor(readonly dir: string, private readonly log: Logger, initial?: BriefIndex, cacheDir: string | null = null, private readonly warmUp: WarmUp | null = { now: today }) {
    this.current = initial ?? this.initialIndex(cacheDir);
    if (!initial) for (const f of HINT_FILES) if (hintStatus(this.current.corpus, f) === 'error') this.unusableHint(this.current.corpus, f);
  }

  /** At start: the persisted index when the corpus is unchanged since it was written, else a fresh build (then persisted). */
  private initialIndex(cacheDir: string | null): BriefIndex {
    if (!cacheDir) return buildIndex(this.reported(loadCorpus(this.dir)));
    const index = loadIndexCached(this.dir, cacheDir, (msg) => this.log.warn({ cacheDir }, msg));
    this.reported(index.corpus);
    return index;
  }

  /** The index to answer from; readers always see a whole index, old or new. */
  readonly get = (): BriefIndex => this.current;

  /** A question was answered from this index (the adapters say so): the next reload's worker answers it again. */
  readonly asked = (query: string): void => {
    const q = query.trim();
    if (!q || q.length > 500) return;
    const i = this.recent.indexOf(q);
    if (i >= 0) this.recent.splice(i, 1);
    this.recent.push(q);
    if (this.recent.length > WARM_UP_RECENT) this.recent.shift();
  };

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
    const base = this.warmUp?.queries ?? WARM_UP_QUERIES;
    const warm = this.warmUp && { queries: [...base, ...this.recent.filter((q) => !base.includes(q))], now: this.warmUp.now(), people: this.warmUp.people ?? WARM_UP_PEOPLE };
    this.loading = prepareIndexInWorker(this.dir, this.stopping.signal, warm)
      .then(
        (prepared) =>
          this.applyAsync(prepared.corpus, async () => {
            const index = await indexFromPreparedAsync(prepared);
            // The worker's warm-up runs meanwhile; without its caches (it failed) they fill on first use.
            const caches = await prepared.caches;
            if (caches) await reviveMemo(index, caches);
            return index;
          }).finally(prepared.stop),
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

  private apply(corpus: Corpus, build: () => BriefIndex): boolean {
    try {
      return this.acceptable(corpus) && this.swapIn(build());
    } catch (err) {
      return this.keep(err);
    } finally {
      this.notify();
    }
  }

  /** The same for a revive that yields to the event loop between chunks (the worker path). */
  private async applyAsync(corpus: Corpus, build: () => Promise<BriefIndex>): Promise<boolean> {
    try {
      if (!this.acceptable(corpus)) return false;
      const next = await build();
      return !this.stopping.signal.aborted && this.swapIn(next); // close() during the revive: shutting down
    } catch (err) {
      return this.keep(err);
    } finally {
      this.notify();
    }
  }

  /** Whether a freshly loaded corpus may replace the one served (its hint files, its articles). */
  private acceptable(corpus: Corpus): boolean {
    this.reported(corpus);
    if (this.hintLost(corpus)) return false;
    if (!corpus.docs.length && this.current.docs.length) {
      this.log.error({ dir: this.dir }, 'corpus reload found no articles; keeping the last good index');
      return false;
    }
    return true;
  }

  private swapIn(next: BriefIndex): boolean {
    if (next.version === this.current.version) return false;
    this.current = next;
    this.log.info({ docs: next.docs.length, version: next.version }, 'corpus reloaded');
    return true;
  }

  /**
   * A hint file the serving index was built with that no longer parses, or is gone, would silently turn
   * every answer that needs it into "not in the corpus": the last good index stays and the file is named.
   * A deleted hint file is treated like a broken one (an accidental deletion is the likelier cause);
   * a restart runs without it. One that was already unusable does not hold back new articles.
   */
  private hintLost(corpus: Corpus): boolean {
    let lost = false;
    for (const file of HINT_FILES) {
      const was = hintStatus(this.current.corpus, file);
      const now = hintStatus(corpus, file);
      if (now === 'error') {
        if (was === 'ok') {
          lost = true;
          const reason = corpus.reports.find((r) => r.path === file)?.detail;
          this.log.error({ file, reason }, `hint file ${file} is broken; keeping the last good index until it is fixed`);
        } else this.unusableHint(corpus, file);
      } else if (now === 'absent' && was === 'ok') {
        lost = true;
        this.log.error({ file }, `hint file ${file} was removed; keeping the last good index (restore it, or restart to run without it)`);
      }
    }
    return lost;
  }

  private unusableHint(corpus: Corpus, file: string): void {
    const reason = corpus.reports.find((r) => r.path === file)?.detail;
    this.log.error({ file, reason }, `hint file ${file} is broken; running without it until it is fixed`);
  }

  /** Names every skipped article in the log (hint files are reported by hintLost / unusableHint). */
  private reported(corpus: Corpus): Corpus {
    for (const r of corpus.reports) {
      if (r.status === 'error' && !(HINT_FILES as readonly string[]).includes(r.path)) this.log.warn({ file: r.path, reason: r.detail }, 'corpus file skipped');
    }
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

  /** Stops watching and stops a reload in progress (shutdown). */
  close(): void {
    this.unwatch();
    this.stopping.abort();
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
