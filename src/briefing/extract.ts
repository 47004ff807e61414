import type { Passage } from '../corpus/types.ts';
import { dayNumber } from '../corpus/dates.ts';
import { memo, type BriefIndex } from '../index/build.ts';
import { isEligible } from './eligible.ts';
import { kept as keptRecent, KEPT_DAYS } from './keep.ts';
import { terms, words } from '../index/normalize.ts';
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
  return memo(index, `signal:${kind}`, () => {
    const matches = anyOf(index.signals[kind].map((s) => s.re));
    return index.passages.filter((p) => matches(p.text));
  });
}

/**
 * Whether a text matches any of the expressions: one pass of their alternation, ten times quicker than
 * each in turn on a large corpus, where that means the same (same flags, none stateful, no group numbers
 * or names that the alternation would shift or repeat); else each in turn.
 */
export function anyOf(res: RegExp[]): (text: string) => boolean {
  const flags = res[0]?.flags ?? '';
  const plain = res.every((re) => re.flags === flags && !re.global && !re.sticky && !/\\[1-9]|\\k<|\(\?<(?![=!])/.test(re.source));
  if (!plain || res.length < 2) return (text) => res.some((re) => re.test(text));
  const union = new RegExp(res.map((re) => `(?:${re.source})`).join('|'), flags);
  return (text) => union.test(text);
}

/** Passages matching any pattern of one side of a conflict, once per index. */
export function sidePassages(index: BriefIndex, c: number, s: number): Passage[] {
  return memo(index, `conflict:${c}:${s}`, () => {
    const matches = anyOf(index.signals.conflicts[c].sides[s].patterns);
    return index.passages.filter((p) => matches(p.text));
  });
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

export function groupBy<T, K>(xs: Iterable<T>, key: (x: T) => K): Map<K, T[]> {
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
 * Each index's change events before the cap, oldest first, shared by every cap (timeline, changes since
 * and digest use different ones). Not in index.memo: a reload sends those caches to the main thread,
 * which reads only the capped lists.
 */
const uncapped = new WeakMap<BriefIndex, ChangeEvent[]>();

/**
 * Change events capped per (document, date), oldest first, visible on `now`. The cap is computed once:
 * it works within one document and one date, so it commutes with the per-document, per-date filter.
 */
export function cappedChangeEvents(index: BriefIndex, perGroup: number, now: string): ChangeEvent[] {
  const all = memo(index, `events:cap${perGroup}`, () => {
    let events = uncapped.get(index);
    if (!events) uncapped.set(index, (events = byDay(allChangeEvents(index))));
    return capPerDocDate(events, perGroup);
  });
  // Nothing published or dated after `now`: every event is visible (the usual case, today).
  // (A change an article published in the month before sets for a later day is known then: "Her last day will be
  // March 17"; not one an old article announced, long before.)
  const latest = memo(index, 'latestDay', () => [...index.docs.map((d) => d.published ?? ''), ...index.passages.map((p) => p.date ?? '')].reduce((a, b) => (a > b ? a : b), ''));
  if (now >= latest) return all;
  // Depends only on (index, now): kept for the last few past days asked about. Callers never modify the list.
  return keptRecent(index, 'events', `${perGroup}:${now}`, KEPT_DAYS, () => all.filter((e) => (e.date <= now || freshAnnouncement(index, e, now)) && isEligible(index, e.passage, now)));
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
  return foldNearDuplicates(changeCandidates(index));
}

const MONTH_NAME = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** A line that opens on a day and a dash or colon: "13 August - …", "July 18: …", "2019-08-09 — …". */
const CHRONICLE_LINE = new RegExp(`^(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME}|${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{4}-\\d{2}-\\d{2})(?:,?\\s+\\d{4})?\\s*[-–—:]\\s+\\S`);
const LOOKS_BACK = /\b(?:after|since|once|when)\s+(?:[\p{L}'’.-]+\s+){1,3}(?:had\s+)?(?:left|resigned|departed|quit|stepped down|was (?:ousted|fired|pushed out))\b|\bwithin (?:weeks|days|months)\b/iu;

/** The change events before near-duplicates are folded, in passage order. */
export function changeCandidates(index: BriefIndex): ChangeEvent[] {
  const kinds: (string[] | undefined)[] = new Array(index.passages.length); // by passage: its kinds of event, once each
  const withPerson = new Map<number, number>();
  const add = (passage: number, kind: string) => {
    const ks = kinds[passage];
    if (!ks) kinds[passage] = [kind];
    else if (!ks.includes(kind)) ks.push(kind);
  };
  for (const e of index.events) {
    if (e.kind === 'reports') continue;
    add(e.passage, e.kind);
    if (e.person) withPerson.set(e.passage, (withPerson.get(e.passage) ?? 0) + 1);
  }
  // A figure three articles or more repeat ("2,100 flights", "64.27 percent") tells a central event of its own.
  for (const id of widelyToldFigures(index)) add(id, 'figure');
  // A chronicle's line, opening on its own day ("13 August - Kristin Cabot files for divorce …"), is an event
  // by its writer's choice, whatever it tells.
  for (const p of index.passages) if (p.dateOrigin === 'sentence' && p.datePrecision === 'day' && CHRONICLE_LINE.test(p.text)) add(p.id, 'entry');
  const curated = index.corpus.reports.some((r) => r.path === 'signals.yaml' && r.status !== 'error');
  if (curated) for (const p of signalPassages(index, 'change')) add(p.id, 'curated');
  const candidates: ChangeEvent[] = [];
  for (let id = 0; id < index.passages.length; id++) {
    const ks = kinds[id];
    if (!ks) continue;
    const p = index.passages[id];
    if (!p.date) continue;
    const ents = index.mentions[p.id];
    // A sentence naming no one counts only when it dates itself ("November 4: machinists ratified …").
    if (!ents.length && p.dateOrigin !== 'sentence') continue;
    const people = new Set(ents.filter((m) => index.entities.get(m.id)?.type === 'person').map((m) => m.id)).size;
    // Without a named person, only a sentence that states its own date counts as a change.
    if (!people && p.dateOrigin === 'article' && !ks.includes('curated')) continue;
    // An analysis or background piece looks back: what it tells without a date of its own ("… after
    // Parakhin left") happened before it, on a day it does not give.
    if (p.dateOrigin === 'article' && !ks.includes('curated') && /^(?:analysis|background)$/.test(index.docByPath.get(p.doc)!.kind) && LOOKS_BACK.test(p.text)) continue;
    const hits = ks.length + (withPerson.get(p.id) ?? 0);
    const weight = hits + (ks.includes('figure') ? 2 : 0) + 2 * Math.min(people, 3) + (p.dateOrigin === 'sentence' ? 3 : p.dateOrigin === 'paragraph' ? 2 : 0) + (p.text.length > 60 ? 1 : 0) + isSentence(p) - (p.datePrecision === 'year' ? 2 : 0);
    candidates.push({ passage: p, date: p.date, weight });
  }
  return candidates;
}

// A number and the word it counts: "2,100 flights", "64.27 percent", "$2.1 billion" (not a year, not an age).
const FIGURE = /(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+\.\d+|\d{3,})(?:\s?(%|per ?cent|percent|million|billion|bn))?\s+(\p{L}{3,})/giu;
const FIGURE_DOCS = 3;

/** The passages telling a figure that three articles or more give: where each one is told. */
function widelyToldFigures(index: BriefIndex): number[] {
  const key = (m: RegExpMatchArray) => `${m[1].replace(/,/g, '')} ${(m[2] ?? '').replace(/\s/g, '').replace(/^per ?cent$|^percent$/i, '%').toLowerCase()} ${m[3].toLowerCase()}`;
  const docsOf = new Map<string, Set<string>>();
  const told: [number, string][] = [];
  for (const p of index.passages) {
    for (const m of p.text.matchAll(FIGURE)) {
      if (/^(?:19|20)\d\d$/.test(m[1]) && !m[2]) continue;
      const k = key(m);
      (docsOf.get(k) ?? docsOf.set(k, new Set()).get(k)!).add(p.doc);
      told.push([p.id, k]);
    }
  }
  return [...new Set(told.filter(([, k]) => docsOf.get(k)!.size >= FIGURE_DOCS).map(([id]) => id))];
}

/**
 * Near-duplicates folded into the first of them, in the order given: a sentence is a duplicate of the
 * first kept sentence of the same day whose term set has a jaccard similarity ≥ 0.6 with its own; the
 * heavier of the two stands for both (its terms then stand for the kept one).
 *
 * Same-day pairs are many on a large corpus (at 10k articles, days with a hundred events), and nearly all
 * are far apart, so not every pair is compared (a set similarity join with prefix and positional filters).
 * For sets A and B with overlap O, O / |A ∪ B| ≥ 0.6 ⇔ 8·O ≥ 3·(|A| + |B|), so O ≥ ⌈3|A|/5⌉. With each
 * day's terms ranked (rarest first) and every set in rank order, the first shared term of A and B lies
 * among the first |A| − ⌈3|A|/5⌉ + 1 terms of A, and likewise of B: each kept set is listed under those
 * terms (an inverted index) and a new set looks up its own. Where a kept set is first found, at place i
 * in the new set and j in the kept one, nothing before is shared, so O ≤ 1 + the shorter rest: only if
 * that can reach the overlap needed are the rests merged. Overlap and quotient are those of comparing
 * every pair, and so is the result.
 */
export function foldNearDuplicates(candidates: ChangeEvent[]): ChangeEvent[] {
  // Each candidate's distinct terms, as numbers.
  const ids = new Map<string, number>();
  const termIds = byWord((t) => ids.get(t) ?? ids.set(t, ids.size).size - 1);
  const last: number[] = []; // by term: the last candidate that had it
  const sets = candidates.map((ev, c) => {
    const distinct: number[] = [];
    for (const id of termIds(ev.passage.text)) {
      if (last[id] === c) continue;
      last[id] = c;
      distinct.push(id);
    }
    return Int32Array.from(distinct);
  });
  const freq = new Int32Array(ids.size);
  const rankOf = new Int32Array(ids.size);
  const standsFor: (ChangeEvent | undefined)[] = new Array(candidates.length); // by the candidate first kept
  // Only same-day sentences can be duplicates: one day at a time.
  for (const day of groupBy(candidates.keys(), (c) => candidates[c].date).values()) {
    if (day.length === 1) {
      standsFor[day[0]] = candidates[day[0]];
      continue;
    }
    const vocab: number[] = [];
    for (const c of day) {
      const set = sets[c];
      for (let i = 0; i < set.length; i++) if (freq[set[i]]++ === 0) vocab.push(set[i]);
    }
    vocab.sort((x, y) => freq[x] - freq[y] || x - y);
    vocab.forEach((id, r) => (rankOf[id] = r));
    const postings: number[][] = vocab.map(() => []); // by rank: (kept, place) pairs
    const keptSet: Int32Array[] = [];
    const keptBy: number[] = []; // the candidate that made it, whose place in the output it keeps
    const keptEv: ChangeEvent[] = [];
    const seen: number[] = [];
    const list = (k: number) => {
      const set = keptSet[k];
      for (let j = 0, n = prefix(set.length); j < n; j++) postings[set[j]].push(k, j);
    };
    for (const c of day) {
      const set = sets[c]; // its terms' ranks from here on, ascending
      for (let i = 0; i < set.length; i++) set[i] = rankOf[set[i]];
      set.sort();
      const a = set.length;
      let dup = -1; // the first kept set that matches
      for (let i = 0, n = prefix(a); i < n; i++) {
        const list = postings[set[i]];
        for (let p = 0; p < list.length; p += 2) {
          const k = list[p];
          const j = list[p + 1];
          if (seen[k] === c || (dup >= 0 && k > dup)) continue;
          const other = keptSet[k];
          const b = other.length;
          if (j >= prefix(b) || other[j] !== set[i]) continue; // listed under a set since replaced
          seen[k] = c;
          const need = Math.floor((3 * (a + b) + 7) / 8); // ⌈3(a + b)/8⌉
          if (1 + Math.min(a - i - 1, b - j - 1) < need) continue;
          const inter = 1 + overlap(set, i + 1, other, j + 1, need - 1);
          if (inter / (a + b - inter || 1) >= 0.6) dup = k;
        }
      }
      const ev = candidates[c];
      if (dup >= 0) {
        if (ev.weight > keptEv[dup].weight) {
          keptEv[dup] = ev;
          keptSet[dup] = set;
          list(dup);
        }
        continue;
      }
      const k = keptSet.push(set) - 1;
      keptBy.push(c);
      keptEv.push(ev);
      seen.push(c);
      list(k);
    }
    keptBy.forEach((c, k) => (standsFor[c] = keptEv[k]));
    for (const id of vocab) freq[id] = 0;
  }
  return standsFor.filter((ev) => ev !== undefined);
}

/**
 * terms(text), each as `each` makes it, with each distinct word's terms worked out once: terms() reads a
 * text word by word (its words, less stopwords, stemmed), and most of a large corpus's words are repeats
 * (test/dedupe.test.ts checks that this is terms() on every sentence of the test corpora).
 */
export function byWord<T>(each: (term: string) => T): (text: string) => T[] {
  const perWord = new Map<string, T[]>();
  return (text) => {
    const out: T[] = [];
    for (const w of words(text)) {
      let ts = perWord.get(w);
      if (ts === undefined) perWord.set(w, (ts = terms(w).map(each)));
      for (const t of ts) out.push(t);
    }
    return out;
  };
}

/**
 * How many terms a set of n is listed under: n − ⌈3n/5⌉ + 1. None for an empty set: it neither finds nor
 * is found (its jaccard is 0 with any set, itself too).
 */
function prefix(n: number): number {
  return n ? n - Math.floor((3 * n + 4) / 5) + 1 : 0;
}

/**
 * How many values two ascending lists share from places i and j on, or less than `need` as soon as
 * the rests can no longer share that many.
 */
function overlap(a: Int32Array, i: number, b: Int32Array, j: number, need: number): number {
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else {
      if (a[i] < b[j]) i++;
      else j++;
      if (n + Math.min(a.length - i, b.length - j) < need) return n;
    }
  }
  return n;
}

/**
 * Sentences telling an arrival or a leaving of one who held the subject's top post: the story's spine, which a
 * whole timeline or a list of changes keeps before side stories (not a timeline narrowed to a topic).
 */
function spineOf(index: BriefIndex): Set<number> {
  return memo(index, 'spine', () => {
    const heads = new Set(index.roles.filter((r) => r.head === 'org' && !r.board && (r.org === index.focus || r.org === null) && index.entities.get(r.person)?.type === 'person').map((r) => r.person));
    return new Set(index.events.filter((e) => !!e.person && heads.has(e.person) && (e.kind === 'start' || e.kind === 'end' || e.kind === 'succession')).map((e) => e.passage));
  });
}

/**
 * The `max` most central events, shown oldest first: greedily the weightiest, with a bonus for
 * people and organisations no picked event names yet and a cost for a document already used, so
 * the list covers the story rather than one article; with `spine`, a bonus for the story's spine too.
 */
export function pickEvents(index: BriefIndex, events: ChangeEvent[], max: number, spine = true): ChangeEvent[] {
  if (events.length <= max) return [...events].sort(chronological);
  const covered = new Set<string>();
  const perDoc = new Map<string, number>();
  const perDay = new Map<string, number>();
  // Only the weightiest few hundred can win: the greedy pass stays cheap on a large corpus.
  // Each with the people and organisations it names (once each, the focus aside).
  const left = [...weightiest(events, Math.max(200, max * 10))]
    .sort(chronological)
    .map((e) => ({ e, names: [...new Set(index.mentions[e.passage.id].map((m) => m.id))].filter((id) => id !== index.focus) }));
  const cast = castOf(index);
  const spines = spine ? spineOf(index) : new Set<number>();
  const out: ChangeEvent[] = [];
  while (out.length < max && left.length) {
    let best = 0;
    let bestScore = -Infinity;
    for (let i = 0; i < left.length; i++) {
      const { e, names } = left[i];
      let fresh = 0; // up to 2 count
      for (let k = 0; k < names.length && fresh < 2; k++) if (!covered.has(names[k]) && cast.has(names[k])) fresh++;
      // (…and a day not yet shown: five later articles recalling "the October 26 sacking" tell one day.)
      const score = e.weight + 2 * fresh - 2 * (perDoc.get(e.passage.doc) ?? 0) - 2 * (perDay.get(e.date) ?? 0) + (spines.has(e.passage.id) ? 2 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    const [{ e }] = left.splice(best, 1);
    for (const m of index.mentions[e.passage.id]) covered.add(m.id);
    perDoc.set(e.passage.doc, (perDoc.get(e.passage.doc) ?? 0) + 1);
    perDay.set(e.date, (perDay.get(e.date) ?? 0) + 1);
    out.push(e);
  }
  return out.sort(chronological);
}

/**
 * The people and organisations of the corpus's story: those named in two articles or more (in a corpus of
 * fewer than three articles, everyone named).
 */
export function castOf(index: BriefIndex): Set<string> {
  return memo(index, 'cast', () => {
    const out = new Set<string>();
    const few = index.docs.length < 3;
    for (const [id, pids] of index.byEntity) if (few || new Set(pids.map((pid) => index.passages[pid].doc)).size >= 2) out.add(id);
    return out;
  });
}

// The weightiest of a list, by list (the capped lists are kept per index and per day, and never modified).
const weightiestOf = new WeakMap<ChangeEvent[], Map<number, ChangeEvent[]>>();

/** The `n` weightiest events (ties: older first), by bucketing on weight rather than sorting them all; once per list. */
function weightiest(events: ChangeEvent[], n: number): ChangeEvent[] {
  const known = weightiestOf.get(events) ?? weightiestOf.set(events, new Map()).get(events)!;
  let out = known.get(n);
  if (!out) known.set(n, (out = weightiestOnce(events, n)));
  return out;
}

function weightiestOnce(events: ChangeEvent[], n: number): ChangeEvent[] {
  const buckets = new Map<number, ChangeEvent[]>();
  for (const e of events) (buckets.get(e.weight) ?? buckets.set(e.weight, []).get(e.weight)!).push(e);
  const out: ChangeEvent[] = [];
  for (const w of [...buckets.keys()].sort((a, b) => b - a)) {
    const list = buckets.get(w)!;
    if (out.length + list.length <= n) out.push(...list);
    else {
      // Usually already in order (the lists given are chronological): then no sort of a large bucket.
      const inOrder = list.every((e, i) => i === 0 || chronological(list[i - 1], e) < 0);
      out.push(...(inOrder ? list : [...list].sort(chronological)).slice(0, n - out.length));
      break;
    }
  }
  return out;
}

/** Events in chronological order (by date, then passage): the order of the capped lists. */
function byDay(events: ChangeEvent[]): ChangeEvent[] {
  const days = groupBy(events, (e) => e.date);
  return [...days.keys()].sort().flatMap((date) => days.get(date)!.sort((a, b) => a.passage.id - b.passage.id));
}

/**
 * At most `perGroup` events per (document, date), the weightiest, then oldest first (those `first` ranks
 * lower before all); `events` are in chronological order, so each date's are together and the kept ones stay in order.
 */
export function capPerDocDate(events: ChangeEvent[], perGroup: number, first: (e: ChangeEvent) => number = () => 0): ChangeEvent[] {
  const out: ChangeEvent[] = [];
  for (let start = 0, end = 0; start < events.length; start = end) {
    while (end < events.length && events[end].date === events[start].date) end++;
    const day = events.slice(start, end);
    const dropped = new Set<ChangeEvent>();
    for (const list of groupBy(day, (e) => e.passage.doc).values()) {
      if (list.length > perGroup) for (const e of list.sort((a, b) => first(a) - first(b) || b.weight - a.weight || a.passage.id - b.passage.id).slice(perGroup)) dropped.add(e);
    }
    for (const e of day) if (!dropped.has(e)) out.push(e);
  }
  return out;
}

function chronological(a: ChangeEvent, b: ChangeEvent): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.passage.id - b.passage.id;
}

/** A change dated after `now` that an article published in the 30 days before it announced. */
function freshAnnouncement(index: BriefIndex, e: ChangeEvent, now: string): boolean {
  const published = index.docByPath.get(e.passage.doc)!.published;
  // (A day or month set, within six months: "will step down on 31 August", told in April; not "will retire in 2030".)
  return !!published && published <= now && dayNumber(now) - dayNumber(published) <= 30 && e.passage.datePrecision !== 'year' && dayNumber(e.date) - dayNumber(now) <= 183;
}
