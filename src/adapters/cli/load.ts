import type { Config } from '../../config.ts';
import { loadCorpus, type Corpus } from '../../corpus/load.ts';
import { buildIndex, type BriefIndex } from '../../index/build.ts';
import { createLogger, type Logger } from '../../log.ts';

/** The corpus, or null after saying on stderr why the directory could not be read. */
export function loadOrFail(dir: string): Corpus | null {
  try {
    return loadCorpus(dir);
  } catch (e) {
    console.error(`cannot read corpus directory ${dir}: ${(e as Error).message} — set CORPUS_DIR or --corpus to the directory of articles`);
    return null;
  }
}

/** The index a one-shot command answers from; skipped files are named on stderr, stdout stays the answer. */
export function indexOrFail(dir: string): BriefIndex | null {
  const corpus = loadOrFail(dir);
  if (!corpus) return null;
  for (const r of corpus.reports) if (r.status === 'error') console.error(`skipped ${r.path}: ${r.detail}`);
  return buildIndex(corpus);
}

/** One-shot commands log only warnings and worse at the default level: their output is the result. */
export function cliLogger(config: Config): Logger {
  return createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
}
