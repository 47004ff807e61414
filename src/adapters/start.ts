import { loadCorpus } from '../corpus/load.ts';
import { buildIndex, type BriefIndex } from '../index/build.ts';
import type { Config } from '../config.ts';
import { createLogger } from '../log.ts';
import { runConsole } from './cli/console.ts';
import { today } from './cli/args.ts';

export interface StartOptions {
  corpusDir: string;
  now: string | null;
}

/** `npm start`: every configured surface; the local console when no platform token is set. */
export async function start(config: Config, opts: StartOptions): Promise<number> {
  const log = createLogger(config.LOG_LEVEL);
  const corpus = loadCorpus(opts.corpusDir);
  for (const r of corpus.reports) if (r.status === 'error') log.warn({ file: r.path, reason: r.detail }, 'corpus file skipped');
  let index: BriefIndex = buildIndex(corpus);
  log.info({ docs: index.docs.length, version: index.version }, 'corpus loaded');
  const now = () => opts.now ?? today();
  const surfaces: Promise<unknown>[] = [];
  if (!surfaces.length) {
    await runConsole(() => index, now, process.stdin, process.stdout, Boolean(process.stdin.isTTY));
    return 0;
  }
  await Promise.all(surfaces);
  return 0;
}
