// The one interface the adapters answer through. Two implementations: the index on the calling thread
// (local.ts: the CLI, the console, tests that pass a ready index) and a serving worker thread that owns
// the index (worker-service.ts: `start` with Slack/Discord or the digest), so that the main thread, which
// acks Slack and runs the Discord gateway, never holds a large index and its garbage collector stays quick.
import type { Answer } from '../briefing/types.ts';
import type { Knowledge } from '../summarize/supported.ts';

export interface IndexInfo {
  /** Content-derived id of the index answering now. */
  version: string;
  docs: number;
}

/** An article the digest may report: its path and the hash that decides "new" (articleKey). */
export interface DigestRef {
  doc: string;
  hash: string;
}

/** The articles visible on a date, in the two orders the digest uses: corpus order (a baseline) and oldest first (new ones). */
export interface DigestCandidates {
  eligible: DigestRef[];
  oldestFirst: DigestRef[];
}

/** A digest plan by article path (digest/run.ts planFor): what crosses to the index to be written up. */
export type DigestPlanRef =
  | { kind: 'digest'; docs: DigestRef[]; since: string | null }
  | { kind: 'baseline'; docs: DigestRef[] }
  | { kind: 'empty'; since: string | null };

export interface IndexService {
  /** The serving index's version and article count; no round trip. */
  info(): IndexInfo;
  /** `answer(index, text, now)` on the serving index. */
  answer(text: string, now: string): Promise<Answer>;
  /** What the summarizer's support check needs about `a`'s citations (knowledgeOf), from the serving index. */
  knowledge(a: Answer): Promise<Knowledge>;
  digestCandidates(now: string): Promise<DigestCandidates>;
  /** The digest Answer for a plan (articles no longer in the index are left out). */
  digestAnswer(plan: DigestPlanRef, now: string): Promise<Answer>;
}
