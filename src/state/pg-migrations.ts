// The PostgreSQL schema, as numbered migrations applied in order, each in its own transaction, under an advisory
// lock (state/pg.ts: at start, or by `qwen-brief migrate`). A migration, once released, is never edited: a change
// is a new number. Applied versions are kept in schema_migrations.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'digest, summaries, shares, meta',
    sql: `
CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);
-- One row per (channel, article content hash) the channel has been told about.
CREATE TABLE told (
  channel text NOT NULL, hash text NOT NULL, doc text NOT NULL, told_at text NOT NULL,
  PRIMARY KEY (channel, hash)
);
-- One row per digest channel: the row a claim locks (SELECT … FOR UPDATE SKIP LOCKED), so two replicas never
-- plan the same channel at once.
CREATE TABLE digest_channels (channel text PRIMARY KEY);
-- One row per digest attempt. status: posting (claimed, lease until lease_until, ms) | posted | failed.
CREATE TABLE digests (
  seq bigserial NOT NULL UNIQUE,
  id text PRIMARY KEY, channel text NOT NULL, status text NOT NULL, kind text NOT NULL,
  hashes text NOT NULL, created_at text NOT NULL, lease_until bigint NOT NULL,
  posted_at text, error text, ref text
);
CREATE INDEX digests_channel ON digests (channel, status);
CREATE TABLE summaries (key text PRIMARY KEY, value text NOT NULL, created_at text NOT NULL);
-- The query behind each "Share in channel" button; shared_at is set by the one click that posts it.
CREATE TABLE shares (key text PRIMARY KEY, query text NOT NULL, now text NOT NULL, created_at bigint NOT NULL, shared_at bigint);
CREATE INDEX shares_created ON shares (created_at);
`,
  },
  {
    version: 2,
    name: 'de-duplication keys and rate-limit buckets',
    sql: `
-- Retried deliveries answered once: a key per event/command/message, kept until until_ms (swept).
CREATE TABLE seen (key text PRIMARY KEY, until_ms bigint NOT NULL);
CREATE INDEX seen_until ON seen (until_ms);
-- Per-user token buckets shared by every replica: tokens left at at_ms; ok says whether the last request was allowed.
CREATE TABLE rate_buckets (key text PRIMARY KEY, tokens double precision NOT NULL, at_ms bigint NOT NULL, ok boolean NOT NULL);
CREATE INDEX rate_buckets_at ON rate_buckets (at_ms);
`,
  },
  {
    version: 3,
    name: 'feedback',
    sql: `
-- 👍/👎 on answers (state/feedback.ts): one row per (answer key, user); a repeat stores nothing, a flip updates the vote.
CREATE TABLE feedback (
  key text NOT NULL, "user" text NOT NULL, vote text NOT NULL, question text NOT NULL, command text NOT NULL,
  corpus_version text NOT NULL, docs text NOT NULL, at_ms bigint NOT NULL, PRIMARY KEY (key, "user")
);
CREATE INDEX feedback_at ON feedback (at_ms);
`,
  },
];
