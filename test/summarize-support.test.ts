// Issue 15: every summary sentence is checked against the excerpts it cites. The pure check (supported.ts),
// its test set, and the summarizer (real openai SDK, fake OpenAI-compatible server) with a model that cites
// valid excerpt numbers for claims no excerpt makes: in chat answers, query --json and the digest parent.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Answer, Citation } from '../src/briefing/types.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { runDigest } from '../src/digest/run.ts';
import { splitDigest } from '../src/digest/format.ts';
import type { DigestTarget } from '../src/digest/targets.ts';
import { buildIndex } from '../src/index/build.ts';
import { renderDiscord } from '../src/render/discord.ts';
import { renderSlack } from '../src/render/slack.ts';
import { renderText } from '../src/render/text.ts';
import { openState } from '../src/state/db.ts';
import { hintKnowledge, knowledgeOf } from '../src/summarize/knowledge.ts';
import { loadPrompts } from '../src/summarize/prompts.ts';
import { Summarizer } from '../src/summarize/summarizer.ts';
import { figuresOf, NO_KNOWLEDGE, supported, SUPPORT_THRESHOLD, type Excerpt, type Knowledge } from '../src/summarize/supported.ts';
import { DROPPED_BAR, KEPT_BAR, scoreSupport } from './eval/support.ts';
import { goodSummary, INVENTED_CLAIMS, INVENTED_MARKERS, lyingSummary, startFakeOpenAI, type FakeOpenAI } from './fakes/openai.ts';
import { ask, capturedLog, CORPUS, NOW, scratchCorpus, seedIndex } from './helpers.ts';
import { localService } from '../src/serve/local.ts';

const ROOT = resolve(import.meta.dirname, '..');

const ex = (quote: string, more: Partial<Excerpt> = {}): Excerpt => ({ quote, source: 'Test Wire', published: '2026-03-06', kind: 'news', title: 'A test article', ...more });
const K: Knowledge = {
  topic: ['Qwen', 'Tongyi Qianwen'],
  entities: [
    { id: 'wu-yongming', name: 'Wu Yongming', type: 'person', aliases: ['Eddie Wu', 'Yongming Wu'] },
    { id: 'lin-junyang', name: 'Lin Junyang', type: 'person', aliases: ['Junyang Lin', 'Justin Lin'] },
    { id: 'alibaba', name: 'Alibaba Group', type: 'organisation', aliases: ['Alibaba'] },
    { id: 'alibaba-cloud', name: 'Alibaba Cloud', type: 'organisation', aliases: ['Aliyun'] },
    { id: 'qwen', name: 'Qwen', type: 'organisation', aliases: ['Qwen team', 'Tongyi Qianwen'] },
  ],
};
const ok = (s: string, e: Excerpt[], k: Knowledge = K) => supported(s, e, k).ok;

describe('supported(): numbers, amounts and dates, normalised', () => {
  it('reads amounts, percentages and dates in their usual spellings', () => {
    const usd3bn = [{ value: 3e9, unit: 'usd' }];
    expect(figuresOf('$3 billion').quantities).toEqual(usd3bn);
    expect(figuresOf('3 billion dollars').quantities).toEqual(usd3bn);
    expect(figuresOf('US$3bn').quantities).toEqual(usd3bn);
    expect(figuresOf('three billion dollars').quantities).toEqual(usd3bn);
    expect(figuresOf('50%').quantities).toEqual(figuresOf('50 percent').quantities);
    expect(figuresOf('90,000 clients').quantities).toEqual([{ value: 90000, unit: null }]);
    for (const d of ['May 1, 2026', '1 May 2026', '2026-05-01', 'May 1st, 2026', '5/1/2026']) expect(figuresOf(d).dates).toEqual(['2026-05-01']);
    expect(figuresOf('March 5').dates).toEqual(figuresOf('5 March').dates);
    expect(figuresOf('September 2023').dates).toEqual(['2023-09']);
    expect(figuresOf('in 2016').dates).toEqual(['2016']);
  });

  it('keeps a sentence whose figures are the excerpt\'s in another spelling, drops one with other figures', () => {
    const e = [ex('Alibaba will invest 3 billion dollars in the Qwen team, a 50 percent rise, from May 1, 2026.')];
    expect(ok('Alibaba will invest $3 billion in the Qwen team from 2026-05-01.', e)).toBe(true);
    expect(ok('Alibaba will invest US$3bn in the Qwen team, a 50% rise.', e)).toBe(true);
    expect(supported('Alibaba will invest $4 billion in the Qwen team.', e, K)).toMatchObject({ ok: false, check: 'number', detail: '$4 billion' });
    expect(supported('Alibaba will invest 3 billion yuan in the Qwen team.', e, K)).toMatchObject({ ok: false, check: 'number' });
    expect(supported('Alibaba will invest $3 billion in the Qwen team from June 1, 2026.', e, K)).toMatchObject({ ok: false, check: 'date', detail: 'June 1, 2026' });
  });

  it('matches day-month order and a yearless date, and the article\'s date only when the excerpt has none', () => {
    const dated = [ex('On March 5, 2026, Wu Yongming accepted the resignation of Lin Junyang.')];
    expect(ok('On 5 March, Wu Yongming accepted the resignation of Lin Junyang.', dated)).toBe(true);
    expect(ok('On 5 March 2026, Wu Yongming accepted the resignation of Lin Junyang.', dated)).toBe(true);
    // The article (2026-03-06) is not the event's date when the excerpt states its own…
    expect(supported('On March 6, 2026, Wu Yongming accepted the resignation of Lin Junyang.', dated, K)).toMatchObject({ ok: false, check: 'date' });
    // …but may be given as the source's date, and is the event's date when the excerpt has none.
    expect(ok('Wu Yongming accepted the resignation of Lin Junyang (Test Wire, 2026-03-06).', dated)).toBe(true);
    expect(ok('On 2026-03-06, Wu Yongming accepted the resignation of Lin Junyang.', [ex('Wu Yongming accepted the resignation of Lin Junyang.')])).toBe(true);
    // A yearless date in the excerpt takes its article's year.
    expect(ok('On March 5, 2026, Wu Yongming accepted the resignation.', [ex('On March 5, Wu Yongming accepted the resignation.')])).toBe(true);
    expect(ok('On March 5, 2025, Wu Yongming accepted the resignation.', [ex('On March 5, Wu Yongming accepted the resignation.')])).toBe(false);
  });
});

describe('supported(): names, quotations, negation, modality, content words', () => {
  const e = [ex('Alibaba CEO Wu Yongming has approved the resignation of team leader Lin Junyang.')];

  it('backs a name through any alias the knowledge layer knows, and lets the subject be named freely', () => {
    expect(ok('Alibaba CEO Eddie Wu approved the resignation of Qwen team leader Junyang Lin.', e)).toBe(true);
    // Without the aliases the same sentence is not backed (names must occur as written).
    expect(supported('Alibaba CEO Eddie Wu approved the resignation of team leader Lin Junyang.', e, NO_KNOWLEDGE)).toMatchObject({ ok: false, check: 'name' });
    expect(supported('Jack Ma approved the resignation of team leader Lin Junyang.', e, K)).toMatchObject({ ok: false, check: 'name', detail: 'Jack Ma' });
    expect(supported('Alibaba Cloud CEO Wu Yongming approved the resignation of team leader Lin Junyang.', e, K)).toMatchObject({ ok: false, check: 'name', detail: 'Alibaba Cloud' });
  });

  it('backs a name through the entities the index resolved in the excerpt ("his" → Lin Junyang)', () => {
    const his = [ex('His departure raises questions about continuity in the Qwen development roadmap.')];
    expect(ok('Lin Junyang\'s departure raises questions about continuity in the Qwen development roadmap.', his)).toBe(false);
    expect(ok('Lin Junyang\'s departure raises questions about continuity in the Qwen development roadmap.', [{ ...his[0], entities: ['lin-junyang'] }])).toBe(true);
  });

  it('requires a quotation word for word', () => {
    const q = [ex("Wu Yongming wrote: 'Technological advancement is a zero-sum game.'")];
    expect(ok('Wu Yongming wrote that “technological advancement is a zero-sum game”.', q)).toBe(true);
    expect(supported('Wu Yongming wrote that “technological progress is a zero-sum game”.', q, K)).toMatchObject({ ok: false, check: 'quote' });
  });

  it('treats negation flips as unsupported, in either direction', () => {
    expect(supported('Wu Yongming has not approved the resignation of Lin Junyang.', e, K)).toMatchObject({ ok: false, check: 'negation' });
    const neg = [ex('Lin Junyang did not resign, Alibaba said.')];
    expect(supported('Lin Junyang resigned, Alibaba said.', neg, K)).toMatchObject({ ok: false, check: 'negation' });
    expect(ok('Alibaba said Lin Junyang did not resign.', neg)).toBe(true);
    expect(ok('Alibaba said Lin Junyang never resigned.', neg)).toBe(true);
  });

  it('matches each negation on its own words: another negation in the sentence does not cover it', () => {
    const q = 'Sam Altman, who had become the public face of OpenAI, was removed after the board said it "no longer has confidence in his ability".';
    expect(ok(q, [ex(q)])).toBe(true);
    expect(supported(q.replace('had become', 'had not become'), [ex(q)], K)).toMatchObject({ ok: false, check: 'negation', detail: 'not become public face' });
    const k = 'Larry Kellner has told the board he will not stand for re-election.';
    expect(supported(k.replace('has told', 'has not told'), [ex(k)], K)).toMatchObject({ ok: false, check: 'negation' });
  });

  it('treats modality flips as unsupported: "may" is not "will", and a hedge is not a fact', () => {
    const will = [ex('Zhou Jingren will temporarily assume oversight of the flagship AI model.')];
    const may = [ex('Zhou Jingren may temporarily assume oversight of the flagship AI model.')];
    expect(ok('Zhou Jingren will temporarily assume oversight of the flagship AI model.', will)).toBe(true);
    expect(supported('Zhou Jingren may temporarily assume oversight of the flagship AI model.', will, K)).toMatchObject({ ok: false, check: 'modality' });
    expect(supported('Zhou Jingren will temporarily assume oversight of the flagship AI model.', may, K)).toMatchObject({ ok: false, check: 'modality' });
    expect(supported('Zhou Jingren assumes oversight of the flagship AI model.', may, K)).toMatchObject({ ok: false, check: 'modality' });
    expect(ok('Zhou Jingren might temporarily assume oversight of the flagship AI model.', may)).toBe(true);
  });

  it(`needs ${SUPPORT_THRESHOLD * 100}% of the content words, and every action, role or event word`, () => {
    expect(ok('Wu Yongming approved the resignation of Lin Junyang.', e)).toBe(true);
    // A glue word the excerpt lacks is tolerated…
    expect(supported('Alibaba CEO Wu Yongming formally approved the resignation of team leader Lin Junyang.', e, K)).toMatchObject({ ok: true });
    // …new topics are not, nor is an action, role or event the excerpt does not name.
    expect(supported('Wu Yongming approved robotics, chips and electric vehicles.', e, K)).toMatchObject({ ok: false, check: 'words' });
    expect(supported('Wu Yongming rejected the resignation of team leader Lin Junyang.', e, K)).toMatchObject({ ok: false, check: 'words' });
    expect(supported('Lin Junyang quits Alibaba.', e, K)).toMatchObject({ ok: false, check: 'words' });
    expect(supported('The team leader, who quit Alibaba, is Lin Junyang.', e, K)).toMatchObject({ ok: false, check: 'words' });
    expect(supported('Alibaba chairman Wu Yongming approved the resignation of team leader Lin Junyang.', e, K)).toMatchObject({ ok: false, check: 'words' });
  });

  it('does not take an article title\'s words as the excerpt\'s, only its names', () => {
    const q = ex('He joined Alibaba in 2016 as a Chief Scientist.', { title: 'Alibaba Cloud CTO Jingren Zhou resigns' });
    expect(ok('Jingren Zhou joined Alibaba in 2016 as a Chief Scientist.', [q], { ...K, entities: [...K.entities, { id: 'zhou-jingren', name: 'Zhou Jingren', type: 'person', aliases: ['Jingren Zhou'] }] })).toBe(true);
    expect(supported('He resigned from Alibaba in 2016.', [q], K)).toMatchObject({ ok: false, check: 'words' });
  });

  it('never lets an impossible date through', () => {
    const q = [ex('Boeing on Wednesday, July 31, named Robert Ortberg as its next chief executive.', { published: '2024-07-31' })];
    expect(ok('Boeing on Wednesday, July 31, named Robert Ortberg as its next chief executive.', q)).toBe(true);
    expect(supported('Boeing on Wednesday, July 32, named Robert Ortberg as its next chief executive.', q, K)).toMatchObject({ ok: false });
  });

  it('is pure: the same verdict every time, nothing mutated, no excerpt → unsupported', () => {
    const frozen = Object.freeze([Object.freeze(ex('Alibaba CEO Wu Yongming has approved the resignation of team leader Lin Junyang.'))]);
    const a = supported('Eddie Wu approved the resignation of Lin Junyang.', frozen, K);
    expect(supported('Eddie Wu approved the resignation of Lin Junyang.', frozen, K)).toEqual(a);
    expect(a.ok).toBe(true);
    expect(supported('Eddie Wu approved the resignation of Lin Junyang.', [], K).ok).toBe(false);
  });
});

describe('the support test set (test/eval/support.yaml)', () => {
  it(`drops ${DROPPED_BAR * 100}% of the unsupported variants and keeps ≥ ${KEPT_BAR * 100}% of the faithful paraphrases`, () => {
    const r = scoreSupport(seedIndex(), join(ROOT, 'test/eval/support.yaml'));
    expect(r.supported.total).toBeGreaterThanOrEqual(20);
    expect(r.unsupported.total).toBeGreaterThanOrEqual(20);
    expect(r.unsupported.misses.map((c) => c.sentence)).toEqual([]);
    expect(r.unsupported.dropped / r.unsupported.total).toBeGreaterThanOrEqual(DROPPED_BAR);
    expect(r.supported.kept / r.supported.total).toBeGreaterThanOrEqual(KEPT_BAR);
  });

  it('reads the curated aliases and subject from the corpus when the index is not at hand', () => {
    const k = hintKnowledge(CORPUS)();
    expect(k.topic).toContain('Qwen');
    expect(k.entities.find((e) => e.id === 'wu-yongming')?.aliases).toContain('Eddie Wu');
    const e = [ex('Alibaba CEO Wu Yongming has approved the resignation of team leader Lin Junyang.')];
    expect(ok('Eddie Wu approved the resignation of Qwen team leader Lin Junyang.', e, k)).toBe(true);
  });
});

// ------------------------------------------------------------------ the summarizer with the lying model

const { log, lines: logLines } = capturedLog();
let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.script.length = 0;
  fake.fallback = goodSummary;
});

function summarizer(knowledge?: () => Knowledge) {
  return new Summarizer({
    baseURL: fake.baseURL, model: 'fake-model', timeoutMs: 3000, concurrency: 2, log,
    prompts: loadPrompts(join(ROOT, 'prompts')), cache: { get: () => null, set: () => undefined }, knowledge,
  });
}

/** Everything a user could see of an answer, on every surface. */
function shown(a: Answer): string {
  return [renderText(a), JSON.stringify(renderSlack(a, { share: null })), JSON.stringify(renderDiscord(a))].join('\n');
}

function expectVerbatim(citations: Citation[]) {
  const index = seedIndex();
  for (const c of citations) expect(index.docByPath.get(c.doc)!.body).toContain(c.quote);
}

const QUESTIONS = ['who-leads', 'changes since 2026-03-01', 'why did lin junyang resign'];

describe('a model citing valid excerpts for claims none makes (issue 15)', () => {
  for (const q of QUESTIONS) {
    it(`${q}: the invented sentences are dropped, the true one is kept with its verbatim excerpt`, async () => {
      const det = ask(q);
      expect(det.found).toBe(true);
      for (const citeAll of [false, true]) {
        fake.script.push(lyingSummary({ faithful: true, citeAll }));
        const r = await summarizer().summarize(det, 'v1', knowledgeOf(seedIndex()));
        expect(r.status).toBe('ok');
        expect(r.answer.items.map((i) => i.text)).toEqual([det.citations[0].quote.replace(/\s+/g, ' ')]);
        expect(r.dropped).toBe(INVENTED_CLAIMS.length);
        const text = shown(r.answer);
        for (const m of INVENTED_MARKERS) expect(text).not.toContain(m);
        expect(renderText(r.answer)).toContain('each sentence checked against its cited excerpts');
        // The sentence cites the first document, so the sources are that document's quotes (one number).
        expect(r.answer.citations.map((c) => c.quote)).toContain(det.citations[0].quote);
        expect(new Set(r.answer.citations.map((c) => `${c.n} ${c.doc}`))).toEqual(new Set([`1 ${det.citations[0].doc}`]));
        expectVerbatim(r.answer.citations);
      }
    });

    it(`${q}: only invented sentences → the deterministic answer (fallback:unsupported)`, async () => {
      const det = ask(q);
      fake.script.push(lyingSummary());
      const r = await summarizer().summarize(det, 'v1', knowledgeOf(seedIndex()));
      expect(r).toEqual({ status: 'fallback:unsupported', answer: det, dropped: INVENTED_CLAIMS.length });
      for (const m of INVENTED_MARKERS) expect(shown(r.answer)).not.toContain(m);
      expectVerbatim(r.answer.citations);
    });
  }

  it('logs each dropped sentence with its reason and the answer\'s reference', async () => {
    const det = ask('who-leads');
    fake.script.push(lyingSummary({ faithful: true }));
    const before = logLines.length;
    await summarizer().summarize(det, 'v-log', knowledgeOf(seedIndex()));
    const dropped = logLines.slice(before).map((l) => JSON.parse(l)).filter((o) => /dropped a sentence/.test(o.msg));
    expect(dropped.map((o) => o.sentence)).toEqual(INVENTED_CLAIMS);
    for (const o of dropped) {
      expect(o.ref).toMatch(/^[0-9a-f]{12}$/);
      expect(o.command).toBe('who-leads');
      expect(o.reason).toMatch(/^(date|number|name|words|negation|modality|quote): /);
    }
    expect(new Set(dropped.map((o) => o.ref)).size).toBe(1);
    expect(dropped.find((o) => o.sentence.startsWith('Jack Ma'))!.reason).toBe('name: Jack Ma');
  });

  it('without the index, uses the knowledge it was given at construction (curated aliases, the subject)', async () => {
    const det = ask('who-leads');
    const eddie = det.citations.find((c) => c.quote.includes('Wu Yongming announced'))!;
    fake.script.push(() => ({ content: JSON.stringify({ sentences: [{ text: 'Eddie Wu announced that the company accepted Lin Junyang\'s resignation.', cites: [eddie.n] }] }) }));
    expect((await summarizer(hintKnowledge(CORPUS)).summarize(det, 'v1')).status).toBe('ok');
    fake.script.push(() => ({ content: JSON.stringify({ sentences: [{ text: 'Eddie Wu announced that the company accepted Lin Junyang\'s resignation.', cites: [eddie.n] }] }) }));
    expect((await summarizer().summarize(det, 'v1')).status).toBe('fallback:unsupported');
  });

  it('a cached reply is checked again, with the same result and count', async () => {
    const store = new Map<string, string>();
    const s = new Summarizer({
      baseURL: fake.baseURL, model: 'fake-model', timeoutMs: 3000, concurrency: 1, log, prompts: loadPrompts(join(ROOT, 'prompts')),
      cache: { get: (k) => store.get(k) ?? null, set: (k, v) => void store.set(k, v) },
    });
    const det = ask('who-leads');
    fake.script.push(lyingSummary({ faithful: true }));
    const before = fake.requests.length;
    const a = await s.summarize(det, 'v1', knowledgeOf(seedIndex()));
    const b = await s.summarize(det, 'v1', knowledgeOf(seedIndex()));
    expect(fake.requests.length - before).toBe(1);
    expect(b).toEqual(a);
    expect(b.dropped).toBe(INVENTED_CLAIMS.length);
  });
});

describe('the digest\'s summarized parent message', () => {
  const article = (title: string, date: string, body: string) => `---\ntitle: "${title}"\npublished: ${date}\nsource: Test Wire\n---\n${body}\n`;
  const extra = Object.fromEntries(
    Array.from({ length: 6 }, (_, i) => [`extra-${i + 1}.md`, article(`Qwen update number ${i + 1}`, `2026-11-2${i}`, `Alibaba appointed Person${i + 1} Lee to lead Qwen project ${i + 1}, the company said on November 2${i}, 2026.`)]),
  );

  it('is the deterministic headline when the model invents, and the checked summary when it does not', async () => {
    const posts: { digest: Answer; headline: Answer | null }[] = [];
    const target: DigestTarget = { key: 'test:C1', post: async (digest, headline) => (posts.push({ digest, headline: headline ?? null }), `ts${posts.length}`) };
    const state = openState(join(mkdtempSync(join(tmpdir(), 'qwen-support-')), 'state.db'));
    const round = (corpus: string, nowMs: number) =>
      runDigest({ index: localService(buildIndex(loadCorpus(corpus))), state, targets: [target], now: NOW, nowMs, empty: 'skip', log, summarizer: summarizer() });
    try {
      await round(scratchCorpus(), 1_000); // the baseline is never summarized
      fake.script.push(lyingSummary());
      const lied = await round(scratchCorpus(extra), 2 * 86_400_000);
      expect(lied[0].status).toBe('posted');
      expect(posts[1].headline).toBeNull();
      const parent = splitDigest(posts[1].digest, posts[1].headline).parent;
      for (const m of INVENTED_MARKERS) expect(shown(parent)).not.toContain(m);

      fake.script.push(lyingSummary({ faithful: true }));
      const more = { ...extra, 'extra-7.md': article('Qwen update number 7', '2026-11-23', 'Alibaba appointed Person7 Lee to lead Qwen project 7, the company said on November 23, 2026.') };
      await round(scratchCorpus(more), 3 * 86_400_000);
      const headline = posts[2].headline!;
      expect(headline.items).toHaveLength(1);
      expect(headline.notes[0]).toContain('each sentence checked against its cited excerpts');
      for (const m of INVENTED_MARKERS) expect(shown(splitDigest(posts[2].digest, headline).parent)).not.toContain(m);
    } finally {
      state.close();
    }
  });
});
