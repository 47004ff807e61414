import { describe, expect, it } from 'vitest';
import { escapeSlack, renderSlack, SLACK_LIMITS } from '../src/render/slack.ts';
import type { Answer } from '../src/briefing/types.ts';
import { ask } from './helpers.ts';
import { visibleChars } from './chat-helpers.ts';

function bigAnswer(items: number, itemChars: number, docs: number): Answer {
  return {
    command: 'ask', query: 'q', asOf: null, found: true, heading: 'H'.repeat(400), notes: [],
    items: Array.from({ length: items }, (_, i) => ({ section: i % 7 === 0 ? `Section ${i}` : null, text: `word${i} `.repeat(itemChars / 6), cites: [1 + (i % docs)] })),
    citations: Array.from({ length: docs }, (_, i) => ({ n: i + 1, doc: `d${i}.md`, title: `Doc ${i} <b>`, source: null, url: `https://x.test/${i}`, published: null, kind: 'news' as const, quote: 'q', line: 1 })),
  };
}

function textOf(blocks: Record<string, unknown>[]): string {
  return JSON.stringify(blocks);
}


describe('Slack Block Kit renderer', () => {
  it('renders who-leads with short labels on bullets, one context block per cited document, and no file paths', () => {
    const a = ask('who-leads');
    const m = renderSlack(a);
    expect(m.blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text' } });
    expect((m.blocks[0] as { text: { text: string } }).text.text).toContain('Zhou Jingren');
    const docs = new Set(a.citations.map((c) => c.doc));
    const sources = m.blocks.filter((b) => b.type === 'context').map((b) => (b as { elements: { text: string }[] }).elements[0].text).filter((t) => /^(<[^|]*\|)?\[\d+\]/.test(t));
    expect(sources).toHaveLength(docs.size);
    expect(sources.join('\n')).toContain('Bowang Finance · Mar 6, 2026 · analysis');
    const sections = textOf(m.blocks.filter((b) => b.type === 'section'));
    // "Apr 15 · Bowang Finance" on a bullet; what every bullet used to repeat is said once, in the sources.
    expect(sections).toContain('— Mar 5 · Bowang Finance');
    expect(sections).toMatch(/— Apr 15† \[1\]/);
    for (const said of ['article date', 'outlet unknown', 'undated', 'MACHINE-GENERATED', '2026-04-15']) expect(sections).not.toContain(said);
    expect(textOf(m.blocks)).toContain("† the article's date (the sentence gives none)");
    expect(textOf(m.blocks) + m.text).not.toMatch(/\.md:\d|\.md\b/);
    // One number per document.
    const marks = [...sections.matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]));
    expect(Math.max(...marks)).toBeLessThanOrEqual(docs.size);
    expect(m.text).toContain('Zhou Jingren');
  });

  it('labels a generated source visibly, once, with a legend', () => {
    const m = renderSlack(ask('sources'));
    expect(textOf(m.blocks)).toMatch(/\[4\] Alibaba Cloud CTO Jingren Zhou · Machine-generated background page · undated · ⚠ MACHINE-GENERATED/);
    expect(textOf(m.blocks)).toContain('⚠ machine-generated page, not reporting');
  });

  it('shows corpus Markdown and link residue as plain words (the JSON quote stays byte-exact)', () => {
    const a = ask('ask Columbia University');
    const raw = a.citations.filter((c) => /\*\*|\]\[\d+\]/.test(c.quote));
    expect(raw.length).toBeGreaterThan(0); // the corpus has them: the check below means something
    const all = textOf(renderSlack(a).blocks);
    expect(all).not.toMatch(/\*\*|\]\[\d+\]/);
    expect(all).toContain('B.S. in Computer Science');
  });

  it('with a "Show all" value, the first message is one screen: the answer, the lines that carry it, and a button', () => {
    for (const q of ['who-leads', 'changes since 2026-03-01', 'timeline']) {
      const a = ask(q);
      const m = renderSlack(a, { more: 'k', share: 's', feedback: 'f' });
      expect(visibleChars(m.blocks)).toBeLessThanOrEqual(1800);
      const buttons = (m.blocks.at(-1) as { elements: { action_id: string; text: { text: string } }[] }).elements;
      expect(buttons.map((b) => b.action_id)).toEqual(['qwen_more', 'qwen_share', 'qwen_feedback_up', 'qwen_feedback_down']);
      const shownItems = a.items.length - Number(/\((\d+) more\)/.exec(buttons[0].text.text)![1]);
      expect(shownItems).toBeGreaterThanOrEqual(3);
      // Its own numbering: every mark has its source line, and none exceeds the documents listed.
      const sections = textOf(m.blocks.filter((b) => b.type === 'section'));
      const listed = m.blocks.filter((b) => b.type === 'context' && /"\[\d+\]/.test(JSON.stringify(b))).length;
      const marks = [...sections.matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]));
      expect(Math.max(...marks)).toBe(listed);
    }
    // changes since: the count, then the latest change, then the list oldest first.
    const ch = renderSlack(ask('changes since 2026-03-01'), { more: 'k' });
    expect((ch.blocks[0] as { text: { text: string } }).text.text).toMatch(/^Changes since Mar 1 \(\d+/);
    expect(textOf([ch.blocks[1]])).toMatch(/^\[\{"type":"section","text":\{"type":"mrkdwn","text":"\*Latest:\* Apr 15†/);
    // who-leads: what the sources disagree on is said even when those lines are behind the button.
    expect(textOf(renderSlack(ask('who-leads'), { more: 'k' }).blocks)).toContain("*Sources disagree on:* Zhou Jingren's mandate · Open-source strategy");
    // A short answer needs no button.
    expect(textOf(renderSlack(ask('who Fan Yu'), { more: 'k' }).blocks)).not.toContain('qwen_more');
  });

  it('stays within Slack limits for a huge answer, splitting on word boundaries and capping sources', () => {
    const m = renderSlack(bigAnswer(200, 2500, 40), { share: 'x' });
    expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    expect(JSON.stringify(m.blocks).length).toBeLessThan(SLACK_LIMITS.message + 3000);
    const header = m.blocks[0] as { text: { text: string } };
    expect(header.text.text.length).toBeLessThanOrEqual(150);
    for (const b of m.blocks) {
      const t = (b as { text?: { text: string } }).text?.text;
      if (t) expect(t.length).toBeLessThanOrEqual(3000);
      if (b.type === 'section') expect(t).toMatch(/(^|\s|\*)\S*$/); // never cut mid-word...
    }
    const sectionTexts = m.blocks.filter((b) => b.type === 'section').map((b) => (b as { text: { text: string } }).text.text);
    for (const t of sectionTexts) expect(t.endsWith('word')).toBe(false);
    expect(textOf(m.blocks)).toContain('…and 30 more: /qwen sources');
    expect(textOf(m.blocks)).toContain('left out to fit Slack');
    expect(m.blocks.at(-1)).toMatchObject({ type: 'actions' });
  });

  it('escapes &, <, > and neutralises broadcasts and user mentions', () => {
    const a: Answer = {
      command: 'ask', query: 'q', asOf: null, found: true, heading: 'Hi <!channel>', notes: ['<@U123> & @here'],
      items: [{ section: null, text: 'Ping <!everyone> <!here> <@U999|bob> @channel & <https://evil.test|click>', cites: [1] }],
      citations: [{ n: 1, doc: 'd.md', title: '<!channel> title', source: '@everyone', url: 'https://x.test/a>b|c', published: null, kind: 'news', quote: 'q', line: 1 }],
    };
    const m = renderSlack(a);
    const all = textOf(m.blocks) + m.text;
    expect(all).not.toMatch(/<!(channel|here|everyone)/);
    expect(all).not.toMatch(/<@U/);
    expect(all).not.toMatch(/(^|[^\u200b])@(channel|here|everyone)/);
    expect(all).toContain('&lt;!channel&gt;');
    expect(all).toContain('&amp;');
    expect(escapeSlack('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
  });
});
