// `qwen-brief digest`: the digest now, from the command line, for an external cron or a preview.
// Posting needs only the platforms' REST APIs; exactly-once is the same state DB claim as the scheduler's.
import { digestPreview } from '../../briefing/commands/digest.ts';
import { parseUserDate } from '../../briefing/dates.ts';
import type { Answer } from '../../briefing/types.ts';
import type { Config } from '../../config.ts';
import { previewFor, runDigest } from '../../digest/run.ts';
import { dateIn } from '../../digest/service.ts';
import { targetsFromConfig } from '../../digest/targets.ts';
import { toJson } from '../../render/json.ts';
import { renderText } from '../../render/text.ts';
import { localService } from '../../serve/local.ts';
import { openStore } from '../state.ts';
import { cliLogger, indexOrFail } from './load.ts';

export interface DigestCliOptions {
  dir: string;
  now: string | null;
  since: string | null;
  dryRun: boolean;
  json: boolean;
}

export async function digestCli(config: Config, o: DigestCliOptions): Promise<number> {
  const index = indexOrFail(o.dir);
  if (!index) return 2;
  const nowMs = Date.now();
  const now = o.now ?? dateIn(nowMs, config.DIGEST_TZ);
  const print = (a: Answer, extra: Record<string, unknown> = {}) =>
    console.log(o.json ? JSON.stringify(toJson(a, extra)) : `${'channel' in extra ? `== ${extra.channel} (${extra.status})\n` : ''}${renderText(a)}`);

  if (o.since) {
    const since = parseUserDate(o.since, now);
    if (!since) {
      console.error(`--since: cannot read “${o.since}” as a date (try YYYY-MM-DD)`);
      return 2;
    }
    if (!o.dryRun) {
      console.error('--since builds a preview of articles published since a date; add --dry-run (posting always uses each channel\'s own state)');
      return 2;
    }
    print(digestPreview(index, `digest since ${since}`, since, now));
    return 0;
  }

  const log = cliLogger(config);
  const targets = targetsFromConfig(config, log);
  if (!targets.length) {
    if (!o.dryRun) {
      console.error('no digest channels: set DIGEST_SLACK_CHANNELS / DIGEST_DISCORD_CHANNELS with SLACK_BOT_TOKEN / DISCORD_TOKEN (or use --dry-run)');
      return 2;
    }
    console.error('no digest channels configured; showing the last week\'s articles');
    print(digestPreview(index, 'digest', null, now));
    return 0;
  }

  // The same store as the bot's (PostgreSQL when DATABASE_URL is set), so an external cron and the replicas' schedulers share the claims.
  const state = await openStore(config, log, 'nothing posted');
  if (!state) return 1;
  const service = localService(index);
  try {
    if (o.dryRun) {
      for (const t of targets) {
        const answer = await previewFor(service, state, t.key, now, config.DIGEST_EMPTY);
        if (answer) print(answer, { channel: t.key, status: 'dry-run' });
        else if (!o.json) console.log(`== ${t.key}: nothing new`);
        else console.log(JSON.stringify({ command: 'digest', channel: t.key, status: 'nothing-new' }));
      }
      return 0;
    }
    const results = await runDigest({ index: service, state, targets, now, nowMs, empty: config.DIGEST_EMPTY, log });
    for (const r of results) {
      if (r.answer && r.status === 'posted') print(r.answer, { channel: r.key, status: r.status });
      else if (o.json) console.log(JSON.stringify({ command: 'digest', channel: r.key, status: r.status, ...(r.error ? { error: r.error } : {}) }));
      else console.log(`== ${r.key}: ${r.status}${r.error ? ` — ${r.error}` : ''}`);
    }
    return results.some((r) => r.status === 'failed') ? 1 : 0;
  } finally {
    await state.close();
  }
}
