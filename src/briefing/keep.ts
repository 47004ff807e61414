import { memo, type BriefIndex } from '../index/build.ts';
import type { Answer } from './types.ts';

/**
 * An answer that depends only on the index and `key` (what was asked, resolved, and the day), computed
 * once; each caller gets a fresh copy carrying its own query text, so building on it never touches the kept one.
 */
export function keptAnswer(index: BriefIndex, key: string, query: string, compute: () => Answer): Answer {
  const a = memo(index, `answer:${key}`, compute);
  return { ...a, query, items: a.items.map((i) => ({ ...i, cites: [...i.cites] })), notes: [...a.notes], citations: a.citations.map((c) => ({ ...c })) };
}
