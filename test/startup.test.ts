// Set-up and start-up, driven through the real binary (bin/qwen-brief.js) against the loopback fakes.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, startFakeDiscord, type FakeDiscord } from './fakes/discord.ts';
import { startFakeSlack, type FakeSlack } from './fakes/slack.ts';
import { CORPUS, NOW, scratchCorpus } from './helpers.ts';

const BIN = resolve(import.meta.dirname, '../bin/qwen-brief.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Runs the binary in a fresh working directory (no .env unless the test writes one) with only PATH and `env`
 * set, feeding `input` on stdin; SIGTERM after `killAfterMs`, or once stderr matches `until`.
 */
function run(args: string[], o: { env?: Record<string, string>; cwd?: string; input?: string; until?: RegExp; killAfterMs?: number } = {}): Promise<Run> {
  const cwd = o.cwd ?? mkdtempSync(join(tmpdir(), 'qwen-cwd-'));
  const t = Date.now();
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH, ...o.env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => {
    stderr += d;
    if (o.until?.test(stderr)) child.kill('SIGTERM');
  });
  child.stdin.end(o.input ?? '');
  const timer = setTimeout(() => child.kill('SIGTERM'), o.killAfterMs ?? 25_000);
  return new Promise((ok) => child.on('exit', (code) => {
    clearTimeout(timer);
    ok({ code, stdout, stderr, ms: Date.now() - t });
  }));
}

const jsonLines = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { level: number; msg: string } & Record<string, unknown>);

/** The single line a failed start-up prints: JSON (stderr is not a terminal), fatal, and no stack trace. */
function expectOneFatalLine(r: Run, ...mentions: (string | RegExp)[]) {
  expect(r.code).not.toBe(0);
  expect(r.code).not.toBeNull(); // it exited by itself, it was not killed
  expect(r.stderr).not.toMatch(/\n\s+at |node:internal|\.ts:\d+|\.js:\d+/);
  const fatal = jsonLines(r.stderr).filter((l) => l.level === 60);
  expect(fatal).toHaveLength(1);
  for (const m of mentions) expect(fatal[0].msg).toMatch(m);
  return fatal[0].msg;
}

const freePortThatRefuses = () => new Promise<number>((ok) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => ok(port));
  });
});

describe('.env', () => {
  it('is read from the working directory, says which file in the log, and real variables win', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'qwen-env-'));
    const extra = scratchCorpus({ 'from-dotenv.txt': 'Dotenv headline here\nMar 9, 2026\nAlibaba appointed Fan Yu to lead the Qwen team.\n' });
    writeFileSync(join(cwd, '.env'), `# as after cp .env.example .env\nCORPUS_DIR=${extra}\nLOG_LEVEL=info\nCORPUS_WATCH=false\n`);
    const fromFile = await run(['start', '--now', NOW], { cwd, input: 'sources\n' });
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toContain('Dotenv headline here');
    const read = jsonLines(fromFile.stderr).find((l) => /read \.env/.test(l.msg));
    expect(read?.envFile).toBe(join(cwd, '.env'));

    const envWins = await run(['start', '--now', NOW], { cwd, input: 'sources\n', env: { CORPUS_DIR: CORPUS } });
    expect(envWins.code).toBe(0);
    expect(envWins.stdout).toContain('Sources');
    expect(envWins.stdout).not.toContain('Dotenv headline here');
  });

  it('cp .env.example .env works as is: every NAME= is "not set"', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'qwen-env-'));
    copyFileSync(resolve(import.meta.dirname, '../.env.example'), join(cwd, '.env'));
    const r = await run(['start', '--now', NOW], { cwd, input: 'who-leads\n', env: { CORPUS_DIR: CORPUS } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Who leads Qwen');
    expect(jsonLines(r.stderr).some((l) => l.envFile === join(cwd, '.env'))).toBe(true);
  });

  it('tokens in .env start Slack instead of the local console', async () => {
    const fake = await startFakeSlack();
    try {
      const cwd = mkdtempSync(join(tmpdir(), 'qwen-env-'));
      writeFileSync(join(cwd, '.env'), [
        'SLACK_BOT_TOKEN=xoxb-from-dotenv', 'SLACK_SIGNING_SECRET=s3cret', `SLACK_API_URL=${fake.apiUrl}`, 'PORT=0',
        `CORPUS_DIR=${CORPUS}`, 'CORPUS_WATCH=false', '',
      ].join('\n'));
      const r = await run(['start'], { cwd, until: /slack: started/ });
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('slack: started');
      expect(r.stderr).not.toContain('no platform configured');
      expect(fake.calls.some((c) => c.path === '/api/auth.test')).toBe(true);
      expect(r.stderr).not.toContain('xoxb-from-dotenv');
    } finally {
      await fake.close();
    }
  });
});

describe('start-up failures: one line naming the cause and what to do, non-zero exit, no stack trace', () => {
  const base = { CORPUS_DIR: CORPUS, CORPUS_WATCH: 'false' };

  for (const cron of ['61 * * * *', 'not-a-cron']) {
    it(`DIGEST_CRON=${cron}`, async () => {
      const r = await run(['start'], { env: { ...base, DIGEST_CRON: cron } });
      expectOneFatalLine(r, /DIGEST_CRON/, cron, /0 9 \* \* \*/);
    });
  }

  it('DIGEST_TZ=Mars/Olympus', async () => {
    const r = await run(['start'], { env: { ...base, DIGEST_TZ: 'Mars/Olympus' } });
    expectOneFatalLine(r, /DIGEST_TZ/, /Mars\/Olympus/, /IANA/);
  });

  it('a CORPUS_DIR that does not exist', async () => {
    const r = await run(['start'], { env: { ...base, CORPUS_DIR: '/nonexistent/qwen-corpus' } });
    expectOneFatalLine(r, /CORPUS_DIR/, /\/nonexistent\/qwen-corpus/);
  });

  describe('Slack', () => {
    let fake: FakeSlack;
    beforeAll(async () => {
      fake = await startFakeSlack();
    });
    afterAll(() => fake?.close());

    it('a bot token Slack refuses (auth.test invalid_auth)', async () => {
      fake.script.set('auth.test', [{ ok: false, error: 'invalid_auth' }]);
      const r = await run(['start'], { env: { ...base, SLACK_BOT_TOKEN: 'xoxb-bad', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: fake.apiUrl, PORT: '0' } });
      const msg = expectOneFatalLine(r, /SLACK_BOT_TOKEN/, /invalid_auth/, /OAuth & Permissions/);
      expect(msg).not.toContain('xoxb-bad');
    });

    it('a PORT already in use', async () => {
      fake.script.delete('auth.test'); // the token is good this time
      const taken = createServer().listen(0, '127.0.0.1');
      await new Promise((ok) => taken.once('listening', ok));
      const { port } = taken.address() as { port: number };
      try {
        const r = await run(['start'], { env: { ...base, SLACK_BOT_TOKEN: 'xoxb-x', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: fake.apiUrl, PORT: String(port) } });
        expectOneFatalLine(r, new RegExp(`PORT ${port} is already in use`), /set PORT/);
      } finally {
        taken.close();
      }
    });

    it('an unreachable Slack is retried a bounded number of times, each retry logged, then one line', async () => {
      const port = await freePortThatRefuses();
      const r = await run(['start'], { env: { ...base, SLACK_BOT_TOKEN: 'xoxb-x', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: `http://127.0.0.1:${port}/api/`, PORT: '0' } });
      expectOneFatalLine(r, /cannot reach Slack/, new RegExp(`127\\.0\\.0\\.1:${port}`), /SLACK_API_URL/);
      expect(jsonLines(r.stderr).filter((l) => l.level === 40 && /retrying/.test(l.msg))).toHaveLength(2);
      expect(r.ms).toBeLessThan(20_000);
    });
  });

  it('a Discord token Discord refuses (TokenInvalid)', async () => {
    const fake: FakeDiscord = await startFakeDiscord();
    try {
      fake.script.push({ method: 'GET', match: /^\/gateway\/bot$/, replies: [{ status: 401, body: { message: '401: Unauthorized', code: 0 } }] });
      const r = await run(['start'], { env: { ...base, DISCORD_TOKEN: 'bad.discord.token', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl } });
      const msg = expectOneFatalLine(r, /DISCORD_TOKEN/, /TokenInvalid/, /Reset Token/);
      expect(msg).not.toContain('bad.discord.token');
    } finally {
      await fake.close();
    }
  });

  it('an unreachable Discord: one line, not a hang', async () => {
    const port = await freePortThatRefuses();
    const r = await run(['start'], { env: { CORPUS_DIR: CORPUS, CORPUS_WATCH: 'false', DISCORD_TOKEN: 'x.y.z', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: `http://127.0.0.1:${port}/api` } });
    expectOneFatalLine(r, /cannot reach Discord/, /DISCORD_API_URL/);
  });
});

describe('no platform configured', () => {
  it('with no tokens and no terminal (</dev/null, as under Docker or systemd): says so and how to configure one, exits 0', async () => {
    const r = await run(['start'], { env: { CORPUS_DIR: CORPUS, CORPUS_WATCH: 'false' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const lines = jsonLines(r.stderr); // every stderr line is JSON
    const said = lines.filter((l) => /no platform configured/.test(l.msg));
    expect(said).toHaveLength(1);
    for (const v of ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', '.env']) expect(said[0].msg).toContain(v);
  });
});
