// The state store's contract, run against both implementations: SQLite (a temp file) and PostgreSQL (a throwaway
// cluster, test/pg.ts; skipped with a message when PostgreSQL is not installed, a failure under CI). Two store
// objects on one database stand for two replicas.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SharedLimiter, SharedSeen, STORE_WAIT_MS, StoreHealth, storeStatus } from '../src/adapters/state.ts';
import { openState } from '../src/state/db.ts';
import { PgStore } from '../src/state/pg.ts';
import { MIGRATIONS } from '../src/state/pg-migrations.ts';
import type { StateStore } from '../src/state/store.ts';
import { feedbackStore } from '../src/state/feedback.ts';
import { capturedLog } from './helpers.ts';
import { pgSkipReason, startTestPostgres, type TestPostgres } from './pg.ts';

const PG_SKIP = pgSkipReason();
const { log, lines } = capturedLog();

let pg: TestPostgres | null = null;
let pgUrl = '';
beforeAll(async () => {
  if (PG_SKIP) return;
  pg = await startTestPostgres();
  pgUrl = await pg.createDatabase('store_test');
}, 60_000);
afterAll(async () => {
  await pg?.destroy();
}, 60_000);

interface Backend {
  name: 'sqlite' | 'postgres';
  skip: boolean;
  /** `n` store objects on one fresh-enough database (keys are unique per test, so tests share it). */
  open: (n: number) => Promise<StateStore[]>;
}

const opened: StateStore[] = [];
afterAll(async () => {
  for (const s of opened) await s.close();
});

const sqliteFile = join(mkdtempSync(join(tmpdir(), 'qwen-store-')), 'state.db');
const BACKENDS: Backend[] = [
  {
    name: 'sqlite',
    skip: false,
    open: async (n) => {
      const stores = Array.from({ length: n }, () => openState(sqliteFile));
      opened.push(...stores);
      return stores;
    },
  },
  {
    name: 'postgres',
    skip: PG_SKIP !== null,
    open: async (n) => {
      const stores = Array.from({ length: n }, () => new PgStore({ url: pgUrl, poolSize: 4, log }));
      opened.push(...stores);
      await Promise.all(stores.map((s) => s.migrate()));
      return stores;
    },
  },
];

let seq = 0;
const uniq = (p: string) => `${p}-${++seq}-${Math.random().toString(36).slice(2, 7)}`;

describe.each(BACKENDS)('state store: $name', (b) => {
  describe.skipIf(b.skip)(b.name, () => {
    it('de-duplication: insert-if-absent with an expiry, shared by two stores', async () => {
      const [a, c] = await b.open(2);
      const key = uniq('evt');
      expect(await a.firstSeen(key, 1_000, 600_000)).toBe(true);
      expect(await c.firstSeen(key, 2_000, 600_000)).toBe(false); // the retry on the other replica
      expect(await a.firstSeen(key, 500_000, 600_000)).toBe(false);
      expect(await c.firstSeen(key, 601_000, 600_000)).toBe(true); // expired: a new delivery
      expect(await a.firstSeen(uniq('evt'), 601_000, 600_000)).toBe(true);
    });

    it('de-duplication: twenty deliveries of one key at once, through two stores: exactly one is first', async () => {
      const [a, c] = await b.open(2);
      const key = uniq('burst');
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : c).firstSeen(key, 5_000, 60_000)));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('rate limit: a token bucket in one statement, its burst shared by two stores', async () => {
      const [a, c] = await b.open(2);
      const user = uniq('slack:U');
      // burst 2, 60 a minute (one a second)
      expect(await a.takeToken(user, 10_000, 60, 2)).toBe(0);
      expect(await c.takeToken(user, 10_000, 60, 2)).toBe(0);
      expect(await a.takeToken(user, 10_000, 60, 2)).toBe(1); // refused: 1 s to the next token
      expect(await c.takeToken(user, 10_500, 60, 2)).toBe(1); // still refused, half a token
      expect(await a.takeToken(user, 11_000, 60, 2)).toBe(0); // refilled
      expect(await c.takeToken(user, 11_000, 60, 2)).toBeGreaterThan(0);
      // A slow rate says how long to wait; another user is not affected.
      const slow = uniq('slack:U');
      expect(await a.takeToken(slow, 0, 1, 1)).toBe(0);
      expect(await c.takeToken(slow, 0, 1, 1)).toBe(60);
      expect(await c.takeToken(uniq('slack:U'), 0, 1, 1)).toBe(0);
      // A replica whose clock is behind never drains the bucket (elapsed time is never negative).
      expect(await a.takeToken(user, 5_000, 60, 2)).toBeGreaterThan(0);
      expect(await c.takeToken(user, 13_000, 60, 2)).toBe(0);
    });

    it('rate limit: ten requests at once against a burst of four: exactly four allowed', async () => {
      const [a, c] = await b.open(2);
      const user = uniq('discord:U');
      const waits = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : c).takeToken(user, 50_000, 1, 4)));
      expect(waits.filter((w) => w === 0)).toHaveLength(4);
      expect(waits.filter((w) => w > 0)).toHaveLength(6);
    });

    it('digest claims: one holder at a time, a lease that expires, records that make the next plan empty', async () => {
      const [a, c] = await b.open(2);
      const ch = uniq('slack:C');
      const plan = (told: Set<string>, last: string | null) =>
        told.has('h1') ? null : { kind: (last ? 'digest' : 'baseline') as 'digest' | 'baseline', hashes: [{ hash: 'h1', doc: 'a.md' }, { hash: 'h2', doc: 'b.md' }] };
      const t0 = Date.parse('2026-11-24T09:00:00Z');
      const first = await a.claim(ch, t0, 60_000, plan);
      expect(first).toMatchObject({ channel: ch, kind: 'baseline' });
      expect(await c.claim(ch, t0 + 1, 60_000, plan)).toBe('busy'); // the other replica, while the lease is live
      // The holder "died": after the lease the channel is claimed again and the dead claim marked failed.
      const second = await c.claim(ch, t0 + 61_000, 60_000, plan);
      expect(second).toMatchObject({ channel: ch, kind: 'baseline' });
      if (!second || second === 'busy') throw new Error('no claim');
      await c.posted(second, t0 + 62_000, 'ts-1');
      expect(await a.told(ch)).toEqual(new Set(['h1', 'h2']));
      expect(await a.lastPosted(ch)).toBe('2026-11-24');
      expect(await a.claim(ch, t0 + 200_000, 60_000, plan)).toBeNull(); // nothing new: no claim
      expect((await a.digests(ch)).map((d) => [d.status, d.error])).toEqual([['failed', 'lease expired'], ['posted', null]]);
      // A failed post releases the claim at once.
      const ch2 = uniq('discord:');
      const c2 = await a.claim(ch2, t0, 60_000, plan);
      if (!c2 || c2 === 'busy') throw new Error('no claim');
      await a.failed(c2, 'channel_not_found');
      expect(await c.claim(ch2, t0 + 1, 60_000, plan)).toMatchObject({ kind: 'baseline' });
    });

    it('digest claims: five rounds at once on two stores claim each channel once', async () => {
      const stores = await b.open(2);
      const channels = [uniq('slack:C'), uniq('discord:')];
      const plan = (told: Set<string>) => (told.size ? null : { kind: 'baseline' as const, hashes: [{ hash: 'x', doc: 'x.md' }] });
      const claims = await Promise.all(
        Array.from({ length: 10 }, (_, i) => stores[i % 2]).flatMap((s) => channels.map(async (ch) => ({ ch, r: await s.claim(ch, 1_000, 60_000, plan) }))),
      );
      for (const ch of channels) {
        // One winner; the nine others found its claim's lease live.
        expect(claims.filter((x) => x.ch === ch && x.r && x.r !== 'busy')).toHaveLength(1);
        expect(claims.filter((x) => x.ch === ch && x.r === 'busy')).toHaveLength(9);
      }
    });

    it('summary cache, meta (the Discord command hash) and share buttons', async () => {
      const [a, c] = await b.open(2);
      const k = uniq('sum');
      expect(await a.getSummary(k)).toBeNull();
      await a.setSummary(k, '{"sentences":[]}', 1);
      await c.setSummary(k, '{"sentences":[1]}', 2);
      expect(await a.getSummary(k)).toBe('{"sentences":[1]}');
      const m = uniq('discord.commands');
      await a.setMeta(m, 'hash-1');
      expect(await c.getMeta(m)).toBe('hash-1');
      await c.setMeta(m, 'hash-2');
      expect(await a.getMeta(m)).toBe('hash-2');
      const share = uniq('share');
      const now = Date.now();
      await a.putShare(share, 'who-leads', '2026-11-24', now, 86_400_000);
      expect(await c.getShare(share)).toEqual({ query: 'who-leads', now: '2026-11-24' });
      const clicks = await Promise.all([a.claimShare(share, now), c.claimShare(share, now), a.claimShare(share, now)]);
      expect(clicks.filter(Boolean)).toHaveLength(1);
      await c.releaseShare(share);
      expect(await a.claimShare(share, now)).toBe(true);
      expect(await c.getShare(uniq('share'))).toBeNull();
    });

    it('feedback: a vote stored once per answer and user, a flip changed, listed by either store', async () => {
      const [a, c] = await b.open(2);
      const fa = feedbackStore(a, log);
      const fc = feedbackStore(c, log);
      const key = uniq('fb');
      const vote = { key, user: 'slack:U1', vote: 'down' as const, question: 'who leads qwen', command: 'who-leads', corpusVersion: 'v1', docs: ['a.md', 'b.md'], atMs: Date.parse('2026-11-24T10:00:00Z') };
      expect(await fa.record(vote)).toBe('new');
      expect(await fc.record({ ...vote, atMs: vote.atMs + 5 })).toBe('repeat'); // the retried click, on the other replica
      expect(await fc.record({ ...vote, vote: 'up' })).toBe('changed');
      expect(await fa.record({ ...vote, user: 'discord:9' })).toBe('new');
      const mine = (await fc.list(vote.atMs)).filter((r) => r.key === key);
      expect(mine.map((r) => [r.user, r.vote, r.docs, r.at])).toEqual([
        ['discord:9', 'down', ['a.md', 'b.md'], '2026-11-24T10:00:00.000Z'],
        ['slack:U1', 'up', ['a.md', 'b.md'], '2026-11-24T10:00:00.000Z'],
      ]);
      expect((await fa.list(vote.atMs + 1)).filter((r) => r.key === key)).toEqual([]);
    });

    it('sweep deletes expired de-duplication keys, idle buckets and day-old shares, and nothing live', async () => {
      const [a] = await b.open(1);
      const now = Date.now() + 10 * 86_400_000; // far ahead, so rows of other tests count as old too
      const live = uniq('live');
      await a.firstSeen(live, now, 600_000);
      const old = uniq('old');
      await a.firstSeen(old, now - 700_000, 600_000);
      await a.takeToken(uniq('u'), now - 2 * 3_600_000, 60, 2);
      const freshShare = uniq('share');
      await a.putShare(freshShare, 'q', '2026-11-24', now, 86_400_000 * 30);
      const r = await a.sweep(now);
      expect(r.seen).toBeGreaterThanOrEqual(1);
      expect(r.buckets).toBeGreaterThanOrEqual(1);
      expect(await a.firstSeen(live, now + 1, 600_000)).toBe(false);
      expect(await a.firstSeen(old, now + 1, 600_000)).toBe(true);
      expect(await a.getShare(freshShare)).not.toBeNull();
      await a.ping();
      expect(await storeStatus(a)).toEqual({ backend: b.name, ok: true });
    });
  });
});

describe.skipIf(PG_SKIP !== null)('PostgreSQL specifics', () => {
  it('migrations: numbered, applied once each under the advisory lock even when three replicas start together', async () => {
    const url = await pg!.createDatabase('migrate_test');
    const stores = [0, 1, 2].map(() => new PgStore({ url, poolSize: 2, log }));
    try {
      const reports = await Promise.all(stores.map((s) => s.migrate()));
      const all = MIGRATIONS.map((m) => m.version);
      expect(reports.flatMap((r) => r.applied).sort()).toEqual(all);
      expect(reports.every((r) => r.version === Math.max(...all))).toBe(true);
      expect(await pg!.psql('SELECT version FROM schema_migrations ORDER BY version', 'migrate_test')).toBe(all.join('\n'));
      expect((await stores[0].migrate()).applied).toEqual([]);
      // The state is in tables, one per kind.
      const tables = (await pg!.psql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", 'migrate_test')).split('\n');
      expect(tables).toEqual(['digest_channels', 'digests', 'feedback', 'meta', 'rate_buckets', 'schema_migrations', 'seen', 'shares', 'summaries', 'told']);
    } finally {
      for (const s of stores) await s.close();
    }
  });

  it('an unreachable server: every call fails fast, de-duplication and the rate limit fall back to memory (logged once), and resume when it returns', async () => {
    const url = await pg!.createDatabase('outage_test');
    const store = new PgStore({ url, poolSize: 2, log, connectTimeoutMs: 2000 });
    const health = new StoreHealth(log, store);
    const seen = new SharedSeen(store, health);
    const limiter = new SharedLimiter(store, health, 60, 2);
    try {
      expect(await seen.first('evt:before', 1_000)).toBe(true);
      expect(await seen.first('evt:before', 1_001)).toBe(false);
      await pg!.stop();
      const started = Date.now();
      // Memory answers: a new key is first, a retry of one seen in this process is not.
      expect(await seen.first('evt:during', 2_000)).toBe(true);
      expect(await seen.first('evt:during', 2_001)).toBe(false);
      expect(await seen.first('evt:before', 2_002)).toBe(false);
      expect(await limiter.take('u', 2_000)).toBe(0);
      expect(await limiter.take('u', 2_000)).toBe(0);
      expect(await limiter.take('u', 2_000)).toBeGreaterThan(0);
      expect(Date.now() - started).toBeLessThan(3000);
      expect(await storeStatus(store)).toMatchObject({ backend: 'postgres', ok: false });
      await expect(store.claim('slack:CX', 1, 1000, () => null)).rejects.toThrow();
      const down = lines.filter((l) => l.includes('state database unreachable'));
      expect(down).toHaveLength(1);
      await pg!.start();
      // The next call after the retry window reaches the server again.
      const deadline = Date.now() + 10_000;
      while ((await storeStatus(store)).ok !== true && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(await storeStatus(store)).toEqual({ backend: 'postgres', ok: true });
      expect(await seen.first('evt:after', 3_000)).toBe(true);
      expect(await store.firstSeen('evt:after', 3_001, 60_000)).toBe(false); // it is in the database again
      expect(lines.some((l) => l.includes('state database reachable again'))).toBe(true);
    } finally {
      await pg!.start();
      await store.close();
    }
  }, 60_000);
});

describe('a state store that hangs', () => {
  it('de-duplication and the rate limit go on from memory after 2 s, logged once', async () => {
    const { log: hlog, lines: hlines } = capturedLog();
    const never = new Promise<never>(() => undefined);
    const hung = { backend: 'postgres', where: 'hung:5432/x', firstSeen: () => never, takeToken: () => never } as unknown as StateStore;
    const health = new StoreHealth(hlog, hung);
    const seen = new SharedSeen(hung, health);
    const limiter = new SharedLimiter(hung, health, 60, 1);
    const t0 = Date.now();
    const [first, wait] = await Promise.all([seen.first('evt:h', 1), limiter.take('u', 1)]);
    expect(first).toBe(true);
    expect(wait).toBe(0);
    expect(Date.now() - t0).toBeLessThan(STORE_WAIT_MS + 1000);
    expect(await seen.first('evt:h', 2)).toBe(false);
    expect(hlines.filter((l) => l.includes('state database unreachable'))).toHaveLength(1);
  });
});
