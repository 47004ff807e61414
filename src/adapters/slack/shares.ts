// The answers behind "Share in channel" buttons. The button carries only a short key: the query (which can be
// longer than a button value's 2,000 characters) stays here. Sharing claims the key first, so the same click
// delivered again, or a double click, posts once.
import { createHash, randomBytes } from 'node:crypto';
import type { Logger } from '../../log.ts';
import type { StateStore } from '../../state/store.ts';
import { within } from '../state.ts';

export interface SharedQuery {
  q: string;
  now: string;
}

export interface ShareStore {
  /** Keeps the query for a button; returns the button's value. */
  put: (v: SharedQuery) => Promise<string>;
  /** The query behind a button's value, or null when it is unknown or has expired. */
  get: (value: string) => Promise<SharedQuery | null>;
  /** True for the first click on this button's value, false for every repeat (until released). */
  claim: (value: string) => Promise<boolean>;
  /** Posting the share failed: a later click may try again. */
  release: (value: string) => Promise<void>;
}

/** A share button lives in an ephemeral message; its response_url is good for 30 minutes. A day is plenty. */
export const SHARE_KEEP_MS = 24 * 60 * 60_000;
const PREFIX = 's1:';

/** Older buttons carried the query itself (base64url JSON); still honoured, de-duplicated by their hash. */
function legacy(value: string): SharedQuery | null {
  try {
    const v = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown;
    if (v && typeof v === 'object' && typeof (v as SharedQuery).q === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(String((v as SharedQuery).now))) {
      return { q: (v as SharedQuery).q, now: (v as SharedQuery).now };
    }
  } catch {
    // not a legacy value either
  }
  return null;
}

/** The store's key for a button value: the key itself, or a hash of a legacy value. */
function keyOf(value: string): string {
  return value.startsWith(PREFIX) ? value.slice(PREFIX.length) : `legacy-${createHash('sha256').update(value).digest('base64url').slice(0, 22)}`;
}

/** In this process only: a bounded map, used when there is no state DB (or it fails). */
class MemoryShares {
  private readonly rows = new Map<string, { v: SharedQuery | null; at: number; shared: boolean }>();
  constructor(private readonly max = 10_000) {}

  put(key: string, v: SharedQuery, nowMs: number): void {
    this.rows.set(key, { v, at: nowMs, shared: false });
    for (const [k, r] of this.rows) {
      if (this.rows.size <= this.max && nowMs - r.at < SHARE_KEEP_MS) break;
      this.rows.delete(k);
    }
  }

  has(key: string): boolean {
    return this.rows.has(key);
  }

  get(key: string): SharedQuery | null {
    return this.rows.get(key)?.v ?? null;
  }

  claim(key: string, nowMs: number): boolean {
    const r = this.rows.get(key);
    if (r?.shared) return false;
    if (r) r.shared = true;
    else this.rows.set(key, { v: null, at: nowMs, shared: true });
    return true;
  }

  release(key: string): void {
    const r = this.rows.get(key);
    if (r) r.shared = false;
  }
}

/** Shares in the state store (so every process, replica and a restart agree), or in memory when there is none or it fails. */
export function shareStore(db: StateStore | null | undefined, log: Logger, clock: () => number = Date.now): ShareStore {
  const mem = new MemoryShares();
  const viaDb = async <T>(what: string, fn: (db: StateStore) => T | Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> => {
    if (!db) return { ok: false };
    try {
      return { ok: true, value: await within(fn(db)) };
    } catch (err) {
      log.warn({ err: String(err) }, `slack: share ${what} in the state DB failed; kept in memory`);
      return { ok: false };
    }
  };
  return {
    put: async (v) => {
      const key = randomBytes(12).toString('base64url');
      const nowMs = clock();
      if (!(await viaDb('put', (d) => d.putShare(key, v.q, v.now, nowMs, SHARE_KEEP_MS))).ok) mem.put(key, v, nowMs);
      return PREFIX + key;
    },
    get: async (value) => {
      if (!value.startsWith(PREFIX)) return legacy(value);
      const key = keyOf(value);
      if (mem.has(key)) return mem.get(key);
      const r = await viaDb('read', (d) => d.getShare(key));
      return r.ok && r.value ? { q: r.value.query, now: r.value.now } : null;
    },
    claim: async (value) => {
      const key = keyOf(value);
      if (!mem.has(key)) {
        const r = await viaDb('claim', (d) => d.claimShare(key, clock()));
        if (r.ok) return r.value;
      }
      return mem.claim(key, clock());
    },
    release: async (value) => {
      const key = keyOf(value);
      if (mem.has(key)) mem.release(key);
      else await viaDb('release', (d) => d.releaseShare(key));
    },
  };
}
