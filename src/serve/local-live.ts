// A live-reloaded index on the calling thread (the console, tests): a reload loads and builds the corpus
// here, between two turns of the event loop. Fine where nothing else must answer meanwhile; the bot's
// server mode serves from a worker instead (worker-service.ts).
import { loadCorpus } from '../corpus/load.ts';
import { buildIndex, type BriefIndex } from '../index/build.ts';
import { loadIndexCached } from '../index/cache.ts';
import { LiveIndex, type IndexSource, type Loaded, type WarmUp } from '../adapters/live-index.ts';
import type { Logger } from '../log.ts';
import { summaryOf } from './corpus-summary.ts';
import { LocalService } from './local.ts';

const loaded = (index: BriefIndex): Loaded<BriefIndex> => ({ value: index, corpus: summaryOf(index.corpus, index.version) });

function localSource(dir: string): IndexSource<BriefIndex> {
  return {
    // No warm-up: the caches an answer fills here are the ones the first answer would fill anyway.
    load: async () => {
      await new Promise((r) => setImmediate(r));
      return loaded(buildIndex(loadCorpus(dir)));
    },
    release: () => undefined,
  };
}

/**
 * The live index of `dir` on this thread: `initial` when given, else the persisted index (`cacheDir`) when
 * the corpus is unchanged, else a fresh build. A directory that cannot be read throws here.
 */
export function liveLocal(dir: string, log: Logger, initial?: BriefIndex, cacheDir: string | null = null, warmUp: WarmUp | null = null): LiveIndex<BriefIndex> {
  const index = initial ?? (cacheDir ? loadIndexCached(dir, cacheDir, (msg) => log.warn({ cacheDir }, msg)) : buildIndex(loadCorpus(dir)));
  return new LiveIndex(dir, log, localSource(dir), loaded(index), !initial, warmUp);
}

/** The IndexService of a live index on this thread. */
export function liveService(live: LiveIndex<BriefIndex>): LocalService {
  return new LocalService(live.get);
}
