import { resolve } from 'node:path';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { openState, type StateDb } from '../state/db.ts';
import type { SummaryCache } from '../summarize/summarizer.ts';

/** The state DB at STATE_PATH, or null with the reason logged: answers never need it, so nothing stops. */
export function tryOpenState(config: Config, log: Logger, without: string): StateDb | null {
  try {
    return openState(resolve(config.STATE_PATH));
  } catch (err) {
    log.error({ path: config.STATE_PATH, err: String(err) }, `state database unavailable: ${without}`);
    return null;
  }
}

/** Summaries cached in the state DB. A cache that fails (locked, read-only) is a miss, never an error for the user. */
export function stateCache(db: StateDb, log: Logger): SummaryCache {
  return {
    get: (k) => {
      try {
        return db.getSummary(k);
      } catch {
        return null;
      }
    },
    set: (k, v) => {
      try {
        db.setSummary(k, v, Date.now());
      } catch (err) {
        log.warn({ err: String(err) }, 'summary cache write failed');
      }
    },
  };
}
