import { memo, type BriefIndex } from '../index/build.ts';
import type { Answer } from './types.ts';

/**
 * How many answers keptAnswer keeps per index (who-leads, person and sources, per what was asked and
 * day). Past that the least recently asked is dropped and computed again if asked again: the cache no
 * longer grows with every distinct question and day. An answer is a few kilobytes.
 */
export const KEPT_ANSWERS = 256;
/** Per-day lists as long as the corpus's events (the events visible on a past day): the last 8 days asked about. */
export const KEPT_DAYS = 8;
/** Small per-question values (a person's titles on a day, the articles naming a set of names): 256 of each kind. */
export const KEPT_VALUES = 256;

/**
 * A value that depends only on the index and `key`, computed once and kept among the `max` most recently
 * used of its `kind` (a small LRU per index and kind), for values keyed by a question's words or a day,
 * which `memo` would keep forever.
 */
export function kept<T>(index: BriefIndex, kind: string, key: string, max: number, compute: () => T): T {
  const lru = memo(index, `kept:${kind}`, () => new Map<string, T>());
  if (lru.has(key)) {
    const v = lru.get(key)!;
    lru.delete(key); // most recently used last
    lru.set(key, v);
    return v;
  }
  const v = compute();
  lru.set(key, v);
  if (lru.size > max) lru.delete(lru.keys().next().value!);
  return v;
}

/**
 * An answer that depends only on the index and `key` (what was asked, resolved, and the day), computed
 * once (kept among the KEPT_ANSWERS most recent); each caller gets a fresh copy carrying its own query
 * text, so building on it never touches the kept one.
 */
export function keptAnswer(index: BriefIndex, key: string, query: string, compute: () => Answer): Answer {
  const a = kept(index, 'answers', key, KEPT_ANSWERS, compute);
  return { ...a, query, items: a.items.map((i) => ({ ...i, cites: [...i.cites] })), notes: [...a.notes], citations: a.citations.map((c) => ({ ...c })) };
}
