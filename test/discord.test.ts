import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord, type DiscordOptions, type RunningDiscord } from '../src/adapters/discord/client.ts';
import { BOT_PERMISSIONS, INVITE_PERMISSIONS, inviteUrl } from '../src/adapters/discord/permissions.ts';
import { answer } from '../src/briefing/answer.ts';
import { createLogger } from '../src/log.ts';
import { toJson } from '../src/render/json.ts';
import { openState, type StateDb } from '../src/state/db.ts';
import { loadPrompts } from '../src/summarize/prompts.ts';
import { Summarizer } from '../src/summarize/summarizer.ts';
import { APP_ID, CHANNEL_ID, DM_ID, GUILD_ID, BOT_ID, buttonInteraction, messageCreate, slashInteraction, startFakeDiscord, type FakeDiscord } from './fakes/discord.ts';
import { feedbackStore } from '../src/state/feedback.ts';
import { startFakeOpenAI } from './fakes/openai.ts';
import { NOW, seedIndex, scratchCorpus, capturedLog } from './helpers.ts';
import { buildIndex, type BriefIndex } from '../src/index/build.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { LocalService, localService } from '../src/serve/local.ts';

const logLines: string[] = [];
const sink = new Writable({ write(chunk, _e, cb) { logLines.push(String(chunk)); cb(); } });
let fake: FakeDiscord;
let bot: RunningDiscord;
let index: BriefIndex = seedIndex();

const ROOT = resolve(import.meta.dirname, '..');
let deps: DiscordOptions;
// Where the bot keeps feedback (and its /qwen registration hash), so a test can read the votes.
const state: StateDb = openState(join(mkdtempSync(join(tmpdir(), 'qwen-discord-')), 'state.db'));

beforeAll(async () => {
  fake = await startFakeDiscord();
  // Kept, so a test can give the running bot a summarizer.
  deps = {
    config: { DISCORD_TOKEN: 'discord-test-token', DISCORD_APPLICATION_ID: APP_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: fake.apiUrl },
    index: new LocalService(() => index),
    now: () => NOW,
    log: createLogger('debug', sink),
    retries: 0,
    state,
  };
  bot = await startDiscord(deps);
}, 30_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  state.close();
});

/** Masked links [label](url) Discord would render: every backslash-escaped character is dropped first. */
function liveMaskedLinks(markdown: string): string[] {
  return markdown.replace(/\\[\s\S]/g, '').match(/\[[^\]]*\]\(\s*<?https?:[^)]*\)/g) ?? [];
}
/** The text with escaped characters dropped: what is left is live Markdown. */
const live = (markdown: string) => markdown.replace(/\\[\s\S]/g, '');

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
    await settle(); // every part of the answer, so the next test counts from a quiet channel
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
    // Days are Discord timestamps (each reader's locale): 2026-03-05, at noon UTC.
    expect((call.body as { content: string }).content).toContain(`<t:${Date.parse('2026-03-05T12:00:00Z') / 1000}:D>`);
  });

  it('defers a slash interaction, then edits in the answer', async () => {
    fake.dispatch('INTERACTION_CREATE', slashInteraction('800000000000000001', 'changes since March 2026'));
    const deferred = await fake.waitFor((c) => c.path === '/interactions/800000000000000001/tok-800000000000000001/callback');
    expect((deferred.body as { type: number }).type).toBe(5);
    const edit = await fake.waitFor((c) => c.method === 'PATCH' && c.path === `/webhooks/${APP_ID}/tok-800000000000000001/messages/@original`);
    expect(edit.at).toBeGreaterThanOrEqual(deferred.at);
    const body = edit.body as { content: string; allowed_mentions: { parse: string[] } };
    expect(body.content).toContain(`Changes since <t:${Date.parse('2026-03-01T12:00:00Z') / 1000}:D>`);
    expect(body.allowed_mentions.parse).toEqual([]);
    // Only the asker saw the slash command: the answer restates it.
    expect(body.content).toMatch(/^-# You asked: \/qwen changes since March 2026\n/);
  });

  it('shows "typing…" for a mention, then answers on one screen with 👍/👎; nothing internal, no heading cut from its items', async () => {
    const before = fake.calls.length;
    const msg = messageCreate(`<@${BOT_ID}> who-leads`, { mentionsBot: true });
    fake.dispatch('MESSAGE_CREATE', msg);
    await fake.waitFor((c) => c.path === `/channels/${CHANNEL_ID}/messages` && (c.body as { message_reference?: { message_id: string } })?.message_reference?.message_id === msg.id);
    await settle();
    const mine = fake.calls.slice(before).filter((c) => c.method === 'POST' && c.path.startsWith(`/channels/${CHANNEL_ID}/`));
    expect(mine[0].path).toBe(`/channels/${CHANNEL_ID}/typing`);
    const parts = mine.filter((c) => c.path.endsWith('/messages')).map((c) => c.body as { content: string; embeds: { description: string }[]; components?: { components: { custom_id: string; emoji: { name: string } }[] }[] });
    expect(parts.length).toBeGreaterThanOrEqual(2); // one screen, then the rest in follow-ups
    expect(parts[0].content.length + parts[0].embeds[0].description.length).toBeLessThanOrEqual(1800);
    expect(parts[0].components![0].components.map((b) => b.emoji.name)).toEqual(['👍', '👎']);
    for (const p of parts) {
      expect(p.content.length).toBeLessThanOrEqual(2000);
      expect(p.content.trimEnd().split('\n').at(-1)).not.toMatch(/^__.*__$/);
      expect(JSON.stringify(p)).not.toMatch(/\.md\b|article date/);
    }
    // The first screen carries its own sources; the follow-ups' sources ride on the last of them. No mark
    // points past the sources listed for its group.
    const listed = (p: (typeof parts)[number]) => p.embeds[0].description.split('\n').filter((l) => /^\[\d+\]/.test(l)).length;
    const marksOf = (ps: typeof parts) => ps.flatMap((p) => [...p.content.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
    expect(Math.max(...marksOf([parts[0]]))).toBe(listed(parts[0]));
    expect(Math.max(...marksOf(parts.slice(1)))).toBeLessThanOrEqual(listed(parts.at(-1)!));
  });

  it('answers a digest mention by saying the preview is private and where to get it', async () => {
    const before = posts(CHANNEL_ID).length;
    fake.dispatch('MESSAGE_CREATE', messageCreate(`<@${BOT_ID}> digest`, { mentionsBot: true }));
    await fake.waitFor(() => posts(CHANNEL_ID).length > before);
    await settle();
    const mine = posts(CHANNEL_ID).slice(before).map((p) => (p.body as { content: string }).content);
    expect(mine).toEqual(['The digest preview is shown only to the one who asks: use `/qwen query:digest`.']);
  });

  it('stores a 👎 once per answer and user: a second click says it is already noted', async () => {
    const before = posts(CHANNEL_ID).length;
    fake.dispatch('MESSAGE_CREATE', messageCreate(`<@${BOT_ID}> ask who is the CFO of Qwen`, { mentionsBot: true }));
    await fake.waitFor(() => posts(CHANNEL_ID).length > before);
    const answer = posts(CHANNEL_ID)[before].body as { components: { components: { custom_id: string }[] }[] };
    const down = answer.components[0].components[1].custom_id;
    expect(down).toMatch(/^qwen_fb:down:s1:/);
    fake.dispatch('INTERACTION_CREATE', buttonInteraction('810000000000000001', down));
    const first = await fake.waitFor((c) => c.path === '/interactions/810000000000000001/tok-810000000000000001/callback');
    expect(first.body).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringContaining('noted as not helpful') } });
    fake.dispatch('INTERACTION_CREATE', buttonInteraction('810000000000000002', down));
    const second = await fake.waitFor((c) => c.path === '/interactions/810000000000000002/tok-810000000000000002/callback');
    expect(second.body).toMatchObject({ type: 4, data: { content: 'Already noted, thanks.' } });
    const rows = (await feedbackStore(state, createLogger('silent')).list(null)).filter((r) => r.user === 'discord:400000000000000001');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ vote: 'down', question: 'ask who is the CFO of Qwen', command: 'ask', corpusVersion: index.version });
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

  it('echoes a masked link in a question as inert text, with no live link or formatting (mention and /qwen)', async () => {
    const question = 'who [verify your account](https://evil.example/login) **now** ||x|| # title';
    const before = posts(CHANNEL_ID).length;
    fake.dispatch('MESSAGE_CREATE', messageCreate(`<@${BOT_ID}> ${question}`, { mentionsBot: true }));
    await fake.waitFor(() => posts(CHANNEL_ID).length > before);
    const content = (posts(CHANNEL_ID)[before].body as { content: string }).content;
    expect(content).toContain('verify your account');
    expect(liveMaskedLinks(content)).toEqual([]);
    expect(live(content)).not.toMatch(/\*\*now\*\*|\|\|x\|\||^#|\n#/);
    expect(content).toContain('<https://evil.example/login>');

    fake.dispatch('INTERACTION_CREATE', slashInteraction('800000000000000009', question));
    const edit = await fake.waitFor((c) => c.method === 'PATCH' && c.path === `/webhooks/${APP_ID}/tok-800000000000000009/messages/@original`);
    const slash = (edit.body as { content: string }).content;
    expect(slash).toContain('verify your account');
    expect(liveMaskedLinks(slash)).toEqual([]);
    await settle();
  });

  it('neutralises a masked link and formatting in corpus text (sentence, title, outlet), while --json keeps the quote verbatim', async () => {
    const sentence = 'On March 9, 2026, Alibaba told Qwen staff to [verify your account](https://evil.example/login) and **act now** before the reorganisation.';
    index = buildIndex(loadCorpus(scratchCorpus({ 'phish.md': `---\ntitle: Staff notice [login](https://evil.example/t)\npublished: 2026-03-09\nkind: news\nsource: Wire **Bold**\n---\n${sentence}\n` })));
    try {
      const query = 'ask verify your account before the reorganisation';
      const json = toJson(answer(index, query, NOW)) as { citations: { quote: string }[] };
      expect(json.citations.map((c) => c.quote)).toContain(sentence);
      const before = posts(CHANNEL_ID).length;
      fake.dispatch('MESSAGE_CREATE', messageCreate(`<@${BOT_ID}> ${query}`, { mentionsBot: true }));
      await fake.waitFor(() => posts(CHANNEL_ID).length > before);
      await settle();
      const mine = posts(CHANNEL_ID).slice(before).map((p) => p.body as { content: string; embeds: { description: string }[] });
      const all = mine.map((b) => [b.content, ...b.embeds.map((e) => e.description)].join('\n')).join('\n');
      expect(all).toContain('verify your account');
      expect(liveMaskedLinks(all)).toEqual([]);
      expect(live(all)).not.toMatch(/\*\*act now\*\*|\*\*Bold\*\*/);
    } finally {
      index = seedIndex();
    }
  });

  it('neutralises a masked link in a summary sentence', async () => {
    const llm = await startFakeOpenAI();
    deps.summarizer = new Summarizer({
      baseURL: llm.baseURL, model: 'fake-model', timeoutMs: 3000, concurrency: 1,
      prompts: loadPrompts(join(ROOT, 'prompts')), log: createLogger('silent'), cache: { get: () => null, set: () => undefined },
    });
    deps.summaryBudgetMs = 3000;
    llm.fallback = () => ({ content: JSON.stringify({ sentences: [{ text: 'Zhou Jingren leads Qwen; [verify your account](https://evil.example/login) **now**.', cites: [1] }] }) });
    try {
      const before = posts(CHANNEL_ID).length;
      fake.dispatch('MESSAGE_CREATE', messageCreate(`<@${BOT_ID}> who-leads`, { mentionsBot: true }));
      await fake.waitFor(() => posts(CHANNEL_ID).length > before);
      await settle();
      const content = (posts(CHANNEL_ID)[before].body as { content: string }).content;
      // The support check drops a sentence whose words no excerpt carries, link and all; whatever is
      // shown (the summary or the deterministic answer it falls back to) has no live link or formatting.
      expect(content).toContain('Zhou Jingren');
      expect(liveMaskedLinks(content)).toEqual([]);
      expect(live(content)).not.toContain('**now**');
      expect(content).not.toMatch(/\]\(https:\/\/evil/);
    } finally {
      deps.summarizer = null;
      deps.summaryBudgetMs = undefined;
      await llm.close();
    }
  });

  it('never logs the bot token', () => {
    expect(logLines.join('')).not.toContain('discord-test-token');
  });
});

describe('Discord invite link', () => {
  it('the README link grants exactly the computed permissions, Embed Links and every permission the bot uses included', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/https:\/\/discord\.com\/oauth2\/authorize\?[^\s`)]+/g)].map((m) => m[0]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const u = new URL(link);
      expect(u.searchParams.get('permissions')).toBe(String(INVITE_PERMISSIONS));
      expect(u.searchParams.get('scope')!.split(' ')).toEqual(expect.arrayContaining(['bot', 'applications.commands']));
      expect(link.replace('<APPLICATION_ID>', APP_ID)).toBe(inviteUrl(APP_ID));
    }
    for (const name of ['ViewChannel', 'SendMessages', 'SendMessagesInThreads', 'EmbedLinks', 'ReadMessageHistory'] as const) {
      expect(INVITE_PERMISSIONS & PermissionFlagsBits[name]).toBe(PermissionFlagsBits[name]);
      expect(Object.keys(BOT_PERMISSIONS)).toContain(name);
    }
  });
});

describe('Discord /qwen registration refused (403 Missing Access: invited without applications.commands)', () => {
  const refuse = { status: 403, body: { message: 'Missing Access', code: 50001 } };
  const puts = (f: FakeDiscord) => f.calls.filter((c) => c.method === 'PUT' && c.path === `/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);

  it('keeps answering mentions and DMs, says once what to do, retries and registers; a restart with the same /qwen does not register again', async () => {
    const f = await startFakeDiscord();
    const { log, lines } = capturedLog('debug');
    const state: StateDb = openState(join(mkdtempSync(join(tmpdir(), 'qwen-dreg-')), 'state.db'));
    const start = (st: StateDb | null) =>
      startDiscord({
        config: { DISCORD_TOKEN: 'discord-t', DISCORD_APPLICATION_ID: APP_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: f.apiUrl },
        index: localService(seedIndex()), now: () => NOW, log, retries: 0, state: st, registrationRetryMs: [400],
      });
    f.script.push({ method: 'PUT', match: /\/commands$/, replies: [refuse, refuse] });
    const bots: RunningDiscord[] = [];
    try {
      const b1 = await start(state);
      bots.push(b1);
      expect(await b1.commands.first).toBe('failed');
      f.dispatch('MESSAGE_CREATE', messageCreate(`<@${BOT_ID}> who-leads`, { mentionsBot: true }));
      const reply = await f.waitFor((c) => c.method === 'POST' && c.path === `/channels/${CHANNEL_ID}/messages`);
      expect((reply.body as { content: string }).content).toContain('Zhou Jingren');
      f.dispatch('MESSAGE_CREATE', messageCreate('timeline', { dm: true }));
      await f.waitFor((c) => c.method === 'POST' && c.path === `/channels/${DM_ID}/messages`);

      await b1.commands.registered;
      expect(puts(f)).toHaveLength(3);
      const said = lines.filter((l) => l.includes('"level":50') && l.includes('/qwen is not registered'));
      expect(said).toHaveLength(1);
      expect(said[0]).toContain('applications.commands');
      expect(said[0]).toContain(`client_id=${APP_ID}`);
      expect(said[0]).toContain(`permissions=${INVITE_PERMISSIONS}`);
      expect(lines.some((l) => l.includes('/qwen registered'))).toBe(true);
      await b1.stop();

      const b2 = await start(state);
      bots.push(b2);
      expect(await b2.commands.first).toBe('unchanged');
      expect(puts(f)).toHaveLength(3);
      await b2.stop();

      // Without the state DB there is no hash to compare: it registers again.
      const b3 = await start(null);
      bots.push(b3);
      expect(await b3.commands.first).toBe('registered');
      expect(puts(f)).toHaveLength(4);
    } finally {
      for (const b of bots) await b.stop();
      state.close();
      await f.close();
    }
  }, 30_000);

  it('the real binary: with /qwen refused it stays up, answers a mention, and exits 0 on SIGTERM', async () => {
    const f = await startFakeDiscord();
    f.script.push({ method: 'PUT', match: /\/commands$/, replies: Array.from({ length: 10 }, () => refuse) });
    const child = spawn(process.execPath, ['bin/qwen-brief.js', 'start', '--now', NOW], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH, DISCORD_TOKEN: 'discord-bin', DISCORD_APPLICATION_ID: APP_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: f.apiUrl,
        STATE_PATH: join(mkdtempSync(join(tmpdir(), 'qwen-dbin-')), 'state.db'), CORPUS_WATCH: 'false',
      },
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<{ code: number | null; signal: string | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
    try {
      const deadline = Date.now() + 20_000;
      while (!err.includes('/qwen is not registered') && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(err).toContain('applications.commands');
      f.dispatch('MESSAGE_CREATE', messageCreate(`<@${BOT_ID}> who-leads`, { mentionsBot: true }));
      const reply = await f.waitFor((c) => c.method === 'POST' && c.path === `/channels/${CHANNEL_ID}/messages`, 10_000);
      expect((reply.body as { content: string }).content).toContain('Zhou Jingren');
      expect(child.exitCode).toBeNull();
      child.kill('SIGTERM');
      expect(await exited).toEqual({ code: 0, signal: null });
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await f.close();
    }
  }, 40_000);
});
