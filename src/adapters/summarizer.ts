import { resolve } from 'node:path';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { openState, type StateDb } from '../state/db.ts';
import { createSummarizer, type Summarizer } from '../summarize/index.ts';

/** The summarizer with its cache in the state database, or null when no model is configured. */
export function openSummarizer(config: Config, log: Logger, state?: StateDb): { summarizer: Summarizer; close: () => void } | null {
  if (!config.OPENAI_API_KEY && !config.OPENAI_BASE_URL) return null;
  const db = state ?? openState(resolve(config.STATE_PATH));
  const summarizer = createSummarizer(config, log, {
    get: (k) => db.getSummary(k),
    set: (k, v) => db.setSummary(k, v, Date.now()),
  })!;
  return { summarizer, close: () => (state ? undefined : db.close()) };
}
