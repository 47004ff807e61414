import type { Passage } from '../corpus/types.ts';
import { entityToken, type BriefIndex } from './build.ts';
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

/** BM25 (MiniSearch) with alias expansion: names in the query become entity tokens. */
export function search(index: BriefIndex, query: string, opts: SearchOptions = {}): SearchResult {
  const limit = opts.limit ?? 8;
  const { ids, consumed } = index.entities.resolve(query);
  const qw = words(query);
  const contentTerms = [...new Set(qw.filter((w, i) => !consumed.has(i) && !STOPWORDS.has(w)).map(stem))];
  const queries: object[] = [];
  if (contentTerms.length) {
    queries.push({
      queries: contentTerms,
      fields: ['text'],
      fuzzy: (t: string) => (t.length >= 5 ? 0.2 : false),
      prefix: (t: string) => t.length >= 5,
      combineWith: 'OR',
    });
  }
  if (ids.length) queries.push({ queries: ids.map(entityToken), fields: ['ents'], boost: { ents: 1.5 }, combineWith: 'OR' });
  if (!queries.length) return { hits: [], contentTerms, matchedTerms: [], entityIds: ids };

  const raw = index.mini.search({ queries, combineWith: 'OR' } as never);
  const hits: (Hit & { queryTerms: string[] })[] = [];
  for (const r of raw) {
    const p = index.passages[r.id as number];
    const doc = index.docByPath.get(p.doc)!;
    if (opts.asOf && doc.published && doc.published > opts.asOf) continue;
    if (opts.requireEntities?.length) {
      const have = new Set(index.mentions[p.id].map((m) => m.id));
      if (!opts.requireEntities.every((id) => have.has(id))) continue;
    }
    hits.push({ passage: p, score: r.score, queryTerms: r.queryTerms });
  }
  // Scores are floats from one deterministic computation; ties fall back to corpus order.
  hits.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
  const top = hits.slice(0, limit);
  const matched = new Set(top.flatMap((h) => h.queryTerms));
  return {
    hits: top.map(({ passage, score }) => ({ passage, score })),
    contentTerms,
    matchedTerms: contentTerms.filter((t) => matched.has(t)),
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
