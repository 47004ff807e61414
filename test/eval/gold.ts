// Scores a question set in the JSON-lines gold format (id, query, now, must_mention with "a|b"
// alternatives, must_not_mention, must_cite) exactly as the project's external scorer does: a
// must_mention alternative found in the answer text or its quotes (or their titles); at least one
// must_cite document among those whose text holds a cited quote; no must_not_mention in the text;
// every quote verbatim in its document.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answer } from '../../src/briefing/answer.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { buildIndex } from '../../src/index/build.ts';
import { toJson } from '../../src/render/json.ts';

interface Gold {
  id: string;
  query: string;
  now?: string;
  must_mention?: string[];
  must_not_mention?: string[];
  must_cite?: string[];
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function scoreGold(corpusDir: string, goldFile: string): { total: number; failures: string[]; quotes: number; verbatim: number } {
  const gold: Gold[] = readFileSync(goldFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const sources = readdirSync(corpusDir).map((f) => ({ name: f, text: norm(readFileSync(join(corpusDir, f), 'utf8')) }));
  const index = buildIndex(loadCorpus(corpusDir));
  const failures: string[] = [];
  let quotes = 0;
  let verbatim = 0;
  for (const q of gold) {
    const a = answer(index, q.query, q.now ?? '2026-11-24');
    const text = String(toJson(a).text);
    const why: string[] = [];
    const cited = new Set<string>();
    for (const c of a.citations) {
      quotes++;
      const nq = norm(c.quote);
      const hits = nq.length >= 8 ? sources.filter((s) => s.text.includes(nq)) : [];
      if (hits.some((h) => h.name === c.doc)) verbatim++;
      else why.push(`quote not verbatim in ${c.doc}`);
      for (const h of hits) cited.add(h.name);
    }
    const seen = norm(`${text} ${a.citations.map((c) => `${c.quote} ${c.title}`).join(' ')}`);
    for (const m of q.must_mention ?? []) if (!m.split('|').some((alt) => seen.includes(norm(alt)))) why.push(`missing "${m.slice(0, 50)}"`);
    for (const m of q.must_not_mention ?? []) if (norm(text).includes(norm(m))) why.push(`mentions "${m}"`);
    if (q.must_cite?.length && !q.must_cite.some((f) => cited.has(f))) why.push(`cites none of ${q.must_cite.join(', ')}`);
    if (why.length) failures.push(`✗ ${q.id} ${JSON.stringify(q.query)}: ${why.slice(0, 3).join('; ')}`);
  }
  return { total: gold.length, failures, quotes, verbatim };
}
