import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlack, type RunningSlack } from '../src/adapters/slack/app.ts';
import { createLogger } from '../src/log.ts';
import { openState, type StateDb } from '../src/state/db.ts';
import { shareStore } from '../src/adapters/slack/shares.ts';
import { RateLimiter } from '../src/adapters/rate-limit.ts';
import { answer } from '../src/briefing/answer.ts';
import { feedbackStore } from '../src/state/feedback.ts';
import { quotesPaired, visibleText } from './chat-helpers.ts';
import { postSigned, slashBody, startFakeSlack, type FakeSlack } from './fakes/slack.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { seedIndex, NOW } from './helpers.ts';
import type { BriefIndex } from '../src/index/build.ts';
import { LocalService } from '../src/serve/local.ts';

const SECRET = 'test-signing-secret';
const FORM = 'application/x-www-form-urlencoded';
const logLines: string[] = [];
const sink = new Writable({ write(chunk, _e, cb) { logLines.push(String(chunk)); cb(); } });

let fake: FakeSlack;
let bot: RunningSlack;
let events: string;
let index: BriefIndex = seedIndex();
let failCore = false;
let state: StateDb;
let statePath: string;

beforeAll(async () => {
  fake = await startFakeSlack();
  statePath = join(mkdtempSync(join(tmpdir(), 'qwen-slack-')), 'state.db');
  state = openState(statePath);
  bot = await startSlack({
    config: { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SECRET, SLACK_APP_TOKEN: undefined, SLACK_RESPONSE_TYPE: 'ephemeral', SLACK_API_URL: fake.apiUrl, PORT: 0 },
    index: new LocalService(() => {
      if (failCore) throw new Error('index exploded');
      return index;
    }),
    now: () => NOW,
    log: createLogger('debug', sink),
    retries: 0,
    version: 'test',
    state,
  });
  events = `http://127.0.0.1:${bot.port}/slack/events`;
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  state?.close();
});

const responses = (trigger: string) => fake.calls.filter((c) => c.path === `/respond/${trigger}`);
const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

describe('Slack /qwen over HTTP through Bolt', () => {
  it('called auth.test at start, against the fake', () => {
    expect(fake.calls.some((c) => c.path === '/api/auth.test')).toBe(true);
  });

  it('acks a signed /qwen who-leads and answers through response_url with the lead and sources', async () => {
    const res = await postSigned(events, SECRET, slashBody(fake, 'who-leads', 't-1'), FORM);
    expect(res.status).toBe(200);
    const call = await fake.waitFor((c) => c.path === '/respond/t-1');
    expect(call.body.response_type).toBe('ephemeral');
    const blocks = call.body.blocks as { type: string; text?: { text: string }; elements?: { text?: string; action_id?: string }[] }[];
    // The question restated (only the asker saw the slash command), then the answer.
    expect(blocks[0].elements![0].text).toBe('You asked: /qwen who-leads');
    expect(blocks[1].text!.text).toContain('Zhou Jingren');
    expect(JSON.stringify(blocks)).toContain('Lin Junyang left (Mar 5)');
    const sources = blocks.filter((b) => b.type === 'context').map((b) => b.elements![0].text!);
    expect(sources.some((s) => s.includes('Bowang Finance · Mar 6, 2026 · analysis'))).toBe(true);
    expect(blocks.at(-1)!.elements!.map((e) => e.action_id)).toEqual(['qwen_more', 'qwen_share', 'qwen_feedback_up', 'qwen_feedback_down']);
    expect(String(call.body.text)).toContain('Who leads Qwen');
  });

  it('rejects a bad signature and a stale timestamp with 401 and answers nothing', async () => {
    const before = fake.calls.length;
    const bad = await postSigned(events, SECRET, slashBody(fake, 'who-leads', 't-bad'), FORM, { badSignature: true });
    expect(bad.status).toBe(401);
    const old = await postSigned(events, SECRET, slashBody(fake, 'who-leads', 't-old'), FORM, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(old.status).toBe(401);
    await settle();
    expect(responses('t-bad')).toHaveLength(0);
    expect(responses('t-old')).toHaveLength(0);
    expect(fake.calls.length).toBe(before);
  });

  it('answers a retried slash command exactly once', async () => {
    const body = slashBody(fake, 'timeline', 't-retry');
    expect((await postSigned(events, SECRET, body, FORM)).status).toBe(200);
    expect((await postSigned(events, SECRET, body, FORM, { retryNum: 1 })).status).toBe(200);
    await fake.waitFor((c) => c.path === '/respond/t-retry');
    await settle();
    expect(responses('t-retry')).toHaveLength(1);
  });

  it('answers an app_mention in its thread with chat.postMessage, once per event', async () => {
    const payload = {
      token: 'x', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: 'Ev1', event_time: 1,
      event: { type: 'app_mention', user: 'U1', text: '<@UBOT> whos in charge of tongyi', ts: '1700000000.000100', channel: 'C9', event_ts: '1700000000.000100' },
    };
    const body = JSON.stringify(payload);
    expect((await postSigned(events, SECRET, body, 'application/json')).status).toBe(200);
    expect((await postSigned(events, SECRET, body, 'application/json', { retryNum: 1 })).status).toBe(200);
    const call = await fake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'C9');
    expect(call.body.thread_ts).toBe('1700000000.000100');
    expect(String(call.body.text)).toContain('Zhou Jingren');
    await settle();
    expect(fake.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'C9')).toHaveLength(1);
  });

  it('answers a mention inside a thread in that thread', async () => {
    const body = JSON.stringify({
      type: 'event_callback', event_id: 'Ev2', team_id: 'T1', api_app_id: 'A1',
      event: { type: 'app_mention', user: 'U1', text: '<@UBOT> timeline', ts: '1700000001.000200', thread_ts: '1700000000.999', channel: 'C10' },
    });
    await postSigned(events, SECRET, body, 'application/json');
    const call = await fake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'C10');
    expect(call.body.thread_ts).toBe('1700000000.999');
  });

  it('falls back to plain text when Slack answers ok:false', async () => {
    fake.script.set('chat.postMessage', [{ ok: false, error: 'invalid_blocks' }]);
    const body = JSON.stringify({
      type: 'event_callback', event_id: 'Ev3', team_id: 'T1', api_app_id: 'A1',
      event: { type: 'app_mention', user: 'U1', text: '<@UBOT> who-leads', ts: '1700000002.000300', channel: 'C11' },
    });
    await postSigned(events, SECRET, body, 'application/json');
    await fake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'C11' && !c.body.blocks);
    const posts = fake.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'C11');
    expect(posts).toHaveLength(2);
    expect(posts[0].body.blocks).toBeDefined();
    expect(String(posts[1].body.text)).toContain('Zhou Jingren');
  });

  it('gives the user a reference id that is also in the log when the core fails', async () => {
    failCore = true;
    try {
      await postSigned(events, SECRET, slashBody(fake, 'who-leads', 't-fail'), FORM);
      const call = await fake.waitFor((c) => c.path === '/respond/t-fail');
      const ref = /reference to an admin: ([0-9a-f]{8})/.exec(String(call.body.text))?.[1];
      expect(ref).toBeDefined();
      expect(logLines.some((l) => l.includes(ref!) && l.includes('index exploded'))).toBe(true);
    } finally {
      failCore = false;
    }
  });

  it('never lets user or corpus text ping a channel', async () => {
    await postSigned(events, SECRET, slashBody(fake, 'ask <!channel> <!here> @everyone <@U777> who leads qwen', 't-ping'), FORM);
    const call = await fake.waitFor((c) => c.path === '/respond/t-ping');
    const all = JSON.stringify(call.body);
    expect(all).not.toMatch(/<!(channel|here|everyone)/);
    expect(all).not.toMatch(/<@U777/);
  });

  /** Asks /qwen (ephemeral) and returns the answer as posted and its share button's value. */
  async function askForShare(text: string, trigger: string) {
    await postSigned(events, SECRET, slashBody(fake, text, trigger), FORM);
    const call = await fake.waitFor((c) => c.path === `/respond/${trigger}`);
    const blocks = call.body.blocks as { type: string; elements?: { action_id?: string; value?: string }[] }[];
    const value = blocks.find((b) => b.type === 'actions')!.elements!.find((e) => e.action_id === 'qwen_share')!.value!;
    return { blocks, value };
  }
  const click = (value: string, responseUrl: string, n = 1, actionId = 'qwen_share', ephemeral = true) =>
    new URLSearchParams({
      payload: JSON.stringify({
        type: 'block_actions', team: { id: 'T1' }, user: { id: 'U1' }, api_app_id: 'A1', token: 'x', trigger_id: `tr-${responseUrl}-${n}`,
        channel: { id: 'C1' }, container: { type: 'message', is_ephemeral: ephemeral }, response_url: `${fake.url}/respond/${responseUrl}`,
        actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, action_ts: String(n) }],
      }),
    }).toString();
  const buttonsOf = (blocks: unknown) => ((blocks as { type: string; elements?: { action_id: string; value: string }[] }[]).find((b) => b.type === 'actions')?.elements ?? []);
  const shared = (responseUrl: string) => responses(responseUrl).filter((c) => c.body.response_type === 'in_channel');
  /** An answer's blocks without the lines around it (asked / shared by) and without its buttons. */
  const sharedAnswer = (blocks: unknown) =>
    (blocks as { type: string; elements?: { text?: string }[] }[]).filter((b) => b.type !== 'actions' && !/^(You asked|Shared by)/.test(b.elements?.[0]?.text ?? ''));

  it('shares an ephemeral answer in the channel from the button, which carries a key, not the query', async () => {
    const { blocks, value } = await askForShare('who-leads', 't-share-1');
    expect(value.length).toBeLessThan(64);
    expect(value).not.toContain('who-leads');
    expect(Buffer.from(value, 'base64url').toString('utf8')).not.toContain('who-leads');
    expect((await postSigned(events, SECRET, click(value, 'share-1'), FORM)).status).toBe(200);
    const call = await fake.waitFor((c) => c.path === '/respond/share-1' && c.body.response_type === 'in_channel');
    expect(JSON.stringify(call.body.blocks)).toContain('Zhou Jingren');
    expect(JSON.stringify(call.body.blocks)).not.toContain('qwen_share');
    // What is shared says who shared which question, then the answer the user saw, less the Share button.
    expect(sharedAnswer(call.body.blocks)).toEqual(sharedAnswer(blocks));
    expect((call.body.blocks as { elements: { text: string }[] }[])[0].elements[0].text).toBe('Shared by <@U1>: /qwen who-leads');
  });

  it('shares the answer to a long query (its button value would have been cut at 2,000 characters)', async () => {
    // A real answer (only those can be shared) to a 499-character question.
    const long = `who 周靖人${'。'.repeat(492)}`;
    expect(Buffer.from(JSON.stringify({ q: long, now: NOW })).toString('base64url').length).toBeGreaterThan(2000);
    const { blocks, value } = await askForShare(long, 't-share-long');
    expect(value.length).toBeLessThan(64);
    await postSigned(events, SECRET, click(value, 'share-long'), FORM);
    const call = await fake.waitFor((c) => c.path === '/respond/share-long' && c.body.response_type === 'in_channel');
    expect(sharedAnswer(call.body.blocks)).toEqual(sharedAnswer(blocks));
    expect(logLines.join('')).not.toMatch(/share failed/);
  });

  it('posts a share once when the same click is delivered three times', async () => {
    const { value } = await askForShare('timeline', 't-share-3x');
    const body = click(value, 'share-3x');
    for (let i = 0; i < 3; i++) expect((await postSigned(events, SECRET, body, FORM)).status).toBe(200);
    await fake.waitFor((c) => c.path === '/respond/share-3x' && c.body.response_type === 'in_channel');
    await settle(500);
    expect(shared('share-3x')).toHaveLength(1);
  });

  it('posts a share once on a double click (two clicks at the same moment)', async () => {
    const { value } = await askForShare('who Eddie Wu', 't-share-dbl');
    const [a, b] = await Promise.all([postSigned(events, SECRET, click(value, 'share-dbl', 1), FORM), postSigned(events, SECRET, click(value, 'share-dbl', 2), FORM)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await fake.waitFor((c) => c.path === '/respond/share-dbl' && c.body.response_type === 'in_channel');
    await settle(500);
    expect(shared('share-dbl')).toHaveLength(1);
  });

  it('keeps the share claimed in the state DB: a click after a restart does not post again', async () => {
    const { value } = await askForShare('sources', 't-share-restart');
    await postSigned(events, SECRET, click(value, 'share-restart', 1), FORM);
    await fake.waitFor((c) => c.path === '/respond/share-restart' && c.body.response_type === 'in_channel');
    const again = await startSlack({
      config: { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SECRET, SLACK_APP_TOKEN: undefined, SLACK_RESPONSE_TYPE: 'ephemeral', SLACK_API_URL: fake.apiUrl, PORT: 0 },
      index: new LocalService(() => index), now: () => NOW, log: createLogger('silent'), retries: 0, version: 'test', state,
    });
    try {
      await postSigned(`http://127.0.0.1:${again.port}/slack/events`, SECRET, click(value, 'share-restart', 2), FORM);
      await settle(500);
      expect(shared('share-restart')).toHaveLength(1);
    } finally {
      await again.stop();
    }
  });

  it('without a state DB a share is still claimed once (in memory), and a failed share can be retried', async () => {
    const store = shareStore(null, createLogger('silent'));
    const value = await store.put({ q: 'who-leads', now: NOW });
    expect(await store.get(value)).toEqual({ q: 'who-leads', now: NOW });
    expect(await store.claim(value)).toBe(true);
    expect(await store.claim(value)).toBe(false);
    await store.release(value);
    expect(await store.claim(value)).toBe(true);
    expect(await store.get('s1:unknown')).toBeNull();
  });

  it('shows who-leads, changes since and timeline on one screen: ≤ 1,800 visible characters, one number per document, no file paths, quotes paired', async () => {
    for (const [q, trigger] of [['who-leads', 't-screen-1'], ['changes since 2026-03-01', 't-screen-2'], ['timeline', 't-screen-3']]) {
      await postSigned(events, SECRET, slashBody(fake, q, trigger), FORM);
      const call = await fake.waitFor((c) => c.path === `/respond/${trigger}`);
      const seen = visibleText(call.body.blocks);
      expect(seen.length).toBeLessThanOrEqual(1800);
      expect(seen.length).toBeGreaterThan(600); // the answer and the lines that carry it, not a stub
      const listed = (call.body.blocks as { type: string; elements?: { text: string }[] }[]).filter((b) => b.type === 'context' && /^(<[^|]*\|)?\[\d+\]/.test(b.elements![0].text)).length;
      const marks = [...seen.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
      expect(Math.max(...marks)).toBe(listed);
      expect(JSON.stringify(call.body)).not.toMatch(/[\w-]+\.md:\d|\.md\b/);
      expect(quotesPaired(seen)).toBe(true);
      expect(seen).not.toMatch(/[A-Za-z]\]\[\d+\]|\*\*/); // link residue, Markdown
      expect(buttonsOf(call.body.blocks).map((b) => b.action_id)).toContain('qwen_more');
    }
    expect(JSON.stringify(responses('t-screen-2')[0].body.blocks)).toContain('*Latest:* Apr 15');
  });

  it('"Show all" replaces the first screen with the whole answer, every item and source', async () => {
    await postSigned(events, SECRET, slashBody(fake, 'who-leads', 't-more'), FORM);
    const first = await fake.waitFor((c) => c.path === '/respond/t-more');
    const more = buttonsOf(first.body.blocks).find((b) => b.action_id === 'qwen_more')!;
    await postSigned(events, SECRET, click(more.value, 'more-1', 1, 'qwen_more'), FORM);
    const full = await fake.waitFor((c) => c.path === '/respond/more-1');
    expect(full.body.replace_original).toBe(true);
    const seen = visibleText(full.body.blocks);
    const a = answer(index, 'who-leads', NOW);
    for (const it of a.items) for (const q of it.text.matchAll(/“([^”]+)”/g)) expect(seen).toContain(q[1]);
    expect(new Set([...seen.matchAll(/\[(\d+)\]/g)].map((m) => m[1])).size).toBe(new Set(a.citations.map((c) => c.doc)).size);
    expect(buttonsOf(full.body.blocks).map((b) => b.action_id)).toEqual(['qwen_share', 'qwen_feedback_up', 'qwen_feedback_down']);
  });

  it('offers Share only under a real answer: not under "not in the corpus", help or typo help', async () => {
    for (const [q, trigger, feedback] of [['ask who is the CFO of Qwen', 't-noshare-1', true], ['help', 't-noshare-2', false], ['whoo-leads', 't-noshare-3', false]] as const) {
      await postSigned(events, SECRET, slashBody(fake, q, trigger), FORM);
      const call = await fake.waitFor((c) => c.path === `/respond/${trigger}`);
      const ids = buttonsOf(call.body.blocks).map((b) => b.action_id);
      expect(ids).not.toContain('qwen_share');
      // Feedback is asked under every answer, "not in the corpus" included (curators want those), not under help.
      expect(ids.includes('qwen_feedback_down')).toBe(feedback);
    }
  });

  it('stores a 👍/👎 once per answer and user (a repeated delivery and a double click add nothing), with the question, command, corpus version and cited documents', async () => {
    await postSigned(events, SECRET, slashBody(fake, 'changes since 2026-03-01', 't-fb'), FORM);
    const call = await fake.waitFor((c) => c.path === '/respond/t-fb');
    const down = buttonsOf(call.body.blocks).find((b) => b.action_id === 'qwen_feedback_down')!;
    const body = click(down.value, 'fb-1', 1, 'qwen_feedback_down');
    await Promise.all([postSigned(events, SECRET, body, FORM), postSigned(events, SECRET, body, FORM), postSigned(events, SECRET, click(down.value, 'fb-1', 2, 'qwen_feedback_down'), FORM)]);
    await fake.waitFor((c) => c.path === '/respond/fb-1');
    await settle(300);
    const rows = (await feedbackStore(state, createLogger('silent')).list(null)).filter((r) => r.key === down.value);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ user: 'slack:U1', vote: 'down', question: 'changes since 2026-03-01', command: 'changes-since', corpusVersion: index.version });
    expect(rows[0].docs.sort()).toEqual([...new Set(answer(index, 'changes since 2026-03-01', NOW).citations.map((c) => c.doc))].sort());
    expect(responses('fb-1')).toHaveLength(1); // one "thanks", however many deliveries
    // And curators see it: `qwen-brief feedback` on the same state DB.
    const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK|DISCORD|OPENAI|DIGEST|DATABASE)_/.test(k))), STATE_PATH: statePath };
    const cli = spawnSync(process.execPath, [resolve(import.meta.dirname, '../bin/qwen-brief.js'), 'feedback', '--json'], { encoding: 'utf8', env, timeout: 30_000 });
    expect(cli.status).toBe(0);
    expect(JSON.parse(cli.stdout).questions).toContainEqual(expect.objectContaining({ question: 'changes since 2026-03-01', command: 'changes-since', down: 1, up: 0 }));
  });

  it('puts 👀 on a mention at once and takes it off when the answer is posted', async () => {
    const body = JSON.stringify({
      type: 'event_callback', event_id: 'EvEyes', team_id: 'T1', api_app_id: 'A1',
      event: { type: 'app_mention', user: 'U1', text: '<@UBOT> timeline', ts: '1700000009.000900', channel: 'C12' },
    });
    await postSigned(events, SECRET, body, 'application/json');
    await fake.waitFor((c) => c.path === '/api/reactions.remove' && c.body.channel === 'C12');
    const mine = fake.calls.filter((c) => (c.path === '/api/reactions.add' || c.path === '/api/reactions.remove' || c.path === '/api/chat.postMessage') && c.body.channel === 'C12');
    expect(mine.map((c) => c.path)).toEqual(['/api/reactions.add', '/api/chat.postMessage', '/api/reactions.remove']);
    expect(mine[0].body).toMatchObject({ name: 'eyes', timestamp: '1700000009.000900' });
    expect(mine[2].body).toMatchObject({ name: 'eyes', timestamp: '1700000009.000900' });
    // A mention's answer is public already: Show all and feedback, no Share.
    expect(buttonsOf(mine[1].body.blocks).map((b) => b.action_id)).toEqual(['qwen_more', 'qwen_feedback_up', 'qwen_feedback_down']);
  });

  it('answers `@qwen-brief digest` privately (ephemeral, to the asker, in the thread)', async () => {
    const body = JSON.stringify({
      type: 'event_callback', event_id: 'EvDigest', team_id: 'T1', api_app_id: 'A1',
      event: { type: 'app_mention', user: 'U1', text: '<@UBOT> digest', ts: '1700000010.000100', channel: 'C13' },
    });
    await postSigned(events, SECRET, body, 'application/json');
    const call = await fake.waitFor((c) => c.path === '/api/chat.postEphemeral' && c.body.channel === 'C13');
    expect(call.body).toMatchObject({ user: 'U1', thread_ts: '1700000010.000100' });
    expect(String(call.body.text)).toContain('Qwen digest');
    await fake.waitFor((c) => c.path === '/api/reactions.remove' && c.body.channel === 'C13');
    expect(fake.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'C13')).toHaveLength(0);
  });

  it("a share is subject to the sharer's rate limit (and the button works again later)", async () => {
    const limited = await startSlack({
      config: { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SECRET, SLACK_APP_TOKEN: undefined, SLACK_RESPONSE_TYPE: 'ephemeral', SLACK_API_URL: fake.apiUrl, PORT: 0 },
      index: new LocalService(() => index), now: () => NOW, log: createLogger('silent'), retries: 0, version: 'test', state,
      limiter: new RateLimiter(1, 1), // the question takes the one token there is
    });
    try {
      const url = `http://127.0.0.1:${limited.port}/slack/events`;
      await postSigned(url, SECRET, slashBody(fake, 'who-leads', 't-share-rl'), FORM);
      const call = await fake.waitFor((c) => c.path === '/respond/t-share-rl');
      const share = buttonsOf(call.body.blocks).find((b) => b.action_id === 'qwen_share')!;
      await postSigned(url, SECRET, click(share.value, 'share-rl'), FORM);
      const told = await fake.waitFor((c) => c.path === '/respond/share-rl');
      expect(String(told.body.text)).toMatch(/sharing faster than I can keep up — try again in \d+ s/);
      await settle(300);
      expect(shared('share-rl')).toHaveLength(0);
    } finally {
      await limited.stop();
    }
  });

  it('serves /healthz with the corpus doc count and version', async () => {
    const res = await fetch(`http://127.0.0.1:${bot.port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, docs: 5, corpusVersion: index.version, version: 'test' });
  });

  it('never logs the bot token or signing secret', () => {
    const log = logLines.join('');
    expect(log).not.toContain('xoxb-test-token');
    expect(log).not.toContain(SECRET);
  });
});
