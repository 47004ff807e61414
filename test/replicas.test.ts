// Two real bot processes (bin/qwen-brief.js start --only slack) behind "one Slack app": the same signing secret,
// digest channels and DATABASE_URL (a throwaway PostgreSQL cluster, test/pg.ts), the digest ticking every second
// on both. Exactly one digest per channel; a mention and its retry delivered to different replicas answered once;
// a user's burst allowance shared; the state in PostgreSQL tables; with PostgreSQL stopped, commands are still
// answered and no replica exits, and everything is shared again when it returns.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_ID, CHANNEL_ID, messageCreate, slashInteraction, startFakeDiscord, type FakeDiscord } from './fakes/discord.ts';
import { postSigned, slashBody, startFakeSlack, type FakeSlack } from './fakes/slack.ts';
import { NOW } from './helpers.ts';
import { MIGRATIONS } from '../src/state/pg-migrations.ts';
import { pgSkipReason, startTestPostgres, type TestPostgres } from './pg.ts';
import { freePort } from './ports.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SECRET = 'replica-secret';
const PG_SKIP = pgSkipReason();
const SLACK_CHANNELS = ['CREP1', 'CREP2'];
const DISCORD_CHANNEL = '300000000000000077';
const FORM = 'application/x-www-form-urlencoded';

interface Replica {
  name: string;
  child: ChildProcess;
  port: number;
  err: () => string;
  exited: Promise<number | null>;
  url: string;
}

async function until(what: string, cond: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

let pg: TestPostgres;
let dbUrl = '';
let slack: FakeSlack;
let discord: FakeDiscord;
const replicas: Replica[] = [];

async function startReplica(name: string, only: 'slack' | 'discord' = 'slack', url = dbUrl): Promise<Replica> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/qwen-brief.js', 'start', '--only', only, '--now', NOW], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      SLACK_BOT_TOKEN: 'xoxb-replica', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: String(port),
      DISCORD_TOKEN: 'discord-replica', DISCORD_APPLICATION_ID: '1', DISCORD_API_URL: discord.apiUrl,
      ...(only === 'slack' ? { DIGEST_SLACK_CHANNELS: SLACK_CHANNELS.join(','), DIGEST_DISCORD_CHANNELS: DISCORD_CHANNEL, DIGEST_CRON: '* * * * * *' } : {}),
      DATABASE_URL: url, DATABASE_POOL_SIZE: '4',
      // Never used with DATABASE_URL set: a path no test can share.
      STATE_PATH: join(mkdtempSync(join(tmpdir(), `qwen-${name}-`)), 'unused.db'),
      RATE_LIMIT_PER_MINUTE: '1', RATE_LIMIT_BURST: '2', CORPUS_WATCH: 'false', LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  child.stdout!.resume();
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { name, child, port, err: () => err, exited, url: `http://127.0.0.1:${port}/slack/events` };
}

const count = (text: string, needle: string) => text.split(needle).length - 1;
const mention = (eventId: string, user: string, channel: string, ts: string) => JSON.stringify({
  token: 'x', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: eventId, event_time: 1,
  event: { type: 'app_mention', user, text: '<@UBOT> who-leads', ts, channel, event_ts: ts },
});
const slashTo = (r: Replica, trigger: string, user: string, opts: { retryNum?: number } = {}) =>
  postSigned(r.url, SECRET, slashBody(slack, 'who-leads', trigger, { user_id: user }), FORM, opts);
const answered = (trigger: string) => slack.calls.filter((c) => c.path === `/respond/${trigger}`);
const digestPosts = (channel: string) => slack.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.channel === channel);
const discordDigests = () => discord.calls.filter((c) => c.method === 'POST' && c.path.endsWith(`/channels/${DISCORD_CHANNEL}/messages`));
const threadReplies = (channel: string, ts: string) => slack.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.channel === channel && c.body.thread_ts === ts);
const health = async (r: Replica) => (await (await fetch(`http://127.0.0.1:${r.port}/healthz`)).json()) as { ok: boolean; database?: { backend: string; ok: boolean } };

describe.skipIf(PG_SKIP !== null)('two replicas sharing PostgreSQL (real processes)', () => {
  beforeAll(async () => {
    pg = await startTestPostgres();
    dbUrl = await pg.createDatabase('replicas');
    slack = await startFakeSlack();
    discord = await startFakeDiscord();
    replicas.push(await startReplica('a'), await startReplica('b'));
    for (const r of replicas) await until(`replica ${r.name} to start`, () => r.err().includes('"slack: started"') && r.err().includes('"digest: scheduled"'), 30_000);
  }, 90_000);

  afterAll(async () => {
    for (const r of replicas) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGKILL');
    await pg?.destroy();
    await slack?.close();
    await discord?.close();
  }, 60_000);

  it('the digest ticking every second on both: exactly one digest per channel, recorded in PostgreSQL', async () => {
    await until('a digest in every channel', () => SLACK_CHANNELS.every((c) => digestPosts(c).length > 0) && discordDigests().length > 0);
    // Both replicas tick every second: give them three more rounds each to double-post if they could.
    await new Promise((r) => setTimeout(r, 3500));
    for (const c of SLACK_CHANNELS) {
      expect(digestPosts(c)).toHaveLength(1);
      expect(String(digestPosts(c)[0].body.text)).toContain('now tracking 5 articles');
    }
    expect(discordDigests()).toHaveLength(1);
    const posted = replicas.map((r) => count(r.err(), '"digest: posted"'));
    expect(posted[0] + posted[1]).toBe(3);
    // Both kept ticking (nothing new, or the other's claim), neither stopped.
    expect(replicas.every((r) => r.child.exitCode === null)).toBe(true);
    const rows = await pg.psql("SELECT channel || ' ' || status FROM digests ORDER BY channel", 'replicas');
    expect(rows.split('\n').sort()).toEqual([`discord:${DISCORD_CHANNEL} posted`, ...SLACK_CHANNELS.map((c) => `slack:${c} posted`)].sort());
    expect(Number(await pg.psql('SELECT count(*) FROM told', 'replicas'))).toBe(15); // 5 articles × 3 channels
  }, 60_000);

  it('a mention delivered to one replica and its retry (x-slack-retry-num: 1) to the other is answered once', async () => {
    const [a, b] = replicas;
    const ts = `1700000001.${Date.now()}`;
    const body = mention('EvRetry1', 'UMENTION', 'CTALK', ts);
    expect((await postSigned(a.url, SECRET, body, 'application/json')).status).toBe(200);
    await slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === ts);
    expect((await postSigned(b.url, SECRET, body, 'application/json', { retryNum: 1 })).status).toBe(200);
    await until('replica b to ignore the retry', () => b.err().includes('"slack: duplicate mention ignored"'));
    expect(threadReplies('CTALK', ts)).toHaveLength(1);
    expect(String(threadReplies('CTALK', ts)[0].body.text)).toContain('Zhou Jingren');
    // A slash command retried to the other replica: answered once too.
    await slashTo(b, 'rep-cmd-1', 'UCMD');
    await slack.waitFor((c) => c.path === '/respond/rep-cmd-1');
    await slashTo(a, 'rep-cmd-1', 'UCMD', { retryNum: 1 });
    await until('replica a to ignore the retried command', () => a.err().includes('"slack: duplicate slash command ignored"'));
    expect(answered('rep-cmd-1')).toHaveLength(1);
  }, 30_000);

  it("a user's burst allowance is shared: the third command of a burst of two, across replicas, is refused", async () => {
    const [a, b] = replicas;
    await slashTo(a, 'burst-1', 'UBURST');
    expect(String((await slack.waitFor((c) => c.path === '/respond/burst-1')).body.text)).toContain('Zhou Jingren');
    await slashTo(b, 'burst-2', 'UBURST');
    expect(String((await slack.waitFor((c) => c.path === '/respond/burst-2')).body.text)).toContain('Zhou Jingren');
    await slashTo(a, 'burst-3', 'UBURST');
    expect(String((await slack.waitFor((c) => c.path === '/respond/burst-3')).body.text)).toMatch(/try again in \d+ s/);
    // Another user still has their own allowance.
    await slashTo(b, 'burst-other', 'UCALM');
    expect(String((await slack.waitFor((c) => c.path === '/respond/burst-other')).body.text)).toContain('Zhou Jingren');
    // The state is in PostgreSQL's tables.
    expect(await pg.psql("SELECT ok FROM rate_buckets WHERE key = 'slack:UBURST'", 'replicas')).toBe('f');
    expect(Number(await pg.psql("SELECT count(*) FROM seen WHERE key IN ('evt:EvRetry1', 'cmd:rep-cmd-1')", 'replicas'))).toBe(2);
    expect(Number(await pg.psql('SELECT count(*) FROM shares', 'replicas'))).toBeGreaterThanOrEqual(4);
    for (const r of replicas) expect(await health(r)).toMatchObject({ ok: true, database: { backend: 'postgres', ok: true } });
  }, 30_000);

  it('with PostgreSQL stopped, slash commands and mentions are still answered and no replica exits; shared again when it returns', async () => {
    const [a, b] = replicas;
    await pg.stop();
    await slashTo(a, 'down-1', 'UDOWN1');
    await slashTo(b, 'down-2', 'UDOWN2');
    expect(String((await slack.waitFor((c) => c.path === '/respond/down-1')).body.text)).toContain('Zhou Jingren');
    expect(String((await slack.waitFor((c) => c.path === '/respond/down-2')).body.text)).toContain('Zhou Jingren');
    const ts = `1700000002.${Date.now()}`;
    await postSigned(b.url, SECRET, mention('EvDown1', 'UDOWN3', 'CTALK', ts), 'application/json');
    await slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === ts);
    // A retry to the same replica is still caught (its memory).
    await postSigned(b.url, SECRET, mention('EvDown1', 'UDOWN3', 'CTALK', ts), 'application/json', { retryNum: 1 });
    await until('replica b to ignore the retry from memory', () => count(b.err(), '"slack: duplicate mention ignored"') >= 1);
    for (const r of replicas) {
      expect(r.err()).toContain('state database unreachable');
      expect(await health(r)).toMatchObject({ ok: true, database: { backend: 'postgres', ok: false } });
    }
    // Digest rounds meanwhile fail and are retried; nothing is posted twice, nobody exits.
    await until('a digest round to skip for want of the database', () => replicas.some((r) => r.err().includes('digest: state database unavailable')));
    await new Promise((r) => setTimeout(r, 1500));
    expect(replicas.every((r) => r.child.exitCode === null && r.child.signalCode === null)).toBe(true);
    for (const c of SLACK_CHANNELS) expect(digestPosts(c)).toHaveLength(1);
    expect(threadReplies('CTALK', ts)).toHaveLength(1);

    await pg.start();
    for (const r of replicas) await until(`replica ${r.name} to reach the database again`, async () => (await health(r)).database?.ok === true);
    const ts2 = `1700000003.${Date.now()}`;
    const back = mention('EvBack1', 'UBACK', 'CTALK', ts2);
    await postSigned(a.url, SECRET, back, 'application/json');
    await slack.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === ts2);
    const ignoredBefore = count(b.err(), '"slack: duplicate mention ignored"');
    await postSigned(b.url, SECRET, back, 'application/json', { retryNum: 1 });
    await until('replica b to ignore the retry through the database', () => count(b.err(), '"slack: duplicate mention ignored"') > ignoredBefore);
    expect(threadReplies('CTALK', ts2)).toHaveLength(1);
    for (const r of replicas) expect(r.err()).toContain('state database reachable again');
    // Still one digest per channel after the outage.
    await new Promise((r) => setTimeout(r, 1200));
    for (const c of SLACK_CHANNELS) expect(digestPosts(c)).toHaveLength(1);
    expect(discordDigests()).toHaveLength(1);
  }, 60_000);

  it('both replicas stop cleanly on SIGTERM', async () => {
    for (const r of replicas) r.child.kill('SIGTERM');
    const codes = await Promise.all(replicas.map((r) => r.exited));
    expect(codes).toEqual([0, 0]);
  }, 30_000);
});

const run = promisify(execFile);
const cli = (args: string[], env: Record<string, string>) =>
  run(process.execPath, ['bin/qwen-brief.js', ...args], { cwd: ROOT, env: { PATH: process.env.PATH, ...env }, timeout: 30_000 }).then(
    (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
    (e) => ({ code: e.code as number, out: String(e.stdout), err: String(e.stderr) }),
  );

// Runs after the block above has stopped its cluster and fakes (vitest runs describe blocks in order), and
// reuses the same module variables for its own.
describe.skipIf(PG_SKIP !== null)('Discord: start --only discord, and two gateway processes overlapping (a rolling deploy)', () => {
  const procs: Replica[] = [];
  let fakeSlack: FakeSlack;
  beforeAll(async () => {
    pg = await startTestPostgres();
    const url = await pg.createDatabase('gateway');
    fakeSlack = await startFakeSlack();
    slack = fakeSlack;
    discord = await startFakeDiscord();
    procs.push(await startReplica('d1', 'discord', url), await startReplica('d2', 'discord', url));
    for (const r of procs) await until(`process ${r.name} to log in to Discord`, () => r.err().includes('"discord: logged in"'), 30_000);
  }, 90_000);
  afterAll(async () => {
    for (const r of procs) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGKILL');
    await pg?.destroy();
    await fakeSlack?.close();
    await discord?.close();
  }, 60_000);

  it('--only discord starts no Slack server even with a Slack token set', () => {
    for (const r of procs) expect(r.err()).not.toContain('"slack: started"');
  });

  it('a mention and a /qwen interaction that both gateway sessions receive are answered once', async () => {
    const replies = () => discord.calls.filter((c) => c.method === 'POST' && c.path === `/channels/${CHANNEL_ID}/messages`);
    const before = replies().length;
    const msg = messageCreate(`<@${BOT_ID}> who-leads`, { mentionsBot: true });
    discord.dispatch('MESSAGE_CREATE', msg);
    await until('the other process to skip the mention', () => procs.some((r) => r.err().includes('"discord: message already answered by another process; ignored"')));
    await discord.waitFor((c) => c.method === 'POST' && c.path === `/channels/${CHANNEL_ID}/messages` && (c.body as { message_reference?: { message_id: string } })?.message_reference?.message_id === msg.id);
    const answers = replies().slice(before).filter((c) => (c.body as { message_reference?: { message_id: string } })?.message_reference?.message_id === msg.id);
    expect(answers).toHaveLength(1);
    expect((answers[0].body as { content: string }).content).toContain('Zhou Jingren');
    discord.dispatch('INTERACTION_CREATE', slashInteraction('810000000000000001', 'who-leads'));
    await until('the other process to skip the interaction', () => procs.some((r) => r.err().includes('"discord: interaction already taken by another process; ignored"')));
    await discord.waitFor((c) => c.method === 'PATCH' && c.path.includes('/tok-810000000000000001/messages/@original'));
    expect(discord.calls.filter((c) => c.path === '/interactions/810000000000000001/tok-810000000000000001/callback')).toHaveLength(1);
  }, 30_000);

  it('qwen-brief migrate: says the schema is up to date (the processes migrated it at start), and exits 0', async () => {
    const r = await cli(['migrate'], { DATABASE_URL: pg.urlFor('gateway') });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^PostgreSQL 127\.0\.0\.1:\d+\/gateway: schema at version \d+ \(up to date\)\n$/);
    const fresh = await pg.createDatabase('fresh');
    const r2 = await cli(['migrate'], { DATABASE_URL: fresh });
    expect(r2.out).toContain(`(applied ${MIGRATIONS.map((m) => m.version).join(', ')})`);
    // qwen-brief feedback reads the votes from PostgreSQL too.
    await pg.psql(`INSERT INTO feedback (key, "user", vote, question, command, corpus_version, docs, at_ms) VALUES ('k1', 'slack:U1', 'down', 'who leads qwen', 'who-leads', 'v', '["a.md"]', ${Date.parse('2026-11-24T10:00:00Z')})`, 'fresh');
    const fb = await cli(['feedback', '--json'], { DATABASE_URL: fresh });
    expect(fb.code).toBe(0);
    expect(JSON.parse(fb.out).questions).toEqual([{ question: 'who leads qwen', command: 'who-leads', up: 0, down: 1, docs: ['a.md'], last: '2026-11-24T10:00:00.000Z' }]);
    // A database that does not exist: one line, exit 1, no password in it.
    const r3 = await cli(['migrate'], { DATABASE_URL: pg.urlFor('nope').replace('postgres@', 'postgres:s3cret@') });
    expect(r3.code).toBe(1);
    expect(r3.err).toContain('migration failed');
    expect(r3.err).not.toContain('s3cret');
  }, 60_000);

  it('a start-up against a database that refuses (missing database) fails with one line, without the password', async () => {
    const r = await cli(['start', '--only', 'discord'], {
      DISCORD_TOKEN: 'discord-replica', DISCORD_APPLICATION_ID: '1', DISCORD_API_URL: discord.apiUrl, CORPUS_WATCH: 'false',
      DATABASE_URL: pg.urlFor('missing').replace('postgres@', 'postgres:s3cret@'),
    });
    expect(r.code).toBe(1);
    expect(r.err).toContain('state database: PostgreSQL at 127.0.0.1');
    expect(r.err).toContain('does not exist');
    expect(r.err).not.toContain('s3cret');
  }, 60_000);
});

describe('CLI: migrate without DATABASE_URL, and --only', () => {
  it('migrate creates the SQLite state at STATE_PATH', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'qwen-migrate-')), 'sub', 'state.db');
    const r = await cli(['migrate'], { STATE_PATH: path });
    expect(r.code).toBe(0);
    expect(r.out).toContain(`SQLite ${path}: schema ready`);
  });

  it('start --only with a platform that has no token, or an unknown platform: one line, non-zero', async () => {
    const r = await cli(['start', '--only', 'slack'], { CORPUS_WATCH: 'false' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('start --only slack: SLACK_BOT_TOKEN is not set');
    const r2 = await cli(['start', '--only', 'teams'], {});
    expect(r2.code).toBe(2);
    expect(r2.err).toContain('--only takes slack or discord');
    const r3 = await cli(['migrate'], { DATABASE_URL: 'mysql://x@y/z' });
    expect(r3.code).toBe(2);
    expect(r3.err).toContain('DATABASE_URL: is not a postgres:// URL');
  });
});
