// Signed /qwen slash commands over loopback against the real Bolt app and a fake Slack: time to ack.
import { Writable } from 'node:stream';
import { startSlack } from '../src/adapters/slack/app.ts';
import { createLogger } from '../src/log.ts';
import type { BriefIndex } from '../src/index/build.ts';
import { postSigned, slashBody, startFakeSlack } from '../test/fakes/slack.ts';
import { localService } from '../src/serve/local.ts';

export async function slackAckBench(index: BriefIndex, n: number, concurrency: number): Promise<{ p50: number; p99: number; max: number; errors: number; answered: number }> {
  const fake = await startFakeSlack();
  const quiet = new Writable({ write(_c, _e, cb) { cb(); } });
  const secret = 'bench-secret';
  const bot = await startSlack({
    config: { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: secret, SLACK_APP_TOKEN: undefined, SLACK_RESPONSE_TYPE: 'ephemeral', SLACK_API_URL: fake.apiUrl, PORT: 0 },
    index: localService(index), now: () => '2026-11-24', log: createLogger('silent', quiet), retries: 0, version: 'bench',
  });
  const url = `http://127.0.0.1:${bot.port}/slack/events`;
  const times: number[] = [];
  let errors = 0;
  let next = 0;
  const queries = ['who-leads', 'timeline', 'changes since March 2026', 'who Eddie Wu', 'sources'];
  const worker = async () => {
    while (next < n) {
      const i = next++;
      const body = slashBody(fake, queries[i % queries.length], `bench-${i}`);
      const t = process.hrtime.bigint();
      const res = await postSigned(url, secret, body, 'application/x-www-form-urlencoded');
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      await res.arrayBuffer();
      if (res.status !== 200) errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const deadline = Date.now() + 10_000;
  while (fake.calls.filter((c) => c.path.startsWith('/respond/bench-')).length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const answered = new Set(fake.calls.filter((c) => c.path.startsWith('/respond/bench-')).map((c) => c.path)).size;
  await bot.stop();
  await fake.close();
  const s = [...times].sort((a, b) => a - b);
  return { p50: s[Math.floor(s.length * 0.5)], p99: s[Math.floor(s.length * 0.99)], max: s.at(-1)!, errors, answered };
}
