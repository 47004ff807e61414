import { randomBytes } from 'node:crypto';
import type { Answer } from '../briefing/types.ts';
import type { Logger } from '../log.ts';
import type { IndexService } from '../serve/service.ts';
import type { Summarizer, SummaryStatus } from '../summarize/summarizer.ts';
import type { Awaitable } from '../state/store.ts';

/** What every adapter needs from the core, injected so tests can drive it. */
export interface CoreDeps {
  /** Answers from the index: on this thread, or in a serving worker (serve/service.ts). */
  index: IndexService;
  /** Today's date (YYYY-MM-DD); adapters own the clock. */
  now: () => string;
  log: Logger;
  /** The optional LLM summarizer; absent or null → deterministic answers only. */
  summarizer?: Summarizer | null;
  /** The digest this channel ("slack:C1") would get now, or null when it is not a digest channel. */
  previewDigest?: (channelKey: string) => Awaitable<Answer | null>;
  /** Per-user limit on requests; absent → unlimited. */
  limiter?: Limiter | null;
  /** Retried deliveries seen before (shared by the replicas through the state store); absent → this process's memory. */
  dedup?: Dedup | null;
  /** How long a chat reply waits for the summary before showing the deterministic answer first. */
  summaryBudgetMs?: number;
  /** Told each question answered (LiveIndex.asked: a live reload answers the recent ones again in its worker). */
  asked?: (text: string) => void;
}

/** Per-user limit: 0 when the request is allowed (and counted), else the seconds to wait. In memory or in the state store. */
export interface Limiter {
  take(key: string, nowMs?: number): Awaitable<number>;
}

/** True the first time a delivery's key is seen (within a TTL), false for a retry. In memory or in the state store. */
export interface Dedup {
  first(key: string, nowMs?: number): Awaitable<boolean>;
}

export interface StagedAnswer {
  /** What to show now: the summary if it came within the budget, else the deterministic answer. */
  answer: Answer;
  status: SummaryStatus | 'pending';
  /** When the summary was not ready in time: resolves with it (null if it failed), to replace the reply. */
  later: Promise<Answer | null> | null;
}

/** Never late: the summary if it is ready within the budget; otherwise the deterministic answer now and the summary later. */
export async function stageSummary(deps: CoreDeps, a: Answer): Promise<StagedAnswer> {
  if (!deps.summarizer) return { answer: a, status: 'off', later: null };
  const { summarizer, index } = deps;
  const version = index.info().version;
  // Without the index's knowledge (its worker failed) the summarizer's own default (the hint files) checks the reply.
  const pending = index.knowledge(a).catch(() => null).then((k) => summarizer.summarize(a, version, k));
  let timer: NodeJS.Timeout | undefined;
  const early = await Promise.race([
    pending,
    new Promise<null>((r) => {
      timer = setTimeout(() => r(null), deps.summaryBudgetMs ?? 2000);
    }),
  ]);
  clearTimeout(timer);
  if (early) return { answer: early.answer, status: early.status, later: null };
  return { answer: a, status: 'pending', later: pending.then((r) => (r.status === 'ok' ? r.answer : null)) };
}

/** A short id a user can quote and an operator can grep in the log. */
export function newRef(): string {
  return randomBytes(4).toString('hex');
}

export interface RequestContext {
  /** "slack:C1": the channel, for the digest preview. */
  channelKey?: string;
  /** "slack:U1": the user, for the rate limit. */
  userKey?: string;
}

/** Runs the core for one user request; a failure is logged with a reference id instead of thrown. */
export async function safeAnswer(deps: CoreDeps, text: string, where: string, ctx: RequestContext = {}): Promise<{ ok: true; answer: Answer } | { ok: false; ref: string }> {
  const { channelKey, userKey } = ctx;
  try {
    const wait = userKey && deps.limiter ? await deps.limiter.take(userKey) : 0;
    if (wait) {
      deps.log.info({ user: userKey, wait }, `${where}: rate limited`);
      return { ok: true, answer: slowDown(text, wait) };
    }
    // In a digest channel, `/qwen digest` shows exactly what that channel's next digest would post.
    if (channelKey && deps.previewDigest && isDigestPreview(text)) {
      const preview = await deps.previewDigest(channelKey);
      if (preview) return { ok: true, answer: preview };
    }
    const a = await deps.index.answer(text, deps.now());
    deps.asked?.(text);
    return { ok: true, answer: a };
  } catch (err) {
    const ref = newRef();
    deps.log.error({ ref, err, where }, 'answering failed');
    return { ok: false, ref };
  }
}

/** Remembers keys for a while, to answer a retried delivery exactly once. Bounded in size. */
export class SeenKeys implements Dedup {
  private readonly seen = new Map<string, number>();
  constructor(private readonly ttlMs = 10 * 60_000, private readonly max = 10_000) {}

  /** True the first time a key is seen (within the TTL), false after. */
  first(key: string, nowMs = Date.now()): boolean {
    const at = this.seen.get(key);
    if (at !== undefined && nowMs - at < this.ttlMs) return false;
    this.seen.set(key, nowMs);
    if (this.seen.size > this.max) {
      for (const k of this.seen.keys()) {
        this.seen.delete(k);
        if (this.seen.size <= this.max * 0.9) break;
      }
    }
    return true;
  }
}

/** `digest` with no date: the channel's own next digest (with a date it is the stateless preview). */
export function isDigestPreview(text: string): boolean {
  return /^\s*\/?digest\s*$/i.test(text);
}

/** Whether a command asks for the digest (shown to the asker only). */
export function isDigestCommand(text: string): boolean {
  return /^\s*\/?digest\b/i.test(text);
}

/** The friendly reply to a user over the rate limit. */
export function slowDown(text: string, waitSeconds: number): Answer {
  return {
    command: 'help', query: String(text ?? '').slice(0, 100), asOf: null, found: false,
    heading: `You're asking faster than I can keep up — try again in ${waitSeconds} s.`,
    items: [], notes: [], citations: [],
  };
}
