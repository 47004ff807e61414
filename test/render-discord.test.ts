import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, escapeDiscord, renderDiscord } from '../src/render/discord.ts';
import type { Answer } from '../src/briefing/types.ts';
import { ask } from './helpers.ts';

describe('Discord renderer', () => {
  it('renders who-leads as one screen first (≤ 1,800 characters with its sources), the rest in a follow-up, dates as <t:unix:D>', () => {
    const a = ask('who-leads');
    const ms = renderDiscord(a, { asked: 'who-leads' });
    // One screen first, the rest in follow-ups (how many depends on how long the quotes are).
    expect(ms.length).toBeGreaterThanOrEqual(2);
    expect(ms[0].content).toMatch(/^-# You asked: who-leads\n\*\*Who leads Qwen — Zhou Jingren/);
    expect(ms[0].content.length + ms[0].embeds[0].description.length).toBeLessThanOrEqual(1800);
    for (const m of ms) expect(m.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    // Each message has its own sources; noon UTC keeps the day in every time zone.
    expect(ms[0].embeds[0].description).toContain(`<t:${Date.parse('2026-03-06T12:00:00Z') / 1000}:D>`);
    expect(ms[0].embeds[0].footer?.text).toContain("† the article's date");
    expect(ms[1].content).toMatch(/— continued\*\*/);
    // The follow-ups' sources ride on the last of them (a follow-up before it carries none).
    expect(ms.at(-1)!.embeds[0].description).toMatch(/^\[1\] .+ · (?:<t:\d+:D>|undated)/m);
    if (ms.length > 2) expect(ms[1].embeds[0]?.description).toBeUndefined();
    // Nothing lost: every item's quote is in one of the messages.
    const all = ms.map((m) => m.content).join('\n');
    for (const it of a.items) for (const q of it.text.matchAll(/“([^”]+)”/g)) expect(all).toContain(escapeDiscord(q[1]));
    for (const m of ms) {
      expect(m.allowedMentions).toEqual({ parse: [], repliedUser: false });
      expect(m.content + JSON.stringify(m.embeds)).not.toMatch(/\.md\b|article date|2026-\d\d-\d\d/);
    }
  });

  it('labels a generated source', () => {
    const [m] = renderDiscord(ask('sources'));
    expect(m.embeds[0].description).toMatch(/Alibaba Cloud CTO Jingren Zhou — Machine-generated background page · undated · ⚠ MACHINE-GENERATED/);
  });

  it('never ends a message with a heading whose items are in the next', () => {
    const a: Answer = {
      command: 'ask', query: 'q', asOf: null, found: true, heading: 'Sections', notes: [],
      items: Array.from({ length: 24 }, (_, i) => ({ section: `Section ${Math.floor(i / 3)}`, text: `item ${i} `.repeat(30 + (i % 5) * 7), cites: [1] })),
      citations: [{ n: 1, doc: 'd.md', title: 'T', source: 'Wire', url: null, published: '2026-01-01', kind: 'news', quote: 'q', line: 1 }],
    };
    const ms = renderDiscord(a);
    expect(ms.length).toBeGreaterThan(2);
    for (const m of ms) {
      expect(m.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
      expect(m.content.trimEnd().split('\n').at(-1)).not.toMatch(/^__.*__$/);
    }
  });

  it('splits a long answer into ≤ 4 messages of ≤ 2000 chars and caps sources', () => {
    const a: Answer = {
      command: 'ask', query: 'q', asOf: null, found: true, heading: 'Long', notes: [],
      items: Array.from({ length: 80 }, (_, i) => ({ section: null, text: `item ${i} `.repeat(40), cites: [1 + (i % 30)] })),
      citations: Array.from({ length: 30 }, (_, i) => ({ n: i + 1, doc: `d${i}.md`, title: `Title ${i} `.repeat(20), source: 'Wire', url: null, published: '2026-01-01', kind: 'news' as const, quote: 'q', line: 1 })),
    };
    const ms = renderDiscord(a);
    expect(ms.length).toBeLessThanOrEqual(DISCORD_LIMITS.messages);
    for (const m of ms) expect(m.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    expect(ms.at(-1)!.content).toContain('answer shortened');
    const desc = ms.at(-1)!.embeds[0].description;
    expect(desc.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(desc).toMatch(/…and \d+ more: \/qwen sources/);
  });

  it('breaks mention and broadcast forms', () => {
    expect(escapeDiscord('@everyone @here <@123> <@!123> <@&9> <#5>')).not.toMatch(/@everyone|@here|<@!?\d+>|<@&\d+>|<#\d+>/);
  });
});
