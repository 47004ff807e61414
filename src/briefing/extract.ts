import type { Passage } from '../corpus/types.ts';
import { memo, type BriefIndex } from '../index/build.ts';
import { isEligible } from './eligible.ts';
import { kept as keptRecent, KEPT_DAYS } from './keep.ts';
import { terms } from '../index/normalize.ts';
import { firstMatch, type Pattern } from '../index/signals.ts';

export interface RoleClaim {
  person: string; // entity id
  passage: Passage;
  published: string | null; // of the passage's document
}

// Further than this from the phrase, a name is usually about something else in a long sentence.
const MAX_DISTANCE = 60;

/**
 * The person a phrase is about: a person named inside the matched phrase, else the nearest one on the
 * allowed side ("resignation of X" looks after the phrase). People in `exclude` are skipped.
 */
export function personNear(index: BriefIndex, p: Passage, patterns: Pattern[], exclude: Set<string> = new Set()): string | null {
  const m = firstMatch(patterns, p.text);
  if (!m) return null;
  const side = m.person === 'nearest' && /^\s+of\b/i.test(p.text.slice(m.end)) ? 'after' : m.person;
  let best: { id: string; d: number } | null = null;
  for (const mention of index.mentions[p.id]) {
    const e = index.entities.get(mention.id);
    if (!e || e.type !== 'person' || exclude.has(e.id)) continue;
    let d: number;
    if (mention.start >= m.index && mention.end <= m.end) d = 0;
    else if (mention.end <= m.index) d = side === 'after' ? Infinity : m.index - mention.end;
    else d = side === 'before' ? Infinity : mention.start - m.end;
    if (d <= MAX_DISTANCE && (!best || d < best.d)) best = { id: e.id, d };
  }
  return best?.id ?? null;
}

export type SignalKind = 'head' | 'departure' | 'responsibility' | 'support' | 'change';

/** Passages matching a signal list, computed once per index (signals do not depend on the query). */
export function signalPassages(index: BriefIndex, kind: SignalKind): Passage[] {
  return memo(index, `signal:${kind}`, () => index.passages.filter((p) => index.signals[kind].some((s) => s.re.test(p.text))));
}

/** Passages matching any pattern of one side of a conflict, once per index. */
export function sidePassages(index: BriefIndex, c: number, s: number): Passage[] {
  return memo(index, `conflict:${c}:${s}`, () => index.passages.filter((p) => index.signals.conflicts[c].sides[s].patterns.some((re) => re.test(p.text))));
}

export type RoleKind = 'head' | 'departure' | 'responsibility';

/** Role claims of one kind over the whole corpus: each matching passage with the person it is about. */
export function claims(index: BriefIndex, kind: RoleKind, exclude: Set<string>): RoleClaim[] {
  const patterns = index.signals[kind];
  // The nearest person ignoring exclusions is cached; only a claim about an excluded person is redone.
  const nearestCache = memo(index, `near:${kind}`, () => new Map<number, string | null>());
  const out: RoleClaim[] = [];
  for (const p of signalPassages(index, kind)) {
    let nearest = nearestCache.get(p.id);
    if (nearest === undefined) {
      nearest = personNear(index, p, patterns);
      nearestCache.set(p.id, nearest);
    }
    const person = nearest && exclude.has(nearest) ? personNear(index, p, patterns, exclude) : nearest;
    if (person) out.push({ person, passage: p, published: index.docByPath.get(p.doc)!.published });
  }
  return out;
}

/** A full sentence (ends in punctuation) reads better as evidence than a headline. */
export function isSentence(p: Passage): number {
  return /[.!?'"’”)]$/.test(p.text) ? 1 : 0;
}

export function groupBy<T, K>(xs: T[], key: (x: T) => K): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

export interface ChangeEvent {
  passage: Passage;
  date: string;
  weight: number;
}

/**
 * Change events capped per (document, date), oldest first, visible on `now`. The cap is computed once:
 * it works within one document and one date, so it commutes with the per-document, per-date filter.
 */
export function cappedChangeEvents(index: BriefIndex, perGroup: number, now: string): ChangeEvent[] {
  const all = memo(index, `events:cap${perGroup}`, () => capPerDocDate(allChangeEvents(index), perGroup));
  // Nothing published or dated after `now`: every event is visible (the usual case, today).
  const latest = memo(index, 'latestDay', () => [...index.docs.map((d) => d.published ?? ''), ...index.passages.map((p) => p.date ?? '')].reduce((a, b) => (a > b ? a : b), ''));
  if (now >= latest) return all;
  // Depends only on (index, now): kept for the last few past days asked about. Callers never modify the list.
  return keptRecent(index, 'events', `${perGroup}:${now}`, KEPT_DAYS, () => all.filter((e) => e.date <= now && isEligible(index, e.passage, now)));
}

/** Events on or after `since` in a chronological list, found by binary search. */
export function eventsSince(events: ChangeEvent[], since: string): ChangeEvent[] {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid].date < since) lo = mid + 1;
    else hi = mid;
  }
  return events.slice(lo);
}

/**
 * Dated sentences that report a change: an event learned from the text (appointed, left, replaced,
 * returned, founded …) or a head role, plus a named person or organisation; signals.yaml's change
 * phrases add to them. Near-duplicates (the same sentence repeated as a subtitle) are folded into
 * the first.
 */
function allChangeEvents(index: BriefIndex): ChangeEvent[] {
  const kinds = new Map<number, Set<string>>();
  const withPerson = new Map<number, number>();
  for (const e of index.events) {
    if (e.kind === 'reports') continue;
    (kinds.get(e.passage) ?? kinds.set(e.passage, new Set()).get(e.passage)!).add(e.kind);
    if (e.person) withPerson.set(e.passage, (withPerson.get(e.passage) ?? 0) + 1);
  }
  const curated = index.corpus.reports.some((r) => r.path === 'signals.yaml' && r.status !== 'error');
  if (curated) for (const p of signalPassages(index, 'change')) (kinds.get(p.id) ?? kinds.set(p.id, new Set()).get(p.id)!).add('curated');
  const candidates: ChangeEvent[] = [];
  for (const [id, ks] of [...kinds.entries()].sort((a, b) => a[0] - b[0])) {
    const p = index.passages[id];
    if (!p.date) continue;
    const ents = index.mentions[p.id];
    // A sentence naming no one counts only when it dates itself ("November 4: machinists ratified …").
    if (!ents.length && p.dateOrigin !== 'sentence') continue;
    const people = new Set(ents.filter((m) => index.entities.get(m.id)?.type === 'person').map((m) => m.id)).size;
    // Without a named person, only a sentence that states its own date counts as a change.
    if (!people && p.dateOrigin === 'article' && !ks.has('curated')) continue;
    const hits = ks.size + (withPerson.get(p.id) ?? 0);
    const weight = hits + 2 * Math.min(people, 3) + (p.dateOrigin === 'sentence' ? 3 : p.dateOrigin === 'paragraph' ? 2 : 0) + (p.text.length > 60 ? 1 : 0) + isSentence(p) - (p.datePrecision === 'year' ? 2 : 0);
    candidates.push({ passage: p, date: p.date, weight });
  }
  const kept: { ev: ChangeEvent; set: Set<string> }[] = [];
  const byDate = new Map<string, { ev: ChangeEvent; set: Set<string> }[]>(); // only same-day sentences can be duplicates
  for (const ev of candidates) {
    const set = new Set(terms(ev.passage.text));
    const sameDay = byDate.get(ev.date) ?? byDate.set(ev.date, []).get(ev.date)!;
    const dup = sameDay.find((k) => jaccard(k.set, set) >= 0.6);
    if (dup) {
      if (ev.weight > dup.ev.weight) {
        dup.ev = ev;
        dup.set = set;
      }
      continue;
    }
    const k = { ev, set };
    kept.push(k);
    sameDay.push(k);
  }
  return kept.map((k) => k.ev);
}

/**
 * The `max` most central events, shown oldest first: greedily the weightiest, with a bonus for
 * people and organisations no picked event names yet and a cost for a document already used, so
 * the list covers the story rather than one article.
 */
export function pickEvents(index: BriefIndex, events: ChangeEvent[], max: number): ChangeEvent[] {
  if (events.length <= max) return [...events].sort(chronological);
  const covered = new Set<string>();
  const perDoc = new Map<string, number>();
  // Only the weightiest few hundred can win: the greedy pass stays cheap on a large corpus.
  const left = weightiest(events, Math.max(200, max * 10)).sort(chronological);
  const out: ChangeEvent[] = [];
  while (out.length < max && left.length) {
    let best = 0;
    let bestScore = -Infinity;
    for (let i = 0; i < left.length; i++) {
      const e = left[i];
      const fresh = new Set(index.mentions[e.passage.id].map((m) => m.id).filter((id) => id !== index.focus && !covered.has(id))).size;
      const score = e.weight + 2 * Math.min(fresh, 2) - 2 * (perDoc.get(e.passage.doc) ?? 0);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    const [e] = left.splice(best, 1);
    for (const m of index.mentions[e.passage.id]) covered.add(m.id);
    perDoc.set(e.passage.doc, (perDoc.get(e.passage.doc) ?? 0) + 1);
    out.push(e);
  }
  return out.sort(chronological);
}

/** The `n` weightiest events (ties: older first), by bucketing on weight rather than sorting them all. */
function weightiest(events: ChangeEvent[], n: number): ChangeEvent[] {
  const buckets = new Map<number, ChangeEvent[]>();
  for (const e of events) (buckets.get(e.weight) ?? buckets.set(e.weight, []).get(e.weight)!).push(e);
  const out: ChangeEvent[] = [];
  for (const w of [...buckets.keys()].sort((a, b) => b - a)) {
    const list = buckets.get(w)!;
    if (out.length + list.length <= n) out.push(...list);
    else {
      out.push(...[...list].sort(chronological).slice(0, n - out.length));
      break;
    }
  }
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter || 1);
}

/** At most `perGroup` events per (document, date), the weightiest, then oldest first. */
function capPerDocDate(events: ChangeEvent[], perGroup: number): ChangeEvent[] {
  const groups = groupBy(events, (e) => `${e.passage.doc}\0${e.date}`);
  const out: ChangeEvent[] = [];
  for (const list of groups.values()) {
    out.push(...[...list].sort((a, b) => b.weight - a.weight || a.passage.id - b.passage.id).slice(0, perGroup));
  }
  return out.sort(chronological);
}

function chronological(a: ChangeEvent, b: ChangeEvent): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.passage.id - b.passage.id;
}
