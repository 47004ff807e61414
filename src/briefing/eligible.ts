import { FUTURE } from '../corpus/dates.ts';
import type { Doc, Passage } from '../corpus/types.ts';
import { memo, type BriefIndex } from '../index/build.ts';

/**
 * Documents a user can be told about on `now`: published by then, or undated and telling nothing after
 * it (a recap that lists "January 7: …" as past was written after January 7).
 */
export function eligibleDocs(index: BriefIndex, now: string): Doc[] {
  const after = writtenAfter(index);
  return index.docs.filter((d) => (d.published ? d.published <= now : (after.get(d.path) ?? '') <= now));
}

/** Whether a passage's document can be shown on `now`. */
export function isEligible(index: BriefIndex, p: Passage, now: string): boolean {
  const published = index.docByPath.get(p.doc)!.published;
  return published ? published <= now : (writtenAfter(index).get(p.doc) ?? '') <= now;
}

/** For each undated document, the latest day (or month) its sentences tell of as past, if any. */
function writtenAfter(index: BriefIndex): Map<string, string> {
  return memo(index, 'writtenAfter', () => {
    const out = new Map<string, string>();
    for (const d of index.docs) {
      if (d.published) continue;
      for (const p of d.passages) {
        if (p.dateOrigin !== 'sentence' || !p.date || p.datePrecision === 'year' || FUTURE.test(p.text) || /\b(?:would|could|may|might)\b/i.test(p.text)) continue;
        // ("in April 2018, when Sewing replaced Cryan", told as past: written after that April, not on its first day.)
        const told = p.datePrecision === 'month' ? lastDayOfMonth(p.date) : p.date;
        if (told > (out.get(d.path) ?? '')) out.set(d.path, told);
      }
    }
    return out;
  });
}

/** Newest publication date among the documents a user can see: the "as of" of an answer. */
export function newestPublished(docs: Doc[]): string | null {
  let best: string | null = null;
  for (const d of docs) if (d.published && (!best || d.published > best)) best = d.published;
  return best;
}

/** Sort key that puts dated before undated and newer before older. */
export function newerFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a > b ? -1 : 1;
}

/**
 * Whether every document is visible on `now` (nothing published after it): then filters by `now` can be
 * skipped, the usual case for "today" on a large corpus.
 */
export function allPublishedBy(index: BriefIndex, now: string): boolean {
  return now >= memo(index, 'latestPublished', () => [...writtenAfter(index).values()].reduce((a, d) => (d > a ? d : a), index.docs.reduce((a, d) => (d.published && d.published > a ? d.published : a), '')));
}

/** The last day of an ISO date's month. */
export function lastDayOfMonth(iso: string): string {
  const [y, m] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7))];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
