// Scale-out: N signed /qwen commands sent at the same instant to real bot processes (bin/qwen-brief.js start
// --only slack), each followed at once by its retry (x-slack-retry-num: 1), as Slack sends one when the first
// delivery is slow. Two replicas sharing a throwaway PostgreSQL (test/pg.ts), the commands and their retries
// spread over both (a retry always to the other replica), next to one replica on SQLite taking everything, in
// the same run. Every user distinct (the rate limit is on, at its defaults, and refuses no one); loopback only,
// bounded in count and time. Standalone: `node bin/run-ts.js bench/replicas.ts [N]`; also part of `npm run bench`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { postSigned, slashBody, startFakeSlack, type FakeSlack } from '../test/fakes/slack.ts';
import { PG_BIN, startTestPostgres } from '../test/pg.ts';
import { freePort } from '../test/ports.ts';
import type { LoadResult } from './load.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SECRET = 'bench-replicas';
const QUERIES = ['who-leads', 'timeline', 'changes since March 2026', 'who Eddie Wu', 'sources', 'what did zhou hao do at deepmind'];
const pct = (s: number[], p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];

/** A load result (bench/load.ts) for one set-up of replicas. */
export interface ReplicaLoadResult extends LoadResult {
  label: string;
  replicas: number;
}

async function startBot(fake: FakeSlack, env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/qwen-brief.js', 'start', '--only', 'slack', '--now', '2026-11-24'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(port), CORPUS_WATCH: 'false', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  // LOG_LEVEL=warn: readiness is the port answering /healthz.
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`bot exited: ${err.slice(-500)}`);
    if (Date.now() > deadline) throw new Error(`bot did not start: ${err.slice(-500)}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
    if (ok) return { child, port };
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stopBot(b: { child: ChildProcess }): Promise<void> {
  if (b.child.exitCode !== null) return;
  const exited = new Promise((r) => b.child.once('exit', r));
  b.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  if (b.child.exitCode === null) b.child.kill('SIGKILL');
}

/** N commands and their N retries at once against `ports` (command i to ports[i % k], its retry to the next one). */
async function fire(label: string, fake: FakeSlack, ports: number[], n: number, tag: string): Promise<ReplicaLoadResult> {
  const url = (i: number) => `http://127.0.0.1:${ports[i % ports.length]}/slack/events`;
  const times: number[] = [];
  let errors = 0;
  const send = async (i: number, port: number, retryNum?: number) => {
    const t = process.hrtime.bigint();
    try {
      const body = slashBody(fake, QUERIES[i % QUERIES.length], `${tag}-${i}`, { user_id: `U${tag}${i}` });
      const res = await postSigned(url(port), SECRET, body, 'application/x-www-form-urlencoded', retryNum === undefined ? {} : { retryNum });
      await res.arrayBuffer();
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      if (res.status !== 200) errors++;
    } catch {
      errors++;
    }
  };
  await Promise.all(Array.from({ length: n }, (_, i) => [send(i, i), send(i, i + 1, 1)]).flat());
  const answered = () => new Set(fake.calls.filter((c) => c.path.startsWith(`/respond/${tag}-`)).map((c) => c.path)).size >= n;
  const deadline = Date.now() + 60_000;
  while (!answered() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 1000)); // let any duplicate arrive
  const counts = new Map<string, number>();
  for (const c of fake.calls) if (c.path.startsWith(`/respond/${tag}-`)) counts.set(c.path, (counts.get(c.path) ?? 0) + 1);
  const per = Array.from({ length: n }, (_, i) => counts.get(`/respond/${tag}-${i}`) ?? 0);
  const s = times.sort((a, b) => a - b);
  return {
    label, replicas: ports.length, n, p50: pct(s, 0.5), p99: pct(s, 0.99), max: s.at(-1) ?? NaN, errors,
    once: per.filter((c) => c === 1).length, twice: per.filter((c) => c > 1).length, lost: per.filter((c) => c === 0).length,
  };
}

/** One replica on SQLite, then two on PostgreSQL (when installed), each under the same load. */
export async function replicaBench(n: number): Promise<{ results: ReplicaLoadResult[]; skipped: string | null }> {
  const fake = await startFakeSlack();
  const results: ReplicaLoadResult[] = [];
  try {
    const one = await startBot(fake, { STATE_PATH: join(mkdtempSync(join(tmpdir(), 'qwen-bench-')), 'state.db') });
    try {
      results.push(await fire('1 replica, SQLite', fake, [one.port], n, 'sq'));
    } finally {
      await stopBot(one);
    }
    if (!PG_BIN) return { results, skipped: 'PostgreSQL not installed (apt-get install postgresql)' };
    const pg = await startTestPostgres();
    try {
      const url = await pg.createDatabase('bench');
      const bots = [await startBot(fake, { DATABASE_URL: url }), await startBot(fake, { DATABASE_URL: url })];
      try {
        results.push(await fire('2 replicas, PostgreSQL', fake, bots.map((b) => b.port), n, 'pg'));
      } finally {
        await Promise.all(bots.map(stopBot));
      }
    } finally {
      await pg.destroy();
    }
    return { results, skipped: null };
  } finally {
    await fake.close();
  }
}

export function replicaLine(r: ReplicaLoadResult): string {
  return `${r.label}: ${r.n} commands + ${r.n} retries at once · ack p50 ${r.p50.toFixed(1)} ms · p99 ${r.p99.toFixed(1)} ms · max ${r.max.toFixed(1)} ms · errors ${r.errors} · answered once ${r.once}/${r.n}, twice ${r.twice}, lost ${r.lost}`;
}

if (process.argv[1]?.endsWith('bench/replicas.ts')) {
  const n = Number(process.argv[2] ?? 500);
  const { results, skipped } = await replicaBench(n);
  for (const r of results) console.log(replicaLine(r));
  if (skipped) console.log(`2 replicas, PostgreSQL: skipped — ${skipped}`);
}
