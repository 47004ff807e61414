// Faults: platforms and the model failing, the state DB locked or unusable, SIGTERM mid-digest.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack, type RunningSlack } from '../src/adapters/slack/app.ts';
import { loadConfig } from '../src/config.ts';
import { runDigest } from '../src/digest/run.ts';
import { targetsFromConfig } from '../src/digest/targets.ts';
import { openState } from '../src/state/db.ts';
import { loadPrompts } from '../src/summarize/prompts.ts';
import { Summarizer } from '../src/summarize/summarizer.ts';
import { startFakeOpenAI } from './fakes/openai.ts';
import { postSigned, slashBody, startFakeSlack, type FakeSlack } from './fakes/slack.ts';
import { ask, NOW, seedIndex, capturedLog } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SECRET = 'fault-secret';
const { log, lines: logLines } = capturedLog();

let fake: FakeSlack;
let bot: RunningSlack;
beforeAll(async () => {
  fake = await startFakeSlack();
  bot = await startSlack({
    getIndex: seedIndex, now: () => NOW, log,
    config: { SLACK_BOT_TOKEN: 'xoxb-f', SLACK_SIGNING_SECRET: SECRET, SLACK_APP_TOKEN: undefined, SLACK_RESPONSE_TYPE: 'ephemeral', SLACK_API_URL: fake.apiUrl, PORT: 0 },
    retries: 0, version: 'test',
  });
});
afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

const events = () => `http://127.0.0.1:${bot.port}/slack/events`;
const mention = (id: string, channel: string, text = '<@UBOT> who-leads') => JSON.stringify({
  token: 'x', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: id, event_time: 1,
  event: { type: 'app_mention', user: 'U1', text, ts: `17000${id.length}.${Date.now()}`, channel, event_ts: '1' },
});

describe('platform faults (Slack)', () => {
  it('acks at once while Slack is slow to take the answer, and the answer still arrives', async () => {
    fake.faults.set('/respond/slow-1', [{ delayMs: 2500 }]);
    const t = Date.now();
    const res = await postSigned(events(), SECRET, slashBody(fake, 'who-leads', 'slow-1'), 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    expect(Date.now() - t).toBeLessThan(1500);
    const answer = await fake.waitFor((c) => c.path === '/respond/slow-1', 6000);
    expect(String(answer.body.text)).toContain('Zhou Jingren');
  });

  it('a 500 and a dropped connection from chat.postMessage are logged with a reference id; the next mention is answered', async () => {
    fake.faults.set('chat.postMessage', [{ status: 500 }, { status: 500 }, { drop: true }]);
    await postSigned(events(), SECRET, mention('EvF1', 'CF1'), 'application/json');
    await new Promise((r) => setTimeout(r, 800));
    expect(logLines.some((l) => l.includes('slack:app_mention') && /"ref":"[0-9a-f]{8}"/.test(l))).toBe(true);
    await postSigned(events(), SECRET, mention('EvF2', 'CF2'), 'application/json');
    const ok = await fake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'CF2');
    expect(String(ok.body.text)).toContain('Zhou Jingren');
  });
});

describe('model faults', () => {
  it('a 429 from the model falls back at once with the reason', async () => {
    const llm = await startFakeOpenAI();
    try {
      llm.script.push(() => ({ status: 429 }));
      const s = new Summarizer({ baseURL: llm.baseURL, model: 'm', timeoutMs: 3000, concurrency: 1, prompts: loadPrompts(join(ROOT, 'prompts')), log });
      const det = ask('who-leads');
      expect(await s.summarize(det, 'v')).toEqual({ status: 'fallback:rate-limited', answer: det });
    } finally {
      await llm.close();
    }
  });
});

describe('state database faults', () => {
  it('a locked state DB posts nothing (no exactly-once promise possible), then posts once when free', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'qwen-lock-')), 'state.db');
    const config = loadConfig({ SLACK_BOT_TOKEN: 'x', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: fake.apiUrl, DIGEST_SLACK_CHANNELS: 'CLOCK' });
    const targets = targetsFromConfig(config, log, { retries: 0 });
    const state = openState(path, 200);
    const locker = new Database(path);
    locker.exec('BEGIN EXCLUSIVE');
    const r1 = await runDigest({ index: seedIndex(), state, targets, now: NOW, nowMs: 1, empty: 'skip', log });
    expect(r1[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('state:') });
    expect(fake.calls.filter((c) => c.body.channel === 'CLOCK')).toHaveLength(0);
    locker.exec('ROLLBACK');
    locker.close();
    const r2 = await runDigest({ index: seedIndex(), state, targets, now: NOW, nowMs: 2, empty: 'skip', log });
    expect(r2[0].status).toBe('posted');
    expect(fake.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'CLOCK')).toHaveLength(1);
    state.close();
  });

  it('an unusable STATE_PATH leaves the bot answering, with the reason in the log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qwen-badstate-'));
    writeFileSync(join(dir, 'file'), 'not a directory');
    const child = spawn(process.execPath, ['bin/qwen-brief.js', 'start', '--now', NOW], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, STATE_PATH: join(dir, 'file', 'state.db'), OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', CORPUS_WATCH: 'false' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.stdin.end('who-leads\n');
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(0);
    expect(out).toContain('Zhou Jingren');
    expect(err).toContain('state database unavailable');
  });
});

describe('SIGTERM during a chat answer', () => {
  it('stops accepting, lets the answer in flight reach Slack, then exits 0', async () => {
    const port = await new Promise<number>((r) => {
      const srv = createServer().listen(0, '127.0.0.1', () => {
        const p = (srv.address() as AddressInfo).port;
        srv.close(() => r(p));
      });
    });
    const child = spawn(process.execPath, ['bin/qwen-brief.js', 'start', '--now', NOW], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, SLACK_BOT_TOKEN: 'xoxb-sig2', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(port), CORPUS_WATCH: 'false' },
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<{ code: number | null; at: number }>((r) => child.on('exit', (code) => r({ code, at: Date.now() })));
    const deadline = Date.now() + 15_000;
    while (!err.includes('slack: started') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    fake.faults.set('/respond/sig-answer', [{ delayMs: 1200 }]);
    const res = await postSigned(`http://127.0.0.1:${port}/slack/events`, SECRET, slashBody(fake, 'who-leads', 'sig-answer'), 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    while (!fake.started.includes('/respond/sig-answer') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    const sigtermAt = Date.now();
    child.kill('SIGTERM');
    const exit = await exited;
    expect(exit.code).toBe(0);
    // Slack held the answer for 1.2 s after it arrived: a process that did not wait would be gone long before.
    expect(exit.at - sigtermAt).toBeGreaterThan(900);
    const answered = await fake.waitFor((c) => c.path === '/respond/sig-answer', 5000);
    expect(String(answered.body.text)).toContain('Zhou Jingren');
    // New requests are refused once it is down.
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    expect(err).toContain('"shutting down"');
  });
});

describe('SIGTERM during a digest', () => {
  it('finishes the post in flight, records it, and exits cleanly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qwen-sigterm-'));
    const statePath = join(dir, 'state.db');
    fake.faults.set('chat.postMessage', [{ delayMs: 1500 }]);
    const startedBefore = fake.started.length;
    const child = spawn(process.execPath, ['bin/qwen-brief.js', 'start', '--now', NOW], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH, SLACK_BOT_TOKEN: 'xoxb-sig', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: fake.apiUrl, PORT: '0',
        DIGEST_SLACK_CHANNELS: 'CSIG,CSIG2', DIGEST_CRON: '* * * * * *', STATE_PATH: statePath, CORPUS_WATCH: 'false', LOG_LEVEL: 'info',
      },
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    const deadline = Date.now() + 15_000;
    while (!fake.started.slice(startedBefore).includes('/api/chat.postMessage') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const posts = fake.calls.filter((c) => c.path === '/api/chat.postMessage' && String(c.body.channel).startsWith('CSIG'));
    // The post in flight completed; the second channel was not started after the signal.
    expect(posts.map((p) => p.body.channel)).toEqual(['CSIG']);
    expect(err.indexOf('"shutting down"')).toBeGreaterThan(-1);
    expect(err.indexOf('"digest: posted"')).toBeGreaterThan(err.indexOf('"shutting down"'));
    const db = openState(statePath);
    expect(db.digests().map((d) => [d.channel, d.status])).toEqual([['slack:CSIG', 'posted']]);
    db.close();
  });
});
