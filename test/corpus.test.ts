import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import { parseDoc } from '../src/corpus/parse.ts';
import { datelineDate, datesInSentence } from '../src/corpus/dates.ts';
import { splitSentences } from '../src/corpus/sentences.ts';
import { CORPUS, DOCS, scratchCorpus } from './helpers.ts';

// The seed articles exactly as received, kept in the repository (outside corpus/, so they are not loaded twice).
const SEEDS = join(import.meta.dirname, 'fixtures/seeds');
const enc = (s: string) => new TextEncoder().encode(s);

function scratchDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'qwen-dates-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

describe('curated corpus', () => {
  const corpus = loadCorpus(CORPUS);

  it('loads the five seed articles with no errors', () => {
    expect(corpus.docs.map((d) => d.path)).toEqual(Object.values(DOCS).sort());
    expect(corpus.reports.filter((r) => r.status === 'error')).toEqual([]);
  });

  it('has the publication dates and kinds curated from the seeds', () => {
    const by = Object.fromEntries(corpus.docs.map((d) => [d.path, d]));
    expect(by[DOCS.departs].published).toBe('2026-03-05');
    expect(by[DOCS.bowang].published).toBe('2026-03-06');
    expect(by[DOCS.bowang].source).toBe('Bowang Finance');
    expect(by[DOCS.monetize].published).toBe('2026-04-15');
    expect(by[DOCS.undated].published).toBeNull();
    expect(by[DOCS.generated].kind).toBe('generated');
  });

  it('stores article bodies exactly as received', () => {
    const seeds = readdirSync(SEEDS);
    for (const d of corpus.docs) {
      const seedName = d.extra.seed as string;
      expect(seeds).toContain(seedName);
      const seed = readFileSync(join(SEEDS, seedName), 'utf8');
      // The generated page arrived with its own front matter, merged into ours; its body follows it.
      const expected = d.kind === 'generated' ? seed.split('\n').slice(10).join('\n') : seed;
      expect(d.body).toBe(expected);
    }
  });

  it('keeps every passage a verbatim slice of its line', () => {
    for (const d of corpus.docs) {
      const lines = readFileSync(join(CORPUS, d.path), 'utf8').split('\n');
      for (const p of d.passages) expect(lines[p.line - 1]).toContain(p.text);
    }
  });
});

describe('seed fixtures', () => {
  it('are the five articles as received, byte for byte', () => {
    const sha = (f: string) => createHash('sha256').update(readFileSync(join(SEEDS, f))).digest('hex');
    expect(Object.fromEntries(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => [f, sha(f)]))).toEqual({
      '000_b24c672ef9a8f923.txt': 'b33430aa02f598b7eeb1bdb5ada234f9503ce99155e9edd8b7b46273a0b3034b',
      '001_afa9990eaac774c0.txt': '6289b4a34137d519dfbb3246769afa3e0f3ece26c0d828ba44d99864280bcbc0',
      '002_d46afceec30ea2c7.txt': '58d8e04fee82dd29b53bc7e3622b54bc0b3aead8d244339a9754bb644dc0c552',
      '003_093f718a5b1e574e.txt': 'e50aef4946f529c043e75a844d952f338ae26aa91779a3e8ecdbeb6624e08825',
      '004_64b81fa76e1888f5.txt': 'd0ae0766c5c22f77a90fc1fe6fe7a8e409d657b82f4c6916ab6f0d18a3214aa6',
    });
  });

  it('nothing in the project reads the shared folder beside it (a fresh clone has none)', () => {
    const root = resolve(import.meta.dirname, '..');
    const files = ['package.json', 'vitest.config.ts', 'tsconfig.json'];
    for (const dir of ['src', 'test', 'bin', 'bench']) {
      for (const f of readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })) {
        if (/\.(ts|js|mjs|json)$/.test(f) && !f.includes('node_modules')) files.push(join(dir, f));
      }
    }
    // A parent-directory "shared" path (not src/adapters/shared.ts); spelled in pieces so this file does not match itself.
    const outside = new RegExp(['\\.\\./', 'shared(?![.\\w])'].join(''));
    const offenders = files.filter((f) => outside.test(readFileSync(join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('raw files without front matter', () => {
  const raw = loadCorpus(SEEDS);
  const by = Object.fromEntries(raw.docs.map((d) => [d.path, d]));

  it('infers title from the first line and dates from the datelines', () => {
    expect(by['000_b24c672ef9a8f923.txt'].title).toBe('Alibaba Shakes Up Qwen Leadership Amid AI Push');
    expect(by['000_b24c672ef9a8f923.txt'].published).toBeNull();
    expect(by['001_afa9990eaac774c0.txt'].published).toBe('2026-03-05'); // "Mar 5, 2026·4 min read"
    expect(by['002_d46afceec30ea2c7.txt'].published).toBe('2026-04-15'); // "Published on: Apr 15, 2026"
    expect(by['004_64b81fa76e1888f5.txt'].published).toBe('2026-03-06'); // "03/06 2026"
    expect(by['004_64b81fa76e1888f5.txt'].source).toBe('Bowang Finance');
  });

  it('labels the page with generated: true as generated', () => {
    expect(by['003_093f718a5b1e574e.txt'].kind).toBe('generated');
    expect(raw.reports.find((r) => r.path === '003_093f718a5b1e574e.txt')?.status).toBe('inferred');
  });
});

describe('bad files are reported by name and skipped', () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['broken-yaml.md', '---\ntitle: [unclosed\n---\nBody text here for sure.\n', /not valid YAML/],
    ['wrong-type.md', '---\ntitle: A title\npublished: 15 April\nkind: news\n---\nBody text here for sure.\n', /published/],
    ['bad-kind.md', '---\ntitle: A\nkind: rumour\n---\nBody text here for sure.\n', /kind/],
    // (A usual word for a kind is read as ours: see the next test.)
    ['empty.md', '', /empty/],
    ['latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]), /UTF-8/],
    ['huge.txt', 'word '.repeat(300_000), /too large/],
    ['unclosed.md', '---\ntitle: x\nno closing fence here\n', /never closed/],
  ];
  it('a usual word for the kind ("opinion", "newsletter", "interview") is read as the nearest kind, not an error', () => {
    const corpus = loadCorpus(scratchCorpus({
      'op.md': '---\ntitle: An opinion\nkind: opinion\n---\nBody text here for sure.\n',
      'nl.md': '---\ntitle: A newsletter\nkind: Newsletter\n---\nBody text here for sure.\n',
      'ru.md': '---\ntitle: A roundup\nkind: Roundup\n---\nBody text here for sure.\n',
    }));
    expect(corpus.docs.filter((d) => /^(?:op|nl|ru)\.md$/.test(d.path)).map((d) => [d.path, d.kind]).sort()).toEqual([['nl.md', 'news'], ['op.md', 'analysis'], ['ru.md', 'news']]);
  });
  for (const [name, body, reason] of cases) {
    it(`${name}: error with its reason, the rest still served`, () => {
      const corpus = loadCorpus(scratchCorpus({ [name]: body }));
      const report = corpus.reports.find((r) => r.path === name);
      expect(report?.status).toBe('error');
      expect(report?.detail).toMatch(reason);
      expect(corpus.docs).toHaveLength(5);
    });
  }

  it('parseDoc rejects a NUL byte', () => {
    expect(() => parseDoc('x.txt', enc('abc\u0000def'))).toThrow(/binary/);
  });
});

describe('dates', () => {
  it('finds event dates in sentences', () => {
    expect(datesInSentence('On March 5, 2026, Wu Yongming announced in an internal email', null)[0].date).toBe('2026-03-05');
    expect(datesInSentence('He resigned on Wednesday.', '2026-03-06')[0].date).toBe('2026-03-04');
    expect(datesInSentence('He resigned on Wednesday.', null)).toEqual([]);
    // A timeline's entry opens with its year; a year in a sentence needs a preposition.
    expect(datesInSentence('2012 - Ada Moss founds Harrow in New York.', '2025-01-02')[0]).toMatchObject({ date: '2012-01-01', precision: 'year' });
    expect(datesInSentence('**2019:** Harrow lists on Nasdaq.', '2025-01-02')[0]?.date).toBe('2019-01-01');
    expect(datesInSentence('2,000 jobs - the cuts go on.', '2025-01-02')).toEqual([]);
    // A wire's dateline dates the story; the event is the sentence's own day (the Thursday before May 15).
    expect(datesInSentence('HANGZHOU/SINGAPORE, May 15 (Pacific Newswire) - Alibaba said on Thursday it had named Liu Dayiheng head.', '2026-05-15')[0].date).toBe('2026-05-14');
    expect(datesInSentence('SEOUL, Nov 5 (Wire) - Hanbit named a new chief.', '2026-11-05')[0].date).toBe('2026-11-05');
    expect(datesInSentence('Qwen 2.5 and Gemini 3.0 are models.', '2026-03-06')).toEqual([]);
    // A date the sentence sets ahead ("set the election for June 3") is the coming one, not last year's.
    expect(datesInSentence('The cabinet on Tuesday set the snap presidential election for June 3.', '2025-04-11').map((d) => d.date)).toContain('2025-06-03');
    expect(datesInSentence('who assumed leadership in September 2023', '2026-03-05')[0]).toMatchObject({ date: '2023-09-01', precision: 'month' });
    // Said in October, "would take office no later than January 1" is the coming January; "said on January 5 that he would" is not moved.
    expect(datesInSentence('The board said Lang would take office no later than January 1.', '2019-10-10')[0].date).toBe('2020-01-01');
    expect(datesInSentence('Lang said on January 5 that he would step down.', '2019-10-10')[0].date).toBe('2019-01-05');
    // A timeline's entry tells the past, whatever tense follows its dash.
    expect(datesInSentence('August 23 - Musk abandons the plan and says Tesla will stay public.', '2019-08-07')[0].date).toBe('2018-08-23');
    expect(datesInSentence('The board said he will step down on August 23.', '2019-08-07')[0].date).toBe('2019-08-23');
    // …and so does one headed by its day and a full stop, in a recap written at the year's end.
    expect(datesInSentence('March 10. The board says Lang will step back from the show.', '2023-12-29')[0].date).toBe('2023-03-10');
    // "remains chair until the end of June", said in May: the coming June, not last year's.
    expect(datesInSentence('Reed, who said he would step down, remains chair until the end of June.', '2023-05-03')[0].date).toBe('2023-06-30');
    // A wire's name and dash after a dateline's year are no part of the date.
    expect(datelineDate('TOKYO, 21 July 2025 (Kanto Wire) -')).toBe('2025-07-21');
    expect(datelineDate('TOKYO, Nov 19, 2018 (East Sea Wire) -')).toBe('2018-11-19');
    // A foreign dateline with its place in title case: "Dakar, le 7 mars 2024", "Costa Navarino, 19. März 2025".
    expect(datelineDate('Dakar, le 7 mars 2024')).toBe('2024-03-07');
    expect(datelineDate('Port-au-Prince, le 11 novembre 2024')).toBe('2024-11-11');
    expect(datelineDate('Costa Navarino, 19. März 2025')).toBe('2025-03-19');
    // A timeline's entry is a sentence after the dash, not a dateline (it was dropped, and dated the article).
    expect(datelineDate('24 August 2023 - FIFA opens disciplinary proceedings.')).toBeNull();
    expect(datelineDate('Feb. 15, 2022 - Gollust leaves CNN.')).toBeNull();
    expect(datelineDate('May 5, 2026 - 4 min read')).toBe('2026-05-05');
  });

  it('reads datelines in the seed formats', () => {
    expect(datelineDate('Mar 5, 2026·4 min read·22 views')).toBe('2026-03-05');
    expect(datelineDate('Published on: Apr 15, 2026')).toBe('2026-04-15');
    // The date published, before a note of the last update.
    expect(datelineDate('May 15, 2026 7:41 AM GMT+8 Updated 3 hours ago')).toBe('2026-05-15');
    expect(datelineDate('03/06 2026')).toBe('2026-03-06');
    expect(datelineDate('476')).toBeNull();
    expect(datelineDate('Alibaba Shakes Up Qwen Leadership Amid AI Push')).toBeNull();
    expect(datelineDate('Week ending 13 December 2024')).toBe('2024-12-13');
    // An article with no dateline takes the date a curator put in its file's name, and says so.
    const named = parseDoc('weekly-roundup_2024-12-13.txt', Buffer.from('Weekly roundup\n\nThree items this week. The board met on Monday.\n'));
    expect(named.published).toBe('2024-12-13');
    expect(named.inferred).toContain('published (from the file name)');
    expect(parseDoc('weekly-roundup_2024-13-45.txt', Buffer.from('Weekly roundup\n\nThree items this week.\n')).published).toBeNull();
    // …else the day its opening names with a weekday, in the one year from the latest it mentions that fits.
    const weekday = parseDoc('r.txt', Buffer.from('Ferry line loses its chief\nHarbour Daily\n\nAda Moss has left, the ferry line confirmed on Tuesday, September 12. Moss became chief in 2021.\n'));
    expect(weekday.published).toBe('2023-09-12');
    expect(weekday.inferred).toContain('published (from a weekday and day in the opening)');
    expect(parseDoc('r.txt', Buffer.from('Ferry line loses its chief\nHarbour Daily\n\nAda Moss has left, the ferry line confirmed on Tuesday, September 12.\n')).published).toBeNull();
    expect(parseDoc('r.txt', Buffer.from('New chief\nSINGAPORE, 22 November (Harbour Daily) -\n\nAda Moss was named chief on Wednesday (22 Nov). She joined in 2021.\n')).published).toBe('2023-11-22');
    // A wire's dateline without its year, read by the weekday the story names; the wire is the outlet.
    const wire = parseDoc('w.txt', Buffer.from('Ferry chief named\nPARIS, 9 January (Quay Wire) -\n\nThe ferry line on Tuesday appointed Ada Moss, who joined in 2022, as chief.\n'));
    expect(wire).toMatchObject({ published: '2024-01-09', source: 'Quay Wire' });
    // In a corpus, the year that puts it nearest the dated articles: "June 14 … late on Tuesday" is the
    // morning after June 13, 2017, not June 14, 2016.
    const dir = scratchDir({
      'a.md': '---\ntitle: A\nsource: X\npublished: 2017-06-13\nkind: news\n---\n\nThe board met on Tuesday.\n',
      'b.txt': 'Director quits\nSAN FRANCISCO, June 14 (Quay Wire) -\n\nA director resigned late on Tuesday.\n',
    });
    expect(loadCorpus(dir).docs.find((d) => d.path === 'b.txt')?.published).toBe('2017-06-14');
    // A weekday told ahead ("is expected to join the league on Tuesday") does not pick the year (April 2,
    // 2019, a Tuesday); the dateline is the one near the corpus's news.
    const ahead = scratchDir({
      'a.md': '---\ntitle: A\nsource: X\npublished: 2017-04-05\nkind: news\n---\n\nThe count went on.\n',
      'b.txt': 'Leader concedes\nOSLO, April 2 (Quay Wire) -\n\nAda Moss conceded defeat in the vote. The country is expected to formally join the league on Tuesday.\n',
    });
    expect(loadCorpus(ahead).docs.find((d) => d.path === 'b.txt')?.published).toBe('2017-04-02');
    // An outlet's name in another language: "L'Écho des Quais" beside the dateline.
    expect(parseDoc('e.txt', Buffer.from('Ada Moss nommée\nPublié le 5 septembre 2024\nL\'Écho des Quais\n\nAda Moss a été nommée jeudi.\n')).source).toBe("L'Écho des Quais");
    // A wire's dateline opening the first paragraph dates the article, and its sentence stays a passage.
    const wire2 = parseDoc('alpinewire_x.txt', Buffer.from('Harrow chief steps down\n\nVEVEY, Switzerland, 22 August 2024 (Alpine Wire) - Harrow said on Thursday that chief executive Ada Moss would step down and be replaced by Ivo Lang, a long-serving company executive.\n'));
    expect(wire2.published).toBe('2024-08-22');
    expect(wire2.passages.some((p) => p.text.includes('Ada Moss would step down'))).toBe(true);
    // A recap with no dateline, whose opening says when it was written; its timeline's entries are no dateline.
    const recap = parseDoc('cabledesk_recap.txt', Buffer.from('From Zucker to Thompson: a timeline\nThe Cable Desk | Recap\n\nHere is how it went. (This recap was last updated on September 5, 2023.)\n\nFeb. 15, 2022 - Gollust leaves.\n'));
    expect(recap.published).toBe('2023-09-05');
    // An outlet the file's name spells, as the article writes it: "Style Current", "Zürcher Morgenblatt",
    // the whole "Rheinischer Morgenkurier" for morgenkurier_…; not from a name that spells no line.
    expect(parseDoc('stylecurrent_foley.txt', Buffer.from('From bikes to rugs\nUpdated: Wed 6 Sep 2023\nStyle Current\n\nAda Moss is back.\n')).source).toBe('Style Current');
    expect(parseDoc('zuercher-morgenblatt_x.txt', Buffer.from('Wie es kam\nZürich, 20. März 2023 / Zürcher Morgenblatt\n\nDie Bank fiel.\n')).source).toBe('Zürcher Morgenblatt');
    expect(parseDoc('morgenkurier_x.txt', Buffer.from('Badenoch gewählt\nLondon, 02.11.2024 / Rheinischer Morgenkurier\n\nSie gewann.\n')).source).toBe('Rheinischer Morgenkurier');
    expect(parseDoc('harbourlight_x.txt', Buffer.from('Ferry chief named\nUpdated: Wed 6 Sep 2023\nStyle Current\n\nAda Moss is back.\n')).source).toBeNull();
    // A Chinese sentence naming a date is not a dateline, though it has no spaces.
    expect(datelineDate('张勇2007年加入阿里巴巴，担任淘宝网首席财务官，2019年9月10日接替马云出任董事会主席。')).toBeNull();
    expect(datelineDate('2025年7月26日 08時15分 公開')).toBe('2025-07-26');
  });

  it('reads datelines as pasted from other sites and languages', () => {
    expect(datelineDate('By Jane Doe | Updated June 12, 2026 10:42 a.m. ET')).toBe('2026-06-12');
    expect(datelineDate('Posted on October 3, 2026 by Marek Novak · 9 min read · Filed under: open models')).toBe('2026-10-03');
    expect(datelineDate('April 2, 2025 | Korea Business Wire')).toBe('2025-04-02');
    // Day or month first: a dot, a zone outside the US, a day over 12 read day first; a US zone month first.
    expect(datelineDate('03.12.2024, 09:15 Uhr')).toBe('2024-12-03');
    expect(datelineDate('11/03/2025 18:30 JST')).toBe('2025-03-11');
    expect(datelineDate('12/03/2024 07:40 PST')).toBe('2024-12-03');
    expect(datelineDate('14/03/2025 08:15 SGT')).toBe('2025-03-14');
    expect(datelineDate('Publicado el 12 de marzo de 2025')).toBe('2025-03-12');
    expect(datelineDate('2026年9月9日')).toBe('2026-09-09');
    // A place before the date in a byline's part, an outlet in brackets after it, a byline after a hyphen,
    // a label "last updated" in the article's language.
    expect(datelineDate('Handelsblick | London, 16.09.2022')).toBe('2022-09-16');
    expect(datelineDate('Londres, 15 de abril de 2018 (Mercados Hoy).')).toBe('2018-04-15');
    expect(datelineDate('Roma, lunedì 19 novembre 2018 - di Chiara Donadio')).toBe('2018-11-19');
    expect(datelineDate('Publié le 4 mai 2021 - Par Éloïse Marchand')).toBe('2021-05-04');
    expect(datelineDate('Por Carmen Villaseñor | Última actualización: 2 de agosto de 2017, 09:40')).toBe('2017-08-02');
    // (…but a timeline's entry is no dateline: a sentence follows its hyphen.)
    expect(datelineDate('April 30, 2021 - Credit Suisse names a new chairman.')).toBe(null);
    expect(datelineDate('19 novembre 2018 - Di Maio incontra Salvini')).toBe(null);
    expect(datelineDate('Madrid, 15 de abril de 2018 - Por sorpresa, dimite Cifuentes')).toBe(null);
    // Nothing to decide by in the line: the month the article names decides.
    const raw = (line: string, body: string) => parseDoc('r.txt', Buffer.from(`A headline here\n${line}\n\n${body}\n`)).published;
    expect(raw('11/03/2025', 'The board met on Tuesday, March 11, and named a new chief.')).toBe('2025-03-11');
    expect(raw('11/03/2025', 'The board met in November and named a new chief.')).toBe('2025-11-03');
  });

  it('dates sentences in other languages by the article', () => {
    expect(datesInSentence('Uchida dejará el cargo el 31 de marzo.', '2025-03-12')[0]).toMatchObject({ date: '2025-03-31', precision: 'day' });
    expect(datesInSentence('9月8日，阿里巴巴宣布任命周浩为团队负责人。', '2026-09-09')[0]).toMatchObject({ date: '2026-09-08' });
    expect(datesInSentence('Le conseil a tranché le 17 novembre 2023.', null)[0]).toMatchObject({ date: '2023-11-17' });
  });

  it('takes the outlet from a masthead line or a byline, and never takes a masthead for the title', () => {
    const a = parseDoc('a.txt', Buffer.from('Penn president resigns\nSaturday, December 9, 2023\nThe Philadelphia Ledger\n\nShe resigned on Saturday.\n'));
    expect(a.source).toBe('The Philadelphia Ledger');
    const b = parseDoc('b.txt', Buffer.from('The Quad News\nHarvard drops "interim" from its president\n08/02/2024 5:10 PM ET\n\nHarvard named him on Friday.\n'));
    expect(b.title).toBe('Harvard drops "interim" from its president');
    expect(b.source).toBe('The Quad News');
    const c = parseDoc('c.txt', Buffer.from('Chelsea tap Potter\nSeptember 8, 2022\n\nBy Touchline Report staff\n\nChelsea named Potter on Thursday.\n'));
    expect(c.source).toBe('Touchline Report');
    const d = parseDoc('d.txt', Buffer.from('Presidents testify\nDecember 6, 2023\n\nWASHINGTON — Three university presidents were questioned on Tuesday.\n'));
    expect(d.source).toBeNull();
  });

  it('takes the outlet from "Fuente:" / "Quelle:" and skips site navigation for the title', () => {
    const d = parseDoc('n.txt', Buffer.from('Skip to main content\nTech  |  Markets  |  AI  |  Opinion\nQwen lead leaves for a start-up\nMarch 9, 2026\nQuelle: Handelsbote\n\nThe lead left on Monday.\n'));
    expect(d.title).toBe('Qwen lead leaves for a start-up');
    expect(d.source).toBe('Handelsbote');
    expect(d.published).toBe('2026-03-09');
  });

  it('reads "before he leaves office on Sept. 30", said in September, as the coming September 30', () => {
    const d = parseDoc('l.md', Buffer.from('---\ntitle: L\npublished: 2024-09-11\nkind: news\n---\nVale has said she wants to sign it before she leaves office on Sept. 30.\n'));
    expect(d.passages[0]).toMatchObject({ date: '2024-09-30', dateOrigin: 'sentence' });
  });

  it('takes the paragraph date, else the article date, and says which', () => {
    const d = parseDoc('x.md', Buffer.from('---\ntitle: X\npublished: 2026-03-06\nkind: news\n---\nOn March 5, 2026, the board met. It named a new chair.\n\nAnalysts expect more changes.\n'));
    expect(d.passages.find((p) => p.text.startsWith('It named'))).toMatchObject({ date: '2026-03-05', dateOrigin: 'paragraph' });
    expect(d.passages.find((p) => p.text.startsWith('Analysts'))).toMatchObject({ date: '2026-03-06', dateOrigin: 'article' });
    // A date after the article's ("a contract until June 2027") is no date of the paragraph's other sentences;
    // "United are paying" is the article's present ("United" is no past tense).
    const future = parseDoc('f.md', Buffer.from('---\ntitle: F\npublished: 2024-11-01\nkind: news\n---\nAmorim has signed a contract until June 2027. United are paying Sporting the release clause.\n'));
    expect(future.passages.find((p) => p.text.startsWith('United'))).toMatchObject({ date: '2024-11-01', dateOrigin: 'article' });
    // "Then, when …" moves on from the paragraph's date: an undated article leaves it undated.
    const then = parseDoc('t.txt', Buffer.from('A profile\n\nIn March 2025 the board moved the unit to Ada Lin. Then, when the chair retired, Omar Kai was placed under her.\n'));
    expect(then.passages.find((p) => p.text.startsWith('Then'))?.date).toBeNull();
    expect(then.passages.find((p) => p.text.startsWith('In March'))).toMatchObject({ date: '2025-03-01', datePrecision: 'month' });
    // "July 27, 2022 - After a second-quarter loss": a timeline's dash, not a range from "a second" after it.
    expect(datesInSentence('July 27, 2022 - After a second-quarter loss, Ada Moss is replaced as chief.', null)[0]).toMatchObject({ date: '2022-07-27', precision: 'day' });
    // "**March.** On March 4, …": the day within the month the sentence opens on.
    const month = parseDoc('m.md', Buffer.from('---\ntitle: M\npublished: 2026-09-08\nkind: news\n---\n**March.** On March 4, Ada Moss resigned.\n'));
    expect(month.passages[0]).toMatchObject({ date: '2026-03-04', datePrecision: 'day' });
    // A list's entries share one paragraph, one line each: each entry's sentences take its own day.
    const list = parseDoc('l.md', Buffer.from('---\ntitle: L\npublished: 2018-06-20\nkind: news\n---\n- **Feb. 19** - A post is published.\n- **June 13** - The board meets. A director resigns that night.\n'));
    expect(list.passages.find((p) => p.text.startsWith('A director'))).toMatchObject({ date: '2018-06-13', dateOrigin: 'paragraph' });
    const bowang = loadCorpus(CORPUS).docs.find((x) => x.path === DOCS.bowang)!;
    expect(bowang.passages.find((p) => p.text.startsWith('Historically, Alibaba'))).toMatchObject({ date: '2026-03-06', dateOrigin: 'article' });
  });

  it('keeps quoted speech whole: the e-mail quoted in the Bowang article is one passage, closed, with its own date', () => {
    const bowang = loadCorpus(CORPUS).docs.find((x) => x.path === DOCS.bowang)!;
    const email = bowang.passages.find((p) => p.text.startsWith('On March 5, 2026, Wu Yongming announced'))!;
    expect(email.text).toContain("accepted Lin Junyang's resignation. We express our gratitude");
    expect(email.text.endsWith("advancement.'")).toBe(true);
    expect(email).toMatchObject({ date: '2026-03-05', dateOrigin: 'sentence' });
    // An unclosed quote mark does not swallow the rest of a long line.
    const stray = `He said 'this is fine. ${'Then more text follows here. '.repeat(40)}`;
    expect(splitSentences(stray).length).toBeGreaterThan(5);
  });
});

describe('raw article tops, read the way a curator would', () => {
  const top = (text: string) => parseDoc('t.txt', Buffer.from(text));

  it('reads weekday-first datelines in French, Spanish, Italian, Portuguese, German and Dutch, with their times', () => {
    expect(datelineDate('Donnerstag, 1. August 2024')).toBe('2024-08-01');
    expect(datelineDate('Aktualisiert am Donnerstag, 1. August 2024, 10:42 Uhr')).toBe('2024-08-01');
    expect(datelineDate('Donnerstag, 01.08.2024, 10:42 Uhr')).toBe('2024-08-01');
    expect(datelineDate('Publié le mardi 11 mars 2025 à 10h42')).toBe('2025-03-11');
    expect(datelineDate('Mis à jour le 11/03/2025 à 10h42')).toBe('2025-03-11');
    expect(datelineDate('Martes 11 de marzo de 2025 - 14:30')).toBe('2025-03-11');
    expect(datelineDate('martedì 11 marzo 2025')).toBe('2025-03-11');
    expect(datelineDate('terça-feira, 11 de março de 2025')).toBe('2025-03-11');
    expect(datelineDate('dinsdag 11 maart 2025, 14:30')).toBe('2025-03-11');
    expect(datelineDate('Gepubliceerd op 3 mei 2025')).toBe('2025-05-03');
    // A sentence is no dateline.
    expect(datelineDate('Am Donnerstag, 1. August 2024, gründeten drei Forscher ein Start-up')).toBeNull();
  });

  it('reads year-first numeric, Korean and Chinese/Japanese datelines with their times and labels', () => {
    expect(datelineDate('2025/03/11')).toBe('2025-03-11');
    expect(datelineDate('2025.03.11 14:30')).toBe('2025-03-11');
    expect(datelineDate('2025. 3. 11.')).toBe('2025-03-11');
    expect(datelineDate('11.03.2025')).toBe('2025-03-11');
    expect(datelineDate('2025년 3월 11일 오후 2:30')).toBe('2025-03-11');
    expect(datelineDate('입력 2025.03.11 14:30')).toBe('2025-03-11');
    expect(datelineDate('2025年7月26日 08時15分 公開')).toBe('2025-07-26');
    expect(datelineDate('2025年03月11日 14:30 发布')).toBe('2025-03-11');
    expect(datelineDate('2025年7月26日（土）')).toBe('2025-07-26');
    expect(datesInSentence('이사회는 3월 11일 새 대표를 선임했다.', '2025-03-12')[0]).toMatchObject({ date: '2025-03-11' });
  });

  it('leaves "Published 3 hours ago" undated (never today) and never takes it for the title', () => {
    const d = top('Published 3 hours ago\nBoard names a new chief\n\nThe board named a new chief on Monday.\n');
    expect(d.published).toBeNull();
    expect(d.title).toBe('Board names a new chief');
  });

  it('takes the outlet from a staff byline, a byline beside it, or an editorial department', () => {
    expect(top('Lab team leaves\n03/20/2024 6:10 PM ET\nPosted by Model Watch staff\n\nThe team left.\n').source).toBe('Model Watch');
    expect(top('Founder quits\nUpdated 23/03/2024 12:40 GMT\nThe Circuit Street live team\n\nThe founder quit.\n').source).toBe('The Circuit Street');
    expect(top('Chair steps down\nBy Jane Roe | The Harbour Ledger\nMay 2, 2025\n\nThe chair stepped down.\n').source).toBe('The Harbour Ledger');
    expect(top('Chair steps down\nBy Jane Roe | Senior Reporter\nMay 2, 2025\n\nThe chair stepped down.\n').source).toBeNull();
    expect(top('新しい最高科学責任者が就任\n2025年7月26日 08時15分 公開\nサンプル新報 編集部\n\n同社は26日、発表した。\n').source).toBe('サンプル新報');
    // A desk of some outlet is no outlet.
    expect(top('How it began\nBy the Explainers desk\n\nIt began in London.\n').source).toBeNull();
  });

  it('takes the outlet from a bare line beside the dateline or the headline, not a reporter\'s name', () => {
    expect(top('Board brings back its old chief\n21 Nov 2022 02:40 GMT\nNewsstream\n\nLOS ANGELES (Newsstream) - The board said so.\n').source).toBe('Newsstream');
    expect(top('Trainer muss gehen\n24.03.2023, 17:42 Uhr\nSport-Echo\n\nDer Klub hat den Trainer entlassen.\n').source).toBe('Sport-Echo');
    expect(top('米大手の会長退任発表\n2022年11月22日 7:05 JST\n南北経済新聞\n\n同社は21日に発表した。\n').source).toBe('南北経済新聞');
    expect(top('Investor drops board fight\n\nProxy Monitor\n\nThe investor called off the fight on Thursday.\n').source).toBe('Proxy Monitor');
    expect(top('Investor drops board fight\nMay 2, 2025\nJane Roe\n\nThe investor called off the fight on Thursday.\n').source).toBeNull();
    expect(top('Investor drops board fight\nMay 2, 2025\nSEOUL\n\nThe investor called off the fight on Thursday.\n').source).toBeNull();
    expect(top('Investor drops board fight\nBackground\n\nThe investor called off the fight on Thursday.\n').source).toBeNull();
    expect(top('Exchange founder arrested in the islands\n12/13/2022 06:30 EST\nThe Island Brief\n\nNASSAU - The founder was arrested on Monday.\n').source).toBe('The Island Brief');
    expect(top('Debtors file an amended plan\nMay 7, 2024 /Example Newswire/\n\nWILMINGTON -- The debtors filed an amended plan.\n')).toMatchObject({ source: 'Example Newswire', published: '2024-05-07' });
    expect(top('LIVE: Exchange files for bankruptcy\nUpdated: Fri 11 Nov 2022 22:40 ET\nHarbour Markets live desk\n\n09:52 ET - The exchange has filed.\n').source).toBe('Harbour Markets');
  });

  it('reads a short first-line masthead (also in capitals) as the outlet, never as the title', () => {
    const a = top('THE WIDE ANGLE\nInvestor leads a rescue and takes the chair\nJun 26, 2024, 7:05 a.m. PT\n\nThe investor is now chairman.\n');
    expect(a).toMatchObject({ title: 'Investor leads a rescue and takes the chair', source: 'THE WIDE ANGLE' });
    const b = top('Hill & Campus\nPresidents questioned over campus protests\nBy Dana Roe | Updated December 6, 2023 10:42 a.m. ET\n\nThe presidents were questioned.\n');
    expect(b).toMatchObject({ title: 'Presidents questioned over campus protests', source: 'Hill & Campus', published: '2023-12-06' });
    const c = top('The Campus Ledger | Campus | Science | Opinion\nDean named to lead the faculty\nUpdated: Thu 23 Mar 2023\n\nShe was named on Thursday.\n');
    expect(c).toMatchObject({ title: 'Dean named to lead the faculty', source: 'The Campus Ledger' });
    // A short headline is still the headline when no dateline follows the line after it.
    const d = top('Musk Quits Twitter\nThe billionaire said he was done with it.\n\nHe quit on Tuesday.\n');
    expect(d).toMatchObject({ title: 'Musk Quits Twitter', source: null });
    // Site navigation is no masthead.
    expect(top('Home | Markets | Tech | Live\nFounder quits\nMarch 23, 2024\n\nThe founder quit.\n').source).toBeNull();
  });

  it('starts a live-blog entry\'s passage after its bold timestamp, dated by it; the body stays as received', () => {
    const text = '---\ntitle: Live\npublished: 2022-11-21\nkind: news\n---\n**Sun, Nov. 20, 10:05 p.m. ET** — The board brought back its old chief. He starts now.\n\n**11:15 p.m. ET** — Worth remembering: he left in February 2020. Few saw this coming.\n\n**11:40 p.m. ET** — Staff cheered the news.\n\n16:05 BST - Shares rose sharply.\n';
    const d = parseDoc('live.md', Buffer.from(text));
    expect(d.body).toBe(text.split('\n').slice(5).join('\n'));
    expect(d.passages.map((p) => p.text)).toEqual(['The board brought back its old chief.', 'He starts now.', 'Worth remembering: he left in February 2020.', 'Few saw this coming.', 'Staff cheered the news.', 'Shares rose sharply.']);
    // The stamp's day; a later time in a blog running forward keeps it; past midnight no day is known (the article's).
    expect(d.passages.map((p) => `${p.date} ${p.dateOrigin}`)).toEqual(['2022-11-20 paragraph', '2022-11-20 paragraph', '2020-02-01 sentence', '2022-11-20 paragraph', '2022-11-20 paragraph', '2022-11-21 article']);
    const lines = text.split('\n');
    for (const p of d.passages) expect(lines[p.line - 1]).toContain(p.text);
    // A time's zone after "p.m." does not end the sentence.
    const line = 'The call came at 10 p.m. EST on Sunday. He left at 5 p.m. The board met.';
    expect(splitSentences(line).map((s) => line.slice(s.start, s.end))).toEqual(['The call came at 10 p.m. EST on Sunday.', 'He left at 5 p.m.', 'The board met.']);
    // …nor does a place's time: "1 p.m. New York time".
    const place = 'Shortly before 1 p.m. New York time, Moss posts that funding is secured. He left at 5 p.m. New staff came.';
    expect(splitSentences(place).map((s) => place.slice(s.start, s.end))).toEqual(['Shortly before 1 p.m. New York time, Moss posts that funding is secured.', 'He left at 5 p.m.', 'New staff came.']);
  });

  it('reads a press release\'s place before its date, and an outlet with its edition and section', () => {
    expect(datelineDate('PALO ALTO, Calif., March 19, 2024')).toBe('2024-03-19');
    expect(datelineDate('LONDON, 12 March 2025')).toBe('2025-03-12');
    expect(datelineDate('WASHINGTON, March 3, 2025 — The president resigned on Monday.')).toBeNull();
    const d = top('Chief bets on a co-founder\n20/03/2024 08:15 JST\nHarbour Tech (English edition) - Analysis\n\nThe chief made his move on Tuesday.\n');
    expect(d).toMatchObject({ source: 'Harbour Tech (English edition)', published: '2024-03-20' });
  });

  it('cites no line that only says who wrote or published the article, no site navigation and no live entry\'s time alone', () => {
    const d = top('Home | Markets | Tech | Live\nStart-up names a new chief\nFOR IMMEDIATE RELEASE\nMay 2, 2025\nSource: Example Wire\nBy Jane Roe\nPosted by Example Wire staff\n\n12:40 GMT\nThe start-up named a new chief on Friday.\n');
    expect(d.passages.map((p) => p.text)).toEqual(['Start-up names a new chief', 'The start-up named a new chief on Friday.']);
  });
});

describe('sentences', () => {
  it('does not split after abbreviations and strips list markers', () => {
    const line = '- With a Ph.D. from Columbia University, Zhou joined. He stayed.';
    expect(splitSentences(line).map((s) => line.slice(s.start, s.end))).toEqual(['With a Ph.D. from Columbia University, Zhou joined.', 'He stayed.']);
  });
  it('does not split after two initials before a name ("B.J. Callaghan")', () => {
    const line = 'Hudson is leaving, and assistant B.J. Callaghan will coach the side. He starts now.';
    expect(splitSentences(line).map((s) => line.slice(s.start, s.end))).toEqual(['Hudson is leaving, and assistant B.J. Callaghan will coach the side.', 'He starts now.']);
  });
  it('splits Korean sentences at ". " before Hangul', () => {
    const line = '하늘중공업은 박지훈 부사장을 대표이사로 선임했다. 이승우 대표는 물러난다.';
    expect(splitSentences(line).map((s) => line.slice(s.start, s.end))).toEqual(['하늘중공업은 박지훈 부사장을 대표이사로 선임했다.', '이승우 대표는 물러난다.']);
  });
});

describe('live reload: the warm-up and shutdown', () => {
  it('a reload is asked to answer again the questions last asked of the served index, before it is served', async () => {
    const { LiveIndex, WARM_UP_RECENT, WARM_UP_QUERIES } = await import('../src/adapters/live-index.ts');
    const { createLogger } = await import('../src/log.ts');
    const { buildIndex } = await import('../src/index/build.ts');
    const { summaryOf } = await import('../src/serve/corpus-summary.ts');
    const old = buildIndex(loadCorpus(CORPUS));
    const dir = scratchCorpus({ 'x.md': '---\ntitle: X\npublished: 2026-05-01\n---\nZhou Hao spoke about Qwen on May 1, 2026.\n' });
    const warms: unknown[] = [];
    // A source that builds here and records what it was asked to warm.
    const source = {
      load: async (warm: unknown) => {
        warms.push(warm);
        const index = buildIndex(loadCorpus(dir));
        return { value: index, corpus: summaryOf(index.corpus, index.version) };
      },
      release: () => undefined,
    };
    const live = new LiveIndex(dir, createLogger('silent'), source, { value: old, corpus: summaryOf(old.corpus, old.version) }, false, { now: () => '2026-11-24', people: 2 });
    const asked = 'what did zhou hao do at deepmind';
    live.asked(asked);
    for (let i = 0; i < WARM_UP_RECENT - 1; i++) live.asked(`help ${i}`); // the oldest kept is still `asked`
    expect(await live.reloadInBackground()).toBe(true);
    expect(live.get().docByPath.has('x.md')).toBe(true);
    const helps = Array.from({ length: WARM_UP_RECENT - 1 }, (_, i) => `help ${i}`);
    expect(warms).toEqual([{ queries: [...WARM_UP_QUERIES, asked, ...helps], now: '2026-11-24', people: 2 }]);
    // One more pushes the oldest out; one asked again moves to the end; a warm-up query is asked once.
    live.asked('who-leads');
    live.asked('help 3');
    await live.reloadInBackground();
    const queries = (warms[1] as { queries: string[] }).queries;
    expect(queries).not.toContain(asked);
    expect(queries.at(-1)).toBe('help 3');
    expect(queries.filter((q) => q === 'who-leads')).toHaveLength(1);
    live.close();
  });

  it('warmUp fills the caches the first answers would fill, and answers from them are byte for byte a cold index\'s', async () => {
    const { buildIndex } = await import('../src/index/build.ts');
    const { warmUp } = await import('../src/serve/warm.ts');
    const { answer } = await import('../src/briefing/answer.ts');
    const { renderText } = await import('../src/render/text.ts');
    const warm = buildIndex(loadCorpus(CORPUS));
    warmUp(warm, { queries: ['who-leads', 'changes since last week', 'timeline', 'sources', 'what did zhou hao do at deepmind'], now: '2026-11-24', people: 3 });
    expect([...warm.memo.keys()].some((k) => k.startsWith('newest:'))).toBe(true);
    expect(warm.memo.size).toBeGreaterThan(10);
    for (const q of ['who-leads', 'timeline', 'what did zhou hao do at deepmind', 'who Zhou Jingren']) {
      expect(renderText(answer(warm, q, '2026-11-24'))).toBe(renderText(answer(buildIndex(loadCorpus(CORPUS)), q, '2026-11-24')));
    }
  });

  it('a reload in progress is stopped by close() (shutdown) and the old index stays', async () => {
    const { liveLocal } = await import('../src/serve/local-live.ts');
    const { createLogger } = await import('../src/log.ts');
    const { buildIndex } = await import('../src/index/build.ts');
    const old = buildIndex(loadCorpus(CORPUS));
    const live = liveLocal(scratchCorpus({ 'x.md': '---\ntitle: X\n---\nZhou Jingren leads Qwen.\n' }), createLogger('silent'), old);
    const pending = live.reloadInBackground();
    live.close();
    expect(await pending).toBe(false);
    expect(live.get()).toBe(old);
    expect(await live.reloadInBackground()).toBe(false);
  });

  it('refuses a prepared index of another format', async () => {
    const { indexFromPrepared, prepareIndex } = await import('../src/index/build.ts');
    expect(() => indexFromPrepared({ ...prepareIndex(loadCorpus(CORPUS)), format: 999 })).toThrow(/index: prepared with format 999/);
  });
});

describe('persisted index (INDEX_CACHE_DIR)', () => {
  it('a start with an unchanged corpus reads the cached index: same version, same answers; any edit rebuilds it', async () => {
    const { loadIndexCached, corpusFingerprint } = await import('../src/index/cache.ts');
    const { buildIndex } = await import('../src/index/build.ts');
    const { answer } = await import('../src/briefing/answer.ts');
    const { renderText } = await import('../src/render/text.ts');
    const { mkdtempSync, readdirSync, appendFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = scratchCorpus();
    const cache = mkdtempSync(join(tmpdir(), 'qwen-index-cache-'));
    const first = loadIndexCached(dir, cache);
    const files = readdirSync(cache);
    expect(files).toEqual([`index-${corpusFingerprint(dir)}.v8`]);
    // A second start reads the file rather than rebuilding: a marker written into it comes back.
    const { serialize, deserialize } = await import('node:v8');
    const file = join(cache, files[0]);
    const cached = deserialize(readFileSync(file)) as { prepared: { version: string } };
    expect(cached.prepared.version).toBe(first.version);
    cached.prepared.version = 'from-the-cache';
    writeFileSync(file, serialize(cached));
    const second = loadIndexCached(dir, cache);
    expect(second.version).toBe('from-the-cache');
    const built = buildIndex(loadCorpus(dir));
    for (const q of ['who-leads', 'timeline', 'who is Jingrn Zhou', 'what did zhou hao do at deepmind', 'changes since March 2026']) {
      expect(renderText(answer(second, q, '2026-11-24'))).toBe(renderText(answer(built, q, '2026-11-24')));
    }
    // An edited article: another fingerprint, a fresh build with the new text, and the old file replaced.
    appendFileSync(join(dir, DOCS.undated), '\nAlibaba appointed Marta Oyelaran to lead Qwen research.\n');
    const third = loadIndexCached(dir, cache);
    expect(third.version).not.toBe(first.version);
    expect(third.version).not.toBe('from-the-cache');
    expect(renderText(answer(third, 'who Marta Oyelaran', '2026-11-24'))).toContain('Marta Oyelaran');
    expect(readdirSync(cache)).toEqual([`index-${corpusFingerprint(dir)}.v8`]);
    // A corrupt cache file is ignored, not trusted.
    writeFileSync(join(cache, readdirSync(cache)[0]), 'garbage');
    expect(loadIndexCached(dir, cache).version).toBe(third.version);
  });
});

describe('"resigned this month" in an undated article does not take its paragraph\'s earlier date', () => {
  it('leaves the sentence undated, not October 2019', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qwen-thismonth-'));
    writeFileSync(join(dir, 'explainer.txt'), 'Explainer: the cap\nMoney Plainly\n\nIvo Lang, who became chief executive in October 2019, has said little. The board has also changed: its chair, Ada Vale, resigned this month and was replaced by Mira Berg.\n');
    const doc = loadCorpus(dir).docs[0];
    const p = doc.passages.find((x) => x.text.includes('resigned this month'))!;
    expect(p.date).not.toBe('2019-10-01');
    expect(doc.passages.find((x) => x.text.includes('October 2019'))!.date).toBe('2019-10-01');
  });
});

describe('a timeline entry "**March 2016** — …" holds the days its later sentences name in 2016, in a recap written years on', () => {
  it('dates "On March 29 the party leaves" 2016-03-29; prose "In 2013 he joined …" lends no year', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qwen-entryyear-'));
    writeFileSync(join(dir, 'recap.md'), '---\ntitle: "Recap"\npublished: 2023-04-20\n---\n\n**March 2016** — Huge protests on March 13. On March 29 the party leaves the coalition.\n\nIn 2013 he joined a wallet firm. In July he left.\n');
    const doc = loadCorpus(dir).docs[0];
    expect(doc.passages.find((p) => p.text.startsWith('On March 29'))!.date).toBe('2016-03-29');
    expect(doc.passages.find((p) => p.text.startsWith('In July'))!.date).toBe('2022-07-01');
  });
});

describe('a timeline\'s entries without a year', () => {
  it('take the year of the latest entry that named one, and carry it on past a heading', () => {
    const body = 'Here is how it went.\n\n**Before**\n\n- **July 7, 2021** - Vale is sworn in.\n- **February 29, 2024** - Gangs attack.\n- **March 11** - Vale agrees to resign.\n\n**Year one**\n\n- **April 25** - Vale formally resigns.\n- **January 7, 2025** - A report comes out.\n- **March 7** - Lang takes over.\n';
    const doc = parseDoc('2025-04-25_wire_timeline.md', Buffer.from(`---\ntitle: "Timeline"\nsource: Wire\npublished: 2025-04-25\n---\n\n${body}`));
    const dateOf = (t: string) => doc.passages.find((p) => p.text.includes(t))?.date;
    expect(dateOf('agrees to resign')).toBe('2024-03-11');
    expect(dateOf('formally resigns')).toBe('2024-04-25');
    expect(dateOf('Lang takes over')).toBe('2025-03-07');
  });
});

describe('dates in sentences of other languages', () => {
  it('reads no English month inside a word with other letters ("le marché", "après")', () => {
    expect(datesInSentence('Le marché français ne rapporte plus assez depuis des années.', '2016-11-09')).toEqual([]);
  });
  it('reads a year after a preposition of another language ("en 2014")', () => {
    expect(datesInSentence('M. Arora avait rejoint SoftBank en 2014 après une dizaine d\'années chez Google.', '2016-06-22').map((d) => d.date)).toEqual(['2014-01-01']);
  });
});
