// One digest round over every channel: plan (what is new for it) → claim (atomically, in the state DB)
// → post → record. Each channel is its own unit, so a crash or a failed post in one never skips or
// doubles another.
import type { Answer } from '../briefing/types.ts';
import type { Logger } from '../log.ts';
import { newRef } from '../adapters/shared.ts';
import type { DigestCandidates, DigestPlanRef, IndexService } from '../serve/service.ts';
import type { Claim, StateStore } from '../state/store.ts';
import type { Summarizer } from '../summarize/summarizer.ts';
import { PartialPostError, type DigestTarget } from './targets.ts';

export const DEFAULT_LEASE_MS = 10 * 60_000;

export interface DigestRound {
  index: IndexService;
  state: StateStore;
  targets: DigestTarget[];
  /** The digest's date (YYYY-MM-DD) and the wall-clock instant of the round (ms), both from the adapter's clock. */
  now: string;
  nowMs: number;
  empty: 'skip' | 'post';
  log: Logger;
  leaseMs?: number;
  /** Optional: a cited summary paragraph as the parent message of a long digest. */
  summarizer?: Summarizer | null;
  /** Checked between channels: a shutdown finishes the channel in flight and starts no other. */
  shouldStop?: () => boolean;
}

export type ChannelStatus = 'posted' | 'nothing-new' | 'failed' | 'busy' | 'stopped';

export interface ChannelResult {
  key: string;
  status: ChannelStatus;
  kind?: DigestPlanRef['kind'];
  answer?: Answer;
  ref?: string;
  error?: string;
}

/**
 * What a channel gets now, from what it was told and its last post (none yet → the baseline). The articles
 * visible today and their hashes come from the index beforehand (`c`), so the plan itself runs inside the
 * state store's claim without the index.
 */
export function planFor(c: DigestCandidates, told: Set<string>, lastPosted: string | null, empty: 'skip' | 'post'): DigestPlanRef | null {
  if (lastPosted === null) return { kind: 'baseline', docs: c.eligible };
  const docs = c.oldestFirst.filter((d) => !told.has(d.hash));
  if (docs.length) return { kind: 'digest', docs, since: lastPosted };
  return empty === 'post' ? { kind: 'empty', since: lastPosted } : null;
}

/** The digest this channel would get now (no claim, no post): for dry runs and `/qwen digest`. */
export async function previewFor(index: IndexService, state: StateStore, key: string, now: string, empty: 'skip' | 'post'): Promise<Answer | null> {
  const c = await index.digestCandidates(now);
  const plan = planFor(c, await state.told(key), await state.lastPosted(key), empty);
  return plan ? index.digestAnswer(plan, now) : null;
}

export async function runDigest(r: DigestRound): Promise<ChannelResult[]> {
  const results: ChannelResult[] = [];
  for (const target of r.targets) {
    if (r.shouldStop?.()) {
      results.push({ key: target.key, status: 'stopped' });
      continue;
    }
    results.push(await runChannel(r, target));
  }
  return results;
}

async function runChannel(r: DigestRound, target: DigestTarget): Promise<ChannelResult> {
  const { index, state, log } = r;
  let plan: DigestPlanRef | null = null;
  let claim: Claim | 'busy' | null;
  let c: DigestCandidates;
  try {
    c = await index.digestCandidates(r.now);
  } catch (err) {
    const ref = newRef();
    log.error({ channel: target.key, ref, err: String(err) }, 'digest: the index could not plan; nothing posted, will retry at the next tick');
    return { key: target.key, status: 'failed', ref, error: `index: ${String(err)}` };
  }
  try {
    claim = await state.claim(target.key, r.nowMs, r.leaseMs ?? DEFAULT_LEASE_MS, (told, lastPosted) => {
      plan = planFor(c, told, lastPosted, r.empty);
      if (!plan) return null;
      // A baseline records everything that exists; a digest records what it reports.
      return { kind: plan.kind, hashes: plan.kind === 'empty' ? [] : plan.docs.map((d) => ({ hash: d.hash, doc: d.doc })) };
    });
  } catch (err) {
    // The state DB is locked, read-only, gone or unreachable: post nothing (we could not promise exactly-once); next tick retries.
    const ref = newRef();
    log.error({ channel: target.key, ref, err: String(err) }, 'digest: state database unavailable; nothing posted, will retry at the next tick');
    return { key: target.key, status: 'failed', error: `state: ${String(err)}` };
  }
  if (claim === 'busy') {
    log.info({ channel: target.key }, 'digest: another round holds this channel; skipped');
    return { key: target.key, status: 'busy' };
  }
  if (!claim || !plan) return { key: target.key, status: 'nothing-new' };
  let answer: Answer;
  let headline: Answer | null;
  let ref: string;
  try {
    answer = await index.digestAnswer(plan, r.now);
    // Same rules as in chat: only a validated, cited summary is used; any failure posts the deterministic digest.
    const summary = r.summarizer && claim.kind === 'digest' ? await r.summarizer.summarize(answer, index.info().version, await index.knowledge(answer)) : null;
    headline = summary?.status === 'ok' ? summary.answer : null;
  } catch (err) {
    // The index failed between the claim and the post (its worker crashed): release the claim; the next tick retries.
    const id = newRef();
    try {
      await state.failed(claim, String(err));
    } catch {
      // The claim's lease expires on its own; the channel is retried then.
    }
    log.error({ channel: target.key, ref: id, err: String(err) }, 'digest: writing the digest failed; will retry at the next tick');
    return { key: target.key, status: 'failed', kind: claim.kind, ref: id, error: String(err) };
  }
  try {
    ref = await target.post(answer, headline);
  } catch (err) {
    if (err instanceof PartialPostError) {
      await recordPosted(r, claim, err.ref);
      log.error({ channel: target.key, ref: err.ref, err: String(err.cause) }, 'digest: posted, but its detail could not be sent');
      return { key: target.key, status: 'posted', kind: claim.kind, answer, ref: err.ref, error: 'detail failed' };
    }
    const id = newRef();
    try {
      await state.failed(claim, String(err));
    } catch {
      // The claim's lease expires on its own; the channel is retried then.
    }
    log.error({ channel: target.key, ref: id, err: String(err) }, 'digest: post failed; will retry at the next tick');
    return { key: target.key, status: 'failed', kind: claim.kind, answer, error: String(err) };
  }
  await recordPosted(r, claim, ref);
  log.info({ channel: target.key, kind: claim.kind, articles: claim.hashes.length, ref }, 'digest: posted');
  return { key: target.key, status: 'posted', kind: claim.kind, answer, ref };
}

/**
 * Records a post that went out. If the state DB refuses now (locked past its timeout, or unreachable), the
 * record is retried for a few seconds: giving up would leave the claim to expire and the channel to be posted again.
 */
async function recordPosted(r: DigestRound, claim: Claim, ref: string): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      await r.state.posted(claim, r.nowMs, ref);
      return;
    } catch (err) {
      if (i >= 2) {
        r.log.error({ channel: claim.channel, ref, err: String(err) }, 'digest: posted but not recorded; the channel may get this digest again after the lease expires');
        return;
      }
      // A PostgreSQL server restarting or failing over needs a moment; SQLite's lock wait is its busy timeout.
      await new Promise((res) => setTimeout(res, 1000 * (i + 1)));
    }
  }
}
