// Property tests (fast-check): the parser, dates, loader and renderers hold for inputs nobody wrote by hand.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answer } from '../src/briefing/answer.ts';
import { parseCommand } from '../src/briefing/command.ts';
import { parseUserDate } from '../src/briefing/dates.ts';
import { COMMAND_NAMES, type Answer } from '../src/briefing/types.ts';
import { validIso } from '../src/corpus/dates.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { DISCORD_LIMITS, escapeDiscord, renderDiscord } from '../src/render/discord.ts';
import { renderSlack, SLACK_LIMITS } from '../src/render/slack.ts';
import { renderText } from '../src/render/text.ts';
import { NOW, seedIndex } from './helpers.ts';

const WORDS = ['who-leads', 'changes', 'since', 'timeline', 'sources', 'person', 'who', 'digest', 'ask', 'help', 'qwen', 'Zhou', 'Jingren', 'Lin', 'Junyang',
  'March', '2026', '3/1/2026', 'yesterday', 'last', 'week', '周靖人', '<!channel>', '@everyone', '<@U123>', '\u0000', '🙂', '--now', '"', "'", '\\', '\n'];
/** Strings shaped like commands (keywords, dates, names, tricks) as well as arbitrary unicode. */
const commandText = fc.oneof(
  fc.string({ maxLength: 300, unit: 'grapheme' }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((ws) => ws.join(' ')),
  fc.string({ maxLength: 5000 }),
  fc.constantFrom('__proto__', 'constructor', 'changes since __proto__', 'digest since constructor', 'person toString'),
);

describe('command parser and core (fast-check)', () => {
  it('never throws; always an Answer of a known command, grounded in the corpus', () => {
    const index = seedIndex();
    fc.assert(
      fc.property(commandText, (text) => {
        const cmd = parseCommand(text);
        expect(COMMAND_NAMES).toContain(cmd.name);
        const a = answer(index, text, NOW);
        expect(COMMAND_NAMES).toContain(a.command);
        expect(typeof a.heading).toBe('string');
        for (const c of a.citations) {
          const doc = index.docByPath.get(c.doc)!;
          const line = (doc.bodyStartLine > 1 ? '\n'.repeat(doc.bodyStartLine - 1) : '') + doc.body;
          expect(line.split('\n')[c.line - 1]).toContain(c.quote);
        }
        for (const item of a.items) for (const n of item.cites) expect(n).toBeLessThanOrEqual(a.citations.length);
      }),
      { numRuns: 300 },
    );
  });

  it('the date parser never throws and returns null or a valid YYYY-MM-DD', () => {
    fc.assert(
      fc.property(fc.oneof(commandText, fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))), (text) => {
        const d = parseUserDate(text, NOW);
        if (d !== null) expect(/^\d{4}-\d{2}-\d{2}$/.test(d) && validIso(d)).toBe(true);
      }),
      // Found by this property: "__proto__" was read as a relative date ("today"/"yesterday" table lookup).
      { numRuns: 500, examples: [['__proto__'], ['constructor'], ['toString']] },
    );
  });
});

describe('corpus loader (fast-check)', () => {
  const good = '---\ntitle: "Good"\npublished: 2026-05-01\n---\nZhou Jingren leads Qwen, Alibaba said on May 1, 2026.\n';
  it('random bytes, huge lines and odd encodings fail that file only', () => {
    const content = fc.oneof(
      fc.uint8Array({ maxLength: 4096 }),
      fc.string({ maxLength: 2000 }).map((s) => `---\n${s}\n---\n${s}`),
      fc.integer({ min: 1, max: 3 }).map((n) => 'x'.repeat(n * 400_000)),
      fc.string({ maxLength: 500 }).map((s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])),
    );
    fc.assert(
      fc.property(content, (bytes) => {
        const dir = mkdtempSync(join(tmpdir(), 'qwen-fuzz-'));
        writeFileSync(join(dir, 'good.md'), good);
        writeFileSync(join(dir, 'fuzz.md'), bytes);
        const corpus = loadCorpus(dir);
        expect(corpus.docs.map((d) => d.path)).toContain('good.md');
        const report = corpus.reports.find((r) => r.path === 'fuzz.md')!;
        expect(['ok', 'inferred', 'error']).toContain(report.status);
        if (report.status === 'error') expect(report.detail.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});

const nasty = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.array(fc.constantFrom('<!channel>', '<!here>', '<!everyone>', '@everyone', '@here', '@channel', '<@U0123ABC>', '<@123456789012345678>', '<@!123456789012345678>', '<@&123456789012345678>', '<#C123>', '&', '<', '>', '*', '_', '~', '`', 'word', ' '), { maxLength: 200 }).map((xs) => xs.join('')),
);
const anyAnswer: fc.Arbitrary<Answer> = fc
  .record({
    heading: nasty,
    items: fc.array(fc.record({ section: fc.option(nasty, { nil: null }), text: nasty, cites: fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 3 }) }), { maxLength: 80 }),
    notes: fc.array(nasty, { maxLength: 3 }),
    citations: fc.array(fc.record({ title: nasty, source: fc.option(nasty, { nil: null }), url: fc.option(fc.oneof(fc.webUrl(), nasty), { nil: null }), quote: nasty }), { maxLength: 30 }),
  })
  .map((r) => ({
    command: 'ask' as const, query: 'q', asOf: null, found: true, heading: r.heading, items: r.items, notes: r.notes,
    citations: r.citations.map((c, i) => ({ n: i + 1, doc: `d${i % 7}.md`, title: c.title, source: c.source, url: c.url, published: '2026-03-05', kind: 'news' as const, quote: c.quote, line: i + 1 })),
  }));

const SLACK_LIVE = /<!(?:channel|here|everyone)(?:\|[^>]*)?>|<@[UW][A-Z0-9]+>|<#C[A-Z0-9]+>|(?<![\u200b])@(?:channel|here|everyone)\b/i;
const DISCORD_LIVE = /<@[!&]?\d+>|<#\d+>|@(?:everyone|here)\b/i;

describe('renderers (fast-check)', () => {
  it('Slack: within limits, no live mention or broadcast token anywhere', () => {
    fc.assert(
      // Whole answers and first screens (with "Show all", feedback and the question restated, itself nasty).
      fc.property(anyAnswer, fc.boolean(), fc.boolean(), nasty, (a, share, compact, asked) => {
        const m = renderSlack(a, { share: share ? 'x' : null, ...(compact ? { more: 'k', feedback: 'f', asked } : {}) });
        expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
        for (const b of m.blocks) {
          const text = (b as { text?: { text: string } }).text?.text;
          if (text) expect(text.length).toBeLessThanOrEqual(b.type === 'header' ? SLACK_LIMITS.header : SLACK_LIMITS.sectionText);
        }
        expect(m.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallback + 100);
        const all = JSON.stringify(m);
        expect(JSON.parse(all)).toBeTruthy();
        expect(m.text + JSON.stringify(m.blocks)).not.toMatch(SLACK_LIVE);
      }),
      { numRuns: 300 },
    );
  });

  it('Discord: within limits, no live mention or broadcast token anywhere', () => {
    fc.assert(
      fc.property(anyAnswer, fc.option(nasty, { nil: null }), (a, asked) => {
        const ms = renderDiscord(a, { asked, feedback: 'k' });
        expect(ms.length).toBeGreaterThan(0);
        expect(ms.length).toBeLessThanOrEqual(DISCORD_LIMITS.messages);
        for (const m of ms) {
          expect(m.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
          expect(m.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
          for (const e of m.embeds) expect(e.description.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
          expect(m.allowedMentions.parse).toEqual([]);
          expect(m.content + JSON.stringify(m.embeds)).not.toMatch(DISCORD_LIVE);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('plain text keeps every item and quote verbatim', () => {
    fc.assert(
      fc.property(anyAnswer, (a) => {
        const t = renderText(a);
        for (const i of a.items) expect(t).toContain(i.text);
        for (const c of a.citations) expect(t).toContain(c.title);
      }),
      { numRuns: 200 },
    );
  });

  it('real answers keep their quotes verbatim in Slack and Discord (after escaping only)', () => {
    const index = seedIndex();
    for (const q of ['who-leads', 'timeline', 'changes since 2026-03-01', 'who is Lin Junyang', 'sources']) {
      const a = answer(index, q, NOW);
      const slack = JSON.stringify(renderSlack(a).blocks);
      const discord = renderDiscord(a).map((m) => m.content).join('\n');
      for (const item of a.items.slice(0, 6)) {
        const quotes = [...item.text.matchAll(/“([^”]{1,200})”/g)].map((x) => x[1]);
        for (const quote of quotes) {
          expect(slack).toContain(JSON.stringify(quote.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')).slice(1, -1));
          expect(discord).toContain(escapeDiscord(quote));
        }
      }
    }
  });
});
