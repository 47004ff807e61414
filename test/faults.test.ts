// Faults: platforms and the model failing, the state DB locked or unusable, SIGTERM mid-digest.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack, type RunningSlack } from '../src/adapters/slack/app.ts';
import { SLACK_TIMEOUT_MS } from '../src/adapters/slack/client-options.ts';
import { loadConfig } from '../src/config.ts';
import { runDigest } from '../src/digest/run.ts';
import { targetsFromConfig } from '../src/digest/targets.ts';
import { openState } from '../src/state/db.ts';
import { loadPrompts } from '../src/summarize/prompts.ts';
import { Summarizer } from '../src/summarize/summarizer.ts';
import { startFakeOpenAI } from './fakes/openai.ts';
import { freePort } from './ports.ts';
import { postSigned, slashBody, startFakeSlack, type FakeSlack } from './fakes/slack.ts';
import { ask, NOW, seedIndex, capturedLog } from './helpers.ts';
import { localService } from '../src/serve/local.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SECRET = 'fault-secret';
const { log, lines: logLines } = capturedLog();

let fake: FakeSlack;
let bot: RunningSlack;
beforeAll(async () => {
  fake = await startFakeSlack();
  bot = await startSlack({
    index: localService(seedIndex()), now: () => NOW, log,
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
    const r1 = await runDigest({ index: localService(seedIndex()), state, targets, now: NOW, nowMs: 1, empty: 'skip', log });
    expect(r1[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('state:') });
    expect(fake.calls.filter((c) => c.body.channel === 'CLOCK')).toHaveLength(0);
    locker.exec('ROLLBACK');
    locker.close();
    const r2 = await runDigest({ index: localService(seedIndex()), state, targets, now: NOW, nowMs: 2, empty: 'skip', log });
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
    const port = await freePort();
    const child = spawn(process.execPath, ['bin/qwen-brief.js', 'start', '--now', NOW], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, SLACK_BOT_TOKEN: 'xoxb-sig2', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(port), CORPUS_WATCH: 'false', STATE_PATH: join(mkdtempSync(join(tmpdir(), 'qwen-sigchat-')), 'state.db') },
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

describe('Slack API calls that never answer (timeout and retry policy)', () => {
  // The production policy: no test override of retries or timeout.
  let bot2: RunningSlack;
  beforeAll(async () => {
    bot2 = await startSlack({
      index: localService(seedIndex()), now: () => NOW, log,
      config: { SLACK_BOT_TOKEN: 'xoxb-f2', SLACK_SIGNING_SECRET: SECRET, SLACK_APP_TOKEN: undefined, SLACK_RESPONSE_TYPE: 'ephemeral', SLACK_API_URL: fake.apiUrl, PORT: 0 },
      version: 'test',
    });
  });
  afterAll(async () => {
    await bot2?.stop();
  });
  const events2 = () => `http://127.0.0.1:${bot2.port}/slack/events`;
  const postsTo = (channel: string) => fake.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.channel === channel);

  it('a chat.postMessage that never answers: the user gets the reference id within seconds, the call is not repeated, the next mention is answered', async () => {
    fake.faults.set('chat.postMessage', [{ hang: true }]);
    const t = Date.now();
    await postSigned(events2(), SECRET, mention('EvHang1', 'CHANG1'), 'application/json');
    const told = await fake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'CHANG1' && /reference to an admin: [0-9a-f]{8}/.test(String(c.body.text)), 15_000);
    expect(Date.now() - t).toBeLessThan(SLACK_TIMEOUT_MS + 3000);
    const ref = /admin: ([0-9a-f]{8})/.exec(String(told.body.text))![1];
    expect(logLines.some((l) => l.includes(ref) && l.includes('timed out'))).toBe(true);
    // The hung answer (neither retried nor resent as plain text: it may have been posted) and the error.
    expect(postsTo('CHANG1')).toHaveLength(2);
    await postSigned(events2(), SECRET, mention('EvHang2', 'CHANG2'), 'application/json');
    const ok = await fake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'CHANG2');
    expect(String(ok.body.text)).toContain('Zhou Jingren');
  }, 20_000);

  it('a response_url that never answers: the /qwen user gets the reference id within seconds', async () => {
    fake.faults.set('/respond/hang-1', [{ hang: true }]);
    const t = Date.now();
    await postSigned(events2(), SECRET, slashBody(fake, 'who-leads', 'hang-1'), 'application/x-www-form-urlencoded');
    const told = await fake.waitFor((c) => c.path === '/respond/hang-1' && /reference to an admin: [0-9a-f]{8}/.test(String(c.body.text)), 15_000);
    expect(Date.now() - t).toBeLessThan(SLACK_TIMEOUT_MS + 3000);
    expect(told.body.response_type).toBe('ephemeral');
  }, 20_000);

  it('a 500 is retried (quickly) and the answer gets through', async () => {
    fake.faults.set('chat.postMessage', [{ status: 500 }]);
    await postSigned(events2(), SECRET, mention('Ev500', 'C500'), 'application/json');
    await fake.waitFor(() => postsTo('C500').length >= 2, 8000);
    expect(postsTo('C500')[1].body.blocks).toBeDefined();
    expect(String(postsTo('C500')[1].body.text)).toContain('Zhou Jingren');
  }, 15_000);

  it('the digest: a chat.postMessage that never answers fails the channel within seconds; the next round posts', async () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: 'x', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: fake.apiUrl, DIGEST_SLACK_CHANNELS: 'CDHANG' });
    const targets = targetsFromConfig(config, log);
    const state = openState(join(mkdtempSync(join(tmpdir(), 'qwen-dhang-')), 'state.db'));
    try {
      fake.faults.set('chat.postMessage', [{ hang: true }]);
      const t = Date.now();
      const r1 = await runDigest({ index: localService(seedIndex()), state, targets, now: NOW, nowMs: 1, empty: 'skip', log });
      expect(Date.now() - t).toBeLessThan(SLACK_TIMEOUT_MS + 3000);
      expect(r1[0].status).toBe('failed');
      const r2 = await runDigest({ index: localService(seedIndex()), state, targets, now: NOW, nowMs: 2, empty: 'skip', log });
      expect(r2[0].status).toBe('posted');
    } finally {
      state.close();
    }
  }, 20_000);
});

describe('SIGTERM with stalled clients and during start-up (the real binary)', () => {
  function startBin(env: Record<string, string>) {
    const child = spawn(process.execPath, ['bin/qwen-brief.js', 'start', '--now', NOW], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, CORPUS_WATCH: 'false', STATE_PATH: join(mkdtempSync(join(tmpdir(), 'qwen-term-')), 'state.db'), ...env },
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<{ code: number | null; signal: string | null; at: number }>((r) => child.on('exit', (code, signal) => r({ code, signal, at: Date.now() })));
    const waitLog = async (text: string, ms = 15_000) => {
      const deadline = Date.now() + ms;
      while (!err.includes(text)) {
        if (Date.now() > deadline) throw new Error(`no "${text}" in: ${err}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    return { child, exited, waitLog, stderr: () => err };
  }

  it('a client holding a half-sent request open, an idle keep-alive client and a failing digest: exits 0 within 15 s, no digest attempt after the signal', async () => {
    const port = await freePort();
    const bin = startBin({
      SLACK_BOT_TOKEN: 'xoxb-term', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(port),
      DIGEST_SLACK_CHANNELS: 'CTERM', DIGEST_CRON: '* * * * * *',
    });
    // Every digest post fails, so each tick of the schedule tries again.
    fake.faults.set('chat.postMessage', Array.from({ length: 200 }, () => ({ status: 500 })));
    // When each digest attempt reached Slack.
    const attempts = () => fake.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'CTERM').length;
    const seen: number[] = [];
    const watch = setInterval(() => {
      while (seen.length < attempts()) seen.push(Date.now());
    }, 20);
    try {
      await bin.waitLog('slack: started');
      await fake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'CTERM', 10_000);
      // Idle keep-alive connection, and one stalled halfway through its body.
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      const stalled = connect(port, '127.0.0.1');
      stalled.on('error', () => undefined);
      stalled.write(`POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"type":`);
      await new Promise((r) => setTimeout(r, 300));
      const sigtermAt = Date.now();
      bin.child.kill('SIGTERM');
      const exit = await bin.exited;
      expect(exit).toMatchObject({ code: 0, signal: null });
      expect(exit.at - sigtermAt).toBeLessThan(15_000);
      expect(bin.stderr()).toContain('closing the connections still open');
      // The scheduler stopped first: the round in flight may finish its retries, but no new round starts.
      expect(seen.filter((at) => at > sigtermAt + 4000)).toEqual([]);
      stalled.destroy();
    } finally {
      clearInterval(watch);
      fake.faults.delete('chat.postMessage');
      if (bin.child.exitCode === null) bin.child.kill('SIGKILL');
    }
  }, 40_000);

  it('a POST over the body limit does not make SIGTERM exit 13', async () => {
    const port = await freePort();
    const bin = startBin({ SLACK_BOT_TOKEN: 'xoxb-big', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(port) });
    try {
      await bin.waitLog('slack: started');
      const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(5 * 1024 * 1024) });
      expect(res.status).toBe(413);
      const sigtermAt = Date.now();
      bin.child.kill('SIGTERM');
      const exit = await bin.exited;
      expect(exit).toMatchObject({ code: 0, signal: null });
      expect(exit.at - sigtermAt).toBeLessThan(15_000);
    } finally {
      if (bin.child.exitCode === null) bin.child.kill('SIGKILL');
    }
  }, 40_000);

  it('SIGTERM during start-up (Slack not answering auth.test yet) exits 0 at once', async () => {
    fake.faults.set('auth.test', [{ hang: true }]);
    const bin = startBin({ SLACK_BOT_TOKEN: 'xoxb-early', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl, PORT: '0' });
    try {
      const before = fake.calls.length;
      await fake.waitFor((c) => c.path === '/api/auth.test' && fake.calls.indexOf(c) >= before, 15_000);
      await bin.waitLog('corpus loaded');
      const sigtermAt = Date.now();
      bin.child.kill('SIGTERM');
      const exit = await bin.exited;
      expect(exit).toMatchObject({ code: 0, signal: null });
      expect(exit.at - sigtermAt).toBeLessThan(5000);
      expect(bin.stderr()).toContain('"shutting down"');
      expect(bin.stderr()).not.toContain('slack: started');
    } finally {
      fake.faults.delete('auth.test');
      if (bin.child.exitCode === null) bin.child.kill('SIGKILL');
    }
  }, 30_000);
});
