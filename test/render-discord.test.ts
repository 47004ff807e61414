import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, escapeDiscord, renderDiscord } from '../src/render/discord.ts';
import type { Answer } from '../src/briefing/types.ts';
import { ask } from './helpers.ts';

describe('Discord renderer', () => {
  it('renders who-leads split on line boundaries, the sources embed on the last message, dates as <t:unix:D>', () => {
    const ms = renderDiscord(ask('who-leads'));
    expect(ms.length).toBe(2);
    expect(ms[0].content).toMatch(/^\*\*Who leads Qwen — Zhou Jingren/);
    for (const m of ms) expect(m.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    expect(ms[0].embeds).toEqual([]);
    const m = ms[1];
    expect(m.embeds[0].description).toContain(`<t:${Date.parse('2026-03-06T00:00:00Z') / 1000}:D>`);
    expect(m.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('labels a generated source', () => {
    const [m] = renderDiscord(ask('sources'));
    expect(m.embeds[0].description).toMatch(/Alibaba Cloud CTO Jingren Zhou — Machine-generated background page · undated · ⚠ MACHINE-GENERATED/);
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
