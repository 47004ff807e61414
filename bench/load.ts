// Load: N signed /qwen commands all at once against the real Bolt app, and N Discord mentions all at once
// through the real discord.js Client, each platform faked on 127.0.0.1. Bounded in count and time.
// Standalone: `node bin/run-ts.js bench/load.ts [N]`; also part of `npm run bench`.
import { startDiscord } from '../src/adapters/discord/client.ts';
import { startSlack } from '../src/adapters/slack/app.ts';
import type { BriefIndex } from '../src/index/build.ts';
import { createLogger } from '../src/log.ts';
import { APP_ID, BOT_ID, GUILD_ID, messageCreate, startFakeDiscord } from '../test/fakes/discord.ts';
import { postSigned, slashBody, startFakeSlack } from '../test/fakes/slack.ts';
import { localService } from '../src/serve/local.ts';

export interface LoadResult {
  n: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  /** Requests answered exactly once / more than once / never. */
  once: number;
  twice: number;
  lost: number;
}

const QUERIES = ['who-leads', 'timeline', 'changes since March 2026', 'who Eddie Wu', 'sources', 'what did zhou hao do at deepmind'];
const pct = (s: number[], p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
const ms = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;

function summary(n: number, times: number[], errors: number, counts: Map<string, number>, keys: string[]): LoadResult {
  const s = [...times].sort((a, b) => a - b);
  const per = keys.map((k) => counts.get(k) ?? 0);
  return { n, p50: pct(s, 0.5), p99: pct(s, 0.99), max: s.at(-1) ?? NaN, errors, once: per.filter((c) => c === 1).length, twice: per.filter((c) => c > 1).length, lost: per.filter((c) => c === 0).length };
}

async function settle(done: () => boolean, limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

/** Time to ack (HTTP 200) for N simultaneous signed slash commands; each must be answered exactly once. */
export async function slackLoad(index: BriefIndex, n: number): Promise<LoadResult> {
  const fake = await startFakeSlack();
  const secret = 'load-secret';
  const bot = await startSlack({
    config: { SLACK_BOT_TOKEN: 'xoxb-load', SLACK_SIGNING_SECRET: secret, SLACK_APP_TOKEN: undefined, SLACK_RESPONSE_TYPE: 'ephemeral', SLACK_API_URL: fake.apiUrl, PORT: 0 },
    index: localService(index), now: () => '2026-11-24', log: createLogger('silent'), retries: 0, version: 'load',
  });
  const url = `http://127.0.0.1:${bot.port}/slack/events`;
  const times: number[] = [];
  let errors = 0;
  const keys = Array.from({ length: n }, (_, i) => `/respond/load-${i}`);
  await Promise.all(
    keys.map(async (_, i) => {
      const t = process.hrtime.bigint();
      try {
        const res = await postSigned(url, secret, slashBody(fake, QUERIES[i % QUERIES.length], `load-${i}`), 'application/x-www-form-urlencoded');
        await res.arrayBuffer();
        times.push(ms(t));
        if (res.status !== 200) errors++;
      } catch {
        errors++;
      }
    }),
  );
  const answered = () => fake.calls.filter((c) => c.path.startsWith('/respond/load-')).length >= n;
  await settle(answered, 30_000);
  await new Promise((r) => setTimeout(r, 300)); // let any duplicate arrive
  const counts = new Map<string, number>();
  for (const c of fake.calls) if (c.path.startsWith('/respond/load-')) counts.set(c.path, (counts.get(c.path) ?? 0) + 1);
  await bot.stop();
  await fake.close();
  return summary(n, times, errors, counts, keys);
}

/** Time from a MESSAGE_CREATE on the gateway to the bot's reply at the REST API, for N mentions at once. */
export async function discordLoad(index: BriefIndex, n: number): Promise<LoadResult> {
  const fake = await startFakeDiscord();
  const bot = await startDiscord({
    config: { DISCORD_TOKEN: 'discord-load', DISCORD_APPLICATION_ID: APP_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: fake.apiUrl },
    index: localService(index), now: () => '2026-11-24', log: createLogger('silent'), retries: 0,
  });
  const sent = new Map<string, number>(); // wall clock, as the fake stamps its calls
  const times: number[] = [];
  const counts = new Map<string, number>();
  const keys: string[] = [];
  const start = fake.calls.length;
  for (let i = 0; i < n; i++) {
    const m = messageCreate(`<@${BOT_ID}> ${QUERIES[i % QUERIES.length]}`, { mentionsBot: true });
    keys.push(m.id);
    sent.set(m.id, Date.now());
    fake.dispatch('MESSAGE_CREATE', m);
  }
  const replies = () => fake.calls.slice(start).filter((c) => c.method === 'POST' && (c.body as { message_reference?: unknown } | null)?.message_reference);
  await settle(() => replies().length >= n, 60_000);
  await new Promise((r) => setTimeout(r, 300));
  for (const c of replies()) {
    const id = (c.body as { message_reference: { message_id: string } }).message_reference.message_id;
    counts.set(id, (counts.get(id) ?? 0) + 1);
    if (counts.get(id) === 1) times.push(c.at - sent.get(id)!);
  }
  await bot.stop();
  await fake.close();
  return summary(n, times, 0, counts, keys);
}

export function loadLine(label: string, r: LoadResult, limit: string): string {
  return `${label}: ${r.n} at once · p50 ${r.p50.toFixed(1)} ms · p99 ${r.p99.toFixed(1)} ms · max ${r.max.toFixed(1)} ms · errors ${r.errors} · answered once ${r.once}/${r.n}, twice ${r.twice}, lost ${r.lost} (${limit})`;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('bench/load.ts')) {
  const { loadCorpus } = await import('../src/corpus/load.ts');
  const { buildIndex } = await import('../src/index/build.ts');
  const { resolve } = await import('node:path');
  const n = Number(process.argv[2] ?? 500);
  const index = buildIndex(loadCorpus(resolve(import.meta.dirname, '../corpus')));
  console.log(loadLine('Slack /qwen ack', await slackLoad(index, n), "Slack's limit 3,000 ms"));
  console.log(loadLine('Discord mention → reply', await discordLoad(index, n), 'no platform limit; users notice ~3 s'));
}
