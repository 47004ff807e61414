// Scores the summarizer's support check (src/summarize/supported.ts) on test/eval/support.yaml: the share of
// faithful paraphrases it keeps and of unsupported variants it drops. Used by `npm run eval` and the tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Citation } from '../../src/briefing/types.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { buildIndex, type BriefIndex } from '../../src/index/build.ts';
import { knowledgeOf } from '../../src/summarize/knowledge.ts';
import { supported, SUPPORT_THRESHOLD, type Verdict } from '../../src/summarize/supported.ts';

const caseSchema = z.object({
  sentence: z.string(),
  change: z.string().optional(),
  cites: z.array(z.object({ doc: z.string(), quote: z.string() })).min(1),
});
const fileSchema = z.object({
  supported: z.array(caseSchema),
  unsupported: z.array(caseSchema),
  known_limits: z.array(caseSchema).default([]),
});
export type SupportCase = z.infer<typeof caseSchema>;

/** Goals from issue 15: every unsupported variant dropped, at least 90% of faithful paraphrases kept. */
export const KEPT_BAR = 0.9;
export const DROPPED_BAR = 1;

/** The cited excerpts of a case as the summarizer would hand them over: real citations of the corpus. */
export function citationsOf(index: BriefIndex, c: SupportCase): Citation[] {
  return c.cites.map((x, i) => {
    const doc = index.docByPath.get(x.doc);
    if (!doc) throw new Error(`support.yaml: no document ${x.doc}`);
    const at = doc.body.indexOf(x.quote);
    if (at < 0) throw new Error(`support.yaml: quote not verbatim in ${x.doc}: ${x.quote}`);
    const line = doc.bodyStartLine + (doc.body.slice(0, at).match(/\n/g)?.length ?? 0);
    return { n: i + 1, doc: doc.path, title: doc.title, source: doc.source, url: doc.url, published: doc.published, kind: doc.kind, quote: x.quote, line };
  });
}

export interface SupportScore {
  supported: { total: number; kept: number; misses: { c: SupportCase; v: Verdict }[] };
  unsupported: { total: number; dropped: number; misses: SupportCase[] };
  limits: { total: number; dropped: number };
}

export function scoreSupport(index: BriefIndex, file: string): SupportScore {
  const set = fileSchema.parse(parse(readFileSync(file, 'utf8')));
  const k = knowledgeOf(index);
  const check = (c: SupportCase) => {
    const cites = citationsOf(index, c);
    return supported(c.sentence, cites.map((x) => ({ ...x, ...(k.about?.(x) ?? {}) })), k);
  };
  const s = set.supported.map((c) => ({ c, v: check(c) }));
  const u = set.unsupported.map((c) => ({ c, v: check(c) }));
  return {
    supported: { total: s.length, kept: s.filter((x) => x.v.ok).length, misses: s.filter((x) => !x.v.ok) },
    unsupported: { total: u.length, dropped: u.filter((x) => !x.v.ok).length, misses: u.filter((x) => x.v.ok).map((x) => x.c) },
    limits: { total: set.known_limits.length, dropped: set.known_limits.filter((c) => !check(c).ok).length },
  };
}

const pct = (a: number, b: number) => `${b ? ((100 * a) / b).toFixed(1) : '0.0'}%`;

/** Prints the check's accuracy on both halves of the set; sets a failing exit code below the goals. */
export function printSupportEval(corpusDir = resolve('corpus'), file = resolve('test/eval/support.yaml')): void {
  const r = scoreSupport(buildIndex(loadCorpus(corpusDir)), file);
  for (const m of r.supported.misses) console.log(`  [support check] ✗ dropped a faithful paraphrase: ${JSON.stringify(m.c.sentence)} (${m.v.ok ? '' : `${m.v.check}: ${m.v.detail}`})`);
  for (const m of r.unsupported.misses) console.log(`  [support check] ✗ kept an unsupported ${m.change ?? ''} variant: ${JSON.stringify(m.sentence)}`);
  console.log(`eval: support check (threshold ${SUPPORT_THRESHOLD}): supported kept ${r.supported.kept}/${r.supported.total} (${pct(r.supported.kept, r.supported.total)}), unsupported dropped ${r.unsupported.dropped}/${r.unsupported.total} (${pct(r.unsupported.dropped, r.unsupported.total)})`);
  if (r.limits.total) console.log(`eval: support check: known limits (relation swaps) dropped ${r.limits.dropped}/${r.limits.total}, not counted`);
  const ok = r.supported.kept / r.supported.total >= KEPT_BAR && r.unsupported.dropped / r.unsupported.total >= DROPPED_BAR;
  if (!ok) process.exitCode = 1;
}
