// The adapters' side of the state store: opening the one the configuration names (PostgreSQL when DATABASE_URL
// is set, else SQLite at STATE_PATH), and the parts that must keep answering when it fails: de-duplication and
// the rate limit fall back to this process's memory (said once in the log, and once when the store is back),
// the summary cache to a miss.
import { resolve } from 'node:path';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { openState } from '../state/db.ts';
import type { StateStore } from '../state/store.ts';
import type { SummaryCache } from '../summarize/summarizer.ts';
import { RateLimiter } from './rate-limit.ts';
import { SeenKeys, type Dedup, type Limiter } from './shared.ts';

/**
 * The state store: PostgreSQL when DATABASE_URL is set (migrations applied now; an unreachable server is logged
 * and the bot starts without it, retrying at each use; a server that refuses, say a wrong password or a missing
 * database, stops start-up with one line), else SQLite at STATE_PATH, or null with the reason logged (answers
 * never need it).
 */
export async function openStore(config: Config, log: Logger, without: string): Promise<StateStore | null> {
  if (config.DATABASE_URL) {
    const { PgStore, isUnavailable } = await import('../state/pg.ts');
    const store = new PgStore({ url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE, log });
    try {
      const r = await store.migrate();
      log.info({ backend: 'postgres', db: store.where, schema: r.version, applied: r.applied, pool: config.DATABASE_POOL_SIZE }, 'state database: PostgreSQL ready');
    } catch (err) {
      const reason = String((err as Error)?.message ?? err).split('\n')[0];
      if (!isUnavailable(err)) {
        await store.close();
        const { StartupError } = await import('./startup.ts');
        throw new StartupError(`state database: PostgreSQL at ${store.where} refused: ${reason} — check DATABASE_URL (user, password, database name) and that its user may create tables, or run qwen-brief migrate`);
      }
      log.error({ backend: 'postgres', db: store.where, err: reason },
        'state database: PostgreSQL unreachable at start; answering without it (de-duplication and rate limits in memory, digest rounds skipped) and retrying at each use');
    }
    return store;
  }
  try {
    return openState(resolve(config.STATE_PATH));
  } catch (err) {
    log.error({ path: config.STATE_PATH, err: String(err) }, `state database unavailable: ${without}`);
    return null;
  }
}

/** Summaries cached in the state store. A cache that fails (locked, read-only, unreachable) is a miss, never an error for the user. */
export function stateCache(db: StateStore, log: Logger): SummaryCache {
  return {
    get: async (k) => {
      try {
        return await within(db.getSummary(k));
      } catch {
        return null;
      }
    },
    set: async (k, v) => {
      try {
        await db.setSummary(k, v, Date.now());
      } catch (err) {
        log.warn({ err: String(err) }, 'summary cache write failed');
      }
    },
  };
}

/**
 * How long an answer waits for the store's de-duplication, rate-limit or cache call before going on without it:
 * a server that hangs (not one that refuses, which fails at once) never holds an answer longer than this.
 */
export const STORE_WAIT_MS = 2000;

/** `p`, or a rejection after `ms`; the call itself goes on in the background (its result is then ignored). */
export function within<T>(p: T | Promise<T>, ms = STORE_WAIT_MS): Promise<T> {
  if (!(p instanceof Promise)) return Promise.resolve(p);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`state database did not answer within ${ms} ms`)), ms);
  });
  p.catch(() => undefined);
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** Says once that the store failed (and what falls back to memory), and once that it works again. */
export class StoreHealth {
  private down = false;
  constructor(private readonly log: Logger, private readonly store: StateStore) {}

  ok(): void {
    if (!this.down) return;
    this.down = false;
    this.log.info({ backend: this.store.backend, db: this.store.where }, 'state database reachable again: de-duplication and rate limits are shared again');
  }

  failed(err: unknown): void {
    if (this.down) return;
    this.down = true;
    this.log.error({ backend: this.store.backend, db: this.store.where, err: String((err as Error)?.message ?? err).split('\n')[0] },
      'state database unreachable: de-duplication and rate limits fall back to this process\'s memory until it returns; answers go on');
  }

  get isDown(): boolean {
    return this.down;
  }
}

/** Retried deliveries answered once across every process sharing the store; in memory while it fails. */
export class SharedSeen implements Dedup {
  private readonly mem: SeenKeys;
  constructor(private readonly store: StateStore, private readonly health: StoreHealth, private readonly ttlMs = 10 * 60_000) {
    this.mem = new SeenKeys(ttlMs);
  }

  async first(key: string, nowMs = Date.now()): Promise<boolean> {
    // Also remembered here, so a retry that comes while the store is away is still caught by this process.
    const local = this.mem.first(key, nowMs);
    try {
      const shared = await within(this.store.firstSeen(key, nowMs, this.ttlMs));
      this.health.ok();
      return shared;
    } catch (err) {
      this.health.failed(err);
      return local;
    }
  }
}

/** The per-user token bucket in the store (one statement per request), shared by every process; in memory while it fails. */
export class SharedLimiter implements Limiter {
  private readonly mem: RateLimiter;
  constructor(private readonly store: StateStore, private readonly health: StoreHealth, private readonly perMinute: number, private readonly burst: number) {
    this.mem = new RateLimiter(perMinute, burst);
  }

  async take(key: string, nowMs = Date.now()): Promise<number> {
    try {
      const wait = await within(this.store.takeToken(key, nowMs, this.perMinute, this.burst));
      this.health.ok();
      return wait;
    } catch (err) {
      this.health.failed(err);
      return this.mem.take(key, nowMs);
    }
  }
}

/** De-duplication and rate limit for a process: in the store when there is one, else in memory. */
export function sharedState(config: Pick<Config, 'RATE_LIMIT_PER_MINUTE' | 'RATE_LIMIT_BURST'>, store: StateStore | null, log: Logger): { dedup: Dedup; limiter: Limiter | null; health: StoreHealth | null } {
  const limitOn = config.RATE_LIMIT_PER_MINUTE > 0;
  if (!store) return { dedup: new SeenKeys(), limiter: limitOn ? new RateLimiter(config.RATE_LIMIT_PER_MINUTE, config.RATE_LIMIT_BURST) : null, health: null };
  const health = new StoreHealth(log, store);
  return {
    dedup: new SharedSeen(store, health),
    limiter: limitOn ? new SharedLimiter(store, health, config.RATE_LIMIT_PER_MINUTE, config.RATE_LIMIT_BURST) : null,
    health,
  };
}

/** Deletes expired de-duplication keys, idle rate-limit buckets and old shares every `everyMs`; never keeps the process alive. */
export function startSweeper(store: StateStore, log: Logger, everyMs = 60_000): () => void {
  const timer = setInterval(async () => {
    try {
      const r = await store.sweep(Date.now());
      if (r.seen || r.buckets || r.shares) log.debug({ ...r }, 'state database: swept');
    } catch (err) {
      log.debug({ err: String(err) }, 'state database: sweep failed; next time');
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** What /healthz says about the state store. */
export async function storeStatus(store: StateStore | null | undefined): Promise<Record<string, unknown>> {
  if (!store) return { backend: 'none', ok: false };
  try {
    await store.ping();
    return { backend: store.backend, ok: true };
  } catch (err) {
    return { backend: store.backend, ok: false, error: String((err as Error)?.message ?? err).split('\n')[0].slice(0, 200) };
  }
}
