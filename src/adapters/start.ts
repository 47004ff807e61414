import { readFileSync } from 'node:fs';
import { loadCorpus } from '../corpus/load.ts';
import { buildIndex, type BriefIndex } from '../index/build.ts';
import type { Config } from '../config.ts';
import { createLogger } from '../log.ts';
import { runConsole } from './cli/console.ts';
import { today } from './cli/args.ts';
import type { CoreDeps } from './shared.ts';
import { openSummarizer } from './summarizer.ts';

export interface StartOptions {
  corpusDir: string;
  now: string | null;
}

export const VERSION: string = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

/** `npm start`: every configured surface; the local console when no platform token is set. */
export async function start(config: Config, opts: StartOptions): Promise<number> {
  const log = createLogger(config.LOG_LEVEL);
  const corpus = loadCorpus(opts.corpusDir);
  for (const r of corpus.reports) if (r.status === 'error') log.warn({ file: r.path, reason: r.detail }, 'corpus file skipped');
  const index: BriefIndex = buildIndex(corpus);
  log.info({ docs: index.docs.length, version: index.version }, 'corpus loaded');
  const llm = openSummarizer(config, log);
  const deps: CoreDeps = {
    getIndex: () => index, now: () => opts.now ?? today(), log,
    summarizer: llm?.summarizer ?? null, summaryBudgetMs: config.SUMMARIZER_BUDGET_MS,
  };
  const stops: (() => Promise<void>)[] = [];

  if (config.SLACK_BOT_TOKEN) {
    const { startSlack } = await import('./slack/app.ts');
    const slack = await startSlack({ ...deps, config, version: VERSION });
    stops.push(slack.stop);
  }
  if (config.DISCORD_TOKEN) {
    const { startDiscord } = await import('./discord/client.ts');
    const discord = await startDiscord({ ...deps, config });
    stops.push(discord.stop);
  }
  if (!stops.length) {
    await runConsole(deps.getIndex, deps.now, process.stdin, process.stdout, Boolean(process.stdin.isTTY));
    llm?.close();
    return 0;
  }
  // Graceful shutdown: stop accepting, let in-flight answers finish, then exit.
  await new Promise<void>((resolve) => {
    const stop = async (signal: string) => {
      log.info({ signal }, 'shutting down');
      await Promise.allSettled(stops.map((s) => s()));
      llm?.close();
      resolve();
    };
    process.once('SIGTERM', () => void stop('SIGTERM'));
    process.once('SIGINT', () => void stop('SIGINT'));
  });
  return 0;
}
