// The PostgreSQL implementation of the state store (DATABASE_URL): what several replicas of the bot share.
// node-postgres (`pg`) with a pool; the schema is state/pg-migrations.ts, applied at start under an advisory
// lock (and by `qwen-brief migrate`). Every statement that must be atomic across replicas is one statement
// (de-duplication, rate limit, share claim) or one transaction holding the channel's row lock (digest claim).
//
// When the server cannot be reached every call throws at once (after one failed attempt, calls within the next
// second fail without trying: a dead or unreachable server never makes an answer wait); the callers fall back
// (state/fallback.ts) and the next call after that second tries again, so everything resumes when it returns.
import pg from 'pg';
import type { Logger } from '../log.ts';
import { MIGRATIONS } from './pg-migrations.ts';
import { BUCKET_IDLE_MS, SHARE_KEEP_MS, waitSeconds, type Claim, type ClaimPlan, type DigestRow, type StateStore, type SweepResult } from './store.ts';

/** pg_advisory_lock key for migrations: ('qwen' as an int32, 1). */
const MIGRATION_LOCK = [0x7177656e, 1] as const;
/** After a failed attempt to reach the server, calls fail at once for this long. */
const RETRY_AFTER_MS = 1000;

export interface PgStoreOptions {
  url: string;
  /** Connections in the pool (DATABASE_POOL_SIZE). */
  poolSize: number;
  log: Logger;
  connectTimeoutMs?: number;
  queryTimeoutMs?: number;
}

export interface MigrationReport {
  /** Versions applied by this call. */
  applied: number[];
  /** The schema's version now. */
  version: number;
}

/** The database's address without credentials: host:port/database. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname && u.pathname !== '/' ? u.pathname : '/'}`;
  } catch {
    return 'postgres';
  }
}

/** A server's own error (a SQLSTATE outside the connection classes) is not "unreachable". */
export function isUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return /^(08|57P|53)/.test(code);
  return true;
}

export class DatabaseUnavailableError extends Error {}

export class PgStore implements StateStore {
  readonly backend = 'postgres' as const;
  readonly where: string;
  readonly pool: pg.Pool;
  private ready: Promise<MigrationReport> | null = null;
  private downUntil = 0;
  private lastError = '';

  constructor(private readonly o: PgStoreOptions) {
    this.where = describeUrl(o.url);
    this.pool = new pg.Pool({
      connectionString: o.url,
      max: o.poolSize,
      connectionTimeoutMillis: o.connectTimeoutMs ?? 3000,
      query_timeout: o.queryTimeoutMs ?? 10_000,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
      application_name: 'qwen-brief',
      // The pool never keeps a process alive on its own (the CLI exits when its work is done).
      allowExitOnIdle: true,
    });
    // An idle connection the server drops (a restart, a failover) is an 'error' on the pool: without a
    // listener it would end the process. It is only logged; the next query opens a new connection.
    this.pool.on('error', (err) => o.log.warn({ err: String(err), db: this.where }, 'state database: an idle connection was closed'));
  }

  /**
   * Applies the migrations this database lacks, under an advisory lock so replicas starting together apply
   * each once. Safe to call any number of times.
   */
  async migrate(): Promise<MigrationReport> {
    const client = await this.guard(() => this.pool.connect());
    const detach = this.watchClient(client);
    let broken: unknown;
    try {
      await client.query('SELECT pg_advisory_lock($1, $2)', [...MIGRATION_LOCK]);
      try {
        await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
        const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
        const applied: number[] = [];
        for (const m of MIGRATIONS) {
          if (done.has(m.version)) continue;
          await client.query('BEGIN');
          try {
            await client.query(m.sql);
            await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
            await client.query('COMMIT');
          } catch (err) {
            await client.query('ROLLBACK').catch(() => undefined);
            throw new Error(`migration ${m.version} (${m.name}) failed: ${String((err as Error)?.message ?? err)}`);
          }
          applied.push(m.version);
          this.o.log.info({ db: this.where, version: m.version, name: m.name }, 'state database: migration applied');
        }
        const version = Math.max(0, ...done, ...applied);
        const known = Math.max(...MIGRATIONS.map((m) => m.version));
        if (version > known) this.o.log.warn({ db: this.where, version, known }, 'state database: its schema is newer than this version of the bot knows');
        return { applied, version };
      } finally {
        await client.query('SELECT pg_advisory_unlock($1, $2)', [...MIGRATION_LOCK]).catch(() => undefined);
      }
    } catch (err) {
      broken = err;
      throw err;
    } finally {
      detach();
      client.release(broken && isUnavailable(broken) ? (broken as Error) : undefined);
    }
  }

  /** Migrations once per process (retried after a failure); every operation waits for them. */
  private ensureReady(): Promise<MigrationReport> {
    this.ready ??= this.migrate().catch((err) => {
      this.ready = null;
      throw err;
    });
    return this.ready;
  }

  /** Runs one database call: fails at once while the server is known to be unreachable. */
  private async guard<T>(fn: () => Promise<T>): Promise<T> {
    if (Date.now() < this.downUntil) throw new DatabaseUnavailableError(`state database unavailable: ${this.lastError}`);
    try {
      return await fn();
    } catch (err) {
      if (isUnavailable(err)) {
        this.downUntil = Date.now() + RETRY_AFTER_MS;
        this.lastError = String((err as Error)?.message ?? err).split('\n')[0];
      }
      throw err;
    }
  }

  /** One statement on the pool, after the migrations, failing fast while the server is unreachable (feedback.ts uses it). */
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    return this.q<R>(sql, params);
  }

  private async q<R extends pg.QueryResultRow = pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    await this.ensureReady();
    return this.guard(() => this.pool.query<R>(sql, params));
  }

  /** One transaction on one connection; rolled back on any error. */
  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    await this.ensureReady();
    const client = await this.guard(() => this.pool.connect());
    const detach = this.watchClient(client);
    let broken: unknown;
    try {
      await client.query('BEGIN');
      const out = await fn(client);
      await client.query('COMMIT');
      return out;
    } catch (err) {
      broken = err;
      await client.query('ROLLBACK').catch(() => undefined);
      if (isUnavailable(err)) {
        this.downUntil = Date.now() + RETRY_AFTER_MS;
        this.lastError = String((err as Error)?.message ?? err).split('\n')[0];
      }
      throw err;
    } finally {
      detach();
      client.release(broken && isUnavailable(broken) ? (broken as Error) : undefined);
    }
  }

  /**
   * A checked-out connection the server ends between two queries (PostgreSQL stopped mid-transaction)
   * emits 'error' on the client, where the pool's listener does not reach: without one the process
   * would exit. It is logged; the query in flight, or the next one, fails and says so.
   */
  private watchClient(client: pg.PoolClient): () => void {
    const onError = (err: Error) => this.o.log.warn({ err: String(err), db: this.where }, 'state database: a connection in use was closed');
    client.on('error', onError);
    return () => client.off('error', onError);
  }

  async told(channel: string): Promise<Set<string>> {
    const r = await this.q<{ hash: string }>('SELECT hash FROM told WHERE channel = $1', [channel]);
    return new Set(r.rows.map((x) => x.hash));
  }

  async lastPosted(channel: string): Promise<string | null> {
    const r = await this.q<{ posted_at: string }>("SELECT posted_at FROM digests WHERE channel = $1 AND status = 'posted' ORDER BY posted_at DESC LIMIT 1", [channel]);
    return r.rows[0] ? r.rows[0].posted_at.slice(0, 10) : null;
  }

  async claim(channel: string, nowMs: number, leaseMs: number, plan: ClaimPlan): Promise<Claim | 'busy' | null> {
    // The row to lock; created once per channel (outside the transaction, so creating it never waits).
    await this.q('INSERT INTO digest_channels (channel) VALUES ($1) ON CONFLICT DO NOTHING', [channel]);
    return this.tx(async (c) => {
      // Another replica planning this channel right now holds the row: skip, do not wait.
      const locked = await c.query('SELECT channel FROM digest_channels WHERE channel = $1 FOR UPDATE SKIP LOCKED', [channel]);
      if (!locked.rowCount) return 'busy';
      const live = await c.query("SELECT 1 FROM digests WHERE channel = $1 AND status = 'posting' AND lease_until > $2 LIMIT 1", [channel, nowMs]);
      if (live.rowCount) return 'busy';
      // An expired claim means its holder died mid-post; it is retried.
      await c.query("UPDATE digests SET status = 'failed', error = 'lease expired' WHERE channel = $1 AND status = 'posting'", [channel]);
      const told = new Set((await c.query<{ hash: string }>('SELECT hash FROM told WHERE channel = $1', [channel])).rows.map((x) => x.hash));
      const last = (await c.query<{ posted_at: string }>("SELECT posted_at FROM digests WHERE channel = $1 AND status = 'posted' ORDER BY posted_at DESC LIMIT 1", [channel])).rows[0];
      const p = plan(told, last ? last.posted_at.slice(0, 10) : null);
      if (!p) return null;
      const id = `${channel}:${nowMs}:${Math.random().toString(36).slice(2, 8)}`;
      await c.query(
        'INSERT INTO digests (id, channel, status, kind, hashes, created_at, lease_until) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [id, channel, 'posting', p.kind, JSON.stringify(p.hashes), new Date(nowMs).toISOString(), nowMs + leaseMs],
      );
      return { id, channel, ...p };
    });
  }

  async posted(claim: Claim, nowMs: number, ref: string | null): Promise<void> {
    const at = new Date(nowMs).toISOString();
    await this.tx(async (c) => {
      await c.query("UPDATE digests SET status = 'posted', posted_at = $1, ref = $2 WHERE id = $3", [at, ref, claim.id]);
      await c.query(
        'INSERT INTO told (channel, hash, doc, told_at) SELECT $1, h, d, $2 FROM unnest($3::text[], $4::text[]) AS t(h, d) ON CONFLICT DO NOTHING',
        [claim.channel, at, claim.hashes.map((h) => h.hash), claim.hashes.map((h) => h.doc)],
      );
    });
  }

  async failed(claim: Claim, error: string): Promise<void> {
    await this.q("UPDATE digests SET status = 'failed', error = $1 WHERE id = $2", [error.slice(0, 500), claim.id]);
  }

  async digests(channel?: string): Promise<DigestRow[]> {
    const sql = 'SELECT id, channel, status, kind, posted_at, error FROM digests' + (channel ? ' WHERE channel = $1' : '') + ' ORDER BY seq';
    return (await this.q<DigestRow>(sql, channel ? [channel] : [])).rows;
  }

  async getSummary(key: string): Promise<string | null> {
    return (await this.q<{ value: string }>('SELECT value FROM summaries WHERE key = $1', [key])).rows[0]?.value ?? null;
  }

  async setSummary(key: string, value: string, nowMs: number): Promise<void> {
    await this.q('INSERT INTO summaries (key, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at', [key, value, new Date(nowMs).toISOString()]);
  }

  async getMeta(key: string): Promise<string | null> {
    return (await this.q<{ value: string }>('SELECT value FROM meta WHERE key = $1', [key])).rows[0]?.value ?? null;
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.q('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
  }

  async putShare(key: string, query: string, now: string, nowMs: number, keepMs: number): Promise<void> {
    await this.q('DELETE FROM shares WHERE created_at < $1', [nowMs - keepMs]);
    await this.q(
      'INSERT INTO shares (key, query, now, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO UPDATE SET query = excluded.query, now = excluded.now, created_at = excluded.created_at, shared_at = NULL',
      [key, query, now, nowMs],
    );
  }

  async getShare(key: string): Promise<{ query: string; now: string } | null> {
    return (await this.q<{ query: string; now: string }>('SELECT query, now FROM shares WHERE key = $1', [key])).rows[0] ?? null;
  }

  async claimShare(key: string, nowMs: number): Promise<boolean> {
    const r = await this.q(
      "INSERT INTO shares (key, query, now, created_at, shared_at) VALUES ($1, '', '', $2, $2) ON CONFLICT (key) DO UPDATE SET shared_at = excluded.shared_at WHERE shares.shared_at IS NULL",
      [key, nowMs],
    );
    return r.rowCount === 1;
  }

  async releaseShare(key: string): Promise<void> {
    await this.q('UPDATE shares SET shared_at = NULL WHERE key = $1', [key]);
  }

  async firstSeen(key: string, nowMs: number, ttlMs: number): Promise<boolean> {
    const r = await this.q(
      'INSERT INTO seen (key, until_ms) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET until_ms = excluded.until_ms WHERE seen.until_ms <= $3',
      [key, nowMs + ttlMs, nowMs],
    );
    return r.rowCount === 1;
  }

  async takeToken(key: string, nowMs: number, perMinute: number, burst: number): Promise<number> {
    const rate = perMinute / 60_000;
    const refill = 'LEAST($3::float8, b.tokens + GREATEST(0, $2::bigint - b.at_ms) * $4::float8)';
    const r = await this.q<{ tokens: number; ok: boolean }>(
      `INSERT INTO rate_buckets AS b (key, tokens, at_ms, ok) VALUES ($1, $3::float8 - 1, $2, true)
       ON CONFLICT (key) DO UPDATE SET
         tokens = CASE WHEN ${refill} >= 1 THEN ${refill} - 1 ELSE ${refill} END,
         ok = ${refill} >= 1,
         at_ms = GREATEST(b.at_ms, $2::bigint)
       RETURNING tokens, ok`,
      [key, nowMs, burst, rate],
    );
    const row = r.rows[0];
    return row.ok ? 0 : waitSeconds(Number(row.tokens), rate);
  }

  async sweep(nowMs: number): Promise<SweepResult> {
    const seen = await this.q('DELETE FROM seen WHERE until_ms < $1', [nowMs]);
    const buckets = await this.q('DELETE FROM rate_buckets WHERE at_ms < $1', [nowMs - BUCKET_IDLE_MS]);
    const shares = await this.q('DELETE FROM shares WHERE created_at < $1', [nowMs - SHARE_KEEP_MS]);
    return { seen: seen.rowCount ?? 0, buckets: buckets.rowCount ?? 0, shares: shares.rowCount ?? 0 };
  }

  async ping(): Promise<void> {
    await this.q('SELECT 1');
  }

  private closing: Promise<void> | null = null;
  close(): Promise<void> {
    this.closing ??= this.pool.end().catch(() => undefined);
    return this.closing;
  }
}
