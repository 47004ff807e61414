import type { Answer } from '../briefing/types.ts';

/** Above this many lines a digest is a short parent message plus the detail in a thread / follow-ups. */
export const DIGEST_PARENT_ITEMS = 4;

export interface DigestParts {
  /** The message posted in the channel. */
  parent: Answer;
  /** The rest, posted in the parent's thread (Slack) or as follow-up messages (Discord); null when short. */
  detail: Answer | null;
}

/**
 * Splits a long digest: the parent keeps the heading and the cited "who leads now" headline (or the
 * summarizer's cited paragraph); the detail is the whole digest. Short digests go out as one message.
 */
export function splitDigest(a: Answer, summary: Answer | null = null): DigestParts {
  if (a.items.length <= DIGEST_PARENT_ITEMS) return { parent: a, detail: null };
  // A validated summary (every sentence cited) may stand as the parent's headline paragraph.
  if (summary) return { parent: { ...summary, heading: a.heading, notes: [...summary.notes, 'Details, each with its source, in the thread below.'] }, detail: { ...a, heading: `${a.heading} — details` } };
  const headline = a.items[0];
  const keep = new Set(headline.section === null ? headline.cites : []);
  const parent: Answer = {
    ...a,
    items: headline.section === null ? [headline] : [],
    notes: ['Details, each with its source, in the thread below.'],
    citations: a.citations.filter((c) => keep.has(c.n)),
  };
  // The headline cites [1] (first used), so the parent's numbering stays valid without renumbering.
  return { parent, detail: { ...a, heading: `${a.heading} — details` } };
}
