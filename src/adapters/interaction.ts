// What Slack and Discord answers share beyond the text: which answers may be shared, how an answer is
// recomputed behind a button (the core is deterministic in the query and the date), and recording 👍/👎.
import type { Answer } from '../briefing/types.ts';
import type { FeedbackStore, Recorded, Vote } from '../state/feedback.ts';
import { isDigestPreview, type CoreDeps } from './shared.ts';

/** A real answer: not "not in the corpus", not help or typo help, not a rate-limit reply (those are 'help'). */
export function isRealAnswer(a: Answer): boolean {
  return a.found && a.command !== 'help';
}

/** Feedback is asked under every answer except help (and the rate-limit reply, which is help). */
export function wantsFeedback(a: Answer): boolean {
  return a.command !== 'help';
}

/** The answer behind a button: the same query on the same day (in a digest channel, its digest preview). */
export async function recompute(deps: CoreDeps, q: string, now: string, channelKey: string | null): Promise<Answer> {
  if (channelKey && deps.previewDigest && isDigestPreview(q)) {
    const preview = await deps.previewDigest(channelKey);
    if (preview) return preview;
  }
  return deps.index.answer(q, now);
}

/** Records one vote on the answer behind `key`: its question, command, corpus version and cited documents. */
export async function recordVote(
  deps: CoreDeps,
  feedback: FeedbackStore,
  v: { key: string; user: string; vote: Vote; q: string; now: string; channelKey: string | null },
): Promise<Recorded> {
  const a = await recompute(deps, v.q, v.now, v.channelKey);
  const docs = [...new Set(a.citations.map((c) => c.doc))];
  const r = await feedback.record({ key: v.key, user: v.user, vote: v.vote, question: v.q, command: a.command, corpusVersion: deps.index.info().version, docs, atMs: Date.now() });
  deps.log.info({ user: v.user, vote: v.vote, command: a.command, recorded: r }, 'feedback');
  return r;
}
