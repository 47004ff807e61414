import { mkdtempSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../src/corpus/load.ts';
import { buildIndex, type BriefIndex } from '../src/index/build.ts';
import type { Answer } from '../src/briefing/types.ts';
import { answer } from '../src/briefing/answer.ts';
import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../src/log.ts';

export const CORPUS = resolve(import.meta.dirname, '../corpus');
export const NOW = '2026-11-24';

let cached: BriefIndex | null = null;
export function seedIndex(): BriefIndex {
  cached ??= buildIndex(loadCorpus(CORPUS));
  return cached;
}

export function ask(text: string, now = NOW): Answer {
  return answer(seedIndex(), text, now);
}

/** A scratch copy of the corpus (plus extra files) for tests that add or break articles. */
export function scratchCorpus(extra: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'qwen-corpus-'));
  cpSync(CORPUS, dir, { recursive: true });
  for (const [name, body] of Object.entries(extra)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

export function citedDocs(a: Answer): string[] {
  return [...new Set(a.citations.map((c) => c.doc))].sort();
}

export const DOCS = {
  undated: 'undated-qwen-leadership-shakeup.md',
  departs: '2026-03-05-qwen-leader-departs.md',
  bowang: '2026-03-06-bowang-support-team.md',
  monetize: '2026-04-15-monetizable-models-shift.md',
  generated: 'background-jingren-zhou.md',
};

/** A real pino logger whose lines are kept for assertions (what reached the log, what did not). */
export function capturedLog(level = 'info'): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const log = createLogger(level, new Writable({ write(c, _e, cb) { lines.push(String(c)); cb(); } }));
  return { log, lines };
}
