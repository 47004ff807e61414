import type { Passage } from '../corpus/types.ts';
import { entityToken, memo, type BriefIndex } from './build.ts';
import { topBM25, type TermGroup } from './bm25.ts';
import { holdsSame, sameThing } from './lexicon.ts';
import { STOPWORDS, stem, words } from './normalize.ts';

export interface Hit {
  passage: Passage;
  score: number;
}

export interface SearchOptions {
  /** Only passages from documents published on or before this day (undated documents count). */
  asOf?: string | null;
  limit?: number;
  /** Restrict to passages that mention all these entity ids. */
  requireEntities?: string[];
}

export interface SearchResult {
  hits: Hit[];
  /** Content terms (not entity names) in the query. */
  contentTerms: string[];
  /** Of those, the ones some hit matched. */
  matchedTerms: string[];
  entityIds: string[];
}

/** Content terms of five letters or more also match longer words that start with them and near spellings. */
export const FUZZY = (t: string) => (t.length >= 5 ? 0.2 : false);
export const PREFIX = (t: string) => t.length >= 5;

/** BM25 (MiniSearch) with alias expansion: names in the query become entity tokens. */
export function search(index: BriefIndex, query: string, opts: SearchOptions = {}): SearchResult {
  const limit = opts.limit ?? 8;
  const { ids, consumed } = index.entities.resolve(query);
  const qw = words(query);
  const contentTerms = [...new Set(qw.filter((w, i) => !consumed.has(i) && !STOPWORDS.has(w)).map(stem))];
  const groups: TermGroup[] = [];
  if (contentTerms.length) groups.push({ terms: contentTerms, field: 'text', fuzzy: FUZZY, prefix: PREFIX });
  // "job cuts" also finds "layoffs", at a lower weight than the words typed.
  const also = [...new Set(contentTerms.flatMap(sameThing))].filter((t) => !contentTerms.includes(t));
  if (also.length) groups.push({ terms: also, field: 'text', boost: 0.6 });
  const matchedBy = (matched: Set<string>) => contentTerms.filter((t) => holdsSame(matched, t));
  if (ids.length) groups.push({ terms: ids.map(entityToken), field: 'ents', boost: 1.5 });
  if (!groups.length) return { hits: [], contentTerms, matchedTerms: [], entityIds: ids };

  const published = memo(index, 'search:published', () => index.passages.map((p) => index.docByPath.get(p.doc)!.published ?? null));
  const keep = (pid: number) => {
    const day = published[pid];
    if (opts.asOf && day && day > opts.asOf) return false;
    if (opts.requireEntities?.length) {
      const have = new Set(index.mentions[pid].map((m) => m.id));
      if (!opts.requireEntities.every((id) => have.has(id))) return false;
    }
    return true;
  };
  // MiniSearch's scores, best `limit` kept without a result object per matching passage (src/index/bm25.ts).
  const fast = topBM25(index.mini, groups, limit, keep);
  if (fast) {
    return {
      hits: fast.hits.map((h) => ({ passage: index.passages[h.id], score: h.score })),
      contentTerms,
      matchedTerms: matchedBy(fast.matched),
      entityIds: ids,
    };
  }
  const queries = groups.map((g) => ({ queries: g.terms, fields: [g.field], fuzzy: g.fuzzy, prefix: g.prefix, boost: { [g.field]: g.boost ?? 1 }, combineWith: 'OR' }));
  const raw = index.mini.search({ queries, combineWith: 'OR' } as never);
  const hits: (Hit & { queryTerms: string[] })[] = [];
  for (const r of raw) if (keep(r.id as number)) hits.push({ passage: index.passages[r.id as number], score: r.score, queryTerms: r.queryTerms });
  // Scores are floats from one deterministic computation; ties fall back to corpus order.
  hits.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
  const top = hits.slice(0, limit);
  const matched = new Set(top.flatMap((h) => h.queryTerms));
  return {
    hits: top.map(({ passage, score }) => ({ passage, score })),
    contentTerms,
    matchedTerms: matchedBy(matched),
    entityIds: ids,
  };
}

/**
 * How much of the query the top hits cover: the share of content terms matched, or, for a query
 * of names only, 1 when it named an entity.
 */
export function coverage(r: SearchResult): number {
  return r.contentTerms.length ? r.matchedTerms.length / r.contentTerms.length : r.entityIds.length ? 1 : 0;
}
