// `npm run bench`: one report of the figures. Not a test: nothing here passes or fails; ratios are
// against baselines measured in the same run, because the machines are shared and noisy.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import MiniSearch from 'minisearch';
import { answer } from '../src/briefing/answer.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { buildIndex, type BriefIndex } from '../src/index/build.ts';
import { terms, words } from '../src/index/normalize.ts';
import { FUZZY, PREFIX } from '../src/index/search.ts';
import { writeSynthetic } from './synth.ts';
import { createLogger } from '../src/log.ts';
import { liveLocal } from '../src/serve/local-live.ts';
import { slackAckBench } from './slack-ack.ts';
import { discordLoad, loadLine, slackLoad } from './load.ts';
import { replicaBench, replicaLine } from './replicas.ts';
import { addArticle, reloadLine, reloadStall, removeAdded, servingWorker } from './reload.ts';

const NOW = '2026-11-24';
const ROOT = resolve(import.meta.dirname, '..');
const COMMANDS = ['who-leads', 'changes since 2026-03-01', 'who Eddie Wu', 'timeline', 'sources Zhou Hao', 'what did zhou hao do at deepmind', 'who is the CFO?', 'help'];
const ASK = 'what did zhou hao do at deepmind';

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

function time(fn: () => void, iterations: number): number[] {
  for (let i = 0; i < Math.min(20, iterations); i++) fn(); // warm up
  const out: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}

/**
 * The baseline: a plain MiniSearch over the same sentences, queried with the options search() uses for
 * each word: a name it resolves (Zhou Hao, DeepMind) is matched exactly, as search() matches its one
 * entity token; other words of five letters or more also by prefix and fuzzy 0.2 (FUZZY, PREFIX).
 */
function rawMiniSearch(index: BriefIndex) {
  const ms = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  ms.addAll(index.passages.map((p) => ({ id: p.id, text: p.text })));
  const { consumed } = index.entities.resolve(ASK);
  const ws = words(ASK);
  const names = terms(ws.filter((_, i) => consumed.has(i)).join(' '));
  const others = terms(ws.filter((_, i) => !consumed.has(i)).join(' '));
  const queries: object[] = [];
  if (names.length) queries.push({ queries: names, combineWith: 'OR' });
  if (others.length) queries.push({ queries: others, fuzzy: FUZZY, prefix: PREFIX, combineWith: 'OR' });
  return () => ms.search({ queries, combineWith: 'OR' } as never);
}

const rows: string[] = [];
const fmt = (n: number) => n.toFixed(2);

function benchCorpus(label: string, dir: string, iterations: number) {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  const corpus = loadCorpus(dir);
  const t1 = process.hrtime.bigint();
  const index = buildIndex(corpus);
  const t2 = process.hrtime.bigint();
  answer(index, 'who-leads', NOW); // fills the per-index caches, part of a real start-up
  const t3 = process.hrtime.bigint();
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  console.log(`\n## ${label}: ${index.docs.length} articles, ${index.passages.length} passages`);
  console.log(`load ${fmt(Number(t1 - t0) / 1e6)} ms · index build ${fmt(Number(t2 - t1) / 1e6)} ms · first who-leads (fills caches) ${fmt(Number(t3 - t2) / 1e6)} ms · heap +${heapMb.toFixed(1)} MiB`);
  const raw = rawMiniSearch(index);
  const rawTimes = time(raw, iterations);
  const rawP50 = pct(rawTimes, 50);
  console.log(`raw MiniSearch query (baseline): p50 ${fmt(rawP50)} ms · p99 ${fmt(pct(rawTimes, 99))} ms`);
  console.log('| command | p50 ms | p99 ms | p50 ÷ raw MiniSearch p50 |');
  console.log('| --- | --- | --- | --- |');
  for (const q of COMMANDS) {
    const ts = time(() => answer(index, q, NOW), iterations);
    const line = `| ${q} | ${fmt(pct(ts, 50))} | ${fmt(pct(ts, 99))} | ${(pct(ts, 50) / rawP50).toFixed(2)}x |`;
    console.log(line);
    rows.push(`${label} ${line}`);
  }
}

/**
 * How long a live reload blocks answers: the whole load + build on the main thread (the in-process live
 * index: the console), vs server mode (bench/reload.ts: a new serving worker, the swap, the first answers).
 */
async function reloadBench(dir: string) {
  removeAdded(dir);
  const live = liveLocal(dir, createLogger('silent'));
  addArticle(dir);
  const t = process.hrtime.bigint();
  const swapped = await live.reloadInBackground();
  const sync = Number(process.hrtime.bigint() - t) / 1e6;
  removeAdded(dir);
  live.close();
  console.log(`live reload on the main thread: blocks ${fmt(sync)} ms${swapped ? '' : ' (DID NOT SWAP)'}`);
  const s = await servingWorker(dir, COMMANDS, NOW);
  try {
    console.log(`live reload, ${reloadLine(await reloadStall(dir, s, COMMANDS, NOW))}`);
  } finally {
    s.service.close();
  }
}

/** Start-up with the persisted index (INDEX_CACHE_DIR): the first start builds and writes it, the next one reads it. */
function persistedStart(dir: string) {
  const cache = mkdtempSync(join(tmpdir(), 'qwen-bench-cache-'));
  try {
    const t1 = process.hrtime.bigint();
    liveLocal(dir, createLogger('silent'), undefined, cache);
    const first = Number(process.hrtime.bigint() - t1) / 1e6;
    const t2 = process.hrtime.bigint();
    liveLocal(dir, createLogger('silent'), undefined, cache);
    const second = Number(process.hrtime.bigint() - t2) / 1e6;
    console.log(`start-up index: built and persisted ${fmt(first)} ms · from the persisted index ${fmt(second)} ms (${(second / first).toFixed(2)}x)`);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

function coldStart(runs: number) {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/qwen-brief.js'), 'query', 'who-leads', '--now', NOW], { cwd: ROOT, encoding: 'utf8' });
    ts.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (!r.stdout.includes('Zhou Jingren')) throw new Error(`cold start answered wrongly: ${r.stderr}`);
  }
  const base: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    base.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  console.log(`\n## Cold start: \`qwen-brief query who-leads\` process start to answer`);
  console.log(`median ${fmt(pct(ts, 50))} ms, max ${fmt(Math.max(...ts))} ms over ${runs} runs (bare \`node -e 0\`: ${fmt(pct(base, 50))} ms → ${(pct(ts, 50) / pct(base, 50)).toFixed(1)}x)`);
}

console.log(`# qwen-brief benchmark — ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
benchCorpus('seed corpus', join(ROOT, 'corpus'), 500);
const tmp = mkdtempSync(join(tmpdir(), 'qwen-bench-'));
try {
  for (const n of [1000, 10000]) {
    const dir = join(tmp, `n${n}`);
    writeSynthetic(dir, n, 42 + n, join(ROOT, 'corpus'));
    benchCorpus(`synthetic ${n}`, dir, n >= 10000 ? 100 : 200);
    await reloadBench(dir);
    persistedStart(dir);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
coldStart(5);
{
  const index = buildIndex(loadCorpus(join(ROOT, 'corpus')));
  const r = await slackAckBench(index, 1000, 4);
  console.log(`\n## Slack: 1,000 signed /qwen commands over loopback (4 at a time, real Bolt, fake Slack)`);
  console.log(`ack latency p50 ${fmt(r.p50)} ms · p99 ${fmt(r.p99)} ms · max ${fmt(r.max)} ms · non-200: ${r.errors} · answered once each: ${r.answered}/1000 (Slack's limit: 3,000 ms)`);
}
{
  const index = buildIndex(loadCorpus(join(ROOT, 'corpus')));
  console.log(`\n## Load: 500 at once, loopback, real Bolt / real discord.js against the fakes`);
  console.log(loadLine('Slack /qwen ack', await slackLoad(index, 500), "Slack's limit 3,000 ms"));
  console.log(loadLine('Discord mention → reply', await discordLoad(index, 500), 'one channel: discord.js queues each route'));
  console.log(`\n## Scale-out: 500 /qwen commands and their 500 retries at once, real bot processes, fake Slack (Slack's limit 3,000 ms)`);
  const replicas = await replicaBench(500);
  for (const r of replicas.results) console.log(replicaLine(r));
  if (replicas.skipped) console.log(`2 replicas, PostgreSQL: skipped — ${replicas.skipped}`);
  global.gc?.();
  console.log(`\n## Memory: rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB at the end of the run`);
}
