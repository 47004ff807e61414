import type MiniSearch from 'minisearch';

/**
 * MiniSearch's own BM25 scores for an OR query, best `limit` only. MiniSearch builds a result object
 * (score, terms, match) for every passage that matches any term and sorts them all; a question naming
 * a common name or word matches tens of thousands of passages at 10k articles (≈0.2–0.5 s) to keep 300.
 * This reads the same postings and computes the same sums in the same order (so the same floats),
 * into typed arrays, and keeps the best `limit` with a small heap: the cost is the postings walked.
 *
 * It reads MiniSearch's internal fields (minisearch 7); when they are not there it returns null and
 * the caller asks MiniSearch itself. test/search.test.ts checks both give the same hits and scores.
 */

/** One group of terms searched in one field, as MiniSearch's `{ queries, fields, fuzzy, prefix, boost }`. */
export interface TermGroup {
  terms: string[];
  field: string;
  boost?: number;
  fuzzy?: (t: string) => number | false;
  prefix?: (t: string) => boolean;
}

export interface Scored {
  id: number;
  score: number;
  /** Bit i set: the i-th distinct term over all groups (in order) matched this passage. */
  terms: number;
}

type Postings = Map<number, Map<number, number>>; // field id → short id → term frequency
interface Tree {
  get(term: string): Postings | undefined;
  atPrefix(prefix: string): Iterable<[string, Postings]>;
  fuzzyGet(term: string, distance: number): Map<string, [Postings, number]>;
}
interface Internals {
  _index: Tree;
  _documentCount: number;
  _documentIds: Map<number, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _options: { searchOptions: Settings & Record<string, unknown> };
}
/** The search options that shape a score (MiniSearch fills in its defaults: k 1.2, b 0.7, d 0.5, weights 0.45 and 0.375, maxFuzzy 6). */
interface Settings {
  bm25: { k: number; b: number; d: number };
  weights: { fuzzy: number; prefix: number };
  maxFuzzy: number;
}

/** Per MiniSearch instance: ids and field lengths as arrays, and scratch space reused by each query. */
interface Arrays {
  ids: Int32Array; // short id → our id
  lengths: Uint32Array[]; // field id → short id → length (in terms)
  term: Float64Array; // one term's sum per short id (its exact, prefix and fuzzy variants)
  group: Float64Array; // one group's sum
  total: Float64Array;
  mask: Uint32Array;
  // Which short ids the current term, group and query touched: a list and a flag each.
  termList: Int32Array;
  groupList: Int32Array;
  totalList: Int32Array;
  inTerm: Uint8Array;
  inGroup: Uint8Array;
  inTotal: Uint8Array;
}
const arraysOf = new WeakMap<object, Arrays>();

/**
 * The indexed terms within `distance` edits of `term` in `field`, each with how many passages hold it
 * (MiniSearch's own fuzzy lookup); empty when its internals are not there.
 */
export function nearTerms(mini: MiniSearch<any>, term: string, distance: number, field: string): Map<string, number> {
  const out = new Map<string, number>();
  const m = internals(mini);
  const fieldId = m?._fieldIds[field];
  if (!m || fieldId === undefined) return out;
  for (const [t, [postings]] of m._index.fuzzyGet(term, distance)) {
    const n = postings.get(fieldId)?.size ?? 0;
    if (n) out.set(t, n);
  }
  return out;
}

function internals(mini: MiniSearch<never> | MiniSearch<any>): Internals | null {
  const m = mini as unknown as Partial<Internals>;
  const ok = m._index && typeof m._index.get === 'function' && typeof m._index.atPrefix === 'function' && typeof m._index.fuzzyGet === 'function'
    && typeof m._documentCount === 'number' && m._documentIds instanceof Map && m._fieldLength instanceof Map && m._fieldIds && Array.isArray(m._avgFieldLength);
  if (!ok) return null;
  const o = m._options?.searchOptions;
  if (!o || typeof o.bm25?.k !== 'number' || typeof o.weights?.fuzzy !== 'number' || typeof o.weights?.prefix !== 'number' || typeof o.maxFuzzy !== 'number') return null;
  // A per-document or per-term boost set on the index is not read here: let MiniSearch do it.
  if (o.boostDocument || o.boostTerm || o.filter) return null;
  return m as Internals;
}

function arrays(m: Internals): Arrays | null {
  return arraysOf.get(m) ?? buildArrays(m);
}

/** The Arrays of an index (its ids and field lengths, and the sums' scratch space), kept for the index once made. */
function buildArrays(m: Internals): Arrays | null {
  let size = 0;
  for (const s of m._documentIds.keys()) size = Math.max(size, s + 1);
  const fields = Object.keys(m._fieldIds).length;
  const ids = new Int32Array(size).fill(-1);
  const lengths = Array.from({ length: fields }, () => new Uint32Array(size));
  for (const [s, id] of m._documentIds) {
    if (typeof id !== 'number') return null;
    ids[s] = id;
    const fl = m._fieldLength.get(s) ?? [];
    for (let f = 0; f < fields; f++) lengths[f][s] = fl[f] ?? 0;
  }
  const a: Arrays = {
    ids, lengths,
    term: new Float64Array(size), group: new Float64Array(size), total: new Float64Array(size), mask: new Uint32Array(size),
    termList: new Int32Array(size), groupList: new Int32Array(size), totalList: new Int32Array(size),
    inTerm: new Uint8Array(size), inGroup: new Uint8Array(size), inTotal: new Uint8Array(size),
  };
  arraysOf.set(m, a);
  return a;
}

/**
 * The best `limit` passages (score descending, then id) for the OR of `groups`, each score being
 * MiniSearch's: BM25+ per field and term (prefix and fuzzy variants weighted as MiniSearch weighs
 * them), summed, times the number of query terms matched. `keep` filters by our id before ranking.
 * `matched`: the terms some kept hit matched. Null when the index is not one this can read (then ask MiniSearch).
 */
export function topBM25(mini: MiniSearch<any>, groups: TermGroup[], limit: number, keep: (id: number) => boolean): { hits: Scored[]; matched: Set<string> } | null {
  const m = internals(mini);
  if (!m) return null;
  // MiniSearch counts a query term once however often it is asked: one bit per distinct term.
  const bits = new Map<string, number>();
  for (const g of groups) for (const t of g.terms) if (!bits.has(t)) bits.set(t, bits.size);
  if (bits.size > 31) return null;
  const a = arrays(m);
  if (!a) return null;
  const { bm25: { k: K, b: B, d: D }, weights, maxFuzzy } = m._options.searchOptions;
  const { term: termSum, group: groupSum, total, mask, termList, groupList, totalList, inTerm, inGroup, inTotal } = a;
  let nTotal = 0;
  for (const g of groups) {
    const fieldId = m._fieldIds[g.field];
    if (fieldId === undefined) return null;
    const boost = g.boost ?? 1;
    const avg = m._avgFieldLength[fieldId];
    const len = a.lengths[fieldId];
    let nGroup = 0;
    for (const term of g.terms) {
      const bit = 1 << bits.get(term)!;
      let nTerm = 0;
      const add = (data: Postings | undefined, weight: number) => {
        const freqs = data?.get(fieldId);
        if (!freqs) return;
        const df = freqs.size;
        const idf = Math.log(1 + (m._documentCount - df + 0.5) / (df + 0.5));
        const w = weight * 1 * boost * 1; // term weight × term boost × field boost × document boost, as MiniSearch multiplies
        for (const [s, tf] of freqs) {
          const score = w * (idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * len[s]) / avg))));
          if (inTerm[s]) termSum[s] += score;
          else {
            inTerm[s] = 1;
            termSum[s] = score;
            termList[nTerm++] = s;
          }
        }
      };
      add(m._index.get(term), 1);
      const fuzzyAt = g.fuzzy?.(term) ?? false;
      let fuzzy: Map<string, [Postings, number]> | undefined;
      if (fuzzyAt) {
        const maxDistance = fuzzyAt < 1 ? Math.min(maxFuzzy, Math.round(term.length * fuzzyAt)) : fuzzyAt;
        if (maxDistance) fuzzy = m._index.fuzzyGet(term, maxDistance);
      }
      if (g.prefix?.(term)) {
        for (const [t, data] of m._index.atPrefix(term)) {
          const distance = t.length - term.length;
          if (!distance) continue;
          fuzzy?.delete(t); // scored as a prefix
          add(data, (weights.prefix * t.length) / (t.length + 0.3 * distance));
        }
      }
      if (fuzzy) {
        for (const [t, [data, distance]] of fuzzy) {
          if (distance) add(data, (weights.fuzzy * t.length) / (t.length + distance));
        }
      }
      // Terms of a group combine as MiniSearch's OR does: the first matching term's sum, plus the next…
      for (let i = 0; i < nTerm; i++) {
        const s = termList[i];
        inTerm[s] = 0;
        if (inGroup[s]) groupSum[s] += termSum[s];
        else {
          inGroup[s] = 1;
          groupSum[s] = termSum[s];
          groupList[nGroup++] = s;
          if (!inTotal[s]) mask[s] = 0;
        }
        mask[s] |= bit;
      }
    }
    // …and groups likewise.
    for (let i = 0; i < nGroup; i++) {
      const s = groupList[i];
      inGroup[s] = 0;
      if (inTotal[s]) total[s] += groupSum[s];
      else {
        inTotal[s] = 1;
        total[s] = groupSum[s];
        totalList[nTotal++] = s;
      }
    }
  }
  // The best `limit`: a heap with the worst on top (lower score, or the same score and a later id).
  const heapScore = new Float64Array(Math.max(0, limit));
  const heapId = new Int32Array(Math.max(0, limit));
  const heapShort = new Int32Array(Math.max(0, limit));
  let size = 0;
  const worse = (i: number, j: number) => heapScore[i] < heapScore[j] || (heapScore[i] === heapScore[j] && heapId[i] > heapId[j]);
  const swap = (i: number, j: number) => {
    [heapScore[i], heapScore[j]] = [heapScore[j], heapScore[i]];
    [heapId[i], heapId[j]] = [heapId[j], heapId[i]];
    [heapShort[i], heapShort[j]] = [heapShort[j], heapShort[i]];
  };
  for (let i = 0; i < nTotal; i++) {
    const s = totalList[i];
    inTotal[s] = 0;
    if (!limit) continue;
    const score = total[s] * popcount(mask[s]); // MiniSearch's "quality": the number of query terms matched
    const id = a.ids[s];
    if (size === limit && (score < heapScore[0] || (score === heapScore[0] && id > heapId[0]))) continue;
    if (!keep(id)) continue;
    if (size < limit) {
      let c = size++;
      heapScore[c] = score;
      heapId[c] = id;
      heapShort[c] = s;
      while (c > 0 && worse(c, (c - 1) >> 1)) {
        swap(c, (c - 1) >> 1);
        c = (c - 1) >> 1;
      }
    } else {
      heapScore[0] = score;
      heapId[0] = id;
      heapShort[0] = s;
      for (let c = 0; ;) {
        const l = 2 * c + 1;
        let w = c;
        if (l < size && worse(l, w)) w = l;
        if (l + 1 < size && worse(l + 1, w)) w = l + 1;
        if (w === c) break;
        swap(c, w);
        c = w;
      }
    }
  }
  const hits: Scored[] = [];
  for (let i = 0; i < size; i++) hits.push({ id: heapId[i], score: heapScore[i], terms: mask[heapShort[i]] });
  hits.sort((x, y) => y.score - x.score || x.id - y.id);
  const any = hits.reduce((acc, h) => acc | h.terms, 0);
  return { hits, matched: new Set([...bits].filter(([, b]) => any & (1 << b)).map(([t]) => t)) };
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}
