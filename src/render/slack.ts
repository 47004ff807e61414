import type { Answer } from '../briefing/types.ts';
import { ARTICLE_MARK, chatView, FIRST_SCREEN_CHARS, fitFirstScreen, GENERATED_MARK, legend, plainSegs, shortDate, type ChatLine, type ChatSource, type Seg } from './chat.ts';
import { citeMarks } from './text.ts';
import { splitWords, truncate } from './limits.ts';

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
  /**
   * Value for the "Show all" button. Given: the message is the first screen (FIRST_SCREEN_CHARS), and a button
   * brings the whole answer; absent: the whole answer, within Slack's limits.
   */
  more?: string | null;
  /** Value for the 👍/👎 feedback buttons; absent: none. */
  feedback?: string | null;
  /** The question as asked, restated above the answer (slash commands: only the asker saw it). */
  asked?: string | null;
}

export const MORE_ACTION_ID = 'qwen_more';
export const FEEDBACK_UP_ACTION_ID = 'qwen_feedback_up';
export const FEEDBACK_DOWN_ACTION_ID = 'qwen_feedback_down';

/** Segments as Slack mrkdwn: text escaped, dates short. */
function mrkdwn(segs: readonly Seg[], year: string | null): string {
  return segs.map((x) => (x.t === 'text' ? escapeSlack(x.s) : `${shortDate(x.iso, year)}${x.article ? ARTICLE_MARK : ''}`)).join('');
}

function line(l: ChatLine, year: string | null): string {
  return `${mrkdwn(l.segs, year)}${l.cites.length ? ` ${citeMarks(l.cites)}` : ''}`;
}

/** "Bowang Finance · Mar 6, 2026 · analysis"; "outlet unknown · undated · ⚠ MACHINE-GENERATED". */
function sourceWords(s: ChatSource): string {
  const kind = s.kind === 'generated' ? `${GENERATED_MARK} MACHINE-GENERATED` : s.kind;
  return [s.source ?? 'outlet unknown', s.published ? shortDate(s.published) : 'undated', kind].join(' · ');
}

/**
 * Answer → one Block Kit message within Slack's limits, with a plain-text fallback. Labels are short and said
 * once in the sources list (see chat.ts); no file paths. With `more`, only the first screen and a "Show all".
 */
export function renderSlack(a: Answer, opts: SlackRenderOptions = {}): SlackMessage {
  if (!opts.more) return renderSlackOnce(a, opts, FIRST_SCREEN_CHARS);
  // The answer itself is measured, leaving room for the line above it (who asked or shared): the same with
  // either line, so a shared answer is the one its sharer saw.
  const answerOnly = (m: SlackMessage) =>
    visibleText((m.blocks as { type: string; elements?: { text?: string }[] }[]).filter((b) => !(b.type === 'context' && /^(?:You asked|Shared by)/.test(b.elements?.[0]?.text ?? '')))).length;
  return fitFirstScreen((budget) => renderSlackOnce(a, opts, budget), answerOnly, FIRST_SCREEN_CHARS - ASKED_LINE_ROOM);
}

/** Characters of a first screen kept for the "You asked: …" / "Shared by …" line above the answer. */
const ASKED_LINE_ROOM = 100;

/** What a reader sees of Slack blocks: every text, links as their labels, entities as one character, no bold marks. */
export function visibleText(blocks: unknown): string {
  const texts: string[] = [];
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) (k === 'text' && typeof v === 'string' ? texts.push(v) : walk(v));
  };
  walk(blocks);
  return texts.map((t) => t.replace(/<[^|>]*\|([^>]*)>/g, '$1').replace(/&(amp|lt|gt);/g, '&').replace(/\*/g, '')).join('\n');
}

function renderSlackOnce(a: Answer, opts: SlackRenderOptions, budget: number): SlackMessage {
  const v = chatView(a, { compact: Boolean(opts.more), budget });
  const blocks: SlackBlock[] = [];
  let used = 0;
  const push = (b: SlackBlock, size: number) => {
    blocks.push(b);
    used += size;
  };
  if (opts.asked) {
    const t = truncate(`You asked: ${escapeSlack(opts.asked.replace(/\s+/g, ' '))}`, 300);
    push({ type: 'context', elements: [{ type: 'mrkdwn', text: t }] }, t.length);
  }
  const heading = truncate(plainSlack(plainSegs(v.heading, v.year)), SLACK_LIMITS.header);
  push({ type: 'header', text: { type: 'plain_text', text: heading, emoji: false } }, heading.length);
  if (opts.marker) push({ type: 'context', elements: [{ type: 'mrkdwn', text: escapeSlack(opts.marker) }] }, opts.marker.length);
  if (v.lead.length) {
    const t = truncate(v.lead.map((l) => `*${escapeSlack(l.label)}:* ${line(l.line, v.year)}`).join('\n'), SLACK_LIMITS.sectionText);
    push({ type: 'section', text: { type: 'mrkdwn', text: t } }, t.length);
  }

  // Reserve room for sources, notes and the buttons before spending the budget on items.
  const shownDocs = v.sources.slice(0, SLACK_LIMITS.sources);
  const reservedBlocks = shownDocs.length + (v.sources.length > shownDocs.length ? 1 : 0) + 5;
  let dropped = 0;
  for (const group of v.groups) {
    const lines = group.lines.map((l) => `• ${line(l, v.year)}`);
    const title = group.section ? `*${mrkdwn(group.section, v.year)}*\n` : '';
    const chunks = splitWords(title + lines.join('\n'), SLACK_LIMITS.sectionText - 100);
    for (const chunk of chunks) {
      if (blocks.length + reservedBlocks >= SLACK_LIMITS.blocks || used + chunk.length > SLACK_LIMITS.budget - 2500) {
        dropped++;
        continue;
      }
      push({ type: 'section', text: { type: 'mrkdwn', text: chunk } }, chunk.length);
    }
  }
  const notes = [...v.notes];
  if (dropped) notes.push(`…${dropped} more part${dropped === 1 ? '' : 's'} left out to fit Slack; try a narrower command.`);
  if (notes.length) {
    const t = truncate(escapeSlack(notes.join('\n')), SLACK_LIMITS.sectionText);
    push({ type: 'context', elements: [{ type: 'mrkdwn', text: t }] }, t.length);
  }
  if (shownDocs.length) {
    push({ type: 'divider' }, 0);
    for (const s of shownDocs) {
      const label = `${citeMarks([s.n])} ${escapeSlack(truncate(s.title, 200))}`;
      const url = safeUrl(s.url);
      const t = `${url ? `<${url}|${label}>` : label} · ${escapeSlack(sourceWords(s))}`;
      push({ type: 'context', elements: [{ type: 'mrkdwn', text: t }] }, t.length);
    }
    const extra = v.sources.length - shownDocs.length;
    const key = legend(v.marks);
    if (extra || key) {
      const t = [extra ? `…and ${extra} more: /qwen sources` : '', key ?? ''].filter(Boolean).join('\n');
      push({ type: 'context', elements: [{ type: 'mrkdwn', text: t }] }, t.length);
    }
  }
  const buttons: SlackBlock[] = [];
  if (opts.more && v.hidden) buttons.push({ type: 'button', action_id: MORE_ACTION_ID, style: 'primary', text: { type: 'plain_text', text: `Show all (${v.hidden} more)` }, value: opts.more.slice(0, 2000) });
  if (opts.share) buttons.push({ type: 'button', action_id: SHARE_ACTION_ID, text: { type: 'plain_text', text: 'Share in channel' }, value: opts.share.slice(0, 2000) });
  if (opts.feedback) {
    buttons.push({ type: 'button', action_id: FEEDBACK_UP_ACTION_ID, text: { type: 'plain_text', text: '👍', emoji: true }, value: opts.feedback.slice(0, 2000), accessibility_label: 'Helpful' });
    buttons.push({ type: 'button', action_id: FEEDBACK_DOWN_ACTION_ID, text: { type: 'plain_text', text: '👎', emoji: true }, value: opts.feedback.slice(0, 2000), accessibility_label: 'Not helpful' });
  }
  if (buttons.length) push({ type: 'actions', elements: buttons }, 40 * buttons.length);
  return { text: fallbackText(a), blocks };
}

/** The answer as chat plain text: short labels, sources said once, no file paths. */
export function chatText(a: Answer): string {
  const v = chatView(a);
  const out: string[] = [plainSegs(v.heading, v.year)];
  for (const g of v.groups) {
    out.push('');
    if (g.section) out.push(`${plainSegs(g.section, v.year)}:`);
    for (const l of g.lines) out.push(`• ${plainSegs(l.segs, v.year)}${l.cites.length ? ` ${citeMarks(l.cites)}` : ''}`);
  }
  if (v.notes.length) out.push('', ...v.notes);
  if (v.sources.length) {
    out.push('', 'Sources:');
    for (const s of v.sources) out.push(`${citeMarks([s.n])} ${s.title} — ${sourceWords(s)}`);
    const key = legend(v.marks);
    if (key) out.push(key);
  }
  return out.join('\n');
}

/** The plain `text` of every Slack message: escaped, and short enough for notifications. */
export function fallbackText(a: Answer): string {
  return truncate(escapeSlack(chatText(a)), SLACK_LIMITS.fallback);
}

/** A short error with a reference id, for the user; the detail goes to the log under the same id. */
export function slackError(ref: string): SlackMessage {
  const text = `Sorry, I couldn't answer that just now. If it keeps happening, give this reference to an admin: ${ref}`;
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}
