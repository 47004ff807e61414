import { readFileSync } from 'node:fs';
import { previewFor } from '../digest/run.ts';
import { DigestService } from '../digest/service.ts';
import { targetsFromConfig } from '../digest/targets.ts';
import { LiveIndex } from './live-index.ts';
import { RateLimiter } from './rate-limit.ts';
import { summarizerEnabled, type Config } from '../config.ts';
import { createLogger } from '../log.ts';
import { runConsole } from './cli/console.ts';
import { checkCorpusDir, checkSlackAuth, noPlatformMessage, startupFailure } from './startup.ts';
import { today } from './cli/args.ts';
import type { CoreDeps } from './shared.ts';
import { stateCache, tryOpenState } from './state.ts';
import { Shutdown } from './shutdown.ts';
import { createSummarizer } from '../summarize/index.ts';

export interface StartOptions {
  corpusDir: string;
  now: string | null;
  /** The .env file read at start, if any (said in the log). */
  envFile?: string | null;
}

export const VERSION: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

/** `npm start`: every configured surface; the local console when no platform token is set. */
export async function start(config: Config, opts: StartOptions): Promise<number> {
  const log = createLogger(config.LOG_LEVEL);
  // Signal handlers before anything slow (corpus load, logins): a SIGTERM during start-up is a clean stop (shutdown.ts).
  const shutdown = config.SLACK_BOT_TOKEN || config.DISCORD_TOKEN ? new Shutdown(log) : null;
  if (opts.envFile) log.info({ envFile: opts.envFile }, 'configuration: read .env (variables already in the environment win)');
  checkCorpusDir(opts.corpusDir);
  const live = new LiveIndex(opts.corpusDir, log);
  log.info({ docs: live.get().docs.length, version: live.get().version }, 'corpus loaded');
  if (config.CORPUS_WATCH) live.watch();
  const now = () => opts.now ?? today();

  // The state DB is opened only when something needs it (a digest channel or the summary cache).
  const targets = targetsFromConfig(config, log);
  // (Slack's share buttons and the Discord command hash use it too; without it they fall back to memory / registering each start.)
  const needsState = targets.length > 0 || summarizerEnabled(config) || shutdown !== null;
  const state = needsState ? tryOpenState(config, log, 'digest off, summaries uncached') : null;
  const summarizer = createSummarizer(config, log, state ? stateCache(state, log) : undefined);
  const digestKeys = new Set(targets.map((t) => t.key));
  const deps: CoreDeps = {
    getIndex: live.get, now, log,
    summarizer, summaryBudgetMs: config.SUMMARIZER_BUDGET_MS,
    limiter: config.RATE_LIMIT_PER_MINUTE ? new RateLimiter(config.RATE_LIMIT_PER_MINUTE, config.RATE_LIMIT_BURST) : null,
    previewDigest: (key) =>
      state && digestKeys.has(key) ? previewFor(live.get(), state, key, now(), 'post') : null,
  };
  const stops: (() => Promise<void>)[] = [];
  const digest = state && targets.length
    ? new DigestService({ getIndex: live.get, state, targets, log, empty: config.DIGEST_EMPTY, tz: config.DIGEST_TZ, fixedDate: opts.now, summarizer })
    : null;
  // Shutdown order: the scheduler first, then the platforms (shutdown.platform below), the round in flight, files.
  if (digest) shutdown?.halt(() => digest.halt());
  shutdown?.last('digest', () => digest?.stop());
  shutdown?.last('files', () => {
    live.close();
    state?.close();
  });

  if (config.SLACK_BOT_TOKEN) {
    const { startSlack } = await import('./slack/app.ts');
    await checkSlackAuth(config, log);
    const slack = await startSlack({ ...deps, config, version: VERSION, state }).catch(startupFailure('slack', config));
    stops.push(slack.stop);
    shutdown?.platform('slack', slack.stop);
  }
  if (config.DISCORD_TOKEN) {
    const { startDiscord } = await import('./discord/client.ts');
    const discord = await startDiscord({ ...deps, config, state }).catch(startupFailure('discord', config));
    stops.push(discord.stop);
    shutdown?.platform('discord', discord.stop);
  }
  if (digest) digest.schedule(config.DIGEST_CRON);
  const closeAll = async () => {
    // Order: stop accepting (platforms), finish the digest round in flight, then close files.
    await Promise.allSettled(stops.map((s) => s()));
    await digest?.stop();
    live.close();
    state?.close();
  };
  if (!stops.length && !digest) {
    log.warn(noPlatformMessage(opts.envFile ?? null));
    await runConsole(deps.getIndex, deps.now, process.stdin, process.stdout, Boolean(process.stdin.isTTY));
    await closeAll();
    return 0;
  }
  // Graceful shutdown (shutdown.ts): on SIGTERM/SIGINT the scheduler stops, the platforms stop accepting and get a
  // deadline for the work in flight, then the digest round and files; exits 0.
  await shutdown?.finished;
  return 0;
}
