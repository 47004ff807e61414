import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleChars } from './chat-helpers.ts';
import { liveLocal, liveService } from '../src/serve/local-live.ts';
import { startSlack } from '../src/adapters/slack/app.ts';
import { answer } from '../src/briefing/answer.ts';
import { loadConfig } from '../src/config.ts';
import { previewFor, runDigest } from '../src/digest/run.ts';
import { DigestService } from '../src/digest/service.ts';
import { targetsFromConfig, type DigestTarget } from '../src/digest/targets.ts';
import { openState } from '../src/state/db.ts';
import { startFakeDiscord, type FakeDiscord } from './fakes/discord.ts';
import { postSigned, slashBody, startFakeSlack, type FakeSlack } from './fakes/slack.ts';
import { NOW, scratchCorpus, capturedLog } from './helpers.ts';
import { startFakeOpenAI } from './fakes/openai.ts';
import { loadPrompts } from '../src/summarize/prompts.ts';
import { Summarizer } from '../src/summarize/summarizer.ts';

const ROOT = resolve(import.meta.dirname, '..');
const T0 = Date.parse(`${NOW}T09:00:00Z`);
const DAY = 86_400_000;
const { log, lines: logLines } = capturedLog();

let slack: FakeSlack;
let discord: FakeDiscord;
beforeAll(async () => {
  slack = await startFakeSlack();
  discord = await startFakeDiscord();
});
afterAll(async () => {
  await slack?.close();
  await discord?.close();
});

let seq = 0;
/** Fresh channels, state and corpus for one scenario. */
function setup(opts: { empty?: 'skip' | 'post'; corpus?: string; statePath?: string; summarizer?: Summarizer } = {}) {
  seq++;
  const slackChannel = `CDG${seq}`;
  const discordChannel = String(400000000000000000n + BigInt(seq));
  const statePath = opts.statePath ?? join(mkdtempSync(join(tmpdir(), 'qwen-digest-')), 'state.db');
  const corpus = opts.corpus ?? scratchCorpus();
  const env = {
    SLACK_BOT_TOKEN: 'xoxb-digest', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: slack.apiUrl,
    DISCORD_TOKEN: 'discord-digest', DISCORD_APPLICATION_ID: '1', DISCORD_API_URL: discord.apiUrl,
    DIGEST_SLACK_CHANNELS: slackChannel, DIGEST_DISCORD_CHANNELS: discordChannel, DIGEST_EMPTY: opts.empty ?? '', STATE_PATH: statePath,
  };
  const config = loadConfig(env);
  const targets = targetsFromConfig(config, log, { retries: 0 });
  const live = liveLocal(corpus, log);
  const index = liveService(live);
  const state = openState(statePath);
  const service = new DigestService({ index, state, targets, log, empty: config.DIGEST_EMPTY, tz: 'UTC', summarizer: opts.summarizer });
  const slackPosts = () => slack.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.channel === slackChannel);
  const discordPosts = () => discord.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${discordChannel}/messages`);
  return { slackChannel, discordChannel, statePath, corpus, env, config, targets, live, index, state, service, slackPosts, discordPosts };
}

const article = (title: string, date: string, body: string) => `---\ntitle: "${title}"\npublished: ${date}\nsource: Test Wire\n---\n${body}\n`;
const CHEN = article('Qwen names Chen Wei head of model evaluation', '2026-11-20',
  'Alibaba appointed Chen Wei to lead Qwen model evaluation, a spokesperson said on November 20, 2026.\n\nChen Wei previously worked on Tongyi Lab benchmarks.');

describe('daily digest', () => {
  it('first run posts only a short baseline to every channel, once', async () => {
    const s = setup();
    const results = await s.service.tick(T0);
    expect(results.map((r) => [r.key, r.status, r.kind])).toEqual([
      [`slack:${s.slackChannel}`, 'posted', 'baseline'],
      [`discord:${s.discordChannel}`, 'posted', 'baseline'],
    ]);
    expect(s.slackPosts()).toHaveLength(1);
    expect(String(s.slackPosts()[0].body.text)).toContain('now tracking 5 articles');
    expect(String(s.slackPosts()[0].body.text)).toContain('Zhou Jingren');
    expect(String(s.slackPosts()[0].body.text)).not.toContain('New articles');
    expect(s.discordPosts()).toHaveLength(1);
    expect((s.discordPosts()[0].body as { content: string }).content).toContain('now tracking 5 articles');
    expect((s.discordPosts()[0].body as { allowed_mentions: { parse: string[] } }).allowed_mentions.parse).toEqual([]);
  });

  it('a second tick with nothing new posts nothing', async () => {
    const s = setup();
    await s.service.tick(T0);
    const again = await s.service.tick(T0 + DAY);
    expect(again.map((r) => r.status)).toEqual(['nothing-new', 'nothing-new']);
    expect(s.slackPosts()).toHaveLength(1);
    expect(s.discordPosts()).toHaveLength(1);
  });

  it('with DIGEST_EMPTY=post, a quiet day gets a short "no changes since …"', async () => {
    const s = setup({ empty: 'post' });
    await s.service.tick(T0);
    await s.service.tick(T0 + DAY);
    expect(s.slackPosts()).toHaveLength(2);
    expect(String(s.slackPosts()[1].body.text)).toContain('no changes since Nov 24'); // chat dates are short; the CLI keeps ISO
  });

  it('an article added while running is answered from, then appears once in the next digest', async () => {
    const s = setup();
    await s.service.tick(T0);
    s.live.watch(50);
    const reloaded = s.live.nextReload();
    writeFileSync(join(s.corpus, 'chen-wei.md'), CHEN);
    await reloaded;
    s.live.unwatch();
    const a = answer(s.live.get(), 'who leads qwen model evaluation', '2026-11-25');
    expect(a.citations.map((c) => c.doc)).toContain('chen-wei.md');
    const r = await s.service.tick(T0 + DAY);
    expect(r.map((x) => [x.status, x.kind])).toEqual([['posted', 'digest'], ['posted', 'digest']]);
    const text = String(s.slackPosts()[1].body.text);
    expect(text).toContain('1 new article');
    expect(text).toContain('Qwen names Chen Wei head of model evaluation');
    expect(r[0].answer!.citations.some((c) => c.doc === 'chen-wei.md' && c.quote.startsWith('Alibaba appointed Chen Wei'))).toBe(true);
    expect((s.discordPosts()[1].body as { content: string }).content).toContain('Chen Wei');
    await s.service.tick(T0 + 2 * DAY);
    expect(s.slackPosts()).toHaveLength(2);
    expect(s.discordPosts()).toHaveLength(2);
  });

  it('a renamed file is not news (articles are keyed by content)', async () => {
    const s = setup({ corpus: scratchCorpus({ 'chen-wei.md': CHEN }) });
    await s.service.tick(T0);
    rmSync(join(s.corpus, 'chen-wei.md'));
    writeFileSync(join(s.corpus, 'renamed-chen.md'), CHEN);
    await s.live.reloadInBackground();
    expect((await s.service.tick(T0 + DAY)).map((r) => r.status)).toEqual(['nothing-new', 'nothing-new']);
  });

  it('a restart between two channels leaves each channel with exactly one digest', async () => {
    const s = setup();
    // "Crash" after the first channel's post: the round stops before the second channel.
    let posted = 0;
    const counting: DigestTarget[] = s.targets.map((t) => ({ key: t.key, post: async (a) => { const ref = await t.post(a); posted++; return ref; } }));
    const first = await runDigest({ index: s.index, state: s.state, targets: counting, now: NOW, nowMs: T0, empty: 'skip', log, shouldStop: () => posted >= 1 });
    expect(first.map((r) => r.status)).toEqual(['posted', 'stopped']);
    s.state.close();
    // A new process: new state connection, new service.
    const state2 = openState(s.statePath);
    const service2 = new DigestService({ index: s.index, state: state2, targets: s.targets, log, empty: 'skip', tz: 'UTC' });
    const second = await service2.tick(T0 + 60_000);
    expect(second.map((r) => r.status)).toEqual(['nothing-new', 'posted']);
    expect(s.slackPosts()).toHaveLength(1);
    expect(s.discordPosts()).toHaveLength(1);
    state2.close();
  });

  it('a failed post is retried at the next tick, not lost and not doubled elsewhere', async () => {
    const s = setup();
    slack.script.set('chat.postMessage', [{ ok: false, error: 'channel_not_found' }]);
    const r1 = await s.service.tick(T0);
    expect(r1.map((r) => r.status)).toEqual(['failed', 'posted']);
    expect(logLines.some((l) => l.includes('post failed') && l.includes(s.slackChannel) && /"ref":"[0-9a-f]{8}"/.test(l))).toBe(true);
    const r2 = await s.service.tick(T0 + DAY);
    expect(r2.map((r) => [r.status, r.kind])).toEqual([['posted', 'baseline'], ['nothing-new', undefined]]);
    expect(s.slackPosts()).toHaveLength(2); // the rejected one and the retry
    expect(s.discordPosts()).toHaveLength(1);
    expect(s.state.digests(`slack:${s.slackChannel}`).map((d) => d.status)).toEqual(['failed', 'posted']);
  });

  it('two ticks at once (two processes on one state file) post once per channel', async () => {
    const s = setup();
    const other = openState(s.statePath);
    const service2 = new DigestService({ index: s.index, state: other, targets: s.targets, log, empty: 'skip', tz: 'UTC' });
    const [a, b] = await Promise.all([s.service.tick(T0), service2.tick(T0)]);
    // Each channel posted by exactly one of the two; the other saw it busy or already told.
    const posted = [...a, ...b].filter((r) => r.status === 'posted').map((r) => r.key).sort();
    expect(posted).toEqual([`discord:${s.discordChannel}`, `slack:${s.slackChannel}`]);
    expect([...a, ...b].filter((r) => r.status !== 'posted').every((r) => r.status === 'busy' || r.status === 'nothing-new')).toBe(true);
    expect(s.slackPosts()).toHaveLength(1);
    expect(s.discordPosts()).toHaveLength(1);
    other.close();
  });

  it('a claim left by a process that died mid-post is retried once its lease expires', async () => {
    const s = setup();
    const dead = s.state.claim(`slack:${s.slackChannel}`, T0, 60_000, () => ({ kind: 'baseline', hashes: [] }));
    expect(dead).not.toBe('busy');
    const during = await s.service.tick(T0 + 1000);
    expect(during[0].status).toBe('busy');
    const after = await s.service.tick(T0 + 120_000);
    expect(after[0].status).toBe('posted');
    expect(s.slackPosts()).toHaveLength(1);
  });

  it('a long digest is a short parent plus a Slack thread and Discord follow-ups, within limits', async () => {
    const s = setup();
    await s.service.tick(T0);
    for (let i = 1; i <= 6; i++) {
      writeFileSync(join(s.corpus, `extra-${i}.md`), article(`Qwen update number ${i}`, `2026-11-2${i - 1}`, `Alibaba appointed Person${i} Lee to lead Qwen project ${i}, the company said on November 2${i - 1}, 2026.`));
    }
    await s.live.reloadInBackground();
    await s.service.tick(T0 + DAY);
    const [parent, thread] = s.slackPosts().slice(1);
    expect(String(parent.body.text)).toContain('6 new articles');
    expect(parent.body.thread_ts).toBeUndefined();
    expect(thread.body.thread_ts).toBeTruthy();
    expect(String(thread.body.text)).toContain('Qwen update number 6');
    expect((thread.body.blocks as unknown[]).length).toBeLessThanOrEqual(50);
    // The parent names the new articles (their linked titles and outlets are its sources) and fits one screen.
    const parentSources = (parent.body.blocks as { type: string; elements?: { text: string }[] }[]).filter((b) => b.type === 'context').map((b) => b.elements![0].text).join('\n');
    for (let i = 1; i <= 6; i++) expect(parentSources).toContain(`Qwen update number ${i}`);
    expect(visibleChars(parent.body.blocks)).toBeLessThanOrEqual(1800);
    expect(String(parent.body.text)).toContain('in the thread below');
    const d = s.discordPosts().slice(1).map((c) => c.body as { content: string; embeds: { description: string }[] });
    expect(d.length).toBeGreaterThanOrEqual(2);
    expect(d[0].content).toContain('Details, each with its source, in the messages below.');
    // Discord has no thread here: the word is not used.
    expect(d[0].content).not.toMatch(/thread/i);
    expect(d[0].embeds[0].description).toContain('Qwen update number 6');
    expect(d.slice(1).map((m) => m.content).join('\n')).toContain('Qwen update number 1');
    for (const m of d) expect(m.content.length).toBeLessThanOrEqual(2000);
  });

  it('with a summarizer, a long digest\'s parent is the cited summary and the thread keeps the full digest', async () => {
    const llm = await startFakeOpenAI();
    try {
      const summarizer = new Summarizer({ baseURL: llm.baseURL, model: 'fake-model', timeoutMs: 3000, concurrency: 1, prompts: loadPrompts(join(ROOT, 'prompts')), log, cache: { get: () => null, set: () => undefined } });
      const s = setup({ summarizer });
      await s.service.tick(T0);
      expect(llm.requests).toHaveLength(0); // the baseline is not summarized
      const addSix = async () => {
        for (let i = 1; i <= 6; i++) writeFileSync(join(s.corpus, `extra-${i}.md`), article(`Qwen update number ${i}`, `2026-11-2${i - 1}`, `Alibaba appointed Person${i} Lee to lead Qwen project ${i}, the company said on November 2${i - 1}, 2026.`));
        await s.live.reloadInBackground();
      };
      await addSix();
      await s.service.tick(T0 + DAY);
      expect(llm.requests.at(-1)!.messages[0].content).toContain('most important change in the new articles');
      const [parent, thread] = s.slackPosts().slice(1);
      expect(String(parent.body.text)).toContain('Summary: ');
      expect(String(parent.body.text)).toContain('Summarized by fake-model');
      expect(String(thread.body.text)).not.toContain('Summary: ');
      expect(String(thread.body.text)).toContain('Qwen update number 6');
      // A failing model: the deterministic parent.
      llm.fallback = () => ({ status: 500 });
      writeFileSync(join(s.corpus, 'extra-7.md'), article('Qwen update number 7', '2026-11-23', 'Alibaba appointed Person7 Lee to lead Qwen project 7.'));
      for (let i = 8; i <= 12; i++) writeFileSync(join(s.corpus, `extra-${i}.md`), article(`Qwen update number ${i}`, '2026-11-23', `Alibaba appointed Person${i} Lee to lead Qwen project ${i}, the company said on November 23, 2026.`));
      await s.live.reloadInBackground();
      await s.service.tick(T0 + 2 * DAY);
      const parent2 = s.slackPosts()[3];
      expect(String(parent2.body.text)).toContain('Who leads Qwen now');
      expect(String(parent2.body.text)).not.toContain('Summary: ');
    } finally {
      await llm.close();
    }
  });

  it('a short digest too long for one Discord message is sent whole, its sources included', async () => {
    const s = setup();
    await s.service.tick(T0);
    const long = `Alibaba appointed Chen Wei to lead Qwen model evaluation on November 20, 2026, ${'and the team will grow across every lab and product line '.repeat(40)}.`;
    writeFileSync(join(s.corpus, 'long.md'), article('Qwen names Chen Wei head of model evaluation', '2026-11-20', long));
    await s.live.reloadInBackground();
    const r = await s.service.tick(T0 + DAY);
    expect(r[1].answer!.items.length).toBeLessThanOrEqual(4); // short: no thread, one parent
    const d = s.discordPosts().slice(1).map((c) => c.body as { content: string; embeds: { description: string }[] });
    expect(d.length).toBeGreaterThanOrEqual(2);
    for (const m of d) expect(m.content.length).toBeLessThanOrEqual(2000);
    expect(d.at(-1)!.embeds[0].description).toContain('Qwen names Chen Wei head of model evaluation');
  });

  it('a broken file dropped into the corpus leaves the old index serving', async () => {
    const s = setup();
    const before = s.live.get();
    s.live.watch(50);
    const reloaded = s.live.nextReload();
    writeFileSync(join(s.corpus, 'broken.md'), '---\ntitle: [unclosed\n---\nbody\n');
    await reloaded;
    expect(s.live.get()).toBe(before);
    expect(logLines.some((l) => l.includes('broken.md') && l.includes('corpus file skipped'))).toBe(true);
    // The whole directory gone: still the last good index.
    const gone = s.live.nextReload();
    rmSync(s.corpus, { recursive: true, force: true });
    await s.live.reloadInBackground();
    await gone;
    s.live.unwatch();
    expect(s.live.get()).toBe(before);
    expect(answer(s.live.get(), 'who-leads', NOW).heading).toContain('Zhou Jingren');
  });

  it('the croner schedule fires ticks on its own', async () => {
    const s = setup();
    s.service.schedule('* * * * * *');
    expect(s.service.nextRun()).toBeInstanceOf(Date);
    await slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === s.slackChannel, 3000);
    await s.service.stop();
    expect(s.slackPosts()).toHaveLength(1);
  });
});

describe('/qwen digest and qwen-brief digest', () => {
  it('/qwen digest in a digest channel shows that channel\'s next digest to the asker only', async () => {
    const s = setup();
    const SECRET = 'digest-secret';
    const bot = await startSlack({
      index: s.index, now: () => NOW, log,
      previewDigest: (key) => (key === `slack:${s.slackChannel}` ? previewFor(s.index, s.state, key, NOW, 'post') : null),
      config: { SLACK_BOT_TOKEN: 'xoxb-d', SLACK_SIGNING_SECRET: SECRET, SLACK_APP_TOKEN: undefined, SLACK_RESPONSE_TYPE: 'in_channel', SLACK_API_URL: slack.apiUrl, PORT: 0 },
      retries: 0, version: 'test',
    });
    try {
      const url = `http://127.0.0.1:${bot.port}/slack/events`;
      await postSigned(url, SECRET, slashBody(slack, 'digest', 'dg-1', { channel_id: s.slackChannel }), 'application/x-www-form-urlencoded');
      const r = await slack.waitFor((c) => c.path === '/respond/dg-1');
      expect(r.body.response_type).toBe('ephemeral');
      expect(String(r.body.text)).toContain('now tracking 5 articles');
      expect(JSON.stringify(r.body.blocks)).not.toContain('qwen_share');
      // Elsewhere it is the stateless preview of the last week.
      await postSigned(url, SECRET, slashBody(slack, 'digest', 'dg-2', { channel_id: 'CELSEWHERE' }), 'application/x-www-form-urlencoded');
      const r2 = await slack.waitFor((c) => c.path === '/respond/dg-2');
      expect(String(r2.body.text)).toContain('no changes since Nov 17');
      expect(s.slackPosts()).toHaveLength(0); // a preview posts nothing
    } finally {
      await bot.stop();
    }
  });

  it('qwen-brief digest posts through REST exactly once per channel, and --dry-run --json previews', async () => {
    const s = setup();
    const run = promisify(execFile);
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK|DISCORD|OPENAI|DIGEST)_/.test(k)));
    const env = { ...clean, ...s.env, LOG_LEVEL: 'silent' };
    const bin = ['bin/qwen-brief.js', 'digest', '--corpus', s.corpus, '--now', NOW];
    const dry = await run(process.execPath, [...bin, '--dry-run', '--json'], { cwd: ROOT, env });
    const lines = dry.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.command, l.channel, l.status])).toEqual([
      ['digest', `slack:${s.slackChannel}`, 'dry-run'],
      ['digest', `discord:${s.discordChannel}`, 'dry-run'],
    ]);
    expect(lines[0].text).toContain('now tracking 5 articles');
    expect(s.slackPosts()).toHaveLength(0);
    await run(process.execPath, bin, { cwd: ROOT, env });
    const second = await run(process.execPath, [...bin, '--json'], { cwd: ROOT, env });
    expect(second.stdout.trim().split('\n').map((l) => JSON.parse(l).status)).toEqual(['nothing-new', 'nothing-new']);
    expect(s.slackPosts()).toHaveLength(1);
    expect(s.discordPosts()).toHaveLength(1);
  });
});
