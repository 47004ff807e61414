import { resolve } from 'node:path';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { openState, type StateDb } from '../state/db.ts';
import { createSummarizer, type Summarizer } from '../summarize/index.ts';

/** The summarizer with its cache in the state database, or null when no model is configured. */
export function openSummarizer(config: Config, log: Logger, state?: StateDb, memoryOnly = false): { summarizer: Summarizer; close: () => void } | null {
  if (!config.OPENAI_API_KEY && !config.OPENAI_BASE_URL) return null;
  let db: StateDb | null = state ?? null;
  if (!db && !memoryOnly) {
    try {
      db = openState(resolve(config.STATE_PATH));
    } catch (err) {
      log.error({ path: config.STATE_PATH, err: String(err) }, 'state database unavailable: summaries cached in memory only');
    }
  }
  const owned = db && !state ? db : null;
  // A cache that fails (locked, read-only) is a miss, never an error for the user.
  const cache = db
    ? {
        get: (k: string) => { try { return db!.getSummary(k); } catch { return null; } },
        set: (k: string, v: string) => { try { db!.setSummary(k, v, Date.now()); } catch (err) { log.warn({ err: String(err) }, 'summary cache write failed'); } },
      }
    : undefined;
  const summarizer = createSummarizer(config, log, cache)!;
  return { summarizer, close: () => owned?.close() };
}
