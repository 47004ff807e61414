// `qwen-brief preview`: the exact payload an answer is sent as, and an HTML page that shows it roughly as Slack or
// Discord would (mrkdwn / Markdown, links, buttons, the sources embed, timestamps), so people can look at it.
// Pure: strings in, a self-contained page out (no network, no scripts but the one that measures the fold).
import type { DiscordMessage } from './discord.ts';
import type { SlackMessage } from './slack.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Slack mrkdwn (already entity-escaped by the renderer) → HTML: <url|label> links, *bold*, _italic_, line breaks. */
function slackInline(mrkdwn: string): string {
  // The renderer escaped &, <, > in text: what is left in angle brackets is a link it made.
  let out = '';
  let at = 0;
  for (const m of mrkdwn.matchAll(/<(https?:\/\/[^|>]+)\|([^>]*)>/g)) {
    out += slackFormat(mrkdwn.slice(at, m.index)) + `<a href="${esc(m[1])}">${slackFormat(m[2])}</a>`;
    at = m.index + m[0].length;
  }
  return (out + slackFormat(mrkdwn.slice(at))).replace(/\n/g, '<br>');
}

function slackFormat(s: string): string {
  // Entities stay entities (&amp; &lt; &gt;); a stray quote is escaped for the attribute-free context anyway.
  return s.replace(/"/g, '&quot;').replace(/(^|[\s(])\*([^*\n]+)\*(?=[\s).,:;!?]|$)/g, '$1<b>$2</b>');
}

type Block = Record<string, unknown> & { type: string };

function slackBlock(b: Block): string {
  const text = (b.text as { text?: string; type?: string } | undefined) ?? undefined;
  switch (b.type) {
    case 'header':
      return `<h1 class="header answer">${esc(text?.text ?? '')}</h1>`;
    case 'section':
      return `<div class="section">${slackInline(text?.text ?? '')}</div>`;
    case 'context':
      return `<div class="context">${((b.elements as { text?: string }[]) ?? []).map((e) => slackInline(e.text ?? '')).join(' ')}</div>`;
    case 'divider':
      return '<hr>';
    case 'actions':
      return `<div class="actions">${((b.elements as { text?: { text?: string }; style?: string }[]) ?? []).map((e) => `<button class="${e.style === 'primary' ? 'primary' : ''}">${esc(e.text?.text ?? '')}</button>`).join('')}</div>`;
    default:
      return '';
  }
}

const FOLD_SCRIPT = `<script>
addEventListener('load', () => {
  const a = document.querySelector('.answer');
  const r = a ? a.getBoundingClientRect() : null;
  document.body.dataset.answerBottom = r ? String(Math.round(r.bottom)) : '';
  document.body.dataset.viewport = String(innerHeight);
  document.body.dataset.aboveFold = r && r.bottom > 0 && r.bottom <= innerHeight ? 'yes' : 'no';
});
</script>`;

function page(title: string, css: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${esc(title)}</title>
<style>${css}</style></head>
<body>${body}
${FOLD_SCRIPT}
</body></html>
`;
}

const SLACK_CSS = `
body { margin: 0; background: #fff; font: 15px/1.46 -apple-system, "Segoe UI", Lato, Helvetica, Arial, sans-serif; color: #1d1c1d; }
.msg { display: flex; gap: 8px; padding: 8px 20px; max-width: 760px; }
.avatar { width: 36px; height: 36px; border-radius: 4px; background: #615ced; flex: none; }
.who { font-weight: 900; } .app { font-size: 10px; background: #eee; padding: 1px 3px; border-radius: 2px; color: #555; }
.header { font-size: 18px; font-weight: 900; margin: 4px 0; }
.section { margin: 4px 0; white-space: normal; }
.context { font-size: 12px; color: #616061; margin: 4px 0; }
hr { border: 0; border-top: 1px solid #ddd; margin: 8px 0; }
.actions button { font: inherit; font-weight: 700; font-size: 13px; margin: 4px 8px 4px 0; padding: 4px 12px; border: 1px solid #ccc; border-radius: 4px; background: #fff; }
.actions button.primary { background: #007a5a; color: #fff; border-color: #007a5a; }
a { color: #1264a3; text-decoration: none; }
`;

/** One Slack message (blocks) as a page, roughly as a Slack channel shows it. */
export function slackHtml(m: SlackMessage, title = 'qwen-brief — Slack preview'): string {
  const body = `<div class="msg"><div class="avatar"></div><div class="content"><div><span class="who">qwen-brief</span> <span class="app">APP</span></div>
${(m.blocks as Block[]).map(slackBlock).join('\n')}
</div></div>`;
  return page(title, SLACK_CSS, body);
}

/** A Discord <t:unix:style> timestamp as a reader in en-US, UTC, would see it. */
function discordTime(unix: number, style: string): string {
  const d = new Date(unix * 1000);
  const opts: Intl.DateTimeFormatOptions = style === 'd' ? { dateStyle: 'short' } : style === 'D' ? { dateStyle: 'long' } : { dateStyle: 'long', timeStyle: 'short' };
  return new Intl.DateTimeFormat('en-US', { ...opts, timeZone: 'UTC' }).format(d);
}

/** Discord Markdown (as the renderer writes it) → HTML. Escaped characters (\\x) are shown as themselves. */
function discordInline(md: string): string {
  // Backslash escapes first, kept aside so no rule below sees them as syntax.
  const held: string[] = [];
  const hold = (html: string) => `\u0000${held.push(html) - 1}\u0000`;
  let s = md.replace(/\\([\s\S])/g, (_, c: string) => hold(esc(c)));
  s = s.replace(/<t:(\d+):([tTdDfFR])>/g, (_, u: string, st: string) => hold(`<span class="ts">${esc(discordTime(Number(u), st))}</span>`));
  s = s.replace(/<(https?:\/\/[^\s>]+)>/g, (_, u: string) => hold(`<a href="${esc(u)}">${esc(u)}</a>`));
  s = s.replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, (_, label: string, u: string) => hold(`<a href="${esc(u)}">${esc(label)}</a>`));
  s = esc(s)
    .replace(/\*\*([^*]+)\*\*/g, '<b>$1</b>')
    .replace(/__([^_]+)__/g, '<u>$1</u>')
    .replace(/(^|[^*])\*([^*\n]+)\*/g, '$1<i>$2</i>');
  const lines = s.split('\n').map((l) => (l.startsWith('-# ') ? `<span class="sub">${l.slice(3)}</span>` : l));
  return lines.join('<br>').replace(/\u0000(\d+)\u0000/g, (_, i: string) => held[Number(i)]);
}

const DISCORD_CSS = `
body { margin: 0; background: #313338; font: 16px/1.375 "gg sans", "Noto Sans", Helvetica, Arial, sans-serif; color: #dbdee1; }
.msg { display: flex; gap: 16px; padding: 2px 16px 2px 16px; max-width: 900px; }
.msg + .msg { padding-top: 0; }
.avatar { width: 40px; height: 40px; border-radius: 50%; background: #615ced; flex: none; }
.msg.cont .avatar { visibility: hidden; height: 0; }
.who { color: #fff; font-weight: 500; } .bot { font-size: 10px; background: #5865f2; color: #fff; padding: 1px 4px; border-radius: 3px; }
.content { min-width: 0; }
.sub { font-size: 13px; color: #949ba4; }
.answer { color: #fff; }
.embed { margin-top: 6px; background: #2b2d31; border-left: 4px solid #615ced; border-radius: 4px; padding: 8px 16px 12px 12px; max-width: 520px; font-size: 14px; }
.embed .title { font-weight: 600; color: #fff; margin-bottom: 4px; }
.embed .footer { font-size: 12px; color: #b5bac1; margin-top: 8px; }
.ts { background: #3f4147; border-radius: 3px; padding: 0 2px; }
a { color: #00a8fc; text-decoration: none; }
.buttons button { font: inherit; font-size: 14px; margin: 6px 8px 0 0; padding: 2px 16px; border: 0; border-radius: 3px; background: #4e5058; color: #fff; }
`;

/** Discord messages as a page, roughly as a Discord channel shows them (the first line of the first is the answer). */
export function discordHtml(ms: DiscordMessage[], title = 'qwen-brief — Discord preview'): string {
  const body = ms
    .map((m, i) => {
      const html = discordInline(m.content);
      // The heading (the answer) is the first bold line; mark it for the fold check.
      const content = i === 0 ? html.replace(/<b>/, '<b class="answer">') : html;
      const embeds = m.embeds
        .map((e) => `<div class="embed">${e.title ? `<div class="title">${esc(e.title)}</div>` : ''}<div>${discordInline(e.description)}</div>${e.footer ? `<div class="footer">${esc(e.footer.text)}</div>` : ''}</div>`)
        .join('');
      const buttons = (m.components ?? []).map((r) => `<div class="buttons">${r.components.map((c) => `<button>${esc(c.emoji.name)}${c.label ? ` ${esc(c.label)}` : ''}</button>`).join('')}</div>`).join('');
      return `<div class="msg${i ? ' cont' : ''}"><div class="avatar"></div><div class="content">${i ? '' : '<div><span class="who">qwen-brief</span> <span class="bot">APP</span></div>'}<div>${content}</div>${embeds}${buttons}</div></div>`;
    })
    .join('\n');
  return page(title, DISCORD_CSS, body);
}
