// How long a live reload stalls answers: the worker path (LiveIndex.reloadInBackground) on a reload that
// really swaps (one article added to the corpus its serving index was built from), monitored from the
// change to a second after the swap, the first answers on the new index included (they fill its caches).
// The commands were asked of the serving index before, so the reload's worker answers them again (LiveIndex.asked).
// In `npm run bench`; standalone: `node bin/run-ts.js bench/reload.ts [articles=10000] [runs=3]`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { LiveIndex } from '../src/adapters/live-index.ts';
import { answer } from '../src/briefing/answer.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { buildIndex, type BriefIndex } from '../src/index/build.ts';
import { createLogger } from '../src/log.ts';
import { writeSynthetic } from './synth.ts';

export interface ReloadStall {
  swapped: boolean;
  /** Why not, when it did not swap: the errors LiveIndex logged. */
  why: string;
  /** Start of the reload to the new index served. */
  wallMs: number;
  /** Longest event-loop stall from the start of the reload to the swap. */
  reloadStallMs: number;
  /** Each command's first answer on the new index (a stall of that length), in the order asked; `againMs`: the same asked again (the command's own cost, reload or not). */
  firstAnswers: { query: string; ms: number; againMs: number }[];
  /** Longest stall over the whole window: reload, first answers, and a second after them (garbage collection). */
  worstMs: number;
}

const EXTRA = 'zz-bench-reload.md';
let runNo = 0;

/** The serving index the reloads start from: `dir` as it is, without the article the reload adds; warmed by `commands`. */
export function servingIndex(dir: string, commands: string[], now: string): BriefIndex {
  rmSync(join(dir, EXTRA), { force: true });
  const index = buildIndex(loadCorpus(dir));
  for (const q of commands) answer(index, q, now);
  return index;
}

/** Adds one article to `dir`, so that a reload from `start` swaps; the caller removes it with `removeAdded`. */
export function addArticle(dir: string): void {
  writeFileSync(join(dir, EXTRA), `---\ntitle: Bench reload ${++runNo}\npublished: 2026-05-01\nkind: news\n---\nZhou Jingren spoke about Qwen on May 1, 2026 (reload ${runNo}).\n`);
}

export function removeAdded(dir: string): void {
  rmSync(join(dir, EXTRA), { force: true });
}

/** One background reload of `dir` (with an article added) over `start`, then each command once on the new index. */
export async function reloadStall(dir: string, start: BriefIndex, commands: string[], now: string): Promise<ReloadStall> {
  addArticle(dir);
  try {
    // The worker warms the new index's caches with LiveIndex's own warm-up queries, as of the day asked about.
    const errors: string[] = [];
    const log = createLogger('error', new Writable({ write(c, _e, cb) { const { msg, err } = JSON.parse(String(c)) as { msg: string; err?: string }; errors.push(err ? `${msg}: ${err}` : msg); cb(); } }));
    const live = new LiveIndex(dir, log, start, null, { now: () => now });
    // The serving index answered `commands` (servingIndex): through the bot, the live index was told of each.
    for (const q of commands) live.asked(q);
    global.gc?.();
    const whole = monitorEventLoopDelay({ resolution: 5 });
    const reload = monitorEventLoopDelay({ resolution: 5 });
    whole.enable();
    reload.enable();
    const t = performance.now();
    const swapped = await live.reloadInBackground();
    const wallMs = performance.now() - t;
    // The histogram records a stall when its next sample runs: let it run before reading.
    await new Promise((r) => setTimeout(r, 20));
    reload.disable();
    const firstAnswers: { query: string; ms: number; againMs: number }[] = [];
    for (const query of commands) {
      const a = performance.now();
      answer(live.get(), query, now);
      firstAnswers.push({ query, ms: performance.now() - a, againMs: 0 });
      await new Promise((r) => setTimeout(r, 10));
    }
    await new Promise((r) => setTimeout(r, 1000));
    whole.disable();
    for (const f of firstAnswers) {
      const a = performance.now();
      answer(live.get(), f.query, now);
      f.againMs = performance.now() - a;
    }
    return { swapped, why: errors.join('; '), wallMs, reloadStallMs: reload.max / 1e6, firstAnswers, worstMs: whole.max / 1e6 };
  } finally {
    removeAdded(dir);
  }
}

export function reloadLine(r: ReloadStall): string {
  const first = r.firstAnswers.reduce((a, b) => (b.ms > a.ms ? b : a), { query: '-', ms: 0, againMs: 0 });
  return `worker path ${r.wallMs.toFixed(0)} ms wall${r.swapped ? '' : ` (DID NOT SWAP: ${r.why || 'same version'})`}, longest event-loop stall ${r.reloadStallMs.toFixed(1)} ms until the swap · first answers on the new index: longest ${first.ms.toFixed(1)} ms (${first.query}; asked again ${first.againMs.toFixed(1)} ms) · worst stall over the whole reload ${r.worstMs.toFixed(1)} ms`;
}

if (process.argv[1]?.endsWith('bench/reload.ts')) {
  const n = Number(process.argv[2] ?? 10000);
  const runs = Number(process.argv[3] ?? 3);
  const root = resolve(import.meta.dirname, '..');
  const commands = ['who-leads', 'changes since 2026-03-01', 'who Eddie Wu', 'timeline', 'sources Zhou Hao', 'what did zhou hao do at deepmind', 'who is the CFO?', 'help'];
  const now = '2026-11-24';
  const tmp = mkdtempSync(join(tmpdir(), 'qwen-bench-reload-'));
  try {
    const dir = join(tmp, `n${n}`);
    writeSynthetic(dir, n, 42 + n, join(root, 'corpus'));
    const start = servingIndex(dir, commands, now);
    for (let i = 0; i < runs; i++) {
      const r = await reloadStall(dir, start, commands, now);
      console.log(`${n} articles, run ${i + 1}: ${reloadLine(r)}`);
      console.log(`  first answers (asked again): ${r.firstAnswers.map((a) => `${a.query} ${a.ms.toFixed(0)} (${a.againMs.toFixed(0)})`).join(' · ')}`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
