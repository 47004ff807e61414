// The one storage interface for every piece of state the bot shares: between the digest scheduler and an
// external `qwen-brief digest` cron, and between the replicas of a scaled-out deployment. Two implementations:
// SQLite (state/db.ts, one file, the default) and PostgreSQL (state/pg.ts, when DATABASE_URL is set). The rest of
// the code awaits every call and does not know which it has: SQLite answers synchronously, PostgreSQL with a
// promise, and `await` takes either.

export type Awaitable<T> = T | Promise<T>;

export interface Claim {
  id: string;
  channel: string;
  kind: 'baseline' | 'digest' | 'empty';
  hashes: { hash: string; doc: string }[];
}

export interface DigestRow {
  id: string;
  channel: string;
  status: 'posting' | 'posted' | 'failed';
  kind: string;
  posted_at: string | null;
  error: string | null;
}

/** What a claim plans, from the channel's state read inside the claim: null when nothing is due. */
export type ClaimPlan = (told: Set<string>, lastPosted: string | null) => Omit<Claim, 'id' | 'channel'> | null;

export interface SweepResult {
  seen: number;
  buckets: number;
  shares: number;
}

export interface StateStore {
  readonly backend: 'sqlite' | 'postgres';
  /** Where the state is, for logs and /healthz: a file path, or host:port/database (never a password). */
  readonly where: string;

  // --- digest: which articles each channel was told about, and its claims (with a lease) and posts
  /** Hashes this channel has been told about. */
  told(channel: string): Awaitable<Set<string>>;
  /** Day (YYYY-MM-DD, UTC) of the channel's last posted digest or baseline. */
  lastPosted(channel: string): Awaitable<string | null>;
  /**
   * Atomically claims the channel for one digest: 'busy' while another claim's lease is live (another tick,
   * process or replica). `plan` runs inside the claim with the channel's state, so two claimers never both
   * see the same articles as new. An expired lease (its holder died mid-post) is released and retried.
   */
  claim(channel: string, nowMs: number, leaseMs: number, plan: ClaimPlan): Awaitable<Claim | 'busy' | null>;
  /** The post went out: the channel now knows these articles (one transaction). */
  posted(claim: Claim, nowMs: number, ref: string | null): Awaitable<void>;
  /** The post failed: the claim is released; the same articles are still new at the next tick. */
  failed(claim: Claim, error: string): Awaitable<void>;
  digests(channel?: string): Awaitable<DigestRow[]>;

  // --- summary cache
  getSummary(key: string): Awaitable<string | null>;
  setSummary(key: string, value: string, nowMs: number): Awaitable<void>;

  // --- small facts (the Discord command-registration hash)
  getMeta(key: string): Awaitable<string | null>;
  setMeta(key: string, value: string): Awaitable<void>;

  // --- Slack "Share in channel" buttons
  /** Keeps the query behind a share button; rows older than `keepMs` go at the same time. */
  putShare(key: string, query: string, now: string, nowMs: number, keepMs: number): Awaitable<void>;
  getShare(key: string): Awaitable<{ query: string; now: string } | null>;
  /** True once per key (until released), false for every repeat. */
  claimShare(key: string, nowMs: number): Awaitable<boolean>;
  releaseShare(key: string): Awaitable<void>;

  // --- de-duplication of retried deliveries (Slack events and commands, Discord messages)
  /** Insert-if-absent with an expiry: true the first time `key` is seen within `ttlMs`, false after. */
  firstSeen(key: string, nowMs: number, ttlMs: number): Awaitable<boolean>;

  // --- per-user rate limit: a token bucket, one atomic statement per request
  /** 0 when allowed (and counted), else the seconds until the next request is allowed. */
  takeToken(key: string, nowMs: number, perMinute: number, burst: number): Awaitable<number>;

  // --- upkeep
  /** Deletes expired de-duplication keys, full rate-limit buckets and day-old shares. */
  sweep(nowMs: number): Awaitable<SweepResult>;
  /** Throws when the store cannot be used now (for /healthz). */
  ping(): Awaitable<void>;
  close(): Awaitable<void>;
}

/** Rate-limit buckets idle this long are dropped by sweep(): full again at any rate of at least 1 a minute and a burst up to 60. */
export const BUCKET_IDLE_MS = 60 * 60_000;
/** Share rows older than a day are dropped (their buttons' response_url died long before). */
export const SHARE_KEEP_MS = 24 * 60 * 60_000;

/** Seconds until a bucket holding `tokens` has one again, at `ratePerMs` tokens a millisecond. */
export function waitSeconds(tokens: number, ratePerMs: number): number {
  return Math.max(1, Math.ceil((1 - tokens) / ratePerMs / 1000));
}
