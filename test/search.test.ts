import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import { buildIndex, entityToken, type BriefIndex } from '../src/index/build.ts';
import { FUZZY, PREFIX, search } from '../src/index/search.ts';
import { topBM25 } from '../src/index/bm25.ts';
import { sameThing } from '../src/index/lexicon.ts';
import { STOPWORDS, stem, words } from '../src/index/normalize.ts';
import { seedIndex } from './helpers.ts';

/** What search() returned when it let MiniSearch score and sort every matching passage. */
function miniSearchTop(index: BriefIndex, query: string, limit: number, asOf: string | null) {
  const { ids, consumed } = index.entities.resolve(query);
  const content = [...new Set(words(query).filter((w, i) => !consumed.has(i) && !STOPWORDS.has(w)).map(stem))];
  const queries: object[] = [];
  if (content.length) queries.push({ queries: content, fields: ['text'], fuzzy: FUZZY, prefix: PREFIX, combineWith: 'OR' });
  // Other words for the same news ("employees" → "staff", "workforce"), weighted lower.
  const also = [...new Set(content.flatMap(sameThing))].filter((t) => !content.includes(t));
  if (also.length) queries.push({ queries: also, fields: ['text'], boost: { text: 0.6 }, combineWith: 'OR' });
  if (ids.length) queries.push({ queries: ids.map(entityToken), fields: ['ents'], boost: { ents: 1.5 }, combineWith: 'OR' });
  if (!queries.length) return { hits: [], matched: [] };
  const all = index.mini
    .search({ queries, combineWith: 'OR' } as never)
    .filter((r) => {
      const published = index.docByPath.get(index.passages[r.id as number].doc)!.published;
      return !asOf || !published || published <= asOf;
    })
    .sort((a, b) => b.score - a.score || (a.id as number) - (b.id as number))
    .slice(0, limit);
  const matched = new Set(all.flatMap((r) => r.queryTerms));
  return { hits: all.map((r) => [r.id as number, r.score]), matched: content.filter((t) => matched.has(t) || sameThing(t).some((x) => matched.has(x))) };
}

const QUERIES = [
  'what did zhou hao do at deepmind',
  'why did Lin Junyang resign',
  'who leads qwen now',
  'open source models monetization strategy',
  'monetizable', // a prefix of nothing, near other spellings
  'resignatoin of the technical lead', // a typo
  'Sam Altman board seat returned',
  'how many employees signed the letter',
  'machinists strike vote',
  'job cuts and funding', // other words for the same news, at a lower weight
  'the the of', // stopwords only
];

describe('search keeps MiniSearch’s ranking', () => {
  const corpora: [string, () => BriefIndex][] = [
    ['seed', seedIndex],
    ['openai-2023', () => buildIndex(loadCorpus(resolve(import.meta.dirname, 'fixtures/corpora/openai-2023')))],
    ['boeing-2024', () => buildIndex(loadCorpus(resolve(import.meta.dirname, 'fixtures/corpora/boeing-2024')))],
  ];
  for (const [name, load] of corpora) {
    it(`same hits, same scores, same matched terms (${name})`, () => {
      const index = load();
      // The fast path reads this MiniSearch (else search() falls back to MiniSearch and this test proves nothing).
      expect(topBM25(index.mini, [{ terms: ['board'], field: 'text' }], 3, () => true)).not.toBeNull();
      for (const q of QUERIES) {
        for (const [limit, asOf] of [[8, null], [300, null], [50, '2023-11-20'], [5, '2026-03-05']] as const) {
          const want = miniSearchTop(index, q, limit, asOf);
          const got = search(index, q, { limit, asOf });
          expect(got.hits.map((h) => [h.passage.id, h.score]), `${q} (limit ${limit}, as of ${asOf})`).toEqual(want.hits);
          expect(got.matchedTerms, q).toEqual(want.matched);
        }
      }
    });
  }

  it('requireEntities keeps only passages naming all of them', () => {
    const index = seedIndex();
    const zhou = index.entities.resolveName('Zhou Hao')!.id;
    const r = search(index, 'zhou hao deepmind research', { limit: 100, requireEntities: [zhou] });
    expect(r.hits.length).toBeGreaterThan(0);
    for (const h of r.hits) expect(index.mentions[h.passage.id].some((m) => m.id === zhou)).toBe(true);
  });
});
