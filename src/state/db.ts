// The bot's durable state in SQLite (the default state store; state/store.ts is the interface, state/pg.ts the
// PostgreSQL one): which articles each digest channel has been told about, the digests posted, cached summaries,
// the answers behind Slack "Share in channel" buttons (and whether each was shared), de-duplication keys of
// retried deliveries, per-user rate-limit buckets, and small facts in `meta` such as the hash of the Discord
// commands last registered. One SQLite file (better-sqlite3, WAL) so several processes on one host — the bot's
// scheduler and an external `qwen-brief digest` cron — can share it safely.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { BUCKET_IDLE_MS, SHARE_KEEP_MS, waitSeconds, type Claim, type ClaimPlan, type DigestRow, type StateStore, type SweepResult } from './store.ts';

export type { Claim, DigestRow } from './store.ts';

export const STATE_SCHEMA_VERSION = 1;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- One row per (channel, article content hash) the channel has been told about.
CREATE TABLE IF NOT EXISTS told (
  channel TEXT NOT NULL, hash TEXT NOT NULL, doc TEXT NOT NULL, told_at TEXT NOT NULL,
  PRIMARY KEY (channel, hash)
);
-- One row per digest attempt for a channel. status: posting (claimed, lease until lease_until) | posted | failed.
CREATE TABLE IF NOT EXISTS digests (
  id TEXT PRIMARY KEY, channel TEXT NOT NULL, status TEXT NOT NULL, kind TEXT NOT NULL,
  hashes TEXT NOT NULL, created_at TEXT NOT NULL, lease_until INTEGER NOT NULL,
  posted_at TEXT, error TEXT, ref TEXT
);
CREATE INDEX IF NOT EXISTS digests_channel ON digests (channel, status);
CREATE TABLE IF NOT EXISTS summaries (key TEXT PRIMARY KEY, value TEXT NOT NULL, created_at TEXT NOT NULL);
-- The query behind each "Share in channel" button (the button carries only the key); shared_at is set by the
-- one click that posts it, so a repeated delivery or a double click posts once.
CREATE TABLE IF NOT EXISTS shares (
  key TEXT PRIMARY KEY, query TEXT NOT NULL, now TEXT NOT NULL, created_at INTEGER NOT NULL, shared_at INTEGER
);
CREATE INDEX IF NOT EXISTS shares_created ON shares (created_at);
-- Retried deliveries answered once: a key per event/command, kept until until_ms (swept).
CREATE TABLE IF NOT EXISTS seen (key TEXT PRIMARY KEY, until_ms INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS seen_until ON seen (until_ms);
-- Per-user token buckets: tokens left at at_ms; ok says whether the last request was allowed.
CREATE TABLE IF NOT EXISTS rate_buckets (key TEXT PRIMARY KEY, tokens REAL NOT NULL, at_ms INTEGER NOT NULL, ok INTEGER NOT NULL);
`;

/** The SQLite implementation of the state store (the default; DATABASE_URL selects PostgreSQL, state/pg.ts). */
export class StateDb implements StateStore {
  readonly db: Database.Database;
  readonly backend = 'sqlite' as const;
  get where(): string {
    return this.path;
  }

  /** `busyMs`: how long a write waits for another process's lock before failing (SQLITE_BUSY). */
  constructor(readonly path: string, busyMs = 5000) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path, { timeout: busyMs });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`busy_timeout = ${Math.floor(busyMs)}`);
    this.db.exec(SCHEMA);
    this.db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run('schema', String(STATE_SCHEMA_VERSION));
  }

  /** Hashes this channel has been told about. */
  told(channel: string): Set<string> {
    const rows = this.db.prepare('SELECT hash FROM told WHERE channel = ?').all(channel) as { hash: string }[];
    return new Set(rows.map((r) => r.hash));
  }

  /**
   * Atomically claims the channel for one digest: refused while another claim's lease is live (a
   * concurrent tick or process). `plan` runs inside the write transaction with the channel's state (what
   * it was told; the day of its last post, null before the first), so two claimers cannot both see the
   * same articles as new.
   */
  claim(
    channel: string,
    nowMs: number,
    leaseMs: number,
    plan: ClaimPlan,
  ): Claim | 'busy' | null {
    const tx = this.db.transaction((): Claim | 'busy' | null => {
      const live = this.db
        .prepare("SELECT id FROM digests WHERE channel = ? AND status = 'posting' AND lease_until > ? LIMIT 1")
        .get(channel, nowMs);
      if (live) return 'busy';
      // An expired claim means its process died mid-post; it is retried (logged by the caller).
      this.db.prepare("UPDATE digests SET status = 'failed', error = 'lease expired' WHERE channel = ? AND status = 'posting'").run(channel);
      const p = plan(this.told(channel), this.lastPosted(channel));
      if (!p) return null;
      const id = `${channel}:${nowMs}:${Math.random().toString(36).slice(2, 8)}`;
      this.db
        .prepare('INSERT INTO digests (id, channel, status, kind, hashes, created_at, lease_until) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(id, channel, 'posting', p.kind, JSON.stringify(p.hashes), new Date(nowMs).toISOString(), nowMs + leaseMs);
      return { id, channel, ...p };
    });
    return tx.immediate();
  }

  /** The post went out: the channel now knows these articles. One transaction, so never half-recorded. */
  posted(claim: Claim, nowMs: number, ref: string | null): void {
    const at = new Date(nowMs).toISOString();
    this.db.transaction(() => {
      this.db.prepare("UPDATE digests SET status = 'posted', posted_at = ?, ref = ? WHERE id = ?").run(at, ref, claim.id);
      const ins = this.db.prepare('INSERT OR IGNORE INTO told (channel, hash, doc, told_at) VALUES (?, ?, ?, ?)');
      for (const h of claim.hashes) ins.run(claim.channel, h.hash, h.doc, at);
    }).immediate();
  }

  /** Day (YYYY-MM-DD, UTC) of the channel's last posted digest or baseline. */
  lastPosted(channel: string): string | null {
    const row = this.db.prepare("SELECT posted_at FROM digests WHERE channel = ? AND status = 'posted' ORDER BY posted_at DESC LIMIT 1").get(channel) as { posted_at: string } | undefined;
    return row ? row.posted_at.slice(0, 10) : null;
  }

  /** The post failed: release the claim; the same articles are still new at the next tick. */
  failed(claim: Claim, error: string): void {
    this.db.prepare("UPDATE digests SET status = 'failed', error = ? WHERE id = ?").run(error.slice(0, 500), claim.id);
  }

  digests(channel?: string): DigestRow[] {
    const sql = 'SELECT id, channel, status, kind, posted_at, error FROM digests' + (channel ? ' WHERE channel = ?' : '') + ' ORDER BY rowid';
    return (channel ? this.db.prepare(sql).all(channel) : this.db.prepare(sql).all()) as DigestRow[];
  }

  getSummary(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM summaries WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  setSummary(key: string, value: string, nowMs: number): void {
    this.db.prepare('INSERT OR REPLACE INTO summaries (key, value, created_at) VALUES (?, ?, ?)').run(key, value, new Date(nowMs).toISOString());
  }

  getMeta(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, value);
  }

  /** Keeps the query behind a share button; rows older than `keepMs` go at the same time. */
  putShare(key: string, query: string, now: string, nowMs: number, keepMs: number): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM shares WHERE created_at < ?').run(nowMs - keepMs);
      this.db.prepare('INSERT OR REPLACE INTO shares (key, query, now, created_at) VALUES (?, ?, ?, ?)').run(key, query, now, nowMs);
    }).immediate();
  }

  getShare(key: string): { query: string; now: string } | null {
    return (this.db.prepare('SELECT query, now FROM shares WHERE key = ?').get(key) as { query: string; now: string } | undefined) ?? null;
  }

  /**
   * The one click that may post this share: true once per key (until released), false for every repeat.
   * A key with no row (an older button that carried its query) is claimed by inserting it as shared.
   */
  claimShare(key: string, nowMs: number): boolean {
    const r = this.db
      .prepare("INSERT INTO shares (key, query, now, created_at, shared_at) VALUES (?, '', '', ?, ?) ON CONFLICT (key) DO UPDATE SET shared_at = excluded.shared_at WHERE shares.shared_at IS NULL")
      .run(key, nowMs, nowMs);
    return r.changes === 1;
  }

  /** The share failed to post: a later click may try again. */
  releaseShare(key: string): void {
    this.db.prepare('UPDATE shares SET shared_at = NULL WHERE key = ?').run(key);
  }

  /** Insert-if-absent with an expiry: true the first time `key` is seen within `ttlMs`. */
  firstSeen(key: string, nowMs: number, ttlMs: number): boolean {
    const r = this.db
      .prepare('INSERT INTO seen (key, until_ms) VALUES (@key, @until) ON CONFLICT (key) DO UPDATE SET until_ms = excluded.until_ms WHERE seen.until_ms <= @now')
      .run({ key, until: nowMs + ttlMs, now: nowMs });
    return r.changes === 1;
  }

  /** One token bucket step in one statement (SQLITE_TAKE_TOKEN). */
  takeToken(key: string, nowMs: number, perMinute: number, burst: number): number {
    const rate = perMinute / 60_000;
    const row = this.db.prepare(SQLITE_TAKE_TOKEN).get({ key, now: nowMs, burst, rate }) as { tokens: number; ok: number };
    return row.ok ? 0 : waitSeconds(row.tokens, rate);
  }

  sweep(nowMs: number): SweepResult {
    return this.db.transaction(() => ({
      seen: this.db.prepare('DELETE FROM seen WHERE until_ms < ?').run(nowMs).changes,
      // A bucket untouched for an hour is full again at any sensible rate: dropping it changes nothing.
      buckets: this.db.prepare('DELETE FROM rate_buckets WHERE at_ms < ?').run(nowMs - BUCKET_IDLE_MS).changes,
      shares: this.db.prepare('DELETE FROM shares WHERE created_at < ?').run(nowMs - SHARE_KEEP_MS).changes,
    })).immediate();
  }

  ping(): void {
    this.db.prepare('SELECT 1').get();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/**
 * A token bucket step: refill by the time since the last request (never negative, so replicas' clocks a little
 * apart cannot drain it), take one token when there is one, and say whether it was taken.
 */
const SQLITE_REFILL = 'min(@burst, rate_buckets.tokens + max(0, @now - rate_buckets.at_ms) * @rate)';
const SQLITE_TAKE_TOKEN = `INSERT INTO rate_buckets (key, tokens, at_ms, ok) VALUES (@key, @burst - 1, @now, 1)
ON CONFLICT (key) DO UPDATE SET
  tokens = CASE WHEN ${SQLITE_REFILL} >= 1 THEN ${SQLITE_REFILL} - 1 ELSE ${SQLITE_REFILL} END,
  ok = ${SQLITE_REFILL} >= 1,
  at_ms = max(rate_buckets.at_ms, @now)
RETURNING tokens, ok`;

export function openState(path: string, busyMs?: number): StateDb {
  return new StateDb(path, busyMs);
}
