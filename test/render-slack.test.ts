import { describe, expect, it } from 'vitest';
import { escapeSlack, renderSlack, SLACK_LIMITS } from '../src/render/slack.ts';
import type { Answer } from '../src/briefing/types.ts';
import { ask } from './helpers.ts';

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
  it('renders who-leads with the lead in a section and one context block per cited document', () => {
    const a = ask('who-leads');
    const m = renderSlack(a);
    expect(m.blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text' } });
    expect((m.blocks[0] as { text: { text: string } }).text.text).toContain('Zhou Jingren');
    const contexts = m.blocks.filter((b) => b.type === 'context');
    const docs = new Set(a.citations.map((c) => c.doc));
    expect(contexts).toHaveLength(docs.size);
    expect(textOf(contexts)).toContain('Bowang Finance · 2026-03-06 · analysis');
    expect(m.text).toContain('Zhou Jingren');
  });

  it('labels a generated source visibly', () => {
    const m = renderSlack(ask('sources'));
    expect(textOf(m.blocks)).toMatch(/\[4\] Alibaba Cloud CTO Jingren Zhou · Machine-generated background page · undated · MACHINE-GENERATED/);
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
