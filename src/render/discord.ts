import { escapeMarkdown, time, TimestampStyles } from 'discord.js';
import type { Answer } from '../briefing/types.ts';
import { ARTICLE_MARK, chatView, fitFirstScreen, GENERATED_MARK, legend, shortDate, subAnswer, type ChatLine, type ChatSource, type ChatView, type Seg } from './chat.ts';
import { citeMarks } from './text.ts';
import { splitWords, truncate } from './limits.ts';

// Discord's documented limits.
export const DISCORD_LIMITS = { content: 2000, embedDescription: 4096, embeds: 10, embedTotal: 6000, embedTitle: 256, messages: 4, sources: 15 } as const;

/** A button row as Discord's API takes it (discord.js sends raw component JSON as is). */
export interface DiscordButtonRow {
  type: 1;
  components: { type: 2; style: 2; custom_id: string; emoji: { name: string }; label?: string }[];
}

export interface DiscordMessage {
  content: string;
  embeds: { title?: string; description: string; color?: number; footer?: { text: string } }[];
  allowedMentions: { parse: never[]; repliedUser: false };
  components?: DiscordButtonRow[];
}

/** custom_id of the feedback buttons: `qwen_fb:up:<key>` / `qwen_fb:down:<key>` (Discord allows 100 characters). */
export const DISCORD_FEEDBACK_PREFIX = 'qwen_fb:';

/** 👍/👎 under an answer, carrying the key to its query. */
export function feedbackRow(key: string): DiscordButtonRow {
  const id = (vote: string) => `${DISCORD_FEEDBACK_PREFIX}${vote}:${key}`.slice(0, 100);
  return { type: 1, components: [{ type: 2, style: 2, custom_id: id('up'), emoji: { name: '👍' } }, { type: 2, style: 2, custom_id: id('down'), emoji: { name: '👎' } }] };
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

/** A day as Discord shows it in each reader's locale (<t:…:D>); noon UTC, so no time zone moves it to another day. */
export function discordDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return time(new Date(Date.UTC(y, m - 1, d, 12)), TimestampStyles.LongDate);
}

/** A date as Discord shows it: a day in the reader's locale; a month or a year as words. */
function discordDate(iso: string, year: string | null): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? discordDay(iso) : shortDate(iso, year);
}

/** Segments as Discord Markdown: text escaped, dates as timestamps. */
function markdown(segs: readonly Seg[], year: string | null): string {
  return segs.map((x) => (x.t === 'text' ? escapeDiscord(x.s) : `${discordDate(x.iso, year)}${x.article ? ARTICLE_MARK : ''}`)).join('');
}

function chatLine(l: ChatLine, year: string | null): string {
  return `${markdown(l.segs, year)}${l.cites.length ? ` ${citeMarks(l.cites)}` : ''}`;
}

function sourceLine(s: ChatSource): string {
  const date = s.published ? discordDay(s.published) : 'undated';
  const kind = s.kind === 'generated' ? `${GENERATED_MARK} MACHINE-GENERATED` : s.kind;
  const title = truncate(s.title, 180);
  // The article's own link (from the corpus front matter) is the one link the bot makes; its label is escaped text.
  const link = s.url && /^https?:\/\//i.test(s.url)
    ? `[${escapeDiscord(title.replace(/[[\]]/g, ''))}](${s.url.replace(/[()<>\s]/g, encodeURIComponent)})`
    : escapeDiscord(title);
  return `${citeMarks([s.n])} ${link} — ${escapeDiscord(s.source ?? 'outlet unknown')} · ${date} · ${kind}`;
}

const MESSAGE_MAX = DISCORD_LIMITS.content - 50;

/**
 * Lines → message contents of at most MESSAGE_MAX characters. Each unit (a section heading with its first item,
 * or one item) stays whole where it fits, so no message ends with a heading whose items are in the next; a unit
 * longer than a message is split on words.
 */
function pack(units: string[][]): string[] {
  const contents: string[] = [];
  let cur = '';
  const add = (line: string) => {
    const next = cur ? `${cur}\n${line}` : line;
    if (next.length > MESSAGE_MAX && cur) {
      contents.push(cur);
      cur = line;
    } else cur = next;
  };
  for (const unit of units) {
    const text = unit.join('\n');
    if (cur && `${cur}\n${text}`.length > MESSAGE_MAX && text.length <= MESSAGE_MAX) {
      contents.push(cur);
      cur = '';
    }
    for (const line of unit.flatMap((l) => splitWords(l, MESSAGE_MAX))) {
      if (!cur && !line) continue; // no message starts with a blank line
      add(line);
    }
  }
  if (cur) contents.push(cur);
  return contents.length ? contents : [''];
}

function units(v: ChatView, opts: { marker?: string | null; asked?: string | null; heading: string }): string[][] {
  const out: string[][] = [];
  if (opts.asked) out.push([`-# You asked: ${escapeDiscord(opts.asked)}`]);
  out.push([`**${opts.heading}**`]);
  if (opts.marker) out.push([`*${escapeDiscord(opts.marker)}*`]);
  for (const l of v.lead) out.push([`**${escapeDiscord(l.label)}:** ${chatLine(l.line, v.year)}`]);
  for (const g of v.groups) {
    const lines = g.lines.map((l) => `• ${chatLine(l, v.year)}`);
    if (g.section) out.push(['', `__${markdown(g.section, v.year)}__`, lines[0]], ...lines.slice(1).map((l) => [l]));
    else out.push(...lines.map((l) => [l]));
  }
  if (v.notes.length) out.push(['', ...v.notes.map((n) => `*${escapeDiscord(n)}*`)]);
  return out;
}

function sourcesEmbed(v: ChatView): DiscordMessage['embeds'] {
  if (!v.sources.length) return [];
  const srcLines: string[] = [];
  let used = 0;
  let listed = 0;
  for (const s of v.sources.slice(0, DISCORD_LIMITS.sources)) {
    const l = sourceLine(s);
    if (used + l.length + 1 > DISCORD_LIMITS.embedDescription - 80) break;
    srcLines.push(l);
    used += l.length + 1;
    listed++;
  }
  if (v.sources.length > listed) srcLines.push(`…and ${v.sources.length - listed} more: /qwen sources`);
  const key = legend(v.marks);
  return [{ title: 'Sources', description: srcLines.join('\n'), color: 0x615ced, ...(key ? { footer: { text: key } } : {}) }];
}

const mentionsOff = { parse: [] as never[], repliedUser: false as const };

/**
 * Answer → Discord messages within the limits. The first message is the first screen (about 1,800 characters,
 * sources embed included: the answer and the lines that carry it); what it leaves out follows in the next
 * messages, numbered on their own with their own sources, never lost. Headings stay with their items; at most
 * four messages of at most 2,000 characters.
 */
export function renderDiscord(a: Answer, opts: { marker?: string | null; asked?: string | null; feedback?: string | null } = {}): DiscordMessage[] {
  // The first message, text and sources embed, measured as rendered.
  return fitFirstScreen((budget) => renderDiscordOnce(a, opts, budget), (ms) => ms[0].content.length + (ms[0].embeds[0]?.description.length ?? 0));
}

function renderDiscordOnce(a: Answer, opts: { marker?: string | null; asked?: string | null; feedback?: string | null }, budget: number): DiscordMessage[] {
  const first = chatView(a, { compact: true, budget });
  const heading = markdown(first.heading, first.year);
  const firstContents = pack(units(first, { ...opts, heading }));
  const messages: DiscordMessage[] = firstContents.map((content, i) => ({
    content,
    embeds: i === firstContents.length - 1 ? sourcesEmbed(first) : [],
    allowedMentions: mentionsOff,
    // Feedback on the answer itself (the first message, which a late summary replaces in place).
    ...(i === 0 && opts.feedback ? { components: [feedbackRow(opts.feedback)] } : {}),
  }));
  if (first.rest.length) {
    const restAnswer = subAnswer(a, first.rest);
    const rest = chatView(restAnswer);
    const contents = pack(units({ ...rest, notes: [] }, { heading: `${heading} — continued` }));
    contents.forEach((content, i) => messages.push({ content, embeds: i === contents.length - 1 ? sourcesEmbed(rest) : [], allowedMentions: mentionsOff }));
  }
  if (messages.length <= DISCORD_LIMITS.messages) return messages;
  // Too long even so: the fourth message ends with a note, and carries the sources of the view it belongs to.
  const shown = messages.slice(0, DISCORD_LIMITS.messages);
  const last = shown.at(-1)!;
  const ofFirst = DISCORD_LIMITS.messages <= firstContents.length;
  shown[shown.length - 1] = {
    ...last,
    content: `${truncate(last.content, DISCORD_LIMITS.content - 120)}\n*…answer shortened to fit Discord; try a narrower command.*`,
    embeds: ofFirst ? sourcesEmbed(first) : messages.at(-1)!.embeds,
  };
  return shown;
}

export function discordError(ref: string): DiscordMessage {
  return {
    content: `Sorry, I couldn't answer that just now. If it keeps happening, give this reference to an admin: ${ref}`,
    embeds: [],
    allowedMentions: { parse: [], repliedUser: false },
  };
}
