import { escapeMarkdown } from 'discord.js';
import type { Answer, Citation } from '../briefing/types.ts';
import { citeMarks } from './text.ts';
import { citationsByDoc, sections, splitWords, truncate } from './limits.ts';

// Discord's documented limits.
export const DISCORD_LIMITS = { content: 2000, embedDescription: 4096, embeds: 10, embedTotal: 6000, embedTitle: 256, messages: 4, sources: 15 } as const;

export interface DiscordMessage {
  content: string;
  embeds: { title?: string; description: string; color?: number; footer?: { text: string } }[];
  allowedMentions: { parse: never[]; repliedUser: false };
}

/**
 * Breaks every mention and broadcast form (<@id>, <@!id>, <@&id>, <#id>, @everyone, @here) with a
 * zero-width space. allowedMentions already blocks pings; this keeps the text from even looking live.
 */
function breakMentions(s: string): string {
  // No word boundary after "here": escaping "@here_" later yields "@here\_", which Discord would read as @here.
  return s.replace(/<([@#][!&]?\d+)>/g, '<\u200b$1>').replace(/@(everyone|here)/gi, '@\u200b$1');
}

// A bare URL; trailing prose punctuation is trimmed afterwards (see bareUrl).
const URL_RE = /https?:\/\/[^\s<>]+/g;

/** A matched URL without the punctuation that ends the sentence around it (a ")" only when unbalanced). */
function bareUrl(url: string): string {
  let u = url;
  for (;;) {
    const last = u.at(-1)!;
    if (/[.,;:!?'"”’]/.test(last)) u = u.slice(0, -1);
    else if (last === ')' && u.split('(').length < u.split(')').length) u = u.slice(0, -1);
    else if (last === ']' && u.split('[').length < u.split(']').length) u = u.slice(0, -1);
    else return u;
  }
}

function escapeSegment(s: string): string {
  return (
    escapeMarkdown(breakMentions(s), { heading: true, bulletedList: true, numberedList: true })
      // escapeMarkdown's maskedLink rule escapes only a line's first "[": every bracket is escaped instead. A long
      // line can be split anywhere, so line-start syntax (# heading, -# subtext, > quote, lists) is escaped everywhere.
      .replace(/[[\]#>]/g, '\\$&')
      .replace(/(^|\s)([-+])(?=\s)/g, '$1\\$2')
      .replace(/(^|\s)(\d+)\.(?=\s)/g, '$1$2\\.')
  );
}

/**
 * User or corpus text made inert for Discord: Markdown formatting escaped (discord.js escapeMarkdown), every
 * [ and ] escaped so no masked link [label](url) can form, line-start syntax escaped and line breaks folded,
 * a bare URL shown in <…> (as itself, with no preview), and mentions broken.
 */
export function escapeDiscord(s: string): string {
  const flat = s.replace(/\s*[\r\n]+\s*/g, ' ');
  let out = '';
  let at = 0;
  for (const m of flat.matchAll(URL_RE)) {
    const url = bareUrl(m[0]);
    if (!/^https?:\/\/./.test(url)) continue;
    out += `${escapeSegment(flat.slice(at, m.index))}<${breakMentions(url)}>`;
    at = m.index + url.length;
  }
  return out + escapeSegment(flat.slice(at));
}

function unix(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / 1000);
}

function sourceLine(ns: number[], c: Citation): string {
  const date = c.published ? `<t:${unix(c.published)}:D>` : 'undated';
  const kind = c.kind === 'generated' ? '⚠ MACHINE-GENERATED' : c.kind;
  const title = truncate(c.title, 180);
  // The article's own link (from the corpus front matter) is the one link the bot makes; its label is escaped text.
  const link = c.url && /^https?:\/\//i.test(c.url)
    ? `[${escapeDiscord(title.replace(/[[\]]/g, ''))}](${c.url.replace(/[()<>\s]/g, encodeURIComponent)})`
    : escapeDiscord(title);
  return `${citeMarks(ns)} ${link} — ${escapeDiscord(c.source ?? 'outlet unknown')} · ${date} · ${kind}`;
}

/**
 * Answer → one or more Discord messages within the limits: the answer text split across message
 * contents (≤ 2000 each, on line then word boundaries, at most 4 messages), and the sources as one
 * embed on the last message.
 */
export function renderDiscord(a: Answer, opts: { marker?: string | null } = {}): DiscordMessage[] {
  const lines: string[] = [`**${escapeDiscord(a.heading)}**`];
  if (opts.marker) lines.push(`*${escapeDiscord(opts.marker)}*`);
  for (const g of sections(a.items)) {
    if (g.section) lines.push('', `__${escapeDiscord(g.section)}__`);
    for (const it of g.items) lines.push(`• ${escapeDiscord(it.text)}${it.cites.length ? ` ${citeMarks(it.cites)}` : ''}`);
  }
  if (a.notes.length) lines.push('', ...a.notes.map((n) => `*${escapeDiscord(n)}*`));

  // Pack lines into contents; a line longer than a message is split on words.
  const contents: string[] = [];
  let cur = '';
  for (const line of lines.flatMap((l) => splitWords(l, DISCORD_LIMITS.content - 50))) {
    const next = cur ? `${cur}\n${line}` : line;
    if (next.length > DISCORD_LIMITS.content - 50) {
      contents.push(cur);
      cur = line;
    } else cur = next;
  }
  if (cur) contents.push(cur);
  let shown = contents.slice(0, DISCORD_LIMITS.messages);
  if (contents.length > shown.length) {
    const last = shown.at(-1)!;
    shown = [...shown.slice(0, -1), `${truncate(last, DISCORD_LIMITS.content - 120)}\n*…answer shortened to fit Discord; try a narrower command.*`];
  }

  const docs = citationsByDoc(a.citations);
  const embeds: DiscordMessage['embeds'] = [];
  if (docs.length) {
    const srcLines: string[] = [];
    let used = 0;
    let listed = 0;
    for (const g of docs.slice(0, DISCORD_LIMITS.sources)) {
      const l = sourceLine(g.ns, g.first);
      if (used + l.length + 1 > DISCORD_LIMITS.embedDescription - 80) break;
      srcLines.push(l);
      used += l.length + 1;
      listed++;
    }
    if (docs.length > listed) srcLines.push(`…and ${docs.length - listed} more: /qwen sources`);
    embeds.push({ title: 'Sources', description: srcLines.join('\n'), color: 0x615ced });
  }
  return shown.map((content, i) => ({
    content,
    embeds: i === shown.length - 1 ? embeds : [],
    allowedMentions: { parse: [], repliedUser: false },
  }));
}

export function discordError(ref: string): DiscordMessage {
  return {
    content: `Sorry, I couldn't answer that just now. If it keeps happening, give this reference to an admin: ${ref}`,
    embeds: [],
    allowedMentions: { parse: [], repliedUser: false },
  };
}
