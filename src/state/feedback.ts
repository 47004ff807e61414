// 👍/👎 on answers, kept so curators can see which questions fail (`qwen-brief feedback`). One row per (answer,
// user): a retried delivery or a double click stores nothing new, a changed mind changes the vote. Kept apart from
// the StateStore interface on purpose, behind two functions (record, list): in the state DB's SQLite file, or in
// PostgreSQL (migration 3 in pg-migrations.ts) when the state is there, shared by every replica.
import type Database from 'better-sqlite3';
import type { Logger } from '../log.ts';
import type { StateStore } from './store.ts';

export type Vote = 'up' | 'down';

export interface FeedbackInput {
  /** The answer's key (the value its buttons carry). */
  key: string;
  /** "slack:U1", "discord:123". */
  user: string;
  vote: Vote;
  question: string;
  command: string;
  corpusVersion: string;
  /** The documents the answer cited. */
  docs: string[];
  atMs: number;
}

export interface FeedbackRow extends Omit<FeedbackInput, 'atMs'> {
  /** When the vote was first given (ISO). */
  at: string;
}

/** 'new' the first time this user votes on this answer; 'changed' when the vote flips; 'repeat' otherwise. */
export type Recorded = 'new' | 'changed' | 'repeat';

export interface FeedbackStore {
  record(f: FeedbackInput): Promise<Recorded>;
  /** Votes given at or after `sinceMs` (all when null), oldest first (then by key and user). */
  list(sinceMs: number | null): Promise<FeedbackRow[]>;
}

const SQLITE_SCHEMA = `
CREATE TABLE IF NOT EXISTS feedback (
  key TEXT NOT NULL, user TEXT NOT NULL, vote TEXT NOT NULL, question TEXT NOT NULL, command TEXT NOT NULL,
  corpus_version TEXT NOT NULL, docs TEXT NOT NULL, at_ms INTEGER NOT NULL, PRIMARY KEY (key, user)
);
CREATE INDEX IF NOT EXISTS feedback_at ON feedback (at_ms);
`;

interface Row {
  key: string;
  user: string;
  vote: Vote;
  question: string;
  command: string;
  corpus_version: string;
  docs: string;
  at_ms: number;
}

const toRow = (r: Row): FeedbackRow => ({
  key: r.key, user: r.user, vote: r.vote, question: r.question, command: r.command, corpusVersion: r.corpus_version,
  docs: JSON.parse(r.docs) as string[], at: new Date(r.at_ms).toISOString(),
});

/** Feedback in a better-sqlite3 database (the state DB's file). */
export function sqliteFeedback(db: Database.Database): FeedbackStore {
  db.exec(SQLITE_SCHEMA);
  const insert = db.prepare('INSERT OR IGNORE INTO feedback (key, user, vote, question, command, corpus_version, docs, at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const flip = db.prepare('UPDATE feedback SET vote = ? WHERE key = ? AND user = ? AND vote <> ?');
  const record = db.transaction((f: FeedbackInput): Recorded => {
    if (insert.run(f.key, f.user, f.vote, f.question, f.command, f.corpusVersion, JSON.stringify(f.docs), f.atMs).changes) return 'new';
    return flip.run(f.vote, f.key, f.user, f.vote).changes ? 'changed' : 'repeat';
  });
  return {
    record: async (f) => record.immediate(f),
    list: async (sinceMs) =>
      (db.prepare('SELECT * FROM feedback WHERE at_ms >= ? ORDER BY at_ms, key, user').all(sinceMs ?? 0) as Row[]).map(toRow),
  };
}

/** What feedback needs of the PostgreSQL store (state/pg.ts's PgStore.query), without importing pg here. */
export interface PgQuery {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/** Feedback in PostgreSQL: one statement per vote (insert, or flip a changed vote; xmax = 0 means inserted). */
export function pgFeedback(db: PgQuery): FeedbackStore {
  return {
    record: async (f) => {
      const r = await db.query(
        `INSERT INTO feedback AS f (key, "user", vote, question, command, corpus_version, docs, at_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (key, "user") DO UPDATE SET vote = excluded.vote WHERE f.vote <> excluded.vote
         RETURNING (xmax = 0) AS inserted`,
        [f.key, f.user, f.vote, f.question, f.command, f.corpusVersion, JSON.stringify(f.docs), f.atMs],
      );
      if (!r.rowCount) return 'repeat';
      return (r.rows[0] as { inserted: boolean }).inserted ? 'new' : 'changed';
    },
    list: async (sinceMs) =>
      ((await db.query('SELECT * FROM feedback WHERE at_ms >= $1 ORDER BY at_ms, key, "user"', [sinceMs ?? 0])).rows as (Omit<Row, 'at_ms'> & { at_ms: string })[]).map((r) =>
        toRow({ ...r, at_ms: Number(r.at_ms) })),
  };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** This process only (no state DB, or one without feedback yet). */
export function memoryFeedback(max = 10_000): FeedbackStore {
  const rows = new Map<string, FeedbackInput>();
  return {
    record: async (f) => {
      const k = `${f.key}\0${f.user}`;
      const had = rows.get(k);
      if (!had) {
        rows.set(k, f);
        if (rows.size > max) rows.delete(rows.keys().next().value!);
        return 'new';
      }
      if (had.vote === f.vote) return 'repeat';
      rows.set(k, { ...had, vote: f.vote });
      return 'changed';
    },
    list: async (sinceMs) =>
      [...rows.values()].filter((f) => f.atMs >= (sinceMs ?? 0)).sort((a, b) => a.atMs - b.atMs || cmp(a.key, b.key) || cmp(a.user, b.user)).map(({ atMs, ...f }) => ({ ...f, at: new Date(atMs).toISOString() })),
  };
}

/**
 * The feedback store beside a state store: its SQLite file or its PostgreSQL database, else this process's memory
 * (said once in the log). A failing write is logged and falls back to memory for that vote, never an error for the user.
 */
export function feedbackStore(store: StateStore | null | undefined, log: Logger): FeedbackStore {
  const mem = memoryFeedback();
  const sqlite = store && store.backend === 'sqlite' && 'db' in store ? (store as { db: Database.Database }).db : null;
  const postgres = store && store.backend === 'postgres' && 'query' in store ? (store as unknown as PgQuery) : null;
  if (!sqlite && !postgres) {
    log.info({ backend: store?.backend ?? 'none' }, 'feedback: kept in this process only (no state DB)');
    return mem;
  }
  let db: FeedbackStore;
  try {
    db = postgres ? pgFeedback(postgres) : sqliteFeedback(sqlite!);
  } catch (err) {
    log.warn({ err: String(err) }, 'feedback: state DB unusable; kept in this process only');
    return mem;
  }
  return {
    record: async (f) => {
      try {
        return await db.record(f);
      } catch (err) {
        log.warn({ err: String(err) }, 'feedback: state DB write failed; kept in this process only');
        return mem.record(f);
      }
    },
    list: async (sinceMs) => [...(await db.list(sinceMs)), ...(await mem.list(sinceMs))],
  };
}
