import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../src/briefing/command.ts';
import { parseUserDate } from '../src/briefing/dates.ts';
import { answer } from '../src/briefing/answer.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { buildIndex } from '../src/index/build.ts';
import { renderText } from '../src/render/text.ts';
import { toJson } from '../src/render/json.ts';
import type { Answer } from '../src/briefing/types.ts';
import { ask, CORPUS, citedDocs, DOCS, scratchCorpus, seedIndex } from './helpers.ts';
import { dateLabel } from '../src/briefing/cite.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** The contract: every quote is verbatim in its doc, every [n] in text has its citation. */
function expectGrounded(a: Answer, dir = CORPUS) {
  for (const c of a.citations) {
    const file = readFileSync(join(dir, c.doc), 'utf8');
    expect(squash(file)).toContain(squash(c.quote));
    expect(file.split('\n')[c.line - 1]).toContain(c.quote);
  }
  const text = renderText(a);
  const marks = [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  for (const n of marks) expect(a.citations.some((c) => c.n === n)).toBe(true);
  // One number per document: quotes from one article share its number, numbers run 1..documents.
  const numberOf = new Map<string, number>();
  for (const c of a.citations) {
    expect(numberOf.get(c.doc) ?? c.n).toBe(c.n);
    numberOf.set(c.doc, c.n);
  }
  expect([...new Set(numberOf.values())].sort((x, y) => x - y)).toEqual(Array.from({ length: numberOf.size }, (_, i) => i + 1));
}

/** The document behind citation number `n`. */
function docOf(a: Answer, n: number): string {
  return a.citations.find((c) => c.n === n)!.doc;
}

describe('command parser', () => {
  it.each([
    ['who-leads', { name: 'who-leads', org: null }],
    ['who-leads OpenAI board', { name: 'who-leads', org: 'OpenAI board' }],
    ['who is the CEO of Acme now?', { name: 'who-leads', org: 'Acme', title: 'CEO' }],
    ['who replaced Ilya Sutskever as chief scientist?', { name: 'ask', question: 'who replaced Ilya Sutskever as chief scientist?' }],
    ['changes since 2026-03-01', { name: 'changes-since', since: '2026-03-01' }],
    ['changes 3/1/2026', { name: 'changes-since', since: '3/1/2026' }],
    ['who Eddie Wu', { name: 'person', who: 'Eddie Wu' }],
    ['person Jingren Zhou', { name: 'person', who: 'Jingren Zhou' }],
    ['timeline', { name: 'timeline', topic: null }],
    ['timeline OpenAI crisis November 2023', { name: 'timeline', topic: 'OpenAI crisis November 2023' }],
    ['sources', { name: 'sources', topic: null }],
    ['sources about Zhou Hao', { name: 'sources', topic: 'Zhou Hao' }],
    ['who runs qwen', { name: 'who-leads', org: 'qwen' }],
    ['whos in charge of tongyi', { name: 'who-leads', org: 'tongyi' }],
    // Leading an activity is not leading an organisation.
    ['who is running the search for a new chair', { name: 'ask', question: 'who is running the search for a new chair' }],
    ['who leads the investigation into the board', { name: 'ask', question: 'who leads the investigation into the board' }],
    ['who won the june election', { name: 'ask', question: 'who won the june election' }],
    ['wat percentage did kemi get', { name: 'ask', question: 'what percentage did kemi get' }],
    ['who Eddie Wu', { name: 'person', who: 'Eddie Wu' }],
    ['what changed since last week?', { name: 'changes-since', since: 'last week' }],
    // A person after an event is a question, not changes since a date.
    ['what happened to bartomeu after he resigned', { name: 'ask', question: 'what happened to bartomeu after he resigned' }],
    ['what changed after she left?', { name: 'ask', question: 'what changed after she left?' }],
    ['what happened after March 2026', { name: 'changes-since', since: 'March 2026' }],
    // Running an activity, whatever words come before it, is not leading an organisation.
    ["who's running the social media review", { name: 'ask', question: "who's running the social media review" }],
    ['/qwen help', { name: 'help', reason: null, suggestion: null }],
  ])('%s', (input, expected) => {
    expect(parseCommand(input)).toEqual(expected);
  });

  it('suggests the right spelling for a near-miss command', () => {
    expect(parseCommand('who-leds')).toMatchObject({ name: 'help', suggestion: 'who-leads' });
    expect(parseCommand('timelin')).toMatchObject({ name: 'help', suggestion: 'timeline' });
  });

  it('never throws on odd input', () => {
    for (const s of ['', '   ', '\u0000\u0001', 'x'.repeat(10_000), '<!channel>', '🙂🙂', 'changes since', 'who']) {
      expect(() => parseCommand(s)).not.toThrow();
    }
    expect(parseCommand('x'.repeat(10_000))).toMatchObject({ name: 'help' });
  });
});

describe('user dates', () => {
  it.each([
    ['2026-03-01', '2026-03-01'],
    ['3/1/2026', '2026-03-01'],
    ['March 2026', '2026-03-01'],
    ['1 May 2026', '2026-05-01'],
    ['last week', '2026-11-17'],
    ['yesterday', '2026-11-23'],
    ['march 5', '2026-03-05'],
    ['banana', null],
    ['2026-02-30', null],
    ['Q2 2026', '2026-04-01'],
    ['2026 q3', '2026-07-01'],
    ['the start of 2026', '2026-01-01'],
    ['early March 2026', '2026-03-01'],
    ['mid-2026', '2026-06-01'],
    ['the end of March 2026', '2026-03-25'],
    ['late 2025', '2025-09-01'],
    ['the middle of nowhere', null],
  ])('%s → %s', (text, iso) => {
    expect(parseUserDate(text, '2026-11-24')).toBe(iso);
  });
});

describe('who-leads', () => {
  const a = ask('who-leads');
  const text = renderText(a);

  it('names Zhou Jingren as head, as of the newest dated source', () => {
    expect(a.found).toBe(true);
    expect(a.asOf).toBe('2026-04-15');
    expect(a.heading).toContain('Zhou Jingren');
    expect(a.items.find((i) => i.section?.startsWith('Head'))?.section).toBe('Head: Zhou Jingren');
  });

  it('says Lin Junyang left on 2026-03-05, citing a source that says so', () => {
    const left = a.items.filter((i) => i.section === 'Left');
    expect(left).toHaveLength(1);
    expect(left[0].text).toMatch(/^Lin Junyang left \(2026-03-05\)/);
    const docs = left[0].cites.map((n) => docOf(a, n));
    expect(docs).toContain(DOCS.bowang);
  });

  it('lists new responsibilities and the support team', () => {
    const resp = a.items.filter((i) => i.section === 'New responsibilities').map((i) => i.text.split(' — ')[0]);
    expect(resp.sort()).toEqual(['Liu Dayiheng', 'Zhou Hao']);
    const support = a.items.find((i) => i.section === 'Support / coordination team')!;
    expect(support.text).toMatch(/^Wu Yongming, Zhou Jingren, Fan Yu —/);
  });

  it('shows both sides of each disagreement with dates and outlets', () => {
    const mandate = a.items.filter((i) => i.section === "Sources disagree: Zhou Jingren's mandate");
    expect(mandate.map((i) => i.text.split(' — ')[0])).toEqual(['temporary oversight', 'named to lead']);
    expect(docOf(a, mandate[0].cites[0])).toBe(DOCS.undated);
    expect(docOf(a, mandate[1].cites[0])).toBe(DOCS.monetize);
    expect(mandate[1].text).toContain('2026-04-15');
    const oss = a.items.filter((i) => i.section === 'Sources disagree: Open-source strategy');
    expect(oss.map((i) => docOf(a, i.cites[0]))).toEqual([DOCS.bowang, DOCS.monetize]);
    expect(oss[0].text).toContain('Bowang Finance');
  });

  it('is grounded and cites every line', () => {
    expect(a.items.every((i) => i.cites.length > 0)).toBe(true);
    expectGrounded(a);
    expect(text).toContain('Sources:');
  });

  it('answers as of an earlier now without later articles', () => {
    const early = ask('who-leads', '2026-03-10');
    expect(early.asOf).toBe('2026-03-06');
    expect(citedDocs(early)).not.toContain(DOCS.monetize);
    expect(early.heading).toContain('Zhou Jingren');
  });
});

describe('changes since', () => {
  it('lists dated changes after the date, oldest first, each cited', () => {
    const a = ask('changes since 2026-03-01');
    expect(a.found).toBe(true);
    const dates = a.items.map((i) => /^(\d{4}-\d{2}-\d{2})/.exec(i.text)![1]);
    expect([...dates].sort()).toEqual(dates);
    expect(dates[0]).toBe('2026-03-05');
    expect(dates.at(-1)).toBe('2026-04-15');
    expect(renderText(a)).toContain("accepted Lin Junyang's resignation");
    expect(citedDocs(a)).toEqual([DOCS.departs, DOCS.bowang, DOCS.monetize].sort());
    expectGrounded(a);
  });

  it('accepts every documented date format', () => {
    for (const q of ['changes since 3/1/2026', 'changes since March 2026', 'changes since 1 March 2026']) {
      expect(ask(q).heading).toMatch(/^Changes since 2026-03-01/);
    }
    expect(ask('changes since 1 May 2026').heading).toBe('No changes in the corpus since 2026-05-01.');
  });

  it('says there are none, and gives the latest change before the date', () => {
    const a = ask('changes since last week');
    expect(a.found).toBe(false);
    expect(a.heading).toBe('No changes in the corpus since 2026-11-17.');
    expect(a.items[0].text).toMatch(/^2026-04-15/);
    expect(a.citations[0].doc).toBe(DOCS.monetize);
  });

  it('gives help for a date it cannot read', () => {
    const a = ask('changes since someday');
    expect(a.command).toBe('help');
    expect(a.heading).toContain('someday');
  });

  it('counts "yesterday" from now', () => {
    expect(ask('changes since yesterday', '2026-04-16').items[0].text).toMatch(/^2026-04-15/);
  });
});

describe('person', () => {
  it('resolves any alias to the same person', () => {
    for (const q of ['who Eddie Wu', 'who Wu Yongming', 'person 吴泳铭', 'who is eddie wu']) {
      const a = ask(q);
      expect(a.command).toBe('person');
      expect(a.heading).toMatch(/^Wu Yongming/);
    }
    expect(ask('who jingren zhou').heading).toMatch(/^Zhou Jingren/);
    expect(ask('who Jingrn Zhou').heading).toMatch(/^Zhou Jingren/);
  });

  it('cites roles over time, oldest first', () => {
    const a = ask('who Lin Junyang');
    expect(a.found).toBe(true);
    expect(renderText(a)).toContain('resignation');
    const dated = a.items.map((i) => /^(\d{4}-\d{2}(?:-\d{2})?)/.exec(i.text)?.[1]).filter(Boolean) as string[];
    expect([...dated].sort()).toEqual(dated);
    expectGrounded(a);
  });

  it('says so for an unknown person and suggests a close name', () => {
    const a = ask('who Zhou Hoa Xyz');
    expect(a.found).toBe(false);
    const b = ask('person Lin Junyng');
    expect(b.heading).toMatch(/^Lin Junyang/);
  });
});

describe('timeline and sources', () => {
  it('timeline has every dated event in order, and notes undated sources', () => {
    const a = ask('timeline');
    const dates = a.items.map((i) => /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(i.text)![1]);
    expect([...dates].sort()).toEqual(dates);
    expect(dates).toContain('2026-03-05');
    expect(dates).toContain('2026-04-15');
    expect(a.notes.join(' ')).toContain('2 undated sources');
    expectGrounded(a);
  });

  it('sources lists all five with outlet, date and kind, each cited', () => {
    const a = ask('sources');
    expect(a.items).toHaveLength(5);
    expect(citedDocs(a)).toEqual(Object.values(DOCS).sort());
    expect(a.items[0].text).toContain('2026-04-15');
    const gen = a.items.find((i) => docOf(a, i.cites[0]) === DOCS.generated)!;
    expect(gen.text).toContain('MACHINE-GENERATED');
    expectGrounded(a);
  });

  it('sources with a topic lists only the documents about it', () => {
    expect(citedDocs(ask('sources Liu Dayiheng'))).toEqual([DOCS.undated]);
    expect(citedDocs(ask('sources Fan Yu'))).toEqual([DOCS.bowang]);
    expect(ask('sources quantum teleportation').found).toBe(false);
  });
});

describe('ask', () => {
  it('routes paraphrases to the right command', () => {
    expect(ask('who runs qwen').command).toBe('who-leads');
    expect(ask('whos in charge of tongyi').command).toBe('who-leads');
    expect(ask('who is zhou hao').command).toBe('person');
  });

  it('says an unanswerable question is not in the corpus', () => {
    for (const q of ['who is the CFO?', 'what is the stock price of Tencent?']) {
      const a = ask(q);
      expect(a.found).toBe(false);
      expect(a.heading).toBe('That is not in the corpus.');
      expect(a.citations).toEqual([]);
    }
  });

  it('returns cited excerpts for a question the corpus answers', () => {
    const a = ask('what did zhou hao do at deepmind');
    expect(a.found).toBe(true);
    expect(renderText(a)).toContain('Gemini 3.0');
    expect(citedDocs(a)).toEqual([DOCS.departs]);
    expectGrounded(a);
  });

  it('answers garbled input with help and a suggestion', () => {
    const a = ask('asdkjh qwe zzxq');
    expect(a.command).toBe('help');
    expect(a.notes[0]).toContain('Did you mean');
  });
});

describe('determinism and robustness', () => {
  it('gives byte-identical JSON for the same corpus, command and now (fresh index each time)', () => {
    for (const q of ['who-leads', 'timeline', 'changes since March 2026', 'who is zhou hao', 'sources']) {
      const one = JSON.stringify(toJson(answer(buildIndex(loadCorpus(CORPUS)), q, '2026-11-24')));
      const two = JSON.stringify(toJson(answer(buildIndex(loadCorpus(CORPUS)), q, '2026-11-24')));
      expect(one).toBe(two);
    }
  });

  it('serves a new article with no code change', () => {
    const dir = scratchCorpus({
      '2026-06-01-new-head.md': '---\ntitle: Qwen gets a new head\nsource: Test Wire\npublished: 2026-06-01\nkind: news\n---\nOn June 1, 2026, Alibaba appointed Zhou Hao to lead the Qwen team.\n',
    });
    const index = buildIndex(loadCorpus(dir));
    const a = answer(index, 'who-leads', '2026-11-24');
    expect(a.heading).toContain('Zhou Hao');
    expect(a.asOf).toBe('2026-06-01');
    const c = answer(index, 'changes since May 2026', '2026-11-24');
    expect(c.items.at(-1)!.text).toMatch(/^2026-06-01/);
    expect(c.citations.at(-1)!.doc).toBe('2026-06-01-new-head.md');
    expectGrounded(a, dir);
  });

  it('serves the rest when a file is broken', () => {
    const index = buildIndex(loadCorpus(scratchCorpus({ 'broken.md': '---\ntitle: [\n---\nx\n' })));
    expect(answer(index, 'who-leads', '2026-11-24').heading).toContain('Zhou Jingren');
  });

  it('every command answers every eval-style input without throwing', () => {
    const index = seedIndex();
    for (const q of ['', 'sources ', 'changes since 9999-99-99', 'who ', 'ask', '?', '<@U123> hi', '@everyone who-leads']) {
      expect(() => answer(index, q, '2026-11-24')).not.toThrow();
    }
  });
});

describe('caps on large corpora', () => {
  it('sources lists at most 15 documents, newest first, and says how many more', async () => {
    const extra: Record<string, string> = {};
    for (let i = 0; i < 20; i++) extra[`extra-${i}.md`] = `---\ntitle: Extra ${i}\npublished: 2026-05-${String(i + 1).padStart(2, '0')}\nkind: news\n---\nZhou Hao spoke about Qwen models on stage.\n`;
    const index = buildIndex(loadCorpus(scratchCorpus(extra)));
    const a = answer(index, 'sources Zhou Hao', '2026-11-24');
    expect(a.items).toHaveLength(15);
    expect(a.heading).toBe('21 sources about “Zhou Hao”');
    expect(a.items[0].text).toMatch(/^Extra 19 /);
    expect(a.notes[0]).toBe('…and 6 more, older or saying less of it; narrow it with /qwen sources <topic>');
    expect(a.citations).toHaveLength(15);
  });
});

describe('chat shorthand', () => {
  it('"tl;dr who\'s in charge of qwen rn" is who-leads; "whats X doing now" is a question about X', async () => {
    const { parseCommand } = await import('../src/briefing/command.ts');
    expect(parseCommand("tl;dr who's in charge of qwen rn")).toMatchObject({ name: 'who-leads', org: 'qwen' });
    expect(parseCommand('whats Zhou Jingren doing now')).toEqual({ name: 'ask', question: "what's Zhou Jingren doing now" });
    expect(parseCommand('Since when had Zhou Jingren been in charge?')).toMatchObject({ name: 'ask' });
  });
});

describe('a day told in other words is spelled out beside its ISO date', () => {
  it('"on Thursday" gets ", 21 July"; a sentence that writes its day keeps the ISO date alone', () => {
    const base = { id: 0, doc: 'a.md', line: 1, paragraph: 0, datePrecision: 'day' as const, dateOrigin: 'sentence' as const, date: '2022-07-21' };
    expect(dateLabel({ ...base, text: 'Draghi resigned on Thursday.' })).toBe('2022-07-21, 21 July');
    expect(dateLabel({ ...base, text: 'Draghi resigned on July 21.' })).toBe('2022-07-21');
    expect(dateLabel({ ...base, text: 'Draghi resigned on 21st July.' })).toBe('2022-07-21');
    expect(dateLabel({ ...base, dateOrigin: 'article', text: 'Draghi resigned.' })).toBe('2022-07-21, article date');
  });
});
