// Scores the question set in questions.yaml against the bundled corpus. Prints the pass rate and
// each failure; exits non-zero below the bar so CI notices a regression.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { answer } from '../../src/briefing/answer.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { buildIndex } from '../../src/index/build.ts';
import { renderText } from '../../src/render/text.ts';

const caseSchema = z.object({
  q: z.string(),
  now: z.string().default('2026-11-24'),
  command: z.string(),
  found: z.boolean().default(true),
  facts: z.array(z.union([z.string(), z.number()]).transform(String)).default([]),
  not: z.array(z.string()).default([]),
  cites: z.array(z.string()).default([]),
  asOf: z.string().optional(),
});

export const PASS_BAR = 0.95;

export function runEval(corpusDir: string, file: string) {
  const cases = z.array(caseSchema).parse(parse(readFileSync(file, 'utf8')));
  const index = buildIndex(loadCorpus(corpusDir));
  const failures: string[] = [];
  for (const c of cases) {
    const a = answer(index, c.q, c.now);
    const text = renderText(a).toLowerCase();
    const problems: string[] = [];
    if (a.command !== c.command) problems.push(`command ${a.command}, expected ${c.command}`);
    if (a.found !== c.found) problems.push(`found ${a.found}, expected ${c.found}`);
    for (const f of c.facts) if (!text.includes(f.toLowerCase())) problems.push(`missing fact “${f}”`);
    for (const f of c.not) if (text.includes(f.toLowerCase())) problems.push(`should not say “${f}”`);
    const docs = new Set(a.citations.map((x) => x.doc));
    for (const d of c.cites) if (!docs.has(d)) problems.push(`does not cite ${d}`);
    if (c.asOf && a.asOf !== c.asOf) problems.push(`asOf ${a.asOf}, expected ${c.asOf}`);
    if (problems.length) failures.push(`✗ ${JSON.stringify(c.q)} (now ${c.now}): ${problems.join('; ')}`);
  }
  return { total: cases.length, failures };
}

const { total, failures } = runEval(resolve('corpus'), resolve('test/eval/questions.yaml'));
for (const f of failures) console.log(f);
const passed = total - failures.length;
console.log(`eval: ${passed}/${total} questions pass (${((100 * passed) / total).toFixed(1)}%)`);
console.log(`eval: ${passed} passed, ${failures.length} failed`);
process.exitCode = passed / total >= PASS_BAR ? 0 : 1;
