import { readFileSync } from 'node:fs';
import { previewFor } from '../digest/run.ts';
import { DigestService } from '../digest/service.ts';
import { targetsFromConfig } from '../digest/targets.ts';
import { summarizerEnabled, type Config } from '../config.ts';
import { createLogger } from '../log.ts';
import { runConsole } from './cli/console.ts';
import { checkCorpusDir, checkSlackAuth, noPlatformMessage, StartupError, startupFailure } from './startup.ts';
import { today } from './cli/args.ts';
import type { CoreDeps } from './shared.ts';
import { openStore, sharedState, startSweeper, stateCache } from './state.ts';
import { Shutdown } from './shutdown.ts';
import { createSummarizer } from '../summarize/index.ts';
import { liveLocal, liveService } from '../serve/local-live.ts';
import type { IndexService } from '../serve/service.ts';
import { WorkerService } from '../serve/worker-service.ts';

export interface StartOptions {
  corpusDir: string;
  now: string | null;
  /** The .env file read at start, if any (said in the log). */
  envFile?: string | null;
  /**
   * `start --only slack|discord`: this process runs one platform even when both tokens are set (several Slack
   * HTTP replicas, one Discord gateway process: README "Running more than one replica"). The digest, when
   * configured, runs in every process (its claims make each post happen once).
   */
  only?: 'slack' | 'discord' | null;
}

export const VERSION: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

/** `npm start`: every configured surface; the local console when no platform token is set. */
export async function start(config: Config, opts: StartOptions): Promise<number> {
  const log = createLogger(config.LOG_LEVEL);
  if (opts.only === 'slack' && !config.SLACK_BOT_TOKEN) throw new StartupError('start --only slack: SLACK_BOT_TOKEN is not set — set it (and SLACK_SIGNING_SECRET) or drop --only');
  if (opts.only === 'discord' && !config.DISCORD_TOKEN) throw new StartupError('start --only discord: DISCORD_TOKEN is not set — set it (and DISCORD_APPLICATION_ID) or drop --only');
  const runSlack = Boolean(config.SLACK_BOT_TOKEN) && opts.only !== 'discord';
  const runDiscord = Boolean(config.DISCORD_TOKEN) && opts.only !== 'slack';
  // Signal handlers before anything slow (corpus load, logins): a SIGTERM during start-up is a clean stop (shutdown.ts).
  const shutdown = runSlack || runDiscord ? new Shutdown(log) : null;
  if (opts.envFile) log.info({ envFile: opts.envFile }, 'configuration: read .env (variables already in the environment win)');
  checkCorpusDir(opts.corpusDir);
  const cacheDir = config.INDEX_CACHE_DIR === 'off' ? null : config.INDEX_CACHE_DIR;
  const targets = targetsFromConfig(config, log);
  // Server mode answers from a serving worker that owns the index (serve/worker-service.ts): this thread acks
  // Slack and runs the Discord gateway, and a large index here would stall it in garbage collection. The
  // local console answers on this thread.
  const inWorker = runSlack || runDiscord || targets.length > 0;
  const served = inWorker ? await serveFromWorker(opts.corpusDir, log, cacheDir) : serveHere(opts.corpusDir, log, cacheDir);
  const { service } = served;
  const { docs, version } = service.info();
  log.info({ docs, version, serving: inWorker ? 'worker' : 'main thread' }, 'corpus loaded');
  if (config.CORPUS_WATCH) served.watch();
  const now = () => opts.now ?? today();

  // The state store (SQLite at STATE_PATH, or PostgreSQL at DATABASE_URL) is opened only when something needs
  // it: a digest channel, the summary cache, or a platform (share buttons, retry de-duplication, rate limits and
  // the Discord command hash; without it they fall back to memory / registering each start).
  const needsState = targets.length > 0 || summarizerEnabled(config) || shutdown !== null;
  const state = needsState ? await openStore(config, log, 'digest off, summaries uncached') : null;
  const stopSweeper = state ? startSweeper(state, log) : () => undefined;
  const closeState = async () => {
    stopSweeper();
    await state?.close();
  };
  const summarizer = createSummarizer(config, log, state ? stateCache(state, log) : undefined);
  const digestKeys = new Set(targets.map((t) => t.key));
  const { dedup, limiter } = sharedState(config, state, log);
  const deps: CoreDeps = {
    index: service, now, log, asked: served.asked,
    summarizer, summaryBudgetMs: config.SUMMARIZER_BUDGET_MS,
    limiter, dedup,
    previewDigest: async (key) => {
      if (!state || !digestKeys.has(key)) return null;
      try {
        return await previewFor(service, state, key, now(), 'post');
      } catch (err) {
        // Without the store the channel's own next digest is unknown: the stateless preview answers instead.
        log.warn({ channel: key, err: String(err) }, 'digest preview: state database unavailable; showing the stateless preview');
        return null;
      }
    },
  };
  if (config.DATABASE_URL && runSlack && runDiscord) {
    log.info('state in PostgreSQL, Slack and Discord in this process: with more than one replica, run the Discord side once (start --only discord) and the Slack replicas with start --only slack (README: Running more than one replica)');
  }
  const stops: (() => Promise<void>)[] = [];
  const digest = state && targets.length
    ? new DigestService({ index: service, state, targets, log, empty: config.DIGEST_EMPTY, tz: config.DIGEST_TZ, fixedDate: opts.now, summarizer })
    : null;
  // Shutdown order: the scheduler first, then the platforms (shutdown.platform below), the round in flight, files.
  if (digest) shutdown?.halt(() => digest.halt());
  shutdown?.last('digest', () => digest?.stop());
  shutdown?.last('files', async () => {
    served.close();
    await closeState();
  });

  if (runSlack) {
    const { startSlack } = await import('./slack/app.ts');
    await checkSlackAuth(config, log);
    const slack = await startSlack({ ...deps, config, version: VERSION, state }).catch(startupFailure('slack', config));
    stops.push(slack.stop);
    shutdown?.platform('slack', slack.stop);
  }
  if (runDiscord) {
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
    served.close();
    await closeState();
  };
  if (!stops.length && !digest) {
    log.warn(noPlatformMessage(opts.envFile ?? null));
    await runConsole(deps.index, deps.now, process.stdin, process.stdout, Boolean(process.stdin.isTTY));
    await closeAll();
    return 0;
  }
  // Graceful shutdown (shutdown.ts): on SIGTERM/SIGINT the scheduler stops, the platforms stop accepting and get a
  // deadline for the work in flight, then the digest round and files; exits 0.
  await shutdown?.finished;
  return 0;
}

/** What start serves from, and its live reload. */
interface Served {
  service: IndexService;
  asked: (text: string) => void;
  watch: () => void;
  close: () => void;
}

async function serveFromWorker(dir: string, log: ReturnType<typeof createLogger>, cacheDir: string | null): Promise<Served> {
  const w = await WorkerService.start({ dir, log, cacheDir });
  return { service: w, asked: w.asked, watch: () => w.watch(), close: () => w.close() };
}

function serveHere(dir: string, log: ReturnType<typeof createLogger>, cacheDir: string | null): Served {
  const live = liveLocal(dir, log, undefined, cacheDir);
  return { service: liveService(live), asked: live.asked, watch: () => live.watch(), close: () => live.close() };
}
