// The summarizer inside the chat surfaces: never late (deterministic first, then replaced), never in the way.
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDiscord, type RunningDiscord } from '../src/adapters/discord/client.ts';
import { startSlack, type RunningSlack } from '../src/adapters/slack/app.ts';
import { createLogger } from '../src/log.ts';
import { loadPrompts } from '../src/summarize/prompts.ts';
import { Summarizer } from '../src/summarize/summarizer.ts';
import { APP_ID, BOT_ID, CHANNEL_ID, GUILD_ID, messageCreate, slashInteraction, startFakeDiscord, type FakeDiscord } from './fakes/discord.ts';
import { goodSummary, INVENTED_MARKERS, lyingSummary, startFakeOpenAI, type FakeOpenAI } from './fakes/openai.ts';
import { postSigned, slashBody, startFakeSlack, type FakeSlack } from './fakes/slack.ts';
import { NOW, seedIndex } from './helpers.ts';
import { localService } from '../src/serve/local.ts';

const SECRET = 'summary-flow-secret';
const FORM = 'application/x-www-form-urlencoded';
const log = createLogger('silent');
const BUDGET = 300;

let llm: FakeOpenAI;
let slackFake: FakeSlack;
let discordFake: FakeDiscord;
let slack: RunningSlack;
let discord: RunningDiscord;

beforeAll(async () => {
  llm = await startFakeOpenAI();
  slackFake = await startFakeSlack();
  discordFake = await startFakeDiscord();
  const summarizer = new Summarizer({
    baseURL: llm.baseURL, model: 'fake-model', timeoutMs: 3000, concurrency: 2,
    prompts: loadPrompts(join(resolve(import.meta.dirname, '..'), 'prompts')), log,
    // No cache here: each test scripts its own model behaviour for the same questions.
    cache: { get: () => null, set: () => undefined },
  });
  const core = { index: localService(seedIndex()), now: () => NOW, log, summarizer, summaryBudgetMs: BUDGET };
  slack = await startSlack({
    ...core,
    config: { SLACK_BOT_TOKEN: 'xoxb-t', SLACK_SIGNING_SECRET: SECRET, SLACK_APP_TOKEN: undefined, SLACK_RESPONSE_TYPE: 'ephemeral', SLACK_API_URL: slackFake.apiUrl, PORT: 0 },
    retries: 0,
    version: 'test',
  });
  discord = await startDiscord({
    ...core,
    config: { DISCORD_TOKEN: 'discord-t', DISCORD_APPLICATION_ID: APP_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: discordFake.apiUrl },
    retries: 0,
  });
}, 30_000);

afterAll(async () => {
  await slack?.stop();
  await discord?.stop();
  await Promise.all([llm?.close(), slackFake?.close(), discordFake?.close()]);
});

beforeEach(() => {
  llm.script.length = 0;
  llm.fallback = goodSummary;
});

const slow = (ms: number) => (req: Parameters<typeof goodSummary>[0]) => ({ ...goodSummary(req), delayMs: ms });
const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));
const events = () => `http://127.0.0.1:${slack.port}/slack/events`;

describe('Slack with a summarizer', () => {
  it('answers with the summary directly when it is ready within the budget', async () => {
    await postSigned(events(), SECRET, slashBody(slackFake, 'who-leads', 's-fast'), FORM);
    const first = await slackFake.waitFor((c) => c.path === '/respond/s-fast');
    expect(String(first.body.text)).toContain('Summary: ');
    expect(JSON.stringify(first.body.blocks)).toContain('Summarized by fake-model; each sentence checked against its cited excerpts');
    await settle();
    expect(slackFake.calls.filter((c) => c.path === '/respond/s-fast')).toHaveLength(1);
  });

  it('shows the deterministic answer first and replaces it with the late summary', async () => {
    llm.script.push(slow(BUDGET + 700));
    await postSigned(events(), SECRET, slashBody(slackFake, 'timeline', 's-slow'), FORM);
    const first = await slackFake.waitFor((c) => c.path === '/respond/s-slow');
    expect(String(first.body.text)).not.toContain('Summary: ');
    expect(String(first.body.text)).toContain('Timeline');
    const second = await slackFake.waitFor((c) => c.path === '/respond/s-slow' && c.body.replace_original === true);
    expect(String(second.body.text)).toContain('Summary: ');
    expect(second.body.response_type).toBe('ephemeral');
  });

  it('keeps the deterministic answer when the model fails, and says nothing more', async () => {
    llm.script.push(() => ({ status: 500 }));
    await postSigned(events(), SECRET, slashBody(slackFake, 'who-leads', 's-500'), FORM);
    const first = await slackFake.waitFor((c) => c.path === '/respond/s-500');
    expect(String(first.body.text)).toContain('Who leads Qwen');
    expect(String(first.body.text)).not.toContain('Summary: ');
    await settle(BUDGET + 300);
    expect(slackFake.calls.filter((c) => c.path === '/respond/s-500')).toHaveLength(1);
  });

  it('never shows a claim its cited excerpts do not make: dropped from the summary, or the deterministic answer', async () => {
    llm.script.push(lyingSummary({ faithful: true }));
    await postSigned(events(), SECRET, slashBody(slackFake, 'changes since 2026-03-01', 's-lie1'), FORM);
    const kept = await slackFake.waitFor((c) => c.path === '/respond/s-lie1');
    expect(String(kept.body.text)).toContain('each sentence checked against its cited excerpts');
    llm.script.push(lyingSummary());
    await postSigned(events(), SECRET, slashBody(slackFake, 'who-leads', 's-lie2'), FORM);
    const det = await slackFake.waitFor((c) => c.path === '/respond/s-lie2');
    expect(String(det.body.text)).toContain('Who leads Qwen');
    expect(String(det.body.text)).not.toContain('Summarized by');
    await settle(BUDGET + 300);
    const all = slackFake.calls.filter((c) => c.path === '/respond/s-lie1' || c.path === '/respond/s-lie2');
    expect(all).toHaveLength(2);
    for (const c of all) for (const m of INVENTED_MARKERS) expect(JSON.stringify(c.body)).not.toContain(m);
  });

  it('updates a mention reply in place with chat.update when the summary is late', async () => {
    llm.script.push(slow(BUDGET + 500));
    const payload = {
      token: 'x', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: 'EvS1', event_time: 1,
      event: { type: 'app_mention', user: 'U1', text: '<@UBOT> who-leads', ts: '1700000100.000100', channel: 'CS1', event_ts: '1700000100.000100' },
    };
    await postSigned(events(), SECRET, JSON.stringify(payload), 'application/json');
    const post = await slackFake.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'CS1');
    expect(String(post.body.text)).not.toContain('Summary: ');
    const update = await slackFake.waitFor((c) => c.path === '/api/chat.update' && c.body.channel === 'CS1');
    expect(String(update.body.text)).toContain('Summary: ');
    expect(update.body.ts).toBeTruthy();
  });
});

describe('Discord with a summarizer', () => {
  it('defers a slash interaction, edits in the deterministic answer, then the late summary', async () => {
    llm.script.push(slow(BUDGET + 600));
    discordFake.dispatch('INTERACTION_CREATE', slashInteraction('800000000000000777', 'who-leads'));
    const path = `/webhooks/${APP_ID}/tok-800000000000000777/messages/@original`;
    const edits = () => discordFake.calls.filter((c) => c.method === 'PATCH' && c.path === path);
    await discordFake.waitFor((c) => c.method === 'PATCH' && c.path === path);
    expect((edits()[0].body as { content: string }).content).not.toContain('Summary: ');
    await discordFake.waitFor((c) => c.method === 'PATCH' && c.path === path && String((c.body as { content: string }).content).includes('Summary: '));
    const last = edits().at(-1)!.body as { content: string; embeds: { description: string }[]; allowed_mentions: { parse: string[] } };
    expect(last.content).toContain('Summarized by fake-model');
    expect(last.embeds[0].description).toContain('[1]');
    expect(last.allowed_mentions.parse).toEqual([]);
  });

  it('a late summary from a model that invents replaces nothing with an invented claim', async () => {
    llm.script.push((req) => ({ ...lyingSummary({ faithful: true })(req), delayMs: BUDGET + 400 }));
    discordFake.dispatch('INTERACTION_CREATE', slashInteraction('800000000000000778', 'why did lin junyang resign'));
    const path = `/webhooks/${APP_ID}/tok-800000000000000778/messages/@original`;
    await discordFake.waitFor((c) => c.method === 'PATCH' && c.path === path && String((c.body as { content: string }).content).includes('Summarized by'));
    const edits = discordFake.calls.filter((c) => c.method === 'PATCH' && c.path === path);
    for (const e of edits) for (const m of INVENTED_MARKERS) expect(JSON.stringify(e.body)).not.toContain(m);
  });

  it('replies to a mention with the summary when it is ready within the budget', async () => {
    const before = discordFake.calls.length;
    discordFake.dispatch('MESSAGE_CREATE', messageCreate(`<@${BOT_ID}> who-leads`, { mentionsBot: true }));
    const post = await discordFake.waitFor((c) => discordFake.calls.indexOf(c) >= before && c.method === 'POST' && c.path === `/channels/${CHANNEL_ID}/messages`);
    expect((post.body as { content: string }).content).toContain('Summary: ');
  });
});
