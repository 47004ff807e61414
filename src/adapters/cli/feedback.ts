// `qwen-brief feedback [--since YYYY-MM-DD] [--json]`: the 👍/👎 users gave answers, so curators see which
// questions fail. Reads the state DB: PostgreSQL at DATABASE_URL when set, else SQLite at STATE_PATH.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../../config.ts';
import { validIso } from '../../corpus/dates.ts';
import { openState } from '../../state/db.ts';
import { pgFeedback, sqliteFeedback, type FeedbackRow } from '../../state/feedback.ts';
import { cliLogger } from './load.ts';

export interface QuestionVotes {
  question: string;
  command: string;
  up: number;
  down: number;
  /** Documents the answers cited (for the curator to look at). */
  docs: string[];
  last: string;
}

/** Votes per question, the most 👎 first (then the most recent). */
export function byQuestion(rows: FeedbackRow[]): QuestionVotes[] {
  const map = new Map<string, QuestionVotes>();
  for (const r of rows) {
    const k = `${r.command}\0${r.question}`;
    const q = map.get(k) ?? { question: r.question, command: r.command, up: 0, down: 0, docs: [], last: r.at };
    q[r.vote]++;
    q.docs = [...new Set([...q.docs, ...r.docs])].sort();
    if (r.at > q.last) q.last = r.at;
    map.set(k, q);
  }
  return [...map.values()].sort((a, b) => b.down - a.down || b.last.localeCompare(a.last) || a.question.localeCompare(b.question));
}

export async function feedbackCli(config: Config, o: { since: string | null; json: boolean }): Promise<number> {
  if (o.since !== null && !(/^\d{4}-\d{2}-\d{2}$/.test(o.since) && validIso(o.since))) {
    console.error(`--since takes YYYY-MM-DD, got “${o.since}”`);
    return 2;
  }
  const path = resolve(config.STATE_PATH);
  let rows: FeedbackRow[] = [];
  const sinceMs = o.since ? Date.parse(`${o.since}T00:00:00Z`) : null;
  if (config.DATABASE_URL) {
    const { PgStore } = await import('../../state/pg.ts');
    const store = new PgStore({ url: config.DATABASE_URL, poolSize: 1, log: cliLogger(config) });
    try {
      rows = await pgFeedback(store).list(sinceMs);
    } catch (e) {
      console.error(`PostgreSQL ${store.where}: ${String((e as Error)?.message ?? e).split('\n')[0]} — check DATABASE_URL and that the server is reachable`);
      return 1;
    } finally {
      await store.close();
    }
  } else if (existsSync(path)) {
    const db = openState(path);
    try {
      rows = await sqliteFeedback(db.db).list(sinceMs);
    } finally {
      db.close();
    }
  }
  if (o.json) {
    console.log(JSON.stringify({ since: o.since, votes: rows, questions: byQuestion(rows) }, null, 2));
    return 0;
  }
  const up = rows.filter((r) => r.vote === 'up').length;
  const qs = byQuestion(rows);
  console.log(`Feedback${o.since ? ` since ${o.since}` : ''}: ${rows.length} vote${rows.length === 1 ? '' : 's'} (${up} 👍, ${rows.length - up} 👎) on ${qs.length} question${qs.length === 1 ? '' : 's'}${config.DATABASE_URL || existsSync(path) ? '' : ` (no state DB at ${path})`}`);
  for (const q of qs) {
    console.log(`\n👎 ${q.down} 👍 ${q.up}  ${q.question}  [${q.command}, last ${q.last.slice(0, 10)}]`);
    if (q.docs.length) console.log(`   cited: ${q.docs.join(', ')}`);
  }
  return 0;
}
