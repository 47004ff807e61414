import type { Answer } from '../briefing/types.ts';
import { subAnswer } from '../render/chat.ts';

/** Above this many lines a digest is a short parent message plus the detail in a thread / follow-ups. */
export const DIGEST_PARENT_ITEMS = 4;

export interface DigestParts {
  /** The message posted in the channel. */
  parent: Answer;
  /** The rest, posted in the parent's thread (Slack) or as follow-up messages (Discord); null when short. */
  detail: Answer | null;
}

/** Where a long digest's detail goes: a Slack thread, or the messages after the parent (Discord). */
export type DetailPlace = 'thread' | 'follow-up';

const NEW_ARTICLES = 'New articles';

function detailNote(place: DetailPlace): string {
  return place === 'thread' ? 'Details, each with its source, in the thread below.' : 'Details, each with its source, in the messages below.';
}

/**
 * Splits a long digest: the parent keeps the heading, the cited "who leads now" headline (or the summarizer's
 * cited paragraph) and names the new articles in its sources list (linked titles, outlets, dates), renumbered on
 * its own; the detail is the whole digest, said to be in a thread only where there is one. Short digests go out
 * as one message.
 */
export function splitDigest(a: Answer, summary: Answer | null = null, place: DetailPlace = 'thread'): DigestParts {
  if (a.items.length <= DIGEST_PARENT_ITEMS) return { parent: a, detail: null };
  const detail = { ...a, heading: `${a.heading} — details` };
  // A validated summary (every sentence cited) may stand as the parent's headline paragraph.
  if (summary) return { parent: { ...summary, heading: a.heading, notes: [...summary.notes, detailNote(place)] }, detail };
  const headline = a.items[0].section === null ? [a.items[0]] : [];
  const articles = a.items.filter((it) => it.section?.startsWith(NEW_ARTICLES) && it.cites.length);
  // The headline and the new articles, numbered on their own; the articles are named by the sources list.
  const part = subAnswer(a, [...headline, ...articles]);
  const named = articles.length ? [`${articles.length === 1 ? 'The new article is' : `The ${articles.length} new articles are`} in the sources below.`] : [];
  const parent: Answer = { ...part, items: part.items.slice(0, headline.length), notes: [...named, detailNote(place)] };
  return { parent, detail };
}
