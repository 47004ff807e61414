import { describe, expect, it } from 'vitest';
import { quoted, readable } from '../src/briefing/cite.ts';
import type { Answer, Citation } from '../src/briefing/types.ts';
import { chatSegs, chatView, plainSegs, shortDate, subAnswer } from '../src/render/chat.ts';
import { renderText } from '../src/render/text.ts';
import { ask } from './helpers.ts';

const bowang = { source: 'Bowang Finance', published: '2026-03-06', kind: 'analysis' as const };
const unknown = { source: null, published: '2026-04-15', kind: 'news' as const };
const generated = { source: 'Machine-generated background page', published: null, kind: 'generated' as const };
const plain = (s: string, cited: Pick<Citation, 'source' | 'published' | 'kind'>[] = []) => plainSegs(chatSegs(s, cited), '2026');

describe('chat labels', () => {
  it('shortens the labels the commands write, for the documents an item cites', () => {
    expect(plain('“Q.” (2026-03-05; Bowang Finance, 2026-03-06, analysis)', [bowang])).toBe('“Q.” — Mar 5 · Bowang Finance');
    expect(plain('“Q.” (2026-04-15, article date; outlet unknown, 2026-04-15)', [unknown])).toBe('“Q.” — Apr 15†');
    expect(plain('“Q.” (undated; Machine-generated background page, undated, MACHINE-GENERATED)', [generated])).toBe('“Q.” — ⚠ Machine-generated background page');
    expect(plain('2026-03-06, article date — “Q.” (Bowang Finance, 2026-03-06, analysis)', [bowang])).toBe('Mar 6† — “Q.” · Bowang Finance');
    expect(plain('2023-09 — “Q.” (outlet unknown, 2026-04-15)', [unknown])).toBe('Sep 2023 — “Q.”');
    expect(plain('Title (Bowang Finance, 2026-03-06, analysis) — “Q.”', [bowang])).toBe('Title · Bowang Finance — “Q.”');
  });

  it('leaves a label it does not recognise, and everything inside a quotation, exactly as written', () => {
    // Not the label of a cited document: shown in full rather than guessed at.
    expect(plain('“Q.” (2026-03-05; Other Outlet, 2026-03-06)', [bowang])).toBe('“Q.” (Mar 5; Other Outlet, Mar 6)');
    // Dates in prose are shortened; inside a quotation (even a nested one) they are the corpus's words.
    expect(plain('Lin Junyang left (2026-03-05) — “On 2026-03-05 he said “2026-03-05” twice.”')).toBe('Lin Junyang left (Mar 5) — “On 2026-03-05 he said “2026-03-05” twice.”');
    expect(shortDate('2025-12-01', '2026')).toBe('Dec 1, 2025');
    expect(shortDate('2016')).toBe('2016');
  });

  it('quotes in answers read as words: Markdown marks and link-reference numbers gone, nothing else', () => {
    expect(readable('He holds a **B.S. in Computer Science** from X. ([The Official Board][1])')).toBe('He holds a B.S. in Computer Science from X. (The Official Board)');
    expect(readable('See [the filing](https://x.test/a) and __init__ and a ** b.')).toBe('See the filing (https://x.test/a) and __init__ and a ** b.');
    expect(quoted('`x` [3]')).toBe('“x [3]”');
  });
});

describe('chat view', () => {
  it('renumbers a part of an answer on its own, keeping every quote of each cited document', () => {
    const a = ask('who-leads');
    const part = subAnswer(a, a.items.slice(-2));
    const ns = [...new Set(part.citations.map((c) => c.n))];
    expect(ns).toEqual(ns.map((_, i) => i + 1));
    for (const it of part.items) for (const n of it.cites) expect(part.citations.some((c) => c.n === n)).toBe(true);
    const docs = new Set(part.citations.map((c) => c.doc));
    expect(part.citations).toEqual(a.citations.filter((c) => docs.has(c.doc)).map((c) => ({ ...c, n: part.citations.find((p) => p.doc === c.doc)!.n })).sort((x, y) => x.n - y.n));
  });

  it('the compact view keeps the answer and leaves the rest for later, never dropping an item', () => {
    for (const q of ['who-leads', 'changes since 2026-03-01', 'timeline', 'digest since 2026-03-01']) {
      const a = ask(q);
      const v = chatView(a, { compact: true });
      const shown = v.groups.reduce((n, g) => n + g.lines.length, 0) + v.lead.filter((l) => l.line.cites.length).length;
      expect(shown + v.hidden).toBe(a.items.length);
      expect(v.rest).toHaveLength(v.hidden);
      expect(v.hidden).toBeGreaterThan(0);
    }
    // The plain text (CLI, JSON, eval) keeps its full labels.
    expect(renderText(ask('who-leads'))).toContain('(2026-03-05; Bowang Finance, 2026-03-06, analysis)');
  });

  it('a view of an answer with no items or no citations is just its heading and notes', () => {
    const a: Answer = { command: 'help', query: '', asOf: null, found: false, heading: 'Help', items: [], notes: ['n'], citations: [] };
    const v = chatView(a, { compact: true });
    expect(v).toMatchObject({ groups: [], hidden: 0, sources: [], notes: ['n'] });
  });
});
