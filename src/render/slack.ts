import type { Answer } from '../briefing/types.ts';
import { citeMarks, citationMeta, renderText } from './text.ts';
import { citationsByDoc, sections, splitWords, truncate } from './limits.ts';

// Slack's documented limits, with headroom.
export const SLACK_LIMITS = { blocks: 50, sectionText: 3000, header: 150, message: 12_000, budget: 11_000, sources: 10, fallback: 3000 } as const;

export type SlackBlock = Record<string, unknown>;
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

export const SHARE_ACTION_ID = 'qwen_share';

/**
 * Slack mrkdwn escaping: &, <, > become entities, so no text can form <!channel>, <@U…> or a link;
 * a zero-width space after "@" keeps plain @channel/@here/@everyone from being linked either.
 */
export function escapeSlack(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(channel|here|everyone)\b/gi, '@\u200b$1');
}

/** plain_text fields show entities literally, so angle brackets become look-alikes instead. */
export function plainSlack(s: string): string {
  return s.replace(/</g, '‹').replace(/>/g, '›').replace(/@(channel|here|everyone)\b/gi, '@\u200b$1');
}

/** URLs go inside <url|label>: only http(s), and never with characters that end the link. */
function safeUrl(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return url.replace(/[<>|\s]/g, encodeURIComponent);
}

export interface SlackRenderOptions {
  /** Value for the "Share in channel" button (ephemeral answers only). */
  share?: string | null;
  /** A line shown above the answer, e.g. "Summarized" markers. */
  marker?: string | null;
}

/** Answer → one Block Kit message within Slack's limits, with a plain-text fallback. */
export function renderSlack(a: Answer, opts: SlackRenderOptions = {}): SlackMessage {
  const blocks: SlackBlock[] = [];
  let used = 0;
  const push = (b: SlackBlock, size: number) => {
    blocks.push(b);
    used += size;
  };
  const heading = truncate(plainSlack(a.heading), SLACK_LIMITS.header);
  push({ type: 'header', text: { type: 'plain_text', text: heading, emoji: false } }, heading.length);
  if (opts.marker) push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeSlack(opts.marker) }] }, opts.marker.length);

  // Reserve room for sources, notes and the button before spending the budget on items.
  const docs = citationsByDoc(a.citations);
  const shownDocs = docs.slice(0, SLACK_LIMITS.sources);
  const reservedBlocks = shownDocs.length + (docs.length > shownDocs.length ? 1 : 0) + 4;
  let dropped = 0;
  for (const group of sections(a.items)) {
    const lines = group.items.map((it) => `• ${escapeSlack(it.text)}${it.cites.length ? ` ${citeMarks(it.cites)}` : ''}`);
    const title = group.section ? `*${escapeSlack(group.section)}*\n` : '';
    const chunks = splitWords(title + lines.join('\n'), SLACK_LIMITS.sectionText - 100);
    for (const chunk of chunks) {
      if (blocks.length + reservedBlocks >= SLACK_LIMITS.blocks || used + chunk.length > SLACK_LIMITS.budget - 2500) {
        dropped++;
        continue;
      }
      push({ type: 'section', text: { type: 'mrkdwn', text: chunk } }, chunk.length);
    }
  }
  const notes = [...a.notes];
  if (dropped) notes.push(`…${dropped} more part${dropped === 1 ? '' : 's'} left out to fit Slack; try a narrower command.`);
  if (notes.length) {
    const t = truncate(escapeSlack(notes.join('\n')), SLACK_LIMITS.sectionText);
    push({ type: 'context', elements: [{ type: 'mrkdwn', text: t }] }, t.length);
  }
  if (shownDocs.length) {
    push({ type: 'divider' }, 0);
    for (const g of shownDocs) {
      const label = `${citeMarks(g.ns)} ${escapeSlack(truncate(g.first.title, 200))}`;
      const url = safeUrl(g.first.url);
      const t = `${url ? `<${url}|${label}>` : label} · ${escapeSlack(citationMeta(g.first))}`;
      push({ type: 'context', elements: [{ type: 'mrkdwn', text: t }] }, t.length);
    }
    if (docs.length > shownDocs.length) {
      const t = `…and ${docs.length - shownDocs.length} more: /qwen sources`;
      push({ type: 'context', elements: [{ type: 'mrkdwn', text: t }] }, t.length);
    }
  }
  if (opts.share) {
    push(
      {
        type: 'actions',
        elements: [{ type: 'button', action_id: SHARE_ACTION_ID, text: { type: 'plain_text', text: 'Share in channel' }, value: opts.share.slice(0, 2000) }],
      },
      40,
    );
  }
  return { text: fallbackText(a), blocks };
}

/** The plain `text` of every Slack message: escaped, and short enough for notifications. */
export function fallbackText(a: Answer): string {
  return truncate(escapeSlack(renderText(a)), SLACK_LIMITS.fallback);
}

/** A short error with a reference id, for the user; the detail goes to the log under the same id. */
export function slackError(ref: string): SlackMessage {
  const text = `Sorry, I couldn't answer that just now. If it keeps happening, give this reference to an admin: ${ref}`;
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}
