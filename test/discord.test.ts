import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord, type RunningDiscord } from '../src/adapters/discord/client.ts';
import { createLogger } from '../src/log.ts';
import { APP_ID, CHANNEL_ID, DM_ID, GUILD_ID, BOT_ID, messageCreate, slashInteraction, startFakeDiscord, type FakeDiscord } from './fakes/discord.ts';
import { NOW, seedIndex, scratchCorpus } from './helpers.ts';
import { buildIndex, type BriefIndex } from '../src/index/build.ts';
import { loadCorpus } from '../src/corpus/load.ts';

const logLines: string[] = [];
const sink = new Writable({ write(chunk, _e, cb) { logLines.push(String(chunk)); cb(); } });
let fake: FakeDiscord;
let bot: RunningDiscord;
let index: BriefIndex = seedIndex();

beforeAll(async () => {
  fake = await startFakeDiscord();
  bot = await startDiscord({
    config: { DISCORD_TOKEN: 'discord-test-token', DISCORD_APPLICATION_ID: APP_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: fake.apiUrl },
    getIndex: () => index,
    now: () => NOW,
    log: createLogger('debug', sink),
    retries: 0,
  });
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
});

const posts = (channel: string) => fake.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${channel}/messages`);
const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

describe('Discord through the real discord.js Client', () => {
  it('registered /qwen in the guild at start (in the background)', async () => {
    expect(await bot.commands.first).toBe('registered');
    const put = fake.calls.find((c) => c.method === 'PUT' && c.path === `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(put).toBeDefined();
    expect((put!.body as unknown as { name: string }[])[0].name).toBe('qwen');
  });

  it('replies to a mention asking who-leads with the lead and sources, within 2000 chars, mentions off', async () => {
    const before = posts(CHANNEL_ID).length;
    const msg = messageCreate(`<@${BOT_ID}> who-leads`, { mentionsBot: true });
    fake.dispatch('MESSAGE_CREATE', msg);
    await fake.waitFor((c) => c.path === `/channels/${CHANNEL_ID}/messages` && posts(CHANNEL_ID).length > before);
    await settle();
    const mine = posts(CHANNEL_ID).slice(before);
    const first = mine[0].body as { content: string; embeds: { description: string }[]; allowed_mentions: { parse: string[] }; message_reference: { message_id: string } };
    expect(first.content).toContain('Zhou Jingren');
    expect(first.message_reference.message_id).toBe(msg.id);
    for (const p of mine) {
      const b = p.body as { content: string; allowed_mentions: { parse: string[] } };
      expect(b.content.length).toBeLessThanOrEqual(2000);
      expect(b.allowed_mentions.parse).toEqual([]);
    }
    const all = JSON.stringify(mine.map((p) => p.body));
    expect(all).toContain('Bowang Finance');
    expect(all).toMatch(/<t:\d+:D>/);
  });

  it('accepts the older <@!id> mention form', async () => {
    const before = posts(CHANNEL_ID).length;
    fake.dispatch('MESSAGE_CREATE', messageCreate(`<@!${BOT_ID}> who Eddie Wu`, { mentionsBot: true }));
    await fake.waitFor(() => posts(CHANNEL_ID).length > before);
    expect((posts(CHANNEL_ID)[before].body as { content: string }).content).toContain('Wu Yongming');
  });

  it('ignores bots, @everyone-only and role-only mentions', async () => {
    const before = posts(CHANNEL_ID).length;
    fake.dispatch('MESSAGE_CREATE', messageCreate(`<@${BOT_ID}> who-leads`, { mentionsBot: true, bot: true }));
    fake.dispatch('MESSAGE_CREATE', messageCreate('@everyone who-leads', { everyone: true }));
    fake.dispatch('MESSAGE_CREATE', messageCreate('<@&700000000000000001> who-leads', { roles: ['700000000000000001'] }));
    await settle(600);
    expect(posts(CHANNEL_ID).length).toBe(before);
  });

  it('answers a DM', async () => {
    fake.dispatch('MESSAGE_CREATE', messageCreate('timeline', { dm: true }));
    const call = await fake.waitFor((c) => c.path === `/channels/${DM_ID}/messages`);
    expect((call.body as { content: string }).content).toContain('2026-03-05');
  });

  it('defers a slash interaction, then edits in the answer', async () => {
    fake.dispatch('INTERACTION_CREATE', slashInteraction('800000000000000001', 'changes since March 2026'));
    const deferred = await fake.waitFor((c) => c.path === '/interactions/800000000000000001/tok-800000000000000001/callback');
    expect((deferred.body as { type: number }).type).toBe(5);
    const edit = await fake.waitFor((c) => c.method === 'PATCH' && c.path === `/webhooks/${APP_ID}/tok-800000000000000001/messages/@original`);
    expect(edit.at).toBeGreaterThanOrEqual(deferred.at);
    const body = edit.body as { content: string; allowed_mentions: { parse: string[] } };
    expect(body.content).toContain('Changes since 2026-03-01');
    expect(body.allowed_mentions.parse).toEqual([]);
  });

  it('shows /qwen digest to the asker only (ephemeral deferral)', async () => {
    fake.dispatch('INTERACTION_CREATE', slashInteraction('800000000000000002', 'digest'));
    const deferred = await fake.waitFor((c) => c.path === '/interactions/800000000000000002/tok-800000000000000002/callback');
    expect(deferred.body).toMatchObject({ type: 5, data: { flags: 64 } });
    const edit = await fake.waitFor((c) => c.method === 'PATCH' && c.path === `/webhooks/${APP_ID}/tok-800000000000000002/messages/@original`);
    expect((edit.body as { content: string }).content).toContain('Qwen digest');
  });

  it('honours a 429 with Retry-After: waits, then retries once', async () => {
    fake.script.push({ method: 'POST', match: new RegExp(`^/channels/${CHANNEL_ID}/messages$`), replies: [{ status: 429, headers: { 'retry-after': '1', 'x-ratelimit-scope': 'user' }, body: { message: 'You are being rate limited.', retry_after: 1, global: false } }] });
    const before = posts(CHANNEL_ID).length;
    fake.dispatch('MESSAGE_CREATE', messageCreate(`<@${BOT_ID}> sources`, { mentionsBot: true }));
    await fake.waitFor(() => posts(CHANNEL_ID).length >= before + 2, 10_000);
    await settle();
    const tries = posts(CHANNEL_ID).slice(before);
    expect(tries).toHaveLength(2);
    expect(tries[1].at - tries[0].at).toBeGreaterThanOrEqual(900);
    expect((tries[1].body as { content: string }).content).toContain('5 sources');
  });

  it('a connection dropped mid-answer gets the user a reference id, and the bot keeps serving', async () => {
    fake.script.push({ method: 'POST', match: new RegExp(`^/channels/${CHANNEL_ID}/messages$`), replies: [{ status: 0, delayMs: 300, drop: true }] });
    const before = posts(CHANNEL_ID).length;
    fake.dispatch('MESSAGE_CREATE', messageCreate(`<@${BOT_ID}> who-leads`, { mentionsBot: true }));
    await fake.waitFor(() => posts(CHANNEL_ID).length >= before + 2);
    const told = posts(CHANNEL_ID)[before + 1].body as { content: string };
    expect(told.content).toMatch(/reference to an admin: [0-9a-f]{8}/);
    fake.dispatch('MESSAGE_CREATE', messageCreate(`<@${BOT_ID}> who-leads`, { mentionsBot: true }));
    await fake.waitFor(() => posts(CHANNEL_ID).length >= before + 3);
    await settle(); // every part of the answer, so later tests count from a quiet channel
    expect((posts(CHANNEL_ID)[before + 2].body as { content: string }).content).toContain('Zhou Jingren');
  });

  it('tells the user a reference id (also logged) when Discord answers 500', async () => {
    fake.script.push({ method: 'POST', match: new RegExp(`^/channels/${CHANNEL_ID}/messages$`), replies: [{ status: 500, body: { message: 'boom', code: 0 } }] });
    const before = posts(CHANNEL_ID).length;
    fake.dispatch('MESSAGE_CREATE', messageCreate(`<@${BOT_ID}> timeline`, { mentionsBot: true }));
    await fake.waitFor(() => posts(CHANNEL_ID).length >= before + 2);
    const err = posts(CHANNEL_ID)[before + 1].body as { content: string };
    const ref = /admin: ([0-9a-f]{8})/.exec(err.content)?.[1];
    expect(ref).toBeDefined();
    expect(logLines.some((l) => l.includes(ref!))).toBe(true);
  });

  it('splits a long answer within the limits and never pings from corpus text', async () => {
    const lines = Array.from({ length: 60 }, (_, i) => `On March ${1 + (i % 28)}, 2026, Alibaba appointed Fan Yu to lead team ${i} @everyone <@${BOT_ID}> <@&1> as competition intensified across every market segment that week.`);
    index = buildIndex(loadCorpus(scratchCorpus({ 'long.md': `---\ntitle: Long @everyone\npublished: 2026-03-30\nkind: news\n---\n${lines.join('\n')}\n` })));
    try {
      const before = posts(CHANNEL_ID).length;
      fake.dispatch('MESSAGE_CREATE', messageCreate(`<@${BOT_ID}> who Fan Yu`, { mentionsBot: true }));
      await fake.waitFor(() => posts(CHANNEL_ID).length > before);
      await settle(500);
      const mine = posts(CHANNEL_ID).slice(before).map((p) => p.body as { content: string; embeds: { description: string }[]; allowed_mentions: { parse: string[] } });
      let embedChars = 0;
      for (const b of mine) {
        expect(b.content.length).toBeLessThanOrEqual(2000);
        expect(b.allowed_mentions.parse).toEqual([]);
        expect(b.embeds.length).toBeLessThanOrEqual(10);
        for (const e of b.embeds) {
          expect(e.description.length).toBeLessThanOrEqual(4096);
          embedChars += e.description.length;
        }
        expect(b.content).not.toMatch(/@everyone|<@\d+>|<@&\d+>/);
      }
      expect(embedChars).toBeLessThanOrEqual(6000);
    } finally {
      index = seedIndex();
    }
  });

  it('never logs the bot token', () => {
    expect(logLines.join('')).not.toContain('discord-test-token');
  });
});
