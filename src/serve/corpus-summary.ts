// What the reload rules (adapters/live-index.ts) need to know about a loaded corpus, small enough to come
// back from a serving worker: its size and version, each hint file's state, and the files it skipped.
import { HINT_FILES, hintStatus, type Corpus, type HintFile } from '../corpus/load.ts';

export interface CorpusSummary {
  docs: number;
  version: string;
  hints: Record<HintFile, 'ok' | 'error' | 'absent'>;
  /** Every file that could not be used, with why (hint files included). */
  errors: { path: string; detail: string }[];
}

export function summaryOf(corpus: Corpus, version: string): CorpusSummary {
  const hints = Object.fromEntries(HINT_FILES.map((f) => [f, hintStatus(corpus, f)])) as CorpusSummary['hints'];
  const errors = corpus.reports.filter((r) => r.status === 'error').map((r) => ({ path: r.path, detail: r.detail }));
  return { docs: corpus.docs.length, version, hints, errors };
}
