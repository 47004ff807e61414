import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../src/adapters/rate-limit.ts';
import { startSlack, type RunningSlack } from '../src/adapters/slack/app.ts';
import { createLogger } from '../src/log.ts';
import { postSigned, slashBody, startFakeSlack, type FakeSlack } from './fakes/slack.ts';
import { capturedLog, NOW, seedIndex } from './helpers.ts';
import { localService } from '../src/serve/local.ts';

describe('rate limit', () => {
  it('allows a burst, then tells the wait, then refills at the per-minute rate', () => {
    const r = new RateLimiter(6, 2);
    expect(r.take('u', 0)).toBe(0);
    expect(r.take('u', 0)).toBe(0);
    expect(r.take('u', 0)).toBe(10);
    expect(r.take('other', 0)).toBe(0);
    expect(r.take('u', 10_000)).toBe(0);
    expect(r.take('u', 10_000)).toBeGreaterThan(0);
  });
});

describe('logs', () => {
  it('redact message bodies unless debug is on, and secrets always', () => {
    const info = capturedLog('info');
    info.log.info({ text: 'my private question', body: { content: 'reply' }, token: 'xoxb-1' }, 'x');
    expect(info.lines.join('')).not.toMatch(/private question|reply|xoxb-1/);
    const debug = capturedLog('debug');
    debug.log.debug({ text: 'my private question', token: 'xoxb-1' }, 'x');
    expect(debug.lines.join('')).toContain('my private question');
    expect(debug.lines.join('')).not.toContain('xoxb-1');
  });
});

describe('Slack per-user rate limit', () => {
  const SECRET = 'rl-secret';
  let fake: FakeSlack;
  let bot: RunningSlack;
  beforeAll(async () => {
    fake = await startFakeSlack();
    bot = await startSlack({
      index: localService(seedIndex()), now: () => NOW, log: createLogger('silent'), limiter: new RateLimiter(60, 2),
      config: { SLACK_BOT_TOKEN: 'xoxb-rl', SLACK_SIGNING_SECRET: SECRET, SLACK_APP_TOKEN: undefined, SLACK_RESPONSE_TYPE: 'ephemeral', SLACK_API_URL: fake.apiUrl, PORT: 0 },
      retries: 0, version: 'test',
    });
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  it('answers a user over the limit with a friendly, private "try again" and leaves others alone', async () => {
    const url = `http://127.0.0.1:${bot.port}/slack/events`;
    for (const t of ['rl-1', 'rl-2', 'rl-3']) await postSigned(url, SECRET, slashBody(fake, 'who-leads', t, { user_id: 'UFLOOD' }), 'application/x-www-form-urlencoded');
    await postSigned(url, SECRET, slashBody(fake, 'who-leads', 'rl-other', { user_id: 'UCALM' }), 'application/x-www-form-urlencoded');
    const third = await fake.waitFor((c) => c.path === '/respond/rl-3');
    expect(String(third.body.text)).toMatch(/try again in \d+ s/);
    expect(third.body.response_type).toBe('ephemeral');
    const first = await fake.waitFor((c) => c.path === '/respond/rl-1');
    expect(String(first.body.text)).toContain('Zhou Jingren');
    const other = await fake.waitFor((c) => c.path === '/respond/rl-other');
    expect(String(other.body.text)).toContain('Zhou Jingren');
  });
});
