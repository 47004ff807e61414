// How long a live reload stalls the main thread, in server mode (serve/worker-service.ts): a new serving
// worker loads and warms the corpus with one article added, the main thread swaps which worker answers,
// and the first answers on the new index go through it. The main thread's event loop is monitored from the
// change to a second after those answers (its garbage collection included); each answer's latency, as the
// adapters see it (a round trip to the worker), is reported too.
// The commands were asked of the serving worker before, so the reload's worker answers them again (asked()).
// In `npm run bench`; standalone: `node bin/run-ts.js bench/reload.ts [articles=10000] [runs=3]`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createLogger } from '../src/log.ts';
import { WorkerService } from '../src/serve/worker-service.ts';
import { writeSynthetic } from './synth.ts';

export interface ReloadStall {
  swapped: boolean;
  /** Why not, when it did not swap: the errors logged. */
  why: string;
  /** Start of the reload to the new worker answering. */
  wallMs: number;
  /** Longest main-thread event-loop stall from the start of the reload to the swap. */
  reloadStallMs: number;
  /** Each command's first answer on the new index (latency of the round trip), in the order asked; `againMs`: the same asked again. */
  firstAnswers: { query: string; ms: number; againMs: number }[];
  /** Longest main-thread stall over the whole window: reload, first answers, and a second after them (garbage collection). */
  worstMs: number;
  /** Main-thread heap in use after the swap (MiB): what this thread holds while it serves. */
  heapMiB: number;
}

const EXTRA = 'zz-bench-reload.md';
let runNo = 0;

/** The serving worker the reloads start from: `dir` as it is, without the article the reload adds; `commands` asked of it. */
export async function servingWorker(dir: string, commands: string[], now: string): Promise<{ service: WorkerService; errors: string[] }> {
  rmSync(join(dir, EXTRA), { force: true });
  const errors: string[] = [];
  const log = createLogger('error', new Writable({ write(c, _e, cb) { const { msg, err } = JSON.parse(String(c)) as { msg: string; err?: string }; errors.push(err ? `${msg}: ${err}` : msg); cb(); } }));
  const service = await WorkerService.start({ dir, log, warmUp: { now: () => now } });
  // Through the bot, each answered question is told to the service (asked): the next reload answers it again.
  for (const q of commands) {
    await service.answer(q, now);
    service.asked(q);
  }
  return { service, errors };
}

/** Adds one article to `dir`, so that a reload swaps; the caller removes it with `removeAdded`. */
export function addArticle(dir: string): void {
  writeFileSync(join(dir, EXTRA), `---\ntitle: Bench reload ${++runNo}\npublished: 2026-05-01\nkind: news\n---\nZhou Jingren spoke about Qwen on May 1, 2026 (reload ${runNo}).\n`);
}

export function removeAdded(dir: string): void {
  rmSync(join(dir, EXTRA), { force: true });
}

/** One reload of `dir` (with an article added) in server mode, then each command once on the new index. */
export async function reloadStall(dir: string, s: { service: WorkerService; errors: string[] }, commands: string[], now: string): Promise<ReloadStall> {
  addArticle(dir);
  try {
    s.errors.length = 0;
    global.gc?.();
    const whole = monitorEventLoopDelay({ resolution: 5 });
    const reload = monitorEventLoopDelay({ resolution: 5 });
    whole.enable();
    reload.enable();
    const t = performance.now();
    const swapped = await s.service.live.reloadInBackground();
    const wallMs = performance.now() - t;
    // The histogram records a stall when its next sample runs: let it run before reading.
    await new Promise((r) => setTimeout(r, 20));
    reload.disable();
    const firstAnswers: { query: string; ms: number; againMs: number }[] = [];
    for (const query of commands) {
      const a = performance.now();
      await s.service.answer(query, now);
      firstAnswers.push({ query, ms: performance.now() - a, againMs: 0 });
      await new Promise((r) => setTimeout(r, 10));
    }
    await new Promise((r) => setTimeout(r, 1000));
    whole.disable();
    for (const f of firstAnswers) {
      const a = performance.now();
      await s.service.answer(f.query, now);
      f.againMs = performance.now() - a;
    }
    const heapMiB = process.memoryUsage().heapUsed / 2 ** 20;
    return { swapped, why: s.errors.join('; '), wallMs, reloadStallMs: reload.max / 1e6, firstAnswers, worstMs: whole.max / 1e6, heapMiB };
  } finally {
    removeAdded(dir);
  }
}

export function reloadLine(r: ReloadStall): string {
  const first = r.firstAnswers.reduce((a, b) => (b.ms > a.ms ? b : a), { query: '-', ms: 0, againMs: 0 });
  return `serving worker ${r.wallMs.toFixed(0)} ms wall${r.swapped ? '' : ` (DID NOT SWAP: ${r.why || 'same version'})`}, longest main-thread stall ${r.reloadStallMs.toFixed(1)} ms until the swap · first answers on the new index (round trip): longest ${first.ms.toFixed(1)} ms (${first.query}; asked again ${first.againMs.toFixed(1)} ms) · worst main-thread stall over the whole reload ${r.worstMs.toFixed(1)} ms · main heap ${r.heapMiB.toFixed(0)} MiB`;
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
    const start = await servingWorker(dir, commands, now);
    for (let i = 0; i < runs; i++) {
      const r = await reloadStall(dir, start, commands, now);
      console.log(`${n} articles, run ${i + 1}: ${reloadLine(r)}`);
      console.log(`  first answers (asked again): ${r.firstAnswers.map((a) => `${a.query} ${a.ms.toFixed(0)} (${a.againMs.toFixed(0)})`).join(' · ')}`);
    }
    start.service.close();
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
