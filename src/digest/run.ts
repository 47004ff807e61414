// One digest round over every channel: plan (what is new for it) → claim (atomically, in the state DB)
// → post → record. Each channel is its own unit, so a crash or a failed post in one never skips or
// doubles another.
import type { Doc } from '../corpus/types.ts';
import { articleKey, digestAnswer, untoldDocs, type DigestPlan } from '../briefing/commands/digest.ts';
import { eligibleDocs } from '../briefing/eligible.ts';
import type { Answer } from '../briefing/types.ts';
import type { BriefIndex } from '../index/build.ts';
import type { Logger } from '../log.ts';
import { newRef } from '../adapters/shared.ts';
import type { StateDb } from '../state/db.ts';
import { PartialPostError, type DigestTarget } from './targets.ts';

export const DEFAULT_LEASE_MS = 10 * 60_000;

export interface DigestRound {
  index: BriefIndex;
  state: StateDb;
  targets: DigestTarget[];
  /** The digest's date (YYYY-MM-DD) and the wall-clock instant of the round (ms), both from the adapter's clock. */
  now: string;
  nowMs: number;
  empty: 'skip' | 'post';
  log: Logger;
  leaseMs?: number;
  /** Checked between channels: a shutdown finishes the channel in flight and starts no other. */
  shouldStop?: () => boolean;
}

export type ChannelStatus = 'posted' | 'nothing-new' | 'failed' | 'busy' | 'stopped';

export interface ChannelResult {
  key: string;
  status: ChannelStatus;
  kind?: DigestPlan['kind'];
  answer?: Answer;
  ref?: string;
  error?: string;
}

/** What this channel would get now (no claim, no post): for dry runs and `/qwen digest`. */
export function planFor(index: BriefIndex, told: Set<string>, known: boolean, lastPosted: string | null, now: string, empty: 'skip' | 'post'): DigestPlan | null {
  if (!known) return { kind: 'baseline', docs: eligibleDocs(index, now) };
  const docs = untoldDocs(index, told, now);
  if (docs.length) return { kind: 'digest', docs, since: lastPosted };
  return empty === 'post' ? { kind: 'empty', since: lastPosted } : null;
}

export function previewFor(index: BriefIndex, state: StateDb, key: string, now: string, empty: 'skip' | 'post'): { plan: DigestPlan | null; answer: Answer | null } {
  const plan = planFor(index, state.told(key), state.known(key), state.lastPosted(key), now, empty);
  return { plan, answer: plan ? digestAnswer(index, 'digest', plan, now) : null };
}

const hashesOf = (index: BriefIndex, docs: Doc[]) => docs.map((d) => ({ hash: articleKey(index, d), doc: d.path }));

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
  let plan: DigestPlan | null = null;
  const claim = state.claim(target.key, r.nowMs, r.leaseMs ?? DEFAULT_LEASE_MS, (told, known) => {
    plan = planFor(index, told, known, state.lastPosted(target.key), r.now, r.empty);
    if (!plan) return null;
    // A baseline records everything that exists; a digest records what it reports.
    return { kind: plan.kind, hashes: plan.kind === 'empty' ? [] : hashesOf(index, plan.docs) };
  });
  if (claim === 'busy') {
    log.info({ channel: target.key }, 'digest: another round holds this channel; skipped');
    return { key: target.key, status: 'busy' };
  }
  if (!claim || !plan) return { key: target.key, status: 'nothing-new' };
  const answer = digestAnswer(index, 'digest', plan, r.now);
  try {
    const ref = await target.post(answer);
    state.posted(claim, r.nowMs, ref);
    log.info({ channel: target.key, kind: claim.kind, articles: claim.hashes.length, ref }, 'digest: posted');
    return { key: target.key, status: 'posted', kind: claim.kind, answer, ref };
  } catch (err) {
    if (err instanceof PartialPostError) {
      state.posted(claim, r.nowMs, err.ref);
      log.error({ channel: target.key, ref: err.ref, err: String(err.cause) }, 'digest: posted, but its detail could not be sent');
      return { key: target.key, status: 'posted', kind: claim.kind, answer, ref: err.ref, error: 'detail failed' };
    }
    const ref = newRef();
    state.failed(claim, String(err));
    log.error({ channel: target.key, ref, err: String(err) }, 'digest: post failed; will retry at the next tick');
    return { key: target.key, status: 'failed', kind: claim.kind, answer, error: String(err) };
  }
}
