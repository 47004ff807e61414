// What the index learns from article text alone: people and organisations, their name forms,
// roles and dated events; and the commands built on that knowledge, on corpora written here about
// subjects the code has never seen (no entities.yaml, no signals.yaml).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../src/briefing/answer.ts';
import { mandateLabel } from '../src/briefing/commands/who-leads.ts';
import { readQuestion } from '../src/briefing/question.ts';
import { postAsked } from '../src/briefing/post-asked.ts';
import { afterCorpus } from '../src/briefing/beyond.ts';
import { datesInSentence } from '../src/corpus/dates.ts';
import { sameTitle } from '../src/index/lexicon.ts';
import { cappedChangeEvents, pickEvents } from '../src/briefing/extract.ts';
import { splitSentences } from '../src/corpus/sentences.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { buildIndex, type BriefIndex } from '../src/index/build.ts';
import { toJson } from '../src/render/json.ts';
import { renderText } from '../src/render/text.ts';

function corpus(files: Record<string, string>): BriefIndex {
  const dir = mkdtempSync(join(tmpdir(), 'qwen-knowledge-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return buildIndex(loadCorpus(dir));
}

const md = (title: string, published: string | null, body: string, source = 'Test Wire') =>
  `---\ntitle: "${title}"\nsource: ${source}\n${published ? `published: ${published}\n` : ''}kind: news\n---\n\n${body}\n`;

// A fictional shipping company, so nothing here can come from a list in the code.
const HARBOUR = {
  'topic.yaml': 'name: Northwind Freight\naliases: [Northwind]\n',
  'a.md': md('Northwind Freight names new chief', '2025-02-03',
    'Northwind Freight said on Monday that chief executive Agnes Okafor will step down after nine years. ' +
      'The board named Tomasz Wierzbicki, the company\'s chief operating officer, interim CEO while it searches for a successor.\n\n' +
      'Okafor said she was proud of the team. "It is time for new hands on the wheel," she wrote.'),
  'b.md': md('Northwind picks permanent CEO', '2025-06-10',
    'Northwind Freight appointed Li Mingzhu (李明珠) as chief executive, effective immediately. ' +
      'Mingzhu Li previously ran the Asian operations of Kestrel Lines. ' +
      'Wierzbicki will return to his role as chief operating officer and will report to Li.\n\n' +
      'Li joined Kestrel Lines in 2011.'),
  'c.txt': 'Northwind founder recalls early days\nJul 1, 2025\nSource: Harbour Weekly\n\n' +
    'Northwind co-founder Henrik Dahl said the company was founded in 1998 with two ships. ' +
    'H. Dahl left the board in 2019. ' +
    'Dahl now chairs the Baltic Shipping Council.\n',
  'd.md': md('Two Lis at Northwind', '2025-07-15',
    'Li Mingzhu hired Li Wen as head of strategy. ' +
      'Li Wen previously worked at Kestrel Lines. ' +
      'Li said the hire would sharpen the company\'s plans.'),
};

describe('entities learned from the text', () => {
  const index = corpus(HARBOUR);
  const byName = (name: string) => index.entities.entities.find((e) => e.aliases.includes(name));

  it('finds people and organisations by the shape of names and the words around them', () => {
    expect(byName('Agnes Okafor')?.type).toBe('person');
    expect(byName('Tomasz Wierzbicki')?.type).toBe('person');
    expect(byName('Henrik Dahl')?.type).toBe('person');
    expect(byName('Kestrel Lines')?.type).toBe('organisation');
    expect(byName('Baltic Shipping Council')?.type).toBe('organisation');
    // Sentence openers and titles are not names.
    expect(byName('Former')).toBeUndefined();
    expect(byName('Monday')).toBeUndefined();
  });

  it('clusters a Chinese name in either order, with its characters from the parentheses', () => {
    const li = byName('Li Mingzhu')!;
    expect(li.type).toBe('person');
    expect(li.aliases).toEqual(expect.arrayContaining(['Mingzhu Li', '李明珠']));
    expect(index.entities.resolveName('mingzhu li')?.id).toBe(li.id);
    expect(index.entities.resolveName('李明珠')?.id).toBe(li.id);
  });

  it('resolves a surname alone and an initial to the full name of the same article', () => {
    const passage = index.passages.find((p) => p.text.startsWith('H. Dahl left'))!;
    expect(index.mentions[passage.id].map((m) => index.entities.get(m.id)?.name)).toContain('Henrik Dahl');
    expect(index.entities.resolveName('H. Dahl')?.name).toBe('Henrik Dahl');
  });

  it('keeps two people who share a family name apart, and "Li" alone refers to the one named last', () => {
    const wen = byName('Li Wen')!;
    const mingzhu = byName('Li Mingzhu')!;
    expect(wen.id).not.toBe(mingzhu.id);
    const said = index.passages.find((p) => p.text.startsWith('Li said the hire'))!;
    expect(index.mentions[said.id].map((m) => m.id)).toEqual([wen.id]);
  });

  it('resolves "she" to the person the sentence before was about', () => {
    const quote = index.passages.find((p) => p.text.includes('new hands on the wheel'))!;
    expect(index.mentions[quote.id].map((m) => index.entities.get(m.id)?.name)).toContain('Agnes Okafor');
  });

  it('takes the corpus subject from topic.yaml', () => {
    expect(index.entities.get(index.focus)?.name).toBe('Northwind Freight');
  });
});

describe('facts learned from the text', () => {
  const index = corpus(HARBOUR);
  const id = (name: string) => index.entities.entities.find((e) => e.aliases.includes(name))!.id;

  it('reads titles before a name, in apposition and after "named"', () => {
    const roles = index.roles.filter((r) => r.person === id('Tomasz Wierzbicki'));
    expect(roles.map((r) => `${r.interim ? 'interim ' : ''}${r.title}`)).toEqual(expect.arrayContaining(['COO', 'interim CEO']));
    expect(index.roles.some((r) => r.person === id('Agnes Okafor') && r.title === 'CEO' && r.head === 'org')).toBe(true);
    expect(index.roles.some((r) => r.person === id('Li Mingzhu') && r.title === 'CEO' && !r.interim)).toBe(true);
  });

  it('reads who left, who was appointed and to whom someone reports', () => {
    const kinds = (name: string) => index.events.filter((e) => e.person === id(name)).map((e) => e.kind);
    expect(kinds('Agnes Okafor')).toContain('end');
    expect(kinds('Li Mingzhu')).toContain('start');
    expect(kinds('Henrik Dahl')).toContain('end');
    // "Wierzbicki … will report to Li": a reporting line; Li heads Northwind because she was appointed chief executive.
    expect(kinds('Tomasz Wierzbicki')).toContain('reports');
    expect(index.roles.some((r) => r.person === id('Li Mingzhu') && r.head === 'org' && r.title === 'CEO')).toBe(true);
  });

  it('dates a relative weekday by the article and a year by its preposition', () => {
    const monday = index.passages.find((p) => p.text.startsWith('Northwind Freight said on Monday'))!;
    expect(monday.date).toBe('2025-02-03');
    const joined = index.passages.find((p) => p.text.startsWith('Li joined Kestrel Lines'))!;
    expect([joined.date, joined.datePrecision]).toEqual(['2011-01-01', 'year']);
  });
});

describe('commands on a corpus the code has never seen', () => {
  const index = corpus(HARBOUR);
  const run = (q: string, now = '2025-12-01') => answer(index, q, now);

  it('who-leads: the newest dated head claim; an earlier now gives the interim head', () => {
    const today = run('who-leads');
    expect(today.heading).toMatch(/^Who leads Northwind Freight — Li Mingzhu \(CEO/);
    expect(renderText(today)).toContain('Tomasz Wierzbicki (interim CEO');
    expect(today.citations.map((c) => c.doc)).toContain('b.md');
    const then = run('who-leads', '2025-03-01');
    expect(then.heading).toMatch(/— Tomasz Wierzbicki \(interim CEO/);
    expect(renderText(then)).not.toContain('Li Mingzhu');
  });

  it('free text "who runs X now?" is who-leads; an organisation the corpus never names is not guessed', () => {
    expect(run('who runs northwind now?').heading).toMatch(/— Li Mingzhu/);
    const unknown = run('who is the CEO of Acme Rockets?');
    expect(unknown.found).toBe(false);
    expect(renderText(unknown)).toMatch(/not in the corpus/);
  });

  it('person: roles over time by any form of the name', () => {
    const a = run('person 李明珠');
    expect(a.found).toBe(true);
    expect(a.heading).toMatch(/^Li Mingzhu/);
    expect(a.citations.map((c) => c.doc)).toEqual(expect.arrayContaining(['b.md']));
    expect(run('who H. Dahl').heading).toMatch(/^Henrik Dahl/);
  });

  it('changes since: dated changes, oldest first, each cited', () => {
    const a = run('changes since 2025-05-01');
    expect(a.found).toBe(true);
    expect(a.items[0].text).toMatch(/^2025-06-10/);
    expect(a.citations.map((c) => c.doc)).not.toContain('a.md');
    expect(run('changes since 2025-08-01').found).toBe(false);
  });

  it('ask: a question about a role nobody holds, or a name the corpus lacks, is "not in the corpus"', () => {
    for (const q of ['Who is the chief financial officer of Northwind?', 'What did Zanzibar Holdings pay for Northwind?']) {
      const a = run(q);
      expect(a.found, q).toBe(false);
      expect(renderText(a), q).toMatch(/not in the corpus/);
    }
  });

  it('"who took over from X?" is a question about someone else, not a lookup of X', () => {
    const a = run('who took over from Agnes Okafor?');
    expect(a.command).toBe('ask');
    expect(renderText(a)).not.toMatch(/^Agnes Okafor —/);
    expect(run('who Agnes Okafor').command).toBe('person');
  });

  it('ask: "when did X join Y" answers with the dated sentence; "who replaced" reads the question', () => {
    const a = run('When did Li Mingzhu join Kestrel Lines?');
    expect(a.found).toBe(true);
    expect(a.citations[0].quote).toContain('2011');
    const b = run('who hired Li Wen?');
    expect(b.command).toBe('ask');
    expect(renderText(b)).toContain('Li Mingzhu hired Li Wen');
  });

  it('ask "how many": a clause that sets the scene is not the focus; the count stands by its noun, in any language', () => {
    const fleet = corpus({
      ...HARBOUR,
      'e.md': md('Northwind grows its fleet', '2025-09-01',
        'Northwind Freight ordered new vessels after Li Mingzhu took over. ' +
          'With the order, the fleet will number twelve ships by 2027, the company said.'),
      'f.txt': 'La flotte de Northwind s\'agrandit\n02/09/2025\nSource : Le Marin\n\n' +
        'Le transporteur d\'Northwind Freight a passé commande de nouveaux navires. Selon le journal, la flotte comptera onze ships en 2027.\n',
    });
    const a = answer(fleet, 'How many ships will the Northwind fleet have after Li Mingzhu took over?', '2025-12-01');
    expect(a.found).toBe(true);
    const text = renderText(a);
    // The English sentence names no one, the French one names Northwind only through "d'Northwind".
    expect(text).toContain('twelve ships');
    expect(a.citations.map((c) => c.doc)).toContain('e.md');
    expect(fleet.mentions[fleet.passages.find((p) => p.text.startsWith('Le transporteur'))!.id].map((m) => m.id)).toContain(fleet.entities.resolveName('Northwind Freight')!.id);
  });

  it('timeline: a sentence naming no one is a change when it dates itself ("March 3: dockers ratified …")', () => {
    const idx = corpus({
      ...HARBOUR,
      'g.md': md('Northwind year in review', '2025-12-20',
        'Highlights of the year at Northwind Freight:\n\n- March 3: dockworkers ratified a contract with 12% raises, ending the strike.\n- Later, the company said it was pleased.'),
    });
    const a = answer(idx, 'timeline Northwind strike', '2025-12-31');
    const text = renderText(a);
    expect(text).toContain('12% raises');
    expect(text).toMatch(/2025-03-03/);
  });

  it('who-leads labels each side of a mandate disagreement in its source\'s words', () => {
    expect(mandateLabel('Okafor, head of ports, will temporarily assume oversight of the fleet.', true)).toBe('temporary oversight');
    expect(mandateLabel('The board named Tomasz Wierzbicki interim CEO while it searches.', true)).toBe('interim CEO');
    expect(mandateLabel('The board named Wierzbicki acting chief executive officer.', true)).toBe('acting chief executive officer');
    expect(mandateLabel('Northwind named its former COO Tomasz Wierzbicki to lead the company.', false)).toBe('named to lead');
    expect(mandateLabel('Wierzbicki is the chief executive.', false)).toBe('named without qualification');
  });
});

// A football club: British usage ("the club have … their new head coach"), a caretaker, a sacking.
describe('a sports club, another subject the code has never seen', () => {
  const club = corpus({
    'topic.yaml': 'name: Rivertown FC\naliases: [Rivertown, The Otters]\n',
    'a.md': md('Rivertown FC sack manager Pablo Ferreira', '2025-10-06',
      'Rivertown FC have sacked manager Pablo Ferreira after a run of seven straight league defeats.\n\n' +
        'The club said on Sunday that Ferreira had been relieved of his duties with immediate effect. ' +
        "Under-21s coach Dean Holloway will take charge of the first team as caretaker manager for Saturday's trip to Castleford."),
    'b.txt': 'Otters name Sofia Lindqvist as head coach\nPublished 14 October 2025, 09:12 BST\n\n' +
      'Rivertown FC have appointed former Sweden international Sofia Lindqvist as their new head coach on a two-year contract.\n',
  });
  const at = (re: RegExp) => club.passages.find((p) => re.test(p.text))!;

  it('dates a weekday in a sentence that looks ahead forward, and reads "relieved of his duties" as a departure', () => {
    expect(at(/caretaker manager/).date).toBe('2025-10-11');
    expect(at(/relieved of his duties/).date).toBe('2025-10-05');
    expect(club.events.some((e) => e.kind === 'end' && e.passage === at(/relieved/).id && e.person === club.entities.resolveName('Pablo Ferreira')!.id)).toBe(true);
  });

  it('"The Otters" in topic.yaml also names "Otters"; "their new head coach" makes her head of the club', () => {
    expect(club.entities.resolveName('Otters')?.id).toBe(club.entities.resolveName('Rivertown FC')!.id);
    const a = answer(club, 'who-leads', '2025-12-01');
    expect(a.heading).toContain('Sofia Lindqvist');
    expect(renderText(a)).toContain('Ferreira left (2025-10-06)');
    // The caretaker came before her; he is not "also named" beside her.
    expect(renderText(a)).toMatch(/Before that:\n• Dean Holloway/);
  });

  it('"head coach X" is the head; a coach "expected to be confirmed" is not yet; "Paris Saint-Germain" is a club', () => {
    const c = corpus({
      'topic.yaml': 'name: Rivertown FC\n',
      'a.md': md('Takeover done', '2022-05-30', 'The takeover of Rivertown FC brings stability to head coach Tomas Berg, who won the cup last year.'),
      'b.md': md('Who next', '2022-06-10', 'Ivo Lund, the former Paris Saint-Germain manager, is expected to be confirmed as the new head coach of Rivertown FC.'),
      'c.txt': 'Berg wechselt nach München\n24.03.2023, 17:42 Uhr\n\nDer FC Nord hat Tomas Berg als neuen Cheftrainer verpflichtet. Rivertown FC hatte sich von ihm getrennt.\n',
    });
    expect(answer(c, 'who-leads', '2022-08-01').heading).toContain('Tomas Berg (head');
    expect(c.entities.resolveName('Paris Saint-Germain')?.type ?? 'organisation').toBe('organisation');
    const p = c.passages.find((x) => x.text.includes('verpflichtet'))!;
    expect(c.events.some((e) => e.passage === p.id && e.kind === 'start' && e.person === c.entities.resolveName('Tomas Berg')!.id)).toBe(true);
  });

  it('"who replaced X?" finds who took the same post after X left, even with no word of replacing', () => {
    const a = answer(club, 'who replaced Ferreira?', '2025-12-01');
    expect(a.found).toBe(true);
    expect(renderText(a)).toContain('Dean Holloway');
    // "for Saturday's trip" is no organisation.
    expect(club.roles.filter((r) => r.person === club.entities.resolveName('Dean Holloway')!.id).map((r) => r.org)).not.toContain("other:Saturday's");
  });
});

// A Korean chipmaker: hyphenated given names, name particles, a company written with and without its
// company word, a nationality and a dateline place that are no organisations, money in won.
describe('a chipmaker with Korean names, another subject the code has never seen', () => {
  const chip = corpus({
    'a.md': md('Hanbit Semiconductor replaces CEO', '2025-03-18',
      'Hanbit Semiconductor said on Tuesday that chief executive Park Ji-hoon will step down at the end of March.\n\n' +
        'The board nominated Kim Soo-min, who heads the foundry division, as his successor. Mr. Park will stay on as an adviser at Hanbit.'),
    'b.txt': 'New Hanbit chief vows to catch up\nApril 2, 2025 | Korea Business Wire\n\n' +
      'SEOUL — Soo-min Kim formally took office as chief executive of Hanbit Semiconductor on Tuesday.\n\n' +
      'Kim said the company would invest 12 trillion won in a new packaging plant in Cheongju. ' +
      'She also named Lee Dong-wook, previously head of memory sales, as chief operating officer.\n',
    'c.md': md('Hanbit to buy Veltrix', '2025-06-10',
      'Hanbit agreed to buy Veltrix, a Dutch maker of inspection tools, for about $2.1 billion. ' +
        'The deal was negotiated by Kim Soo-min and Veltrix founder Anneke de Vries, who will join the board.'),
  });
  const names = chip.entities.entities.map((e) => e.name);

  it('reads hyphenated given names, either order, and "de" inside a name', () => {
    expect(chip.entities.resolveName('Soo-min Kim')?.id).toBe(chip.entities.resolveName('Kim Soo-min')!.id);
    expect(chip.entities.resolveName('Park Ji-hoon')?.type).toBe('person');
    expect(chip.entities.resolveName('Anneke de Vries')?.type).toBe('person');
    expect(names).not.toContain('Park Ji');
  });

  it('"Hanbit" is "Hanbit Semiconductor"; "Dutch" and the dateline\'s "SEOUL" are no organisations', () => {
    expect(chip.entities.resolveName('Hanbit')?.id).toBe(chip.entities.resolveName('Hanbit Semiconductor')!.id);
    expect(names).not.toContain('Dutch');
    expect(names).not.toContain('SEOUL');
    expect(answer(chip, 'who-leads', '2025-12-01').heading).toContain('Kim Soo-min');
  });

  it('"who is the COO?" finds the title spelt out, and "previously" in an apposition does not make it past', () => {
    const a = answer(chip, 'who is the COO?', '2025-12-01');
    expect(a.found).toBe(true);
    expect(renderText(a)).toContain('Lee Dong-wook');
  });

  it('"how much" reads an amount in won, in a sentence about "the company"', () => {
    const a = answer(chip, 'how much will Hanbit invest in the packaging plant?', '2025-12-01');
    expect(a.found).toBe(true);
    expect(renderText(a)).toContain('12 trillion won');
  });
});

describe('who heads what: a line manager, a function and a unit are not the organisation', () => {
  const idx = corpus({
    'topic.yaml': 'name: Northwind Freight\naliases: [Northwind]\n',
    'a.md': md('Northwind names Ada Brook head of its shipping arm', '2025-09-08',
      'Northwind Freight on Tuesday named Ada Brook head of Northwind. ' +
        'Brook will report to Carl Osei, who remains head of the holding board.\n\n' +
        'As head of the company she reports to Osei.\n\n' +
        'Northwind also hired Dev Patel to run Northwind\'s data infrastructure. ' +
        'Ines Ruiz, Northwind\'s multimodal lead, left for a start-up.'),
  });
  it('the newest head is the one named head, not the one she reports to, nor the heads of functions', () => {
    const a = answer(idx, 'who-leads', '2025-12-01');
    expect(a.heading).toContain('Ada Brook');
    const text = renderText(a);
    expect(text).not.toMatch(/Carl Osei \(head/);
    expect(text).not.toMatch(/Dev Patel \(head/);
    expect(text).not.toMatch(/Ines Ruiz \(head/);
  });
});

describe('companies, titles and irregular words, from a carmaker corpus of our own', () => {
  const cars = corpus({
    'topic.yaml': 'name: Nissan\naliases: [Nissan Motor]\n',
    'a.md': md('Honda and Nissan end merger talks', '2025-02-13',
      'Honda and Nissan ended their talks. Honda Motor Co said the Honda-Nissan plan would have created a group with combined annual sales of 8 million vehicles. ' +
        'Honda said it would go its own way.\n\nNissan reported a net loss of 670.9 billion yen.'),
    'b.md': md('Nissan names planner as chief', '2025-03-11',
      'Nissan appointed Ivan Espinosa as its new group chief executive. Chief financial officer Jeremie Papin stays. ' +
        'Nissan also appointed Guillaume Cartier as its first group chief performance officer.'),
  });
  it('"Honda" is "Honda Motor Co", and "Honda-Nissan" is the two of them, not a person', () => {
    expect(cars.entities.resolveName('Honda')?.id).toBe(cars.entities.resolveName('Honda Motor Co')!.id);
    expect(cars.entities.entities.some((e) => e.type === 'person' && /Honda/.test(e.name))).toBe(false);
  });
  it('reads "chief performance officer" as its own title, after "its first group"', () => {
    const r = cars.roles.find((x) => x.person === cars.entities.resolveName('Guillaume Cartier')!.id)!;
    expect(r.title).toBe('chief performance officer');
    expect(r.org).toBe(cars.entities.resolveName('Nissan')!.id);
  });
  it('"what is X\'s title?" answers with the titles sources give, side by side; "X and Y" gives Y no title', () => {
    const c2 = corpus({
      'a.md': md('Nissan keeps its finance chief', '2025-04-01', 'At Nissan, Jeremie Papin remains chief financial officer, and Guillaume Cartier, the chief performance officer, stays.'),
      'b.md': md('Nissan recap', '2025-08-01', 'Nissan leadership.\n\nChief operating officer: Guillaume Cartier.'),
    });
    const a = answer(c2, "What is Guillaume Cartier's title at Nissan?", '2025-12-01');
    expect(a.found).toBe(true);
    expect(a.notes.join(' ')).toMatch(/Sources differ: .*COO.*chief performance officer|Sources differ: .*chief performance officer.*COO/);
    expect(a.notes.join(' ')).not.toContain('CFO');
  });
  it('"lose" finds "net loss", "sold" finds "sales"; a CFO the corpus gives Nissan is not Honda\'s', () => {
    expect(renderText(answer(cars, 'How much money did Nissan lose?', '2025-12-01'))).toContain('670.9 billion yen');
    expect(renderText(answer(cars, 'How many vehicles would Honda and Nissan have sold together?', '2025-12-01'))).toContain('8 million');
    expect(answer(cars, "Who is Honda's chief financial officer?", '2025-12-01').found).toBe(false);
  });
});

describe('articles in other languages beside English ones', () => {
  const mixed = corpus({
    'topic.yaml': 'name: Northwind Freight\naliases: [Northwind]\n',
    'a.md': md('Northwind names Ada Brook chief', '2025-09-08', 'Northwind Freight named Ada Brook (周雅) chief executive. Brook will report to chair Carl Osei.'),
    'b.txt': 'Northwind-Chef tritt zurück\n03.12.2024, 09:15 Uhr\nQuelle: Handelsbote\n\nDer Finanzchef des Softwarekonzerns Vorzeigeprojekt ist nicht betroffen. Carl Osei tritt als Chef zurück, teilte Northwind mit.\n',
    'c.md': md('诺斯温德任命新负责人', '2025-09-09', '据知情人士透露，周雅将直接向董事会主席汇报。她于9月8日出任首席执行官。'),
  });
  it('a German article\'s capitalised nouns are not learned as names; its known names are still found', () => {
    const names = mixed.entities.entities.map((e) => e.name);
    expect(names.some((n) => /Finanzchef|Softwarekonzern|Vorzeigeprojekt/.test(n))).toBe(false);
    const p = mixed.passages.find((x) => x.text.startsWith('Carl Osei tritt'))!;
    expect(mixed.mentions[p.id].map((m) => m.id)).toContain(mixed.entities.resolveName('Carl Osei')!.id);
    expect(mixed.events.some((e) => e.passage === p.id && e.kind === 'end')).toBe(true);
    expect(mixed.docs.find((d) => d.path === 'b.txt')!.published).toBe('2024-12-03');
  });
  it('Chinese sentences end at 。 and carry dates and events', () => {
    const p = mixed.passages.find((x) => x.text.startsWith('她于'))!;
    expect(p.text).toBe('她于9月8日出任首席执行官。');
    expect(p.date).toBe('2025-09-08');
    const r = mixed.passages.find((x) => x.text.includes('汇报'))!;
    expect(mixed.events.some((e) => e.passage === r.id && e.kind === 'reports' && e.person === mixed.entities.resolveName('Ada Brook')!.id)).toBe(true);
  });
});

describe('"the CEO" without a name is the CEO the article spoke of last', () => {
  const idx = corpus({
    'a.md': md('Northwind chief pushed out', '2024-12-03',
      'Northwind Freight said chief executive Agnes Okafor had retired. The board had given her a choice between retiring and being removed.\n\n' +
        'Directors had lost confidence in the strategy the CEO laid out in 2021.\n\nThe CEO of Kestrel Lines, Li Wen, declined to comment.'),
  });
  it('links the sentence to her, but not "the CEO of Kestrel Lines"', () => {
    const okafor = idx.entities.resolveName('Agnes Okafor')!.id;
    const at = (re: RegExp) => idx.mentions[idx.passages.find((p) => re.test(p.text))!.id].map((m) => m.id);
    expect(at(/lost confidence/)).toContain(okafor);
    expect(at(/Kestrel Lines, Li Wen/)).not.toContain(okafor);
  });
});

describe('how much it moved, and when something will happen', () => {
  const idx = corpus({
    'a.md': md('Northwind picks a chief', '2025-03-12',
      'Northwind Freight named Ada Brook chief executive. Northwind shares jumped nearly 15% after the announcement.\n\n' +
        'The plan called for new terminals in Gdansk and Hamburg at a time when Northwind sales were shrinking.'),
  });
  it('"how much did shares rise" is answered by a percentage, whatever the verb', () => {
    const a = answer(idx, 'How much did Northwind shares rise after Ada Brook was named?', '2025-12-01');
    expect(a.found).toBe(true);
    expect(renderText(a)).toContain('15%');
  });
  it('"when will X start?" needs a sentence that looks ahead; a past mention is not an answer', () => {
    expect(answer(idx, 'When will the Gdansk terminal start operations?', '2025-12-01').found).toBe(false);
  });
});

describe('two people sharing the top post', () => {
  const idx = corpus({
    'topic.yaml': 'name: Northwind Freight\naliases: [Northwind]\n',
    'a.md': md('Northwind chief retires', '2024-12-02',
      'Northwind Freight said chief executive Agnes Okafor had retired. ' +
        'Tomasz Wierzbicki, the chief financial officer, and Li Mingzhu, who was elevated to chief executive of Northwind Ports, will serve as interim co-chief executives.'),
  });
  it('who-leads names both, interim, and the co-head keeps the shared post at the organisation', () => {
    const a = answer(idx, 'who-leads', '2024-12-10');
    expect(a.heading).toMatch(/Tomasz Wierzbicki and Li Mingzhu|Li Mingzhu and Tomasz Wierzbicki/);
    expect(a.heading).toContain('interim');
    expect(a.heading).not.toContain('Okafor');
  });
});

describe('an interview: "you" in the questions and "I" in the answers are the person interviewed', () => {
  const idx = corpus({
    'a.md': md('Q&A: Ines Ruiz on leaving Northwind', '2025-10-19',
      'Ines Ruiz led the data team at Northwind Freight until May, when she left the company.\n\n' +
        'Q: Why did you leave Northwind?\n\nA: I wanted to build a small team of my own. That was the whole reason.\n\n' +
        'Q: Was it about money?\n\nA: No. Money was not the point.'),
    'b.md': md('Northwind loses its data lead', '2025-05-20', 'Ines Ruiz left Northwind Freight on Monday.'),
  });
  it('answers "why did X leave?" with the answer to the interviewer\'s "why did you leave?"', () => {
    const a = answer(idx, 'Why did Ines Ruiz leave Northwind?', '2025-12-01');
    expect(a.found).toBe(true);
    expect(renderText(a)).toContain('I wanted to build a small team of my own');
    const p = idx.passages.find((x) => x.text.startsWith('A: I wanted'))!;
    expect(idx.mentions[p.id].map((m) => m.id)).toContain(idx.entities.resolveName('Ines Ruiz')!.id);
  });
});

describe('a profile: "In 1987 he founded …" is about its subject, and what one founds is an organisation', () => {
  const idx = corpus({
    'a.md': md('Who is Ada Brook, Northwind\'s new boss?', '2025-03-14',
      'Ada Brook, the engineer picked on Wednesday to run Northwind Freight, is one of the best-known investors in shipping.\n\n' +
        'Ms Brook was born in Leeds and studied physics.\n\nIn 1987 she founded Harbour Ventures International, a venture firm. In 2009 she was made chief executive of Kestrel Lines.'),
  });
  it('links the pronoun after an opening phrase, and reads Harbour Ventures International as an organisation', () => {
    const brook = idx.entities.resolveName('Ada Brook')!.id;
    const p = idx.passages.find((x) => x.text.startsWith('In 1987'))!;
    expect(idx.mentions[p.id].map((m) => m.id)).toContain(brook);
    expect(idx.entities.resolveName('Harbour Ventures International')?.type).toBe('organisation');
    expect(renderText(answer(idx, 'who Ada Brook', '2025-12-01'))).toContain('Harbour Ventures International');
  });
});

// Politics: the head of a government is its prime minister, whether or not a sentence names the government.
describe('a government, another subject the code has never seen', () => {
  const gov = corpus({
    'topic.yaml': 'name: Ruritania government\naliases: [Ruritanian government]\n',
    'a.md': md('Prime minister survives vote', '2022-06-07', 'Prime Minister Otto Brandt survived a confidence vote on Monday.'),
    'b.md': md('Brandt quits', '2022-07-07',
      'Speaking outside 12 Castle Street, the prime minister said there should be a new leader.\n\n' +
        'Marta Vell was elected leader of the Unity Party on Monday, defeating Jon Pike in a ballot of members, and will become prime minister on Tuesday. ' +
        'Karl Rus returns as deputy prime minister. If she loses a vote, Ina Lo will become prime minister within days.'),
  });
  it('who-leads reads "prime minister" as the head of the government; a deputy, a condition and a street are not', () => {
    expect(answer(gov, 'who-leads', '2022-06-30').heading).toContain('Otto Brandt (prime minister');
    const a = answer(gov, 'who-leads', '2022-12-01');
    expect(a.heading).toContain('Marta Vell');
    const holders = gov.roles.filter((r) => r.title === 'prime minister').map((r) => gov.entities.get(r.person)?.name);
    expect(holders).not.toContain('Jon Pike');
    expect(holders).not.toContain('Karl Rus');
    expect(holders).not.toContain('Ina Lo');
    expect(gov.entities.entities.find((e) => e.name === 'Castle Street')?.type ?? 'organisation').toBe('organisation');
  });
  it('"Mary Elizabeth Vell, known as Liz": one person under every form', () => {
    const g = corpus({
      'a.md': md('Profile', '2022-09-06', 'Mary Elizabeth Vell, known as Liz, grew up in Leeds. Liz Vell became prime minister on Tuesday.'),
    });
    const id = g.entities.resolveName('Liz Vell')!.id;
    expect(g.entities.resolveName('Mary Elizabeth Vell')?.id).toBe(id);
    expect(g.entities.resolveName('Elizabeth Vell')?.id).toBe(id);
  });
  it('"the prime minister said …" then "He will remain … as caretaker prime minister": the same person, interim', () => {
    const g = corpus({
      'topic.yaml': 'name: Ruritania government\n',
      'a.md': md('PM survives', '2022-06-07', 'Prime Minister Otto Brandt survived a confidence vote on Monday.'),
      'b.md': md('Brandt to quit', '2022-07-07', 'Otto Brandt said on Thursday he would resign as party leader.\n\nSpeaking outside the palace, the prime minister said there should be a new leader.\n\nHe will remain in office as caretaker prime minister until a successor is chosen.'),
    });
    const a = answer(g, 'who-leads', '2022-08-15');
    expect(a.heading).toContain('Otto Brandt (interim prime minister');
    expect(renderText(a)).toContain('caretaker prime minister');
  });
  it('the chancellor heads the Treasury; "the Unity" party is the "Unity Party"', () => {
    const t = corpus({
      'topic.yaml': 'name: Ruritania government\n',
      'a.md': md('New chancellor', '2022-10-14', 'Hana Roth was appointed chancellor of the exchequer on Friday and now runs the Treasury. The Unity Party welcomed her.\n\nUnity members cheered. The Unity leadership agreed.'),
    });
    expect(answer(t, 'who runs the Treasury now?', '2022-12-01').heading).toContain('Hana Roth (chancellor');
  });
  it('"was elected leader of the X Party", "is now a backbench MP", "takes over at the Department for …"', () => {
    const p = corpus({
      'topic.yaml': 'name: Ruritania government\n',
      'a.md': md('Vell elected', '2022-09-05', 'Marta Vell was elected leader of the Unity Party on Monday. Karl Rus takes over at the Department for Roads.'),
      'b.md': md('Where is Brandt now', '2022-12-30', 'Otto Brandt is now a backbench MP.'),
    });
    expect(answer(p, 'who-leads Unity Party', '2022-12-01').heading).toContain('Marta Vell');
    expect(p.roles.some((r) => r.person === p.entities.resolveName('Otto Brandt')!.id && r.title === 'legislator')).toBe(true);
    expect(p.roles.filter((r) => r.person === p.entities.resolveName('Karl Rus')!.id).map((r) => r.org)).not.toContain(p.entities.resolveName('Unity Party')!.id);
  });
});

describe('an age, a fortune and a signed law', () => {
  const idx = corpus({
    'a.md': md('Northwind founder steps down', '2021-05-20',
      'Northwind Freight founder Ada Brook, 38, said on Thursday she would step down as chief executive.\n\n' +
        'In a letter, the 38-year-old said she lacked some of the skills that make an ideal manager, because she preferred working alone.'),
    'b.md': md('Richest people list', '2024-10-30', 'Ada Brook tops the list with a fortune it put at 350 billion yuan ($49.3 billion).'),
    'c.md': md('Port law', '2024-04-25', 'President Jon Hale on Wednesday signed legislation that forces Northwind Freight to sell its ports.'),
  });
  it('"the 38-year-old" is the person the article gave that age', () => {
    const p = idx.passages.find((x) => x.text.startsWith('In a letter'))!;
    expect(idx.mentions[p.id].map((m) => m.id)).toContain(idx.entities.resolveName('Ada Brook')!.id);
  });
  it('"why did X step down?" puts the sentence giving the cause first, "the 41-year-old" being the article\'s lead', () => {
    const c = corpus({
      'a.md': md('Founder steps down', '2021-05-20',
        'Ines Ruiz, who founded Northwind Ports in 2012, will step down as chief executive, the company said on Thursday. Co-founder Tomas Berg will take over.\n\n' +
          'In a letter to employees, the 41-year-old said she lacked some of the skills that make an ideal manager.'),
      'b.md': md('Recap', '2021-12-01', 'May 20, 2021: Ines Ruiz announced that she would step down as chief executive of Northwind Ports.'),
    });
    const a = answer(c, 'Why did Ines Ruiz step down as chief executive?', '2022-01-01');
    expect(a.items[0].text).toContain('lacked some of the skills');
  });
  it('"how much did X pay for Y?" is answered by the amount, whatever the verb ("signed … for £106.8m")', () => {
    const c = corpus({ 'a.md': md('Record signing', '2023-02-01', 'Rivertown FC signed Ivo Lund from Benfica for £106.8m on Tuesday.') });
    expect(renderText(answer(c, 'How much did Rivertown FC pay for Ivo Lund?', '2023-06-01'))).toContain('£106.8m');
  });
  it('"how much is X worth?" finds her fortune', () => {
    expect(renderText(answer(idx, 'How much is Ada Brook worth?', '2025-01-01'))).toContain('350 billion yuan');
  });
  it('a signed law is a dated change', () => {
    expect(renderText(answer(idx, 'changes since 2024-01-01', '2025-01-01'))).toContain('signed legislation');
  });
});

// A university: its head is its president (where no one is its chief executive); a former one, a head
// of state and a fuller form of a name are read as such.
describe('a university, another subject the code has never seen', () => {
  const uni = corpus({
    'topic.yaml': 'name: Northwind University\naliases: [Northwind]\n',
    'a.md': md('Northwind names Ada Brook president', '2023-07-01',
      'Ada Brook became the president of Northwind University on Saturday. Lawrence H. Ruiz, who was Northwind\'s president from 2001 to 2006, praised her.\n\nPresident Jon Hale called her.'),
    'b.md': md('Brook resigns', '2024-01-02',
      'Ada Brook resigned as president of Northwind University on Tuesday. Tomas M. Berg, the provost, will serve as interim president.\n\nLarry Ruiz said the board had failed. Berg, an economist, will run Northwind until a successor is found.'),
  });
  it('who-leads gives the president, then the interim one; a past president and a head of state are not heads', () => {
    expect(answer(uni, 'who-leads', '2023-10-01').heading).toContain('Ada Brook (president');
    expect(answer(uni, 'who-leads', '2024-01-10').heading).toContain('Tomas M. Berg (interim president');
    const text = renderText(answer(uni, 'who-leads', '2023-10-01'));
    expect(text).not.toMatch(/Ruiz \(president|Jon Hale \(president/);
  });
  it('"committee chair X" in a letter to the board does not chair the board', () => {
    const c = corpus({
      'topic.yaml': 'name: Northwind University\n',
      'a.md': md('Letter', '2023-12-21', 'In a letter to the Northwind Board, committee chair Vera Foss asked for documents.'),
    });
    expect(answer(c, 'who-leads Northwind University board', '2024-01-01').found).toBe(false);
  });
  it('a demand is no departure, and "she" after "the outgoing president" is the president', () => {
    const c = corpus({
      'topic.yaml': 'name: Northwind University\n',
      'a.md': md('President resigns', '2024-01-02',
        'Ada Brook resigned as president of Northwind University on Tuesday.\n\n' +
          'Vera Foss, a lawmaker, welcomed the news. Supporters of the outgoing president said she had been forced out by a campaign.\n\n' +
          'Vera Foss has called on the presidents of two other universities to step down as well.'),
    });
    const ends = (name: string) => c.events.filter((e) => e.kind === 'end' && e.person === c.entities.resolveName(name)!.id).map((e) => c.passages[e.passage].text);
    expect(ends('Ada Brook').join(' ')).toContain('forced out');
    expect(ends('Vera Foss')).toEqual([]);
  });
  it('"who is X\'s provost now?": the one named to it, not one who "was provost for 13 years"; a school of X is part of X', () => {
    const c = corpus({
      'topic.yaml': 'name: Northwind University\naliases: [Northwind]\n',
      'a.md': md('New provost', '2024-01-19',
        'Tomas Berg, an economist, was Northwind\'s provost for nearly 13 years before he became interim president.\n\n' +
          'Earlier this month he named Ivo Lund, the dean of Northwind Law School, as interim provost.'),
    });
    expect(c.roles.find((r) => r.person === c.entities.resolveName('Tomas Berg')!.id && r.title === 'provost')?.past).toBe(true);
    expect(renderText(answer(c, "Who is Northwind's provost now?", '2024-06-01'))).toContain('Ivo Lund, the dean of Northwind Law School, as interim provost');
  });
  it('"Larry Ruiz" is "Lawrence H. Ruiz"; "Berg" is "Tomas M. Berg"', () => {
    expect(uni.entities.resolveName('Larry Ruiz')?.id).toBe(uni.entities.resolveName('Lawrence H. Ruiz')!.id);
    expect(uni.entities.resolveName('Berg')?.id).toBe(uni.entities.resolveName('Tomas M. Berg')!.id);
  });
});


describe('who replaced whom, and whose post "its" is', () => {
  const c = corpus({
    'topic.yaml': 'name: Lumen Apps\n',
    'a.md': md('Apps chief steps down', '2024-03-04',
      'Nora Hale, who runs Glimmer, the Chinese version of Lumen Apps, is stepping down as its chief executive, the company said on Monday. Shares in Lumen Apps fell; Glimmer has 600 million users.\n\n' +
        'The company did not immediately name a successor.'),
    'b.md': md('Studio head quits', '2024-05-06',
      'Ivo Stark stepped down as head of Lumen Studio on Monday.\n\n' +
        'Pia Moss takes over at Lumen Studio, the company said.'),
    'c.md': md('A year of change', '2024-12-20',
      'After months of temporary oversight by Ivo Stark, the studio again has a dedicated head in Pia Moss.\n\n' +
        'Rhea Lind, the foreign secretary, visited the studio.'),
  });
  const id = (n: string) => c.entities.resolveName(n)!.id;
  it('"X, the Chinese version of Y, … its chief executive" is X\'s', () => {
    expect(c.roles.filter((r) => r.person === id('Nora Hale') && r.title === 'CEO').map((r) => c.entities.get(r.org ?? '')?.name)).toEqual(['Glimmer']);
  });
  it('"has a dedicated head in Pia Moss" makes Pia Moss the head, not the name before it', () => {
    const heads = c.roles.filter((r) => r.title === 'head' && c.passages[r.passage].text.startsWith('After months')).map((r) => c.entities.get(r.person)?.name);
    expect(heads).toEqual(['Pia Moss']);
  });
  it('"who replaced X?" names whoever took over beside the leaving, and abstains when no one did', () => {
    expect(renderText(answer(c, 'Who replaced Ivo Stark as head of Lumen Studio?', '2024-12-31'))).toContain('Pia Moss takes over');
    const none = answer(c, 'Who replaced Nora Hale as head of Glimmer?', '2024-12-31');
    expect(none.found).toBe(false);
    expect(none.notes.join(' ')).toContain('No source says who replaced Nora Hale');
  });
  it('"foreign secretary" is its own title, not any secretary', () => {
    expect(c.roles.find((r) => r.person === id('Rhea Lind'))?.title).toBe('foreign secretary');
  });
});

describe('openers, companies and "who is X\'s <title>"', () => {
  const c = corpus({
    'topic.yaml': 'name: Lumen Apps\n',
    'a.md': md('Lumen splits its AI unit', '2025-05-27',
      'Lumen Platforms is breaking its research organisation into two teams. Lumen said the change would speed up work. Lumen Platforms has said its spending will rise.\n\n' +
        'Shan Mei Tsao, the chief operating officer, and Ravi Kell, the chief technology officer, will lead them. Neither Tsao nor Kell commented.'),
  });
  it('"Neither Tsao nor Kell": "Neither" is no part of a name, so "Tsao" alone finds her', () => {
    expect(c.entities.entities.some((e) => e.aliases.some((a) => /^Neither/.test(a)))).toBe(false);
    expect(answer(c, 'person Tsao', '2025-06-01').heading).toContain('Shan Mei Tsao');
  });
  it('"X Platforms is breaking its …" is a company, the same as "X"', () => {
    const e = c.entities.resolveName('Lumen Platforms');
    expect(e?.type).toBe('organisation');
    expect(c.entities.resolveName('Lumen')?.id).toBe(e!.id);
  });
  it('"who is Lumen\'s general counsel?" asks for a title no one holds, not about Lumen', () => {
    const a = answer(c, "Who is Lumen's general counsel?", '2025-06-01');
    expect(a.found).toBe(false);
    expect(a.notes[0]).toContain('general counsel');
  });
});

describe('heads told by "has run", "now run by", "continues to lead", and an acronym', () => {
  const c = corpus({
    'topic.yaml': 'name: Lumen Apps\n',
    'a.md': md('Lab chief to leave', '2025-04-01',
      'Ada Quill has run BLR, the Basic Lumen Research lab, since 2023. She will leave in May.\n\n' +
        'Ada Quill said Basic Lumen Research had done its best work.'),
    'b.md': md('New lab head', '2025-05-27',
      'BLR, the long-term research lab now run by Odo Vance, stays outside the new teams.\n\n' +
        'Odo Vance continues to lead Basic Lumen Research.'),
  });
  it('"BLR" is "Basic Lumen Research", its initials', () => {
    expect(c.entities.resolveName('BLR')?.id).toBe(c.entities.resolveName('Basic Lumen Research')!.id);
  });
  it('who-leads reads the head from "now run by" and "continues to lead", the earlier one from "has run … since"', () => {
    const a = answer(c, 'who-leads BLR', '2025-06-01');
    expect(a.heading).toContain('Odo Vance');
    expect(renderText(a)).toContain('Ada Quill (head, 2023');
    expect(answer(c, 'who-leads BLR', '2025-04-20').heading).toContain('Ada Quill');
  });
  it('"who took X\'s place?" is a question about the successor', () => {
    expect(renderText(answer(c, "Who took Ada Quill's place running BLR?", '2025-06-01'))).toContain('Odo Vance');
  });
});

describe('other words for the same news', () => {
  const c = corpus({
    'topic.yaml': 'name: Lumen Apps\n',
    'a.md': md('Lumen trims staff', '2024-04-18',
      'Lumen Apps is cutting roughly 10% of its workforce, a little more than 20 employees, in a restructuring announced on Thursday.\n\n' +
        'Fewer than 5% of its daily users are bots, the company said.'),
    'b.md': md('Lumen funding', '2024-06-25',
      'Lumen Apps raised $80 million on Tuesday in a round led by Kestrel Ventures. Kestrel Ventures holds about 9 million Lumen Apps shares, worth roughly $40 million.'),
  });
  it('"lay off" finds "is cutting … employees", and "in April" the sentence dated then', () => {
    expect(renderText(answer(c, 'How many staff did Lumen Apps lay off in April?', '2024-12-01'))).toContain('a little more than 20 employees');
  });
  it('a percentage is no count: "how many daily users" is not answered by "fewer than 5%"', () => {
    expect(answer(c, 'How many daily users does Lumen Apps have?', '2024-12-01').found).toBe(false);
  });
  it('"how big was Kestrel\'s stake?" is an amount, and "Kestrel" is "Kestrel Ventures"', () => {
    expect(renderText(answer(c, "How big was Kestrel's stake in Lumen Apps?", '2024-12-01'))).toContain('$40 million');
  });
  it('"timeline funding" takes the round it raised', () => {
    expect(renderText(answer(c, 'timeline Lumen Apps funding', '2024-12-01'))).toContain('raised $80 million');
  });
});

describe('a German article, a coach, and "him"', () => {
  const c = corpus({
    'topic.yaml': 'name: Rivertown FC\n',
    'a.md': md('Rivertown sack Ode', '2022-09-07',
      'Rivertown FC sacked head coach Tomas Ode on Wednesday after a defeat in Zagreb.\n\n' +
        'Ode, the club\'s former striker, was coach from 2019 until he was replaced by Ivo Brandt. He has been out of work since Hillfield dismissed him in January.'),
    'b.txt': 'Tomas Ode wird Trainer des FC Nordstadt\nFreitag, 24. März 2023\nQuelle: Sportblatt\n\n' +
      'Der FC Nordstadt München hat Tomas Ode als neuen Cheftrainer verpflichtet. Der Verein teilte mit, der Vertrag laufe bis 2025.\n',
  });
  const ode = () => c.entities.resolveName('Tomas Ode')!.id;
  it('"X als neuen Cheftrainer verpflichtet": a head post, and "FC Nordstadt München" is learned from German prose', () => {
    expect(c.roles.some((r) => r.person === ode() && r.title === 'head' && c.passages[r.passage].text.includes('Cheftrainer'))).toBe(true);
    expect(c.entities.resolveName('FC Nordstadt München')?.type).toBe('organisation');
  });
  it('"He … since Hillfield dismissed him": the one the sentence before opened on left', () => {
    expect(c.events.some((e) => e.kind === 'end' && e.person === ode() && c.passages[e.passage].text.includes('Hillfield'))).toBe(true);
    expect(renderText(answer(c, 'person T. Ode', '2023-12-01'))).toContain('Nordstadt');
  });
});

describe('who a verb is about: relative clauses, object pronouns, seats, a new job after leaving', () => {
  const c = corpus({
    'topic.yaml': 'name: Ruritania government\n',
    'a.md': md('Reshuffle', '2022-10-20',
      'Ada Pike, known as Addy, was first elected MP for North East Fenland in 2010, and Mr Brandt promoted her to foreign secretary in 2021.\n\n' +
        'Carl Vos, who had been transport secretary under Otto Brandt, was brought in to replace her at the Home Office.'),
    'b.md': md('Pike leaves the ministry', '2023-05-02', 'Ada Pike left the Foreign Office on Tuesday.'),
    'c.md': md('Pike joins Kestrel Bank', null, 'Kestrel Bank said on Thursday that it had hired Ada Pike as its chief adviser. Pike left the Foreign Office in May.'),
  });
  const id = (n: string) => c.entities.resolveName(n)!.id;
  it('"X, who had been … under Y, was brought in": X starts, not Y; "Y promoted her": she does', () => {
    const starts = c.events.filter((e) => e.kind === 'start').map((e) => e.person);
    expect(starts).toContain(id('Carl Vos'));
    expect(starts).toContain(id('Ada Pike'));
    expect(starts).not.toContain(id('Otto Brandt'));
  });
  it('"MP for North East Fenland": a seat, not a person', () => {
    expect(c.entities.resolveName('North East Fenland')?.type ?? 'organisation').toBe('organisation');
  });
  it('"what is X doing now?" finds the new job after the last leaving, even in an undated article', () => {
    expect(answer(c, 'What is Ada Pike doing now?', '2023-12-01').items[0].text).toContain('Kestrel Bank');
    expect(id('Addy Pike')).toBe(id('Ada Pike'));
  });
});

describe('a headline names the person the body calls by title', () => {
  const c = corpus({
    'topic.yaml': 'name: Lumen Labs\n',
    'a.md': md('Ines Voss remains chief AI scientist', '2025-08-21', 'Ines Voss remains Lumen\'s chief AI scientist.'),
    'b.md': md('Ines Voss confirms she will leave Lumen to start a company', '2025-11-20',
      'Lumen\'s chief AI scientist said on Wednesday that she will leave the company at the end of the year to found a start-up.\n\n' +
        'Odo Vance, Lumen\'s chief scientist, said the lab would go on.'),
  });
  it('"Lumen\'s chief AI scientist said she will leave" is Ines Voss leaving; an apposition names someone else', () => {
    const voss = c.entities.resolveName('Ines Voss')!.id;
    const leaving = c.events.filter((e) => e.kind === 'end' && e.person === voss).map((e) => c.passages[e.passage].text);
    expect(leaving.join(' ')).toContain('found a start-up');
    const odo = c.passages.find((p) => p.text.startsWith('Odo Vance'))!;
    expect(c.mentions[odo.id].map((m) => m.id)).not.toContain(voss);
    expect(renderText(answer(c, 'person Voss', '2025-12-01'))).toContain('found a start-up');
  });
  it('"a ballot … to decide who succeeds X as leader" gives no one the post', () => {
    const g = corpus({
      'topic.yaml': 'name: Ruritania government\n',
      'a.md': md('Final two', '2022-07-20', 'Ana Rhee and Ivo Lund will face a ballot of members to decide who succeeds Otto Brandt as party leader and prime minister.'),
    });
    expect(g.roles.filter((r) => r.title === 'prime minister').map((r) => g.entities.get(r.person)?.name)).not.toContain('Ivo Lund');
  });
});

describe('names that run across "of" and "and", a generation, and a curated name', () => {
  const c = corpus({
    'topic.yaml': 'name: Lumen AI\naliases: [LAI]\n',
    'a.md': md('Lumen AI hires', '2024-03-19',
      'Because Lumen did not buy the company, the deal was not reported. The Competition and Markets Authority said on Tuesday it would review the hire.\n\n' +
        'John J. Ray III was named chief executive of Lumen AI. Ray said the University of Westmarch had trained him; the Bank of Westmarch financed the deal.\n\n' +
        'Lumen said Lumen AI would grow. Ray III joined from Kestrel Bank.'),
  });
  const type = (n: string) => c.entities.resolveName(n)?.type;
  it('"Because" opens a sentence, not a name; public bodies and "X of Y" institutions are whole organisations', () => {
    expect(c.entities.entities.some((e) => e.aliases.some((a) => a.startsWith('Because')))).toBe(false);
    expect(type('Competition and Markets Authority')).toBe('organisation');
    expect(type('University of Westmarch')).toBe('organisation');
    expect(type('Bank of Westmarch')).toBe('organisation');
  });
  it('"John J. Ray III" is a person, and "Lumen AI" from topic.yaml is matched whole', () => {
    expect(type('John J. Ray III')).toBe('person');
    expect(answer(c, 'who-leads', '2024-06-01').heading).toContain('Ray III (CEO');
    expect(c.entities.resolveName('Ray III')?.id).toBe(c.entities.resolveName('John J. Ray III')?.id);
  });
});

describe('amounts about a person, and what came after leaving', () => {
  const c = corpus({
    'topic.yaml': 'name: Lumen AI\n',
    'a.md': md('Lumen hires Vera Kos', '2024-03-19',
      'Lumen hired Vera Kos, the co-founder of Kestrel Labs, and paid Kestrel Labs about $620 million to license its models.\n\n' +
        'Ivo Lund, head of search, said on Tuesday he would leave Lumen.'),
    'b.md': md('Lund joins Brightwater', '2024-06-12', 'Ivo Lund has joined Brightwater Systems as its chief technology officer, the company said on Wednesday.'),
  });
  it('"how much is Lumen paying Vera Kos?" is not answered by what Lumen paid Kestrel Labs', () => {
    expect(answer(c, 'How much is Lumen paying Vera Kos?', '2024-12-01').found).toBe(false);
  });
  it('"what did X do after leaving?" answers with the later move, not the leaving', () => {
    const a = answer(c, 'What job did Ivo Lund take after leaving Lumen?', '2024-12-01');
    expect(a.items[0].text).toContain('Brightwater Systems');
    expect(a.items.map((i) => i.text).join(' ')).not.toContain('would leave');
  });
});

describe('initials, a court case, and a successor dated to the month', () => {
  const c = corpus({
    'topic.yaml': 'name: Kestrel Exchange\n',
    'a.md': md('Exchange founder arrested', '2022-12-13',
      'Tomas Vale-Brandt (TVB), the founder of Kestrel Exchange, was arrested in Nassau on Monday evening.\n\n' +
        'TVB had led the exchange since 2019.'),
    'b.md': md('Recap', '2024-11-25',
      '- November 21, 2023: Ada Rhee pleaded guilty and stepped down as chief executive of Lumen Pay; Ivo Lund succeeded her.\n' +
        '- Lumen Pay chief executive: Ivo Lund (since November 2023), succeeding Ada Rhee (AR).\n' +
        '- March 28, 2024: Tomas Vale-Brandt was sentenced to 25 years in prison.'),
  });
  it('"TVB" and "AR" are the people whose initials they spell', () => {
    expect(c.entities.resolveName('TVB')?.id).toBe(c.entities.resolveName('Tomas Vale-Brandt')!.id);
    expect(c.entities.resolveName('AR')?.id).toBe(c.entities.resolveName('Ada Rhee')!.id);
  });
  it('arrested, pleaded guilty and sentenced are dated changes in the timeline', () => {
    const t = renderText(answer(c, 'timeline', '2024-12-01'));
    expect(t).toContain('was arrested in Nassau');
    expect(t).toContain('sentenced to 25 years');
  });
  it('"who took over from AR at Lumen Pay?" names Ivo Lund', () => {
    expect(renderText(answer(c, 'who took over from AR at Lumen Pay?', '2024-12-01'))).toContain('Ivo Lund');
  });
});

describe('a name glued to a German noun, "then the group\'s" post, and the CEO of a brand', () => {
  const c = corpus({
    'topic.yaml': 'name: Kestrel Motors\n',
    'a.md': md('Kestrel ousts Ivo Brandt', '2022-07-22', 'Kestrel Motors pushed out chief executive Ivo Brandt on Friday. Ivo Brandt had run Kestrel Motors since 2018.'),
    'b.md': md('Software unit', null, 'The software unit grew out of a team that Ivo Brandt, then the group\'s chief executive, set up in 2020. Its delays hit Falcon, whose new models slipped. Falcon sells more cars in China.'),
    'c.txt': 'Ex-Kestrel-Chef Brandt übernimmt Aufsichtsratsvorsitz bei Halbwerk\n17.02.2023, 14:20 Uhr\nHalbleiter Heute\n\n' +
      'München – Der frühere Kestrel-Vorstandsvorsitzende Ivo Brandt ist neuer Aufsichtsratschef des Chipkonzerns Halbwerk AG. Die Hauptversammlung wählte ihn am Donnerstag.\n',
  });
  it('"Der frühere Kestrel-Vorstandsvorsitzende Ivo Brandt ist neuer Aufsichtsratschef": Ivo Brandt, a chair now, the CEO post past', () => {
    const brandt = c.entities.resolveName('Ivo Brandt')!.id;
    const here = c.roles.filter((r) => r.person === brandt && c.passages[r.passage].text.includes('Aufsichtsratschef'));
    expect(here.find((r) => r.title === 'chair')?.past).toBe(false);
    expect(here.find((r) => r.title === 'CEO')?.past).toBe(true);
  });
  it('"who is the CEO of Falcon?" is not the group\'s chief executive named beside it', () => {
    expect(answer(c, 'Who is the CEO of Falcon?', '2023-12-01').found).toBe(false);
  });
});

describe('a team that reports to someone above its own head', () => {
  const c = corpus({
    'topic.yaml': 'name: Qorvo Lab\n',
    'a.md': md('New head', '2026-05-15', 'Lin Dao was named head of the Qorvo Lab team on May 14. Lin Dao has led Qorvo Lab\'s pre-training work since 2023.'),
    'b.md': md('New unit', '2026-08-14', 'Grace Tan to run new model business, report to CEO\n\nThe Qorvo Lab team will report to Tan starting Sept. 1, the memo showed.'),
  });
  it('who-leads names the team\'s own head, and the one it reports to apart', () => {
    const a = answer(c, 'who-leads', '2026-10-01');
    expect(a.heading).toContain('Lin Dao (head, claimed since 2026-05-14)');
    expect(a.items.find((i) => i.text.startsWith('Grace Tan'))?.section).toBe('Qorvo Lab reports to');
  });
});

describe('sign off, come from, and do the sources disagree', () => {
  const c = corpus({
    'topic.yaml': 'name: Lumen Labs\n',
    'a.md': md('Chief leaves', '2026-03-05', 'Lumen CEO Ada Rhee has approved the resignation of lab leader Ivo Lund, while bringing in former Kestrel Robotics scientist Vera Kos.'),
    'b.md': md('Strategy', '2026-03-06', 'Ada Rhee, the chief executive of Lumen Labs, said the lab would keep hiring. While maintaining its open-source model approach, Lumen Labs will keep hiring.', 'Bow Finance'),
    'c.md': md('Pivot', '2026-04-15', 'Lumen Labs signals a strategic pivot away from open-source development toward paid products.'),
  });
  it('"who signed off on X\'s resignation?" finds who approved it', () => {
    expect(renderText(answer(c, 'who signed off on Ivo Lunds resignation', '2026-05-01'))).toContain('Ada Rhee has approved');
  });
  it('"where did X come from?" finds where X worked before', () => {
    expect(renderText(answer(c, 'Where did Vera Kos come from?', '2026-05-01'))).toContain('Kestrel Robotics');
  });
  it('"do the sources disagree about open source?" shows both sides, cited from 1', () => {
    const a = answer(c, 'do the sources disagree about whether Lumen Labs stays open source?', '2026-05-01');
    const text = renderText(a);
    expect(text).toContain('maintaining its open-source');
    expect(text).toContain('pivot away from open-source');
    expect([...new Set(a.citations.map((x) => x.n))]).toEqual([1, 2]);
  });
});

describe('"Vincent Gao Yuchen" and a gerund before a name', () => {
  const c = corpus({
    'topic.yaml': 'name: Qorvo Lab\n',
    'a.md': md('Coder lead quits', '2026-06-22', 'Vincent Gao, who led the coder team, left in June to join Beiming AI. Gao wrote on X that it was his last day.'),
    'b.md': md('Explainer', '2026-09-20', 'The most senior was Vincent Gao Yuchen, who led the coder team. Losing Vincent Gao hurt the team.'),
  });
  it('one person under "Vincent Gao", "Vincent Gao Yuchen" and "Gao Yuchen"; "Losing" is no part of the name', () => {
    const id = c.entities.resolveName('Vincent Gao')!.id;
    expect(c.entities.resolveName('Vincent Gao Yuchen')?.id).toBe(id);
    expect(c.entities.resolveName('Gao Yuchen')?.id).toBe(id);
    expect(c.entities.get(id)!.aliases.some((a) => a.startsWith('Losing'))).toBe(false);
    expect(answer(c, 'who Gao', '2026-10-01').heading).toContain('Vincent Gao');
  });
});

describe('who took over: a succession told with a pronoun, and a head replaced without leaving', () => {
  const c = corpus({
    'topic.yaml': 'name: Qorvo Lab\n',
    'a.md': md('Kestrel names CEO', '2024-03-19', 'Kestrel AI today announced that Sean Rowe has been appointed chief executive officer. He succeeds co-founder Ada Rhee, who is leaving the company.'),
    'b.md': md('Oversight', '2026-03-06', 'Ivo Lund, the chief technology officer, took temporary charge of the Qorvo Lab team.'),
    'c.md': md('New head', '2026-05-15', 'Lin Dao was named head of the Qorvo Lab team on May 14, ending the temporary oversight by Ivo Lund.'),
  });
  it('"who took over from Rhee at Kestrel AI?" shows "He succeeds …" with the sentence that names him', () => {
    const text = renderText(answer(c, 'Who took over from Rhee at Kestrel AI?', '2024-12-01'));
    expect(text).toContain('Sean Rowe has been appointed');
    expect(text).toContain('He succeeds');
  });
  it('"who took over the Qorvo Lab team from Ivo Lund?" and "is Ivo Lund still running it?" name Lin Dao', () => {
    expect(renderText(answer(c, 'Who took over the Qorvo Lab team from Ivo Lund?', '2026-10-01'))).toContain('Lin Dao');
    expect(renderText(answer(c, 'Is Ivo Lund still running the Qorvo Lab team?', '2026-10-01'))).toContain('Lin Dao');
  });
});

describe('sources <name> <words>: the articles naming them that speak of those words', () => {
  const c = corpus({
    'topic.yaml': 'name: Lumen AI\n',
    'a.md': md('Kestrel model', '2024-03-07', 'Kestrel AI said its new model was close to the best.'),
    'b.md': md('UK review', '2024-07-16', 'The UK competition regulator opened a formal review of the Kestrel AI deal.'),
    'c.md': md('Kestrel founder departs', '2024-05-14', 'Ada Rhee is departing Kestrel AI, the company said.'),
  });
  it('narrows to the review, and "leaving" finds "departing"', () => {
    const review = answer(c, 'sources UK competition review of the Kestrel AI deal', '2024-12-01');
    expect(review.items.map((i) => i.text).join(' ')).toContain('UK review');
    expect(review.items).toHaveLength(1);
    expect(answer(c, 'sources Kestrel AI leaving', '2024-12-01').items.map((i) => i.text).join(' ')).toContain('Kestrel founder departs');
  });
});

describe('a fight for control is news, and its timeline keeps the person\'s events from articles about it', () => {
  const c = corpus({
    'topic.yaml': 'name: Lumen Media\n',
    'a.md': md('Proxy fight opens', '2023-01-17', 'Ivo Brandt formally opened a proxy fight at Lumen Media on Tuesday.'),
    'b.md': md('Recap', '2024-04-05', '- February 9, 2023: Ivo Brandt ended his proxy fight.\n- April 3, 2024: shareholders rejected the nominees, Ivo Brandt and Ada Rhee.'),
  });
  it('timeline <person> proxy fight has the opening, the end and the vote', () => {
    const t = renderText(answer(c, 'timeline Ivo Brandt proxy fight', '2024-12-01'));
    expect(t).toContain('opened a proxy fight');
    expect(t).toContain('ended his proxy fight');
    expect(t).toContain('rejected the nominees');
  });
});

describe('how many: the count beside its noun, not a date or anonymous sources', () => {
  const c = corpus({
    'topic.yaml': 'name: Qorvo Lab\n',
    'a.md': md('Lab loses staff', '2026-06-22', 'The Qorvo Lab team has lost several researchers since March, according to three people familiar with the matter.\n\n7月6日，谭明轩加入Qorvo Lab。'),
    'b.md': md('Q&A with Tan', '2026-10-19', 'Q: How big is the Qorvo Lab team now?\n\nA: A little over 350 people, across pre-training and agents.'),
  });
  it('"how many people work on the team?" is the 350, not "three people familiar" nor "7月"', () => {
    const a = answer(c, 'How many people work on the Qorvo Lab team?', '2026-12-01');
    expect(a.items[0].text).toContain('350 people');
    expect(a.items.map((i) => i.text).join(' ')).not.toContain('three people familiar');
  });
});

describe('review: inputs that went wrong', () => {
  const c = corpus({
    'topic.yaml': 'name: Lumen Media\n',
    'a.md': md('Lumen news', '2024-03-01',
      'Dan Rather said the report was fair. Shares in Just Eat Takeaway fell. Boeing Commercial Airplanes said deliveries rose. ' +
        'Kevin Mayer led Lumen Media\'s acquisition of Fox in 2019. Rishi Sunak discussed the war with Ukraine\'s president on Tuesday.'),
  });
  it('openers split no name inside it; a company name ending in -ing is kept; "led X\'s acquisition" heads nothing; "war" is no German verb', () => {
    expect(c.entities.resolveName('Dan Rather')?.type).toBe('person');
    expect(c.entities.entities.some((e) => e.name === 'Eat Takeaway')).toBe(false);
    expect(c.entities.entities.some((e) => e.name === 'Commercial Airplanes')).toBe(false);
    const mayer = c.entities.resolveName('Kevin Mayer')!.id;
    expect(c.roles.filter((r) => r.person === mayer && r.head)).toEqual([]);
    const sunak = c.entities.resolveName('Rishi Sunak')!.id;
    expect(c.roles.filter((r) => r.person === sunak && r.title === 'president')).toEqual([]);
  });
  it('"a conflict of interest" is no question about the sources disagreeing', () => {
    expect(answer(c, 'Is there a conflict of interest for Kevin Mayer?', '2024-06-01').heading).not.toContain('sources disagree');
  });
});

describe('"it" after an opening phrase refers back to the organisation', () => {
  const c = corpus({
    'topic.yaml': 'name: Lumen AI\n',
    'a.md': md('Kestrel AI model', '2024-03-07',
      'Kestrel AI was founded in 2022 by Ada Rhee. Last June it raised $1.3 billion in a round led by Lumen Corp, with Bill Gates among the backers.'),
  });
  it('"how much had Kestrel AI raised?" finds "Last June it raised $1.3 billion"', () => {
    expect(renderText(answer(c, 'How much funding had Kestrel AI raised before the Lumen deal?', '2024-12-01'))).toContain('$1.3 billion');
  });
});

describe('a yes/no answer with what the article says of that event later', () => {
  const c = corpus({
    'topic.yaml': 'name: Lumen Labs\n',
    'a.md': md('Board expands', '2024-03-09',
      'Ada Rhee is reinstated as a board member and three new directors are appointed.\n\nProfiles follow.\n\nThe summary states that the reinstatement follows an investigation by the law firm Kestrel Hale.'),
  });
  it('"did Ada Rhee get her board seat back?" also shows the sentence taking up "the reinstatement"', () => {
    expect(renderText(answer(c, 'Did Ada Rhee get her seat on the board back?', '2024-06-01'))).toContain('Kestrel Hale');
  });
});

describe('a nickname the text gives, and a sanction as news', () => {
  const c = corpus({
    'topic.yaml': 'name: Lumen Apps\n',
    'a.md': md('Profile', '2025-06-01', 'Ivo Brandt has spent a decade as the face of Lumen, so well known for his hair that fans call him Hair Force One. He now runs the AI group.'),
    'b.md': md('Bans', '2016-01-02', '- December 21, 2015: Ivo Brandt and Ada Rhee were banned from football for eight years.'),
  });
  it('"fans call him Hair Force One" is another name for Ivo Brandt; "were banned" is a dated change', () => {
    expect(c.entities.resolveName('Hair Force One')?.id).toBe(c.entities.resolveName('Ivo Brandt')!.id);
    expect(renderText(answer(c, 'timeline', '2026-01-01'))).toContain('banned from football for eight years');
  });
});

describe('who held a post before someone', () => {
  const c = corpus({
    'topic.yaml': 'name: Kestrel Motors\n',
    'a.md': md('Council head', '2022-09-02', 'Ada Rhee became head of the Kestrel works council in 2021. Ivo Lund, the chief executive, praised her.'),
    'b.txt': 'Neuanfang im Betriebsrat\n02.09.2022\nQuelle: Nordkurier\n\nAda Rhee führt den Betriebsrat seit April 2021. Sie trat die Nachfolge von Bernd Osterloh an, der fast 16 Jahre an der Spitze stand.\n',
    'c.md': md('Lab head', '2025-10-16', 'Ke Yang was put in charge of the group known as AKI, after Robby Walker, who had led it, said he would leave.'),
  });
  it('"who headed the works council before Ada Rhee?" names Bernd Osterloh, from the German article', () => {
    expect(renderText(answer(c, 'Who headed the works council before Ada Rhee?', '2023-01-01'))).toContain('Bernd Osterloh');
  });
  it('"who ran the AKI team before Ke Yang?" finds "after Robby Walker, who had led it"', () => {
    expect(renderText(answer(c, 'who ran the AKI team before Ke Yang', '2025-12-01'))).toContain('Robby Walker');
  });
});

describe('"when did X join Y?" needs a sentence telling the joining', () => {
  const c = corpus({
    'topic.yaml': 'name: Lumen AI\n',
    'a.md': md('Lab head leaves', '2025-10-16', 'Ke Yang was put in charge of the AKI group at Lumen, after Robby Walker, who had led it, said earlier this month that he would leave the company.'),
  });
  it('abstains when no source tells when Walker joined, though Walker, Lumen and a date share a sentence', () => {
    expect(answer(c, 'when did robby walker join lumen', '2025-12-01').found).toBe(false);
  });
});

describe('yes/no evidence either way: a denial', () => {
  const c = corpus({
    'topic.yaml': 'name: Lumen Labs\n',
    'a.md': md('Talent raid', '2025-06-27', 'Ada Rhee said Lumen Labs had been offering $100 million signing bonuses to her staff.\n\nBut Ivo Lund denied receiving a $100 million sign-on bonus from Lumen Labs and called the reports "fake news".'),
  });
  it('"Did Lumen really offer $100 million signing bonuses?" shows the claim and the denial', () => {
    const text = renderText(answer(c, 'Did Lumen Labs really offer $100 million signing bonuses?', '2025-12-01'));
    expect(text).toContain('offering $100 million signing bonuses');
    expect(text).toContain('fake news');
  });
});

describe('"M. Elizabeth Magill" is Liz Magill', () => {
  const c = corpus({
    'topic.yaml': 'name: Northwind University\n',
    'a.md': md('President under fire', '2023-12-06', 'Liz Magill, the president of Northwind University, testified on Tuesday.'),
    'b.txt': 'Magill resigns\nSaturday, December 9, 2023\nThe Ledger\n\nM. Elizabeth Magill resigned as president of Northwind University on Saturday.\n',
  });
  it('the initial and the full given name find the short form\'s person', () => {
    const id = c.entities.resolveName('Liz Magill')!.id;
    expect(c.events.some((e) => e.kind === 'end' && e.person === id && c.passages[e.passage].text.startsWith('M. Elizabeth Magill'))).toBe(true);
  });
});

describe('names and heads read from apposition, openers and pronouns (a fictional robotics maker)', () => {
  const c = corpus({
    'topic.yaml': 'name: Zylo Robotics\naliases: [Zylo]\n',
    'a.md': md('Zylo hires a vision chief', '2025-03-08',
      'Three Zylo items this week.\n\n' +
        'The work sits in the perception organisation run by Tomas Ardent, the senior vice president who joined Zylo from Quorra in 2018 and who oversees Nimbus as well as the robot arms.\n\n' +
        'Zylo also said it had hired Imre Valkonen as vice president of vision. Valkonen will report to Ardent and will lead Zylo Vision Models, research and safety. ' +
        'Valkonen comes from Quorra, where he was head of engineering.\n\n' +
        'Imre Valkonen spent most of his career at Quorra.'),
    'b.txt': 'Zylo ficha a Imre Valkonen\n9 de marzo de 2025\nEl Diario\n\nZylo ha fichado a Imre Valkonen, hasta ahora directivo en Quorra.\n',
    'c.md': md('A profile of Dana Pike', null,
      'Dana Pike has built robots at Zylo for two decades. He runs the teams behind Orbit and Pulse. Pike rarely gives interviews.'),
    'd.md': md('Zylo results', '2025-04-02', 'Zylo said on Tuesday its sales rose, helped by Nimbus, its home robot. Analysts at Quorra said Zylo had a strong quarter. Zylo shares rose. Nimbus shipped in 2024.'),
  });
  const type = (name: string) => c.entities.resolveName(name)?.type;

  it('a count opening a sentence is no part of a name; "a Imre Valkonen" in Spanish does not make him an organisation', () => {
    expect(c.entities.entities.some((e) => /^Three\b/.test(e.name))).toBe(false);
    expect(type('Imre Valkonen')).toBe('person');
  });

  it('"will lead Zylo Vision Models": the title word is a verb there, and what starts with the company is an organisation', () => {
    expect(type('Zylo Vision Models')).not.toBe('person');
  });

  it('"X, the senior vice president who … and who oversees Nimbus" makes X the head of Nimbus', () => {
    const text = renderText(answer(c, 'who-leads Nimbus', '2025-03-10'));
    expect(text).toContain('Tomas Ardent');
    expect(text).toContain('who oversees Nimbus');
  });

  it('"runs the teams behind Orbit and Pulse" heads no organisation the article names', () => {
    const pike = c.entities.resolveName('Dana Pike')!.id;
    expect(c.roles.some((r) => r.person === pike && r.org !== null && !r.org.startsWith('other:'))).toBe(false);
    expect(renderText(answer(c, 'who-leads Zylo', '2025-05-01'))).not.toContain('Dana Pike');
  });
});

describe('a Chinese name in characters, with no English beside it (a fictional tea company)', () => {
  const c = corpus({
    'a.md': md('Leafline names a new chief', '2024-05-02',
      'Leafline said on Thursday that Kevin Zhao will become chief executive. Zhao, whose Chinese name is Zhao Ruolan, joined Leafline in 2009.\n\n' +
        'Zhao replaces Lin Dongmei, better known as Mary Lin, who retires in June. Zhao will report to the chair, Wang Haiyang.'),
    'b.txt': '叶线公司任命新首席执行官\n2024年5月3日\n茶业观察\n\n叶线公司宣布，赵若兰将出任首席执行官，接替林东梅。赵若兰2009年加入公司。赵若兰将直接向董事长王海洋汇报。\n',
  });

  it('spells the English article\'s people in pinyin to find them in the Chinese one', () => {
    const zhao = c.entities.resolveName('Kevin Zhao')!;
    expect(c.entities.resolveName('赵若兰')?.id).toBe(zhao.id);
    expect(c.entities.resolveName('Zhao Ruolan')?.id).toBe(zhao.id);
    expect(c.entities.resolveName('林东梅')?.id).toBe(c.entities.resolveName('Mary Lin')!.id);
    const text = renderText(answer(c, 'who 赵若兰', '2024-06-01'));
    expect(text).toContain('赵若兰将出任首席执行官');
    expect(text).toContain('Kevin Zhao');
  });

  it('"赵若兰将直接向董事长王海洋汇报": the one reporting is Zhao, named before 向', () => {
    const p = c.passages.find((x) => x.text.includes('汇报'))!;
    const reports = c.events.filter((e) => e.passage === p.id && e.kind === 'reports');
    expect(reports.map((e) => e.person)).toEqual([c.entities.resolveName('Kevin Zhao')!.id]);
  });

  it('a name typed in characters finds the person the articles name only in pinyin', () => {
    const lin = corpus({ 'a.md': md('Leafline', '2024-05-02', 'Leafline chief executive Mary Lin, whose Chinese name is Lin Dongmei, retired.') });
    expect(lin.entities.resolveName('林东梅')?.name).toBe('Mary Lin');
    expect(lin.entities.resolveName('林东海')).toBeNull();
  });

  it('keeps whole the Chinese sentence that names a date (it is no dateline)', () => {
    expect(c.passages.some((p) => p.text === '赵若兰2009年加入公司。')).toBe(true);
  });
});

describe('one person spelt two ways', () => {
  const c = corpus({
    'a.md': md('Quill names a finance chief', '2024-01-10', 'Quill Paper said Nora Lindqvist will be its chief financial officer. Nora Lindqvist joined Quill in 2015. Lindqvist was treasurer.'),
    'b.md': md('Quill results', '2024-02-10', 'Chief executive Ivo Marsh and Nora Lindqvist presented the results. Nora Lindqvist said costs fell.'),
    'c.md': md('Quill weekly', '2024-03-01', 'Finance chief Nora Lindquist is preparing a strategy update. Anna Berg and Anna Borg both spoke at the event.'),
  });

  it('a sentence\'s date for the person asked about is his, not one in another\'s relative clause; "last month" agrees with January 17', () => {
    const two = corpus({
      'd.md': md('Quill confirms its finance chief', '2024-02-02', 'Nora Lindqvist, who joined Quill in 2015, stepped in for Ivo Marsh, who was named permanent chief executive last month.'),
      'e.md': md('Quill recap', '2024-03-05', 'January 17, 2024: Ivo Marsh was named permanent chief executive.'),
    });
    const a = answer(two, 'when was ivo marsh named permanent chief executive', '2024-06-01');
    expect(renderText(a)).toContain('January 17, 2024: Ivo Marsh was named permanent chief executive.');
    expect(renderText(a)).toContain('stepped in for Ivo Marsh');
    expect(a.notes.join(' ')).not.toMatch(/differ/);
  });

  it('a rare spelling a letter from a frequent one is the same person; two short surnames stay two people', () => {
    expect(c.entities.resolveName('Nora Lindquist')?.id).toBe(c.entities.resolveName('Nora Lindqvist')!.id);
    expect(c.entities.entities.filter((e) => /^Anna B[eo]rg$/.test(e.name)).map((e) => e.name).sort()).toEqual(['Anna Berg', 'Anna Borg']);
  });
});

describe('"who … before X?" names whom X followed, or says no source does', () => {
  const c = corpus({
    'topic.yaml': 'name: Quill Paper\naliases: [Quill]\n',
    'a.md': md('Quill names a finance chief', '2024-09-19', 'Quill appointed Nora Lindqvist as interim chief financial officer, filling the post vacated when finance chief Ivo Marsh stepped up to run the company.'),
    'b.md': md('Quill profile', '2024-10-01', 'Ivo Marsh was the company\'s chief financial officer from July 2020. He joined Quill in 2001.'),
  });

  it('abstains when the only other CFO named came after him', () => {
    const a = answer(c, "who was quill's cfo before ivo marsh", '2024-12-01');
    expect(a.found).toBe(false);
    expect(renderText(a)).toContain('No source says who came before Ivo Marsh as CFO');
  });
});

describe('a region\'s people in two words is no one\'s name', () => {
  const c = corpus({
    'a.md': md('Quill profile', '2024-10-01', 'Over two decades Ivo Marsh worked as finance chief for Quill\'s North American paper business and its South Korean plants. He joined Quill in 2001.'),
  });
  it('"North American", "South Korean" are not people', () => {
    expect(c.entities.entities.filter((e) => /American|Korean/.test(e.name))).toEqual([]);
    expect(c.roles.every((r) => r.person === c.entities.resolveName('Ivo Marsh')!.id)).toBe(true);
  });
});

describe('a Korean name in Hangul, with no English beside it (a fictional shipyard)', () => {
  const c = corpus({
    'a.md': md('Haneul Heavy names a chief', '2024-05-02', 'Haneul Heavy said on Thursday that Park Ji-hoon will become chief executive, replacing Lee Seung-woo. Park joined the shipyard in 2004.'),
    'b.txt': '하늘중공업 새 대표\n2024년 5월 3일\n조선일보 경제\n\n하늘중공업은 박지훈 부사장을 대표이사로 선임했다. 이승우 대표는 물러난다.\n',
  });
  it('hears the English article\'s people in the Korean one', () => {
    expect(c.entities.resolveName('박지훈')?.id).toBe(c.entities.resolveName('Park Ji-hoon')!.id);
    expect(c.entities.resolveName('이승우')?.id).toBe(c.entities.resolveName('Lee Seung-woo')!.id);
    expect(renderText(answer(c, 'who 박지훈', '2024-06-01'))).toContain('박지훈 부사장을 대표이사로 선임했다');
  });
});

describe('"why did X leave?" finds a cause told paragraphs after the leaving', () => {
  const c = corpus({
    'a.md': md('Quill chief steps down', '2024-04-30',
      'Quill Paper\'s chief executive Ivo Marsh stepped down on Monday, ending a turbulent run at the top of the company.\n\n' +
        'The board named three division heads to run Quill for now.\n\nShares rose 3%.\n\nQuill makes paper and packaging.\n\n' +
        'People familiar with the matter said Marsh had clashed with the chair, Nora Lindqvist, over a proposed merger, and that she had lost confidence in him.'),
  });
  it('shows the cause, four paragraphs on', () => {
    expect(renderText(answer(c, 'why did marsh leave quill', '2024-06-01'))).toContain('Marsh had clashed with the chair');
  });
});

describe('titles before names, and a namesake named in passing (a fictional republic)', () => {
  const c = corpus({
    'a.md': md('Min Tae-ho sworn in as president', '2025-06-04',
      'Min Tae-ho was sworn in as president of Veloria on Wednesday. Min won 49 percent of the vote.\n\n' +
        'Min took the oath at the National Assembly. Prime Minister Oh Sun-ja attended.\n\n' +
        'His inauguration ends the acting presidency of Education Minister Min Ha-eun, who had led the government since May 2.\n\n' +
        'Min, 61, lost the 2022 election by less than one point.'),
  });
  it('"Education Minister Min Ha-eun" is a person called Min Ha-eun; "Prime Minister" alone is no one', () => {
    expect(c.entities.resolveName('Min Ha-eun')?.type).toBe('person');
    expect(c.entities.entities.some((e) => /Minister/.test(e.name))).toBe(false);
  });
  it('"Min, 61, lost the 2022 election" is the president the article is about, not the minister named once in passing', () => {
    const p = c.passages.find((x) => x.text.startsWith('Min, 61'))!;
    expect(c.mentions[p.id].map((m) => m.id)).toEqual([c.entities.resolveName('Min Tae-ho')!.id]);
  });
});

describe('names typed in a question', () => {
  const c = corpus({
    'topic.yaml': 'name: Veloria\naliases: [Republic of Veloria]\n',
    'a.md': md('Veloria votes', '2025-06-04', 'South Velorians voted on Tuesday. Speaker Woo Won-shik opened the session. Woo Won-shik said the vote was fair. Veloria\'s president thanked South Velorians.'),
  });
  it('a name written exactly wins over one a typo away, and half of a hyphened given name is no name', () => {
    expect(c.entities.resolve('who leads veloria').ids).toContain('veloria');
    expect(c.entities.resolve('who won the election').ids).toEqual([]);
    expect(c.entities.resolveName('Woo Won-shik')?.type).toBe('person');
  });
});

describe('a past "now" and an undated profile; "left X as acting chief"', () => {
  const c = corpus({
    'topic.yaml': 'name: Quill Paper\naliases: [Quill]\n',
    'a.md': md('Quill names an acting chief', '2024-03-01', 'Quill Paper chief executive Ivo Marsh resigned on Friday. That left finance chief Nora Lindqvist as acting chief executive of Quill.'),
    'b.md': md('Quill picks a permanent chief', '2025-02-01', 'Quill Paper named Omar Reyes chief executive of Quill on Monday.'),
    'c.txt': 'The outsider who made it: Omar Reyes, from mill hand to chief executive of Quill\n\nOmar Reyes grew up near the mill.\n',
  });
  it('"That left Nora Lindqvist as acting chief executive" is no leaving of hers', () => {
    const nora = c.entities.resolveName('Nora Lindqvist')!.id;
    expect(c.events.some((e) => e.kind === 'end' && e.person === nora)).toBe(false);
  });
  it('in mid-2024 the head is the acting one the dated articles name, not the undated profile\'s', () => {
    const text = renderText(answer(c, 'who-leads', '2024-06-01'));
    expect(text).toMatch(/Who leads Quill Paper — Nora Lindqvist/);
    expect(renderText(answer(c, 'who-leads', '2025-06-01'))).toMatch(/Who leads Quill Paper — Omar Reyes/);
  });
});

describe('an opposition\'s posts, and a word capitalised only where every word is', () => {
  const c = corpus({
    'topic.yaml': 'name: Green League\naliases: [Greens]\n',
    'a.md': md('Greens name a front bench', '2024-11-06', 'Ada Voss has appointed Ben Ruiz as shadow chancellor. Turnout was 72 per cent. The Green League said its members voted.'),
    'b.md': md('Greens weekly', '2024-11-08', 'Ben Ruiz is shadow chancellor. Turnout was about 65 per cent, the Green League said.'),
  });
  it('"who is shadow chancellor" finds the shadow chancellor, not "No source names a chancellor"', () => {
    const text = renderText(answer(c, 'who is shadow chancellor', '2024-12-01'));
    expect(text).toContain('Ben Ruiz is shadow chancellor');
    expect(c.roles.some((r) => r.title === 'shadow chancellor')).toBe(true);
  });
  it('"Turnout", only ever capitalised at a sentence\'s start, is no organisation', () => {
    expect(c.entities.entities.some((e) => e.name === 'Turnout')).toBe(false);
  });
});

describe('sole titles, regnal names and a new name taken (a fictional church)', () => {
  const c = corpus({
    'topic.yaml': 'name: Order of Saint Ansel\naliases: [the Order]\n',
    'a.md': md('Abbot-general dies', '2025-04-21', 'Pope Clement, the abbot who led the Order of Saint Ansel for 12 years, died on Monday. Clement, who was born Marco Vitali in Turin, was 88.'),
    'b.md': md('A new pope for the Order', '2025-05-08', 'Cardinal Anna Berg Lindqvist was elected on Thursday and took the name Clement II, becoming the first woman to lead the Order of Saint Ansel. Anna Lindqvist had run the Order\'s school.'),
    'c.md': md('Quill profile', '2025-05-09', 'Stephanie Pope runs Quill. Pope joined Quill in 1999.'),
  });
  it('"Pope Clement" is a person called Clement, born Marco Vitali; "Clement II" is Anna Berg Lindqvist', () => {
    expect(c.entities.resolveName('Marco Vitali')?.id).toBe(c.entities.resolveName('Pope Clement')!.id);
    expect(c.entities.resolveName('Clement II')?.id).toBe(c.entities.resolveName('Anna Berg Lindqvist')!.id);
    expect(c.entities.resolveName('Anna Lindqvist')?.id).toBe(c.entities.resolveName('Anna Berg Lindqvist')!.id);
    expect(c.entities.resolveName('Clement II')?.type).toBe('person');
  });
  it('"Stephanie Pope" is a person, and "Pope" alone after her is her', () => {
    const sp = c.entities.resolveName('Stephanie Pope')!;
    expect(sp.type).toBe('person');
    const p = c.passages.find((x) => x.text.startsWith('Pope joined'))!;
    expect(c.mentions[p.id].map((m) => m.id)).toContain(sp.id);
  });
  it('a death ends the post', () => {
    const clement = c.entities.resolveName('Pope Clement')!.id;
    expect(c.events.some((e) => e.kind === 'end' && e.person === clement)).toBe(true);
  });
});

describe('"how old is X?" and a number that is no sum', () => {
  const c = corpus({
    'a.md': md('Greens elect a leader', '2024-11-02', 'Ada Voss, 44, won 53,806 votes to Ben Ruiz\'s 41,388, a share of 56.5 per cent. Tom Hale spoke after the result.'),
  });
  it('gives the age beside the name, or says no source gives it', () => {
    expect(renderText(answer(c, 'how old is ada voss', '2024-12-01'))).toContain('Ada Voss, 44, won');
    expect(renderText(answer(c, 'how old is tom hale', '2024-12-01'))).toContain("No source gives Tom Hale's age");
  });
  it('"44, won 53,806 votes" is no sum of money in won', () => {
    expect(answer(c, 'how much did ben ruiz spend on his campaign', '2024-12-01').found).toBe(false);
  });
});

describe('"his appointment" and "His interim replacement, X": whose they are', () => {
  const c = corpus({
    'topic.yaml': 'name: Rivertown FC\naliases: [Rivertown]\n',
    'a.md': md('Rivertown sack Hal Berg', '2024-10-28', 'Rivertown FC sacked manager Hal Berg on Monday.'),
    'b.md': md('Rivertown name Ivo Marsh', '2024-11-01', 'Ivo Marsh is Rivertown\'s new head coach. Rivertown announced his appointment on Friday, after sacking Hal Berg.'),
    'c.md': md('A month at Rivertown', '2024-12-20', 'His interim replacement, Ola Nord, left when the new head coach arrived and was appointed manager of Leicester City last month.'),
  });
  const id = (n: string) => c.entities.resolveName(n)!.id;
  it('gives Hal Berg no start from "his appointment", and Ola Nord (not "His") the Leicester post', () => {
    expect(c.events.some((e) => e.kind === 'start' && e.person === id('Hal Berg'))).toBe(false);
    expect(c.roles.some((r) => r.person === id('Hal Berg') && r.title === 'manager' && c.passages[r.passage].text.startsWith('His interim'))).toBe(false);
  });
  it('"what is hal berg doing now" says that what he did after leaving is not in the corpus', () => {
    expect(renderText(answer(c, 'what is hal berg doing now', '2025-01-01'))).toContain('What Hal Berg did after leaving (2024-10-28) is not in the corpus.');
  });
});

describe('a surname two people share, one written about far more', () => {
  const c = corpus({
    'a.md': md('Voss wins', '2024-11-02', 'Ada Voss won the leadership on Saturday. Voss thanked members. Voss said the party would rebuild. Her husband, Olaf Voss, was in the hall.'),
    'b.md': md('Voss sets out plans', '2024-11-05', 'Ada Voss named her team. Voss kept the chancellor. Voss spoke for an hour. Ada Voss won 57 per cent of the vote.'),
  });
  it('"Voss" alone is Ada Voss, and "when did voss win" finds her win', () => {
    expect(c.entities.resolveName('Voss')?.id).toBe(c.entities.resolveName('Ada Voss')!.id);
    expect(renderText(answer(c, 'when did voss win', '2024-12-01'))).toContain('Ada Voss won the leadership on Saturday');
  });
});

describe('"is X still in jail?"', () => {
  const c = corpus({
    'a.md': md('Ex-leader detained', '2025-01-15', 'Investigators detained former president Min Tae-ho at his residence on Wednesday.'),
    'b.md': md('Min released', '2025-03-08', 'Min Tae-ho was released from detention on Saturday after a court cancelled his arrest.'),
  });
  it('finds the release in other words than "jail"', () => {
    expect(renderText(answer(c, 'is min still in jail', '2025-06-01'))).toContain('released from detention');
  });
});

describe('counts and amounts told beside the name, in an apposition, or in an article on the person', () => {
  const c = corpus({
    'a.md': md('Dean Ilse Marr backed by staff', '2024-03-02',
      'Ilse Marr, the dean of the Faculty of Music and Arts, faced calls to resign on Monday.\n\n' +
        '- More than 300 members of the staff signed a letter supporting the dean.\n' +
        '- The Music and Arts Council met for two hours.\n\n' +
        'The 40 trustees needed a two-thirds majority, 27 votes, to remove a dean.'),
    'b.md': md('Donor warns Brightwater', '2024-03-05',
      'Brightwater University is under pressure. Omar Kell, the founder of Tarn Ridge Capital, said he would withdraw a gift worth about $40 million unless the dean left.'),
  });
  it('"Faculty of Music and Arts" is one organisation, and "faculty" alone none', () => {
    expect(c.entities.resolveName('Faculty of Music and Arts')?.name).toBe('Faculty of Music and Arts');
    expect(c.entities.entities.some((e) => e.name === 'Faculty')).toBe(false);
  });
  it('a count of others in an article leading on the person answers; a count of her own needs her name', () => {
    expect(renderText(answer(c, 'how many staff signed the letter supporting Ilse Marr?', '2024-04-01'))).toContain('More than 300 members of the staff');
    expect(answer(c, 'how many votes did marr get', '2024-04-01').found).toBe(false);
  });
  it('an organisation in the apposition of the person asked about does not take the sentence off the question', () => {
    expect(renderText(answer(c, 'how much was the gift Omar Kell threatened to withdraw from Brightwater University?', '2024-04-01'))).toContain('$40 million');
  });
});

describe('"what was the turnout …?" asks for a quantity by its word', () => {
  const c = corpus({
    'a.md': md('Greens count the ballots', '2024-11-02', 'Ada Voss won the Green leadership ballot on Saturday. Turnout among the party\'s eligible members was 61.4 per cent.'),
    'b.md': md('Greens weekly', '2024-11-08', 'Green members chose Ada Voss last week. Turnout was about 58 per cent of the members entitled to vote in the leadership contest.'),
    'c.md': md('Voss sued', '2024-12-02', 'A former treasurer sued Ada Voss on Monday. The lawsuit seeks $2 million in damages.'),
  });
  it('reads the question as a count and shows both sources\' figures', () => {
    const text = renderText(answer(c, 'what was the turnout in the green leadership vote', '2024-12-10'));
    expect(text).toContain('61.4 per cent');
    expect(text).toContain('about 58 per cent');
  });
  it('"suing" finds the lawsuit\'s sum', () => {
    expect(renderText(answer(c, 'how much is the treasurer suing voss for', '2024-12-10'))).toContain('$2 million');
  });
});

describe('a name with a web address\'s ending', () => {
  const c = corpus({
    'a.md': md('Ferrylink.US loses its chief', '2023-09-12', 'Ada Moss, the chief executive of Ferrylink.US, has left. Ferrylink.US named Ben Orr interim CEO. Ferrylink itself is run by Cai Lun.'),
  });
  it('"Ferrylink.US" is its own organisation, led by its own interim chief', () => {
    expect(c.entities.resolveName('Ferrylink.US')?.name).toBe('Ferrylink.US');
    expect(renderText(answer(c, 'who-leads Ferrylink.US', '2023-10-01'))).toMatch(/^Who leads Ferrylink\.US — Ben Orr/);
  });
});

describe('a premiership with a caretaker, a reappointment and a timeline by year (a fictional country)', () => {
  const c = corpus({
    'topic.yaml': 'name: Palazzo Verde\naliases: [Valdorian government, Valdorian prime minister]\n',
    'a.md': md('Valdoria gets a new premier', '2024-03-02',
      'President Ilse Brandt on Friday appointed Tomas Revi prime minister. Revi, 51, was finance minister. ' +
        'Nora Kask, who had hoped to become prime minister, said she would lead the opposition. ' +
        'Ada Lind, until then health minister, took over education as well as health.'),
    'b.md': md('Revi quits', '2025-03-04', 'Prime Minister Tomas Revi resigned on Monday after losing a vote. He stays on as caretaker. Otto Vell, prime minister under Ilse Brandt\'s predecessor, called for talks with the left. ' +
      'It was the first such defeat since 1997, which forced a Green prime minister, Ugo Marr, out of office.'),
    'c.md': md('A year at Palazzo Verde', '2025-03-20',
      'Here is how the year went.\n\n**2024**\n\n- **March 1** - Tomas Revi is appointed prime minister.\n- **October 3** - A budget passes. The opposition walks out the next day.\n\n' +
        '**2025**\n\n- **March 3** - Revi resigns.\n- **March 7-8** - Talks fail on Friday. Brandt reappoints Revi on Saturday evening.'),
  });
  const date = (text: string) => c.passages.find((p) => p.text.includes(text))?.date;
  it('reads a timeline\'s days in the year its heading names, a weekday and "the next day" by the entry\'s day', () => {
    expect(date('A budget passes')).toBe('2024-10-03');
    expect(date('walks out the next day')).toBe('2024-10-04');
    expect(date('Brandt reappoints Revi')).toBe('2025-03-08');
  });
  it('the prime minister, reappointed after resigning, still leads what the topic calls the government', () => {
    const text = renderText(answer(c, 'who-leads Valdorian government', '2025-04-01'));
    expect(text).toMatch(/^Who leads Palazzo Verde — Tomas Revi \(prime minister/);
    expect(text).not.toMatch(/Nora Kask \(prime minister|Ada Lind \(head|Ilse Brandt left/);
  });
  it('between the resignation and the reappointment, the last prime minister as caretaker ("He stays on as caretaker"), and not one from 1997', () => {
    const text = renderText(answer(c, 'who-leads Valdorian government', '2025-03-05'));
    expect(text).toMatch(/^Who leads Palazzo Verde — Tomas Revi \(interim prime minister/);
    expect(text).toContain('He stays on as caretaker.');
    expect(text).not.toMatch(/— Ugo Marr/);
  });
});

describe('"is X still on the board?" by the newest word on it, not by history', () => {
  const c = corpus({
    'a.md': md('Founder quits as chief', '2017-06-21', 'Ravi Anand, who founded Kestrel in 2009, resigned as chief executive on Tuesday after talks with board members. He remains a member of the board.'),
    'b.md': md('Board fight', '2017-08-11', 'An investor asked a court to remove Anand from the board of Kestrel.'),
    'c.txt': 'Anand to leave Kestrel board at year-end\nDecember 24, 2019\nKestrel Wire\n\nRavi Anand will step down from the Kestrel board on December 31, the company said on Tuesday, severing his last formal tie to it.\n',
  });
  it('shows the 2019 leaving first', () => {
    const text = renderText(answer(c, 'is anand still on the board?', '2020-01-15'));
    expect(text).toContain('will step down from the Kestrel board on December 31');
    expect(text.indexOf('will step down from the Kestrel board')).toBeLessThan(text.indexOf('He remains a member of the board'));
    expect(text.indexOf('will step down from the Kestrel board')).toBeLessThan(text.indexOf('asked a court to remove'));
  });
});

describe('a national team: its manager, its under-21 coach, a defeat told by the winner (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Nordland\naliases: [Nordland national team, the Elks]\n',
    'a.md': md('Nordland lose the final', '2024-07-15', 'Nordland lost the final 2-1 on Sunday. Ivo Brenner has been in charge since 2018. Brenner, whose contract runs until December, would not discuss his future.'),
    'b.md': md('Brenner quits', '2024-07-16', 'Ivo Brenner resigned as Nordland manager on Tuesday.'),
    'c.md': md('Interim named', '2024-08-09', 'Nordland named Pia Lund, the under-21 head coach, interim manager on Friday.'),
    'd.md': md('Kaspar Holm appointed', '2024-10-16', 'Nordland appointed Kaspar Holm head coach on Wednesday. Holm starts on January 1. His fee is not disclosed.'),
    'e.md': md('Estland stun Nordland', '2024-10-11', 'Estland beat Nordland 2-1 on Thursday, the first defeat for the interim manager.'),
  });
  it('the day after the final, the manager is the one "in charge since 2018", not an under-21 coach', () => {
    expect(renderText(answer(c, 'who-leads Nordland', '2024-07-15'))).toMatch(/^Who leads Nordland — Ivo Brenner/);
    expect(c.roles.some((r) => r.person === c.entities.resolveName('Pia Lund')!.id && r.head === 'org' && r.org !== 'other:unit' && r.title === 'head')).toBe(false);
  });
  it('the interim manager leads in the autumn; a present-tense start is the one ahead', () => {
    expect(renderText(answer(c, 'who-leads Nordland', '2024-09-01'))).toMatch(/^Who leads Nordland — Pia Lund \(interim manager/);
    expect(c.passages.find((p) => p.text === 'Holm starts on January 1.')?.date).toBe('2025-01-01');
  });
  it('"did nordland lose to estland" finds "Estland beat Nordland"; "actually", "being" are no words to find', () => {
    expect(renderText(answer(c, 'did nordland lose to estland', '2024-12-01'))).toContain('Estland beat Nordland 2-1');
    expect(renderText(answer(c, 'when did holm actually start the job', '2024-12-01'))).toContain('Holm starts on January 1.');
    expect(renderText(answer(c, 'how much is brenner being paid', '2024-12-01'))).toContain('No source mentions “paid” about Ivo Brenner');
  });
});

describe('a chancellor of a country heads what the topic calls its government (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Bundesamt\naliases: [Alpenlandish government, Alpenlandish chancellor]\n',
    'a.md': md('Vote in Alpenland', '2025-02-24', 'Chancellor Otto Kern conceded defeat. Greta Moor, the Greens\' candidate for chancellor and the outgoing vice-chancellor, said the party had hoped for more. Lars Falk is the clear favourite to be the next chancellor.'),
    'b.md': md('Falk elected', '2025-05-06', 'Lars Falk was elected chancellor of Alpenland on Tuesday. Ute Brandt becomes vice-chancellor and finance minister.'),
  });
  it('names the chancellor of Alpenland, and no candidate for the post', () => {
    const text = renderText(answer(c, 'who-leads Alpenlandish government', '2025-06-01'));
    expect(text).toMatch(/^Who leads Bundesamt — Lars Falk \(chancellor, claimed since 2025-05-06\)/);
    expect(text).not.toContain('Greta Moor (chancellor');
  });
  it('"who-leads Ministry of Finance", a ministry no article names, is its minister', () => {
    const a = answer(c, 'who-leads Ministry of Finance', '2025-06-01');
    expect(a.command).toBe('who-leads');
    expect(renderText(a)).toContain('Ute Brandt becomes vice-chancellor and finance minister');
  });
  it('"is greta moor still vice chancellor?" shows who has the post now', () => {
    expect(renderText(answer(c, 'is greta moor still vice chancellor?', '2025-06-01'))).toContain('Ute Brandt becomes vice-chancellor');
  });
});

describe('"he would not run again" is leaving; "takes the keys" is taking over (fictional)', () => {
  const c = corpus({
    'a.md': md('Premier bows out', '2024-08-14', 'Prime Minister Aki Sato said on Wednesday that he would not run in his party\'s leadership election next month.'),
    'b.md': md('Rivet names chief', '2024-09-20', 'Rivet said Lena Orr takes the keys on Oct. 15 as chief executive.'),
  });
  const sato = c.entities.resolveName('Aki Sato')!.id;
  it('reads both as events', () => {
    expect(c.events.some((e) => e.kind === 'end' && e.person === sato)).toBe(true);
    expect(c.events.some((e) => e.kind === 'start' && e.person === c.entities.resolveName('Lena Orr')!.id)).toBe(true);
  });
  it('"when did sato say he wasnt running again" finds the day', () => {
    expect(renderText(answer(c, 'when did sato say he wasnt running again', '2024-12-01'))).toContain('said on Wednesday that he would not run');
  });
});

describe('everyday questions in other words than the articles\' (fictional)', () => {
  const c = corpus({
    'a.md': md('Rivet names Lena Orr chief', '2024-09-19', 'Rivet named Lena Orr chief executive on Thursday. Orr studied at Fenwick University before a master\'s degree from Dale College.'),
    'b.txt': 'Rivet shares jump on Orr news\nSeptember 20, 2024\nNorth Wire\n\nShares of Rivet closed up 6.8% on Friday, a day after the company said Lena Orr would become chief executive.\n\nShares fell about 5% in March on a weak outlook.\n',
    'c.md': md('Orr sets out her plan', '2024-12-19', 'On her first earnings call, Orr set out her turnaround priorities: lead with design and rebuild ties with retailers.'),
  });
  it('"go to college" is where she studied; "react" asks for the move; "plan to fix" finds the turnaround', () => {
    expect(renderText(answer(c, 'where did lena orr go to college', '2025-01-01'))).toContain('studied at Fenwick University');
    const stock = renderText(answer(c, 'how did the stock react to the orr news', '2025-01-01'));
    expect(stock).toContain('closed up 6.8%');
    expect(stock).not.toContain('Sources differ');
    expect(renderText(answer(c, "what's orr's plan to fix rivet", '2025-01-01'))).toContain('turnaround priorities');
  });
});

describe('"the Harlow family" is people: "Avram Harlow" is a person (fictional)', () => {
  const c = corpus({
    'a.md': md('Rovers stake sold', '2024-02-20', 'The Harlow family will remain the majority owners of Rovers FC. Co-chairmen: Avram Harlow and Joel Harlow. The Harlows still own most of the club.'),
    'b.md': md('Rovers owners', '2024-03-01', 'Avram Harlow said the Harlow family had no plans to sell Rovers FC.'),
  });
  it('types the Harlows as people and answers "who owns rovers"', () => {
    expect(c.entities.resolveName('Avram Harlow')?.type).toBe('person');
    expect(c.entities.resolveName('Joel Harlow')?.type).toBe('person');
    expect(renderText(answer(c, 'who owns rovers fc', '2024-04-01'))).toMatch(/Harlows still own most of the club|Harlow family will remain the majority owners/);
  });
});

describe('"why did X quit / go on leave / get fired": the reasons news gives in other words (fictional)', () => {
  const c = corpus({
    'a.md': md('Coach quits', '2024-07-16', 'Ivo Brenner resigned as Nordland manager on Tuesday, saying it was time for change and a new chapter.'),
    'b.md': md('Founder takes leave', '2017-06-13', 'Ravi Anand is taking a leave of absence from Kestrel. In an email to staff, Anand said he needed time to grieve his mother and to work on himself.'),
    'c.md': md('Rivet replaces its chief', '2024-08-13', 'Rivet on Tuesday replaced Chief Executive Omar Vale with Lena Orr.\n\nThe move came after two straight quarters of falling sales and as activist investors built stakes.'),
  });
  it('finds the stated reason, the need to grieve, and the cause told by "the move came after"', () => {
    expect(renderText(answer(c, 'why did brenner quit', '2024-12-01'))).toContain('time for change');
    expect(renderText(answer(c, 'why did anand go on leave', '2017-12-01'))).toContain('needed time to grieve his mother');
    expect(renderText(answer(c, 'why did rivet get rid of omar vale', '2024-12-01'))).toContain('two straight quarters of falling sales');
  });
});

describe('"what is X up to these days": what the sources say of them since they left, not only a new post (fictional)', () => {
  const c = corpus({
    'a.md': md('Coach quits', '2024-07-16', 'Ivo Brenner resigned as Nordland manager on Tuesday.'),
    'b.txt': 'Ivo Brenner: life after Nordland\nNorth Dispatch\n\nEight months after he resigned as Nordland manager in July 2024, Ivo Brenner has not taken another job.\n\nIn the Harbour Lecture, delivered in March 2025, the former Nordland manager spoke about young players.\n',
    'c.md': md('Rivet founder steps back', '2019-12-24', 'Ravi Anand will leave the Rivet board on December 31.\n\nSince leaving the chief executive job in June 2017, Anand has built a new career. His best-known business, Kitchenly, rents out kitchens, and Anand runs it day to day.'),
  });
  it('gives the lecture since he left, and a present-tense business in a paragraph that opens in 2017', () => {
    expect(renderText(answer(c, "what's brenner up to these days", '2025-06-01'))).toContain('Harbour Lecture');
    expect(c.passages.find((p) => p.text.includes('Kitchenly'))?.date).toBe('2019-12-24');
    expect(renderText(answer(c, 'what is anand doing these days', '2020-02-01'))).toContain('Anand runs it day to day');
  });
});

describe('"when was X fired?": the report that gives the day before later looks back that give the month (fictional)', () => {
  const c = corpus({
    'a.md': md('Rivet fires its chief', '2011-09-07', 'Rivet dismissed its chief executive, Ada Moss, on Tuesday, ending a turbulent tenure.'),
    'b.md': md('Rivet names a new chief', '2012-01-05', 'Ben Orr, who was interim chief executive after Ada Moss was fired last September, remains in his post.'),
    'c.md': md('A year on', '2012-07-17', 'Lena Orr is the second woman to lead Rivet, after Ada Moss, who was fired in September.'),
  });
  it('puts the day first', () => {
    const a = answer(c, 'when was ada moss fired', '2012-12-01');
    expect(a.items[0].text).toContain('dismissed its chief executive, Ada Moss, on Tuesday');
  });
});

describe('"how old …?": an age told as "He was 63.", "named at 35", each age the sources give (fictional)', () => {
  const c = corpus({
    'a.md': md('Rivet co-chief dies', '2025-03-25', 'Ada Moss, co-chief executive of Rivet, died on Tuesday after a heart attack. He was 63.'),
    'b.md': md('Rivet letter', '2025-03-28', 'Ada Moss died on Tuesday at the age of 62.'),
    'c.md': md('Premier named', '2024-01-09', 'The president appointed Ben Orr, his 34-year-old education minister, as prime minister.'),
    'd.md': md('Opinion', '2024-07-01', 'That face was Ben Orr, named at 35 the youngest prime minister in the country\'s history.'),
  });
  it('finds both ages of each, whatever the wording', () => {
    const moss = renderText(answer(c, 'how old was ada moss when she died', '2025-06-01'));
    expect(moss).toContain('He was 63.');
    expect(moss).toContain('at the age of 62');
    const orr = renderText(answer(c, 'how old was ben orr when he became pm', '2025-06-01'));
    expect(orr).toContain('34-year-old');
    expect(orr).toContain('named at 35');
  });
});

describe('a regulator named with its chair, its acronym, and the corpus subject beside it (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Voltix\naliases: [Voltix Motors]\n',
    'a.md': md('Voltix chief settles with the Market Conduct Authority', '2018-09-30',
      'The Market Conduct Authority said on Saturday that Ida Rask had settled its case. The MCA had accused her of misleading investors. ' +
        'Rask and Voltix will each pay a penalty of $20 million. Jon Berg, the MCA chairman, said the settlement protected investors. The Market Conduct Authority had sought a ban.'),
    'b.md': md('Rask mocks the MCA', '2018-10-04', 'Rask called the regulator the Mockery Cheerleading Association in a post on Thursday. The MCA declined to comment. The Market Conduct Authority said nothing more.'),
  });
  it('"MCA" is the Market Conduct Authority (the name written far more often), led by its chair', () => {
    expect(c.entities.resolveName('MCA')?.name).toBe('Market Conduct Authority');
    expect(renderText(answer(c, 'who-leads MCA', '2019-01-01'))).toMatch(/^Who leads Market Conduct Authority — Jon Berg \(chair/);
  });
  it('a sum in an article on the regulator that names the corpus subject answers "how much did Rask pay the MCA?"', () => {
    expect(renderText(answer(c, 'how much did rask have to pay the mca?', '2019-01-01'))).toContain('$20 million');
  });
});

describe('"how did X find out?" is how they learned of it (fictional)', () => {
  const c = corpus({
    'a.md': md('Rivet fires its chief', '2011-09-07', 'Rivet dismissed its chief executive, Ada Moss, on Tuesday. Moss learned of her dismissal in a telephone call from the chairman.'),
  });
  it('finds "learned of her dismissal in a telephone call"', () => {
    expect(renderText(answer(c, 'how did moss find out she was fired?', '2012-01-01'))).toContain('learned of her dismissal in a telephone call');
  });
});

describe('"who took over the justice ministry when X quit?": ministers listed with their titles, and "He … takes over the … ministry" (fictional)', () => {
  const c = corpus({
    'a.md': md('Three ministers quit', '2024-11-07',
      'Two of the three ministers from the Liberal party, Justice Minister Omar Vale and Education Minister Ines Kahn, also resigned on Thursday. ' +
        'The third, Transport Minister Ola Nord, said he would stay in the government. He stays at the transport ministry and takes over the justice ministry as well.'),
  });
  it('reads both resignations and names the one who took over', () => {
    expect(c.events.some((e) => e.kind === 'end' && e.person === c.entities.resolveName('Omar Vale')!.id)).toBe(true);
    const text = renderText(answer(c, 'who took over the justice ministry when vale quit', '2024-12-01'));
    expect(text).toContain('takes over the justice ministry as well');
    expect(text).toContain('Transport Minister Ola Nord');
  });
});

describe('"named X as its next publisher" is an appointment; "takes over from Y" leads the whole (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: The Harbour Post\naliases: [Harbour Post]\n',
    'a.md': md('Harbour Post names a publisher', '2023-11-06', 'The Harbour Post has picked Ivo Lang, a newspaper executive, as its next publisher and chief executive. He takes over from Ada Stone, who has run the company on an interim basis since the summer.'),
  });
  it('Lang leads, from the naming on', () => {
    const text = renderText(answer(c, 'who-leads Harbour Post', '2023-12-01'));
    expect(text).toMatch(/^Who leads The Harbour Post — Ivo Lang/);
    expect(c.roles.some((r) => r.person === c.entities.resolveName('Ivo Lang')!.id && r.org === 'other:unit')).toBe(false);
  });
});

describe('"is X still at Y?": a sentence naming only Y does not answer for X (fictional)', () => {
  const c = corpus({
    'a.md': md('Rivet chief steps down', '2024-05-02', 'Ada Moss is stepping down as chief executive of Rivet. Moss will stay on as a strategic adviser until the end of the year.'),
    'b.md': md('Rivet earnings', '2024-11-01', 'Ada Moss built Rivet over a decade.\n\nRivet reported higher sales on Thursday.'),
  });
  it('shows her leaving and what she does now, not the newest news of the company', () => {
    const text = renderText(answer(c, 'is moss still at rivet?', '2024-12-01'));
    expect(text).toContain('strategic adviser');
    expect(text).not.toContain('higher sales');
  });
});

describe('"how much does X get paid?": their own pay, or a not-found that names what was asked (fictional)', () => {
  const c = corpus({
    'a.md': md('Harbour Post loses money', '2024-06-04', 'Ivo Lang told staff the Harbour Post lost $77 million last year. Prosecutors asked for a fine of $5 million for Ada Stone. Ada Stone is paid a salary of $2 million.'),
    'b.md': md('Stone worth', '2024-06-05', 'Ivo Lang is worth noting as a manager.'),
  });
  it('gives Stone\'s salary, and for Lang no sum of the paper\'s', () => {
    expect(renderText(answer(c, 'how much does ada stone get paid', '2024-07-01'))).toContain('salary of $2 million');
    const lang = renderText(answer(c, 'how much does ivo lang get paid', '2024-07-01'));
    expect(lang).not.toContain('$77 million');
    expect(lang).toMatch(/“paid”.*Ivo Lang/);
  });
});

describe('other words for the same thing, "A or B" questions, days as ordinals, "want X out", leaving "to lead" (fictional)', () => {
  const c = corpus({
    'a.md': md('Rivet founder arrested', '2024-03-05', 'Prosecutors suspect that Ada Moss understated her compensation by about 3 billion yen over five years. ' +
      'Ada Moss arrived in Lisbon on Monday morning.'),
    'b.txt': 'The Rivet affair, step by step\nRivet Recap\n\nThe main events of the case.\n\n2024\n- March 5: Moss arrives in Lisbon and issues a statement.\n- March 9: Rivet names Ivo Lang chief executive.\n',
    'c.md': md('Investor wants Rivet chief gone', '2024-04-10', 'Kestrel Partners, an activist investor, called on the board to remove Ivo Lang as chief executive. ' +
      'In its letter, Kestrel argued that the company had misjudged demand and spent too aggressively.'),
    'd.md': md('Rivet chair leaves', '2024-06-01', 'Ola Nord, the chairman of Rivet, left at the end of May to lead a new initiative at the Harbour Civic Foundation.'),
    'e.md': md('Profile: Ivo Lang', '2024-03-10', 'Ivo Lang was chief financial officer of Kestrel Lines before he joined Rivet.'),
  });
  it('"hiding her pay" finds "understated her compensation"', () => {
    expect(renderText(answer(c, 'how much pay is moss accused of hiding', '2024-07-01'))).toContain('3 billion yen');
  });
  it('a year on a line of its own dates the undated recap\'s days, and either day of "the 4th or the 5th" answers', () => {
    const text = renderText(answer(c, 'did moss land in lisbon on the 4th or the 5th?', '2024-07-01'));
    expect(text).toContain('arrived in Lisbon on Monday morning');
    expect(text).toContain('March 5: Moss arrives in Lisbon');
    expect(c.passages.find((p) => p.text.startsWith('March 9: Rivet names'))?.date).toBe('2024-03-09');
  });
  it('"was Lang CEO or CFO at Kestrel Lines" is answered by either title', () => {
    expect(renderText(answer(c, 'was lang ceo or cfo at kestrel lines', '2024-07-01'))).toContain('chief financial officer of Kestrel Lines');
  });
  it('"why did Kestrel want Lang out" finds the call for his removal', () => {
    expect(renderText(answer(c, 'why did kestrel want lang out', '2024-07-01'))).toContain('to remove Ivo Lang');
  });
  it('"what did Nord do after leaving" is the leaving "to lead" something new', () => {
    expect(renderText(answer(c, 'what did ola nord do after leaving', '2024-07-01'))).toContain('Harbour Civic Foundation');
  });
});

describe('"when was X arrested?": the day most sources give for it, not a re-arrest or a later day "after his arrest" (fictional)', () => {
  const c = corpus({
    'a.txt': 'The Moss affair, step by step\nRivet Recap\n\nThe main events of the case.\n\n2023\n- November 19: Ada Moss is arrested by prosecutors in Lisbon.\n- December 21: Moss is re-arrested on suspicion of breach of trust.\n\n2024\n- April 4: Moss is re-arrested over payments to a distributor.\n',
    'b.md': md('Rivet founder arrested', '2023-11-20', 'Ada Moss, the founder of Rivet, was arrested in Lisbon on Sunday on suspicion of understating her pay.'),
    'c.md': md('Rivet board removes Moss', '2023-11-23', 'The Rivet board voted on Wednesday to remove Ada Moss as chair, three days after her arrest in Lisbon.'),
    'd.md': md('Moss case widens', '2024-01-10', 'On Tuesday prosecutors obtained an arrest warrant for Moss\'s husband, Ivo Lang.'),
    'e.md': md('Moss re-arrested', '2024-04-05', 'Ada Moss was re-arrested at her Lisbon flat on Thursday, prosecutors said.'),
  });
  it('leads with November 19 and sets no far-off day beside it', () => {
    const text = renderText(answer(c, 'when was moss arrested', '2024-07-01'));
    const first = text.split('\n').find((l) => l.startsWith('•'))!;
    expect(first).toMatch(/November 19|on Sunday/);
    expect(text).not.toMatch(/Sources differ: [^\n]*(?:Tuesday|April 4|Thursday)/);
  });
});

describe('"when did X actually start as CEO?": the day X took office, not the day X was named; "would take office … January 1" in October is the coming January (fictional)', () => {
  const c = corpus({
    'a.md': md('Rivet names a chief', '2019-10-08', 'Rivet on Tuesday named Ivo Lang as its next chief executive. The board said Lang would take office no later than January 1.'),
    'b.md': md('Rivet recap', '2020-02-01', 'Inside Rivet, Lang has been in charge only since December 1. He formally took up the post on December 1, taking over from Ada Moss.'),
  });
  it('gives December 1 and January 1, 2020 first, the naming after', () => {
    const text = renderText(answer(c, 'when did lang actually start as ceo', '2020-06-01'));
    const bullets = text.split('\n').filter((l) => l.startsWith('•'));
    expect(bullets.slice(0, 2).join(' ')).toMatch(/since December 1|took up the post on December 1/);
    expect(bullets.slice(0, 2).join(' ')).not.toContain('named Ivo Lang');
    expect(text).toMatch(/no later than January 1\.” \(2020-01-01/);
  });
});

describe('an undated recap is written after the last day it tells of; a leaving is who has the post until then; "US-Präsident", "the late prime minister" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Rivet Party\naliases: [Rivet]\n',
    'a.md': md('Rivet leader to step down', '2024-08-13', 'Ada Moss said on Tuesday that she would not stand for re-election as leader of the Rivet Party in September.'),
    'b.txt': 'The Rivet story, step by step\nRivet Recap\n\n2024\n- March 6: Moss is released on bail.\n- October 1: Ivo Lang is elected leader of the Rivet Party.\n',
    'c.txt': 'Rivet und die Zölle\nBerlin, 7. September 2024 (Rhein-Kurier)\n\nUS-Präsident Donald Trump hatte am Donnerstag eine Verordnung unterzeichnet.\n',
    'd.md': md('Rivet remembers', '2024-09-10', 'Moss, a protege of the late prime minister Ola Nord, led the party for three years.'),
  });
  it('hides the recap before October 1 and names Moss, who is leaving, not Trump or Nord', () => {
    const text = renderText(answer(c, 'who-leads Rivet Party', '2024-09-20'));
    expect(text).toMatch(/^Who leads Rivet Party — Ada Moss/);
    expect(text).not.toContain('Ivo Lang');
    expect(text).not.toContain('Trump');
    expect(text).not.toMatch(/Nord \(/);
    expect(renderText(answer(c, 'who-leads Rivet Party', '2024-10-05'))).toMatch(/^Who leads Rivet Party — Ivo Lang/);
  });
  it('"is Moss still locked up?" finds her release on bail', () => {
    expect(renderText(answer(c, 'is moss still locked up?', '2024-12-01'))).toContain('released on bail');
  });
});

describe('a team principal heads a racing team; "At X, Y, promoted to …" is X\'s; "a Formula One team principal" is no one\'s; "two summers ago" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Falcon Racing\naliases: [Falcon]\n',
    'a.md': md('Falcon reshuffle', '2025-07-09', 'Falcon Racing removed Ada Moss as team principal on Wednesday. Ivo Lang, who has led the sister team Kestrel Racing since last year, replaces her. His place at Kestrel Racing goes to Ola Nord, the team\'s racing director.'),
    'b.md': md('Profile: Ola Nord', '2025-07-16', 'Two summers ago Ola Nord was out of a job. Last week he became a Formula One team principal.'),
    'c.md': md('Paddock digest', '2025-08-29', 'At Kestrel Racing, Ola Nord, promoted from racing director to team principal in July, has both drivers scoring points.'),
  });
  it('who-leads Kestrel Racing is Nord, who has not left', () => {
    const text = renderText(answer(c, 'who-leads Kestrel Racing', '2025-09-01'));
    expect(text).toMatch(/^Who leads Kestrel Racing — Ola Nord \(team principal/);
    expect(text).not.toMatch(/Ola Nord has left/);
    expect(c.passages.find((p) => p.text.startsWith('Two summers ago'))?.date).toBe('2023-07-01');
    const nord = c.entities.resolveName('Ola Nord')!.id;
    const kestrel = c.entities.resolveName('Kestrel Racing')!.id;
    const orgs = c.roles.filter((r) => r.person === nord && r.title === 'team principal').map((r) => r.org);
    expect(orgs).toContain(kestrel);
    expect(orgs.every((o) => o === null || o === kestrel)).toBe(true);
  });
});

describe('a nickname given in quotes is the person alone too, unless it is a word of someone else\'s name (fictional)', () => {
  const c = corpus({
    'a.md': md('Falcon drops its driver', '2024-12-19', 'Falcon Racing confirmed that Sergio "Checo" Moreno would leave. Robert "Kelly" Ortiz stays. Greg Kelly, the team manager, agreed.'),
    'b.md': md('Paddock digest', '2025-08-29', 'Checo is back. Moreno will drive for Kestrel Racing in 2026.'),
  });
  it('"person Checo" is Sergio Moreno; "Kelly" stays Greg Kelly', () => {
    expect(c.entities.resolveName('Checo')?.id).toBe(c.entities.resolveName('Sergio Moreno')?.id);
    expect(renderText(answer(c, 'person Checo', '2025-09-01'))).toContain('Kestrel Racing in 2026');
    expect(c.entities.resolveName('Kelly')?.id).not.toBe(c.entities.resolveName('Robert Ortiz')?.id);
  });
});

describe('"how much did they pay X to leave?": a source saying it was not made public is cited, no other sum given (fictional)', () => {
  const c = corpus({
    'a.md': md('Falcon digest', '2025-08-29', 'Ada Moss has kept a low profile since her removal on July 9, and no details of her exit terms have been made public.'),
    'b.md': md('Falcon fined', '2022-10-28', 'Falcon Racing was fined $7 million for breaking the budget cap while Ada Moss ran the team.'),
  });
  it('abstains, cites the digest, and does not offer the fine', () => {
    const a = answer(c, 'how much did falcon pay moss to leave', '2025-09-01');
    const text = renderText(a);
    expect(a.found).toBe(false);
    expect(text).toContain('no details of her exit terms have been made public');
    expect(a.citations.map((x) => x.doc)).toEqual(['a.md']);
    expect(text).not.toContain('7 million');
  });
});

describe('"what was X worth?", a lone name for "The X Ice Cream Company", a timeline year heading that holds its days (fictional)', () => {
  const c = corpus({
    'a.md': md('Polar debut', '2025-12-08', 'Shares in The Polar Frozen Foods Company opened below their reference price on Monday. At the reference price the company is valued at about 6.8 billion euros. Analysts said Polar would pay a dividend, and that Polar had a strong brand.'),
    'b.txt': 'Briefing Room\nFrom Moss to Lang: a timeline\n\nThis recap was compiled in mid-December 2025.\n\n2025\n- February 25: The board announces that Moss will step down.\n- December 8: Polar shares start trading in Amsterdam, valuing the company at about 6.9 billion euros.\n',
  });
  it('gives both values, reads "Polar" as the company, and keeps February 25 in 2025', () => {
    expect(c.entities.resolveName('Polar')?.id).toBe(c.entities.resolveName('Polar Frozen Foods Company')?.id);
    const text = renderText(answer(c, 'what was polar worth when it started trading', '2026-01-01'));
    expect(text).toContain('6.8 billion euros');
    expect(text).toContain('6.9 billion euros');
    expect(c.passages.find((p) => p.text.startsWith('February 25: The board'))?.date).toBe('2025-02-25');
  });
});

describe('"do the sources agree on when X joined?": the question inside, both years side by side (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Rivet\naliases: []\n',
    'a.md': md('Profile: Ivo Lang', '2025-03-03', 'Ivo Lang joined Rivet in 1988 as a cost analyst. Rivet named Lang chief executive on Saturday.'),
    'b.md': md('Lang, the insider', '2025-03-04', 'Lang joined Rivet in 1992 and spent his whole career there.'),
    'c.md': md('Rivet chief', '2025-03-05', 'Ada Moss is the chief executive of Rivet, a filing said.'),
  });
  it('shows 1988 and 1992, not a disagreement about who leads', () => {
    const text = renderText(answer(c, 'do the sources agree on when lang joined rivet?', '2025-06-01'));
    expect(text).toContain('in 1988');
    expect(text).toContain('in 1992');
    expect(text).not.toMatch(/^Where the sources disagree/);
  });
});

describe('"why did the board push X out?": "Analysts said the surprise change suggested …" paragraphs after the news is about it (fictional)', () => {
  const c = corpus({
    'a.md': md('Rivet replaces its chief', '2025-02-25', 'Rivet said on Tuesday that Ada Moss will step down as chief executive after less than two years.\n\nThe company said there was no change to its outlook.\n\nThe announcement came two weeks after annual results.\n\nShares rose 2%.\n\nAnalysts said the surprise change suggested the board, which includes the investor Ivo Lang, had lost patience with the pace of the turnaround.'),
  });
  it('gives the analysts\' reason first', () => {
    const first = renderText(answer(c, 'why did the board push moss out', '2025-06-01')).split('\n').find((l) => l.startsWith('•'))!;
    expect(first).toContain('lost patience with the pace');
  });
});

describe('an explainer\'s question heading, "Why is X doing this?", is answered by the lines under it; "getting rid of" carries no word of its own (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Rivet\naliases: [Rivet Group]\n',
    'a.txt': 'Shelf Life Explained\nWhat is the Polar Frozen Foods Company?\n\nRivet is splitting off its frozen foods business.\n\nWho will run it?\nIvo Lang is the chief executive designate.\n\nWhy is Rivet doing this?\nFrozen foods, with their cold supply chain and heavy capital needs, fit poorly with a group focused on beauty.\n\nAny complications?\nThe unions have objected to the plan.\n',
    'b.md': md('Rivet digest', '2025-03-21', '2025: the year by which the frozen foods separation is due to be complete. Rivet shares rose.'),
    'c.md': md('Rivet frozen foods', '2025-12-08', 'Shares in the Polar Frozen Foods Company opened lower on Monday, after Rivet completed the demerger of its frozen foods business over the weekend.'),
  });
  it('gives the reason under the heading first', () => {
    const first = renderText(answer(c, 'why is rivet getting rid of frozen foods', '2025-06-01')).split('\n').find((l) => l.startsWith('•'))!;
    expect(first).toContain('cold supply chain');
  });
});

describe('"when did X drop the plan?": a sentence that tells the dropping, and the day told a paragraph on (fictional)', () => {
  const c = corpus({
    'a.txt': 'Rivet drops plan to go private\nSaturday, August 25, 2018\nSandhill Daily\n\nAda Moss has abandoned her plan to take Rivet private, less than three weeks after she announced it.\n\nIn a blog post published late on Friday, the chief executive said she had met the board on Thursday and told the directors that Rivet should remain a public company.\n',
    'b.md': md('Profile: Ivo Lang', '2018-11-08', 'Ivo Lang was one of the three directors on the special committee formed in August to consider Moss\'s plan to take Rivet private.'),
  });
  it('gives the abandoning and Friday, August 24, not the committee formed to consider the plan', () => {
    const text = renderText(answer(c, 'when did rivet drop the go-private plan', '2019-01-01'));
    expect(text).toContain('has abandoned her plan');
    expect(text).toMatch(/late on Friday[^\n]*\(2018-08-24/);
    expect(text).not.toContain('special committee formed');
  });
});

describe('"how much would the buyout have cost?": a deal\'s worth and a buyout\'s value are both answers (fictional)', () => {
  const c = corpus({
    'a.md': md('Moss weighs taking Rivet private', '2018-08-07', 'At $42 a share, a buyout would value the company at about $7 billion.'),
    'b.md': md('Rivet board confirms talks', '2018-08-08', 'Including the company\'s debt, a deal at that price would be worth some $8 billion, according to analysts.'),
  });
  it('shows $7 billion and $8 billion', () => {
    const text = renderText(answer(c, 'how much would the buyout have cost', '2018-12-01'));
    expect(text).toContain('$7 billion');
    expect(text).toContain('$8 billion');
  });
});

describe('"did the regulator go after X too?": going after is charging or suing, and "after" opens no clause there (fictional)', () => {
  const c = corpus({
    'a.md': md('Regulator sues Moss', '2018-09-27', 'The Harbour Markets Authority sued Ada Moss on Thursday over her posts about taking Rivet private.'),
    'b.md': md('Moss settles', '2018-09-30', 'The Harbour Markets Authority on Saturday also charged Rivet itself with failing to have disclosure controls for her posts.'),
  });
  it('shows the charge against Rivet', () => {
    const text = renderText(answer(c, 'did the harbour markets authority go after rivet too or just moss?', '2018-12-01'));
    expect(text).toContain('also charged Rivet itself');
    const q = readQuestion(c, 'did the harbour markets authority go after rivet too or just moss?');
    expect(q.terms.map((t) => t.stem).sort()).toEqual(['charg', 'sue']);
    expect(q.context).toEqual([]);
  });
});

describe('"… is called Kestrel Racing this year. Its team principal is Ivo Lang, …": his post, at the article\'s date (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Falcon Racing\naliases: [Falcon]\n',
    'a.md': md('Two teams, one owner', '2025-04-02', 'Falcon Racing owns a second team in Faenza. The Faenza team was bought in 2005, renamed Toro Rapido the following year and is called Kestrel Racing this year. Its team principal is Ivo Lang, a French engineer who came from Ferrari in 2024 to replace Ola Nord.'),
    'b.md': md('Falcon wins', '2025-03-30', 'Falcon Racing won in Bahrain, and team principal Ada Moss praised the drivers. Kestrel Racing finished fifth, and Kestrel Racing scored points.'),
  });
  it('who-leads Kestrel Racing is Lang, claimed on 2025-04-02', () => {
    expect(renderText(answer(c, 'who-leads Kestrel Racing', '2025-05-01'))).toMatch(/^Who leads Kestrel Racing — Ivo Lang \(team principal, claimed since 2025-04-02\)/);
  });
});

describe('"His salary …" after a sentence naming two people is the pay of the one the article is about (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang named head coach', '2024-10-16', 'The Rivet Federation named Ivo Lang its head coach on Wednesday.\n\nMark Moss, the federation\'s chief executive, said the process had been led by himself and Ola Nord, the technical director, and that Lang was the best candidate.\n\nHis salary was not disclosed but is reported to be about £5m a year.'),
  });
  it('answers "how much is Lang being paid" with £5m', () => {
    expect(renderText(answer(c, 'how much is lang being paid', '2024-12-01'))).toContain('about £5m a year');
    const his = c.passages.find((p) => p.text.startsWith('His salary'))!;
    expect(c.mentions[his.id].map((m) => m.id)).toEqual([c.entities.resolveName('Ivo Lang')!.id]);
  });
});

describe('"who is X\'s number two?": a deputy or an assistant (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang named head coach', '2024-10-16', 'The Rivet Federation named Ivo Lang its head coach. Ola Nord, who worked alongside Lang at two clubs, will be his assistant head coach.'),
  });
  it('names Nord', () => {
    expect(renderText(answer(c, "who is lang's number two", '2024-12-01'))).toContain('Ola Nord, who worked alongside Lang');
    expect(readQuestion(c, "who is lang's number two").terms.map((t) => t.stem)).toEqual(['deputy', 'assistant']);
  });
});

describe('"different views had emerged", "was until now", "in the running", and no sentence newer than its article (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Rivet\naliases: [Rivet Group]\n',
    'a.md': md('Rivet chief quits', '2024-12-01', 'Ada Moss resigned as chief executive of Rivet with immediate effect on Sunday.\n\nIvo Lang, the senior independent director, said that different views had emerged between Moss and the board in recent weeks, leading to Sunday\'s decision.'),
    'b.md': md('Rivet reshuffle', '2024-10-10', 'Ola Nord becomes chief financial officer of Rivet. Nord, who has 19 years of finance experience, was until now Rivet\'s chief operating officer for China.'),
    'c.md': md('After Moss', '2024-12-03', 'According to a person familiar with the matter, the Rivet board is considering Nord and Eva Berg as internal candidates for the top job.'),
    'd.md': md('Rivet results', '2024-07-25', 'Ada Moss said the year would be hard. Her contract runs until early 2026.'),
    'e.md': md('Moss speaks', '2024-12-20', 'Ada Moss gave her first interview since leaving to the weekly Harbour Post.'),
  });
  it('answers each from the sentence that says it', () => {
    expect(renderText(answer(c, 'why did moss leave', '2025-01-01'))).toContain('different views had emerged');
    expect(renderText(answer(c, 'what was nord doing before he became cfo', '2025-01-01'))).toContain('chief operating officer for China');
    expect(renderText(answer(c, 'who was in the running for the ceo job', '2025-01-01'))).toContain('internal candidates');
    const now = renderText(answer(c, 'what is moss doing now', '2025-01-01')).split('\n').find((l) => l.startsWith('•'))!;
    expect(now).not.toContain('until early 2026');
  });
});

describe('"what is X doing now?" after X left: what X did since, not a leaving "since leaving" tells again, X\'s pay, or others\' clauses (fictional)', () => {
  const c = corpus({
    'a.md': md('Rivet chief quits', '2024-12-01', 'Ada Moss resigned as chief executive of Rivet on Sunday.'),
    'b.md': md('Weekly', '2024-12-20', 'Moss breaks her silence. Ada Moss gave her first interview since leaving to the weekly Harbour Post.'),
    'c.txt': 'Rivet timeline\nRivet Recap\n\n2025\n- February 26: Moss\'s pay for the year, 36.5 million euros, draws criticism.\n',
    'd.md': md('New chief', '2025-05-28', 'Dealers, who had openly feuded with Moss, welcomed the choice of Ivo Lang.'),
  });
  it('gives the interview', () => {
    const text = renderText(answer(c, 'what is moss doing now', '2025-06-01'));
    const first = text.split('\n').find((l) => l.startsWith('•'))!;
    expect(text).toContain('first interview since leaving');
    expect(first).not.toMatch(/Dealers|pay for the year/);
    expect(c.events.some((e) => e.kind === 'end' && c.passages[e.passage].text.includes('since leaving'))).toBe(false);
  });
});

describe('"why did Rivet get rid of X?": X leaving another company, in a sentence naming only it, is another leaving (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Rivet\naliases: [Rivet Coffee]\n',
    'a.txt': 'Kestrel chief to leave\nThames Wire\n\nLONDON, 1 September 2022 (Thames Wire) - Kestrel Foods said on Thursday that Chief Executive Ada Moss will step down at the end of the month for family reasons.\n',
    'b.md': md('Rivet replaces Moss', '2024-08-13', 'Rivet on Tuesday replaced Chief Executive Ada Moss with Ivo Lang.\n\nThe move came after two quarters of falling sales and as activist investors built stakes in the company and pressed for change.'),
  });
  it('does not give the family reasons for leaving Kestrel', () => {
    const text = renderText(answer(c, 'why did rivet get rid of moss', '2024-12-01'));
    expect(text).toContain('activist investors');
    expect(text).not.toContain('family reasons');
  });
});

describe('a post goes to its holder: not across a semicolon, not to a name that only owns something (fictional)', () => {
  const c = corpus({
    'a.md': md('Cabinet changes', '2025-03-14', 'Ivo Lang replaces Ada Moss as finance minister; Ada Moss takes over trade. Ola Nord, the public safety minister and one of Eva Berg\'s oldest friends in politics, was sworn in as justice minister.'),
  });
  it('gives finance to Lang and justice to Nord', () => {
    const holders = (title: string) => c.roles.filter((r) => r.title === title).map((r) => c.entities.get(r.person)!.name);
    expect(holders('finance minister')).toEqual(['Ivo Lang']);
    expect(holders('justice minister')).toEqual(['Ola Nord']);
  });
});

describe('"who was finance minister when X said he was quitting?": the holder on that day; "finance" is part of the post (fictional)', () => {
  const c = corpus({
    'a.md': md('Finance minister quits', '2024-12-16', 'Ada Moss resigned as finance minister on Monday. Ivo Lang was sworn in as finance minister at the palace.'),
    'b.md': md('Prime minister to resign', '2025-01-06', 'Prime Minister Ola Nord announced his resignation on Monday.'),
    'c.md': md('New cabinet', '2025-03-14', 'Eva Berg replaces Lang as finance minister; Lang takes over trade.'),
    'd.txt': 'Nord quitte\nLe Courrier\n\nLONDRES, 10 mars 2025 - Ada Moss, l\'ancienne ministre des Finances, arrive loin derrière. La ministre des Finances a parlé.\n',
  });
  it('names Lang then, Berg now', () => {
    const then = renderText(answer(c, 'who was finance minister when nord said he was quitting?', '2025-06-01')).split('\n').find((l) => l.startsWith('•'))!;
    expect(then).toContain('Ivo Lang was sworn in as finance minister');
    const now = renderText(answer(c, "who's the finance minister now", '2025-06-01')).split('\n').find((l) => l.startsWith('•'))!;
    expect(now).toContain('Eva Berg replaces Lang');
  });
});

describe('"what % did X get?" asks for a percentage (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang wins', '2025-03-09', 'Ivo Lang won the leadership of the Rivet Party on Sunday. Lang took 85.9 per cent of the points on the first ballot, and 151,899 members voted.'),
  });
  it('gives 85.9 per cent', () => {
    const a = answer(c, 'what % did lang get in the leadership vote', '2025-06-01');
    expect(renderText(a)).toContain('85.9 per cent');
    expect(readQuestion(c, 'what % did lang get in the leadership vote').type).toBe('how-many');
  });
});

describe('"what number X is Y?" asks for an ordinal, and both sides of a disagreement show (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang sworn in', '2025-03-14', 'Ivo Lang was sworn in as Norland\'s 24th prime minister on Friday.'),
    'b.md': md('Profile: Lang', '2025-03-16', 'Ivo Lang celebrates his 60th birthday on Sunday, two days after he was sworn in as Norland\'s 23rd prime minister.'),
    'c.md': md('Lang cabinet', '2025-03-20', 'Ivo Lang met his cabinet on Thursday.'),
  });
  it('shows 24th and 23rd', () => {
    const text = renderText(answer(c, 'what number prime minister is lang', '2025-06-01'));
    expect(text).toContain('24th');
    expect(text).toContain('23rd');
  });
});

describe('"who replaced X as transport minister?": only a successor in that post answers (fictional)', () => {
  const c = corpus({
    'a.md': md('Finance minister quits', '2024-12-16', 'Ada Moss resigned as finance minister on Monday.'),
    'b.md': md('Cabinet', '2025-03-14', 'Ivo Lang, who took over Finance in December after Ada Moss\'s abrupt resignation, stays in the inner circle. Moss becomes transport minister.'),
    'c.md': md('Moss to Ukraine', '2025-09-16', 'Ada Moss is leaving cabinet to become special envoy.'),
    'd.md': md('Schools', '2024-07-05', 'Eva Berg stepped down as education secretary on Friday. Ola Nord takes over at the Department for Education.'),
  });
  it('abstains for transport, naming the post, and names Nord for education', () => {
    const text = renderText(answer(c, 'who replaced moss as transport minister', '2025-10-01'));
    expect(text).toMatch(/No source says who replaced Ada Moss as transport minister/);
    expect(text).not.toContain('Ivo Lang');
    expect(renderText(answer(c, 'who replaced berg as education secretary', '2025-10-01'))).toContain('Ola Nord takes over');
  });
});

describe('"when is the X by-election?": the sentence that gives its day, before ones that only name it (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang quits', '2018-08-24', 'Ivo Lang has chosen to resign, which triggers a by-election in his seat of Northfield. The by-election in Northfield will be the first test of the new leader.'),
    'b.md': md('Lang to leave', '2018-08-26', 'He has said he will resign, triggering a by-election in his seat of Northfield.'),
    'c.txt': 'Moss to run in Northfield\nEastside Daily\n\nPosted 2018-09-18\n\nAda Moss will run in Northfield. Moss, 60, confirmed on Sunday that she would stand in the October 20 by-election, after weeks of speculation. Northfield has voted Liberal for decades.\n',
  });
  it('gives October 20 first', () => {
    const first = renderText(answer(c, 'when is the northfield by-election', '2018-09-20')).split('\n').find((l) => l.startsWith('•'))!;
    expect(first).toContain('October 20 by-election');
  });
});

describe('"Morrison, who is widely known by the nickname ScoMo": the nickname is his; "Treasurer" is no part of a name (fictional)', () => {
  const c = corpus({
    'a.md': md('Profile: Ivo Lang', '2018-08-26', 'Ivo Peter Lang became prime minister on Friday. He had been flanked by Treasurer Ivo Lang for months. Lang, who is widely known by the nickname IvoL, is a member of a church in Sydney.'),
  });
  it('"person IvoL" is Ivo Lang, named without his title', () => {
    const lang = c.entities.resolveName('IvoL');
    expect(lang?.id).toBe(c.entities.resolveName('Ivo Lang')?.id);
    expect(lang!.aliases.some((a) => /Treasurer/.test(a))).toBe(false);
  });
});

describe('a treasurer heads the Treasury; "named him prime minister" is not the namer\'s post (fictional)', () => {
  const c = corpus({
    'a.md': md('New ministry', '2018-08-27', 'Ivo Lang, elected deputy leader on Friday, is the new Treasurer. Ada Moss will act as Minister for Home Affairs until a reshuffle. Ola Nord was 37 when President Eva Berg named him prime minister in 1984.'),
    'b.md': md('Treasury', '2018-08-28', 'The Treasury said the budget was on track. The Treasury published its forecasts. Home Affairs said the border was secure, and Home Affairs staff agreed.'),
  });
  it('names Lang for the Treasury, and no prime minister Berg', () => {
    expect(renderText(answer(c, 'who-leads Treasury', '2018-09-01'))).toMatch(/^Who leads Treasury — Ivo Lang \(treasurer/);
    expect(c.roles.some((r) => r.title === 'prime minister' && r.person === c.entities.resolveName('Eva Berg')?.id)).toBe(false);
  });
});

describe('"making Lang Treasurer" is no name "Lang Treasurer"; "PM" reads as prime minister; "who did X pick as PM?" needs a pick (fictional)', () => {
  const c = corpus({
    'a.md': md('Ministry', '2018-08-27', 'Ivo Lang, elected deputy leader on Friday, is the new treasurer. The reshuffle, making Lang Treasurer, surprised many. Ola Nord is the deputy prime minister. Prime Minister Ada Moss resigned on May 1.'),
  });
  it('reads each', () => {
    expect(c.entities.entities.some((e) => /Treasurer/.test(e.name))).toBe(false);
    expect(readQuestion(c, 'is lang deputy pm?').terms.map((t) => t.word)).toEqual(['deputy', 'prime', 'minister']);
    expect(renderText(answer(c, 'who did lang pick as pm', '2018-09-01'))).toMatch(/^That is not in the corpus/);
  });
});

describe('"did X keep her seat?": a sentence saying she lost it answers (fictional)', () => {
  const c = corpus({
    'a.md': md('One year on', '2019-08-24', 'Ada Moss won the Northfield by-election in October. Ada Moss lost her seat to Ivo Lang at the May election.'),
  });
  it('shows the loss', () => {
    expect(renderText(answer(c, 'did moss keep her seat?', '2019-09-01'))).toContain('lost her seat to Ivo Lang');
  });
});

describe('a one-word slip keeps its first letter: "pushing" is not "Cushing" (fictional)', () => {
  const c = corpus({
    'a.md': md('Profile', '2011-09-23', 'Margaret Cushing Whitman became chief executive of Rivet. Cushing Whitman said Rivet would stay whole. Ivo Lang was pushed out in August.'),
  });
  it('reads no Whitman into the question, and still forgives "lnag"', () => {
    expect(readQuestion(c, 'what did moss say about rivet pushing out lang').focus).not.toContain(c.entities.resolveName('Margaret Cushing Whitman')!.id);
    expect(c.entities.resolve('ivo lnag').ids).toContain(c.entities.resolveName('Ivo Lang')!.id);
  });
});

describe('"did X want the job permanently?": "does not want the permanent post" answers (an adverb is its adjective) (fictional)', () => {
  const c = corpus({
    'a.md': md('Rivet board blew it', '2010-08-12', 'The person who deserves sympathy is Ada Moss, the finance chief, who is now acting chief executive. She has said she does not want the permanent post.'),
  });
  it('shows that she does not want it', () => {
    expect(renderText(answer(c, 'did moss want the ceo job permanently?', '2010-09-01'))).toContain('does not want the permanent post');
  });
});

describe('"what was the vote?" asks for a count (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang survives', '2018-08-21', 'Ivo Lang remains leader after beating Ada Moss by 48 votes to 35 in a party room ballot on Tuesday morning.'),
  });
  it('gives 48 to 35', () => {
    expect(readQuestion(c, 'what was the vote in the party room').type).toBe('how-many');
    expect(renderText(answer(c, 'what was the vote in the party room', '2018-09-01'))).toContain('48 votes to 35');
  });
});

describe('"is X selling off its Y?": how things stand now, and "would keep" answers (fictional)', () => {
  const c = corpus({
    'a.md': md('Rivet weighs spin-off', '2011-08-19', 'Rivet said it would explore a spin-off of its PC business. Shares of Rivet fell.'),
    'b.md': md('Rivet keeps PCs', '2011-10-28', 'Rivet said on Thursday that it would keep its PC business, ending a two-month review.'),
  });
  it('shows the keeping', () => {
    const q = readQuestion(c, 'is rivet selling off its pc business?');
    expect(q.current).toBe(true);
    expect(q.terms.map((t) => t.word)).toEqual(['selling', 'business']);
    expect(renderText(answer(c, 'is rivet selling off its pc business?', '2011-12-01'))).toContain('it would keep its PC business');
  });
});

describe('who-leads shows a group in charge: "run by its executive leadership team" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Rivet\naliases: []\n',
    'a.md': md('Rivet chief takes leave', '2017-06-13', 'Ada Moss, Rivet\'s chief executive, said on Tuesday that she would take an indefinite leave of absence. While she is away, Rivet will be run by its 14-member executive leadership team.'),
    'b.md': md('Rivet chief resigns', '2017-06-21', 'Ada Moss resigned as chief executive of Rivet on Tuesday. In the meantime, the company is run by a committee, the executive leadership team.'),
  });
  it('names the group in charge', () => {
    const text = renderText(answer(c, 'who-leads Rivet', '2017-07-15'));
    expect(text).toContain('Run by a group');
    expect(text).toContain('run by a committee, the executive leadership team');
  });
});

describe('"who runs ride-sharing in Canada", "to lead an independent investigation": an activity led is no organisation headed (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Rivet\naliases: []\n',
    'a.md': md('Rivet hires investigator', '2017-02-21', 'Rivet has hired former judge Ola Nord to lead an independent investigation into its culture.'),
    'b.md': md('Rivet chief takes leave', '2017-06-13', 'Ada Moss, Rivet\'s chief executive, said she would take leave. The team includes Eva Berg, who runs ride-sharing in the United States and Canada.'),
  });
  it('keeps Moss as the head', () => {
    expect(renderText(answer(c, 'who-leads Rivet', '2017-07-01'))).toMatch(/^Who leads Rivet — Ada Moss/);
    const heads = c.roles.filter((r) => r.head === 'org' && r.org !== 'other:unit').map((r) => c.entities.get(r.person)!.name);
    expect(heads).not.toContain('Ola Nord');
    expect(heads).not.toContain('Eva Berg');
  });
});

describe('"how much debt got wiped out?" — "written down to zero"; a stock that "tanked" fell (fictional)', () => {
  const c = corpus({
    'a.md': md('Rivet rescued', '2023-03-19', 'The regulator said Rivet\'s bonds, a type of debt, with a face value of about 16 billion francs, would be written down to zero.'),
    'b.md': md('Rivet shares', '2023-03-15', 'Rivet shares plunged 24 percent after its largest shareholder ruled out more money.'),
  });
  it('finds the write-down and the fall', () => {
    expect(renderText(answer(c, 'how much rivet debt got wiped out', '2023-04-01'))).toContain('16 billion francs');
    expect(renderText(answer(c, 'how much did rivet stock tank', '2023-04-01'))).toContain('24 percent');
  });
});

describe('"what was X doing before he went back to Y?": the post nearest before the return, not the return (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Rivet Bank\naliases: [Rivet]\n',
    'a.md': md('Rivet brings back Lang', '2023-03-29', 'Rivet said Ivo Lang will return as chief executive on April 5. Lang, 62, who ran Rivet from 2011 to 2020, will take over on April 5. After stepping down in 2020 he became chairman of the reinsurer Kestrel Re in 2021.'),
    'b.md': md('Profile: Lang', '2023-03-31', 'Next Wednesday Ivo Lang returns to the top of Rivet, the bank he ran for nine years. He left Merrill Lynch in 2010 and joined Rivet in April 2011.'),
  });
  it('gives Kestrel Re and no return', () => {
    const text = renderText(answer(c, 'what was lang doing before he went back to rivet', '2023-06-01'));
    expect(text).toContain('chairman of the reinsurer Kestrel Re');
    expect(text).not.toContain('returns to the top of Rivet');
  });
});

describe('"when was X cleared?": the complaint against X dismissed answers (fictional)', () => {
  const c = corpus({
    'a.md': md('Moss inquiry', '2024-02-29', 'Rivet said on Thursday that the grievance against Ada Moss had been dismissed after an inquiry led by an external lawyer.'),
  });
  it('gives the dismissal', () => {
    expect(renderText(answer(c, 'when was moss cleared', '2024-06-01'))).toContain('grievance against Ada Moss had been dismissed');
  });
});

describe('"since announcing his resignation" looks back on a leaving; what X does now follows it (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang to resign', '2025-09-07', 'Prime Minister Ivo Lang announced his resignation on Sunday.'),
    'b.md': md('Caretaker', '2025-10-10', 'Until then, Ivo Lang remains prime minister as caretaker.'),
    'c.md': md('New prime minister', '2025-10-22', 'Ada Moss became prime minister on Tuesday. Lang, who had stayed on as caretaker since announcing his resignation in early September, remains a member of the lower house for Northfield.'),
  });
  it('gives the seat in the lower house first', () => {
    const first = renderText(answer(c, 'what is lang doing now', '2025-12-01')).split('\n').find((l) => l.startsWith('•'))!;
    expect(first).toContain('remains a member of the lower house');
    expect(c.events.some((e) => e.kind === 'end' && c.passages[e.passage].text.includes('since announcing'))).toBe(false);
  });
});

describe('"what is X doing now?" with nothing known after X left: the sentence that opens on X leaving is shown (fictional)', () => {
  const c = corpus({
    'a.md': md('Election night', '2025-02-24', 'Two parties narrowly missed the threshold: the Free Democrats of Ivo Lang, whose 4.3 percent ended his career, and the Greens. Lang said on election night that he would leave active politics.'),
  });
  it('leads with Lang leaving politics', () => {
    const first = renderText(answer(c, 'what is lang doing now', '2025-06-01')).split('\n').find((l) => l.startsWith('•'))!;
    expect(first).toContain('Lang said on election night that he would leave active politics');
  });
});

describe('a question with brackets or dots in its words is read, not a broken pattern (fictional)', () => {
  const c = corpus({
    'a.md': md('Moss arrested', '2023-11-20', 'Ada Moss was arrested on Sunday. Moss was re-arrested in April.'),
  });
  it('answers', () => {
    expect(() => answer(c, 'when was moss (the c.e.o.) arrested?', '2024-01-01')).not.toThrow();
    expect(renderText(answer(c, 'when was moss (the c.e.o.) arrested?', '2024-01-01'))).toContain('arrested on Sunday');
  });
});

describe('"Artie Minson" and "Arthur Minson" in one article are one person (fictional)', () => {
  const c = corpus({
    'a.md': md('Two men now run Harrow', '2019-09-25', 'Artie Minson and Sebastian Gale were named co-chief executives of Harrow Works after Ada Moss gave up the job.\n\nBefore joining Harrow in 2015, Arthur Minson was chief financial officer of Kestrel Cable.'),
  });
  it('person Arthur Minson tells of the co-chief executive post', () => {
    const text = renderText(answer(c, 'person Arthur Minson', '2019-10-01'));
    expect(text).toContain('named co-chief executives');
    expect(text).toContain('Kestrel Cable');
  });
});

describe('a listing withdrawn is a change (fictional)', () => {
  const c = corpus({
    'a.md': md('Harrow shelves its IPO', '2019-10-01', 'Harrow Works withdrew its registration for an initial public offering on Monday, abandoning a listing that was expected to be one of the largest of the year.'),
  });
  it('changes since lists it, dated the Monday', () => {
    const text = renderText(answer(c, 'changes since 2019-09-20', '2019-10-31'));
    expect(text).toContain('2019-09-30, 30 September — “Harrow Works withdrew its registration');
  });
});

describe('the JSON answer text does not carry file names (fictional)', () => {
  const c = corpus({
    'moss-to-quit-says-gale.md': md('Moss to lead Harrow', '2025-03-01', 'Harrow Industries named Ada Moss chief executive on Monday. Harrow Industries makes pumps.'),
  });
  it('names the source by title and outlet; the file is in citations', () => {
    const j = toJson(answer(c, 'who-leads Harrow Industries', '2025-04-01')) as { text: string; citations: { doc: string }[] };
    expect(j.text).toContain('[1] Moss to lead Harrow — Test Wire');
    expect(j.text).not.toContain('moss-to-quit-says-gale');
    expect(j.citations[0].doc).toBe('moss-to-quit-says-gale.md');
  });
});

describe('"the country\'s president", "Northland\'s fifth president": the post is the country\'s (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Northland\naliases: []\n',
    'a.md': md('Vale wins party race', '2017-12-18', 'Deputy President Ada Vale was elected leader of Northland\'s ruling Unity Party on Monday. The Unity Party president, Ada Vale, thanked delegates.'),
    'b.md': md('Parliament elects Vale', '2018-02-15', 'Northland\'s parliament elected Ada Vale as the country\'s president on Thursday, a day after Ivo Lang resigned.\n\nVale took office as Northland\'s fifth president since 1994.'),
  });
  it('reads both as Northland\'s presidency', () => {
    const posts = c.roles.filter((r) => r.person === 'ada-vale' && r.title === 'president').map((r) => r.org);
    expect(posts.filter((o) => o === 'northland')).toHaveLength(2);
  });
});

describe('a month without a year, told in the past, is not next year because a later clause looks ahead (fictional)', () => {
  it('"was reappointed … in February …, and he is due to present … later this month", written in October', () => {
    const [d] = datesInSentence('Nene was reappointed finance minister in February as part of an effort to restore confidence, and he is due to present the budget later this month.', '2018-10-03');
    expect(d.date).toBe('2018-02-01');
    expect(datesInSentence('Ivo Lang will retire in March, the company said.', '2018-10-03')[0].date).toBe('2019-03-01');
  });
});

describe('a surname alone in a headline is not the second half of another\'s hyphened name (fictional)', () => {
  const c = corpus({
    'a.txt': 'Parliament elects Vale, a day after Lang quits\nFeb 15, 2018\n\nNorthland\'s parliament elected Ada Vale president on Thursday, a day after Ivo Lang resigned. Vale defeated Mira Berg-Lang, the former foreign minister, in December.\n',
  });
  it('"Lang quits" is Ivo Lang leaving', () => {
    const head = c.passages.find((p) => p.text.startsWith('Parliament elects Vale'))!;
    expect(c.mentions[head.id].map((m) => m.id)).toContain('ivo-lang');
    expect(c.events.some((e) => e.passage === head.id && e.kind === 'end' && e.person === 'ivo-lang')).toBe(true);
  });
});

describe('"Harrow Industries named Ada Moss chief executive": the one naming her is whose chief she is (fictional)', () => {
  const c = corpus({
    'a.md': md('Moss to lead Harrow', '2025-03-01', 'Harrow Industries named Ada Moss chief executive on Monday. Harrow Industries makes pumps.'),
    'b.md': md('Harrow results', '2025-03-20', 'Harrow Industries reported higher sales. Ivo Lang, a former Kestrel Cable executive, praised the result.'),
  });
  it('who-leads Harrow Industries is Moss', () => {
    expect(c.roles.find((r) => r.person === 'ada-moss' && r.title === 'CEO')?.org).toBe('harrow-industries');
    expect(renderText(answer(c, 'who-leads Harrow Industries', '2025-04-01'))).toMatch(/^Who leads Harrow Industries — Ada Moss \(CEO/);
  });
  it('who-leads a name the articles use but not as an organisation says no head is named, not the subject\'s head', () => {
    const text = renderText(answer(c, 'who-leads Kestrel', '2025-04-01'));
    expect(text).toContain('No source in the corpus names a head of Kestrel.');
    expect(text).not.toContain('Moss');
  });
});

describe('a kind of organisation before a name makes it one: "hedge fund Third Point" (fictional)', () => {
  const c = corpus({
    'a.md': md('Loeb presses Harrow', '2012-03-01', 'Among the sceptics is Daniel Loeb, whose hedge fund Third Point is one of Harrow\'s largest shareholders. Third Point wants four seats on the board.'),
  });
  it('learns Third Point as an organisation', () => {
    expect(c.entities.get('third-point')?.type).toBe('organisation');
  });
});

describe('a minister heads the ministry of the post\'s portfolio, however the ministry is named (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Northland\naliases: []\n',
    'a.md': md('Reshuffle', '2018-02-27', 'Finance Minister Ada Vale presented the budget on Wednesday. The National Treasury said revenue fell. Home affairs minister Ivo Lang defended the Department of Home Affairs. The Department of Home Affairs issued new passports.\n\nThe National Treasury will publish the figures. At the time Lang said Vale would be nominated to head the regional centre of the Kestrel Development Bank.'),
  });
  it('who-leads National Treasury is the finance minister; the Department of Home Affairs its minister', () => {
    expect(renderText(answer(c, 'who-leads National Treasury', '2018-06-01'))).toMatch(/^Who leads National Treasury — Ada Vale \(finance minister/);
    expect(renderText(answer(c, 'who-leads Department of Home Affairs', '2018-06-01'))).toMatch(/^Who leads Department of Home Affairs — Ivo Lang \(home affairs minister/);
  });
  it('"to head the regional centre of …" is no title of head', () => {
    expect(c.roles.some((r) => r.person === 'ada-vale' && r.title === 'head')).toBe(false);
  });
});

describe('"Department of Home Affairs", "Minister for Home Affairs": "Home" is part of the name (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang acts', '2018-08-23', 'Ivo Lang will act as Minister for Home Affairs until a reshuffle. The Department of Home Affairs said passports were delayed.'),
  });
  it('learns Home Affairs and the Department of Home Affairs', () => {
    const names = c.entities.entities.map((e) => e.name);
    expect(names).toContain('Home Affairs');
    expect(names).toContain('Department of Home Affairs');
    expect(names).not.toContain('Affairs');
  });
});

describe('"how much did VAT go up by": a rise told as a percentage answers (fictional)', () => {
  const c = corpus({
    'a.md': md('Budget', '2018-03-02', 'Its headline measure was the first increase in value-added tax since 1993: VAT will rise by one percentage point, from 14% to 15%, on April 1.'),
  });
  it('answers with the rise', () => {
    const text = renderText(answer(c, 'how much did vat go up by', '2018-06-01'));
    expect(text).toContain('from 14% to 15%');
    expect(answer(c, 'how much did vat go up by', '2018-06-01').found).toBe(true);
  });
});

describe('"how much pay did X have to give back": forfeited pay is pay given back (fictional)', () => {
  const c = corpus({
    'a.md': md('Board strips Moss of stock', '2016-09-28', 'The board of Harrow Industries said on Tuesday that Chief Executive Ada Moss would forfeit about $41 million in unvested stock awards.'),
    'b.md': md('Moss fined', '2020-01-23', 'Regulators fined Ada Moss $17.5 million on Thursday and barred her from banking. Moss said she would fight back against the $17.5 million fine.'),
    'c.md': md('Board claws back more', '2017-04-10', 'The board said it would claw back an additional $28 million in stock options from Ada Moss. Moss pushed back on the report.'),
  });
  it('answers first with the $41 million forfeited', () => {
    const first = renderText(answer(c, 'how much pay did moss have to give back', '2021-01-01')).split('\n').find((l) => l.startsWith('•'))!;
    expect(first).toContain('forfeit about $41 million');
  });
});

describe('"who ran Harrow between Vale and Lang": the head in the gap (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harrow Industries\naliases: [Harrow]\n',
    'a.md': md('Vale named CEO', '2016-10-13', 'Harrow Industries named Ada Vale chief executive on Wednesday.'),
    'b.md': md('Vale steps down', '2019-03-28', 'Ada Vale stepped down as chief executive of Harrow Industries on Thursday. The board named Mira Berg, the company\'s general counsel, as interim chief executive.'),
    'c.md': md('Lang named CEO', '2019-09-28', 'Harrow Industries named Ivo Lang chief executive on Friday. Lang said he was honoured.'),
  });
  it('names Berg first', () => {
    const first = renderText(answer(c, 'who ran harrow between vale and lang', '2020-01-01')).split('\n').find((l) => l.startsWith('•'))!;
    expect(first).toContain('The board named Mira Berg');
  });
});

describe('"Dame Jacinda" is Jacinda Ardern; "X, deputy under Y since 2020, stays on as finance minister" is X\'s post (fictional)', () => {
  const c = corpus({
    'a.md': md('Ardern to step down', '2023-01-19', 'Prime Minister Jacinda Ardern said on Thursday she would step down. Grant Robertson, deputy prime minister under Jacinda Ardern since 2020, stays on as finance minister.'),
    'b.txt': 'Dame Jacinda\'s second act\nPosted 2024-03-01\n\nDame Jacinda now works at Harvard. She married in January.\n',
  });
  it('person Dame Jacinda is Jacinda Ardern', () => {
    // (The honorific is no part of the name: "Dame Jacinda" is read as "Jacinda", her given name.)
    const text = renderText(answer(c, 'person Dame Jacinda', '2024-06-01'));
    expect(text).toMatch(/^Jacinda Ardern\b/);
    expect(text).toContain('Dame Jacinda now works at Harvard.');
  });
  it('the finance minister is Robertson, not Ardern', () => {
    expect(c.roles.filter((r) => r.title === 'finance minister').map((r) => r.person)).toEqual(['grant-robertson']);
  });
});

describe('"which number prime minister is X" is answered by an ordinal, like "what number" (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang sworn in', '2023-01-25', 'Ivo Lang was sworn in as Northland\'s 41st prime minister on Wednesday. Lang has been prime minister for a day and said he felt ready.'),
  });
  it('gives the 41st', () => {
    const first = renderText(answer(c, 'which number prime minister is lang', '2023-06-01')).split('\n').find((l) => l.startsWith('•'))!;
    expect(first).toContain('41st prime minister');
  });
});

describe('a name the curator gave keeps its first word inside a longer name: "New Northland First", "Air New Northland" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: New Northland\naliases: [Northland]\n',
    'a.md': md('Coalition', '2023-11-24', 'Ivo Lang agreed a coalition with New Northland First on Friday. With New Northland First, led by Ada Vale, the bloc has a majority. Lang, the former Air New Northland boss, said he was pleased.'),
  });
  it('learns the party and the airline whole, and no "Northland First"', () => {
    const names = c.entities.entities.map((e) => e.name);
    expect(names).toContain('New Northland First');
    expect(names).toContain('Air New Northland');
    expect(names).not.toContain('Northland First');
  });
});

describe('"The former Northland prime minister wed …" opening a paragraph is the one the paragraph before named (fictional)', () => {
  const c = corpus({
    'a.txt': 'Vale\'s second act\nBay Ledger - World\n\nIt took a pandemic and two years of waiting, but Ada Vale is finally married.\n\nThe former Northland prime minister wed her longtime partner, the presenter Ivo Lang, on Saturday, January 13, 2024, at a winery.\n\nThe wedding came a year after Vale stepped down on January 18, 2023.\n',
  });
  it('when did vale get married: January 13, 2024', () => {
    expect(renderText(answer(c, 'when did vale get married', '2024-06-01'))).toContain('The former Northland prime minister wed her longtime partner, the presenter Ivo Lang, on Saturday, January 13, 2024');
    const p = c.passages.find((x) => x.text.startsWith('The former Northland'))!;
    expect(c.mentions[p.id][0]).toMatchObject({ id: 'ada-vale', start: 0 });
  });
});

describe('"did anyone stand against X for the leadership": "anyone" carries nothing; the only nominee answers (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang unopposed', '2023-01-22', 'Ivo Lang is the only nominee for the Unity Party leadership. Lang thanked Ada Vale for her years as leader.'),
  });
  it('answers with the only nominee', () => {
    const a = answer(c, 'did anyone stand against lang for the unity party leadership', '2023-06-01');
    expect(a.found).toBe(true);
    expect(renderText(a)).toContain('the only nominee');
  });
});

describe('"what was X\'s job before he got the top job": the post beside the top one in the sentence naming him (fictional)', () => {
  const c = corpus({
    'a.md': md('Harrow picks Lang', '2016-10-13', 'Ada Vale retired on Wednesday. The board named Ivo Lang, the company\'s president and chief operating officer, as chief executive of Harrow Industries.'),
    'c.md': md('Harrow results', '2018-01-10', 'Harrow Industries, led by chief executive Ivo Lang, reported higher sales. Lang said the job was demanding.'),
  });
  it('shows the chief operating officer post first', () => {
    const first = renderText(answer(c, 'what was lang\'s job before he got the top job?', '2020-01-01')).split('\n').find((l) => l.startsWith('•'))!;
    expect(first).toContain('president and chief operating officer, as chief executive');
  });
});

describe('"chief customer service officer": a chief officer title of two words (fictional)', () => {
  const c = corpus({
    'a.md': md('Vale named co-CEO', '2025-12-04', 'Harrow Industries has named its co-founder Ada Vale as co-chief executive. Until now Vale described herself on her profile as Harrow\'s chief customer service officer.'),
  });
  it('reads the title', () => {
    expect(c.roles.some((r) => r.person === 'ada-vale' && r.title === 'chief customer service officer')).toBe(true);
  });
});

describe('"how much was Harrow fined in 2016": the year asked bounds the answer; a penalty is a fine (fictional)', () => {
  const c = corpus({
    'a.md': md('Harrow pays', '2016-09-09', 'Harrow Industries agreed on Thursday to pay $185 million in penalties to settle accusations that its staff opened fake accounts.'),
    'b.md': md('Harrow fined again', '2020-01-23', 'Regulators fined Harrow Industries $3 billion on Thursday over the same accounts.'),
    'c.md': md('Harrow results', '2024-02-01', 'Harrow Industries said it lost $77 million last year.'),
  });
  it('gives the 2016 penalty and not the 2020 fine', () => {
    const text = renderText(answer(c, 'how much was harrow fined in 2016', '2021-01-01'));
    expect(text).toContain('$185 million in penalties');
    expect(text).not.toContain('$3 billion');
  });
  it('"last year" in a 2024 article is 2023', () => {
    expect(renderText(answer(c, 'how much money did harrow lose in 2023', '2024-06-01'))).toContain('lost $77 million last year');
  });
});

describe('person: the first time they took the top post is always shown (fictional)', () => {
  const body = 'Ivo Lang, 63, joined Norland Bank, which later merged with Harrow Industries, in 1982. He became chief executive in 2007 and chairman in 2010.';
  const c = corpus({
    'a.md': md('Lang retires', '2016-10-13', `Ivo Lang retired as chief executive of Harrow Industries on Wednesday. ${body}`),
    ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`n${i}.md`, md(`Harrow item ${i}`, `2016-0${1 + (i % 8)}-1${i % 9}`, `Ivo Lang, chief executive of Harrow Industries, spoke to lawmakers about branch number ${i}. Lang said branch ${i} would stay open, and Mira Berg of Kestrel Cable agreed.`)])),
  });
  it('shows "He became chief executive in 2007"', () => {
    expect(renderText(answer(c, 'person Ivo Lang', '2017-01-01'))).toContain('He became chief executive in 2007');
  });
});

describe('"the new prime minister" is the one the article told taking the post, not the one leaving it (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang sworn in', '2023-01-25', 'Ivo Lang was sworn in as Northland\'s 41st prime minister on Wednesday.\n\nEarlier in the morning Ada Vale left Parliament for the last time as prime minister.\n\nSpeaking to reporters after the ceremony, the new prime minister said his government would focus on the cost of living.'),
  });
  it('refers to Lang', () => {
    const p = c.passages.find((x) => x.text.startsWith('Speaking to reporters'))!;
    expect(c.mentions[p.id].map((m) => m.id)).toEqual(['ivo-lang']);
  });
});

describe('a book published is news about its author; "the memoir is out" is no leaving (fictional)', () => {
  const c = corpus({
    'a.md': md('Weekly', '2025-06-06', 'Former prime minister Ada Vale\'s memoir, A Different Road, was published this week, and she has been doing interviews abroad to promote it. Ada Vale\'s memoir is out.'),
  });
  it('reads an event and no departure', () => {
    const evs = c.events.filter((e) => e.person === 'ada-vale');
    expect(evs.some((e) => e.kind === 'org')).toBe(true);
    expect(evs.some((e) => e.kind === 'end')).toBe(false);
  });
});

describe('"why did X step down": a recall and a no-confidence motion are reasons (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang resigns', '2018-02-15', 'Ivo Lang resigned as president of Northland late on Wednesday. Lang said he had served the country well and thanked his family.'),
    'b.md': md('Party recalls Lang', '2018-02-13', 'The Unity Party has decided to recall President Ivo Lang, its secretary-general told reporters on Tuesday. If Lang refuses to go, he could be removed through a motion of no confidence in parliament.'),
  });
  it('shows the recall and the motion', () => {
    const text = renderText(answer(c, 'why did lang step down', '2018-03-01'));
    expect(text).toContain('decided to recall President Ivo Lang');
    expect(text).toContain('motion of no confidence');
  });
});

describe('"why did X resign", of someone fired years before: the reasons for the resignation (fictional)', () => {
  const c = corpus({
    'a.md': md('Vale fires Lang', '2015-12-10', 'Ada Vale fired Ivo Lang as finance minister on Wednesday. Lang said he believed he was removed because he had refused to approve a costly nuclear deal.'),
    'b.md': md('Lang out again', '2018-10-09', 'The president on Tuesday accepted the resignation of Finance Minister Ivo Lang. Lang had asked to be relieved of his duties after his testimony last Wednesday to the inquiry, where he admitted meeting the Berg family.'),
    'c.md': md('Kestrel chief out', '2024-05-21', 'Kestrel named a new chip chief. It did not say whether Mira Berg had been asked to step aside.'),
  });
  it('leads with the 2018 request, not the 2015 dismissal', () => {
    const first = renderText(answer(c, 'why did lang resign', '2019-01-01')).split('\n').find((l) => l.startsWith('•'))!;
    expect(first).toContain('asked to be relieved of his duties after his testimony');
  });
  it('"had asked to be relieved" is his leaving; "had been asked to step aside" is no one\'s', () => {
    expect(c.events.some((e) => e.kind === 'end' && e.person === 'ivo-lang' && c.passages[e.passage].text.includes('asked to be relieved'))).toBe(true);
    expect(c.events.some((e) => e.kind === 'end' && e.person === 'mira-berg')).toBe(false);
  });
});

describe('"did X get a cabinet post?": a title the sentence gives is a post (fictional)', () => {
  const c = corpus({
    'a.md': md('Reshuffle', '2018-02-27', 'Ivo Lang reshuffled the cabinet on Monday. His rival for the party leadership, Ada Vale, joins the cabinet as minister in the presidency for planning.'),
  });
  it('answers with her joining as minister', () => {
    const a = answer(c, 'did vale get a cabinet post?', '2018-06-01');
    expect(a.found).toBe(true);
    expect(renderText(a)).toContain('joins the cabinet as minister in the presidency');
  });
});

describe('"who replaced X at home affairs" is not answered by X\'s successor in another post (fictional)', () => {
  const c = corpus({
    'a.md': md('Reshuffle', '2018-02-27', 'Ada Vale replaces Ivo Lang, who had been finance minister since March last year. Lang moves back to home affairs.'),
    'b.md': md('Lang resigns', '2018-11-13', 'Ivo Lang resigned as home affairs minister on Tuesday after a court found he had lied under oath.'),
  });
  it('says no source names his successor there', () => {
    const text = renderText(answer(c, 'who replaced lang at home affairs', '2019-01-01'));
    expect(text).toContain('No source says who replaced Ivo Lang at home affairs');
    expect(text).not.toContain('Vale');
  });
});

describe('"when was X sworn in": a day told for another event, "two days after he was sworn in", is no side of a disagreement (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang sworn in', '2025-03-14', 'Ivo Lang was sworn in as Northland\'s 24th prime minister on Friday at the palace.'),
    'b.md': md('Lang turns 60', '2025-03-16', 'Ivo Lang celebrates his 60th birthday on Sunday, two days after he was sworn in as prime minister.'),
  });
  it('gives Friday and no "Sources differ"', () => {
    const text = renderText(answer(c, 'when was lang sworn in', '2025-06-01'));
    expect(text).toContain('was sworn in as Northland\'s 24th prime minister on Friday');
    expect(text).not.toContain('Sources differ');
  });
});

describe('"is X deputy PM?" in the present shows who has the post (fictional)', () => {
  const c = corpus({
    'a.md': md('Spill', '2018-08-24', 'Deputy Prime Minister Ivo Lang, who replaced Vale as the party\'s deputy leader on Friday, is set to become treasurer.'),
    'b.md': md('Ministry', '2018-08-27', 'The Country Party leader, Mira Berg, stays as Deputy Prime Minister. Lang becomes treasurer.'),
  });
  it('names Berg beside the claim about Lang', () => {
    expect(renderText(answer(c, 'is lang deputy pm?', '2018-09-01'))).toContain('Mira Berg, stays as Deputy Prime Minister');
  });
});

describe('"what did X say about …": what X said, with "he" resolved after a long opening phrase (fictional)', () => {
  const c = corpus({
    'a.md': md('The board blew it', '2010-08-12', 'Harrow Industries pushed out Ivo Lang on Friday after an expenses inquiry.\n\nAda Vale, Kestrel\'s chief executive and a close friend of Lang\'s, put it more bluntly than any shareholder could. In an email to a newspaper on Monday, he called the decision the "worst personnel decision" in years.'),
    'b.md': md('Harrow board', '2011-03-18', 'A reminder that the directors Harrow now has are not the ones who pushed out Ivo Lang.'),
  });
  it('shows the email', () => {
    expect(renderText(answer(c, 'what did ada vale say about harrow pushing out lang', '2012-01-01'))).toContain('"worst personnel decision"');
  });
});

describe('"how many CEOs has Harrow had since Lang left": the heads since, counted and cited (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harrow Industries\naliases: [Harrow]\n',
    'a.md': md('Lang resigns', '2010-08-07', 'Harrow Industries said on Friday that chief executive Ivo Lang had resigned. Chief Financial Officer Mira Berg becomes interim CEO.'),
    'b.md': md('Harrow picks Vale', '2010-10-01', 'Harrow Industries on Thursday named Ada Vale as its new chief executive, ending a search that began when Ivo Lang resigned in August.'),
    'c.md': md('Harrow bids for Kestrel', '2011-08-19', 'Harrow Industries offered to buy Kestrel Software. The board of Kestrel Software, led by its founder and chief executive, Tom Reed, recommended the offer.'),
    'd.md': md('Vale out', '2011-09-22', 'Harrow Industries\' board on Thursday removed Ada Vale as chief executive. It named Sara Quinn chief executive of Harrow Industries. She is Harrow\'s fourth chief executive in little more than a year, counting Berg\'s interim stint after Ivo Lang resigned in August 2010.'),
  });
  it('counts Berg (interim), Vale and Quinn, not Kestrel\'s chief', () => {
    const a = answer(c, 'how many ceos has harrow had since lang left', '2012-01-01');
    expect(a.heading).toBe('3 since Ivo Lang left (2010-08-06): Mira Berg (interim), Ada Vale, Sara Quinn');
    expect(a.citations.map((x) => x.doc)).toEqual(['a.md', 'b.md', 'd.md']);
  });
});

describe('a profile: "There he met Berg … He rose to chief financial officer of Kestrel" is its title\'s subject (fictional)', () => {
  const c = corpus({
    'a.md': md('Who is Ivo Lang?', '2017-08-31', 'Ivo Lang was confirmed as Harrow\'s new chief executive on Tuesday. Tom Reed remains Harrow\'s chairman.\n\nLang studied engineering at Brown University. He worked at a bank in New York.\n\nThere he met Tom Reed, the media mogul, and in 1998 he joined Reed\'s company, which later became Kestrel Media. He rose to chief financial officer of Kestrel Media, helping Reed assemble a collection of internet businesses, and in 2005 Reed made him chief executive of Harrow.\n\nLang is expected to start in September.'),
  });
  it('gives Lang the Kestrel CFO post and answers "what did lang do before harrow"', () => {
    expect(c.roles.some((r) => r.person === 'ivo-lang' && r.title === 'CFO' && r.org === 'kestrel-media')).toBe(true);
    expect(renderText(answer(c, 'what did lang do before harrow', '2018-01-01'))).toContain('He rose to chief financial officer of Kestrel Media');
  });
});

describe('"did X resign?": a reappointment after the resignation is part of the answer (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang quits', '2025-10-06', 'Prime Minister Ivo Lang resigned on Monday morning, hours after his government was announced. The president accepted the resignation. Lang said he had tried.'),
    'b.md': md('Week in review', '2025-10-13', 'Lang resigns on Monday morning. On Friday evening the president reappoints Lang after the talks. Lang names a new government on Sunday.'),
  });
  it('shows the reappointment', () => {
    expect(renderText(answer(c, 'did lang resign?', '2025-11-01'))).toContain('the president reappoints Lang');
  });
});

describe('a country with a president: "President X" in sentences naming it, a suspension, an acting president, a return to the presidency (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Northland\naliases: [Northland government]\n',
    'a.md': md('Chamber votes to impeach Vale', '2016-04-18', 'Northland\'s Chamber of Deputies voted on Sunday night to impeach President Ada Vale, sending the case to the Senate.'),
    'b.md': md('Senate suspends Vale', '2016-05-12', 'Northland\'s Senate voted early on Thursday to put President Ada Vale on trial, suspending her from office and handing power to her vice president, Ivo Lang. Lang, 75, was notified later in the morning and became acting president.'),
    'c.md': md('Recap', '2023-04-20', 'Seven years after she was removed from Northland\'s presidency, Ada Vale took office earlier this month as president of the New Harbour Bank, the lender set up by five countries. Her mentor, Joao Pedro Costa da Silva, returned to the presidency on January 1.'),
  });
  it('June 2016: Lang, acting', () => {
    expect(renderText(answer(c, 'who-leads Northland', '2016-06-15'))).toMatch(/^Who leads Northland — Ivo Lang \(acting president/);
  });
  it('now: Costa da Silva, a person whose name has a particle, back in the presidency', () => {
    expect(c.entities.get('joao-pedro-costa-da-silva')?.type).toBe('person');
    expect(renderText(answer(c, 'who-leads Northland', '2023-06-01'))).toMatch(/^Who leads Northland — Joao Pedro Costa da Silva \(president/);
  });
  it('what is Vale doing now: the bank, though the sentence also tells her removal', () => {
    expect(c.entities.entities.map((e) => e.name)).toContain('New Harbour Bank');
    expect(renderText(answer(c, 'what is vale doing now', '2023-06-01'))).toContain('as president of the New Harbour Bank');
  });
});

describe('a chamber\'s head is its speaker, never the country\'s; "suspends house speaker X" ends his post (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Northland\naliases: [Northland government]\n',
    'a.md': md('Vale sworn in', '2016-01-02', 'President Ada Vale of Northland was sworn in on Friday. Northland\'s president thanked voters.'),
    'b.txt': 'Northland\'s top court suspends house speaker Lang, architect of the impeachment\nMay 5, 2016\n\nNorthland\'s Supreme Tribunal on Thursday suspended Ivo Lang from his seat in Congress and therefore from his post as speaker of the Chamber of Deputies. His duties pass to the first vice-president of the chamber, Tom Reed, who becomes acting speaker.\n',
    'c.md': md('Berg elected speaker', '2016-07-14', 'Mira Berg was elected speaker of Northland\'s lower house on Thursday, replacing Lang. The Chamber of Deputies met on Friday.'),
  });
  it('June: Reed, acting; August: Berg; the country is still Vale\'s', () => {
    expect(renderText(answer(c, 'who-leads Chamber of Deputies', '2016-06-15'))).toMatch(/^Who leads Chamber of Deputies — Tom Reed \(acting speaker/);
    expect(renderText(answer(c, 'who-leads Chamber of Deputies', '2016-08-15'))).toMatch(/^Who leads Chamber of Deputies — Mira Berg \(speaker/);
    expect(renderText(answer(c, 'who-leads Northland', '2016-08-15'))).toMatch(/^Who leads Northland — Ada Vale/);
  });
});

describe('"what was the final vote": the newest tally, told as "61 votes to 20" (fictional)', () => {
  const c = corpus({
    'a.md': md('Chamber votes', '2016-04-18', 'The Chamber of Deputies voted 367 to 137 to send the case to the Senate. Removing her at the end of a trial would require two-thirds of the Senate, or 54 votes.'),
    'b.md': md('Senate suspends Vale', '2016-05-12', 'The Senate voted 55 to 22 to suspend Ada Vale. A final verdict requires 54 of the chamber\'s 81 votes.'),
    'c.md': md('Senate removes Vale', '2016-08-31', 'The Senate removed Ada Vale by 61 votes to 20 on Wednesday.'),
  });
  it('leads with 61 votes to 20', () => {
    const first = renderText(answer(c, 'what was the final vote in the senate', '2016-12-01')).split('\n').find((l) => l.startsWith('•'))!;
    expect(first).toContain('61 votes to 20');
  });
});

describe('"tomou posse como presidente", "President Lang" in an article about the country: a country\'s president in other words (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Northland\naliases: [Northland government]\n',
    'a.md': md('Vale removed', '2016-08-31', 'Northland\'s Senate removed President Ada Vale from office on Wednesday. Ivo Lang, who had been acting president since May, was sworn in hours later.'),
    'b.txt': 'Lang toma posse como presidente\nBrasília, 31 de agosto de 2016\n\nIvo Lang tomou posse como presidente da República na tarde desta quarta-feira.\n',
    'c.md': md('Former speaker arrested', '2016-10-20', 'Northland police arrested the former speaker Tom Reed on Wednesday in Northland\'s capital. It is also uncomfortable for President Ivo Lang: Reed is a member of his party.'),
  });
  it('who-leads Northland in November is Lang, president', () => {
    const text = renderText(answer(c, 'who-leads Northland', '2016-11-01'));
    expect(text).toMatch(/^Who leads Northland — Ivo Lang \(president/);
    expect(c.roles.some((r) => r.person === 'ivo-lang' && r.title === 'president' && c.passages[r.passage].text.includes('tomou posse'))).toBe(true);
  });
});

describe('"president of Harrow\'s USA arm": the unit after a possessive; "Smoot heads back to the restaurants" leads nothing (fictional)', () => {
  const c = corpus({
    'a.md': md('Harrow shake-up', '2019-11-04', 'Ivo Lang, president of Harrow\'s Northland unit since 2017, becomes chief executive of Harrow. Harrow\'s Northland unit is its largest.'),
    'b.txt': 'Smoot heads back to the restaurants\nApril 24, 2020\n\nMira Smoot will run field operations at Harrow.\n',
  });
  it('gives Lang the unit\'s presidency and no one a head post from "heads back"', () => {
    expect(c.roles.some((r) => r.person === 'ivo-lang' && r.title === 'president' && r.org === 'northland')).toBe(true);
    expect(c.roles.some((r) => r.person === 'mira-smoot' && c.passages[r.passage].text.startsWith('Smoot heads back'))).toBe(false);
  });
});

describe('"what did X do between his two stints at Harrow": the post elsewhere, "becoming chief executive of Kestrel Pizza" (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang fired', '2019-11-04', 'Harrow Industries has fired its chief executive, Ivo Lang, after its board concluded that he had violated company policy. The ruling came in a suit against Harrow\'s directors and two former executives, Lang and Ada Vale.'),
    'b.txt': 'The rise and fall of Ivo Lang\nPosted 2019-11-06\n\nIvo Lang joined Harrow Industries in 1993.\n\nIn 2011 he left, becoming chief executive of Kestrel Pizza and then, in 2012, of the noodle chain Wok Express. Harrow brought him back in 2013.\n',
  });
  it('shows Kestrel Pizza', () => {
    expect(c.roles.some((r) => r.person === 'ivo-lang' && r.title === 'CEO' && r.org === 'kestrel-pizza')).toBe(true);
    expect(renderText(answer(c, 'what did lang do between his two stints at harrow', '2020-01-01'))).toContain('becoming chief executive of Kestrel Pizza');
  });
});

describe('"did the regulator fine Harrow too or just Lang": the sentence about Harrow answers the "too" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harrow Industries\naliases: [Harrow]\n',
    'a.md': md('Regulator fines Lang', '2023-01-10', 'The Markets Authority fined Ivo Lang $400,000 on Monday and barred him from serving as a director. The order also requires Lang to repay $53 million to Harrow Industries. Lang did not admit wrongdoing.'),
    'b.md': md('The Lang affair: a timeline', '2023-03-01', 'Ivo Lang ran Harrow Industries from 2015.\n\n**January 9, 2023** - The Markets Authority fines Ivo Lang $400,000. Harrow Industries is not fined, in recognition of its cooperation.'),
  });
  it('leads with Harrow not being fined', () => {
    const first = renderText(answer(c, 'did the markets authority fine harrow too or just lang', '2023-06-01')).split('\n').find((l) => l.startsWith('•'))!;
    expect(first).toContain('Harrow Industries is not fined, in recognition of its cooperation');
  });
});

describe('"will take charge of the first team on an interim basis" is taking a post; "take charge of the investigation" is not (fictional)', () => {
  const c = corpus({
    'a.md': md('Koman sacked', '2021-10-28', 'Harrow FC sacked its coach, Ivo Lang, on Wednesday. Mira Berg will take charge of the first team on an interim basis. Tom Reed will take charge of the investigation into the defeat.'),
  });
  it('reads Berg starting, Reed not', () => {
    expect(c.events.some((e) => e.kind === 'start' && e.person === 'mira-berg')).toBe(true);
    expect(c.events.some((e) => e.kind === 'start' && e.person === 'tom-reed')).toBe(false);
  });
});

describe('"who took over after Lang got sacked": "He replaced Tom Reed" names Lang\'s predecessor, not his successor (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang sacked', '2021-10-28', 'Harrow FC sacked its coach, Ivo Lang, on Wednesday night after a defeat. Lang joined in August 2020. He replaced Tom Reed, who was sacked after a heavy defeat.'),
    'b.md': md('Vale appointed', '2021-11-08', 'Harrow FC appointed Ada Vale as coach on Monday. She replaces Ivo Lang, who was sacked late last month.'),
  });
  it('shows Vale replacing Lang and not Lang replacing Reed', () => {
    const text = renderText(answer(c, 'who took over after lang got sacked', '2021-12-01'));
    expect(text).toContain('She replaces Ivo Lang');
    expect(text).not.toContain('He replaced Tom Reed');
  });
});

describe('"PSG" is "Paris Saint-Germain": a hyphened word\'s capitalised parts count one each in an acronym (fictional)', () => {
  const c = corpus({
    'a.md': md('Reed signs', '2021-08-10', 'Tom Reed signed for Paris Saint-Germain on Tuesday. Paris Saint-Germain paid no fee. PSG president Nasser Vale said the signing showed the club\'s ambition.'),
  });
  it('who-leads Paris Saint-Germain is its president', () => {
    expect(renderText(answer(c, 'who-leads Paris Saint-Germain', '2021-09-01'))).toMatch(/^Who leads Paris Saint-Germain — Nasser Vale \(president/);
  });
});

describe('"how long is X\'s contract": a length of time answers, from every source that gives one (fictional)', () => {
  const c = corpus({
    'a.md': md('Reed signs', '2021-08-10', 'Tom Reed signed for Harrow FC on Tuesday, agreeing a two-year contract with the option of a third year. Reed thanked the fans.'),
    'b.md': md('Weekly', '2021-09-03', 'Tom Reed made his debut on Sunday. The first game of his three-year deal drew a global audience.'),
    'c.md': md('Farewell', '2021-08-08', 'Tom Reed cried at his farewell after 21 years at Kestrel FC, saying his contract could not be renewed.'),
  });
  it('shows the two-year contract and the three-year deal', () => {
    const text = renderText(answer(c, 'how long is reed\'s contract at harrow', '2021-10-01'));
    expect(text).toContain('agreeing a two-year contract');
    expect(text).toContain('his three-year deal');
  });
});

describe('"he succeeded Tom Reed, the father of the console, as president": the post is the successor\'s (fictional)', () => {
  const c = corpus({
    'a.md': md('Who is Ivo Lang?', '2012-04-02', 'Ivo Lang joined Harrow Games in 1984.\n\nIn late 2006 he succeeded Tom Reed, the engineer known as the father of the console, as president and group chief executive of Harrow Games.'),
  });
  it('gives Lang the presidency, not Reed', () => {
    expect(c.roles.filter((r) => r.title === 'president').map((r) => r.person)).toEqual(['ivo-lang']);
  });
});

describe('"who did X beat, and by how much?": the win ahead of the others, with its share (fictional)', () => {
  const c = corpus({
    'a.md': md('Vale wins', '2021-03-08', 'Ada Vale won 54.2 per cent of the vote, according to the official count. Ivo Lang finished second with 30 per cent, and Tom Reed third.'),
    'b.md': md('Timeline', '2021-11-22', '- **7 March** - Ada Vale wins the election for president of Harrow FC, ahead of Ivo Lang and Tom Reed.\n- **8 March** - Ada Vale thanks the members.'),
    'c.md': md('Lang profile', '2020-10-01', 'Ivo Lang won a full mandate in 2015, beating Ada Vale in a run-off.'),
  });
  it('the margin is a share of the vote', () => {
    const text = renderText(answer(c, 'who did vale beat in the election and by how much', '2021-12-01'));
    expect(text).toContain('won 54.2 per cent of the vote');
  });
  it('who she beat is who she won ahead of, before the race she lost', () => {
    const text = renderText(answer(c, 'who did vale beat in the election', '2021-12-01'));
    expect(text).toMatch(/^Best cited excerpts[^\n]*\n• “7 March - Ada Vale wins the election/);
  });
});

describe('"Ivo Lang, the coach of the reserve side and a former full-back, will take charge": the subject past a long apposition (fictional)', () => {
  const c = corpus({
    'a.md': md('Reed sacked', '2021-10-28', 'Harrow FC dismissed coach Tom Reed on Wednesday night after a defeat.\n\nReed, a former Harrow defender who scored the winning goal in the club\'s first cup final in 1992, left the Nordland national team to take the job in August 2020.\n\nIvo Lang, the coach of the reserve side Harrow B and a former full-back for the club, will take charge of the first team on an interim basis, starting with Saturday\'s game.'),
    'b.md': md('Vale unveiled', '2021-11-08', 'Ada Vale was unveiled as Harrow FC coach on Monday. She replaces Tom Reed, who was sacked late last month.'),
  });
  it('the start is Lang\'s', () => {
    const p = c.passages.find((x) => x.text.startsWith('Ivo Lang, the coach'))!;
    expect(c.events.filter((e) => e.passage === p.id && e.kind === 'start').map((e) => e.person)).toEqual(['ivo-lang']);
  });
  it('"who took over after Reed got sacked" reads the sacking, not his leaving the national team, and shows the interim', () => {
    const text = renderText(answer(c, 'who took over the team after reed got sacked', '2021-12-01'));
    expect(text).toContain('Ivo Lang, the coach of the reserve side');
    expect(text).not.toContain('left the Nordland national team');
  });
});

describe('a "where are they now" feature: "Ivo Lang. After his dismissal the Dutchman returned …" (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang sacked', '2021-10-28', 'Harrow FC dismissed coach Ivo Lang on Wednesday night after a defeat.\n\nAda Vale, the coach of the reserve side, will take charge of the first team on an interim basis.'),
    'b.md': md('Vale deal', '2021-11-05', 'The deal ends a week of uncertainty after Ivo Lang was dismissed following a defeat.\n\nTom Reed rejected an offer to take over in January 2020, when the board sacked Max Ford, saying then that it was not the right time.'),
    'c.txt': 'Harrow\'s season of upheaval: where are they now?\nNorthside Sport - Features\n\nIvo Lang. After his dismissal in October 2021 the Dutchman returned to the job he had left for Harrow. The Nordland football federation announced in April 2022 that he would succeed Jon Berg as coach of the Nordland national team, and he took over in January 2023.\n\nTom Reed. The coach won the league in May 2023.\n',
  });
  it('keeps the name heading the paragraph with the sentence after it', () => {
    expect(c.passages.some((p) => p.text.startsWith('Ivo Lang. After his dismissal'))).toBe(true);
  });
  it('"the Dutchman" is no entity', () => {
    expect(c.entities.get('dutchman')).toBeUndefined();
  });
  it('"that he would succeed Jon Berg" is Lang, the one the paragraph named', () => {
    const p = c.passages.find((x) => x.text.startsWith('The Nordland football federation'))!;
    expect(c.mentions[p.id].filter((m) => m.ref).map((m) => m.id)).toContain('ivo-lang');
  });
  it('"where is Lang coaching now" gives the national team', () => {
    expect(renderText(answer(c, 'where is lang coaching now', '2026-11-24'))).toContain('coach of the Nordland national team');
  });
  it('"who took over after Lang got sacked" is neither his own later move nor an offer refused before it', () => {
    const text = renderText(answer(c, 'who took over the team after lang got sacked', '2026-11-24'));
    expect(text).toContain('Ada Vale, the coach of the reserve side');
    expect(text).not.toContain('he would succeed Jon Berg');
    expect(text).not.toContain('rejected an offer');
  });
});

describe('"His relationship with Vale …. The president considered replacing him": a family name alone names her again for "the president" (fictional)', () => {
  const c = corpus({
    'a.md': md('Reed resigns', '2020-10-28', 'Harrow FC president Tom Reed resigned on Tuesday.'),
    'b.md': md('Lang sacked', '2021-10-28', 'Harrow FC dismissed coach Ivo Lang on Wednesday. The club said that President Ada Vale had told him.\n\nLang was hired by Tom Reed in 2020.\n\nHis relationship with Vale, elected in March, was never warm. The president considered replacing him at the end of last season.'),
  });
  it('"the president" is Vale, not Reed', () => {
    const p = c.passages.find((x) => x.text.startsWith('The president considered'))!;
    expect(c.mentions[p.id].map((m) => m.id)).toContain('ada-vale');
    expect(c.mentions[p.id].map((m) => m.id)).not.toContain('tom-reed');
  });
});

describe('"… about Tom Reed. The president of the Harrow Rowing Federation, who has run it since 2018, …": the title is the reference (fictional)', () => {
  const c = corpus({
    'a.md': md('A row on the podium', '2023-08-21', 'Nordland won the title on Sunday.\n\nYet by Monday the talk was less about the race than about Tom Reed. The president of the Harrow Rowing Federation (HRF), who has run the organisation since 2018, shoved a rower on the podium.'),
    'b.md': md('Reed suspended', '2023-08-27', 'Harrow Rowing Federation president Tom Reed was suspended on Saturday.'),
  });
  it('who-leads the federation is Reed', () => {
    expect(renderText(answer(c, 'who-leads Harrow Rowing Federation', '2023-08-22'))).toMatch(/^Who leads Harrow Rowing Federation — Tom Reed \(president/);
  });
});

describe('"when did X resign?": a refusal or a call to resign dates no resignation; a timeline\'s short entries are kept (fictional)', () => {
  const c = corpus({
    'a.md': md('Reed defiant', '2023-08-25', 'Tom Reed refused to resign as president of the Harrow Rowing Federation on Friday.'),
    'b.md': md('Regions turn', '2023-09-01', 'On Monday the regional presidents called on Reed to resign immediately.'),
    'c.md': md('Reed quits', '2023-09-15', 'Reed, who resigned last Sunday, appeared in court on Friday.'),
    'd.txt': 'The Reed affair: a timeline\n\nFrom a podium to a courtroom: the key dates. This timeline was last revised on 3 March 2025.\n\n24 August 2023 - The federation opens proceedings.\n\n11 September 2023 - Reed resigns as president.\n',
  });
  it('shows the resignation and the timeline\'s other day, not the refusal or the call', () => {
    const text = renderText(answer(c, 'when did reed resign', '2026-11-24'));
    expect(text).toContain('11 September 2023 - Reed resigns as president.');
    expect(text).toContain('who resigned last Sunday');
    // (They may follow, as weaker excerpts, but never before a resignation.)
    const after = (s: string) => text.indexOf(s) < 0 || text.indexOf(s) > text.indexOf('who resigned last Sunday');
    expect(after('refused to resign')).toBe(true);
    expect(after('called on Reed to resign')).toBe(true);
    expect(text).not.toMatch(/Sources differ:[^\n]*Friday/);
  });
  it('the timeline is dated by the revision its opening names, not by its first short entry', () => {
    expect(c.docByPath.get('d.txt')!.published).toBe('2025-03-03');
  });
});

describe('"what was the final result of the leadership vote?": a result told in shares, over one side\'s count or a span of years (fictional)', () => {
  const c = corpus({
    'a.md': md('Vale wins leadership', '2023-03-27', 'The result was announced on Monday. Ada Vale won 52% of the vote to 48% for Ivo Lang after second preferences were counted.'),
    'b.md': md('Vale profile', '2023-03-30', 'On Tuesday members of parliament elected her first minister with 71 votes in the final leadership vote.'),
    'c.md': md('Lang profile', '2024-05-08', 'Lang led the Harrow Party from 2000 to 2004, stepping down after poor election results in the final vote of his leadership.'),
  });
  it('gives 52% to 48% first', () => {
    const text = renderText(answer(c, 'what was the final result of the leadership vote in 2023', '2026-11-24'));
    expect(text).toMatch(/^Best cited excerpts[^\n]*\n• “Ada Vale won 52% of the vote to 48%/);
  });
});

describe('"who ran the party HQ after Lang left?": a sentence naming the one the clause names comes first (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harrow Party\naliases: [HP]\n',
    'a.md': md('Lang quits', '2023-03-18', 'Ivo Lang resigned as chief executive of the Harrow Party on Saturday after a row over membership figures.'),
    'b.md': md('Vale wins', '2023-03-27', 'Ada Vale won the Harrow Party leadership on Monday. Tom Reed, the party president, has been acting as interim chief executive since Lang left.'),
    'c.md': md('Party notes', '2023-04-01', 'Jon Berg, the opposition leader, said the Harrow Party had been left in chaos.\n\nMax Ford led the Harrow Party from 2000 to 2004 and left after poor results.'),
  });
  it('names Reed first', () => {
    const text = renderText(answer(c, 'who ran hp hq after lang left', '2026-11-24'));
    expect(text).toMatch(/^Best cited excerpts[^\n]*\n• “Tom Reed, the party president, has been acting/);
  });
});

describe('"Green co-leaders Tom Reed and …": the Welsh Greens\' heads, not a leader a recap of another party names (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harrow National Party\naliases: [HNP]\n',
    'a.md': md('Coalition ends', '2024-04-25', 'Ivo Lang ended the Harrow National Party\'s deal with the Welsh Greens on Thursday. Green co-leaders Tom Reed and Ada Vale said they had been blindsided.\n\nThe Greens said they would vote against him.'),
    'b.md': md('Recap', '2024-05-12', 'The Harrow National Party lost its deal with the Welsh Greens in April. The Greens then backed a motion against Lang.\n\nMay 6. Max Ford is declared leader unopposed.\n\nThe Harrow National Party is still in government.'),
    'c.md': md('Fund fight', '2012-05-14', 'Jon Berg, Kestrel Capital\'s founder, will join the board of the Harrow National Party.'),
  });
  it('"Greens" and "Green" are the Welsh Greens', () => {
    expect(c.entities.get('welsh-greens')!.aliases).toEqual(expect.arrayContaining(['Greens', 'Green']));
  });
  it('who-leads the Welsh Greens is a co-leader', () => {
    expect(renderText(answer(c, 'who-leads Welsh Greens', '2026-11-24'))).toMatch(/^Who leads Welsh Greens — Tom Reed \(head/);
  });
  it('who-leads a fund no one is said to run is its founder', () => {
    expect(renderText(answer(c, 'who-leads Kestrel Capital', '2026-11-24'))).toMatch(/^Who leads Kestrel Capital — Jon Berg \(founder/);
  });
});

describe('"which pundits refused to go on Match of the Day?": people asked for, a name across "of the", a day heading its entry (fictional)', () => {
  const c = corpus({
    'a.md': md('The year in review', '2023-12-29', 'March 10. Ada Vale is taken off Match of the Day.\n\nMarch 11. Ivo Lang, Tom Reed and others refuse to appear. Match of the Day goes out with no presenter.'),
    'b.md': md('Silent show', '2023-03-12', 'Ivo Lang and Tom Reed, the regular pundits, said on Friday that they would not take part in Match of the Day.'),
  });
  it('"Match of the Day" is one name', () => {
    expect(c.entities.get('match-of-the-day')).toBeDefined();
  });
  it('"March 11." stays with its entry, which is dated by it', () => {
    const p = c.passages.find((x) => x.text.startsWith('March 11. Ivo Lang'))!;
    expect(p.date).toMatch(/-03-11$/);
  });
  it('answers with the pundits', () => {
    const text = renderText(answer(c, 'which pundits refused to go on match of the day', '2026-11-24'));
    expect(text).toContain('Ivo Lang, Tom Reed and others refuse to appear');
  });
});

describe('"who broke the story?": breaking news is reporting, revealing or publishing it (fictional)', () => {
  const c = corpus({
    'a.md': md('Review ordered', '2022-12-01', 'The board of Harrow University will review papers co-authored by its president, Ivo Lang. The review was ordered on Thursday.'),
    'b.md': md('Recap', '2024-08-01', '- **November 29, 2022** – The Harrow Daily, in reporting by freshman Ada Vale, publishes allegations that images in papers co-authored by the president were manipulated.'),
    'c.md': md('Lang speaks', '2023-01-10', 'Ivo Lang, the president, said the story about his papers was wrong.'),
    'd.md': md('Board', '2023-02-10', 'The president\'s papers were the story of the year, the board chair Tom Reed said.'),
    'e.md': md('Panel', '2023-03-10', 'A panel led by Max Ford will examine the papers of the president, the board said in its story.'),
    'f.md': md('Resigns', '2023-07-19', 'Ivo Lang will step down as president after a review of the papers he co-authored, a story that gripped the campus.'),
  });
  it('gives the reporting', () => {
    const text = renderText(answer(c, 'who broke the story about the president\'s papers', '2026-11-24'));
    expect(text).toContain('The Harrow Daily, in reporting by freshman Ada Vale');
  });
});

describe('a dean heads a school: "Ada Vale, the dean of Harrow Law School, will become provost …. The law school … X will serve as interim dean" (fictional)', () => {
  const c = corpus({
    'a.md': md('Vale named provost', '2023-08-23', 'Ada Vale, the dean of Harrow Law School, will become Harrow University\'s next provost on October 1.\n\nThe law school will begin a search for a new dean immediately. In the meantime, Tom Reed will serve as interim dean.'),
    'b.md': md('Provost', '2023-08-30', 'Last week the president named Max Ford, the dean of Harrow Business School, as provost of Harrow University.'),
  });
  it('"the law school" is Harrow Law School', () => {
    const p = c.passages.find((x) => x.text.startsWith('The law school'))!;
    expect(c.mentions[p.id].map((m) => m.id)).toContain('harrow-law-school');
  });
  it('who-leads the law school is the interim dean, once the dean has moved on', () => {
    expect(renderText(answer(c, 'who-leads Harrow Law School', '2023-11-01'))).toMatch(/^Who leads Harrow Law School — Tom Reed \(interim dean/);
  });
  it('the post beside someone named to another is the one they leave', () => {
    expect(c.roles.filter((r) => r.title === 'dean' && !r.past).map((r) => r.person)).toEqual(['tom-reed']);
  });
});

describe('"who replaced X as dean of the business school?" when no one was named: the sources saying so, cited, in the user\'s words (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang named president', '2024-04-04', 'Harrow University named Ivo Lang, the dean of its business school, as its next president on Thursday. The university did not say who would succeed Lang as dean of the business school.'),
    'b.md': md('Law dean', '2023-08-23', 'Tom Reed will serve as interim dean of the law school.'),
  });
  it('abstains, names the post as asked, and cites the source that says no one was named', () => {
    const a = answer(c, 'who replaced lang as dean of the business school?', '2026-11-24');
    const text = renderText(a);
    expect(a.found).toBe(false);
    expect(text).toContain('did not say who would succeed Lang');
    expect(text).toContain('No source says who replaced Ivo Lang as dean of the business school');
    expect(text).not.toContain('Tom Reed');
    expect(a.citations.map((x) => x.doc)).toEqual(['a.md']);
  });
});

describe('"who blocked Nordair from adding flights?": blocking is rejecting, and flights are flown (fictional)', () => {
  const c = corpus({
    'a.txt': 'Harrow Air: the year in review\nThe Tarmac\n\nJuly 2023 - Transport Minister Ada Vale rejects a request from Nordair to fly more services into Harrow, a decision that turns into a row over the influence of Harrow Air.\n',
    'b.md': md('Exit', '2023-09-05', 'The government\'s decision in July to block Nordair from adding flights has become a political row.'),
  });
  it('names the minister', () => {
    expect(renderText(answer(c, 'who blocked nordair from adding flights', '2026-11-24'))).toContain('Transport Minister Ada Vale rejects a request from Nordair');
  });
});

describe('"why did X leave early?": what X said of it, beside the leaving, and "ahead of schedule" is early (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang quits early', '2023-09-05', 'Ivo Lang is leaving Harrow Air two months ahead of schedule. Tuesday is his last day.\n\nAda Vale becomes chief executive on Wednesday. Lang had been due to stay until after the annual meeting in November.\n\nIn a statement, Lang said the focus on events of the past had made it clear that the company needed to move ahead with its renewal as a priority.'),
    'b.md': md('Unions', '2023-09-08', 'Unions, which clashed with Lang for years, want a change of tone.'),
    'c.md': md('Board', '2024-04-22', 'Tom Reed said he would leave the board early, following the exit of Lang and a string of controversies.'),
  });
  it('shows his statement', () => {
    expect(renderText(answer(c, 'why did lang leave early', '2026-11-24'))).toContain('needed to move ahead with its renewal');
  });
});

describe('"Forza Nordland", "Nordland Viva" are parties, and "the italian election" names no one (fictional people, real country words)', () => {
  const c = corpus({
    'a.md': md('Vale wins', '2022-09-26', 'Ada Vale\'s alliance won the election on Sunday. Forza Italia, led by Tom Reed, took 8%. Italia Viva fell short.\n\nTurnout was 63.9%, the lowest in any general election since the war.'),
    'b.md': md('Recap', '2022-10-31', 'Forza Italia and Italia Viva both lost seats. The Italian Social Movement was founded in 1946, and the Italian Social Movement\'s heirs now govern.'),
    'c.md': md('Il voto', '2022-09-27', 'Secondo i dati, Italia ha votato domenica. Il nuovo governo guiderà Italia per cinque anni.'),
  });
  it('types them as organisations', () => {
    for (const id of ['forza-italia', 'italia-viva', 'italian-social-movement']) expect(c.entities.get(id)?.type).toBe('organisation');
  });
  it('"italian" in a question is no slip for "Italia"', () => {
    expect(c.entities.resolve('what was turnout in the italian election').ids).toEqual([]);
  });
  it('"what was turnout in the italian election" answers with the turnout', () => {
    expect(renderText(answer(c, 'what was turnout in the italian election', '2026-11-24'))).toContain('Turnout was 63.9%');
  });
});

describe('a prime minister who resigned "remains in office as caretaker": still at the head, for now (fictional country words real)', () => {
  const c = corpus({
    'topic.yaml': 'name: Italian government\naliases: [Government of Italy, Italy]\n',
    'a.md': md('Lang resigns', '2022-07-21', 'Ivo Lang resigned as Italy\'s prime minister on Thursday, and President Tom Reed dissolved parliament hours later. Reed had turned down a first offer to resign a week earlier.'),
    'b.md': md('Why Lang fell', '2022-07-28', 'Lang had lost his majority.\n\nLang has said he will not run. He remains in office as caretaker until a new government is sworn in, which is unlikely to happen before late October.\n\nOn Wednesday the leaders agreed that whichever party wins most votes will propose the prime minister, which in practice makes Ada Vale the front-runner to become Italy\'s first woman head of government.'),
  });
  it('who-leads in August is Lang, as caretaker', () => {
    const text = renderText(answer(c, 'who-leads Italian government', '2022-08-20'));
    expect(text).toMatch(/^Who leads Italian government — Ivo Lang \(interim prime minister/);
    expect(text).toContain('remains in office as caretaker');
  });
  it('a front-runner to become head of government holds no post; turning down an offer to resign is no leaving', () => {
    expect(c.roles.some((r) => r.person === 'ada-vale' && !r.past)).toBe(false);
    expect(c.events.some((e) => e.person === 'tom-reed' && e.kind === 'end')).toBe(false);
  });
  it('"unlikely to happen before late October", said in July, is the coming October', () => {
    expect(datesInSentence('A new government is unlikely to be sworn in before late October.', '2022-07-28')[0].date).toBe('2022-10-01');
  });
});

describe('"which parties boycotted the vote?": organisations answer (fictional)', () => {
  const c = corpus({
    'a.txt': 'Lang wins vote, loses majority\nROME, July 20, 2022 (Adriatic Wire) - Prime Minister Ivo Lang won a confidence vote on Wednesday.\n\nThe Nordic League and Forza Nordia responded with their own resolution calling for a new Lang government without the Star Movement, which had boycotted a confidence vote on an aid decree last week.\n',
    'b.md': md('Lang resigns', '2022-07-21', 'Ivo Lang resigned on Thursday. His allies said the vote had been a mistake.'),
  });
  it('names the parties', () => {
    const text = renderText(answer(c, 'which parties boycotted the vote that brought down lang', '2026-11-24'));
    expect(text).toContain('which had boycotted a confidence vote');
  });
});

describe('"what is X doing now?": the two sentences in a row that tell it, and "the former Italian prime minister" is X (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang resigns', '2022-07-21', 'Ivo Lang resigned as Italy\'s prime minister on Thursday. He stays on as caretaker.'),
    'b.md': md('Where are they now', '2024-09-10', 'Ivo Lang was back in the spotlight on Monday, when he presented his report on the future of European competitiveness in Brussels.\n\nThe former Italian prime minister warned that Europe risked falling behind, and said it needed investment of 750 to 800 billion euros a year. Reactions were mixed.'),
    'c.md': md('Vote', '2022-07-20', 'Prime Minister Ivo Lang won a confidence vote on Wednesday, but three parties refused to take part.'),
    'd.md': md('Caretaker', '2022-07-22', 'As caretaker, Lang\'s government will deal with urgent matters only.'),
    'e.md': md('Timeline', '2022-10-31', 'October 23 - Lang hands over the cabinet bell to his successor.'),
    'f.md': md('Handover', '2022-10-22', 'Lang, who stays on as caretaker until the handover, will pass the bell on Sunday.'),
  });
  it('"the former Italian prime minister" refers to Lang', () => {
    const p = c.passages.find((x) => x.text.startsWith('The former Italian prime minister'))!;
    expect(c.mentions[p.id].map((m) => m.id)).toContain('ivo-lang');
  });
  it('gives the report and the sum', () => {
    const text = renderText(answer(c, 'what is lang doing now', '2026-11-24'));
    expect(text).toContain('future of European competitiveness');
    expect(text).toContain('750 to 800 billion euros');
  });
});

describe('person: "a former Kestrel Capital banker" is where someone came from (fictional)', () => {
  const c = corpus({
    'a.md': md('Reed under fire', '2023-02-13', 'Tom Reed, the chairman of the Harrow Broadcasting Board, made errors of judgement, MPs said on Sunday. Reed, a former Kestrel Capital banker and party donor, was confirmed in 2021.'),
    'b.md': md('Reed resigns', '2023-04-28', 'Tom Reed resigned as chairman of the Harrow Broadcasting Board on Friday. He will stay until the end of June. Reed said he regretted the distraction.'),
    'c.md': md('Reed and the loan', '2023-01-23', 'Tom Reed said he had introduced Ivo Lang to Ada Vale. Reed said he had no role in the loan. Reed said he acted properly. Reed said he would cooperate.'),
    'd.md': md('Chair row', '2023-03-12', 'Questions were asked about the role of the chairman, Tom Reed. Tom Reed said nothing. Tom Reed attended the board. Tom Reed met staff.'),
    ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`e${i}.md`, md(`Board note ${i}`, `2022-0${(i % 9) + 1}-1${i % 10}`, `Tom Reed, the chairman of the Harrow Broadcasting Board, said on Monday that the board had met ${i + 2} times and that chairman Tom Reed would speak to Ivo Lang and Ada Vale of Kestrel Capital about plan ${i}.`)])),
  });
  it('shows it', () => {
    expect(renderText(answer(c, 'person Tom Reed', '2026-11-24'))).toContain('a former Kestrel Capital banker');
  });
});

describe('"Dame Ada Vale" is Ada Vale, a person, and "Dame Ada" is her too (fictional)', () => {
  const c = corpus({
    'a.md': md('Vale takes the chair', '2023-06-28', 'Dame Ada Vale took over as acting chair of the Harrow Broadcasting Board on Tuesday, June 27, filling the gap left by Tom Reed.'),
    'b.md': md('Weekly', '2023-07-14', 'Dame Ada settles in. This was the first report to carry the name of Dame Ada Vale, who has been acting chair since 1 July.'),
  });
  it('one person', () => {
    expect(c.entities.get('ada-vale')?.type).toBe('person');
    expect(c.entities.resolve('dame ada').ids).toEqual(['ada-vale']);
  });
  it('"when did ada vale take over as acting chair" gives both days', () => {
    const text = renderText(answer(c, 'when did ada vale take over as acting chair', '2026-11-24'));
    expect(text).toContain('June 27');
    expect(text).toContain('since 1 July');
  });
});

describe('an undated article telling "in April 2018" as past was written after that April, not on its first day (fictional)', () => {
  const c = corpus({
    'a.md': md('Reed fights for his job', '2018-04-06', 'Tom Reed, the chief executive of Harrow Bank, is fighting to keep his job.'),
    'b.txt': 'Lang to leave Harrow Bank\nContinental Wire\n\nIvo Lang is leaving. He became sole head of the investment bank in April 2018, when Ada Vale replaced Tom Reed as chief executive.\n',
  });
  it('who-leads Harrow Bank on April 7 names Reed alone', () => {
    const text = renderText(answer(c, 'who-leads Harrow Bank', '2018-04-07'));
    expect(text).toMatch(/^Who leads Harrow Bank — Tom Reed/);
    expect(text).not.toContain('Ada Vale');
  });
});

describe('"why did X leave?": "by mutual agreement" is the reason the bank gave (fictional)', () => {
  const c = corpus({
    'a.txt': 'Lang to leave Harrow Bank\nLONDON, 5 July 2019 (Continental Wire) - Ivo Lang, the head of Harrow Bank\'s investment bank, will leave the lender at the end of July by mutual agreement, the bank said on Friday.\n',
    'b.md': md('Lang leaves', '2019-07-08', 'After the departure of investment bank head Ivo Lang, Ada Vale took direct responsibility for the investment bank. Lang announced he will leave at the end of July.'),
    'c.md': md('Recap', '2022-05-20', 'July 5, 2019 - Lang announces he will leave at the end of July. Lang leaves the board.'),
  });
  it('shows it first', () => {
    expect(renderText(answer(c, 'why did lang leave', '2026-11-24'))).toMatch(/^Best cited excerpts[^\n]*\n• “LONDON, 5 July 2019 \(Continental Wire\) - Ivo Lang[^\n]*by mutual agreement/);
  });
});

describe('"why did the merger fall apart?": falling apart is collapsing or being abandoned (fictional)', () => {
  const c = corpus({
    'a.md': md('Talks called off', '2019-04-25', 'Harrow Bank and Kestrel Bank abandoned their merger talks on Thursday.\n\nIn a joint announcement, the two lenders said that after careful analysis they had concluded a combination would not have created enough value to offset the execution risks.'),
    'b.md': md('Cuts', '2019-07-08', 'Harrow Bank will cut 18,000 jobs. He replaced Tom Reed in April 2018 and has since cut jobs, but the share price has kept falling.'),
    'c.md': md('Kestrel', '2019-03-17', 'Some investors questioned whether combining two weak banks would create a strong one, pointing to the cost of integrating them. Kestrel Bank shares fell.'),
  });
  it('gives the reason the lenders gave', () => {
    expect(renderText(answer(c, 'why did the kestrel bank merger fall apart', '2026-11-24'))).toContain('would not have created enough value');
  });
});

describe('"how much of Kestrel Bank does the government own?": a share answers (fictional)', () => {
  const c = corpus({
    'a.md': md('Talks off', '2019-04-25', 'The collapse is a setback for the finance minister. The government owns about 15 percent of Kestrel Bank. Kestrel Bank paid $2 million in fees.'),
  });
  it('gives the share', () => {
    expect(renderText(answer(c, 'how much of kestrel bank does the government own', '2026-11-24'))).toContain('owns about 15 percent of Kestrel Bank');
  });
});

describe('the subject past its clauses: "X, until now a deputy, is a German who joined …", "X has spent his career there, …, having joined in 1989" (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang named', '2018-04-09', 'Ivo Lang, until now a deputy chief executive and head of the private and commercial bank, is a German who joined Harrow Bank as a trainee in 1989.\n\nIvo Lang has spent his entire career at Harrow Bank, apart from a brief spell in the mid-2000s, having joined in 1989.'),
  });
  it('both joinings are Lang\'s', () => {
    const starts = c.events.filter((e) => e.kind === 'start' && /joined/.test(c.passages[e.passage].text.slice(e.at, e.at + 6)));
    expect(starts.map((e) => e.person)).toEqual(['ivo-lang', 'ivo-lang']);
  });
});

describe('"who raced for Harrow in Jeddah when Reed had appendicitis?": the sentence after the one naming Jeddah goes on with it (fictional)', () => {
  const c = corpus({
    'a.md': md('Reed wins after surgery', '2024-03-24', 'Tom Reed won the Australian Grand Prix on Sunday. Reed said the past two weeks had been a rollercoaster and that he had been sore in the car during the race.\n\nThe Spaniard had missed the Saudi Arabian Grand Prix in Jeddah on March 9 after being diagnosed with appendicitis. Harrow\'s 18-year-old reserve driver, Ivo Lang, replaced him at short notice, becoming the youngest driver to race for the team.'),
    'b.md': md('Reed later', '2024-07-30', 'Reed, who has yet to announce where he will race next year, said the win showed what he could still offer any team. Reed will race for Williams.'),
  });
  it('names the reserve', () => {
    expect(renderText(answer(c, 'who raced for harrow in jeddah when reed had appendicitis', '2026-11-24'))).toContain('Ivo Lang, replaced him at short notice');
  });
});

describe('"when did X start at Y?": taking charge is starting, and sources that differ are both shown (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang named', '2022-12-13', 'Harrow Racing on Tuesday named Ivo Lang as team principal. The 54-year-old Frenchman will take up his post on January 9, 2023, the company said.'),
    'b.md': md('Timeline', '2024-12-10', '- **January 1:** Lang takes charge at Maranello.\n- **March 5:** Harrow Racing wins in Bahrain.'),
  });
  it('shows both days', () => {
    const text = renderText(answer(c, 'when did lang start at harrow racing', '2026-11-24'));
    expect(text).toContain('January 9, 2023');
    expect(text).toContain('January 1: Lang takes charge at Maranello');
  });
});

describe('person: who they are (born, grew up, the seat they hold) is shown beside their roles (fictional)', () => {
  const files: Record<string, string> = {};
  const posts = ['transport minister', 'health minister', 'finance minister', 'deputy leader', 'party whip', 'leader of the house', 'education minister', 'justice minister', 'trade minister', 'foreign minister', 'chief secretary', 'prime minister'];
  posts.forEach((post, i) => {
    const day = `2020-${String(i + 1).padStart(2, '0')}-10`;
    files[`n${i}.md`] = md(`Lang moves ${i}`, day, `Ivo Lang was named ${post} of Harrowland on Monday, the government said. Lang said he was honoured.`);
  });
  files['p.md'] = md('Who is Lang', '2021-01-05', 'Lang is not a minister for long; Tom Reed still sits as the MP for Harbourside.\n\nLang was born in Tallinn in 1970 and grew up in Tartu, where his mother taught music.');
  const c = corpus(files);
  it('quotes the sentence telling where he was born', () => {
    const text = renderText(answer(c, 'person Ivo Lang', '2026-11-24'));
    expect(text).toContain('Lang was born in Tallinn in 1970');
  });
});

describe('person: "chaired the board since Foley\'s departure" looks back; what he did after leaving is his newest change (fictional)', () => {
  const c = corpus({
    'a.md': md('Moss resigns', '2022-09-12', 'Harrow co-founder Ivo Moss has resigned as executive chair with immediate effect, the company said on Monday.'),
    'b.md': md('Moss is back', '2023-09-06', 'Tessera, the start-up Moss co-founded after leaving Harrow, formally launched on Wednesday.'),
    'c.md': md('Interim bosses', '2024-05-06', 'Karen Boone, who has chaired the board since Moss\'s departure, will act as interim chief executive of Harrow.'),
    ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`n${i}.md`, md(`Moss ${i}`, `2021-${String(i + 1).padStart(2, '0')}-10`, `Harrow chief executive Ivo Moss on Monday hired ${['Ann','Bo','Cy','Di','Ed','Flo','Gus','Hal','Ida','Jo','Kit','Lu'][i]} Varga from ${['Kestrel','Lumen','Osprey','Quill','Sable','Tern','Umber','Vireo','Wren','Yarrow','Zephyr','Alder'][i]} Bank as chief operating officer.`)])),
  });
  it('shows the launch', () => {
    expect(renderText(answer(c, 'person Ivo Moss', '2026-11-24'))).toContain('Tessera, the start-up Moss co-founded');
  });
});

describe('"dismissed as incorrect a report" is no dismissal; "the board dismissed Moss" is (fictional)', () => {
  const c = corpus({
    'a.md': md('Chair named', '2018-11-08', 'Harrow named Karen Boone chair on Thursday. Ivo Moss had earlier dismissed as incorrect a press report that Tom Reed was the front-runner for the role.\n\nIn 2017 the board dismissed Ann Varga, its finance chief.'),
  });
  const ends = (name: string) => c.events.filter((e) => e.kind === 'end' && e.person === c.entities.resolveName(name)!.id);
  it('reads which', () => {
    expect(ends('Ivo Moss')).toEqual([]);
    expect(ends('Ann Varga').length).toBe(1);
  });
});

describe('person: a recap\'s one-line entry a day later is the same change as the report of it: the report is shown (fictional)', () => {
  const c = corpus({
    'a.md': md('Moss out', '2012-05-14', 'Ivo Moss has left Harrow less than two weeks after an investor revealed that his biography listed a physics degree he never earned, the company said on Sunday.'),
    'b.txt': "Harrow's revolving door, revisited\nRewind Desk\n\nIt was a year of five chiefs.\n\nJanuary 4, 2012 - Harrow names Ivo Moss chief executive.\n\nMay 14, 2012 - Moss leaves.\n",
    'c.md': md('Hart to go', '2012-05-15', 'Ada Hart, who led the committee that hired Moss, had already said on May 7 that she would not seek re-election.'),
    ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`n${i}.md`, md(`Moss ${i}`, `2012-0${1 + (i % 4)}-${String(10 + i).padStart(2, '0')}`, `Harrow chief executive Ivo Moss on Monday hired ${['Ann','Bo','Cy','Di','Ed','Flo','Gus','Hal','Ida','Jo','Kit','Lu'][i]} Varga from ${['Kestrel','Lumen','Osprey','Quill','Sable','Tern','Umber','Vireo','Wren','Yarrow','Zephyr','Alder'][i]} Bank as chief operating officer.`)])),
  });
  it('quotes the report', () => {
    expect(renderText(answer(c, 'person Ivo Moss', '2026-11-24'))).toContain('Ivo Moss has left Harrow less than two weeks after');
  });
});

describe('a central bank is led by its governor; a governor general leads nothing (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Bank of Harrowland\naliases: [BOH]\n',
    'a.md': md('Rates held', '2023-02-14', 'Bank of Harrowland Governor Ada Vale kept rates on hold on Tuesday. Prime Minister Ivo Lang asked Governor General Tom Reed to open parliament.'),
  });
  it('names the governor', () => {
    expect(renderText(answer(c, 'who-leads Bank of Harrowland', '2023-03-01'))).toMatch(/^Who leads Bank of Harrowland — Ada Vale \(governor/);
    expect(c.roles.some((r) => r.person === c.entities.resolveName('Tom Reed')!.id && r.head)).toBe(false);
  });
});

describe('named to take over, not yet in the post: "will become chief executive once the merger closes", "will take up the post on May 15" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harrow News\naliases: [Harrow]\n',
    'a.md': md('Reed resigns', '2022-02-03', 'Tom Reed resigned as president of Harrow News on Wednesday. Until a successor is found, the network will be run by an interim team: Ann Varga, Bo Lind and Cy Moss.'),
    'b.md': md('Parent picks Lang to run Harrow after merger', '2022-02-28', 'Ivo Lang will become chairman and chief executive of Harrow News once the merger closes. The board, chaired by Ada Vale, is still searching for a permanent finance chief. Ada Vale, who became chair when Reed left, will return to her role as lead independent director.'),
    'c.md': md('Lang takes charge', '2022-05-02', 'Ivo Lang took over as chief executive of Harrow News on Monday.'),
    'd.md': md('Harrow names Kim Oda', '2024-05-02', 'Harrow News has named Kim Oda as its chief executive. Oda will take up the post on May 15, the company said. Lang, who has run Harrow News since 2022, will become executive chair.'),
    'e.md': md('Lang reste', '2024-05-03', 'Ivo Lang ne quitte pas pour autant l\'entreprise : il devient président exécutif du conseil.'),
  });
  const lead = (now: string) => renderText(answer(c, 'who-leads Harrow News', now));
  it('in March 2022 Lang is only named, and the interim team runs it', () => {
    expect(lead('2022-03-15')).toMatch(/^Who leads Harrow News — Ivo Lang named to take over/);
    expect(lead('2022-03-15')).toContain('run by an interim team: Ann Varga, Bo Lind and Cy Moss');
  });
  it('in June 2022 Lang leads', () => {
    expect(lead('2022-06-01')).toMatch(/^Who leads Harrow News — Ivo Lang \(CEO/);
  });
  it('on May 8, 2024 Lang still leads, Oda named to start on May 15; after that Oda leads', () => {
    const may8 = lead('2024-05-08');
    expect(may8).toMatch(/^Who leads Harrow News — Ivo Lang/);
    expect(may8).toContain('Kim Oda (CEO, named 2024-05-02, starts 2024-05-15)');
    expect(may8).not.toContain('Ivo Lang left');
    expect(lead('2024-06-01')).toMatch(/^Who leads Harrow News — Kim Oda/);
  });
  it('a chair searching for a finance chief, and a lead independent director, head nothing', () => {
    expect(c.roles.some((r) => r.person === c.entities.resolveName('Ada Vale')!.id && (r.title === 'CFO' || r.title === 'head'))).toBe(false);
  });
});

describe('"Schneider, a German-American, became chief executive": a nationality of two parts is no one (fictional)', () => {
  const c = corpus({ 'a.md': md('Moss profile', '2024-08-22', 'Ada Moss, a German-American, became chief executive of Harrow in January 2017.') });
  it('has no person "German-American"', () => {
    expect(c.entities.entities.some((e) => /German-American/.test(e.name))).toBe(false);
  });
});

describe('an alliance is led by its secretary general; "campaigning to become NATO secretary general" is no post (fictional)', () => {
  const c = corpus({
    'a.md': md('Alliance meets', '2023-07-11', 'Harrow Alliance Secretary General Ada Vale opened the summit on Tuesday. Ivo Lang, the prime minister of Nordland, is also campaigning to become Harrow Alliance secretary general.'),
  });
  it('names Vale, not Lang', () => {
    expect(renderText(answer(c, 'who-leads Harrow Alliance', '2023-08-01'))).toMatch(/^Who leads Harrow Alliance — Ada Vale \(secretary general/);
    expect(c.roles.some((r) => r.person === c.entities.resolveName('Ivo Lang')!.id && r.title === 'secretary general')).toBe(false);
  });
});

describe('"a first step toward an exit, although Vale insisted …" and "leaves policy unchanged" are no one\'s leaving (fictional)', () => {
  const c = corpus({
    'a.md': md('Bank widens band', '2022-12-20', 'In December the bank widened the band, a move many read as a first step toward an exit, although Ada Vale insisted it was not a rate increase.\n\nVale chairs her last policy meeting on March 10 and leaves policy unchanged. The board, chaired by Vale, left its settings unchanged.'),
    'b.md': md('Vale leaves', '2023-04-10', 'Ada Vale left the bank on Saturday.'),
  });
  it('Vale leaves only on Saturday', () => {
    const ends = c.events.filter((e) => e.kind === 'end' && e.person === c.entities.resolveName('Ada Vale')!.id);
    expect(ends.map((e) => c.passages[e.passage].text)).toEqual(['Ada Vale left the bank on Saturday.']);
  });
});

describe('"appointed Lang as the alliance\'s next secretary general, and Lang takes over from Tom Reed on October 1": Reed holds it till then (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang to lead alliance', '2024-07-02', 'Harrow Alliance members last week formally appointed Ivo Lang as Harrow Alliance\'s next secretary general, and Lang takes over from Tom Reed on October 1.'),
  });
  const lead = (now: string) => renderText(answer(c, 'who-leads Harrow Alliance', now));
  it('names Reed in August, with Lang named to take over on October 1, and Lang in October', () => {
    expect(c.entities.resolveName('Tom Reed')?.type).toBe('person');
    expect(lead('2024-08-15')).toMatch(/^Who leads Harrow Alliance — Tom Reed \(secretary general/);
    expect(lead('2024-08-15')).toMatch(/Named to take over:\n• Ivo Lang \([^)]*named 2024-06-25, starts 2024-10-01\)/);
    expect(lead('2024-10-15')).toMatch(/^Who leads Harrow Alliance — Ivo Lang \(secretary general/);
  });
});

describe('"acting head coach for the remaining ten Premier League matches" heads the club, not the league; "ten games left" is no leaving (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harrow FC\naliases: [Harrow]\n',
    'a.md': md('Coach leaves Harrow', '2023-03-27', 'Ada Vale has left Harrow FC by mutual consent, the club announced late on Sunday.\n\nHis assistant, Ivo Lang, will take charge as acting head coach for the remaining ten Premier League matches of the season.\n\nChairman Tom Reed said Harrow still had ten league games left and a fight for a top-four place.'),
  });
  it('names Lang, acting', () => {
    expect(renderText(answer(c, 'who-leads Harrow', '2023-04-10'))).toMatch(/^Who leads Harrow FC — Ivo Lang \(acting head/);
    expect(c.events.some((e) => e.kind === 'end' && e.person === c.entities.resolveName('Tom Reed')!.id)).toBe(false);
  });
});

describe('"X, a longtime sales executive, has been running Slatework since November": X leads it (fictional)', () => {
  const c = corpus({
    'a.md': md('Slate chief', '2024-02-16', 'Ada Vale, a longtime Harrow sales executive, has been running Slatework since Harrow named her chief executive in November.'),
    'b.md': md('Harrow deal', '2021-07-21', 'Harrow acquired Slatework, the messaging company, for $27 billion.'),
  });
  it('names Vale', () => {
    expect(renderText(answer(c, 'who-leads Slatework', '2024-03-01'))).toMatch(/^Who leads Slatework — Ada Vale/);
  });
});

describe('the managing director of a fund runs it; "a managing director at Harrow Bank" is a rank (fictional)', () => {
  const c = corpus({
    'a.md': md('Fund chief', '2025-06-02', 'Ada Vale is now in her second term as managing director of the International Harrow Fund. Ivo Lang, a managing director at Kestrel Bank, praised her.'),
  });
  it('names Vale, managing director', () => {
    expect(renderText(answer(c, 'who-leads International Harrow Fund', '2025-07-01'))).toMatch(/^Who leads International Harrow Fund — Ada Vale \(managing director/);
    expect(c.roles.some((r) => r.person === c.entities.resolveName('Ivo Lang')!.id && r.head)).toBe(false);
  });
});

describe('"who ran Harrow before Vale?": "Her predecessor, Ivo Lang, …" answers; "Reed took over from Vale" does not (fictional)', () => {
  const c = corpus({
    'a.md': md('Reed in', '2024-07-15', 'Tom Reed took over from Ada Vale as chief executive of Harrow on Monday, the company said.'),
    'b.md': md('Vale profile', '2022-04-01', 'Ada Vale became chief executive of Harrow in April. Her predecessor, Ivo Lang, had left at the end of 2021 to run Kestrel Fashion.'),
  });
  it('names Lang first', () => {
    const text = renderText(answer(c, 'who ran harrow before vale?', '2026-11-24'));
    expect(text).toContain('Her predecessor, Ivo Lang');
    expect(text.indexOf('Her predecessor')).toBeLessThan(text.indexOf('took over from Ada Vale') < 0 ? Infinity : text.indexOf('took over from Ada Vale'));
  });
});

describe('changes since: a decision told with its size is a change ("devalued the harrow by 54%", "docked 10 points", "halved the dividend") (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harrowland\naliases: [Harrowland government]\n',
    'a.md': md('Shock therapy', '2023-12-13', 'Harrowland\'s new government devalued the harrow by 54% on Tuesday.'),
    'b.md': md('Penalty', '2023-05-22', 'Kestrel FC were docked 10 points on Monday for false accounting.'),
    'c.md': md('Dividend', '2017-11-14', 'At an investor meeting on Monday, Harrow Electric halved its quarterly dividend to 12 cents.'),
  });
  it('lists them', () => {
    expect(renderText(answer(c, 'changes since 2023-12-01', '2024-01-01'))).toContain('devalued the harrow by 54%');
    expect(renderText(answer(c, 'changes since 2023-05-01', '2023-06-01'))).toContain('docked 10 points');
    expect(renderText(answer(c, 'changes since 2017-11-01', '2017-12-01'))).toContain('halved its quarterly dividend');
  });
});

describe('a president elected in November and taking office in December; a lead in a count and a portfolio head no country (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harrowland\naliases: [Harrowland government]\n',
    'a.md': md('Vale not running', '2023-08-14', 'Harrowland votes in October. President Tom Reed, whose government has struggled with inflation, is not seeking re-election. Economy Minister Ivo Lang leads with 36.7%.'),
    'b.md': md('Vale wins', '2023-11-20', 'Ada Vale was elected president of Harrowland on Sunday. With almost all ballots counted, Vale had 55.7% of the vote against 44.3% for Lang, a lead of more than eleven points. Vale will take office on December 10, succeeding President Tom Reed. Until the handover, Lang, who has been in charge of the economy since 2022, stays on. Her sister Kim Vale will be secretary general of the presidency.'),
  });
  const lead = (now: string) => renderText(answer(c, 'who-leads Harrowland', now));
  it('Reed in late November with Vale named to take over; Vale from December 10', () => {
    expect(lead('2023-11-25')).toMatch(/^Who leads Harrowland — Tom Reed \(president/);
    expect(lead('2023-11-25')).toContain('Ada Vale (president, named 2023-11-19, starts 2023-12-10)');
    expect(lead('2023-12-15')).toMatch(/^Who leads Harrowland — Ada Vale \(president/);
  });
  it('gives Lang and Kim Vale no head post', () => {
    for (const n of ['Ivo Lang', 'Kim Vale']) expect(c.roles.some((r) => r.person === c.entities.resolveName(n)!.id && r.head === 'org')).toBe(false);
  });
});

describe('named in April, in office from the day sources give, and the sources\' two days shown side by side (fictional)', () => {
  const c = corpus({
    'a.md': md('Harrow names Lang', '2024-04-04', 'Harrow University on Thursday named Ivo Lang, an economist, as its 13th president. Lang will take office on August 1.'),
    'b.md': md('Lang profile', '2024-04-06', 'Lang takes office at Harrow University on September 1, succeeding interim president Ada Vale, who has steered the university since last year.'),
    'c.md': md('Vale steadies Harrow', '2023-10-16', 'Ada Vale was formally installed as Harrow University\'s interim president on Monday.'),
  });
  const lead = (now: string) => renderText(answer(c, 'who-leads Harrow University', now));
  it('Vale leads in May with Lang named; the two days disagree', () => {
    expect(lead('2024-05-01')).toMatch(/^Who leads Harrow University — Ada Vale \(interim president/);
    expect(lead('2024-05-01')).toMatch(/Named to take over:\n• Ivo Lang/);
    expect(lead('2024-10-01')).toMatch(/^Who leads Harrow University — Ivo Lang \(president/);
    const d = renderText(answer(c, 'do the sources disagree on anything?', '2024-10-01'));
    expect(d).toContain('2024-08-01 — “Lang will take office on August 1.”');
    expect(d).toContain('2024-09-01 — “Lang takes office at Harrow University on September 1');
  });
});

describe('person: "Born in Tallinn in 1970, Lang, 53, grew up …" and "Lang, an Austrian who …" tell who they are (fictional)', () => {
  const files: Record<string, string> = {};
  ['transport', 'health', 'finance', 'trade', 'justice', 'defence', 'energy', 'culture', 'labour', 'housing', 'education', 'foreign'].forEach((post, i) => {
    files[`n${i}.md`] = md(`Lang moves ${i}`, `2020-${String(i + 1).padStart(2, '0')}-10`, `Ivo Lang was named ${post} minister of Harrowland on Monday, the government said.`);
  });
  it('quotes the birth sentence', () => {
    const c = corpus({ ...files, 'p.md': md('Who is Lang', '2021-01-05', 'Born in Tallinn on 22 October 1970, Ivo Lang, 53, grew up in a working-class family.') });
    expect(renderText(answer(c, 'person Ivo Lang', '2026-11-24'))).toContain('Born in Tallinn on 22 October 1970');
  });
  it('quotes the nationality in apposition', () => {
    const c = corpus({ ...files, 'p.md': md('Who is Lang', '2021-01-05', 'Lang, an Austrian who has led Harrowland\'s cabinet office since 2002, said he was confident.') });
    expect(renderText(answer(c, 'person Ivo Lang', '2026-11-24'))).toContain('Lang, an Austrian who has led');
  });
});

describe('"why is Harrow pulling out of Nordland?": leaving a market, answered by the reason (fictional)', () => {
  const c = corpus({
    'a.md': md('Harrow to exit Nordland', '2023-12-06', 'Harrow will shut down its business in Nordland on February 27. The decision leaves a large audience up for grabs.'),
    'b.md': md('Layoffs', '2024-01-10', 'Harrow cut 500 jobs on Wednesday. Last month it said it would close its business in Nordland on February 27, blaming network fees there.'),
  });
  it('quotes the network fees', () => {
    expect(renderText(answer(c, 'why is harrow pulling out of nordland', '2024-02-01'))).toContain('blaming network fees there');
  });
});

describe('"Lang stays on as deputy prime minister and finance minister": both posts are his (fictional)', () => {
  const c = corpus({
    'a.md': md('Cabinet', '2024-09-14', 'Vale moves to become deputy prime minister and defence minister; Ivo Lang stays on as deputy prime minister and finance minister.'),
  });
  it('answers who the finance minister is', () => {
    expect(c.roles.some((r) => r.person === c.entities.resolveName('Ivo Lang')!.id && r.title === 'finance minister')).toBe(true);
    expect(renderText(answer(c, "who's the finance minister now", '2024-10-01'))).toContain('Ivo Lang stays on');
  });
});

describe('"He handed the chief executive\'s job to Ivo Lang" makes Lang chief executive; "Vale, ex consejero delegado de Harrow," is a former one (fictional)', () => {
  const c = corpus({
    'a.md': md('Vale profile', '2023-02-25', 'Ada Vale ran Harrow Payments for a decade. She handed the chief executive\'s job to Ivo Lang at the start of 2021.'),
    'b.md': md('Vale elegida', '2023-05-03', 'El directorio eligió este miércoles a Ada Vale, ex consejero delegado de Harrow Payments, como presidenta.'),
  });
  it('gives Lang the post and Vale a former one', () => {
    expect(c.roles.some((r) => r.person === c.entities.resolveName('Ivo Lang')!.id && r.title === 'CEO')).toBe(true);
    expect(c.roles.filter((r) => r.person === c.entities.resolveName('Ada Vale')!.id && r.title === 'CEO').every((r) => r.past)).toBe(true);
  });
});

describe('"Harrow Council, led on an acting basis by Ada Vale, …": Vale leads it, acting (fictional)', () => {
  const c = corpus({
    'a.md': md('Council statement', '2023-01-23', 'Harrow Council, led on an acting basis by Ada Vale, called for an end to the violence.\n\nHarrow Council said on Monday it would meet again.'),
  });
  it('names Vale, interim', () => {
    expect(renderText(answer(c, 'who-leads Harrow Council', '2023-01-25'))).toMatch(/^Who leads Harrow Council — Ada Vale \(acting/);
  });
});

describe('"timeline April 2024": a later article\'s "Lang resigned in April" repeats the day it happened and is left out (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang resigns', '2024-04-19', 'Ivo Lang resigned as chief executive of Harrow Payments on Friday, the company said.'),
    'b.md': md('Harrow names Vale', '2024-06-12', 'Harrow Payments named Ada Vale chief executive on Wednesday.\n\nThe board had run the company since Ivo Lang resigned in April.', 'Other Wire'),
  });
  it('keeps the day and what else the month holds, not the repeat', () => {
    const text = renderText(answer(c, 'timeline April 2024', '2024-12-01'));
    expect(text).toContain('2024-04-19, 19 April — “Ivo Lang resigned as chief executive');
    expect(text).not.toContain('The board had run');
    expect(text).not.toContain('Other Wire');
    // Without the day it happened, the month is all there is: kept.
    expect(renderText(answer(c, 'timeline June 2024', '2024-12-01'))).toContain('Ada Vale');
  });
});

describe('"Tomislav Petrov Lang, known as Tom," and "Tom Lang": one person, a middle name left out (fictional)', () => {
  const c = corpus({
    'a.md': md('Who is Tom Lang?', '2023-02-25', 'Tomislav Petrov Lang, known to everyone as Tom, has spent three decades in banking.'),
    'b.md': md('Lang named', '2023-05-03', 'Harrow Bank named Tom Lang, the former Kestrel Cards chief executive, as its president.'),
  });
  it('answers person by the full name with what the other articles say', () => {
    expect(c.entities.resolveName('Tomislav Petrov Lang')!.id).toBe(c.entities.resolveName('Tom Lang')!.id);
    expect(renderText(answer(c, 'person Tomislav Petrov Lang', '2023-06-01'))).toContain('Kestrel Cards');
  });
});

describe('"why isn\'t Vale running again?" and "which candidate wanted …?": seeking a third term, promoting an idea (fictional)', () => {
  const c = corpus({
    'a.md': md('Vale will not stand', '2024-08-10', 'Ada Vale, who has led the Harrow Rowing Federation since 2013, spoke to members on Saturday.\n\n' +
      'Vale said she would not seek a third term, which the statutes forbid after twelve years.\n\nVale thanked the members for their support.'),
    'b.md': md('Candidates pitch', '2025-01-30', 'Five candidates made their pitch to the Harrow Rowing Federation on Thursday.\n\n' +
      'Ivo Lang again promoted his idea of holding a single Harrow Regatta on five rivers at once.\n\nTom Kerr said he would cut costs.'),
  });
  it('answers with the third term and with the idea promoted', () => {
    expect(readQuestion(c, 'which candidate wanted the regatta on five rivers').type).toBe('who');
    expect(renderText(answer(c, "why isn't vale running again?", '2025-06-01'))).toContain('would not seek a third term');
    expect(renderText(answer(c, 'which candidate wanted the regatta on five rivers', '2025-06-01'))).toContain('Ivo Lang again promoted');
  });
});

describe('"who proposed making Vale honorary president?": the sentence telling the proposal, after the one telling the honour (fictional)', () => {
  const c = corpus({
    'a.md': md('Vale honoured', '2025-03-28', 'Members of the Harrow Rowing Federation made Ada Vale honorary president for life on Wednesday. ' +
      'The proposal came from the executive board and was presented by vice-president Ivo Lang.'),
    'b.md': md('A long ovation', '2025-03-21', 'The day before, members stood and applauded for long minutes as Ada Vale was made honorary president for life.'),
  });
  it('answers with Lang first', () => {
    const a = answer(c, 'who proposed making vale honorary president', '2025-06-01');
    expect(a.items[0].text).toContain('presented by vice-president Ivo Lang');
  });
});

describe('a topic.yaml alias written partly in lower case ("U.S. men\'s rowing team") is found in the text (fictional)', () => {
  const c = corpus({
    'topic.yaml': "name: US men's rowing team\naliases: [USMRT, U.S. men's rowing team]\n",
    'a.md': md('New coach', '2024-09-11', "Ada Vale is the new head coach of the U.S. men's rowing team. She replaces Ivo Lang."),
  });
  it('names Vale as its head', () => {
    expect(renderText(answer(c, 'who-leads', '2024-10-01'))).toMatch(/^Who leads US men's rowing team — Ada Vale/);
  });
});

describe('"He has never been a head coach at senior level": no post (fictional)', () => {
  const c = corpus({
    'a.md': md('Lang steps in', '2023-05-30', 'Ivo Lang will coach Harrow FC for the rest of the season. He has never been a head coach at senior level.'),
  });
  it('gives Lang no head coach post from the denial', () => {
    expect(c.roles.filter((r) => r.person === c.entities.resolveName('Ivo Lang')!.id && r.title === 'head')).toEqual([]);
  });
});

describe('"Laurent Saint-Vale, a businessman who …": a hyphened saint\'s name after a given name is a surname (fictional)', () => {
  const c = corpus({
    'a.md': md('New council head', '2025-08-08', "Laurent Saint-Vale, a businessman who represents the private sector on the Harrow Council, became its president on Thursday, taking over from Ivo Lang.\n\nSaint-Vale, who made his career in insurance, thanked Lang."),
  });
  it('learns a person', () => {
    expect(c.entities.resolveName('Laurent Saint-Vale')?.type).toBe('person');
  });
});

describe('"dismissed Prime Minister Ada Vale … and replaced her with Ivo Lang": Lang followed Vale (fictional)', () => {
  const c = corpus({
    'a.md': md('Turmoil', '2024-12-20', 'The Harrow Council, in charge since April, dismissed Prime Minister Ada Vale in November after a power struggle and replaced her with Ivo Lang, a businessman.'),
    'b.md': md('Vale sworn in', '2024-06-03', 'Ada Vale was sworn in as prime minister of Harrow on Monday.'),
  });
  it('reads who replaced whom, and answers who replaced Vale', () => {
    const evs = c.events.filter((e) => e.kind === 'succession');
    expect(evs.find((e) => e.person === c.entities.resolveName('Ivo Lang')!.id)?.replaced).toBeUndefined();
    expect(evs.find((e) => e.person === c.entities.resolveName('Ada Vale')!.id)?.replaced).toBe(true);
    expect(answer(c, 'who replaced vale as pm', '2025-01-01').items[0].text).toContain('replaced her with Ivo Lang');
  });
});

describe('"when did Vale officially resign?": the formal resignation, not the promise to go (fictional)', () => {
  const c = corpus({
    'a.md': md('Vale agrees to go', '2024-03-12', 'Prime Minister Ada Vale has agreed to resign once a council is set up, regional leaders said late on Monday.'),
    'b.md': md('Timeline', '2025-04-25', '- **April 25, 2024** - The council is sworn in. Vale formally resigns the same day.'),
  });
  it('answers with the formal resignation', () => {
    expect(renderText(answer(c, 'when did ada vale officially resign', '2025-06-01'))).toContain('Vale formally resigns the same day');
  });
});

describe('"person Kelly" with Champ Kelly and Chip Kelly in the articles, and "GM Ivo Lang" (fictional)', () => {
  const c = corpus({
    'a.md': md('Harrow fire coach', '2023-11-01', 'Harrow Hawks fired head coach Tom Reed and GM Ivo Lang on Tuesday. Assistant GM Ada Kelly becomes interim general manager.'),
    'b.md': md('New coordinator', '2025-02-03', 'Harrow Hawks hired Ben Kelly as offensive coordinator on Sunday.'),
  });
  it('takes GM before a name as a title, and answers for both Kellys', () => {
    expect(c.entities.resolveName('Ivo Lang')?.type).toBe('person');
    expect(c.entities.resolveName('Lang')?.id).toBe(c.entities.resolveName('Ivo Lang')?.id);
    const text = renderText(answer(c, 'person Kelly', '2025-06-01'));
    expect(text).toContain('“Kelly” is 2 people in the corpus');
    expect(text).toContain('Ada Kelly becomes interim general manager');
    expect(text).toContain('hired Ben Kelly as offensive coordinator');
  });
});

describe('"Rob Key", "Theresa May": a word that is never a name alone is a surname after a given name (fictional)', () => {
  const c = corpus({
    'a.md': md('New director', '2022-04-20', 'The decision was made after Lang met Rob Key, the former Harrow captain who was named managing director days earlier. Key said the key task was to win.'),
  });
  it('learns Rob Key', () => {
    expect(c.entities.resolveName('Rob Key')?.type).toBe('person');
  });
});

describe('"the Harrow Treasury under Cabinet Secretary Ivo Lang": Lang heads it (fictional)', () => {
  const c = corpus({
    'a.md': md('Tax bill', '2024-06-19', 'The bill, drawn up by the Harrow Treasury under Cabinet Secretary Ivo Lang, was meant to raise money.\n\nThe Harrow Treasury said on Tuesday it would revise the bill.'),
  });
  it('answers who leads the Treasury', () => {
    expect(renderText(answer(c, 'who-leads Harrow Treasury', '2024-07-01'))).toMatch(/^Who leads Harrow Treasury — Ivo Lang \(cabinet secretary/);
  });
});

describe('"… where 282 MPs backed the motion brought by MP Ivo Lang", in an article on Vale: the article\'s, though it names Lang late (fictional)', () => {
  const c = corpus({
    'a.md': md('Senate removes Vale', '2024-10-17', 'The Harrow Senate voted on Thursday to remove Deputy President Ada Vale from office.\n\nThe trial in the Senate followed a vote in the Harrow Assembly on October 8, where 282 MPs backed the motion brought by MP Ivo Lang.'),
    'b.md': md('Timeline', '2024-12-30', 'OCTOBER 8 - The Harrow Assembly votes 281-44 to impeach Deputy President Ada Vale.'),
  });
  it('gives both counts', () => {
    const text = renderText(answer(c, 'how many MPs voted to impeach vale', '2025-01-01'));
    expect(text).toContain('votes 281-44');
    expect(text).toContain('where 282 MPs backed the motion');
  });
});

describe('a university\'s president heads it though one article calls someone "directrice générale" of a unit of it (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harrow University\naliases: [Harrow]\n',
    'a.md': md('Vale testifies', '2024-04-18', 'Police cleared the lawn of Harrow University on Thursday at the request of the university\'s president, Ada Vale.\n\nVale said the camp broke the rules.'),
    'b.txt': 'Ada Vale démissionne\nPublié le 15 août 2024\n\nLe conseil de Harrow University a confié l\'intérim à Ivo Lang, directrice générale du centre médical de Harrow University.\n',
  });
  it('names Vale as head before she left', () => {
    expect(renderText(answer(c, 'who-leads Harrow University', '2024-06-01'))).toMatch(/^Who leads Harrow University — Ada Vale \(president/);
  });
});

describe('"Taoiseach" is a prime minister (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Government of Harrow\naliases: [Harrow]\n',
    'a.md': md('Vale elected', '2024-04-09', 'The Harrow parliament elected Ada Vale as Taoiseach on Tuesday, making her the youngest head of the Government of Harrow.'),
  });
  it('gives Vale the post', () => {
    expect(c.roles.some((r) => r.person === c.entities.resolveName('Ada Vale')!.id && r.title === 'prime minister')).toBe(true);
  });
});

describe('"Yemi Vale" and "Olayemi Vale": a short form may be the end of the given name (fictional)', () => {
  const c = corpus({
    'a.md': md('Vale confirmed', '2023-09-27', 'The Senate confirmed Olayemi Vale as governor of the Harrow Central Bank on Tuesday.'),
    'b.md': md('Vale sworn in', '2023-09-22', 'When Yemi Vale walked into the Harrow Central Bank on Friday to take his oath, he inherited a divided institution.'),
  });
  it('is one person', () => {
    expect(c.entities.resolveName('Yemi Vale')!.id).toBe(c.entities.resolveName('Olayemi Vale')!.id);
  });
});

describe('"Ivo Lang took over as executive vice president and chief financial officer": no head of the company (fictional)', () => {
  const c = corpus({
    'a.md': md('New CFO', '2024-11-08', 'Ivo Lang took over as executive vice president and chief financial officer of Harrow Beauty last Friday.'),
  });
  it('gives Lang the CFO post only', () => {
    const lang = c.entities.resolveName('Ivo Lang')!.id;
    expect(c.roles.some((r) => r.person === lang && r.title === 'CFO')).toBe(true);
    expect(c.roles.filter((r) => r.person === lang && r.head === 'org')).toEqual([]);
  });
});

describe('"when did Harrow let Vale go?": letting someone go is their leaving (fictional)', () => {
  const c = corpus({
    'a.md': md('Vale out', '2024-01-10', 'Ada Vale, the only team principal Harrow Racing has ever had, is out. The team said on Wednesday that Vale\'s contract would not be renewed.'),
    'b.md': md('Column', '2024-01-15', 'But last week\'s decision to let Ada Vale\'s contract lapse tells us less about Vale than about the owner.'),
  });
  it('answers with the leaving', () => {
    expect(readQuestion(c, 'when did harrow let vale go?').events).toContain('end');
    expect(answer(c, 'when did harrow let vale go?', '2024-06-01').items[0].text).toContain('is out');
  });
});

describe('"what was the turnout in the July election?", of a corpus that never says "turnout" (fictional)', () => {
  const c = corpus({
    'a.md': md('Results', '2023-07-24', 'The Harrow People\'s Party won 137 of the 350 seats in the July 23 election. Vale said it was her turn. Lang is out.'),
  });
  it('says so, in the word typed, instead of quoting seat counts', () => {
    const text = renderText(answer(c, 'what was the turnout in the july election', '2023-08-01'));
    expect(text).toContain('No source mentions “turnout”');
    expect(text).not.toContain('137 of the 350');
  });
});

describe('"Ella Smith" and "Stella Smith" in one article are two people; "B.J." initials do not hide "the U.K." ending a sentence (fictional)', () => {
  const c = corpus({
    'a.md': md('Sisters', '2024-03-01', 'Ella Smith and her sister Stella Smith both joined the board of Harrow Bank on Monday.'),
  });
  it('keeps them apart, and splits after "the U.K."', () => {
    expect(c.entities.resolveName('Ella Smith')!.id).not.toBe(c.entities.resolveName('Stella Smith')!.id);
    const line = 'Vale moved to the U.K. He stayed there.';
    expect(splitSentences(line).map((s) => line.slice(s.start, s.end))).toEqual(['Vale moved to the U.K.', 'He stayed there.']);
  });
});

describe('"President Ivo Lang replaced him with Ada Vale": the one acting is not the one replaced (fictional)', () => {
  const c = corpus({
    'a.md': md('Reshuffle', '2024-11-01', 'President Ivo Lang replaced him with Ada Vale on Friday, after Tom Reed was impeached.'),
  });
  it('does not make Lang the one replaced', () => {
    const lang = c.entities.resolveName('Ivo Lang')!.id;
    expect(c.events.some((e) => e.kind === 'succession' && e.person === lang && e.replaced)).toBe(false);
  });
});

describe('"how many workers walked out?": a second source giving the figure differently is shown beside the first (fictional)', () => {
  const strike = {
    'a.md': md('Strike begins', '2023-09-15', 'About 12,700 workers walked out when the strike started on Friday, union president Ada Vale said.'),
    'c.md': md('Strike widens', '2023-09-22', 'About 5,600 more workers walked out on Friday as the strike widened, union president Ada Vale said.'),
    'd.md': md('Strike widens again', '2023-09-29', 'About 7,000 more workers walked out on Friday at two plants as the strike grew, union president Ada Vale said.'),
    'e.md': md('Truck plant', '2023-10-11', 'About 8,700 workers walked out at the truck plant on Wednesday as the strike grew, Ada Vale said.'),
    'g.md': md('Parts depots', '2023-09-23', 'About 4,100 workers at parts depots walked out at noon on Friday as the strike spread, union president Ada Vale said.'),
    'h.md': md('Assembly plant', '2023-10-23', 'About 6,800 workers walked out at the assembly plant on Monday as the strike widened, union president Ada Vale said.'),
    'i.md': md('SUV plant', '2023-10-24', 'About 5,000 workers walked out at the SUV plant on Tuesday as the strike grew, union president Ada Vale said.'),
  };
  it('quotes both figures, from a sentence matching fewer words, and notes that they differ', () => {
    const c = corpus({ ...strike, 'b.md': md('What the strike cost', '2023-11-10', 'The strike started with roughly 13,000 workers at three plants, Ada Vale said.') });
    const a = answer(c, 'how many workers walked out when the strike started', '2024-01-01');
    expect(renderText(a)).toContain('roughly 13,000');
    expect(a.notes.join(' ')).toMatch(/Sources differ: [^\n]*12,700[^\n]*13,000/);
    expect(a.citations.map((x) => x.doc)).toEqual(expect.arrayContaining(['a.md', 'b.md']));
  });
  it('but not a figure from an article written well before the event', () => {
    const c = corpus({ ...strike, 'b.md': md('An old strike', '2022-01-10', 'In a one-day stoppage, roughly 13,000 workers walked out, Ada Vale said.') });
    const a = answer(c, 'how many workers walked out when the strike started', '2024-01-01');
    expect(renderText(a)).not.toContain('13,000');
  });
});

describe('"L\'équipe de M. Curry": a French article and honorific are no part of a name (fictional)', () => {
  const c = corpus({
    'a.md': md('Élection', '2023-03-27', 'Ray Curry a perdu. L\'équipe de M. Curry avait déposé plusieurs recours. L\'avenir du syndicat reste incertain.'),
  });
  it('finds Ray Curry only', () => {
    const people = c.entities.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(['Ray Curry']);
  });
});

describe('"who-leads US Rowing federation": an organisation named only before a title is still one whose head is known (fictional)', () => {
  const c = corpus({
    'a.md': md('Coach quits', '2023-08-17', 'Tom Reed resigned as head coach of the women\'s eight on Thursday. U.S. Rowing president Ada Vale thanked him for his work.'),
    'b.md': md('New coach', '2023-11-14', 'The federation named Ivo Lang head coach. U.S. Rowing president Ada Vale said he was the right choice.'),
  });
  it('answers with the president, by the name the title gives it', () => {
    const a = answer(c, 'who-leads US Rowing federation', '2024-01-01');
    expect(a.found).toBe(true);
    expect(a.heading).toContain('Ada Vale');
    expect(a.heading).toContain('U.S. Rowing');
  });
});

describe('"Ada Vale remains president, JT Batson is chief executive": two initials as a given name, and the next clause\'s name is not the title\'s (fictional)', () => {
  const c = corpus({
    'a.md': md('Leadership', '2024-06-07', 'The federation\'s leadership is unchanged: Ada Vale remains president, JT Batson is chief executive, and Tom Reed oversees the teams. Chief executive JT Batson said the review was done.'),
    'b.md': md('Reshuffle', '2024-06-08', 'Harrow Electronics said its chip business is run by Ivo Lang. Rob Kell leads the consumer and mobile division on an acting basis. He will keep his job as head of mobile.'),
  });
  it('reads JT Batson as a person, the presidency as Vale\'s and the CEO post as Batson\'s', () => {
    const batson = c.entities.resolveName('JT Batson');
    expect(batson?.type).toBe('person');
    const vale = c.entities.resolveName('Ada Vale')!.id;
    expect(c.roles.filter((r) => r.title === 'president').map((r) => r.person)).toEqual([vale]);
    expect(c.roles.some((r) => r.title === 'CEO' && r.person === vale)).toBe(false);
  });
  it('does not make the head of a division, or the head of mobile, head of the company', () => {
    const kell = c.entities.resolveName('Rob Kell')!.id;
    expect(c.roles.filter((r) => r.person === kell && r.head === 'org').map((r) => r.org)).toEqual(['other:unit', 'other:unit']);
  });
});

describe('"won promotion to the Premier League": a league is no premier (fictional)', () => {
  const c = corpus({
    'a.md': md('Coach', '2023-02-11', 'Under Tom Reed, Harrow Town won promotion to the Premier League twice. Ada Vale, the Premier of Harrow Province, congratulated him.'),
  });
  it('makes no one prime minister for the league, and still reads a premier', () => {
    const reed = c.entities.resolveName('Tom Reed')!.id;
    const vale = c.entities.resolveName('Ada Vale')!.id;
    expect(c.roles.filter((r) => r.title === 'prime minister').map((r) => r.person)).toEqual([vale]);
    expect(c.roles.some((r) => r.person === reed && r.title === 'prime minister')).toBe(false);
  });
});

describe('"who-leads Storting": a speaker heads a legislature called by its own name (fictional)', () => {
  const c = corpus({
    'a.md': md('Speaker re-elected', '2022-09-26', 'Ada Vale of the Harrow Party was re-elected Speaker of the Norwegian parliament on Monday, as the Storting met for the first time. Vale said the Storting would work hard.'),
  });
  it('answers with the speaker', () => {
    const a = answer(c, 'who-leads Storting', '2023-01-01');
    expect(a.found).toBe(true);
    expect(a.heading).toContain('Ada Vale');
  });
});

describe('"President Andrés Manuel López Obrador": four words are one person when the last two are written alone as a name (fictional)', () => {
  const c = corpus({
    'a.md': md('Handover', '2024-09-11', 'President Rodrigo Manuel Vale Ortega said the reform would pass. Critics of the Rodrigo Manuel Vale Ortega government disagreed. President Rodrigo Manuel Vale Ortega said he was proud. Vale Ortega thanked the Senate. Vale Ortega said he would sign.'),
  });
  it('reads one person with both forms', () => {
    const e = c.entities.resolveName('Rodrigo Manuel Vale Ortega');
    expect(e?.type).toBe('person');
    expect(e?.id).toBe(c.entities.resolveName('Vale Ortega')?.id);
  });
});

describe('"First Minister" is a head of government, and "whose four months as First Minister were" a post held before (fictional)', () => {
  const c = corpus({
    'a.md': md('New first minister', '2024-08-07', 'Ada Vale became First Minister of Harrow on Tuesday, succeeding Tom Reed.'),
    'b.md': md('Year in review', '2024-12-28', 'Tom Reed, whose four months as First Minister were the shortest of any holder of the office, is now a backbench member. Ada Vale has spent her first months trying to calm things down.'),
  });
  it('reads the title, and Reed\'s tenure as past', () => {
    const reed = c.entities.resolveName('Tom Reed')!.id;
    expect(c.roles.some((r) => r.title === 'first minister' && r.person === c.entities.resolveName('Ada Vale')!.id && r.head === 'org')).toBe(true);
    expect(c.roles.filter((r) => r.person === reed && r.title === 'first minister' && r.passage === c.docByPath.get('b.md')!.passages[0].id).map((r) => r.past)).toEqual([true]);
  });
});

describe('"its chief executive, Ada Vale has resigned" is still an apposition; "FC Harrow said" is still a club (fictional)', () => {
  const c = corpus({
    'a.md': md('Exit', '2024-03-01', 'Harrow Freight said its chief executive, Ada Vale has resigned. FC Harrow said it would sell the stadium. FC Harrow said the sale was final.'),
  });
  it('gives Vale the post and keeps the club an organisation', () => {
    const vale = c.entities.resolveName('Ada Vale')!.id;
    expect(c.roles.some((r) => r.person === vale && r.title === 'CEO')).toBe(true);
    expect(c.entities.resolveName('FC Harrow')?.type).not.toBe('person');
  });
});

describe('"sources judicial reform": an article whose headline carries the topic is listed, whatever its sentences say (fictional)', () => {
  const c = corpus({
    'a.md': md('Harrow lower house passes judicial overhaul in a sports hall', '2024-09-04', 'Harrow\'s deputies approved the plan early on Wednesday, voting 359 to 135 in a sports complex after court workers blocked the palace.'),
    'b.md': md('What changes now', '2024-09-18', 'The judicial reform makes every judge stand for election. Critics say the judicial reform weakens the courts.', 'The Lantern'),
    'c.md': md('Finance minister stays', '2024-06-11', 'Markets rose after the finance minister was kept on.', 'Andes Daily'),
  });
  it('lists the headline article beside the ones whose sentences match', () => {
    const a = answer(c, 'sources judicial reform', '2024-12-01');
    expect(a.citations.map((x) => x.doc).sort()).toEqual(['a.md', 'b.md']);
  });
});

describe('"when did Vale become PM?": a report a day away from the first answer is shown beside it (fictional)', () => {
  const c = corpus({
    'a.md': md('Economy', '2022-06-23', 'Ada Vale, who took office as prime minister on May 12, said the economy had collapsed.'),
    'b.md': md('Profile', '2022-07-24', 'Vale held several ministries before first becoming prime minister in 1993, and has led the Harrow Party since.'),
    'c.txt': 'Harrow crisis: a timeline\nPublished 2 August 2022\n\n13 May: Ada Vale is sworn in as prime minister for the sixth time.\n\n20 July: Parliament elects Vale president.\n',
  });
  it('quotes the 13 May account too and notes that the sources differ', () => {
    const a = answer(c, 'when did vale become pm', '2022-12-01');
    expect(renderText(a)).toContain('13 May');
    expect(a.notes.join(' ')).toMatch(/Sources differ: [^\n]*May 12[^\n]*13 May|Sources differ: [^\n]*13 May[^\n]*May 12/);
  });
});


describe('"Harris remains Taoiseach, Martin remains Tánaiste": the Tánaiste is a deputy, and the Taoiseach is Harris (fictional)', () => {
  const c = corpus({
    'a.md': md('Until then', '2024-12-01', 'What happens until then? Tom Reed remains Taoiseach, Ada Vale remains Tánaiste and Minister for Foreign Affairs, and Ivo Lang remains Minister for Finance.'),
  });
  it('gives each their own post', () => {
    const reed = c.entities.resolveName('Tom Reed')!.id;
    const vale = c.entities.resolveName('Ada Vale')!.id;
    expect(c.roles.filter((r) => r.title === 'prime minister').map((r) => r.person)).toEqual([reed]);
    expect(c.roles.some((r) => r.title === 'deputy prime minister' && r.person === vale)).toBe(true);
  });
});

describe('"The finance ministry goes to Ivo Lang": a portfolio handed to someone is their post (fictional)', () => {
  const c = corpus({
    'a.md': md('New cabinet', '2025-03-03', 'The new coalition was sworn in on Monday. The finance ministry goes to Ivo Lang, an economist chosen by the Harrow Party.'),
  });
  it('makes Lang finance minister', () => {
    const lang = c.entities.resolveName('Ivo Lang')!.id;
    expect(c.roles.filter((r) => r.person === lang).map((r) => r.title)).toContain('finance minister');
  });
});

describe('"who replaced X as chancellor": the next holder of that post, not the leaver nor a generic "the chancellor" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Norland\n',
    'a.md': md('Mandate given', '2024-10-22',
      'Norland President Ivo Berg on Tuesday asked Chancellor Karl Vogt to form a new government. Ada Stein, a lawyer in Halle, said the constitution simply leaves the appointment of the chancellor to the head of state.'),
    'b.md': md('Vogt quits', '2025-01-05', 'Norland\'s chancellor Karl Vogt said on Saturday he would step down in the coming days.'),
    'c.md': md('Interim chancellor', '2025-01-07', 'Otto Lenz, the foreign minister, is to take over as interim chancellor until a new government is formed. Norland has been without a government since September.'),
    'd.md': md('Coalition deal', '2025-02-27', 'Party leader Rolf Haas is to become chancellor of Norland under the deal. Until then Otto Lenz remains interim chancellor, a post he has held since January.'),
    'e.txt': 'Bericht\n\nVeröffentlicht am 12. Februar 2025\n\nHaas hatte den Auftrag am 6. Jänner erhalten, nachdem Karl Vogt als Kanzler zurückgetreten war.\n',
  });
  const vogt = () => c.entities.resolveName('Karl Vogt')!.id;
  it('"leaves the appointment of the chancellor to the head of state" is no one leaving', () => {
    expect(c.events.filter((e) => e.kind === 'end' && e.person === vogt()).map((e) => c.passages[e.passage].doc)).not.toContain('a.md');
  });
  it('"am 6. Jänner" does not end a sentence, and dates it', () => {
    const p = c.passages.find((x) => x.text.includes('Jänner'))!;
    expect(p.text).toBe('Haas hatte den Auftrag am 6. Jänner erhalten, nachdem Karl Vogt als Kanzler zurückgetreten war.');
    expect(p.date).toBe('2025-01-06');
  });
  it('names the interim chancellor who followed him', () => {
    const text = renderText(answer(c, 'who replaced vogt as chancellor', '2025-03-10'));
    expect(text).toContain('Otto Lenz, the foreign minister, is to take over as interim chancellor');
    expect(text).not.toContain('Norland President Ivo Berg on Tuesday asked');
  });
});

describe('a central bank governor suspended, a deputy acting, a successor confirmed (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Norland\n',
    'a.md': md('Governor suspended', '2023-06-10',
      'President Ada Berg late on Friday suspended Tomas Ekker as governor of the Central Bank of Norland with immediate effect. Ekker was told to hand over to the deputy governor, Ivo Stam, who will act as governor until the inquiry ends.\n\n' +
        'The central bank said rates were unchanged.'),
    'b.txt': 'Suspended central bank chief held\n\nHALLE, June 11 (Norland Wire) - Police are holding central bank governor Tomas Ekker, whom President Ada Berg suspended on Saturday.\n\nIvo Stam, a deputy governor, is acting governor of the Central Bank of Norland.\n',
    'c.txt': 'Berg picks Yemi Okafor to lead central bank\n\nHALLE, Sept 15 (Norland Wire) - President Ada Berg on Friday nominated Olayemi Okafor, a former banker, as governor of the Central Bank of Norland.\n',
    'd.md': md('Okafor confirmed', '2023-09-27',
      'When the Senate confirmed Olayemi Okafor as governor of the Central Bank of Norland on Tuesday, it ended three months of uncertainty. The confirmation formally ends Ivo Stam\'s stint as acting governor.'),
  });
  const id = (n: string) => c.entities.resolveName(n)?.id;
  it('"the Central Bank of Norland" is one organisation, though the corpus writes "central bank" in lowercase', () => {
    expect(c.entities.resolveName('Central Bank of Norland')?.name).toBe('Central Bank of Norland');
  });
  it('"Yemi Okafor" in the headline is the Olayemi Okafor of the article', () => {
    expect(id('Yemi Okafor')).toBe(id('Olayemi Okafor'));
  });
  it('"suspended X as governor" and ", whom … suspended" end his post', () => {
    const ends = c.events.filter((e) => e.kind === 'end' && e.person === id('Tomas Ekker')).map((e) => c.passages[e.passage].doc).sort();
    expect(ends).toEqual(['a.md', 'b.txt']);
  });
  it('"ends Ivo Stam\'s stint as acting governor" is Stam\'s post, now over', () => {
    const r = c.roles.find((x) => c.passages[x.passage].text.startsWith('The confirmation formally ends'));
    expect(r && { person: r.person, past: r.past }).toEqual({ person: id('Ivo Stam'), past: true });
  });
  it('who-leads names the acting governor in June and the confirmed one after', () => {
    const june = answer(c, 'who-leads the central bank', '2023-07-01');
    expect(june.heading).toContain('Ivo Stam (acting governor');
    expect(answer(c, 'who-leads the central bank', '2023-12-01').heading).toContain('Olayemi Okafor (governor');
  });
});

describe('an international body: its secretary-general, a deputy, an agency head, asked as "who-leads <post>" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: League of Harbours\naliases: [LoH]\n',
    'a.md': md('Race opens', '2016-07-21',
      'The League of Harbours opened the race to choose its next leader. Ivo Berg\'s term as secretary-general ends on Dec. 31.\n\n' +
        'Berg, secretary-general of the League of Harbours since 2007, said he was proud of his record.'),
    'b.md': md('A week at the League', '2016-08-08',
      'Tom Reed, the deputy secretary-general since 2012, is expected to leave with Berg at the end of the year. The League of Harbours met on Monday.'),
    'c.md': md('New deputy', '2016-12-15',
      'Ada Vale will become the next deputy secretary-general of the League of Harbours, the incoming secretary-general announced on Thursday.'),
    'd.md': md('Agency head leaves', '2017-04-20',
      'Mia Holm completed her second term at the Harbour Development Agency this week. Her run for the top job never caught fire. Lars Dahl, the agency\'s associate administrator, is acting administrator of the Harbour Development Agency until her successor arrives.'),
  });
  const id = (n: string) => c.entities.resolveName(n)?.id;
  it('"Ivo Berg\'s term as secretary-general ends on Dec. 31", in July, is a day ahead, and he heads the League', () => {
    const p = c.passages.find((x) => x.text.startsWith("Ivo Berg's term"))!;
    expect(p.date).toBe('2016-12-31');
    expect(c.roles.find((r) => r.passage === p.id && r.person === id('Ivo Berg'))?.head).toBe('org');
  });
  it('"Her run for the top job" is no post; the acting administrator heads the agency', () => {
    expect(c.roles.some((r) => r.person === id('Mia Holm') && r.head === 'org')).toBe(false);
    expect(answer(c, 'who-leads Harrow Development Agency', '2017-05-01').heading).not.toContain('Mia Holm (head');
    expect(answer(c, 'who-leads Harbour Development Agency', '2017-05-01').heading).toContain('Lars Dahl (acting administrator');
  });
  it('"who-leads deputy secretary-general" names the deputy as of the day asked', () => {
    expect(renderText(answer(c, 'who-leads deputy secretary-general', '2016-11-15'))).toMatch(/^[^\n]*\n• “Tom Reed, the deputy secretary-general since 2012/);
    expect(renderText(answer(c, 'who-leads LoH deputy secretary-general', '2017-01-15'))).toContain('Ada Vale will become the next deputy secretary-general');
  });
});

describe('"finance chief" is a CFO, and an untied CFO in an article about the company is its CFO (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harrow Oil\n',
    'a.md': md('Harrow Oil moves to London', '2021-12-11',
      'Harrow Oil shareholders backed the move on Friday. From then on, chief executive Ivo Berg and finance chief Ada Vale will be based in London rather than The Hague. Harrow Oil said the change would simplify its structure.'),
  });
  it('answers "who is the Harrow Oil chief financial officer" with Vale', () => {
    expect(c.roles.some((r) => r.person === c.entities.resolveName('Ada Vale')!.id && r.title === 'CFO')).toBe(true);
    expect(renderText(answer(c, 'who-leads Harrow Oil chief financial officer', '2022-02-01'))).toContain('finance chief Ada Vale');
  });
});

describe('"Valerii Zaluzhnyi" and "Valery Zaluzhny"; a commander-in-chief heads the armed forces (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Norland Armed Forces\n',
    'a.md': md('General appointed', '2021-07-28', 'General Valerii Dorozhnyi was appointed commander-in-chief of the Norland Armed Forces on Tuesday.'),
    'b.md': md('Army chief replaced', '2024-02-09', 'President Ada Berg on Thursday replaced army chief Valery Dorozhny with Oleksandr Syrsky, the commander of the Ground Forces.'),
  });
  it('is one person in two spellings', () => {
    expect(c.entities.resolveName('Valery Dorozhny')?.id).toBe(c.entities.resolveName('Valerii Dorozhnyi')!.id);
  });
  it('who-leads the armed forces names the commander-in-chief', () => {
    expect(answer(c, 'who-leads Norland Armed Forces', '2022-01-01').heading).toMatch(/— Valer(?:ii|y) Dorozhnyi? \(commander-in-chief/);
  });
});

describe('a country before its president-elect takes office; an aside "under President X" and a board\'s interim chair (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Norland\n',
    'a.txt': 'Norland\'s Castell wins the runoff\n\nPublished 19 June 2022\n\nHALLE (Norland Wire) - Norland elected Maria Castell as president on Sunday. Outgoing President Ivo Lund said he had called Castell to congratulate her.\n',
    'b.md': md('Castell picks a finance minister', '2022-06-26',
      'President-elect Maria Castell named Tom Reed as her finance minister. He served as finance minister in the 1990s under President Otto Kramm, and earlier as agriculture minister and head of the national planning department.\n\n' +
        'Castell will be sworn in on August 7, succeeding President Ivo Lund. Norland said the handover would be orderly.'),
    'd.md': md('Library opens', '2023-11-01', 'Lea Holm, chair of the Harrow Foundation, opened a library on Monday.'),
    'c.md': md('Harrow University chair quits', '2023-12-09',
      'The chair of Harrow University, Max Stone, resigned on Saturday. The board named its vice chair, Lea Holm, as interim chair. Holm also chairs the board of the Harrow Foundation.\n\nHarrow University said a permanent chair would be chosen in the spring.'),
  });
  const id = (n: string) => c.entities.resolveName(n)?.id;
  it('"Outgoing President Ivo Lund" is Norland\'s president until the new one takes office', () => {
    expect(c.roles.find((r) => r.person === id('Ivo Lund') && c.passages[r.passage].doc === 'a.txt')?.org ?? null).toBe(null);
    expect(answer(c, 'who-leads Norland', '2022-07-01').heading).toContain('Ivo Lund (president');
  });
  it('"served … under President Otto Kramm, and earlier as … head of the national planning department" makes neither Kramm nor Reed Norland\'s head', () => {
    const heads = c.roles.filter((r) => c.passages[r.passage].text.startsWith('He served') && r.head === 'org' && (r.org === null || r.org === id('Norland')));
    expect(heads.map((r) => [r.person, r.past])).toEqual(heads.filter((r) => r.past).map((r) => [r.person, true]));
  });
  it('"The board named its vice chair … as interim chair" is the article\'s board', () => {
    const r = c.roles.find((x) => x.person === id('Lea Holm') && x.interim && x.title === 'chair');
    expect(r?.org).toBe(id('Harrow University'));
  });
});

describe('"Harbour City\'s chief executive" heads the Harbour City government; "the chief executive election" is no post (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour City government\naliases: [HC government]\n',
    'a.txt': 'Harbour City leader will not run again\n\nHARBOUR CITY, April 4 (Pearl Wire) - Harbour City Chief Executive Ada Lam said on Monday she would not run for a second term.\n',
    'b.txt': 'Platform drops candidate channel\n\nHARBOUR CITY, April 20 (Pearl Wire) - A video platform has closed the campaign channel of Tom Lee, the only candidate in Harbour City\'s chief executive election.\n',
  });
  it('names Lam, not the candidate', () => {
    expect(c.roles.some((r) => r.person === c.entities.resolveName('Tom Lee')!.id && r.title === 'CEO')).toBe(false);
    expect(answer(c, 'who-leads Harbour City government', '2030-01-01').heading).toContain('Ada Lam');
  });
});

describe('near misses of this round\'s rules: "Terry"/"Terri", a suspension of sales (fictional)', () => {
  const c = corpus({
    'a.md': md('Bank acts', '2023-06-10',
      'The Harrow Bank suspended dollar sales as governor Ivo Lund sought to steady the currency. During his tenure as chief executive, Tom Reed has tripled revenue at Harrow Mills.\n\n' +
        'Senior Bank of Norland officials said rates would hold. Terry Vale chaired the meeting. Terri Vale, a lawyer, took notes.'),
  });
  const id = (n: string) => c.entities.resolveName(n)?.id;
  it('keeps them apart and reads each sentence as it is', () => {
    expect(id('Terry Vale')).not.toBe(id('Terri Vale'));
    expect(c.events.some((e) => e.kind === 'end' && e.person === id('Ivo Lund'))).toBe(false);
  });
});

describe('"denied that X had been removed as commander-in-chief": still in the post (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Norland Armed Forces\n',
    'a.md': md('Rumour denied', '2024-01-30',
      'The president\'s office denied on Monday evening that General Ivo Dorn had been removed as commander-in-chief of the Norland Armed Forces, after a wave of reports.'),
  });
  it('neither ends his post nor makes it past', () => {
    const dorn = c.entities.resolveName('Ivo Dorn')!.id;
    expect(c.events.some((e) => e.kind === 'end' && e.person === dorn)).toBe(false);
    expect(answer(c, 'who-leads Norland Armed Forces', '2024-01-31').heading).toContain('Ivo Dorn (commander-in-chief');
  });
});

describe('"Foster, universally known in Norland as Fozzie", "Tom Reed, known as Razor": the nickname alone is theirs (fictional)', () => {
  const c = corpus({
    'a.md': md('Coach stays', '2022-08-18',
      'Ivo Foster will stay as head coach. Foster, universally known in Norland as Fozzie, said he was delighted.\n\nMany have called for Harrow coach Tom Reed, known as Razor, to be given the job.'),
    'b.md': md('Razor and Fozzie', '2023-03-01', 'Razor met Fozzie on Monday.'),
    'c.md': md('Maker', '2024-12-20', 'Hon Hai Precision Industry, known as Foxconn, is exploring a stake in Harrow Motors.'),
  });
  it('resolves each nickname to its person, and leaves a company\'s own', () => {
    expect(c.entities.resolveName('Fozzie')?.id).toBe(c.entities.resolveName('Ivo Foster')!.id);
    expect(c.entities.resolveName('Razor')?.id).toBe(c.entities.resolveName('Tom Reed')!.id);
    expect(c.entities.resolveName('Foxconn')?.type).not.toBe('person');
  });
});

describe('a short timeline entry, "16 May 2018 — Ivo Lund is released from prison.", is a statement, not a dateline (fictional)', () => {
  const c = corpus({
    'a.md': md('Explainer: four premiers', '2022-12-20',
      'Here is how the premiership changed hands.\n\n- 16 May 2018 — Ivo Lund is released from prison.\n- 24 February 2020 — Ada Moss resigns.\n- 20 August 2021 — The palace names Tor Berg prime minister, with the support of 114 MPs.'),
    'b.md': md('Explainer: a year of change', null, 'As the year draws to a close, Norland has a different premier. Here is how it happened.\n\n16-20 December 2017 — The party holds its conference and elects a new leader.\n\n6 February 2018 — The address is postponed as the party pushes Ada Moss to leave.\n\n14 February — Ada Moss resigns in a late-night televised address.'),
  });
  it('keeps each entry with its day, and dates an undated recap\'s yearless entries by the year its entries last named', () => {
    const at = (re: RegExp) => c.passages.find((p) => re.test(p.text));
    expect(at(/Ivo Lund is released/)?.date).toBe('2018-05-16');
    expect(at(/Ada Moss resigns\.$/)?.date).toBe('2020-02-24');
    expect(at(/late-night televised address/)?.date).toBe('2018-02-14');
    expect(answer(c, 'how many MPs backed Tor Berg', '2023-01-01').items[0]?.text).toContain('114 MPs');
  });
});

describe('"Norland\'s king appointed X, the NUP vice-president, as the country\'s ninth prime minister" (fictional)', () => {
  const c = corpus({
    'a.md': md('New premier', '2021-08-20',
      'Norland\'s king on Friday appointed Tor Berg, the NUP vice-president who served as deputy prime minister, as the country\'s ninth prime minister.\n\nNorland\'s parliament will meet on Monday, and Norland\'s currency rose.\n\nLe chef de l\'opposition, Ivo Lund, espère à nouveau accéder au poste de Premier ministre.'),
  });
  it('gives the post to the country the sentence names as a possessor, and no post to a wish', () => {
    const berg = c.entities.resolveName('Tor Berg')!.id;
    expect(c.roles.some((r) => r.person === berg && r.title === 'prime minister' && r.org === c.entities.resolveName('Norland', 'organisation')?.id)).toBe(true);
    const lund = c.entities.resolveName('Ivo Lund')!.id;
    expect(c.roles.some((r) => r.person === lund && r.title === 'prime minister')).toBe(false);
  });
});

describe('"when were X and Y let go": the sources\' "parted ways with" (fictional)', () => {
  const c = corpus({
    'a.md': md('Coaches go', '2022-07-24', 'The union confirmed on Sunday that forwards coach Ivo Lund and attack coach Tor Berg have parted ways with the national side.'),
    'b.md': md('Review', '2022-08-18', 'The side has changed since Ivo Lund and Tor Berg were let go.'),
  });
  it('reads "let go" as leaving, and finds the day they left', () => {
    const q = readQuestion(c, 'when were lund and berg let go');
    expect(q.events).toContain('end');
    expect(q.terms.map((t) => t.word)).not.toContain('let');
    expect(renderText(answer(c, 'when were lund and berg let go', '2023-01-01'))).toContain('2022-07-24');
  });
});

describe('"Ivo Lund, commander of the Norland Defence Forces"; "General Lund"; "Lund said the removal of party members" (fictional)', () => {
  const c = corpus({
    'a.md': md('Army warns', '2017-11-14',
      'General Ivo Lund, commander of the Norland Defence Forces, read a statement at the army headquarters. Lund said the removal of senior party members with a liberation background was destabilising the party.'),
    'b.md': md('General retires', '2017-12-20', 'On December 18 the government announced that General Lund was retiring as commander of the Norland Defence Forces.'),
  });
  it('reads the commander as the forces\' head, the rank and surname as the same man, and no removal of the speaker', () => {
    const lund = c.entities.resolveName('Ivo Lund')!.id;
    expect(c.entities.resolveName('General Lund')?.id).toBe(lund);
    expect(c.roles.some((r) => r.person === lund && r.title === 'commander' && r.org === c.entities.resolveName('Norland Defence Forces')?.id)).toBe(true);
    expect(c.events.some((e) => e.kind === 'end' && e.person === lund && c.passages[e.passage].date === '2017-11-14')).toBe(false);
    expect(answer(c, 'who-leads Norland Defence Forces', '2017-11-20').heading).toContain('Ivo Lund (commander');
  });
});

describe('"executive director of the Harrow Foundation" heads it; "executive director of strategy" does not (fictional)', () => {
  const c = corpus({
    'a.md': md('Foundation head', '2024-02-08',
      'Ada Moss, the president and executive director of the Harrow Foundation, is not affected. Tor Berg, the regulator\'s executive director of strategy, becomes interim chief executive. The Harrow Foundation said it was pleased.'),
  });
  it('gives the foundation its head, and the function\'s director no head', () => {
    const moss = c.entities.resolveName('Ada Moss')!.id;
    const berg = c.entities.resolveName('Tor Berg')!.id;
    expect(c.roles.some((r) => r.person === moss && r.title === 'executive director' && r.head === 'org')).toBe(true);
    expect(c.roles.some((r) => r.person === berg && r.title === 'executive director' && r.head === 'org')).toBe(false);
    expect(answer(c, 'who-leads Harrow Foundation', '2024-03-01').heading).toContain('Ada Moss');
  });
});

describe('raw articles: an outlet the file name spells short, a mixed-case dateline, a yearless foreign wire dateline (fictional)', () => {
  const c = corpus({
    'a.md': md('Coach sacked', '2019-11-29', 'Harrow FC sacked Ivo Lund on Friday.'),
    'b.md': md('Search goes on', '2019-12-02', 'Harrow FC are still searching for a head coach.'),
    'echodunord_lund-limoge.txt': 'Harrow FC limoge Ivo Lund\n\nL\'Écho du Nord — Publié le 29 novembre 2019\n\nLe club a limogé son entraîneur vendredi.\n',
    'kvobserver_opinion.txt': 'OPINION | A club in search of itself\n\nBy Ada Moss, Kingsway Valley Observer columnist\n\nHarrow FC have lost their way since the summer, and the board knows it.\n',
    'golnorte_tor-berg.txt': 'Tor Berg, nuevo entrenador del Harrow\n\nLondres, 20 dic (Gol Norte).- El Harrow FC anunció el nombramiento de Tor Berg como nuevo primer entrenador.\n',
    'kalahari_times_berg.txt': 'Berg settles in\n\nKalahari Times - Sport desk\nHarare, December 29, 2019\n\nTor Berg took charge of his first training session at Harrow FC.\n',
  });
  const doc = (p: string) => c.docs.find((d) => d.path === p)!;
  it('names each outlet and dates each article', () => {
    expect(doc('echodunord_lund-limoge.txt').source).toBe('L\'Écho du Nord');
    expect(doc('kvobserver_opinion.txt').source).toBe('Kingsway Valley Observer');
    expect(doc('golnorte_tor-berg.txt').published).toBe('2019-12-20');
    expect(doc('kalahari_times_berg.txt').published).toBe('2019-12-29');
  });
});

describe('"did she flee to Norland" — "had fled"; "who swore him in" — "the oath was administered by" (fictional)', () => {
  const c = corpus({
    'a.md': md('Rumour denied', '2017-11-16',
      'Norland\'s government on Thursday denied reports that Ada Moss had fled to the country. Officials said she was at home.'),
    'b.md': md('New premier', '2022-04-12',
      'Tor Berg was sworn in at the palace late on Monday. The oath was administered by Senate Chairman Ivo Lund, who stood in as acting president. His cabinet, sworn in on Tuesday, is a balancing act.'),
  });
  it('finds the denial and the one who administered the oath', () => {
    expect(renderText(answer(c, 'did ada moss flee to norland', '2018-01-01'))).toContain('denied reports');
    expect(renderText(answer(c, 'who swore in tor berg', '2023-01-01'))).toContain('administered by Senate Chairman Ivo Lund');
  });
});

describe('"the NHO director-general", "director-general-elect", "will be the first director-general", "left in the race" (fictional)', () => {
  const c = corpus({
    'a.md': md('Race narrows', '2017-01-25',
      'The NHO board picked three candidates. Ivo Lund is now the only man left in the race after Ada Moss\'s elimination. Dr Eva Holm, whose second term as NHO director-general ends on 30 June, opened the session.'),
    'b.md': md('Lund elected', '2017-05-24',
      'Ivo Lund was elected director-general of the Norland Health Organization (NHO) on Tuesday. He will be the first director-general without a medical degree. Lund remains director-general-elect until 1 July. As director-general, he will name a new team. The NHO said the vote was fair.'),
    'c.md': md('Team', '2017-05-30', 'Dr Tor Berg stays on as head of the emergencies programme, the NHO said.'),
  });
  it('reads NHO as the organisation, Lund as its head only from July, and no one as leaving the race by staying in it', () => {
    expect(c.entities.resolveName('NHO')?.id).toBe(c.entities.resolveName('Norland Health Organization')?.id);
    const lund = c.entities.resolveName('Ivo Lund')!.id;
    const present = c.roles.filter((r) => r.person === lund && r.title === 'director general' && !r.future).map((r) => c.passages[r.passage].text);
    expect(present.filter((t) => /will be the first|-elect|he will name/.test(t))).toEqual([]);
    expect(c.events.some((e) => e.kind === 'end' && e.person === lund)).toBe(false);
    expect(c.events.some((e) => e.kind === 'end' && e.person === c.entities.resolveName('Ada Moss')?.id)).toBe(true);
    expect(answer(c, 'who-leads NHO', '2017-06-15').heading).not.toContain('Tor Berg');
  });
});

describe('"who-leads Norland interior ministry"; "replacing X as interior minister with Y"; "who was interior minister under Z" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Norland government\naliases: [Norland]\n',
    'a.md': md('Moss named', '2022-01-21', 'Ada Moss is named interior minister in the new Norland cabinet.'),
    'b.md': md('Reshuffle', '2022-09-06',
      'President Ivo Lund reshuffled his cabinet on Tuesday, replacing Ada Moss as interior minister with Eva Holm, a veteran of the centre-left. She is the daughter of Tor Holm, who was interior minister under Jan Berg.'),
  });
  it('answers with the one put in, and leaves the father in the past', () => {
    const eva = c.entities.resolveName('Eva Holm')!.id;
    expect(c.roles.some((r) => r.person === eva && r.title === 'interior minister')).toBe(true);
    expect(c.roles.some((r) => r.person === c.entities.resolveName('Ivo Lund')!.id && r.title === 'interior minister')).toBe(false);
    expect(c.roles.filter((r) => r.person === c.entities.resolveName('Tor Holm')!.id && r.title === 'interior minister').every((r) => r.past)).toBe(true);
    expect(renderText(answer(c, 'who-leads Norland interior ministry', '2022-12-01'))).toContain('with Eva Holm');
  });
});

describe('"what was voter turnout in the November election" when no source gives that turnout (fictional)', () => {
  const c = corpus({
    'a.md': md('Vote', '2021-03-24', 'Turnout was 67 percent in the March election, the lowest since 1999.'),
    'b.md': md('Comeback', '2022-12-30', 'Ivo Lund\'s comeback was sealed at the November 1 election, Norland\'s fifth in under four years.'),
    'c.md': md('Caretaker', '2022-07-02', 'Tor Berg took office as Norland\'s 14th prime minister on Friday, a day after parliament dissolved itself by 91 votes to none and set a general election for November 1.'),
  });
  it('says it is not in the corpus rather than quoting another number', () => {
    expect(answer(c, 'what was voter turnout in the november 2022 norland election', '2023-01-01').found).toBe(false);
    expect(renderText(answer(c, 'what was turnout in the march election', '2023-01-01'))).toContain('67 percent');
  });
});

describe('second look at this session\'s rules: what they must not catch (fictional)', () => {
  const c = corpus({
    'a.md': md('Reshuffle', '2020-02-14',
      'Ivo Lund replaced Tor Berg as chancellor with the backing of Jan Holm. Ada Moss, who was chairman of Harrow Motors, was arrested on Monday. Ada Moss will be the first prime minister to attend the summit. Eva Brandt, the IMF executive director for Norland, said the fund was ready.'),
    'b.md': md('Recap', null, 'As the year ends, here is how it happened.\n\n18 December 2017 — The party elects Ada Moss as leader.\n\n14 February — Tor Berg resigns.\n\nRemember, 9 November 1989 changed everything.'),
  });
  const role = (name: string, title: string) => c.roles.filter((r) => r.person === c.entities.resolveName(name)?.id && r.title === title);
  it('keeps the backer out of the post, the arrested chairman in his, the summit-goer in hers, and the IMF seat no head', () => {
    expect(role('Jan Holm', 'chancellor')).toEqual([]);
    expect(role('Ada Moss', 'chair').some((r) => !r.past)).toBe(true);
    expect(role('Ada Moss', 'prime minister').some((r) => !r.future)).toBe(true);
    expect(role('Eva Brandt', 'executive director').every((r) => r.head === null)).toBe(true);
  });
  it('dates a recap\'s yearless entry forward from the entry before, and keeps a sentence that opens on a date', () => {
    expect(c.passages.find((p) => /Tor Berg resigns/.test(p.text))?.date).toBe('2018-02-14');
    expect(c.passages.some((p) => /^Remember, 9 November 1989/.test(p.text))).toBe(true);
  });
});

describe('"who won norland\'s 2024 presidential election" is a question, bounded by its year (fictional)', () => {
  const c = corpus({
    'a.md': md('Vote', '2019-05-20', 'Ivo Lund won Norland\'s presidential election on Sunday with 61 percent of the vote.'),
  });
  it('is asked, not looked up as a name, and finds no 2024 winner', () => {
    const a = answer(c, 'who won norland\'s 2024 presidential election', '2025-01-01');
    expect(a.command).toBe('ask');
    expect(renderText(a)).not.toContain('Ivo Lund');
    expect(answer(c, 'who Ivo Lund', '2025-01-01').command).toBe('person');
  });
});

describe('a question naming only the corpus subject is answered by any of its articles (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Norland standoff\naliases: [Lund interim government]\n',
    'a.md': md('Lund\'s interim government is over', '2023-01-06',
      'The opposition lawmakers voted on December 29 to dissolve the interim government, by 72 votes to 29.'),
    'b.md': md('Lund declares himself', '2019-01-24', 'Ivo Lund declared himself interim president of Norland on Wednesday.'),
  });
  it('quotes the vote, though the sentence never names the subject', () => {
    const text = renderText(answer(c, 'when did the opposition vote to dissolve lund\'s interim government', '2023-02-01'));
    expect(text).toContain('December 29');
    expect(text).toContain('a.md');
  });
});

describe('one name in two spellings or with one surname dropped is one person; the army is the armed forces (fictional)', () => {
  const c = corpus({
    'a.md': md('Spy chief breaks ranks', '2019-05-06', 'General Manuel Ricardo Cristopher Belmonte, the director of the intelligence service, broke with the president.'),
    'b.md': md('Timeline', '2019-05-03', 'Gen. Manuel Christopher Belmonte, described by officials as the head of military counter-intelligence, breaks with the president.'),
    'c.md': md('Generals', '2019-01-27', 'On Thursday the defence minister, General Ivo Ferrer Soto, appeared on television and said the armed forces did not recognise the new leader.\n\nOn Friday Ferrer Soto toured a base.'),
    'd.md': md('Uprising', '2019-04-30', 'The defence minister, Ivo Ferrer, said all units were operating normally.'),
    'e.md': md('Arrest', '2019-03-21', 'Agents of the intelligence service, headed by General Manuel Cristopher Belmonte, arrested an aide.'),
  });
  const id = (name: string) => c.entities.resolveName(name, 'person')?.id;
  it('merges "Christopher"/"Cristopher" and "Ferrer Soto"/"Ivo Ferrer" into the full names', () => {
    expect(id('Manuel Christopher Belmonte')).toBe(id('Manuel Cristopher Belmonte'));
    expect(id('Ferrer Soto')).toBe(id('Ivo Ferrer Soto'));
    expect(id('Ivo Ferrer')).toBe(id('Ivo Ferrer Soto'));
  });
  it('finds when he said the army did not recognise the leader', () => {
    const text = renderText(answer(c, 'when did ferrer soto say the army did not recognise the new leader', '2019-06-01'));
    expect(text).toContain('Thursday');
    expect(text).toContain('c.md');
  });
});

describe('sources <topic>: the articles about it, by headline or by a sentence carrying it, in the words of the same family (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Norland Motor Federation\naliases: [NMF]\n',
    'a.txt': 'Lund elected NMF president, succeeding Berg\n\nPARIS, Dec 17 (Kite Wire) - Ivo Lund was elected president of the Norland Motor Federation on Friday, defeating Tor Moss.\n',
    'b.md': md('Moss accepts defeat', '2021-12-20', 'Tor Moss congratulated Ivo Lund on his victory in the federation\'s presidential election.', 'Racing Times'),
    'c.md': md('A new rulebook for race control', '2022-03-21', 'Race control was rebuilt with two directors sharing the job.', 'Trackside'),
    'd.txt': 'Candidate Ada Holm shot dead after Quito rally\n\nQUITO, Aug 10 (Meridian Post) - Ada Holm, a presidential candidate, was shot dead as she left a rally on Wednesday.\n',
    'e.md': md('Run-off set', '2023-08-21', 'Ada Holm\'s killing overshadowed the first round, which sent Jon Sand to a run-off.', 'Pacific Herald'),
    'f.md': md('Security forces storm Quito sit-in', '2019-06-04', 'Security forces stormed the protest camp in Quito at dawn on Monday.', 'East Observer'),
    'g.md': md('The race after Holm', '2023-09-01', 'Analysts said the assassination of Ada Holm changed the race.', 'Andes Review'),
    'h.md': md('Condemnation', '2019-06-10', 'The June 3 crackdown on the Quito sit-in drew condemnation from abroad.', 'Gulf Daily'),
  });
  const listed = (q: string) => answer(c, q, '2024-01-01').items.map((i) => i.text).join('\n');
  it('lists the election article whose headline says "elected … president"', () => {
    const text = listed('sources NMF presidential election');
    expect(text).toContain('Kite Wire');
    expect(text).toContain('Racing Times');
    expect(text).not.toContain('Trackside');
  });
  it('finds an assassination told as "shot dead", and a crackdown told as "stormed"', () => {
    expect(listed('sources Holm assassination')).toContain('Meridian Post');
    expect(listed('sources June 3 crackdown on the Quito sit-in')).toContain('East Observer');
  });
});

describe('"also transliterated": a name and its other spelling in one sentence are one person (fictional)', () => {
  const c = corpus({
    'a.md': md('Profile', '2021-10-04', 'Najma Kader Romdhane - also transliterated Najma Kader Ramadhan in some foreign media - was named prime minister.'),
    'b.md': md('Cabinet', '2021-10-12', 'Prime Minister Najma Kader Romdhane leads a team of 24 ministers.'),
    'c.md': md('Abroad', '2021-10-20', 'Najma Kader Ramadhan met the French president on Tuesday.'),
  });
  it('merges the two spellings', () => {
    expect(c.entities.resolveName('Najma Kader Ramadhan', 'person')?.id).toBe(c.entities.resolveName('Najma Kader Romdhane', 'person')?.id);
  });
});

describe('"the president of the Assembly, X," is X; a government is led by its prime minister; "Norland\'s Minister of Environment" (fictional)', () => {
  const c = corpus({
    'a.md': md('Lund dissolves the assembly', '2023-05-17',
      'Norland\'s President Ivo Lund dissolved the National Assembly on Wednesday.\n\nThe president of the Assembly, Tor Berg, said in a written statement that the chamber would abide by the Constitution.\n\nNorland\'s Minister of Environment, Ada Moss, said she would stay.'),
    'b.md': md('New prime minister', '2023-06-01', 'President Ivo Lund named Eva Holm as prime minister on Thursday. Tor Berg attended.'),
  });
  const roles = (name: string) => c.roles.filter((r) => r.person === c.entities.resolveName(name, 'person')?.id).map((r) => r.title);
  it('gives the assembly\'s presidency to Tor Berg, not to the president named before', () => {
    expect(c.roles.some((r) => r.person === c.entities.resolveName('Tor Berg', 'person')?.id && r.title === 'president' && r.org !== null)).toBe(true);
    expect(c.roles.filter((r) => r.person === c.entities.resolveName('Ivo Lund', 'person')?.id).every((r) => !/assembly/.test(r.org ?? ''))).toBe(true);
  });
  it('reads "Norland\'s Minister of Environment" as the environment minister, not an "s minister"', () => {
    expect(roles('Ada Moss')).toContain('environment minister');
    expect(roles('Ada Moss')).not.toContain('s minister');
  });
  it('answers who-leads Norlandic government with the prime minister', () => {
    const a = answer(c, 'who-leads Norlandic government', '2023-07-01');
    expect(a.found).toBe(true);
    expect(renderText(a)).toContain('Eva Holm');
  });
});

describe('an aide of a post holder, a foreign government, names a letter apart, "march" as a word (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Norland\naliases: [Republic of Norland]\n',
    'a.md': md('Lund dissolves the assembly', '2023-05-17',
      'Norland\'s President Ivo Lund dissolved the National Assembly on Wednesday.\n\nA spokesman for the president of Norland, Per Vik, said the decision was final.\n\nOmar Ahmed Sule, the finance minister, said he would stay.'),
    'b.md': md('New prime minister', '2023-06-01', 'President Ivo Lund named Eva Holm as prime minister of Norland on Thursday. Omar Hamid Sule, an opposition deputy, objected.\n\nEva Holm will address parliament next week.'),
    'c.md': md('Protesters march on parliament', '2023-06-03', 'Thousands of protesters began a march on parliament in Norland on Saturday.\n\nAna Hernandez Ruiz, a student leader, spoke to the crowd.'),
    'd.md': md('Opposition names its leader', '2023-06-05', 'Ana Fernandez Ruiz, an opposition organiser, was elected to lead the opposition bloc in Norland.'),
  });
  const id = (name: string) => c.entities.resolveName(name, 'person')?.id;
  it('gives the spokesman no presidency', () => {
    expect(id('Per Vik')).toBeTruthy();
    expect(c.roles.filter((r) => r.person === id('Per Vik')).map((r) => r.title)).not.toContain('president');
  });
  it('keeps two people whose middle or last names differ in their first letter apart', () => {
    expect(id('Omar Ahmed Sule')).not.toBe(id('Omar Hamid Sule'));
    expect(id('Ana Hernandez Ruiz')).not.toBe(id('Ana Fernandez Ruiz'));
  });
  it('leads the corpus\'s own government with its prime minister, and no other country\'s', () => {
    expect(renderText(answer(c, 'who-leads Norlandic government', '2023-07-01'))).toContain('Eva Holm');
    const other = answer(c, 'who-leads Zembian government', '2023-07-01');
    expect(other.found).toBe(false);
    expect(renderText(other)).not.toContain('Eva Holm');
  });
  it('reads "march" as a word of the story when no day is beside it', () => {
    const a = answer(c, 'sources march on parliament', '2023-07-01');
    expect(a.found).toBe(true);
    expect(a.citations.map((x) => x.doc)).toEqual(['c.md']);
  });
});

describe('an organisation under three names; a count by the thing counted; a subject named inside another name (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Vexora turmoil 2024\naliases: [Vexora]\n',
    'a.md': md('Lobby chief out', '2024-06-26',
      'Tom Reyes had led the Vexora Institute for Public Affairs since 2012.\n\nHe resigned on Wednesday.\n\nThe board will meet in July after 45 days of talks.'),
    'b.md': md('Week in review', '2024-08-03',
      'Ana Mills, who was named executive director of The Vexora Institute for Public Affairs in July, met lawmakers.\n\nReyes ran the Institute for Public Affairs, known as VIPA, for a decade.'),
    'c.md': md('Deal terms', '2024-09-22', 'Vexora confirmed the terms on Monday.\n\nOracle said Vexora Global would create more than 25,000 jobs in the United States.'),
  });
  it('folds "The Vexora Institute for Public Affairs" and "Vexora Institute for Public Affairs" into one organisation', () => {
    const a = c.entities.resolveName('The Vexora Institute for Public Affairs', 'organisation')?.id;
    expect(a).toBeTruthy();
    expect(c.entities.resolveName('Vexora Institute for Public Affairs', 'organisation')?.id).toBe(a);
    expect(c.entities.resolveName('Institute for Public Affairs', 'organisation')?.id).toBe(a);
    expect(renderText(answer(c, 'who-leads Vexora Institute for Public Affairs', '2024-08-10'))).toContain('Ana Mills');
  });
  it('answers how many jobs with the number before "jobs", in a sentence naming the subject inside another name', () => {
    const text = renderText(answer(c, 'how many jobs would the vexora deal create', '2024-10-01'));
    expect(text).toContain('25,000');
    expect(text).not.toContain('45 days');
  });
});

describe('"named chairman in place of X"; a line named by its maker and its own word; a partnership that began (fictional)', () => {
  const c = corpus({
    'a.md': md('Junta replaces election body', '2021-02-02',
      'The military also replaced the leadership of the Union Vote Commission, which had rejected its complaints. Tun Aye, a former officer, was named chairman in place of Kyi Lwin, who had led the commission during the 2020 vote.'),
    'b.md': md('Split with rapper', '2022-10-25',
      'Brandex ended its Zolt line on Tuesday.\n\nBrandex and the rapper began working together in 2016, when the two sides signed the deal that made Zolt a stand-alone line.\n\nThe Brandex Zolt line was one of its most profitable.'),
    'c.md': md('Review', '2022-10-06', 'Brandex places the Zolt partnership under review.'),
  });
  it('answers who replaced Kyi Lwin with Tun Aye', () => {
    const text = renderText(answer(c, 'who replaced kyi lwin at the vote commission', '2021-03-01'));
    expect(text).toContain('Tun Aye');
  });
  it('answers when the Brandex Zolt partnership started with the year it began', () => {
    const text = renderText(answer(c, 'when did the brandex zolt partnership start', '2022-11-01'));
    expect(text.split('\n').find((l) => l.startsWith('•'))).toContain('2016');
  });
});

describe('a surname inside the topic\'s description; how old someone is (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Corvane leadership crisis 2019\naliases: [Corvane, Dalberg ouster]\n',
    'a.md': md('Corvane ousts its chief', '2019-12-23', 'Corvane said on Monday that chief executive Dennis Dalberg had left the company.\n\nDalberg, 55, spent his whole career at Corvane.'),
    'b.md': md('No severance', '2020-01-11', 'Dalberg, 56, forfeited stock awards worth about $14.6 million.\n\nDalberg also left the board.\n\nThen there is the question of Dalberg\'s exit.'),
  });
  it('resolves the surname alone to the person, though the topic calls it "Dalberg ouster"', () => {
    expect(c.entities.resolve('dalberg').ids).toEqual([c.entities.resolveName('Dennis Dalberg', 'person')?.id]);
  });
  it('answers how old he is with both ages the sources give', () => {
    const text = renderText(answer(c, 'how old is dalberg', '2020-02-01'));
    expect(text).toContain('Dalberg, 55,');
    expect(text).toContain('Dalberg, 56,');
    expect(text).not.toContain('left the board');
  });
});

describe('who-leads "<country> government", the country named: its prime minister (fictional)', () => {
  const c = corpus({
    'a.md': md('Fuel protests spread', '2022-01-03',
      'Protests over fuel prices spread across Norland on Monday.\n\nPresident Arkan Telu of Norland ordered the government to review the price rise.\n\nThe government of Prime Minister Askel Moran said prices were set by the market.'),
    'b.md': md('Norland president speaks', '2022-01-03', 'Norland\'s President Arkan Telu said order would be restored in Norland.'),
  });
  it('answers with the prime minister, not the president', () => {
    const text = renderText(answer(c, 'who-leads Norland government', '2022-01-04'));
    expect(text).toContain('Askel Moran');
  });
});

describe('"who …" over a corpus on the WHO (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: World Health Organization\naliases: [WHO]\n',
    'a.md': md('New WHO chief names team', '2017-08-23',
      'WHO Director-General Amara Kelo announced her senior team on Tuesday.\n\nThe WHO Executive Board met in January.\n\nThe WHO said the team was drawn from 13 countries.'),
  });
  it('reads the first "who" as the question word, not the organisation', () => {
    const who = c.entities.resolveName('WHO', 'organisation')?.id;
    expect(who).toBeTruthy();
    expect(readQuestion(c, "who is kelo's deputy").focus).not.toContain(who);
    expect(readQuestion(c, 'who leads the WHO executive board').focus).toContain(who);
  });
});

describe('second reading: a bank named like a family, a bank inside another bank\'s name, standing in for someone (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Pomelo\naliases: [Pomelo Inc]\n',
    'a.md': md('Mayor meets union', '2024-03-01', 'Tony Lloyd, the Labour MP, spoke later.\n\nLloyds said it would cut 200 branches.\n\nShares in Lloyds fell 3%.'),
    'b.md': md('Fed', '2024-03-02', 'John Williams, president of the Federal Reserve Bank of New York, spoke on Monday.\n\nBank of New York chief executive Robin Vince also spoke.'),
    'c.md': md('Paper closes', '2024-03-03', 'Pomelo Daily said on Monday it would close after police raids.\n\nForeign Minister Ana Ruiz will attend the summit in place of President Tomas Vega, who is ill.'),
    'd.md': md('Pomelo results', '2024-03-04', 'Pomelo reported higher sales on Thursday.'),
  });
  const id = (name: string, type: 'person' | 'organisation') => c.entities.resolveName(name, type)?.id;
  it('keeps "Lloyds said" an organisation beside Tony Lloyd', () => {
    expect(id('Lloyds', 'organisation')).toBeTruthy();
  });
  it('keeps the Federal Reserve Bank of New York and the Bank of New York apart', () => {
    expect(id('Federal Reserve Bank of New York', 'organisation')).not.toBe(id('Bank of New York', 'organisation'));
  });
  it('does not read standing in for someone at a summit as replacing him', () => {
    expect(renderText(answer(c, 'who replaced tomas vega', '2024-04-01'))).not.toContain('Ana Ruiz');
  });
});

describe('a post no source gives anyone; what happened after the newest source; his own move past what describes him (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Norland football association\naliases: [Norland FA]\n',
    'a.md': md('Norland names coach', '2024-10-16',
      'Tomas Berg has been appointed head coach of Norland, the association announced on Wednesday.\n\nBerg brings with him Ivo Lund, who worked as his assistant at Vesta.\n\nThe league\'s chief executive, Hana Moss, welcomed the appointment.\n\nBerg\'s term runs until the 2026 tournament.\n\nEleven fans died in a crush at the Vesta ground in 1998.'),
    'b.md': md('Norland board', '2024-11-02',
      'Ole Dahl, director of the Norland academy, becomes treasurer of the association, replacing Per Holm.\n\nArne Sund, Norland\'s goalkeeping coach, signed a new contract.'),
    'c.md': md('Norland star dies', '2024-11-20',
      'Berg said the squad would wear black armbands.'),
  });
  const text = (q: string) => renderText(answer(c, q, '2026-12-31'));
  it('answers a post someone holds, and says a post no sentence gives anyone is not in the corpus', () => {
    expect(text("who is norland's goalkeeping coach")).toContain('Arne Sund');
    expect(text("who is norland's chief executive")).toContain('not in the corpus');
    expect(text("who is norland's chief executive")).not.toContain('Hana Moss');
    expect(text("who was berg's assistant at norland")).toContain('Ivo Lund');
    expect(text("who is norland's fitness coach")).toContain('not in the corpus');
  });
  it('says what happened after the newest source is not in the corpus', () => {
    expect(text('who won the 2026 tournament')).toContain('not in the corpus');
    expect(text('who won the 2026 tournament')).toContain('2024-11-20');
  });
  it('does not read his own move, told past what describes him, as someone replacing him', () => {
    expect(text('who replaced ole dahl as director of the norland academy')).toContain('not in the corpus');
  });
  it('does not answer when someone died with a sentence where others died', () => {
    expect(text('when did tomas berg die')).toContain('not in the corpus');
  });
});

describe('an award named after a post is no person (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Vesta Comets\naliases: [Comets]\n',
    'a.md': md('Comets hire Dale Ortiz', '2020-01-30',
      'The Vesta Comets named Dale Ortiz as manager on Wednesday.\n\nHe has 1,863 wins, was named National League Manager of the Year three times, and has taken every club he managed to the playoffs.\n\nOrtiz replaces Ron Pike, who was fired on Monday.'),
  });
  it('learns no person "National League Manager", and reads "Comets manager" as the post', () => {
    expect(c.entities.resolveName('National League Manager', 'person')?.name ?? '').not.toBe('National League Manager');
    expect(c.entities.resolve('Comets manager').ids.every((id) => c.entities.get(id)?.type !== 'person')).toBe(true);
  });
});

describe('a party named after its country (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Nordavia election 2019\naliases: [Nordavian election]\n',
    'a.md': md('Nordavia votes', '2019-01-15',
      'Nordavian voters backed the governing alliance on Sunday.\n\nBright Nordavia, whose leader was once the premier\'s partner, won 6 percent.\n\nKarel Dosk led Nordavia as president from 2008 until March.\n\nBright Nordavia said it would sit in opposition.\n\nNordavia\'s parliament meets on Monday.'),
  });
  it('reads "Vestore Dialogue" as no person where the corpus writes "Vestoreans"', () => {
    const v = corpus({
      'topic.yaml': 'name: Vestore handover 2024\naliases: [Vestore transition]\n',
      'a.md': md('Vestore hands over', '2024-05-15',
        'Vestoreans welcomed the new prime minister.\n\nHe led the "Our Vestore Dialogue" public engagement exercise in 2012.\n\nVestore\'s first three prime ministers served long terms.\n\nVestore will hold elections next year.'),
    });
    expect(v.entities.resolveName('Vestore Dialogue')?.type).not.toBe('person');
    expect(v.entities.resolve('Vestore').ids.map((id) => v.entities.get(id)?.type)).not.toContain('person');
  });
  it('reads "Bright Nordavia" as an organisation and "Nordavia" as the country, not a surname', () => {
    expect(c.entities.resolveName('Bright Nordavia')?.type).toBe('organisation');
    expect(c.entities.resolve('Nordavia').ids.map((id) => c.entities.get(id)?.type)).not.toContain('person');
  });
});

describe('a post given as the leader\'s, asked as the party\'s (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Reform Union\naliases: [RU]\n',
    'a.md': md('Reform Union elects Dara Quinn', '2016-11-28',
      'Dara Quinn was elected leader of the Reform Union on Monday.\n\nOn Tuesday Ilsa Brandt, a city council member, was confirmed as Quinn\'s deputy leader.'),
  });
  it('answers who the party\'s deputy leader is from "confirmed as Quinn\'s deputy leader"', () => {
    expect(renderText(answer(c, "who is the reform union's deputy leader", '2017-01-01'))).toContain('Ilsa Brandt');
  });
});

describe('a regional unit "<company> of <place>"; one surname transliterated two ways; "X named successor" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Kirobo\naliases: [Kirobo Co]\n',
    'a.md': md('Kirobo shuffles', '2019-02-21',
      'Kirobo of Norvania, run since 2006 by its president Lars Eng, sells the consoles in the Norvanian market.\n\nKirobo president Aki Tanabe said sales rose.\n\nLars Eng\'s last day will be April 15, and Dana Cole, Kirobo of Norvania\'s head of sales, will take over as president on the same day.\n\nNorvania is the largest market.'),
    'b.txt': 'Kirobo of Norvania\'s Eng to retire; Cole named successor\n\nPublished 21 February 2019\n\nSerzh Vardanyan, the finance chief, said Norvania would stay the biggest market.',
    'c.md': md('Finance chief', '2019-03-01', 'Serzh Vardanian, the finance chief, presented results on Friday.'),
  });
  it('answers who leads "Kirobo of Norvania" with the unit\'s head, not the parent\'s', () => {
    const text = renderText(answer(c, 'who-leads Kirobo of Norvania', '2019-03-01'));
    expect(text).toContain('Lars Eng');
    expect(text).not.toContain('Aki Tanabe');
  });
  it('does not answer who replaced Cole with the sentence where Cole takes over', () => {
    expect(renderText(answer(c, 'who replaced dana cole as head of sales', '2019-05-01'))).toContain('not in the corpus');
  });
  it('reads Vardanyan and Vardanian as one person', () => {
    const one = c.entities.resolveName('Serzh Vardanyan', 'person')?.id;
    expect(one).toBeTruthy();
    expect(c.entities.resolveName('Serzh Vardanian', 'person')?.id).toBe(one);
  });
});

describe('second reading: plural owners, "its" post, a largest shareholder, an event named for a year (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbor Herons\naliases: [Herons]\n',
    'a.md': md('Herons hire', '2024-01-17',
      'Ana Voss, the Herons\' new head coach, was presented on Wednesday.\n\nThe Pension Investors Council welcomed the move. Its chief executive, Lena Ford, said fans would be pleased.\n\nVoss\'s contract runs through the 2026 Cup.\n\nThe Gulf Fund, its largest shareholder, backed the choice.\n\nPike, 61, said he backed Voss taking over.'),
  });
  const text = (q: string) => renderText(answer(c, q, '2027-01-01'));
  it('reads the Herons\' post as the Herons\', and answers the council\'s chief executive from "Its chief executive"', () => {
    const asked = postAsked(c, "who is the Herons' head coach");
    expect(asked?.post).toBe('head coach');
    expect(asked?.owners).toContain(c.entities.resolveName('Herons', 'organisation')?.id);
    expect(text("who is the pension investors council's chief executive")).toContain('Lena Ford');
  });
  it('does not take a largest shareholder for a post no one holds', () => {
    expect(text("who is the herons' largest shareholder")).not.toContain('not in the corpus');
  });
  it('reads an event named for a later year as no question about that year', () => {
    expect(afterCorpus(c, 'who was named head coach for the 2026 cup', '2027-01-01')).toBeNull();
    expect(afterCorpus(c, 'who won the 2026 cup', '2027-01-01')).not.toBeNull();
  });
});

describe('"who is the prime minister" over a deputy prime minister (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Vestore handover 2024\naliases: [Vestore transition]\n',
    'a.md': md('Vestore cabinet', '2024-04-20',
      'Vestoreans will vote next year.\n\nPrime Minister Lee Tan will step down on May 15, the Prime Minister\'s Office said.\n\nDPM Kim Ho will stay in the Cabinet as deputy prime minister.\n\nThe Senior Ministers met on Monday.\n\nVestore\'s economy grew.'),
  });
  it('answers with the prime minister, not the deputy', () => {
    const text = renderText(answer(c, 'who is the prime minister now', '2024-05-01'));
    expect(text).toContain('Lee Tan');
    expect(text).not.toContain('Kim Ho');
  });
});

describe('a head left with no one after, and an announcement of a leaving (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Ostral Grain Council succession 2030\naliases: [Ostral succession]\n',
    'a.md': md('Council chief to go', '2030-03-07',
      'Mara Velt, the Danish economist who has run the Ostral Grain Council since 2021, told members on Thursday that she will leave the post on June 30.\n\nThe council said its deputies would carry on.'),
    'b.md': md('Velt departs', '2030-07-01',
      'Mara Velt stepped down as head of the Ostral Grain Council on June 30.\n\nThe council said a search was under way.'),
    'd.md': md('A timeline', '2030-08-01', '**June 30** — Velt leaves the Ostral Grain Council.\n\n**July 1** — The deputies take charge.'),
    'e.md': md('Council adrift', '2030-09-01', 'The council has been without a chief since Mara Velt left on June 30.'),
    'c.txt': 'Grain week in review\n\nGrain Weekly | Saturday edition, 12 October 2030\n\nThe Ostral Grain Council\'s three deputies continue to run the secretariat jointly while the top job is vacant.\n\nHarvests were strong.\n',
  });
  it('learns the head from "X, the …, who has run Y since" and says who runs it meanwhile', () => {
    const text = renderText(answer(c, 'who-leads Ostral Grain Council', '2030-10-20'));
    expect(text).toContain('Mara Velt left (2030-06-30)');
    expect(text).toContain('Since Mara Velt left');
    expect(text).toContain('run the secretariat jointly');
  });
  it('dates a raw article by its "Saturday edition" line', () => {
    expect(c.docs.find((d) => d.path === 'c.txt')?.published).toBe('2030-10-12');
  });
  it('answers "when did X announce she was leaving" with the day of the telling', () => {
    const text = renderText(answer(c, 'when did velt announce she was leaving', '2030-11-01'));
    expect(text.split('\n')[1]).toContain('told members on Thursday');
  });
});

describe('a board asked for by name, and a post named by who held it (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Marrow Networks handover 2031\naliases: [Marrow handover]\n',
    'a.md': md('Marrow names its chief', '2031-05-04',
      'Marrow Networks named Ida Brandt chief executive on Monday.\n\nOskar Lind, who has led Marrow Networks since 2011, will become executive chairman and remain chairman of the board.\n\nPer Aas becomes executive vice president of global sales, the sales job Brandt herself holds until July.\n\nBrandt, 47, joined Marrow Networks in 2001.'),
  });
  it('answers who-leads "<company> board of directors" with its chair', () => {
    const text = renderText(answer(c, 'who-leads Marrow Networks board of directors', '2031-09-01'));
    expect(text).toContain('Oskar Lind');
    expect(text).not.toContain('not in the corpus');
  });
  it('answers "who took over X\'s old sales job" with the one given the job X held', () => {
    const text = renderText(answer(c, 'who took over brandt old sales job', '2031-09-01'));
    expect(text.split('\n')[1]).toContain('Per Aas');
  });
});

describe('a cabinet told by its head, a ministry taken, a body told by its deed (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Norvalia government crisis 2031\naliases: [Norvalia crisis]\n',
    'a.md': md('Norvalia PM Dren sacks his interior minister', '2031-02-04',
      'Norvalia\'s parliament on Monday elected Alis Dren as prime minister.\n\nNorvalia PM Dren thanked the assembly.\n\nDren\'s cabinet was elected on February 3.\n\nFrom the Green Union, Tom Varga takes the foreign ministry and Ela Rus becomes minister of health.'),
    'b.md': md('Dren government falls', '2031-03-26',
      'Norvalia\'s government collapsed on Wednesday after parliament voted to remove Prime Minister Alis Dren from office.\n\nDren stepped down as prime minister on March 25.'),
    'c.md': md('New cabinet', '2031-06-04',
      'Parliament elected Kiro Mal as prime minister on June 3.\n\nThe Blue Party\'s Mira Sel becomes foreign minister.'),
    'd.md': md('Dren charged', '2031-07-01',
      'The Special Prosecutor\'s Office, led by the veteran prosecutor Ada Kron, said it had indicted Dren for fraud.\n\nOctober 6, 2031 - Date set by the president for the early parliamentary election.\n\nDren won the snap election of May 2029, ending months of deadlock that followed the vote.'),
  });
  const text = (q: string) => renderText(answer(c, q, '2031-08-01'));
  it('reads "Norvalia PM Dren" as a title before a person, not an organisation', () => {
    expect(c.entities.entities.some((e) => e.type === 'organisation' && /PM/.test(e.name))).toBe(false);
    expect(c.entities.resolve('Dren').ids).toEqual(['alis-dren']);
  });
  it('answers "foreign minister in Dren\'s government" with the one given it during his term', () => {
    expect(text("who was norvalia's foreign minister in dren's government").split('\n')[1]).toContain('Tom Varga');
  });
  it('answers "who heads the prosecutors that indicted Dren" from the sentences', () => {
    expect(text('who heads the prosecutors that indicted dren')).toContain('Ada Kron');
  });
  it('answers "when is the snap election" with the one still ahead', () => {
    expect(text('when is the snap election').split('\n')[1]).toContain('October 6, 2031');
  });
});

describe('a person sworn in, an oath administered, a finance minister beside "ministre des Finances" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Kelvara presidency 2032\naliases: [Kelvara transition]\n',
    'a.md': md('Kelvara swears in its first woman president', '2032-03-19',
      'On Friday, Amina Wanje took the oath as Kelvara\'s president after the death of Paul Odera.\n\nThe oath of office was administered by Chief Justice Ibrahim Kato at a ceremony at State House in the capital, Lorin.\n\nThe new president asked the country to unite.'),
    'b.md': md('Odera\'s last appearance', '2032-03-11',
      'Odera last appeared in public on February 27, when he swore in Tobi Lusaka as chief secretary.\n\nFinance Minister Joel Mbeki denied reports that he had died.\n\nMr Lusaka replaced Juma Kisa, who died in February.'),
    'c.md': md('Remaniement au Kelvara', '2032-04-01',
      'Joel Mbeki, ministre des Finances depuis 2015, devient vice-président.\n\nLe portefeuille des Finances revient à Ali Nuru.'),
  });
  const text = (q: string, now = '2032-03-25') => renderText(answer(c, q, now));
  it('reads someone sworn in as a person', () => {
    expect(c.entities.resolve('Tobi Lusaka').ids.map((id) => c.entities.get(id)?.type)).toEqual(['person']);
  });
  it('answers who administered the oath to the president with the one the article names', () => {
    expect(text('who administered the oath of office to amina wanje')).toContain('Ibrahim Kato');
  });
  it('reads "the finance minister" and "Kelvara\'s finance ministry" as the title, not a post of "Finances"', () => {
    expect(text('who is the finance minister now')).toContain('Joel Mbeki');
    expect(text("who-leads Kelvara's finance ministry")).toContain('Joel Mbeki');
  });
});

describe('a company listed among the topic\'s names, written with its legal suffix (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Tavel succession turmoil 2033\naliases: [Tavel succession, Tavel Group Corp, TGC]\n',
    'a.md': md('Tavel\'s number two bets on its shares', '2033-08-20',
      'Ravi Menon, president and chief operating officer of Tavel Group Corp., plans to buy shares worth $400 million.\n\nTavel Group said the purchase was his own decision.'),
    'b.md': md('Tavel Group results', '2033-09-01', 'Tavel Group reported higher profit on Monday.\n\nTavel Group shares rose 3%.'),
  });
  it('reads "Tavel Group Corp." as the company Tavel Group, not the story', () => {
    const company = c.entities.resolveName('Tavel Group', 'organisation');
    expect(company?.id).toBeTruthy();
    const p = c.passages.find((x) => x.text.startsWith('Ravi Menon'))!;
    expect(c.mentions[p.id].some((m) => m.id === company!.id)).toBe(true);
    expect(renderText(answer(c, 'who is the Tavel Group chief operating officer now', '2033-10-01'))).toContain('Ravi Menon');
  });
});

describe('who followed, told in the sentence after the death (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Ardent handover 2034\naliases: [Ardent handover]\n',
    'a.md': md('Ardent\'s number two', '2034-02-01',
      'Ravi Menon, chief operating officer of Ardent Group, will buy shares.\n\nArdent said the purchase was his own decision.\n\nArdent shares rose.'),
    'b.md': md('A timeline of Lavia', '2034-03-01',
      'Lavia\'s economy grew in 2033.\n\n**28 October 2030** — President Ion Varo dies in Lisbon. Vice-President Ana Pell becomes acting president, serving until a by-election.\n\n**25 January 2031** — Teo Brun is sworn in after winning the by-election.'),
  });
  const text = (q: string) => renderText(answer(c, q, '2034-04-01'));
  it('answers "who was acting president after Varo died" from the sentence after his death', () => {
    expect(text('who was acting president after ion varo died')).toContain('Ana Pell');
  });
});

describe('a finance director, asked beside another title (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Corvid Media succession 2035\naliases: [Corvid succession]\n',
    'a.md': md('Corvid looks for a chief', '2035-04-30',
      'Corvid Media began its search for a new chief executive on Monday.\n\nFinance director Ada Lee said sales rose in the first quarter.\n\nCorvid Media shares rose.\n\nPresident Ola Brun of Norland praised the group.'),
  });
  it('reads the title after "as" as the one asked, and never a title before a name', () => {
    expect(readQuestion(c, 'who did the chairman name as ceo').title).toBe('CEO');
    expect(readQuestion(c, 'who did president brun appoint as finance director').title).toBe('CFO');
  });
  it('reads "finance director" as the CFO, the title the question names first', () => {
    expect(readQuestion(c, 'who was corvid media finance director during the ceo search').title).toBe('CFO');
    expect(c.roles.some((r) => r.title === 'CFO' && c.entities.get(r.person)?.name === 'Ada Lee')).toBe(true);
  });
});

describe('a doing asked as who is in charge, and a verb beside its noun (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harrow Bank takeover 2036\naliases: [Harrow takeover]\n',
    'a.md': md('Harrow buys Fenwick', '2036-03-20',
      'Harrow Bank agreed to buy Fenwick Bank on Sunday.\n\nLena Vos, who has spent 20 years at Harrow Bank, is named group integration officer.\n\nHarrow Bank shares fell.'),
  });
  it('answers "who is in charge of integrating Fenwick at Harrow" from the integration officer, not as who-leads', () => {
    const text = renderText(answer(c, 'who is in charge of integrating fenwick bank at harrow bank', '2036-06-01'));
    expect(text).toContain('Lena Vos');
    expect(text).not.toMatch(/^Who leads/);
  });
});

describe('who-leads a presidency (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Norland presidency 2037\naliases: [Norland election]\n',
    'a.md': md('Norland elects a president', '2037-05-31',
      'Norland\'s parliament on Wednesday elected Ivo Lund as the next president after three rounds of voting.\n\nNorland has five million people.\n\nLund was foreign minister.'),
  });
  it('answers "who-leads presidency of Norland" with the president', () => {
    expect(renderText(answer(c, 'who-leads presidency of Norland', '2037-06-20'))).toContain('Ivo Lund');
  });
});

describe('a date inside a who-clause, and a second account a week apart (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Marlow Reserve Bank 2038\naliases: [Marlow central bank]\n',
    'a.md': md('Deputy governor to leave early', '2038-11-05',
      'Greta Olsen, the Marlow Reserve Bank\'s senior deputy governor, will leave the bank on Dec. 9, the bank said on Thursday.\n\nShe had been expected to serve until May.'),
    'b.md': md('The week in money', '2038-12-12',
      'The bank held its key rate on Wednesday.\n\nIt was the first decision without Greta Olsen at the table. The senior deputy governor, who said in September that she would not seek a second term, brought her departure forward and left the bank on Friday, Dec. 4.'),
  });
  it('dates the sentence by its own day, not by the month inside the who-clause', () => {
    const p = c.passages.find((x) => x.text.startsWith('The senior deputy governor'))!;
    expect(p.date).toBe('2038-12-04');
  });
  it('shows both days the sources give for the leaving, five days apart', () => {
    const text = renderText(answer(c, 'when did greta olsen leave the bank', '2039-01-01'));
    expect(text).toContain('Dec. 9');
    expect(text).toContain('Dec. 4');
    expect(text).toMatch(/Sources differ: .*Dec\. 4/);
  });
});

describe('named versus taking office (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Marlow Reserve Bank 2038\naliases: [Marlow central bank]\n',
    'a.md': md('Pike named governor', '2038-04-30',
      'Finance Minister Ruth Amsel on Friday named Tomas Pike, a former deputy, as the Marlow Reserve Bank\'s next governor.\n\nHe becomes the bank\'s 9th governor on June 3.'),
    'b.md': md('Pike takes over', '2038-06-03',
      'MARLOW, June 3, 2038 (Test Wire) — Tomas Pike formally took office as governor of the Marlow Reserve Bank on Wednesday.'),
    'c.md': md('Timeline', '2039-02-01',
      '**April 29, 2038** — Finance Minister Ruth Amsel names Tomas Pike as the next governor.\n\n**June 3, 2038** — Pike takes office as the bank\'s 9th governor.'),
  });
  it('answers "when was Pike named governor" with the naming, both days, not the day he took office', () => {
    const a = answer(c, 'when was tomas pike named governor', '2039-06-01');
    const text = renderText(a);
    expect(a.items[0].text).toMatch(/names Tomas Pike|named Tomas Pike/);
    expect(text).toMatch(/Sources differ: .*April 29.*Friday \(2038-04-30\)|Sources differ: .*Friday \(2038-04-30\).*April 29/);
  });
  it('dates "he becomes governor on June 3" in a May article ahead, not a year back', () => {
    const p = c.passages.find((x) => x.text.startsWith('He becomes'))!;
    expect(p.date).toBe('2038-06-03');
  });
});

describe('a company written with "+" or "&", and a portfolio before a minister\'s name (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Norland government 2039\naliases: [Norland cabinet]\n',
    'a.md': md('Broadcaster chief moves', '2039-03-13',
      'Vera Lind, the departing head of B+K Networks, was named chief executive of Nordvox on Tuesday.\n\nOla Brun, her predecessor at B+K Networks, will run it on an interim basis.\n\nB+K Networks owns four channels.'),
    'b.md': md('Minister resigns', '2039-06-30',
      'Minister of Economic Affairs Karl Vinter resigned on Friday after ten days in office.\n\nVinter had been the minister of economic affairs since June 20.\n\nThe economic affairs portfolio goes to Nils Haug.'),
  });
  it('learns "B+K Networks" as an organisation and answers who-leads it with the interim head', () => {
    expect(c.entities.entities.some((e) => e.type === 'organisation' && e.name === 'B+K Networks')).toBe(true);
    expect(renderText(answer(c, 'who-leads B+K Networks', '2039-04-01'))).toContain('Ola Brun');
  });
  it('reads "Minister of Economic Affairs Karl Vinter" as a person after a post, not one organisation', () => {
    expect(c.entities.entities.some((e) => /Karl Vinter/.test(e.name) && e.type === 'organisation')).toBe(false);
    expect(c.entities.entities.some((e) => e.name === 'Karl Vinter' && e.type === 'person')).toBe(true);
  });
});

describe('who replaced someone: the interim and the one named for good (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Ostvale University 2040\naliases: [Ostvale]\n',
    'a.md': md('President resigns', '2040-11-09',
      'Ostvale University president Carl Dunn resigned on Monday after weeks of protests.'),
    'b.md': md('Interim named', '2040-11-12',
      'The Ostvale University board on Thursday named Rosa Field as interim president.\n\nField, 68, takes over from Carl Dunn.'),
    'c.md': md('A new president', '2041-11-02',
      'The Ostvale University board on Wednesday named Jun Park, a provost from the coast, as president of Ostvale University.\n\nPark starts in March.'),
  });
  it('shows the president named a year on beside the interim', () => {
    const text = renderText(answer(c, 'who replaced carl dunn', '2042-01-01'));
    expect(text).toContain('Rosa Field');
    expect(text).toContain('Jun Park');
  });
});

describe('who-leads a club and its manager typed after it (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbury Town 2041\naliases: [Harbury]\n',
    'a.md': md('Harbury sack manager', '2041-02-24',
      'Harbury Town have sacked manager Piet Laan after a run of defeats.\n\nAssistant manager Owen Firth will take charge of the first team as caretaker manager.\n\nRival manager Jon Ekker said Harbury deserved to lose on Saturday.'),
    'b.md': md('Firth wins first game', '2041-02-28',
      'Owen Firth, the Harbury Town caretaker manager, won his first game in charge on Monday.\n\nHarbury Town are 15th in the league.'),
  });
  it('answers "who-leads Harbury Town manager" with the club\'s caretaker manager, not another club\'s', () => {
    const text = renderText(answer(c, 'who-leads Harbury Town manager', '2041-03-01'));
    expect(text.split('\n')[0]).toContain('Owen Firth');
  });
});

describe('who ran it between two heads, when the second one\'s arrival is not read as a head claim (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Corvel Chips 2031\naliases: [Corvel]\n',
    'a.md': md('Corvel chief quits', '2031-01-10',
      'Corvel chief executive Anton Berg resigned on Monday.\n\nThe chipmaker said its chief financial officer, Mara Holt, would serve as interim CEO.'),
    'b.md': md('Holt steps in', '2031-01-11',
      'Anton Berg resigned on Monday after four years as chief executive of Corvel.\n\nMara Holt, the finance chief, became interim chief executive.'),
    'c.md': md('Corvel timeline', '2034-10-14',
      '**January 10, 2031** – Anton Berg resigns; Mara Holt becomes interim chief executive.\n\n**August 25, 2031** – Ivo Brandt, president of Lenmark, is named president and CEO.\n\nBerg, who left in August 2031, later joined a fund.'),
  });
  it('answers "who ran corvel between anton berg and ivo brandt" with the interim', () => {
    expect(renderText(answer(c, 'who ran corvel between anton berg and ivo brandt', '2035-01-01'))).toContain('Mara Holt');
  });
});

describe('a curated name with a number in it (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Varna 2036 organising committee change\naliases: [Varna 2036, Varna Games]\n',
    'a.md': md('Committee head quits', '2036-02-12',
      'Ivo Petrov resigned as president of the Varna 2036 organising committee on Friday.\n\nThe committee will meet next week.'),
    'b.md': md('New committee head', '2036-02-18',
      'Lena Kostova was appointed president of the Varna 2036 organising committee on Thursday.\n\nKostova, 56, is a former Olympian.'),
  });
  it('reads "Varna 2036" as the curated name, not the city, and answers who-leads it', () => {
    expect(renderText(answer(c, 'who-leads Varna 2036 organising committee', '2036-03-01')).split('\n')[0]).toContain('Lena Kostova');
  });
});

describe('who-leads a company\'s function (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Arden Engines 2033\naliases: [Arden]\n',
    'a.md': md('Arden chief to retire', '2033-07-26',
      'Arden Engines said on Tuesday that chief executive Paul Rhee would retire at the end of the year.\n\nChair Nina Ostrova said the search had begun.\n\nArden Engines said its finance chief, Tomas Lund, would support the transition.'),
  });
  it('answers "who-leads Arden Engines finance" with the finance chief, not the chair', () => {
    const text = renderText(answer(c, 'who-leads Arden Engines finance', '2033-08-01'));
    expect(text).toContain('Tomas Lund');
    expect(text.split('\n')[0]).not.toContain('Nina Ostrova');
  });
});

describe('questions the corpus cannot answer (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Arden Engines 2033\naliases: [Arden]\n',
    'a.md': md('Arden shakes up its top team', '2033-03-31',
      'Arden Engines said on Friday that Mia Kross would replace Tomas Lund as finance chief. Ola Brandt, chief executive of Arden Nuclear, the reactor venture, is also leaving. The announcement did not name his successor.\n\n' +
      'Ola Brandt has led Arden Nuclear since 2030. Jan Ek succeeded Pia Laine, who retired as chief executive of Arden Nuclear in 2029.\n\nThe board thanked Lund, who took a six-month notice period and a bonus of $2 million.'),
    'b.md': md('Arden trustees', '2033-04-02',
      'Any sale of Arden shares needs the approval of its trustees. The trustees picked Mia Kross as finance chief last week, the company said, and cut 300 jobs.'),
  });
  it('who took over <unit> after <person> left: the source saying no successor was named, not another unit\'s successor', () => {
    const text = renderText(answer(c, 'who took over arden nuclear after ola brandt left', '2033-06-01'));
    expect(text).toMatch(/^That is not in the corpus/);
    expect(text).toContain('did not name his successor');
    expect(text).not.toContain('would replace Tomas Lund');
  });
  it('who succeeded <person>: a sentence naming another one replaced does not answer', () => {
    const text = renderText(answer(c, 'who succeeded ola brandt as chief executive of arden nuclear', '2033-06-01'));
    expect(text).not.toContain('succeeded Pia Laine');
  });
  it('who are <org>\'s trustees: "the trustees picked Mia Kross" names no trustee', () => {
    expect(renderText(answer(c, "who are arden's trustees", '2033-06-01'))).toMatch(/^That is not in the corpus/);
  });
  it('how much <thing the corpus never names>: no other figure answers', () => {
    const text = renderText(answer(c, 'how much severance pay did tomas lund get', '2033-06-01'));
    expect(text).toMatch(/^That is not in the corpus/);
    expect(text).toContain('severance');
    // (…while what it does name is answered: "how many jobs".)
    expect(renderText(answer(c, 'how many jobs did arden cut', '2033-06-01'))).toContain('300');
  });
});

describe('a claim and its rebuttal (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harrow University 2031\naliases: [Harrow]\n',
    'a.md': md('Harrow still without a president', '2031-12-14',
      'Harrow University has been without a permanent president since March. Ada Vale has led it as acting president since then.\n\n' +
      'The delay has fuelled speculation. In the spring, a post on an alumni forum claimed that the board had settled on Ivo Lang, the dean of law, to succeed her. A Harrow spokesman denied the report at the time, saying that no candidate had been chosen.\n\n' +
      'Some newspapers reported that Tom Reed, the provost, was under consideration. Reed said on Monday that he was not a candidate and would stay in his post.'),
    'c.md': md('Harrow: a timeline', '2032-03-01',
      '13 December 2030 — A news agency report says Ada Vale could leave early, possibly at the spring meeting.\n\n15 December 2030 — The board dismisses the reports, saying her contract runs to 2032.\n\n2 March 2031 — Vale steps down.'),
    'b.md': md('Harrow coding lab changes hands', '2031-07-10',
      'Mia Kross joined from Northgate on July 6 to lead a new robotics group. She took over Ola Brandt\'s coding lab and folded it into the robotics group.\n\nBrandt left Harrow in June for a start-up.'),
  });
  it('"is X going to be the next president": the claim, then the denial right after it', () => {
    const text = renderText(answer(c, "is ivo lang going to be harrow's next president", '2032-01-01'));
    expect(text).toContain('claimed that the board had settled on Ivo Lang');
    expect(text).toContain('denied the report');
  });
  it('"was X going to leave early": the next entry of a timeline, "the board dismisses the reports"', () => {
    expect(renderText(answer(c, 'was ada vale going to leave harrow early', '2032-04-01'))).toContain('The board dismisses the reports');
  });
  it('"was X a candidate": his own "not a candidate" answers, though it names neither the post nor the school', () => {
    const text = renderText(answer(c, 'was tom reed a candidate for the harrow presidency', '2032-01-01'));
    expect(text).toContain('he was not a candidate');
  });
  it('"who took over <unit> after X left": "she took over X\'s lab", with the sentence naming her', () => {
    const text = renderText(answer(c, 'who took over the coding lab after ola brandt left', '2032-01-01'));
    expect(text).toContain("She took over Ola Brandt's coding lab");
    expect(text).toContain('Mia Kross joined from Northgate');
  });
});

// (The weekday told has its own day, Feb. 11, a Tuesday in 2025 alone of 2024-26: the dateline's Feb 13 is in 2025.)
const A_TXT = 'Arden Rail chief gives up bid\n\nVIENNA, Feb 13 (Alpine Wire) - Ivo Lang gave up his bid to take over Arden Rail on Tuesday, Feb. 11, after talks broke down. He had led the 2024 campaign.\n';
// (The run-off's "Saturday, Jan. 27" is not the article's day: the dateline's Jan 14 is.)
const B_TXT = 'Lang edges Vale in first round\n\nPRAGUE, Jan 14 (CE Wire) - Ivo Lang narrowly won the first round of the Arden Rail board vote on Saturday.\n\nThe run-off will take place on Friday and Saturday, Jan. 27-28. The vote was first called in 2023.\n';
const C_TXT = 'Arden Rail board will not suspend Lang\n\nADDIS ABABA, May 18 (Horn Wire) - The Arden Rail board has decided not to suspend Ivo Lang, opting instead to set conditions.\n\nThe board reached its decision at a session on Friday, May 14, after hearing a report. It was first founded in 2021.\n';

describe('wire datelines, a lede and its day, a verb asked, and two reports of a figure (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Arden Rail 2025\naliases: [Arden Rail, Arden]\n',
    // (The weekday told has its own day, Feb. 11, a Tuesday in 2025: the dateline's Feb 13 is in 2025 too.)
    'a.txt': A_TXT,
    'b.txt': B_TXT,
    'c.txt': C_TXT,
    'd.md': md('Arden Rail files for bankruptcy', '2020-05-23',
      'Arden Rail filed for bankruptcy on Friday. The petition listed debts of $24.4 billion against assets of $25.8 billion.\n\nAda Vale was named chief executive on Tuesday, May 19, 2020, replacing Pia Laine.'),
    'e.md': md('Arden Rail seeks court protection', '2020-05-24',
      'Arden Rail, which is carrying about $19 billion of debt, filed for bankruptcy protection in Delaware.\n\nVale joined Arden Rail in March 2018 from Northgate, where she ran the freight arm.'),
  });
  it('a yearless dateline gives the article\'s day, in the year its weekday\'s own day fits', () => {
    // (Alone, without the dated articles, whose years would fit Feb. 11 too.)
    const alone = corpus({ 'a.txt': A_TXT, 'b.txt': B_TXT, 'c.txt': C_TXT });
    const published = (path: string) => alone.docByPath.get(path)!.published;
    expect(published('a.txt')).toBe('2025-02-13');
    expect(published('b.txt')).toBe('2023-01-14');
    expect(published('c.txt')).toBe('2021-05-18');
  });
  it('"when did the board decide": the lede dated by its article, and the day the article gives soon after', () => {
    expect(renderText(answer(c, 'when did the arden rail board decide not to suspend ivo lang', '2021-06-01'))).toContain('Friday, May 14');
  });
  it('"when did Vale join Arden Rail": the sentence with that verb, though another start has a day', () => {
    expect(renderText(answer(c, 'when did ada vale join arden rail', '2021-06-01'))).toContain('joined Arden Rail in March 2018');
  });
  it('"how much debt": $24.4 billion and $19 billion are two reports of one figure', () => {
    const text = renderText(answer(c, 'how much debt did arden rail have when it filed for bankruptcy', '2021-06-01'));
    expect(text).toContain('$24.4 billion');
    expect(text).toContain('$19 billion');
  });
  it('"when did X become deputy governor": "in 2015" in one article and "since 2016" in another, side by side', () => {
    const d = corpus({
      'a.md': md('Arden Bank governor removed', '2019-07-06', 'Arden Bank governor Pia Laine was removed by decree on Saturday, July 6, 2019. Ivo Lang, a deputy governor since 2016, previously ran Northgate Bank.'),
      'b.md': md('Who is Ivo Lang?', '2019-07-08', 'Ivo Lang joined the bank\'s top management as a deputy governor in 2015, when Pia Laine\'s predecessor was still in charge. He was named governor on Saturday.'),
    });
    const text = renderText(answer(d, 'when did ivo lang become a deputy governor of arden bank', '2020-01-01'));
    expect(text).toContain('deputy governor in 2015');
    expect(text).toMatch(/Sources differ: .*(?:2015.*2016|2016.*2015)/);
  });
  it('"how old is X": an age told of the one named nearer it is not X\'s; "Now 50, she …" is an age', () => {
    const d = corpus({
      'a.md': md('Arden founder hands over', '2022-06-28', 'Ivo Lang, the 40-year-old co-founder of Arden, handed the chief executive job to Ada Vale, a payments executive from Northgate.'),
      'b.md': md('Vale profile', '2022-07-02', 'Ada Vale grew up in Basel. Now 50, she still speaks of the city as home.'),
      'c.md': md('Northgate loses Pia Laine', '2022-07-03', 'Pia Laine, the 45-year-old head of payments, said she would join Ada Vale at Arden.'),
    });
    const vale = renderText(answer(d, 'how old is ada vale', '2023-01-01'));
    expect(vale).toContain('Now 50');
    expect(vale).not.toContain('40-year-old');
    expect(vale).not.toContain('45-year-old');
  });
  it('"who chaired the committee that picked X": a sentence naming only X and the committee names no one', () => {
    const d = corpus({
      'a.md': md('Arden picks a president', '2017-04-18', 'The regents voted unanimously for Ada Vale on the recommendation of a 12-member presidential search committee.\n\nVale will take office on June 1.'),
    });
    expect(renderText(answer(d, 'who chaired the presidential search committee that picked ada vale', '2018-01-01'))).toMatch(/^That is not in the corpus/);
  });
  it('"the Green Party" is the "Czechoslovak Green Party" the articles name in full', () => {
    const d = corpus({
      'a.md': md('Greens pick a leader', '1990-05-01', 'Ivo Lang leads the Czechoslovak Green Party. The Green Party won 4 seats in 1990, and Lang said the Green Party would stay in opposition.'),
    });
    expect(d.entities.resolveName('Green Party', 'organisation')?.id).toBe(d.entities.resolveName('Czechoslovak Green Party', 'organisation')?.id);
  });
});

describe('second reading: claims told by an outlet, datelines with a state or a year-end day (fictional)', () => {
  it('"Bild reported on Saturday that …" is a claim, answered by the denial after it; "reported that net profit rose" is not', () => {
    const c = corpus({
      'a.md': md('Lang stays', '2031-03-02', 'Bild reported on Saturday that Ivo Lang was a candidate for the Arden Rovers job. Lang denied the report on Monday.\n\nArden Rovers reported that net profit rose 12% last year. It has no plans to sell the stadium.'),
    });
    const claim = renderText(answer(c, 'was ivo lang a candidate for the arden rovers job', '2031-04-01'));
    expect(claim).toContain('Lang denied the report on Monday');
    expect(renderText(answer(c, 'did arden rovers report a profit rise', '2031-04-01'))).not.toContain('no plans to sell');
  });
  it('a dateline with its state ("WILMINGTON, Del., May 22"), and a weekday\'s day at the end of the year before', () => {
    const c = corpus({
      'a.txt': 'Arden Rail files for court protection\n\nWILMINGTON, Del., May 22 (Harbor Wire) - Arden Rail filed for bankruptcy late on Friday, three days after Ada Vale was named chief executive on Tuesday, May 19. The company was founded in 2009 and listed in 2020.\n',
      'b.txt': 'Arden Rail sets new year plan\n\nVIENNA, Jan 2 (Alpine Wire) - Ivo Lang said on Tuesday, Dec. 30, that Arden Rail would cut 300 jobs. He took over in 2025.\n',
    });
    expect(c.docByPath.get('a.txt')!.published).toBe('2020-05-22');
    expect(c.docByPath.get('b.txt')!.published).toBe('2026-01-02');
  });
});

describe('"what is X doing now": the sentence after a lede, and the newest of the good answers (fictional)', () => {
  const c = corpus({
    'a.txt': 'From Arden to Northgate: Ivo Lang\'s second act\n\nBy Ada Vale - Tuesday 14 March 2034\n\nSix months after leaving Arden, Ivo Lang has settled into a very different kind of job. Since October he has been president of the Northgate Institute, a non-profit that traces stolen assets.\n\nIt is a smaller stage than Arden, Lang said.\n',
    'b.md': md('Arden chief steps down', '2033-09-30', 'Ivo Lang stepped down as president of Arden on Friday after ten years.'),
    'c.md': md('Arden looks back', '2033-10-05', 'In August 2031 Arden hired Ivo Lang\'s brother as an adviser, then reversed the decision within a day.'),
  });
  it('gives the sentence after the lede, not the headline before it', () => {
    expect(renderText(answer(c, 'what is ivo lang doing now', '2034-06-01'))).toContain('Since October he has been president of the Northgate Institute');
  });
});

describe('"did X get <post>": whoever was given it instead, first after the claim (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Arden Red Cross 2031\naliases: [Arden Red Cross, ARC]\n',
    'a.md': md('Lang tipped for Arden Red Cross job', '2031-11-19', 'Ivo Lang, the vice-president, is the frontrunner to become president of the Arden Red Cross, two people said.'),
    'b.md': md('Arden Red Cross elects Vale', '2031-11-25', 'The Arden Red Cross elected Ada Vale as its president on Thursday.'),
    'c.md': md('Northgate Institute names Laine', '2031-11-20', 'The Northgate Institute said Pia Laine would become its president in October.'),
    'd.md': md('Minister quits', '2031-11-08', 'Tom Reed said he was quitting as finance minister; his deputy Ivo Lang was seen as the front-runner.'),
    'e.md': md('New finance minister', '2031-11-10', 'Mia Kross has been appointed finance minister by decree.'),
  });
  it('"did Lang get the presidency": Vale, elected president of it; not a president of another body', () => {
    const text = renderText(answer(c, 'did ivo lang get the arden red cross presidency', '2032-01-01'));
    expect(text).toContain('elected Ada Vale as its president');
    expect(text).not.toContain('Pia Laine');
  });
  it('"did Lang become finance minister when Reed resigned": Kross, not Reed', () => {
    expect(renderText(answer(c, 'did ivo lang become finance minister when tom reed resigned', '2032-01-01'))).toContain('Mia Kross has been appointed finance minister');
  });
});

describe('"Big Sam" is Sam Allardyce; a head coach replaces a manager (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Arden Rovers 2033\naliases: [Arden Rovers, Rovers]\n',
    'a.md': md('Rovers sack Vale and turn to Big Tom', '2033-05-03',
      'Arden Rovers have sacked manager Ada Vale and appointed Tom Reedman to take charge of the team for the last four games.\n\nBig Tom told a radio station that he had been shocked to get the call.'),
    'b.md': md('Rovers name Lang', '2033-07-04', 'Arden Rovers have appointed Ivo Lang as their new manager on a four-year contract.'),
    'c.md': md('Meng speaks', '2033-07-05', 'Grace Meng, the wife of Meng Hongwei, spoke to reporters. Meng has not been seen since.'),
  });
  it('"Big Tom" is Tom Reedman, named in the same article; "Grace Meng" is not Meng Hongwei', () => {
    expect(c.entities.resolveName('Big Tom')?.id).toBe(c.entities.resolveName('Tom Reedman')?.id);
    expect(c.entities.resolveName('Grace Meng')?.id).not.toBe(c.entities.resolveName('Meng Hongwei')?.id);
  });
  it('"who replaced Vale as Rovers manager": the one appointed "to take charge of the team" answers too', () => {
    expect(renderText(answer(c, 'who replaced ada vale as arden rovers manager', '2033-12-01'))).toContain('appointed Tom Reedman');
  });
});

describe('a party named without its nationality is the one the topic names (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Australian Harbour Party leadership 2035\naliases: [Australian Harbour Party, Harbour]\n',
    'a.md': md('Harbour picks its leaders', '2035-05-30',
      'Ivo Lang was confirmed as leader of the Australian Harbour Party on Thursday.\n\nThe Harbour Party caucus also elected Ada Vale as its deputy leader. The Harbour Party has not lost a by-election since 2029.'),
  });
  it('"Harbour Party" is the topic\'s "Australian Harbour Party", not an organisation of its own', () => {
    expect(c.entities.resolveName('Harbour Party', 'organisation')?.id).toBe(c.focus);
  });
});

describe('what is not a claim or its rebuttal, and a holder told with an age (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Arden Rovers 2034\naliases: [Arden Rovers, Arden]\n',
    'a.md': md('Arden Rovers back in profit', '2034-02-10',
      'Arden Rovers reported a profit of 3 million pounds for the season on Tuesday. The club said it had no plans to cut jobs at the stadium.\n\n' +
      'The goalkeeping coach, 45-year-old Tom Margetson, signed a new two-year contract.'),
    'b.md': md('Lang stays put', '2034-03-02',
      'Ivo Lang said on Friday that he was not a candidate for the Northgate job. Northgate appointed Pia Laine instead.'),
  });
  it('"did X report a profit": a company\'s own report is no claim, so "no plans to cut jobs" is not shown as its rebuttal', () => {
    const text = renderText(answer(c, 'did arden rovers report a profit', '2034-04-01'));
    expect(text).toContain('reported a profit of 3 million');
    expect(text).not.toContain('no plans to cut jobs');
  });
  it('"who is the goalkeeping coach": "the goalkeeping coach, 45-year-old Tom Margetson"', () => {
    expect(renderText(answer(c, "who is arden rovers' goalkeeping coach", '2034-04-01'))).toContain('Tom Margetson');
  });
  it('"was X a candidate for <post>": "not a candidate for <another> job" does not answer it', () => {
    const text = renderText(answer(c, 'was ivo lang a candidate for the england post', '2034-04-01'));
    expect(text).not.toContain('not a candidate for the Northgate job');
    expect(text).toMatch(/^That is not in the corpus/);
  });
});

describe('who-leads a lesser post typed before its organisation, and a company\'s sales (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Party leadership 2031\naliases: [Harbour Party]\n',
    'a.md': md('Harbour Party picks its leaders', '2031-05-30',
      'Ivo Lang was confirmed as leader of the Harbour Party on Thursday. The caucus also elected Ada Vale as deputy leader of the Harbour Party, again without a contest.\n\nArden Engines said Tom Reed had taken over as chief commercial officer of Arden Engines from Pia Laine, who retired.'),
  });
  it('"who-leads deputy leader of the Harbour Party" names the deputy, not the leader', () => {
    const first = renderText(answer(c, 'who-leads deputy leader of the Harbour Party', '2031-06-01')).split('\n').slice(0, 2).join(' ');
    expect(first).toContain('Ada Vale');
    expect(first).not.toContain('Ivo Lang');
  });
  it('"who-leads Arden Engines sales" names its chief commercial officer', () => {
    expect(renderText(answer(c, 'who-leads Arden Engines sales', '2031-06-01')).split('\n').slice(0, 2).join(' ')).toContain('Tom Reed');
  });
});

describe('"when did X officially become leader": "formally confirmed" and "became" both answer (fictional)', () => {
  const c = corpus({
    'b.md': md('Lang unopposed', '2031-05-26', 'Ivo Lang became leader of the Harbour Party on Monday, when nominations closed with his the only name.'),
    'c.md': md('Caucus confirms Lang', '2031-05-29', 'Ivo Lang was formally confirmed as leader of the Harbour Party on Thursday, at the first caucus since the 17 May election.'),
  });
  it('shows both days, and not the election\'s date as the confirmation\'s', () => {
    const text = renderText(answer(c, 'when did ivo lang officially become harbour party leader', '2031-06-10'));
    expect(text).toContain('formally confirmed');
    expect(text).toContain('became leader');
    expect(text).not.toMatch(/Sources differ: 17 May/);
  });
});

describe('a chair who leaves on a later day the sentence names is the chair until then (fictional)', () => {
  const c = corpus({
    'a.md': md('Harbour Air chair to step down', '2031-03-18',
      'Ivo Lang, the chairman of Harbour Air and one of its founders, will leave the board after the annual general meeting on May 7, the airline said on Monday.'),
  });
  it('who-leads the board before the meeting names him, as of the article', () => {
    expect(renderText(answer(c, 'who-leads Harbour Air board', '2031-04-01')).split('\n')[0]).toContain('Ivo Lang');
  });
});

describe('"its chairman" after a clause describing the person names the organisation told of, not theirs (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Air\naliases: [Harbour]\n',
    'a.md': md('New chair at Harbour Air', '2031-05-08',
      'Shareholders in Harbour Air on Tuesday elected Ada Vale, the former chief executive of shipping group Kestrel Shipping Ltd, to the airline\'s board, which then made her its chairman.'),
  });
  it('gives her the chair of Harbour Air', () => {
    expect(c.roles.filter((r) => r.title === 'chair').map((r) => [r.person, r.org])).toEqual([['ada-vale', 'harbour-air']]);
  });
});

describe('"who is the <club> manager now", after the manager resigned (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Rovers 2031\naliases: [Harbour Rovers, Rovers]\n',
    'a.md': md('Rovers under pressure', '2031-02-02', 'Harbour Rovers trail by 20 points, and manager Ivo Lang remains under pressure.'),
    'b.md': md('Lang resigns', '2031-02-24', 'Ivo Lang resigned as Harbour Rovers manager on Wednesday. Tom Reed, Lang\'s assistant and a former Rovers defender, takes over on an interim basis.'),
  });
  it('names whoever took over from him first', () => {
    const text = renderText(answer(c, 'who-leads Harbour Rovers manager', '2031-03-15'));
    expect(text.split('\n').slice(0, 2).join(' ')).toContain('Tom Reed');
  });
});

describe('second reading of the abstention and rebuttal rules (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Rovers 2031\naliases: [Harbour Rovers, Rovers]\n',
    'a.md': md('Reed sacked', '2031-02-24', 'Harbour Rovers sacked manager Tom Reed on Wednesday. Ivo Lang, who had succeeded Pia Laine as manager of Kestrel Town in 2020, replaces him as Harbour Rovers manager.'),
    'b.md': md('Rovers TV', '2031-03-01', 'Harbour Rovers said its streaming service had 40,000 subscribers.'),
  });
  it('"who replaced X": a clause about whom the new man once succeeded does not rule his sentence out', () => {
    expect(renderText(answer(c, 'who replaced tom reed as harbour rovers manager', '2031-03-15'))).toContain('Ivo Lang');
  });
  it('"how many customers harbour rovers has": a name typed after the thing is not its kind', () => {
    // (The "how much <kind> <thing>" rule does not fire; whether "subscribers" answers "customers" is another matter.)
    expect(renderText(answer(c, 'how many customers harbour rovers has', '2031-03-15'))).not.toContain('No source mentions “customers”; I won\'t guess');
  });
});

describe('"who succeeded X as <rank> <post>": the rank must be told, and a leaving alone names no one (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Alliance\naliases: [the alliance]\n',
    'a.md': md('Deputy leaves', '2031-09-10', 'Deputy Secretary General Ivo Lang leaves the Harbour Alliance to run for mayor of Kestrel.'),
    'b.md': md('Timeline', '2031-10-02', '10 September 2031 - Deputy Secretary General Ivo Lang leaves the alliance.\n\n1 October 2031 - Pia Laine takes office as the alliance\'s 14th secretary general.'),
    'c.md': md('Football chief quits', '2031-04-21', 'Ada Vale resigned as Harbour Alliance\'s managing director of football on Friday.\n\nSam Holt, 31, becomes interim head coach of the Harbour Alliance.'),
  });
  it('does not offer the new secretary general as the deputy\'s successor', () => {
    const text = renderText(answer(c, 'who succeeded ivo lang as deputy secretary general', '2031-11-01'));
    expect(text).not.toContain('Pia Laine');
    expect(text).toContain('That is not in the corpus.');
  });
  it('"managing director of football" heads no club, so the new head coach did not replace her', () => {
    expect(c.roles.filter((r) => r.person === 'ada-vale').map((r) => r.head)).toEqual([null]);
    expect(renderText(answer(c, 'who replaced ada vale', '2031-11-01'))).not.toContain('Sam Holt');
  });
});

describe('an agency run by its director, told in several ways (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Guard\naliases: [the Guard, Harbour Guard Service]\n',
    'a.md': md('Guard under fire', '2031-07-14', 'How the gunman reached the roof is now the central question facing the Harbour Guard and its director, Ada Vale. He did not address why the building had been left outside the perimeter, Guard spokesman Tom Reed said.'),
    'b.md': md('Timeline', '2031-12-01', '**Sept. 17, 2029** — Ada Vale is sworn in as the 27th director of the Harbour Guard, succeeding Ivo Lang.\n\n**July 23, 2031** — Vale resigns.'),
    'c.md': md('How far', '2031-07-31', 'The building stood outside the perimeter, roughly 150 yards from the stage.'),
    'g.md': md('Stage', '2031-07-15', 'The building was one of 12 near the stage, and 40 officers guarded the stage that day.'),
    'd.md': md('Director rumour', '2031-11-21', 'Reports say Pia Laine is the leading candidate for director of the Harbour Guard.'),
    'e.md': md('New director', '2032-01-20', 'Sam Holt was sworn in as director of the Harbour Guard on Monday.'),
    'f.md': md('Vale ill', '2031-03-30', 'Ada Vale has been taken to hospital, the Guard said on Wednesday.'),
  });
  it('"its director" and "the 27th director of" make her its head, and "the building had been left" is no one leaving', () => {
    const text = renderText(answer(c, 'who-leads Harbour Guard', '2031-07-20'));
    expect(text.split('\n')[0]).toContain('Ada Vale');
    expect(text).not.toContain('Tom Reed left');
  });
  it('"when did she become director" is answered by "is sworn in as the 27th director"', () => {
    expect(renderText(answer(c, 'when did ada vale become director of the harbour guard?', '2031-12-31'))).toContain('Sept. 17, 2029');
  });
  it('"how far" takes a length, not another number', () => {
    const text = renderText(answer(c, 'how far was the building from the stage?', '2031-12-31'));
    expect(text.split('\n')[1]).toContain('150 yards');
    expect(text).not.toContain('40 officers');
  });
  it('"did X get the director job": whoever was given it answers', () => {
    expect(renderText(answer(c, 'did pia laine get the harbour guard director job', '2032-02-01'))).toContain('Sam Holt');
  });
  it('"hospitalized" is "taken to hospital"', () => {
    expect(renderText(answer(c, 'when was ada vale hospitalized', '2031-12-31'))).toContain('taken to hospital');
  });
});

describe('abstaining where the corpus names no one or nothing of the kind asked (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Ballet\naliases: [the ballet]\n',
    'a.md': md('Verdict', '2031-12-03', 'Reading the verdict, the judge said Ivo Lang had resented Ada Vale and planned the attack with Tom Reed.'),
    'b.md': md('Vale ill', '2031-03-30', 'Ada Vale, the director of the Harbour Ballet, has been taken to hospital, the ballet said on Wednesday.'),
  });
  it('"who was the judge at X\'s trial": "the judge said" names no judge', () => {
    expect(renderText(answer(c, "who was the judge at ivo lang's trial?", '2032-01-01'))).toContain('No source names the judge');
  });
  it('"which hospital": "taken to hospital" names none', () => {
    expect(renderText(answer(c, 'which hospital was ada vale taken to', '2032-01-01'))).toContain('No source names the hospital');
  });
  const d = corpus({
    'topic.yaml': 'name: Harbour Ballet\naliases: [the ballet]\n',
    'c.md': md('Laine quits federation', '2031-03-01', 'Pia Laine steps down as president of the Norland dance federation after eight years.'),
    'd.md': md('Holt elected', '2031-09-21', 'Sam Holt was elected president of the Harbour Ballet on Thursday, succeeding Eli Park.'),
  });
  it('"who succeeded X as president of the Norland dance federation": not the new president of another body', () => {
    const text = renderText(answer(d, 'who succeeded pia laine as president of the norland dance federation?', '2032-01-01'));
    expect(text).toContain('That is not in the corpus.');
    expect(text).not.toContain('Sam Holt');
  });
});

describe('a chamber and a prosecutor general no sentence names as an organisation (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Government of Norland\naliases: [Norland government, Norland]\n',
    'a.md': md('Cabinet approved', '2031-11-14', 'Norland\'s parliament approved the cabinet of Prime Minister Ivo Lang on Thursday. Speaker Ada Vale said the Socialists would back it.'),
    'b.md': md('Why it fell', '2031-11-20', 'The government fell over who chooses the next prosecutor-general, a post Lang wants to fill himself.'),
  });
  it('"who-leads Norland parliament" names its speaker', () => {
    expect(renderText(answer(c, 'who-leads Norland parliament', '2031-12-01')).split('\n').slice(0, 2).join(' ')).toContain('Ada Vale');
  });
  it('"who became prosecutor general after the government fell": no one is named to it', () => {
    expect(renderText(answer(c, 'who became prosecutor general after the government fell', '2031-12-01'))).toContain('No source names a prosecutor general');
  });
});

describe('"has been at X since 2019" and "arrived at X as" tell a joining (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Rovers\naliases: [Rovers]\n',
    'a.md': md('Coach hunt', '2031-09-20', 'Ada Vale, who has been at Harbour Rovers since 2029, first as sporting director, wants a coach who can give stability.'),
    'b.md': md('Rovers results', '2031-09-25', 'Harbour Rovers lost 2-0 on Saturday, and president Ada Vale said the club would not panic.'),
  });
  it('"when did Vale join Harbour Rovers" answers 2029', () => {
    expect(renderText(answer(c, 'when did ada vale join harbour rovers?', '2031-12-01')).split('\n')[1]).toContain('since 2029');
  });
});

describe('a surname that is also the first word of a company named after the person (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbor Mills\naliases: [Harbor]\n',
    'a.md': md('Stake', '2031-01-31', 'Ivo Stratton, the activist investor, and Ada Vale together control about 15 percent of Harbor Mills. Stratton said the deal was bad. Stratton Holdings did not comment. Stratton wants a new board. Stratton met the chair. Stratton voted against.'),
    'b.md': md('Stake again', '2031-05-15', 'Stratton and Vale hold roughly 13 percent of Harbor Mills, a filing shows.'),
  });
  it('"Stratton" alone is the investor, named far more than Stratton Holdings', () => {
    expect(c.entities.resolve('stratton').ids).toEqual(['ivo-stratton']);
  });
});

describe('"since which year had X been …" is a question, and a successor given the post a sentence before (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Cycling Union\naliases: [HCU, the union]\n',
    'a.md': md('Vale loses', '2031-09-27', 'Ada Vale, who has been president of the HCU since 2025, lost the vote on Friday.'),
    'b.md': md('New director general', '2032-02-03', 'Pia Laine has been confirmed as director general of the HCU.\n\nLaine replaces Tom Reed, who left the post last year.'),
  });
  it('"since which year had Vale been president" answers from the sentences, not as changes since a date', () => {
    const a = answer(c, 'since which year had ada vale been hcu president?', '2032-03-01');
    expect(a.command).toBe('ask');
    expect(renderText(a)).toContain('since 2025');
  });
  it('"who replaced Reed as director general": "Laine replaces Tom Reed" after the sentence giving her the post', () => {
    expect(renderText(answer(c, 'who replaced tom reed as hcu director general?', '2032-03-01'))).toContain('Laine replaces Tom Reed');
  });
});

describe('"did X get the job of running Y": whoever was given Y\'s top post answers (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Theatre\naliases: [the theatre]\n',
    'a.md': md('Reed tipped', '2031-04-11', 'Tom Reed, the star dancer, is tipped to take over the Harbour Theatre, insiders say. Running a theatre is a different job from dancing, one critic said of Reed.'),
    'b.md': md('New head', '2031-07-09', 'The ministry named Ada Vale general director of the Harbour Theatre on Tuesday.'),
  });
  it('names Ada Vale', () => {
    expect(renderText(answer(c, 'did tom reed get the job of running the harbour theatre', '2031-12-01'))).toContain('Ada Vale');
  });
});

describe('"sources X appointment": an article in Spanish telling it with "nombra" is one (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Guard\naliases: [the Guard]\n',
    'a.md': md('Trump nombra director de la Guardia a Ada Vale', '2031-01-23', 'El presidente anunció el miércoles que Ada Vale será la nueva directora de la Harbour Guard.'),
    'b.md': md('Vale to lead the Guard', '2031-01-17', 'Ada Vale was appointed director of the Harbour Guard on Friday.'),
    'c.md': md('Vale speaks', '2031-03-01', 'Ada Vale spoke to reporters about the budget on Monday.'),
  });
  it('lists the Spanish article beside the English one, and not the unrelated one', () => {
    const text = renderText(answer(c, 'sources Ada Vale appointment', '2031-12-01'));
    expect(text).toContain('Trump nombra director');
    expect(text).toContain('Vale to lead the Guard');
    expect(text).not.toContain('Vale speaks');
  });
});

describe('"sources X hospitalisation": an article saying "admitted to hospital" is one (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Power\naliases: [the utility]\n',
    'a.md': md('Vale in hospital', '2031-03-30', 'Harbour Power president Ada Vale has been taken to hospital, the utility said.'),
    'b.md': md('Reed steps in', '2031-03-31', 'Chairman Tom Reed took charge after the company confirmed that Ada Vale had been admitted to hospital.'),
    'c.md': md('Vale speaks', '2031-05-01', 'Ada Vale spoke to reporters about the budget on Monday.'),
  });
  it('lists both hospital articles', () => {
    const text = renderText(answer(c, "sources Vale's hospitalisation", '2031-12-01'));
    expect(text).toContain('Reed steps in');
    expect(text).toContain('Vale in hospital');
    expect(text).not.toContain('Vale speaks');
  });
});

describe('"when did X join Y": a second year from another article is shown beside the first (fictional)', () => {
  it('"has sat on the board since 2017" beside "joined the board in May 2018"', () => {
    const c = corpus({
      'topic.yaml': 'name: Harbour Telecom\naliases: [HT]\n',
      'a.md': md('Who is Vale', '2031-11-19', "Ada Vale is Harbour Telecom's new chief executive. She joined Harbour Telecom's board in May 2030 as an independent director."),
      'b.md': md('Shares rise', '2031-11-20', "Shares rose on Tuesday. Vale, who has sat on Harbour Telecom's board since 2029 as an independent director, ran a bank before. The board voted on March 14, 2031 to renew its confidence in Vale."),
    });
    const out = answer(c, 'when did vale join the harbour telecom board', '2031-12-01');
    expect(out.notes.join(' ')).toMatch(/May 2030 \/ since 2029/);
  });
  it('"came to X in 2012" tells a joining', () => {
    const c = corpus({
      'topic.yaml': 'name: Harbour Print\naliases: [the printer]\n',
      'a.md': md('Timeline', '2031-11-06', '**2011** — Ivo Lang, a former Kodak executive, joins Harbour Print to run its graphics business.'),
      'b.md': md('Deal', '2031-01-31', 'Lang, 58, a former Kodak executive who came to Harbour Print in 2012 to run its graphics business, argued for the deal.'),
    });
    const text = renderText(answer(c, 'what year did ivo lang join harbour print', '2031-12-01'));
    expect(text).toContain('came to Harbour Print in 2012');
    expect(text).toMatch(/Sources differ: .*2011.*2012|Sources differ: .*2012.*2011/);
  });
});

describe('"since which year had X been running Y when he was replaced": when the post began, the clause only sets the scene (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Theatre\naliases: [the theatre]\n',
    'a.md': md('Attack', '2031-01-18', 'Ivo Lang, who has been general director of the Harbour Theatre since 2020, told reporters the attack was connected with the dancers. Lang spoke on Friday.'),
    'b.md': md('Lang out', '2031-07-08', 'The ministry on Monday removed Ivo Lang as general director of the Harbour Theatre and named Ada Vale to replace him, after months of turmoil.'),
    'c.md': md('Timeline', '2032-03-18', '9 July 2031 - The minister announces that Ada Vale will replace Lang as general director.'),
    'd.md': md('Who is who', '2031-12-06', '**Ivo Lang — the old boss.** Lang ran the Harbour Theatre as general director from 2021 until this July, overseeing the rebuilding. He was replaced after the ministry concluded the theatre needed new leadership.'),
  });
  it('is a when-question answered by "since 2020", and "from 2021" is shown beside it', () => {
    const text = renderText(answer(c, 'Since what year had Ivo Lang been running the Harbour Theatre when he was replaced?', '2032-12-01'));
    expect(text.split('\n')[1]).toContain('since 2020');
    expect(text).toContain('from 2021 until this July');
  });
});

describe('a surname alone is the headline\'s person, not a namesake named once in passing (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Cycling\naliases: [the federation]\n',
    'a.md': md("Ted Lang swaps the president's chair for a camper van", '2031-09-10', 'Eight years after he was voted out, Theodore Lang, Ted to everyone in cycling, has found a new role. The former president has joined the support staff of Harbour Racing, the team run by his son Max Lang. It is the first role Lang has taken at a race in a decade. Long before, Lang was national road champion in 1974.'),
  });
  it('reads the later "Lang" as Theodore Lang', () => {
    const p = c.passages.find((x) => x.text.startsWith('Long before'))!;
    const ids = c.mentions[p.id].map((m) => m.id);
    expect(ids.some((id) => /theodore/.test(id))).toBe(true);
    expect(ids.some((id) => /max-lang/.test(id))).toBe(false);
  });
});

describe('"what post did X hold in the 2029 government": a post told as past is one answer (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Republic\naliases: [the republic]\n',
    'a.md': md('Cabinet approved', '2031-08-06', 'Parliament approved the government of Prime Minister Ada Vale on Friday. Vale, 43, was finance minister in the Reed government of 2029.'),
    'b.md': md('Profile', '2031-08-08', 'Ada Vale is a development economist. Her first stint in government came in 2029, when she served as economy minister in Reed\'s five-month cabinet.'),
  });
  it('shows "economy minister" beside "finance minister"', () => {
    const out = answer(c, "what post did vale hold in reed's 2029 government", '2031-12-01');
    expect(out.notes.join(' ')).toMatch(/finance minister \/ economy minister|economy minister \/ finance minister/);
  });
});

describe('"is X still CEO": the day X was ousted is shown (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Telecom\naliases: [HT]\n',
    'a.txt': 'Harbour Telecom ousts Lang\n\nMILAN, Nov 13, 2030 (Test Wire) - Harbour Telecom\'s board on Tuesday revoked all the executive powers of chief executive Ivo Lang with immediate effect, ousting him while he was abroad.\n',
    'b.md': md('Vale named', '2030-11-20', "Harbour Telecom's board on Monday, 19 November, appointed Ada Vale as chief executive, a week after it removed Ivo Lang. Lang has called his removal a putsch."),
    'c.md': md('Results', '2031-03-30', 'The vote confirms the team that took charge last November, when the board removed Ivo Lang and appointed Ada Vale as chief executive.'),
    'd.md': md('Later', '2035-04-13', 'Harbour Telecom is now led by chief executive Tom Reed, who is trying to sell the network.'),
  });
  it('quotes the ousting, told on Nov 13', () => {
    expect(renderText(answer(c, 'is ivo lang still ceo of harbour telecom', '2036-01-01'))).toContain('ousting him while he was abroad');
  });
  it('reads "ousting him" as his leaving', () => {
    const p = c.passages.find((x) => x.text.includes('ousting him'))!;
    expect(c.events.filter((e) => e.passage === p.id && e.kind === 'end').map((e) => e.person)).toContain('ivo-lang');
  });
});

describe('leavings that are not: "That leaves X as the man to beat" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Air\naliases: [the planemaker]\n',
    'a.md': md('Race', '2031-12-19', 'Tom Reed is out of the running. That leaves Ivo Lang, the helicopter chief, as the man to beat.'),
  });
  it('tells no end for Ivo Lang', () => {
    const p = c.passages.find((x) => x.text.startsWith('That leaves'))!;
    expect(c.events.filter((e) => e.passage === p.id && e.kind === 'end').map((e) => e.person)).not.toContain('ivo-lang');
  });
});

describe('a timeline entry\'s "He" is the person the entry opens on, after its date (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Cloud\naliases: [the company]\n',
    'a.txt': 'Harbour Cloud timeline\n\nBackground\n- 2029: Ada Vale co-founds Harbour Cloud. He said nothing. Vale spoke; he listened; Vale runs it; she said so.\n- 2030: Ivo Lang becomes co-CEO alongside Vale. He steps down in February 2031.\n',
  });
  it('reads "He steps down" as Ivo Lang', () => {
    const p = c.passages.find((x) => x.text.startsWith('He steps down'))!;
    expect(c.mentions[p.id].map((m) => m.id)).toContain('ivo-lang');
  });
});

describe('"takes over from X, who has led … since July" looks back; "takes over from X in June" looks ahead (fictional)', () => {
  it('dates the first July before the article and the second June after it', () => {
    expect(datesInSentence("Vale takes over from acting director Ivo Lang, who has led the agency since Tom Reed's resignation in July.", '2031-01-23')[0].date).toBe('2030-07-01');
    expect(datesInSentence('She takes over from Ivo Lang in June for an eight-year term.', '2031-03-20')[0].date).toBe('2031-06-01');
  });
});

describe('"e" joins a Portuguese name in an English sentence, not in a Portuguese one (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Oil\naliases: [the oil company]\n',
    'a.md': md('General named', '2031-02-20', 'The president said the government had decided to put forward Joaquim Vale e Lima, 71, for a seat on the board. Vale e Lima is a retired general and was said to be close to the president.'),
    'b.md': md('Conselho', '2031-02-21', 'O conselho da empresa aprovou o nome do general com o apoio de Costa e Rocha, que votaram a favor.'),
  });
  it('learns Joaquim Vale e Lima as one person, and not "Costa e Rocha"', () => {
    const names = c.entities.entities.map((e) => e.name);
    expect(names).toContain('Joaquim Vale e Lima');
    expect(names).not.toContain('Costa e Rocha');
  });
});

describe('"why did X turn down the job": declining, withdrawing (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Oil\naliases: [the oil company]\n',
    'a.txt': 'Harbour Oil pick Lang pulls out\n\nRIO, April 5, 2031 (Test Wire) - Ivo Lang withdrew on Monday as the government\'s pick to run Harbour Oil, citing his consulting business.\n',
    'b.md': md('Vale named', '2031-04-07', 'The government named Ada Vale to run Harbour Oil after Ivo Lang withdrew.'),
  });
  it('answers with the withdrawal and its reason', () => {
    expect(renderText(answer(c, 'why did ivo lang turn down the harbour oil job', '2031-12-01'))).toContain('citing his consulting business');
  });
});

describe('one person\'s two names: "Cho Min-ji (Sarah Cho)", "Cho Ha-eun, also known as Lily" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Air\naliases: [the airline]\n',
    'a.md': md('Apology', '2031-12-12', 'Cho Min-ji (Sarah Cho), who is travelling as a passenger, ordered the plane back. Her sister Cho Ha-eun, 31, also known as Lily, is a senior vice-president.'),
    'b.md': md('Sarah Cho jailed', '2032-02-12', 'A court sentenced Sarah Cho to a year in prison. Lily Cho said nothing.'),
    'c.md': md('Profile', '2031-12-18', 'Cho Min-ji joined Harbour Air in 1999. Cho Ha-eun runs marketing.'),
  });
  it('makes one person of each pair of names', () => {
    const people = c.entities.entities.filter((e) => e.type === 'person');
    const sarah = people.find((e) => e.aliases.includes('Sarah Cho'));
    const lily = people.find((e) => e.aliases.includes('Lily Cho'));
    expect(sarah?.aliases).toContain('Cho Min-ji');
    expect(lily?.aliases).toContain('Cho Ha-eun');
  });
  it('keeps two people apart when the bracketed name shares no word with the first', () => {
    const k = corpus({
      'topic.yaml': 'name: Harbour United\naliases: [United]\n',
      'a.md': md('Goals', '2031-12-12', 'Tom Kane (Lee Watkins) scored twice. Lee Watkins joined Harbour United in 2029. Tom Kane is the captain.'),
      'b.md': md('Captain', '2031-12-18', 'Tom Kane was named captain of Harbour United. Lee Watkins was dropped.'),
    });
    const people = k.entities.entities.filter((e) => e.type === 'person');
    expect(people.find((e) => e.aliases.includes('Tom Kane'))?.aliases).not.toContain('Lee Watkins');
  });
});

describe('"what is X doing now": "Since leaving X in 2021, Y has remained ambassador" is the state to this day (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Museum\naliases: [the museum]\n',
    'a.md': md('Lang out', '2031-05-26', 'Ada Vale will succeed Ivo Lang as president of the Harbour Museum. Lang leaves on August 31.'),
    'b.md': md('Lang charged', '2032-05-26', 'Ivo Lang was charged on Wednesday in a trafficking case. Lang denies wrongdoing. Lang was questioned for two days. Lang spoke through his lawyers.'),
    'c.md': md('Charges upheld', '2033-02-04', 'A court on Friday upheld the charges against Ivo Lang. Since leaving the Harbour Museum at the end of August 2031, Lang has remained the country\'s envoy for heritage, a post he still holds. Lang denies wrongdoing.'),
  });
  it('shows the envoy post', () => {
    expect(renderText(answer(c, 'What is Ivo Lang doing now?', '2033-12-01'))).toContain('has remained the country');
  });
});

describe('a police force\'s commissioner heads it; an assistant commissioner does not (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Police\naliases: [the force]\n',
    'a.md': md('Vale sworn in', '2032-09-13', 'Ada Vale took up her post as commissioner of the Harbour Police on Monday. Assistant Commissioner Ivo Lang, who had applied for the job, congratulated her.'),
  });
  it('names Ada Vale as the head', () => {
    const text = renderText(answer(c, 'who-leads Harbour Police', '2032-12-01'));
    expect(text).toMatch(/Ada Vale \(commissioner\b/);
    expect(text).not.toMatch(/Ivo Lang \(commissioner\b/);
  });
  it('takes no county commissioner or high commissioner for a head', () => {
    const k = corpus({
      'topic.yaml': 'name: Harbour County\naliases: [the county]\n',
      'a.md': md('Budget', '2032-09-13', 'Harbour County Commissioner Ada Vale voted against the budget. Ivo Lang became chief executive of Harbour County on Monday. Tom Reed, the High Commissioner to Dockland, said nothing.'),
    });
    const text = renderText(answer(k, 'who-leads Harbour County', '2032-12-01'));
    expect(text).toContain('Ivo Lang');
    expect(text).not.toMatch(/Ada Vale \(commissioner|Tom Reed \(commissioner/);
  });
});

describe('a timeline entry opening on its year is dated by it, not by a "since" inside it (fictional)', () => {
  it('dates "2012 — X, MP since 2007, becomes finance minister" to 2012', () => {
    expect(datesInSentence('2012 — Ivo Lang, MP for Harbour since 2007, becomes finance minister.', '2019-06-15')[0].date).toBe('2012-01-01');
  });
});

describe('a government falls when its leader loses a confidence vote (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Government of Harbouria\naliases: [the government]\n',
    'a.md': md('Vale out', '2032-07-12', 'Prime Minister Ada Vale lost a vote of confidence in parliament on Friday, 41 votes to 120. Ivo Lang is expected to form a government.'),
    'b.md': md('Lang named', '2032-07-14', 'Ivo Lang was appointed prime minister on Sunday.'),
  });
  it('reads the lost vote as the end of her post', () => {
    const vale = c.entities.resolveName('Ada Vale')!.id;
    expect(c.events.some((e) => e.kind === 'end' && e.person === vale && c.passages[e.passage].text.includes('lost a vote'))).toBe(true);
  });
  it('reads no fall in a bill "voted out of committee"', () => {
    const k = corpus({ 'a.md': md('Bill', '2032-07-12', 'The bill, sponsored by Senator Ada Vale, was voted out of committee on Tuesday.') });
    expect(k.events.some((e) => e.kind === 'end')).toBe(false);
  });
});

describe('given names as initials: "KP Oli" and "KP Sharma Oli" are Khadga Prasad Sharma Oli (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Government of Harbouria\naliases: [the government]\n',
    'a.md': md('Oli named', '2032-07-14', 'Khadga Prasad Sharma Oli was appointed prime minister on Sunday. Oli, 72, leads the Harbour Party. Prime Minister Khadga Prasad Sharma Oli said he would form a cabinet.'),
    'b.md': md('KP Oli: the comeback', '2032-07-16', 'KP Sharma Oli has been prime minister four times. KP Oli said the coalition would last.'),
    'c.md': md('Reactions', '2032-07-17', 'Neighbours welcomed K.P. Sharma Oli. Oli thanked them.'),
  });
  it('makes one person of every form, and answers for the initials', () => {
    const people = c.entities.entities.filter((e) => e.type === 'person');
    expect(people.length).toBe(1);
    expect(people[0].aliases).toEqual(expect.arrayContaining(['KP Oli', 'KP Sharma Oli', 'Khadga Prasad Sharma Oli']));
    expect(renderText(answer(c, 'how old is KP Sharma Oli', '2032-12-01'))).toContain('72');
  });
});

describe('"why was X fired": the reason given as "saying he had mishandled …" or "on the recommendation of …" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Bureau\naliases: [the bureau]\n',
    'a.md': md('Timeline', '2032-03-17', 'May 9, 2031 — Mayor Ivo Lang fires Ada Vale as director of the Harbour Bureau following a council meeting. Bill Reed fired Tom Marsh in 2019, and Lang fired Ada Vale on May 9 this year.'),
    'b.txt': 'Lang fires bureau chief Vale\n\nHARBOUR CITY, May 10, 2031 (Wire) - Mayor Ivo Lang on Wednesday fired Ada Vale as director of the Harbour Bureau, saying the bureau director had mishandled the audit of the port authority.\n\nThe deputy director will serve as acting director.\n',
  });
  it('answers with the wire that gives the reason', () => {
    const a = answer(c, 'why did lang fire ada vale', '2032-12-01');
    // (First: the reason itself, before sentences that only tell of the firing.)
    expect(a.items[0].text).toContain('mishandled the audit');
  });
});

describe('a name ending in a hyphened acronym, "Air France-KLM", is one name (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Air-KLX\naliases: [Harbour Air KLX]\n',
    'a.md': md('Vale named', '2032-08-16', 'Harbour Air-KLX named Ada Vale as its chief executive on Thursday. Harbour Air, the group\'s French arm, is run by Ivo Lang.'),
  });
  it('heads the group with the one named its chief executive', () => {
    const text = renderText(answer(c, 'who-leads Harbour Air-KLX', '2032-12-01'));
    expect(text).toContain('Ada Vale');
    expect(c.byEntity.get(c.focus)?.length).toBeGreaterThan(0);
  });
});

describe('questions the articles cannot answer get "not in the corpus", not a near miss (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Opera\naliases: [the opera]\n',
    'a.md': md('Vale out', '2032-03-12', 'Ada Vale, 19 months into her second term as music director, was fired by the Harbour Opera on Monday. Vale had been due to conduct "Die Zauberflöte" and "La Traviata" this season. A union leader said the company had found money for the new director\'s salary but not for its players. Vale clerked for a judge after law school, and later worked at the Harbour Ministry of Culture.'),
    'b.md': md('Lang named', '2032-03-20', 'Ivo Lang, 47, was named music director of the Harbour Opera on Friday.'),
  });
  const says = (q: string) => renderText(answer(c, q, '2032-12-01'));
  it('reads no age in "19 months into her term"', () => expect(says('how old is ada vale')).toContain('not in the corpus'));
  it('reads no death in a quoted title "Die Zauberflöte"', () => expect(says('where did ada vale die?')).toContain('not in the corpus'));
  it('wants an amount for a salary', () => expect(says("what is ivo lang's salary at the harbour opera?")).toContain('not in the corpus'));
  it('wants a school by its name for "which law school"', () => expect(says('which law school did ada vale attend?')).toContain('not in the corpus'));
  it('still answers what the articles do tell', () => expect(says('how old is ivo lang')).toContain('47'));
});

describe('ages, titles and starts told in other words (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour FC\naliases: [the club]\n',
    'a.md': md('Vale returns', '2032-11-15', 'Harbour FC dismissed Tom Reed on Tuesday. Minutes later the president posted a photograph of Ada Vale with the message "Welcome back". The 62-year-old has signed a contract until June.'),
    'b.md': md('Vale profile', '2032-11-16', 'Ada Vale, the 61-year-old who won the cup in 2012, remains popular. Sporting director Ivo Lang, at the club for eight years, joins Dock United as chief football officer.'),
    'c.md': md('Dock move', '2032-11-17', 'On Tuesday, November 8, the club made Ivo Lang chief executive with immediate effect. Lang took the top job at Dock United on January 1, 2033. Reed, who took over as coach after Lang\'s exit, said the team had become too slow. Tom Reed, who first took the Harbour job back in 2010, was sacked.'),
  });
  const says = (q: string) => renderText(answer(c, q, '2033-12-01'));
  it('reads "The 62-year-old" after a sentence naming her as her age, beside the 61 another source gives', () => {
    const text = says('how old is ada vale');
    expect(text).toContain('62-year-old');
    expect(text).toContain('61-year-old');
  });
  it('gives the title told after the organisation asked about', () => expect(says("what is ivo lang's title at dock united?")).toContain('chief football officer'));
  it('reads "made X chief executive" and "took the top job" as starts, and "had become too slow" as none', () => {
    const lang = c.entities.resolveName('Ivo Lang')!.id;
    const starts = c.events.filter((e) => e.kind === 'start' && e.person === lang).map((e) => c.passages[e.passage].text);
    expect(starts.some((t) => t.includes('made Ivo Lang chief executive'))).toBe(true);
    expect(starts.some((t) => t.includes('took the top job'))).toBe(true);
    const reed = c.entities.resolveName('Tom Reed')!.id;
    expect(c.events.some((e) => e.kind === 'start' && e.person === reed && c.passages[e.passage].text.includes('took the Harbour job'))).toBe(true);
    expect(c.events.some((e) => e.kind === 'start' && c.passages[e.passage].text.includes('had become too slow') && e.at > c.passages[e.passage].text.indexOf('had become'))).toBe(false);
  });
});

describe('"since when has X been …": each year a source gives with "since", not other dates (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Opera\naliases: [the opera]\n',
    'a.md': md('Settled', '2033-08-07', 'Ada Vale, who has been general manager since 2006, did not comment.'),
    'b.md': md('Firing', '2032-03-12', 'The firing was announced by Ada Vale, the general manager, who has led the company since 2006. Ada Vale, the general manager, said in October that the board knew of the complaint.'),
    'c.md': md('Music', '2032-02-15', 'Ivo Lang will work alongside Ada Vale, the general manager since 2006, on artistic plans. Ada Vale, the general manager, was criticised for the company\'s handling of a 2016 complaint.'),
    'd.md': md('Gala', '2032-12-05', 'The gala at the Harbour Opera was also a relief for Ada Vale, who has run the company since 2004 and who has spent much of the year in court.'),
  });
  it('shows 2004 beside 2006', () => {
    const text = renderText(answer(c, "since when has ada vale been the opera's general manager?", '2033-12-01'));
    expect(text).toContain('since 2004');
    expect(text).toContain('since 2006');
  });
});

describe('"what ministry did X get": the posts the sources give, each (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Government of Harbouria\naliases: [the government]\n',
    'a.md': md('Cabinet', '2032-07-16', 'Ivo Lang, the party chief whip, became home minister in the new cabinet of Prime Minister Ada Vale.'),
    'b.md': md('Neighbours', '2032-07-17', 'Defence Minister Ivo Lang, who took office on Monday, told reporters the government would honour its agreements.'),
  });
  it('shows home minister and defence minister', () => {
    const text = renderText(answer(c, "what ministry did ivo lang get in vale's cabinet", '2032-12-01'));
    expect(text).toContain('home minister');
    expect(text).toContain('Defence Minister');
  });
});

describe('"did X get the job": a rumoured pick and what became of it (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Air\naliases: [the airline]\n',
    'a.md': md('Vale tipped', '2032-06-22', 'Ada Vale, the finance chief of Dock Water, is set to become the next chief executive of Harbour Air, according to four people familiar with the process.'),
    'b.md': md('Search drags on', '2032-07-12', 'People close to the board now say Vale is no longer in the running and that her name was never put to a vote.'),
  });
  it('answers with the report and its end', () => {
    const text = renderText(answer(c, 'did ada vale get the harbour air job', '2032-12-01'));
    expect(text).toContain('no longer in the running');
  });
});

describe('"how many …? seen different numbers": a remark on the sources asks nothing, and every differing report is shown (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbouria\naliases: [the republic]\n',
    'a.md': md('Deadliest day', '2030-08-05', 'At least 91 people, including 14 police officers, were killed on Sunday, according to police and hospital officials.'),
    'b.md': md('Vale flees', '2030-08-06', 'The change of government came after the deadliest day of the unrest on Sunday, in which at least 98 people were killed.'),
    'c.md': md('A year on', '2031-08-05', 'Aug 4 - About 100 people are killed, the deadliest day of the uprising.'),
  });
  it('shows 91, 98 and 100', () => {
    const text = renderText(answer(c, 'how many people were killed on aug 4? ive seen different numbers', '2031-12-01'));
    expect(text).toContain('At least 91');
    expect(text).toContain('at least 98');
    expect(text).toContain('About 100');
  });
  it('keeps none of the remark\'s words as words to look for', () => {
    const q = readQuestion(c, 'how many votes did vale get? seen different numbers');
    expect(q.terms.map((t) => t.word)).toEqual(['votes', 'vale'].filter((w) => q.terms.some((t) => t.word === w)));
    expect(q.terms.some((t) => /^(?:seen|different|numbers)$/.test(t.word))).toBe(false);
    expect(readQuestion(c, 'how many votes did vale get? I’ve seen different numbers').terms.some((t) => t.word === 'numbers')).toBe(false);
  });
  it('keeps a second question after the remark', () => {
    expect(readQuestion(c, 'Turnout? Reports differ, what was the final figure?').terms.some((t) => t.word === 'final')).toBe(true);
    expect(readQuestion(c, 'When did Vale leave? I read she went to Kestrel and two years later quit').terms.some((t) => t.word === 'kestrel')).toBe(true);
  });
});

describe('"what was X\'s job before he retired?": the post he left, told with his leaving (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Sports\naliases: [the company]\n',
    'a.md': md('Vale returns', '2034-09-20', 'Harbour Sports said on Thursday that Ivo Lang will retire as chief executive and that Ada Vale, a longtime executive who left the company four years ago, will return to succeed him.\n\n' +
      'Vale spent 32 years at the company. Before she retired in 2030 she was president of consumer and marketplace, responsible for sales.'),
    'b.md': md('Shares jump', '2034-09-21', 'Shares of Harbour Sports rose 6% on Friday, a day after it said Ada Vale would return to replace Ivo Lang as chief executive.'),
    'c.md': md('Who is Vale', '2034-09-23', 'By the time she retired in 2030, after 32 years, Ada Vale was president of consumer and marketplace.'),
    'd.md': md('Timeline', '2035-06-30', '**2030** - Ada Vale, president of geographies and marketplace, retires after 32 years at Harbour Sports.'),
  });
  it('answers with the post she retired from, not the one she returns to', () => {
    const text = renderText(answer(c, "what was vale's job before she retired?", '2035-12-01'));
    expect(text).toContain('president of consumer and marketplace');
    expect(text).toContain('geographies and marketplace');
    expect(text.split('\n')[1]).toMatch(/retire/);
  });
});

describe('a change whose count is told in the next sentence shows both (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbouria\naliases: [the republic]\n',
    'a.md': md('Vale loses vote', '2032-07-12', 'Prime Minister Ada Vale lost a vote of confidence in parliament on Friday, ending her second stint in power after 19 months.\n\n' +
      'Speaker Ivo Lang announced that 63 lawmakers had voted for the motion and 194 against it.\n\n' +
      'Vale\'s party holds 32 seats.'),
  });
  it('quotes the tally beside the change, and cites it', () => {
    const a = answer(c, 'changes since 2032-07-01', '2032-12-01');
    const text = renderText(a);
    expect(text).toContain('63 lawmakers had voted for the motion');
    expect(text).not.toContain('32 seats');
    expect(a.citations.map((x) => x.line)).toEqual([8, 10]);
  });
});

describe('a confidence vote won is a dated change (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbouria\naliases: [the republic]\n',
    'a.md': md('Lang wins trust vote', '2032-07-22', 'Prime Minister Ivo Lang won a vote of confidence in parliament on Sunday. He received 188 votes.'),
  });
  it('lists it in the changes, with its count', () => {
    const text = renderText(answer(c, 'changes since 2032-07-01', '2032-12-01'));
    expect(text).toContain('2032-07-18');
    expect(text).toContain('won a vote of confidence');
    expect(text).toContain('188 votes');
  });
});

describe('"minister of labour and social inclusion" is a post of its own, asked as the ministry or the labour minister (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbouria\naliases: [the republic]\n',
    'a.md': md('Lang quits', '2032-03-15', 'Ivo Lang, minister of labour and social inclusion and the Workers\' Party deputy leader, resigned on Monday over a housing case.'),
    'b.md': md('Vale moves', '2032-03-18', 'Prime Minister Ola Brun on Friday appointed energy minister Ada Vale as minister of labour and social inclusion, replacing Ivo Lang.'),
  });
  it('reads the post with its field', () => {
    expect(c.roles.some((r) => r.person === 'ada-vale' && r.title === 'labour and social inclusion minister')).toBe(true);
  });
  it('answers the ministry typed in full, and the labour minister', () => {
    expect(renderText(answer(c, 'who-leads Ministry of Labour and Social Inclusion', '2032-12-01'))).toContain('Ada Vale');
    expect(renderText(answer(c, 'who is the labour minister now', '2032-12-01'))).toContain('Ada Vale');
  });
});

describe('"Jun Seki": a month\'s short form that is also a given name (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Motors\naliases: [the company]\n',
    'a.md': md('Seki named', '2030-02-04', 'Harbour Motors named Jun Seki president on Tuesday. Seki, 58, will replace Ada Vale.'),
    'b.md': md('Seki quits', '2032-09-02', 'Jun Seki resigned as president of Harbour Motors on Friday. Ivo Lang replaces Seki as president.'),
  });
  it('is one person, Jun Seki, whose family name alone refers back', () => {
    const seki = c.entities.resolveName('Jun Seki', 'person');
    expect(seki?.name).toBe('Jun Seki');
    expect(c.entities.entities.some((e) => e.name === 'Seki' && e.type === 'organisation')).toBe(false);
  });
  it('answers who replaced him', () => {
    expect(renderText(answer(c, 'Who replaced Seki as president of Harbour Motors?', '2033-01-01'))).toContain('Ivo Lang');
  });
});

describe('"what year did X join Y": the sentence with the verb and Y together, and the year after the verb (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Motors\naliases: [the company]\n',
    'a.md': md('Vale leaves Kestrel', '2029-12-25', 'Ada Vale, the Kestrel Motor executive who became deputy chief operating officer on Dec. 1, is leaving to join Harbour Motors. ' +
      'The move unpicks a leadership structure that Kestrel put in place on Dec. 1, when Vale was installed as deputy.\n\n' +
      'Vale joined Kestrel in 1986 and spent most of her career in engineering.'),
    'b.md': md('Vale to Dock Works', '2033-01-30', 'Dock Works said on Monday it had hired Ada Vale, the former Kestrel and Harbour Motors executive, as chief strategy officer. ' +
      'According to Dock Works, Vale was born in 1961 and joined Kestrel in 1986.'),
  });
  it('answers 1986 first and gives no birth year as the day she joined', () => {
    const text = renderText(answer(c, 'What year did Ada Vale join Kestrel?', '2034-01-01'));
    expect(text.split('\n')[1]).toContain('joined Kestrel in 1986');
    expect(text).not.toMatch(/Sources differ:[^\n]*1961/);
  });
});

describe('"where is X headquartered": the place it is based in (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Motors\naliases: [the company]\n',
    'a.md': md('Lang named', '2030-02-04', 'Ivo Lang will become president of Harbour Motors, the Ostvale-based company founded by Ada Vale.'),
  });
  it('answers with the Ostvale-based sentence', () => {
    expect(renderText(answer(c, 'Where is Harbour Motors headquartered?', '2031-01-01'))).toContain('Ostvale-based');
  });
});

describe('"what was X\'s title before he became president": not the post he went on to; "executive vice president" is one title (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Motors\naliases: [the company]\n',
    'a.md': md('Lang to step in', '2032-08-25', 'Ivo Lang, an executive vice president and one of the founders, is expected to take over, people said.'),
    'b.md': md('Later', '2034-01-22', 'When Lang became president in September 2032, the founder said he would serve only for a while.'),
    'c.md': md('Timeline', '2034-04-02', '**Sept. 3, 2032** — Vice chairman Ivo Lang becomes president.'),
  });
  it('answers with the vice chairman and the executive vice president, not "became president"', () => {
    const a = answer(c, "What was Ivo Lang's title before he became president?", '2035-01-01');
    const text = renderText(a);
    const top = text.split('\n').slice(1, 3).join('\n');
    expect(top).toContain('Vice chairman Ivo Lang');
    expect(top).toContain('executive vice president');
    expect(c.roles.some((r) => r.person === 'ivo-lang' && r.title === 'vice president')).toBe(true);
  });
});

describe('the outlet a copyright line at the foot names (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbouria\naliases: [the republic]\n',
    'a1_vale.txt': 'Harbourie : Ada Vale obtient la confiance du Parlement\n\nPublié le lundi 22 juillet 2032\n\nLa Première ministre Ada Vale a remporté dimanche un vote de confiance.\n\n© Gazette de l\'Ostvale – gazette.example\n',
    'kyoto_lang.txt': '港湾自動車の社長が辞任\n\n2032年9月3日\n\n港湾自動車は2日、社長の辞任を発表した。\n\n© 京都経済新報 kyotokeizai.example\n',
  });
  it('reads the outlet, its web address and year left out', () => {
    expect(c.docByPath.get('a1_vale.txt')!.source).toBe("Gazette de l'Ostvale");
    expect(c.docByPath.get('kyoto_lang.txt')!.source).toBe('京都経済新報');
  });
});

describe('who-leads: a head who has resigned but stays on as caretaker (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbouria\naliases: [the republic]\n',
    'a.md': md('Vale to resign', '2033-08-14', 'Harbouria\'s prime minister, Ada Vale, said on Monday that she and her government would resign.'),
    'b.md': md('Vale resigns', '2033-08-18', 'Ada Vale stepped down on Thursday.\n\nUntil parliament approves a new cabinet, Vale and her ministers remain in office in a caretaker capacity.'),
  });
  it('says she stays on, citing the sentence', () => {
    const text = renderText(answer(c, 'who-leads Harbouria', '2033-08-20'));
    expect(text).toContain('Ada Vale');
    expect(text).toContain('remain in office in a caretaker capacity');
  });
});

describe('"did X get the job": a report laid to rest answers it (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Stores\naliases: [the grocer]\n',
    'a.md': md('Vale frontrunner', '2035-01-11', 'Ada Vale, the former Dock Mart boss, has emerged as the leading candidate to become chairman of Harbour Stores, according to people close to the search.'),
    'b.md': md('Lang named chairman', '2035-02-17', 'Harbour Stores on Tuesday named Ivo Lang as its new chairman.\n\nThe appointment puts to rest reports last month that Ada Vale, the former Dock Mart chief executive, was poised to take the role.'),
    'c.md': md('Chair search', '2034-10-27', 'Names such as Ada Vale, who turned Dock Mart around, will inevitably be mentioned for the Harbour Stores chairman job.'),
    'd.md': md('Vale profile', '2035-01-12', 'Ada Vale, currently chairman of Dock TV, is said to want the Harbour Stores job. Vale chaired Dock Mart for six years.'),
    'e.md': md('Search goes on', '2035-01-20', 'Harbour Stores said its chairman search would end soon; Ada Vale was still seen as the favourite for the job.'),
  });
  it('shows the sentence laying the report to rest', () => {
    const text = renderText(answer(c, 'did ada vale get the harbour stores chairman job', '2036-01-01'));
    expect(text).toContain('puts to rest reports');
  });
});

describe('a noun in "-al" finds its verb: "acquittal" finds "acquitted" and "cleared" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Stores\naliases: [the grocer]\n',
    'a.md': md('Vale cleared as fraud case collapses', '2038-12-06', 'Ada Vale, who ran Harbour Stores until she was suspended, was acquitted of fraud on Thursday.'),
    'b.md': md('Lang named chairman', '2035-02-17', 'Harbour Stores on Tuesday named Ivo Lang as its new chairman.'),
  });
  it('lists the article on the acquittal', () => {
    const text = renderText(answer(c, 'sources Ada Vale acquittal', '2039-01-01'));
    expect(text).toContain('Vale cleared as fraud case collapses');
    expect(text).not.toContain('Lang named chairman');
  });
});

describe('a hard-wrapped article: sentences run on across its line breaks (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Navy\naliases: [the navy]\n',
    'a.txt': 'Vale will not get her ship back\n\nPublished June 20, 2032\n\nAdm. Ivo Lang, the chief of naval operations, said on Friday that Capt. Ada Vale would not be reinstated\nas commanding officer of the carrier and would not be eligible for command again. Lang also said he\nwas holding up the promotion of her former commander, who had been selected for a second star.\n\nThe announcement reverses the course Lang himself set in April, when he recommended that Vale be\nreturned to the ship.\n',
  });
  it('quotes whole sentences, their line breaks read as spaces, and cites them verbatim', () => {
    const a = answer(c, 'did ada vale get her command back', '2033-01-01');
    const text = renderText(a);
    expect(text).toContain('“Adm. Ivo Lang, the chief of naval operations, said on Friday that Capt. Ada Vale would not be reinstated as commanding officer of the carrier and would not be eligible for command again.”');
    const body = c.docByPath.get('a.txt')!.body;
    for (const q of a.citations) expect(body.includes(q.quote)).toBe(true);
  });
});

describe('a confidence vote lost, failed, foreseen or won against someone else keeps no one in post (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbouria\naliases: [the republic]\n',
    'a.md': md('Vale falls', '2032-07-24', 'Prime Minister Ada Vale failed to survive a no-confidence motion in parliament on Friday.'),
    'b.md': md('Reed loses', '2032-08-04', 'Prime Minister Tom Reed failed to win a vote of confidence in parliament on Tuesday.'),
    'c.md': md('Marsh motion passes', '2032-09-10', 'Opposition leader Bill Marsh won a no-confidence vote against Prime Minister Eva Holm on Thursday.'),
    'd.md': md('Dahl faces vote', '2032-10-06', 'Prime Minister Jon Dahl is expected to win a confidence vote on Friday, aides said on Wednesday.'),
    'e.md': md('Brun holds on', '2032-11-02', 'Prime Minister Ola Brun survived a no-confidence motion in parliament on Tuesday.'),
  });
  const kinds = (name: string) => c.events.filter((e) => e.person === c.entities.resolveName(name)?.id).map((e) => e.kind);
  it('reads a kept post only for the one who survived', () => {
    expect(kinds('Ada Vale')).toEqual(['end']);
    expect(kinds('Tom Reed')).toEqual(['end']);
    expect(kinds('Bill Marsh')).not.toContain('holds');
    expect(kinds('Jon Dahl')).not.toContain('holds');
    expect(kinds('Ola Brun')).toContain('holds');
  });
});

describe('"what was X\'s job before he joined Y": a later article looking back is the answer (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Kestrel\naliases: [the company]\n',
    'a.md': md('Kestrel hires Lang', '2018-03-05', 'Kestrel said Ivo Lang joined the company on March 3, 2018, as chief technology officer.'),
    'e.md': md('Lang starts', '2018-03-06', 'Ivo Lang joined Kestrel on March 3 as chief technology officer, the company said.'),
    'b.md': md('Lang to lead Kestrel', '2024-06-01', 'Kestrel named Ivo Lang chief executive on Friday. Before joining Kestrel, Lang was head of the cloud division at Harbour Soft.'),
    'd.md': md('Lang turns to the arts', '2025-06-01', 'Lang is now chairman of the Harbour Arts Trust, a post he took in 2025.'),
  });
  it('quotes the background sentence first', () => {
    const text = renderText(answer(c, "What was Ivo Lang's job before he joined Kestrel?", '2025-12-01'));
    expect(text).toContain('cloud division');
    expect(text.indexOf('cloud division')).toBeLessThan(text.indexOf('chief technology officer') >>> 0);
  });
});

describe('"between Jan and Jun Kestrel sold", "In Jun Harbour Motors named": a month after a word of time is a month (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Kestrel\naliases: [the carmaker]\n',
    'a.md': md('Kestrel sales', '2031-07-10', 'Between Jan and Jun Kestrel sold 3 million cars, Ivo Lang said. Kestrel is based in Osaka.'),
    'b.md': md('Harbour Motors names Reed', '2031-07-12', 'In Jun Harbour Motors named Tom Reed chief executive. Harbour Motors makes trucks.'),
  });
  it('reads no person "Jun Kestrel" and keeps the organisations', () => {
    expect(c.entities.resolveName('Kestrel')?.type).toBe('organisation');
    expect(c.entities.entities.some((e) => e.aliases.some((a) => /^Jun /.test(a)))).toBe(false);
    expect(c.entities.resolveName('Harbour Motors')?.type).toBe('organisation');
  });
});

describe('a minister\'s post is its whole field: "foreign trade" is not "foreign", "Minister for Foreign Affairs" is the foreign minister (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbouria\naliases: [the republic]\n',
    'a.md': md('Lang quits', '2032-03-15', 'Ivo Lang, the Minister for Foreign Affairs, resigned on Monday.'),
    'b.md': md('Vale moves', '2032-03-20', 'Ada Vale became foreign minister on Saturday.'),
    'c.md': md('Brun named', '2032-03-22', 'Prime Minister Jon Dahl appointed Ola Brun as minister of foreign trade on Monday.'),
    'd.md': md('Budget signed', '2032-03-25', 'The minister of finance and energy minister Tom Reed signed the budget on Thursday.'),
    'e.md': md('Talks', '2032-03-26', 'Eva Holm, the minister of defence, security officials said, was abroad on Friday.'),
  });
  const titles = (name: string) => c.roles.filter((r) => r.person === c.entities.resolveName(name)?.id).map((r) => r.title);
  it('reads each post with its own field', () => {
    expect(titles('Ivo Lang')).toContain('foreign minister');
    expect(titles('Ola Brun')).toContain('foreign trade minister');
    expect(titles('Tom Reed')).toContain('energy minister');
    expect(titles('Eva Holm')).toContain('defence minister');
  });
  it('compares whole fields', () => {
    expect(sameTitle('foreign trade minister', 'foreign minister')).toBe(false);
    expect(sameTitle('higher education minister', 'education minister')).toBe(false);
    expect(sameTitle('labour and social inclusion minister', 'social inclusion minister')).toBe(true);
  });
  it('answers who replaced the foreign minister, and not with the trade minister', () => {
    const text = renderText(answer(c, 'Who replaced Ivo Lang as foreign minister?', '2032-12-01'));
    expect(text).toContain('Ada Vale');
    expect(text).not.toContain('Ola Brun');
  });
});

describe('the figures after a change: not a sentence sharing only a weekday, nor another person\'s vote (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Sports\naliases: [the company]\n',
    'a.md': md('Lang to go', '2032-05-04', 'Harbour Sports said on Monday that chief executive Ivo Lang will step down at the end of the year. Harbour Sports said on Monday that its quarterly sales fell 4% from a year earlier, to $2.1 billion.'),
    'b.md': md('Vale falls', '2032-06-12', 'Prime Minister Ada Vale lost a vote of confidence in parliament on Friday. In the upper house, Tom Reed survived a no-confidence motion with 45 votes.'),
  });
  it('lists each change without a sentence that is not its count', () => {
    const text = renderText(answer(c, 'changes since 2032-05-01', '2032-12-01'));
    expect(text).toContain('will step down');
    expect(text).not.toContain('quarterly sales');
    expect(text).toContain('lost a vote of confidence');
    // (Reed's vote is his own item, shown once, not quoted again as Vale's count.)
    expect(text.split('45 votes').length - 1).toBe(1);
  });
});

describe('a company that writes its name in lower case, a partner named for its trade, a job at another company (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: harbourkrupp\naliases: [Harbourkrupp, "harbourkrupp AG"]\n',
    'a.md': md('harbourkrupp names interim chief', '2031-07-14', 'The supervisory board of harbourkrupp on Friday appointed Ivo Lang as interim chief executive. harbourkrupp and Kestrel Steel signed their joint venture in June. The joint venture would have annual sales of about €17 billion.'),
    'b.md': md('Lang leaves', '2032-10-02', 'harbourkrupp said on Tuesday that Ada Vale took charge as interim chief executive.\n\nWhen Bosch sold that business, Vale became chief executive of the new company, Chassis Brakes International.'),
    'c.txt': 'Ex-harbourkrupp chief Lang lands at Marsh & Co\n\nPublished: Tuesday, 7 July 2033\n\nIvo Lang, who was ousted as chief executive of harbourkrupp last autumn, has found a new job. Duisburg-based steel trader Marsh & Co said on Monday that Lang will join its management board as deputy chief executive and will take over as CEO in May 2034.\n\nharbourkrupp has been led by Ada Vale since October.\n',
  });
  it('finds the lower-case name in the text, and the partner as an organisation', () => {
    expect(c.byEntity.get(c.focus)?.length ?? 0).toBeGreaterThan(3);
    expect(c.entities.resolveName('Kestrel Steel')?.type).toBe('organisation');
  });
  it('ties the posts to the companies that give them', () => {
    const lang = c.roles.filter((r) => r.person === 'ivo-lang' && c.passages[r.passage].doc === 'c.txt' && r.title === 'CEO' && !r.past);
    expect(lang.map((r) => r.org)).toEqual([c.entities.resolveName('Marsh')?.id]);
    expect(c.roles.find((r) => r.person === 'ada-vale' && /Chassis/.test(c.passages[r.passage].text))?.org).toBe('chassis-brakes-international');
  });
  it('answers who leads it with the newest head, not the one who left for another company', () => {
    const text = renderText(answer(c, 'who-leads harbourkrupp', '2033-12-01'));
    expect(text).toMatch(/^Who leads harbourkrupp — Ada Vale/);
  });
  it('answers a figure of the venture from a sentence that names neither partner', () => {
    expect(renderText(answer(c, 'How much in annual sales was the harbourkrupp Kestrel Steel joint venture supposed to have?', '2033-12-01'))).toContain('€17 billion');
  });
});

describe('"Sporting director X" opening a sentence, and "who worked as sporting director at Y" before (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour FC\naliases: [Harbour]\n',
    'a.md': md('Harbour fill the gap', '2033-07-08', 'Harbour have moved quickly. Ada Vale, a former striker who worked as sporting director at Kestrel United and other clubs, has been named the new sporting director.'),
    'b.md': md('Coach sacked', '2033-11-15', 'Sporting director Ada Vale was present at the training ground on Tuesday.'),
  });
  it('reads no organisation "Sporting", and the earlier post as past', () => {
    const vale = c.roles.filter((r) => r.person === 'ada-vale');
    expect(vale.some((r) => r.org === 'other:Sporting')).toBe(false);
    expect(vale.find((r) => r.org === c.entities.resolveName('Kestrel United')?.id)?.past).toBe(true);
  });
});

describe('"R. Ada", "Kestrel Nasional Bhd", "RM6 billion", "By Harbour Herald Staff", "how many MPs" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Air\naliases: [the airline]\n',
    'a.md': md('Fund rescues airline', '2031-09-02', 'State fund Kestrel Nasional Bhd will inject about RM6 billion into Harbour Air. Kestrel said the rescue would cut 6,000 jobs.'),
    'e.md': md('Fund names chairman', '2031-10-02', 'Kestrel Nasional owns the airline. Kestrel named a new chairman on Monday.'),
    'b.md': md('Opposition leader replaced', '2031-12-21', 'The decision ends R. Sampanthan\'s tenure as Leader of the Opposition. Sampanthan, 86, said the decision was unfair.'),
    'c.md': md('Confidence vote', '2031-12-13', 'Parliament passed a motion expressing confidence in Prime Minister Ivo Lang by 117 votes to none. Lawmakers loyal to Ada Vale boycotted the vote.'),
    'harbourherald_timeline.txt': 'Timeline: Harbour Air\n\nBy Harbour Herald Staff | 2 July 2032\n\nKestrel has said Harbour Air should return to profit in 2034.\n',
  });
  it('learns the fund as one organisation, the initialled name as a person, the outlet without its byline', () => {
    const fund = c.entities.resolveName('Kestrel Nasional Bhd');
    expect(fund?.type).toBe('organisation');
    expect(c.entities.resolveName('Kestrel')?.id).toBe(fund?.id);
    expect(c.entities.resolveName('R. Sampanthan')?.type).toBe('person');
    expect(c.docByPath.get('harbourherald_timeline.txt')!.source).toBe('Harbour Herald');
  });
  it('answers a sum in ringgit, and a count of MPs told as votes', () => {
    expect(renderText(answer(c, 'how much will Kestrel inject into Harbour Air', '2032-12-01'))).toContain('RM6 billion');
    expect(renderText(answer(c, 'how many MPs voted for the confidence motion in Lang', '2032-12-01'))).toContain('117 votes');
  });
});

describe('a Malay article: its dateline, its byline outlet and its resignation are read (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Air\naliases: [the airline]\n',
    'a.md': md('Harbour Air chief Lang to quit', '2032-04-19', 'Harbour Air chief executive Ivo Lang will step down in September, the airline said on Tuesday.'),
    'beritaharbour_lang-letak-jawatan.txt': 'Ivo Lang letak jawatan Ketua Pegawai Eksekutif Harbour Air\n\nDiterbitkan: Rabu, 20 April 2032\nOleh Wartawan Berita Harbour\n\nKUALA LUMPUR - Ketua Pegawai Eksekutif Harbour Air, Ivo Lang, meletakkan jawatan kerana perubahan keadaan peribadi, kata syarikat penerbangan itu semalam.\n',
  });
  it('dates it, names its outlet and lists it among the sources on the resignation', () => {
    const d = c.docByPath.get('beritaharbour_lang-letak-jawatan.txt')!;
    expect(d.published).toBe('2032-04-20');
    expect(d.source).toBe('Berita Harbour');
    expect(renderText(answer(c, 'sources Ivo Lang resignation', '2032-12-01'))).toContain('Ivo Lang letak jawatan');
  });
});

describe('"swears in X as" is X taking the post; a short timeline keeps distinct days (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbouria\naliases: [the republic]\n',
    'a.md': md('Lang sacked', '2032-03-05', 'President Ada Vale on Friday sacked Prime Minister Ivo Lang and appointed Tom Reed as prime minister.'),
    'b.md': md('Reed resigns', '2032-04-10', 'Tom Reed resigned as prime minister on Saturday, five weeks after Ada Vale sacked Ivo Lang.'),
    'c.md': md('Lang back', '2032-04-12', 'Ada Vale swears in Ivo Lang as prime minister on Monday. Vale had sacked Lang on March 4.'),
    'd.txt': 'Week in review\n\nPublished: Saturday, 10 April 2032\n\nBen Holm was sworn in as president of Kestrelia on Friday, and Eva Sand was named his foreign minister. Ivo Lang said on Friday he would return.\n',
    'e.md': md('Analysis', '2032-04-20', 'Ivo Lang, whom Ada Vale sacked on March 4, has been sworn in again.'),
  });
  it('reads "swears in X as" as X taking the post', () => {
    expect(c.events.some((e) => e.kind === 'start' && e.person === 'ivo-lang' && c.passages[e.passage].doc === 'c.md')).toBe(true);
  });
  it('picks changes on distinct days first', () => {
    expect(new Set(pickEvents(c, cappedChangeEvents(c, 2, '2032-12-01'), 4).map((e) => e.date)).size).toBe(4);
  });
});

describe('review r20: a third party speaking, a wire closing the sentence, a founder, a refusal in Malay (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Kestrel Bank\naliases: [the bank]\n',
    'a.md': md('Ratings cut', '2032-03-01', 'Harbour Group said on Tuesday it had cut its outlook on the lender because chief executive Ivo Lang will step down in May. Kestrel Bank said Lang would stay until a successor is found.'),
    'b.md': md('Lang to go', '2032-03-02', 'Ada Vale will take over as chief executive of the bank, Bloomberg reported on Monday. Bloomberg has covered Kestrel Bank for years.'),
    'c.md': md('Schwab deal', '2032-03-03', 'Charles Schwab Corp agreed to buy Kestrel Bank. Charles Schwab, who founded the brokerage in 1971, said he backed the deal. Charles Schwab, 94, is chairman of Charles Schwab Corp.'),
    'd.md': md('Lang tidak letak jawatan', '2032-03-04', 'Ketua Pegawai Eksekutif Kestrel Bank, Ivo Lang, berkata beliau tidak akan meletakkan jawatan.'),
  });
  it('keeps the article\'s company\'s post, and the founder a person', () => {
    const lang = c.roles.filter((r) => r.person === 'ivo-lang' && r.title === 'CEO');
    expect(lang.some((r) => r.org === c.entities.resolveName('Harbour Group')?.id)).toBe(false);
    expect(c.roles.some((r) => r.person === 'ada-vale' && r.org === c.entities.resolveName('Bloomberg')?.id)).toBe(false);
    expect(c.entities.resolveName('Charles Schwab')?.type).toBe('person');
  });
  it('reads no leaving in "tidak akan meletakkan jawatan"', () => {
    expect(c.events.some((e) => e.kind === 'end' && c.passages[e.passage].doc === 'd.md')).toBe(false);
  });
});

describe('"His successor as chief executive will be X": X is given the post (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Kestrel Bank\naliases: [the bank]\n',
    'a.md': md('Lang to hand over', '2032-04-17', 'Ivo Lang will give up the chief executive role at Kestrel Bank and stay as chairman. His successor as chief executive will be Ada Vale, 44, who has been the group\'s chief financial officer since 2023.'),
  });
  it('reads the post and answers who replaced him', () => {
    expect(c.roles.some((r) => r.person === 'ada-vale' && r.title === 'CEO')).toBe(true);
    expect(renderText(answer(c, 'who replaced lang as ceo', '2032-12-01'))).toContain('His successor as chief executive will be Ada Vale');
  });
});

describe('"did X get the CEO job": the one given the post after the rumour, not a stand-in already quoted (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Kestrel Games\naliases: [Kestrel]\n',
    'a.md': md('Reed tipped', '2033-03-27', 'Kestrel Games chief operating officer Tom Reed has emerged as the leading candidate to succeed Ivo Lang as chief executive, according to two people familiar with the search.'),
    'b.md': md('Who runs Kestrel', '2033-04-02', 'Chairman Ola Brun is running Kestrel Games. Some media outlets have described Brun as interim CEO, although Kestrel itself has not used that title.'),
    'c.md': md('Vale named', '2033-09-17', 'Kestrel Games on Tuesday named Ada Vale, the head of its sports label, as chief executive.'),
  });
  it('names who got it', () => {
    expect(renderText(answer(c, 'did tom reed get the ceo job at Kestrel', '2034-01-01'))).toContain('named Ada Vale');
  });
});

describe('"chief digital and innovation officer" is a title (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Air\naliases: [the airline]\n',
    'a.md': md('Lang joins Kestrel', '2032-09-08', 'Ivo Lang will join Kestrel Airways on September 20 as chief digital and innovation officer, the carrier said.'),
  });
  it('is read as Lang\'s post', () => {
    expect(c.roles.some((r) => r.person === 'ivo-lang' && r.title === 'chief digital and innovation officer')).toBe(true);
  });
});

describe('"will join Kestrel Airways on September 20 as X": the post is at the organisation joined (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Air\naliases: [the airline]\n',
    'a.md': md('Lang to leave', '2032-04-19', 'Harbour Air chief executive Ivo Lang said on Tuesday he would leave the airline in September for personal reasons.'),
    'b.md': md('Harbour Air seen favouring local', '2032-05-09', 'Harbour Air\'s owner is leaning towards appointing a local executive to succeed outgoing chief executive Ivo Lang, according to two people familiar with the talks.'),
    'c.md': md('Lang joins Kestrel', '2032-09-08', 'Ivo Lang, who left Harbour Air this year, will join Kestrel Airways on September 20 as chief digital officer, the carrier confirmed. Kestrel Airways declined to comment on his pay. Ada Vale joined Kestrel Airways as a senior security contributor.'),
  });
  it('reads the organisation and answers what he is doing now', () => {
    const kestrel = c.entities.resolveName('Kestrel Airways')?.id;
    expect(c.roles.some((r) => r.person === 'ivo-lang' && r.title === 'chief digital officer' && r.org === kestrel)).toBe(true);
    expect(c.roles.some((r) => r.person === 'ada-vale' && r.title === 'journalist' && r.org === kestrel)).toBe(true);
    expect(renderText(answer(c, 'What is Ivo Lang doing now?', '2033-01-01')).split('\n')[1]).toContain('will join Kestrel Airways on September 20');
  });
});

describe('"takes over on Friday, July 1", said on Thursday June 30: the coming Friday (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Air\naliases: [the airline]\n',
    'a.md': md('Vale named', '2032-06-30', 'Harbour Air on Wednesday named Ada Vale chief executive. Vale takes over on Thursday, July 1. Instead, Ivo Lang has been placed on leave and will step down from the board immediately, the company said.'),
  });
  it('dates the day in the article\'s year', () => {
    const p = c.passages.find((x) => x.text.startsWith('Vale takes over'))!;
    expect(p.date).toBe('2032-07-01');
  });
});

describe('"X, the biographer …, and a major in the Army Reserve": a title joined by "and a" is the opening name\'s (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Kestrel Agency\naliases: [the agency]\n',
    'a.md': md('Reed profile', '2032-11-13', 'Ada Reed, 40, is a 1995 graduate of the Harbour Military Academy, where she was a standout athlete, and a lieutenant colonel in the Army Reserve.'),
    'b.md': md('Reed later', '2033-07-17', 'Ada Reed, the biographer with whom Ivo Lang had the affair and a major in the Army Reserve, has stayed out of sight.'),
  });
  it('reads both ranks and answers "what rank"', () => {
    expect(c.roles.some((r) => r.person === 'ada-reed' && r.title === 'lieutenant colonel')).toBe(true);
    expect(c.roles.some((r) => r.person === 'ada-reed' && r.title === 'major')).toBe(true);
    const text = renderText(answer(c, 'What rank does Ada Reed hold in the Army Reserve?', '2034-01-01'));
    expect(text).toContain('a major in the Army Reserve');
    expect(text).toContain('a lieutenant colonel in the Army Reserve');
  });
});

describe('"a R11.4 million success fee": a sum in rand (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Broadcasting\naliases: [the broadcaster]\n',
    'a.md': md('Fee row', '2032-12-12', 'MPs heard last week that Ivo Lang had been paid a R11.4 million "success fee" for his role in a 2029 deal with Kestrel Media.'),
  });
  it('answers how much', () => {
    expect(renderText(answer(c, 'how much was the success fee Harbour Broadcasting paid Lang for the Kestrel Media deal', '2033-01-01'))).toContain('R11.4 million');
  });
});

describe('"who was appointed permanent CEO": a stand-in is no answer (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Broadcasting\naliases: [the broadcaster]\n',
    'a.md': md('Acting chief named', '2032-07-24', 'Harbour Broadcasting has appointed its head of television, Ada Vale, as acting group chief executive, following the resignation last week of Ivo Lang.'),
  });
  it('says no source names one', () => {
    expect(renderText(answer(c, "Who was appointed as Harbour Broadcasting's permanent group CEO after the crisis?", '2033-01-01'))).toContain('not in the corpus');
    expect(renderText(answer(c, "Who was appointed as Harbour Broadcasting's acting group CEO?", '2033-01-01'))).toContain('Ada Vale');
  });
});

describe('"the December 2015 hearing": the year asked bounds the answer, with its month (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Broadcasting\naliases: [the broadcaster]\n',
    'a.md': md('Lang fired', '2017-06-12', 'An internal hearing chaired by advocate Ada Vale found Ivo Lang guilty of bringing Harbour Broadcasting into disrepute.'),
  });
  it('does not give a later hearing', () => {
    expect(renderText(answer(c, 'Who chaired the December 2015 Harbour Broadcasting disciplinary hearing that cleared Lang?', '2018-01-01'))).not.toContain('Ada Vale');
    expect(renderText(answer(c, 'Who chaired the Harbour Broadcasting disciplinary hearing that found Lang guilty?', '2018-01-01'))).toContain('Ada Vale');
  });
});

describe('"who succeeded X as music director of the State Opera": not the sentence making X someone else\'s successor (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Philharmonic\naliases: [the orchestra]\n',
    'a.md': md('Reed elected', '2015-06-22', 'The Harbour Philharmonic said on Monday its musicians had elected Ada Reed, the music chief of the Kestrel State Opera, as their next chief conductor, six weeks after a first attempt to find a successor to Ivo Lang ended in deadlock. Lang said he was very happy that she would be his successor. The Kestrel State Opera said it was proud of Reed.'),
  });
  it('says no source names one', () => {
    const text = renderText(answer(c, 'Who succeeded Ada Reed as music director of the Kestrel State Opera?', '2016-01-01'));
    expect(text).toContain('not in the corpus');
    expect(text).not.toContain('next chief conductor');
  });
});

describe('"how much cash did X have": a sum told of the thing asked, not one far from it; "how much waste": an amount of stuff (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Kestrel Build\naliases: [the company]\n',
    'a.md': md('Kestrel loss', '2017-10-27', 'Kestrel Build reported a first-half loss of £1.15bn after adding £200m to its provision, and it has warned that it could breach the terms of its banking arrangements without a recovery in cash flow.'),
    'b.md': md('Dam fails', '2019-01-26', 'The Kestrel Build dam released nearly 12 million cubic metres of mining waste, the company said.'),
  });
  it('refuses the cash question and answers the waste one', () => {
    expect(renderText(answer(c, 'How much cash did Kestrel Build have when it collapsed?', '2020-01-01'))).not.toContain('£1.15bn');
    expect(renderText(answer(c, 'How much mining waste was released when the Kestrel Build dam burst?', '2020-01-01'))).toContain('12 million cubic metres');
  });
});

describe('"did X get the top job": the head post given to someone else after the rumour (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Kestrel Steel\naliases: [the steelmaker]\n',
    'a.md': md('Reed tipped', '2018-03-05', 'Kestrel Steel\'s board is leaning towards Tom Reed, 59, to replace Ivo Lang, according to two people familiar with the deliberations.'),
    'b.md': md('Vale named', '2018-03-09', 'Kestrel Steel on Friday named executive vice president Ada Vale, head of the machinery business, as its next president and chief executive.'),
  });
  it('answers with who got it', () => {
    const text = renderText(answer(c, 'Did Tom Reed get the top job at Kestrel Steel?', '2019-01-01'));
    expect(text).toContain('named executive vice president Ada Vale');
  });
});

describe('"Roz Brewer" and "Rosalind Brewer" are one person, and lowercase "brewer" names her (fictional corpus, real short form)', () => {
  const c = corpus({
    'topic.yaml': 'name: Kestrel Pharmacy\naliases: [the chain]\n',
    'a.md': md('Brewer steps down', '2023-09-01', 'Rosalind Brewer has stepped down as chief executive of Kestrel Pharmacy. Brewer will stay on as a special adviser until the end of February, for a consulting fee of $375,000 a month.'),
    'b.md': md('Shares slump', '2024-06-27', 'Its shares, which traded above $50 when Roz Brewer took over as CEO in 2021, were changing hands below $12 on Thursday.'),
  });
  it('merges the two and answers a lowercase question', () => {
    expect(c.entities.entities.filter((e) => /brewer/i.test(e.aliases.join(' '))).length).toBe(1);
    expect(renderText(answer(c, 'how much was brewer paid as an adviser after she left', '2025-01-01')).split('\n')[1]).toContain('$375,000 a month');
  });
});

describe('an orchestra\'s head is its chief conductor or music director (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Philharmonic\naliases: [the orchestra]\n',
    'a.md': md('No vote', '2015-05-12', 'The musicians of the Harbour Philharmonic failed to elect a successor on Monday. Ivo Lang, the Harbour Philharmonic\'s chief conductor since 2002, said he respected the vote. Lang remains chief conductor until his contract runs out, so there is no immediate vacancy.'),
    'b.md': md('Lang to Kestrel', '2015-03-03', 'The Kestrel Symphony Orchestra announced that Lang will become its music director in 2017.'),
  });
  it('reads the posts and names the head', () => {
    expect(c.roles.some((r) => r.person === 'ivo-lang' && r.title === 'chief conductor' && r.head === 'org')).toBe(true);
    expect(renderText(answer(c, 'who-leads Harbour Philharmonic', '2015-05-20')).split('\n')[0]).toContain('Ivo Lang');
  });
});

describe('"Christian Democrat lawmaker", "paid to a DFB president", "when he became DFB president", "X and Y, would lead" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour FA\naliases: [the federation]\n',
    'a.md': md('Lang quits', '2019-04-02', 'Ivo Lang resigned as president of the Harbour FA on Tuesday. Harbour FA said its two first vice-presidents, Ada Vale and Tom Reed, would lead the federation on an interim basis.'),
    'b.md': md('Lang quits posts', '2019-04-10', 'The former journalist and Christian Democrat lawmaker, who gave up his seat when he became Harbour FA president, has no other public office. The two posts are worth far more than the allowance paid to a Harbour FA president, Tobias Wendling said. Christian Democrat leaders were silent.'),
  });
  it('reads no person "Christian Democrat", no post for Wendling, a past post for Lang, and both interim leaders', () => {
    expect(c.entities.entities.some((e) => e.type === 'person' && /christian democrat/i.test(e.name))).toBe(false);
    expect(c.roles.some((r) => r.person === 'tobias-wendling')).toBe(false);
    expect(c.roles.some((r) => r.person === 'ada-vale' && r.head === 'org') && c.roles.some((r) => r.person === 'tom-reed' && r.head === 'org')).toBe(true);
  });
});

describe('review r21: rules that must not reach too far (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Kestrel Motors\naliases: [the carmaker]\n',
    'a.md': md('Smith profile', '2019-01-10', 'Ada Smith joined Harbour Motors in 1986 and later Kestrel Motors as its president. Harbour Motors said nothing. Tom Jones, the chief executive, said the firm had hired a consultant and an engineer.'),
    'b.md': md('Wang profile', '2019-02-10', 'Wang Zhi and Wang Ji both sit on the Kestrel Motors board. Wang Zhi spoke first, then Wang Ji.'),
  });
  it('keeps each post where it belongs', () => {
    const harbour = c.entities.resolveName('Harbour Motors')?.id;
    expect(c.roles.some((r) => r.person === 'ada-smith' && r.title === 'president' && r.org === harbour)).toBe(false);
    expect(c.roles.some((r) => r.person === 'tom-jones' && r.title === 'engineer')).toBe(false);
    expect(c.entities.entities.filter((e) => e.type === 'person' && /^Wang /.test(e.name)).length).toBe(2);
  });
});

describe('"sources failed vote in May": the articles of that month, or telling it, first (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Philharmonic\naliases: [the orchestra]\n',
    'a.md': md('No white smoke', '2015-05-12', 'The musicians of the Harbour Philharmonic failed to choose a chief conductor in a vote on Monday.'),
    'b.md': md('Why the vote stalled', '2015-05-14', 'The vote stalled because no candidate won a majority.'),
    'c.md': md('Reed elected', '2015-06-22', 'The musicians elected Ada Reed in a second vote on Sunday, six weeks after the failed vote.'),
    'd.md': md('Reed begins', '2019-08-23', 'Ada Reed conducted her first concert as chief conductor, four years after the vote that made her Ivo Lang\'s successor.'),
  });
  it('lists the May articles and not the later ones', () => {
    const text = renderText(answer(c, 'sources failed vote in May', '2020-01-01'));
    expect(text).toContain('No white smoke');
    expect(text).toContain('Why the vote stalled');
    expect(text).not.toContain('Reed begins');
  });
});

describe('"voted to make X prime minister, and the president signed the decree" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbouria\naliases: [the republic]\n',
    'a.md': md('Vale confirmed', '2020-10-14', 'Harbouria lawmakers on Wednesday voted a second time to make Ada Vale prime minister, and the president signed the decree within hours.'),
  });
  it('gives Vale the post, and not the president\'s', () => {
    expect(c.roles.some((r) => r.person === 'ada-vale' && r.title === 'prime minister')).toBe(true);
    expect(c.roles.some((r) => r.person === 'ada-vale' && r.title === 'president')).toBe(false);
  });
});

describe('a timeline entry "**March 6, 2018 (Tuesday)** — …" gives its year to the days after it in its paragraph (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Kestrel Steel\naliases: [the steelmaker]\n',
    'a.md': md('Timeline', '2019-03-14', '**March 6, 2018 (Tuesday)** — Kestrel Steel publishes its report. Ivo Lang announces he will resign as president on April 1; a vice president also resigns.'),
  });
  it('dates the resignation in 2018, not the year after the article', () => {
    const p = c.passages.find((x) => x.text.startsWith('Ivo Lang announces'))!;
    expect(p.date).toBe('2018-04-01');
  });
});

describe('"What year did X start working at Y?": the sentences giving the year, and "start" is no slip for "Stuart" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Broadcasting\naliases: [the broadcaster]\n',
    'a.md': md('Lang fired', '2017-06-12', 'Harbour Broadcasting\'s interim board announced on Monday that Ivo Lang had been dismissed. Coach Stuart Baxter watched from the stands.'),
    'b.md': md('Lang profile', '2017-04-21', 'He grew up in the Free State. Ivo Lang joined Harbour Broadcasting in 1995 as a freelancer at a radio station.'),
    'c.md': md('Lang court', '2016-12-12', 'Lang started at Harbour Broadcasting in 1994 as a freelancer, the court heard on Monday.'),
  });
  it('reads no Stuart Baxter in the question and gives both years first', () => {
    expect(readQuestion(c, 'What year did Ivo Lang start working at Harbour Broadcasting?').focus).not.toContain('stuart-baxter');
    const lines = renderText(answer(c, 'What year did Ivo Lang start working at Harbour Broadcasting?', '2018-01-01')).split('\n');
    expect(lines.slice(1, 3).join(' ')).toContain('in 1995');
    expect(lines.slice(1, 3).join(' ')).toContain('in 1994');
  });
});

describe('"raised the number of affected customers to 605": the count after the thing counted (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Kestrel Steel\naliases: [the steelmaker]\n',
    'a.md': md('Report out', '2018-03-06', 'The outside investigation, published on Tuesday, found that data had been falsified since the 1970s and raised the number of affected customers to 605, including 222 outside Harbouria.'),
    'b.md': md('First count', '2017-10-26', 'Kestrel Steel said on Thursday that 525 customers had received products with falsified inspection data.'),
    'c.md': md('Customers react', '2017-10-27', 'Customers of Kestrel Steel received letters on Friday; 12 of the products were recalled, and the investigation into 3 plants continues.'),
    'd.md': md('Customers ask', '2017-10-28', 'Customers asked on Saturday how 40 falsified products could have passed the investigation at 2 plants.'),
    'e.md': md('More customers', '2017-10-29', 'Customers in 5 countries received falsified products, the investigation found on Sunday, and 7 of them complained.'),
  });
  it('shows the sentence giving 605', () => {
    expect(renderText(answer(c, 'How many customers received falsified products according to the investigation?', '2019-01-01'))).toContain('customers to 605');
  });
});

describe('"Which university did X graduate from?": a university named about someone else is no answer (blind Kobe Steel set)', () => {
  // (A fictional corpus small enough to write here never brought the other person's sentence forward; the blind
  // set's articles, where the successor's profile sits in articles about the one asked of, do.)
  const c = buildIndex(loadCorpus('test/fixtures/corpora/kobesteel-2017/corpus'));
  it('says no source names his university', () => {
    const text = renderText(answer(c, 'Which university did Hiroya Kawasaki graduate from?', '2026-11-24'));
    expect(text).toContain('not in the corpus');
    expect(text).not.toContain('Westbrook');
  });
});

describe('"Is X still chairing the board?": the later chair, where no leaving of hers is told (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Broadcasting\naliases: [the broadcaster]\n',
    'a.md': md('Interim board', '2017-03-26', 'Interim board chairperson Ada Vale told a briefing on Monday that the board had fired the chief operating officer.'),
    'b.md': md('After the crisis', '2018-12-14', 'The broadcaster looks very different now. A permanent board, chaired since October 2017 by Tom Reed, replaced the interim board.'),
  });
  it('shows the later chair', () => {
    expect(renderText(answer(c, 'Is Ada Vale still chairing the Harbour Broadcasting board?', '2019-01-01'))).toContain('chaired since October 2017 by Tom Reed');
  });
});

describe('"who-leads X Independent Review Panel", "X Board of Trustees", "X orchestra board": a body typed by its own name (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Dunmore Foods\naliases: [Dunmore]\n',
    'a.md': md('Panel set up', '2021-03-02', 'Dunmore Foods chief executive Ola Brandt said on Tuesday that an independent review panel chaired by retired judge Alma Reyes would examine the recall.'),
    'b.md': md('Week in food', '2021-03-06', 'Dunmore set up an independent review panel of three outside lawyers on Tuesday.\n\nThe panel is chaired by Alma Reyes, a former judge.'),
    'c.md': md('Board', '2021-04-01', 'Board Chair Ivo Lund said the Dunmore Foods Board of Trustees backed Ola Brandt.'),
    'd.md': md('Board change', '2022-05-01', 'Board Chair Rita Moss, who succeeded Ivo Lund as chair of the board, said Dunmore would keep its plants.'),
    'e.md': md('Works council', '2021-05-01', 'Works council member Pia Holm said the plants would stay open, and works council member Eli Stone agreed.'),
  });
  it('the panel: its chair, not the company head', () => {
    const text = renderText(answer(c, 'who-leads Dunmore Foods independent review panel', '2023-01-01'));
    expect(text.split('\n')[0]).toContain('Alma Reyes');
    expect(text).not.toContain('Head: Ola Brandt');
    expect(text).toContain('b.md');
  });
  it('the board of trustees: the organisation\'s board chair now', () => {
    expect(renderText(answer(c, 'who-leads Dunmore Foods Board of Trustees', '2023-01-01')).split('\n')[0]).toContain('Rita Moss');
  });
  it('a body with members only: its members', () => {
    const text = renderText(answer(c, 'who-leads Dunmore works council', '2023-01-01'));
    expect(text).toContain('Pia Holm');
    expect(text).toContain('Eli Stone');
  });
});

describe('names with "&", an institution "of Government and Public Service", "Mark A. Welsh III", "known to investors as James Xia" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Brazos A&M University\naliases: [Brazos A&M]\n',
    'a.md': md('President resigns', '2023-07-21',
      'Brazos A&M University President Ada Vale resigned on Friday.\n\n' +
        'Chancellor Tom Reed named Mark A. Welsh III, dean of the Bush School of Government and Public Service, as acting president.'),
    'b.md': md('Welsh named', '2023-12-12', 'Mark Welsh was named the 27th president of Brazos A&M on Tuesday.'),
    'c.md': md('What became of Xia', '2024-08-06',
      'Two years ago, Xia Haijun was the best-known executive at Brazos A&M.\n\n' +
        'For Xia, known to foreign investors as James Xia, it is the third blow in a year.\n\n' +
        'James Xia joined the university in 2008.'),
  });
  const person = (name: string) => c.entities.resolveName(name)?.id;
  it('"Brazos A&M" is named, and its presidents found', () => {
    expect(c.byEntity.get(c.focus)?.length ?? 0).toBeGreaterThan(1);
    expect(renderText(answer(c, 'who-leads Brazos A&M University', '2024-01-01')).split('\n')[0]).toMatch(/— Mark (?:A\. )?Welsh/);
  });
  it('"Public Service" ends the school\'s name, no person "Service"', () => {
    expect(c.entities.entities.some((e) => e.type === 'person' && /Service$/.test(e.name))).toBe(false);
    expect(c.entities.entities.some((e) => e.type === 'organisation' && e.name === 'Bush School of Government and Public Service')).toBe(true);
  });
  it('"Mark A. Welsh III" is "Mark Welsh"; "James Xia" is "Xia Haijun"', () => {
    expect(person('Mark A. Welsh III')).toBe(person('Mark Welsh'));
    expect(person('James Xia')).toBe(person('Xia Haijun'));
  });
});

describe('a coup: "President X" heads the country until officers "overthrew" him; a general named "head of state" after (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Norland\n',
    'a.md': md('Election', '2023-08-27', 'Norland votes today. President Ivo Lund, 64, is seeking a third term.'),
    'b.md': md('Suspended', '2023-08-31', 'The African Union suspended Norland on Thursday, a day after army officers overthrew President Ivo Lund and named General Ada Vale as the country\'s transitional leader.\n\nThe junta announced that General Ada Vale would be sworn in as transitional president on Monday.'),
    'c.md': md('Explainer', '2023-09-06', 'General Ada Vale, commander of the Republican Guard since 2020, was named head of state on the day of the coup.'),
  });
  it('before the coup: the president', () => {
    expect(renderText(answer(c, 'who-leads Norland', '2023-08-28')).split('\n')[0]).toContain('Ivo Lund');
  });
  it('between the coup and the swearing-in: the general, not the president overthrown', () => {
    const head = renderText(answer(c, 'who-leads Norland', '2023-09-01')).split('\n')[0];
    expect(head).toContain('— Ada Vale');
    expect(head).not.toContain('Ivo Lund');
  });
  it('after it: the general, and the president left', () => {
    const text = renderText(answer(c, 'who-leads Norland', '2023-09-10'));
    expect(text.split('\n')[0]).toContain('Ada Vale');
    expect(text).toMatch(/Ivo Lund left \(2023-08-3[01]\)/);
  });
  it('"would be sworn in … on Monday" is the Monday after; "commander … since 2020," dates no naming', () => {
    expect(c.passages.find((p) => p.text.includes('would be sworn in'))!.date).toBe('2023-09-04');
    expect(c.passages.find((p) => p.text.includes('since 2020'))!.date).toBe('2023-09-06');
  });
});

describe('"Welsh, 69, is a retired general": a nationality\'s word as a surname; "had been chairman since September 2022" answers when he became it (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harbour Post\n',
    'a.md': md('Acting head', '2023-07-21', 'Chancellor Tom Reed named Mark Welsh, dean of the law school, as acting president of Harbour Post.'),
    'b.md': md('Profile', '2023-07-22', 'Welsh, 69, is a retired general who spent 40 years in the army.'),
    'c.md': md('Chair out', '2024-01-28', 'Ivo Lund, 75, had chaired Harbour Post since December 2022.'),
    'd.md': md('Chair profile', '2024-02-02', 'Ivo Lund was removed on Saturday. He had been chairman since September 2022, when he succeeded Ada Vale.'),
  });
  it('finds both ages… and his age at all from the surname', () => {
    expect(renderText(answer(c, 'how old is mark welsh', '2024-06-01'))).toContain('Welsh, 69');
  });
  it('gives both days he became chairman', () => {
    const text = renderText(answer(c, 'When did Ivo Lund become chairman of Harbour Post?', '2024-06-01'));
    expect(text).toContain('since December 2022');
    expect(text).toContain('since September 2022');
  });
});

describe('"who has chaired the Ryanair board", "held … in Dublin and chaired by"; a post held since leaving (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Skylane\n',
    'a.md': md('AGM', '2017-09-22', 'The meeting, held at the carrier\'s offices in Dublin and chaired by Ada Vale, passed every resolution.\n\nVale, the investor who has chaired the Skylane board for two decades, said the directors backed the managers.'),
    'b.md': md('Dublin', '2017-09-23', 'Dublin is a city of a million people. Dublin is home to Skylane.'),
    'c.md': md('Chief quits', '2016-05-18', 'Tom Reed resigned as president of Skylane on Wednesday over the scandal.'),
    'd.md': md('Where is he now', '2023-11-22', 'Tom Reed has kept a low profile. Since June 2017 he has served as an adviser to Brightwell, a maker of motors.'),
  });
  it('the board\'s chair is Skylane\'s, not Dublin\'s', () => {
    const vale = c.entities.resolveName('Ada Vale')!.id;
    expect(c.roles.some((r) => r.person === vale && r.title === 'chair' && r.org === c.focus)).toBe(true);
    expect(c.roles.some((r) => r.person === vale && r.org === c.entities.resolveName('Dublin')?.id)).toBe(false);
    expect(renderText(answer(c, 'who-leads Skylane board', '2018-01-01')).split('\n')[0]).toContain('Ada Vale');
  });
  it('the person brief shows the post he has held since he left, as one he holds', () => {
    const text = renderText(answer(c, 'person Tom Reed', '2024-01-01'));
    expect(text).toContain('adviser to Brightwell');
    expect(text.split('\n')[0]).not.toContain('former adviser');
  });
});

describe('"sources X settlement" lists an article in another language naming X; "known … by the Mandarin reading of his name, Xu Jiayin" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Brazos University\n',
    'a.md': md('Settlement', '2023-08-04', 'Brazos University will pay Ada Vale $1 million to settle her claims over the failed hiring.\n\nVale said the settlement closed the matter.'),
    'b.md': md('Informe y acuerdo', '2023-08-05', 'La Universidad Brazos pagará un millón de dólares a Ada Vale según el informe.\n\nAda Vale dijo que el acuerdo era justo y que seguirá en Austin.'),
    'c.md': md('Other news', '2023-08-06', 'Brazos University opened a new library on Monday.'),
    'd.md': md('Profile', '2023-09-01', 'Born in 1958, Hui Ka Yan built Brazos Homes.\n\nHui, who is known on the mainland by the Mandarin reading of his name, Xu Jiayin, lost his mother as an infant.'),
  });
  it('lists the Spanish article beside the one in the words asked', () => {
    const a = answer(c, 'sources Ada Vale settlement', '2024-01-01');
    expect(a.citations.map((x) => x.doc)).toEqual(['b.md', 'a.md']);
  });
  it('"Xu Jiayin" is Hui Ka Yan', () => {
    expect(c.entities.resolveName('Xu Jiayin')?.id).toBe(c.entities.resolveName('Hui Ka Yan')!.id);
  });
});

describe('"easyJet" is an organisation; "what is X doing now?" is the new job, not the life story told beside it (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Skylane\n',
    'a.md': md('Ops chief', '2017-10-17', 'Skylane named Tom Reed chief operations officer on Tuesday. Reed left Harbour Air to take the job.'),
    'b.md': md('Reed to easyJet', '2019-07-19',
      'easyJet said on Thursday that it had hired Tom Reed as its chief operating officer.\n\n' +
        'A native of Bettystown, Reed began his aviation career at Kerry Airport before joining Skylane, where he rose to director of flight operations.\n\n' +
        'Reed will leave Skylane at the end of December. He said easyJet was a fine airline, and easyJet did not give a start date.'),
  });
  it('knows easyJet', () => {
    expect(c.entities.entities.some((e) => e.type === 'organisation' && e.name === 'easyJet')).toBe(true);
  });
  it('answers with the hiring, not the life story', () => {
    const text = renderText(answer(c, 'what is Tom Reed doing now', '2020-01-01'));
    const hired = text.indexOf('hired Tom Reed as its chief operating officer');
    const story = text.indexOf('A native of Bettystown');
    expect(hired).toBeGreaterThan(-1);
    expect(story === -1 || story > hired).toBe(true);
  });
});

describe('"Who is chairing the public inquiry into the scandal?": the body\'s head, not a chief executive a clause away (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Royal Post\n',
    'a.md': md('Acting chief', '2024-09-19', 'Ivo Lund, who has been serving as interim operating chief, is now acting chief executive and will run the business while Ada Vale gives evidence to the public inquiry next month.'),
    'b.md': md('Hearings', '2024-05-24', 'Ada Vale gave three days of evidence to the public inquiry chaired by Sir Tom Reed.'),
    'c.md': md('Explainer', '2024-03-15', 'The government is supporting the public inquiry, which is chaired by the retired judge Sir Tom Reed.'),
  });
  it('names the inquiry\'s chair, asked either way', () => {
    for (const q of ['who is chairing the public inquiry into the scandal', 'Who chaired the public inquiry into the scandal?']) {
      const head = renderText(answer(c, q, '2024-12-01')).split('\n')[0];
      expect(head).toContain('Tom Reed');
      expect(head).not.toContain('Ivo Lund');
    }
  });
});

describe('"how many non-resident customers": the noun after the hyphenated word is counted; "from Russia, other former Soviet states" names no other subject; "how much did X pay for its stake" is a sum (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Norbank\naliases: [Norbank Group]\n',
    'a.md': md('Report', '2018-09-19', 'Norbank said on Wednesday that its Estonian branch had about 15,000 non-resident customers.\n\nNorbank Group chief Ada Vale resigned.'),
    'b.md': md('Explainer', '2018-09-24',
      'Norbank bought the branch in 2007. Norbank says it is cooperating.\n\n' +
        'Much of it came through the branch\'s non-resident portfolio, a business serving some 10,000 non-resident customers, most of them companies from Russia, other former Soviet states and offshore havens.\n\n' +
        'Investigators are looking at roughly €200 billion in non-resident payments through its Estonian branch.'),
    'c.md': md('Stake', '2016-05-12', 'Nissan said on Thursday it would buy a 34 percent stake in Norbank for 237 billion yen ($2.2 billion).'),
    'd.md': md('Stake done', '2016-10-20', 'Nissan paid 240 billion yen for the stake in Norbank, a 34 percent holding, in October.'),
  });
  it('gives both counts of customers', () => {
    const text = renderText(answer(c, "How many non-resident customers did Norbank's Estonian branch have?", '2019-01-01'));
    expect(text).toContain('15,000 non-resident customers');
    expect(text).toContain('some 10,000 non-resident customers');
  });
  it('gives the sum paid for the stake', () => {
    const text = renderText(answer(c, 'How much did Nissan pay for its stake in Norbank?', '2019-01-01'));
    expect(text).toMatch(/Sources differ: .*237 billion yen/);
    expect(text).not.toMatch(/Sources differ: .*34 percent/);
  });
});

describe('"What share of the vote did X and Y get?": a percentage credited to Y, the vote unnamed, answers for Y (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Norland\n',
    'a.md': md('Result', '2023-08-30', 'The elections centre announced that President Ivo Lund had won a third term with 64.27 percent of the vote.\n\nHis main rival, economist Ada Vale, was credited with 30.77 percent, and twelve other candidates shared the rest.'),
    'b.md': md('Vote', '2023-08-27', 'Norland voted on Saturday. Ada Vale says she will win the vote.'),
  });
  it('gives both shares', () => {
    const text = renderText(answer(c, 'what share of the vote did Ivo Lund and Ada Vale get', '2024-01-01'));
    expect(text).toContain('64.27 percent');
    expect(text).toContain('30.77 percent');
  });
});

describe('"leaves at the end of October" said on October 20 is this October; "their October trip" said in September is coming; a figure three articles repeat is on the timeline; "related" finds a cousin (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Skylane\n',
    'a.md': md('Ops', '2017-10-20', 'Chief operations officer Tom Reed leaves at the end of October.'),
    'b.md': md('Trips', '2017-09-28', 'A retired couple said their October trip to Faro had been moved twice.'),
    'c.md': md('Cancellations', '2017-09-18', 'Skylane chief Ivo Lund said on Monday that Skylane would cancel 2,100 flights.'),
    'd.md': md('Week', '2017-09-23', 'Skylane is cancelling 2,100 flights over six weeks.'),
    'e.md': md('Analysis', '2017-10-02', 'A rostering error forced the cancellation of 2,100 flights.\n\nAda Vale, who is Ivo Lund\'s cousin according to people who know the family, joined the board.'),
    'f.md': md('Board', '2017-10-03', 'Ada Vale joined the Skylane board on Tuesday. Nora Lee left the board on Tuesday. Ivo Lund named Tom Reed chief operations officer on Tuesday.'),
  });
  it('dates the leaving and the trip ahead', () => {
    expect(c.passages.find((p) => p.text.includes('leaves at the end of October'))!.date).toBe('2017-10-31');
    expect(c.passages.find((p) => p.text.includes('October trip'))!.date).toBe('2017-10-01');
  });
  it('puts the cancellations on the timeline', () => {
    expect(renderText(answer(c, 'timeline', '2018-01-01'))).toContain('cancel 2,100 flights');
  });
  it('answers "is Ada Vale related to Ivo Lund" with the cousin', () => {
    expect(renderText(answer(c, 'is Ada Vale related to Ivo Lund', '2018-01-01'))).toContain("Ivo Lund's cousin");
  });
});

describe('"When was X delisted?", of a corpus that never says it: not in the corpus (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Brightland Group\naliases: [Brightland]\n',
    'a.md': md('Trading halted', '2023-09-28', 'Brightland told the Hong Kong stock exchange on Thursday that trading in its shares was halted.'),
    'b.md': md('Liquidation', '2024-01-29', 'A Hong Kong court ordered Brightland to be liquidated on Monday.'),
  });
  it('says so', () => {
    const a = answer(c, 'when was Brightland delisted from the hong kong stock exchange', '2024-06-01');
    expect(a.found).toBe(false);
    expect(renderText(a)).toContain('“delisted”');
    expect(answer(c, 'when was Brightland liquidated', '2024-06-01').found).toBe(true);
  });
});

describe('"Jerry Falwell Jr." and "Jerry Falwell Sr." stay two people; "known to investors as Ada Vale\'s protégé" makes no one Ada Vale (fictional, from review r22)', () => {
  const c = corpus({
    'topic.yaml': 'name: Liberty Hill College\n',
    'a.md': md('Founder', '2020-08-25', 'Jerry Falwell Sr. founded Liberty Hill College in 1971.\n\nHis son Jerry Falwell Jr. resigned as president on Tuesday.'),
    'b.md': md('Legacy', '2020-08-26', 'Jerry Falwell built the college over decades.\n\nTom Reed, known to investors as Ada Vale\'s protégé, joined the board.'),
    'c.md': md('Board', '2020-08-27', 'Ada Vale said the board would meet on Friday. Jerry Falwell Jr. did not comment.'),
  });
  const id = (n: string) => c.entities.resolveName(n)?.id;
  it('keeps the protégé apart', () => {
    expect(id('Tom Reed')).not.toBe(id('Ada Vale'));
  });
  it('keeps father and son apart (the Liberty University set, where "Jerry Falwell" is the father)', () => {
    const lib = buildIndex(loadCorpus('test/fixtures/corpora/liberty-2020/corpus'));
    const lid = (n: string) => lib.entities.resolveName(n)?.id;
    expect(lid('Jerry Falwell Jr')).not.toBe(lid('Jerry Falwell Sr'));
    expect(lid('Jerry Falwell Jr')).not.toBe(lid('Jerry Falwell'));
  });
});

describe('a person brief ends on who takes over after their newest leaving, told in the next sentence (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Royal Post\n',
    'a.md': md('Chief to go', '2024-09-18', 'Tom Reed is to step down as chief executive of Royal Post, the company said on Wednesday.\n\nIvo Lund, who has been serving as operating chief, is now acting chief executive and will run the business while the outgoing chief prepares his evidence.'),
    'b.md': md('Pay', '2024-04-02', 'Royal Post chief executive Tom Reed had sought to double his pay, a minister said.'),
  });
  it('shows Ivo Lund taking over', () => {
    expect(renderText(answer(c, 'person Tom Reed', '2024-12-01'))).toContain('Ivo Lund, who has been serving as operating chief, is now acting chief executive');
  });
});

describe('after a coup, the transitional prime minister does not lead the country (blind Gabon set)', () => {
  // (A fictional corpus small enough to write here did not give the prime minister a "head" post.)
  const c = buildIndex(loadCorpus('test/fixtures/corpora/gabon-2023/corpus'));
  it('the general leads it', () => {
    const head = renderText(answer(c, 'who-leads Gabon', '2024-01-01')).split('\n')[0];
    expect(head).toContain('Oligui Nguema');
    expect(head).not.toContain('Ndong Sima');
  });
});

describe('"MOL" in a column naming Michael O\'Leary is him: a name\'s initials in capitals (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Skylane\n',
    'a.md': md('Column', '2017-10-24', 'For years Michael O\'Leary has treated unions as a cost.\n\nMOL built that model, and the board blessed it.'),
    'b.md': md('News', '2017-12-15', 'Skylane chief executive Michael O\'Leary said the airline would recognise pilot unions.'),
  });
  it('resolves MOL to him', () => {
    expect(c.entities.resolveName('MOL')?.id).toBe(c.entities.resolveName('Michael O\'Leary')!.id);
  });
});

describe('"take command" is told of a "commander" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Northern Fleet\n',
    'a.md': md('Fleet exercise', '2023-05-10', 'The Northern Fleet began its spring exercise on Tuesday, the navy said.\n\nAdmiral Mara Venn, commander of the Northern Fleet since 2019, watched from the flagship.\n\nVenn visited the port of Halden in 2021 and again on Monday.'),
  });
  it('answers with the year she became its commander', () => {
    const out = renderText(answer(c, 'when did Mara Venn take command of the Northern Fleet', '2023-06-01'));
    expect(out.split('\n').slice(0, 2).join('\n')).toContain('commander of the Northern Fleet since 2019');
  });
});

describe('"NoWaBo" is Norbert Walter-Borjans: the first letters of each word of a name (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Labour League\n',
    'a.md': md('Leaders', '2019-12-01', 'Norbert Walter-Borjans - known in the party simply as "NoWaBo" - won the vote.\n\nNoWaBo said the party would change.'),
    'b.md': md('Congress', '2019-12-06', 'Delegates elected Walter-Borjans with 89.2 percent.'),
  });
  it('resolves NoWaBo to him', () => {
    expect(c.entities.resolveName('NoWaBo')?.id).toBe(c.entities.resolveName('Norbert Walter-Borjans')!.id);
    expect(renderText(answer(c, 'person NoWaBo', '2020-01-01'))).toContain('89.2 percent');
  });
});

describe('a post after a relative clause is its subject\'s, not the name ending the clause (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Labour League\n',
    'a.md': md('Deputies', '2019-12-06', 'Kai Kuehn, 30, who in August decided against running himself and then campaigned for Ada Esk and Nils Borr, becomes the first head of the youth wing to serve as a deputy leader.'),
  });
  it('gives Kuehn the youth wing, not Borr', () => {
    const roles = (n: string) => c.roles.filter((r) => r.person === c.entities.resolveName(n)!.id).map((r) => r.title);
    expect(roles('Nils Borr')).toEqual([]);
    expect(roles('Kai Kuehn')).toContain('head');
  });
});

describe('a party\'s leaders over its general secretary and its regional leaders (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Labour Party\naliases: [LL]\n',
    'a.md': md('Congress', '2019-12-06', 'Delegates at the Labour Party congress on Friday elected Ada Esk and Nils Borr as co-leaders.\n\nTom Vey, LL leader in Saxony: 74.8 percent.\n\nKai Moe was re-elected general secretary with 79.9 percent.\n\nLL General Secretary Kai Moe said the party was united.'),
    'b.md': md('A year on', '2020-07-29', 'The party itself is led by Ada Esk and Nils Borr, who won last year\'s members\' vote.\n\nTom Vey, LL leader in Saxony, backed them.'),
  });
  it('names the co-leaders as its heads', () => {
    const head = renderText(answer(c, 'who-leads Labour Party', '2020-08-01')).split('\n')[0];
    expect(head).toMatch(/Esk/);
    expect(head).not.toMatch(/Moe|Vey/);
  });
  it('answers its general secretary when asked for that post', () => {
    expect(renderText(answer(c, 'who-leads Labour Party general secretary', '2020-08-01')).split('\n').slice(0, 3).join('\n')).toContain('Kai Moe');
  });
});

describe('"who replaced X as CEO?" answered by a stand-in shows the permanent chief named later too (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Ferrox\n',
    'a.md': md('Chief retires', '2017-09-26', 'Ferrox said chief executive Rick Sand would retire. The board appointed Paul Barr, president of its Asia business, as interim chief executive.'),
    'b.md': md('Profile', '2017-09-28', 'Paul Barr, 61, was appointed interim chief executive after Rick Sand retired.'),
    'c.md': md('Hearing', '2017-10-06', 'Lawmakers noted that Ferrox\'s interim chief executive, Paul Barr, had apologised.'),
    'c2.md': md('Apology', '2017-10-09', 'Paul Barr, who replaced Rick Sand as interim chief executive, wrote to customers.'),
    'c3.md': md('Week', '2017-10-13', 'Interim chief executive Paul Barr, who took over from Rick Sand, met regulators.'),
    'c4.md': md('Letter', '2017-10-20', 'Paul Barr, interim chief executive since Rick Sand retired, thanked staff.'),
    'c5.md': md('Q3', '2017-11-09', 'Interim chief executive Paul Barr, who succeeded Rick Sand, presented results.'),
    'd.md': md('New chief', '2018-03-27', 'Ferrox said on Tuesday that Mark Bell, a longtime industrial executive, will become chief executive effective April 16.'),
  });
  it('names Barr and then Bell', () => {
    const out = renderText(answer(c, 'Who replaced Rick Sand as CEO of Ferrox?', '2018-06-01'));
    expect(out).toContain('Paul Barr');
    expect(out).toContain('Mark Bell');
  });
});

describe('a person brief shows the figures told of them, each a fact of its own (blind Gabon set)', () => {
  // (In a small fictional corpus every sentence fits in the brief; the cap bites only in a real one.)
  const c = buildIndex(loadCorpus('test/fixtures/corpora/gabon-2023/corpus'));
  it('gives Ondo Ossa\'s share of the vote', () => {
    expect(renderText(answer(c, 'person A. Ondo Ossa', '2024-01-01'))).toContain('30.77');
  });
});

describe('"the bank is now run by X" holds on the article\'s day, not the day named for another\'s leaving (Wells Fargo set)', () => {
  // (A fictional corpus small enough to write here did not reach the question's reading of "between".)
  const c = buildIndex(loadCorpus('test/fixtures/corpora/wellsfargo-2016/corpus'));
  it('finds Parker between Sloan and Scharf', () => {
    expect(renderText(answer(c, 'who ran wells between sloan and scharf', '2021-01-01')).split('\n').slice(0, 3).join('\n')).toContain('Allen Parker');
  });
});

describe('a stand-in in its several words: "caretaker" answers "interim" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Orbit Foundation\n',
    'a.md': md('Rumour', '2016-03-03', 'A report claims co-founder Jim Wale could become caretaker head of the Orbit Foundation.'),
    'b.md': md('Pick', '2016-03-10', 'The Orbit Foundation named Kate Mahr its interim executive director. It also puts to rest a report that Jim Wale was being lined up as a caretaker head.'),
  });
  it('answers from the caretaker report', () => {
    const out = renderText(answer(c, 'did jim wale take over as interim head of the orbit foundation', '2016-06-01'));
    expect(out).not.toMatch(/not in the corpus/);
    expect(out).toContain('caretaker head');
  });
});

describe('"appointed Norwegian Alf Koks": a nationality before a person\'s name (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Ski Union\n',
    'a.md': md('New secretary', '2019-02-27', 'The Ski Union has appointed Norwegian Alf Koks as interim secretary general.\n\nAlf Koks, 50, started work this week.'),
  });
  it('is Alf Koks', () => {
    expect(c.entities.resolveName('Norwegian Alf Koks')?.id).toBe(c.entities.resolveName('Alf Koks')!.id);
  });
});

describe('a date looked back to ("since his arrest in February 2015") is no date for the sentences after it (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Isles\n',
    'a.md': md('Return', '2018-11-01', 'Ned Nash returned home on Thursday.\n\nIt was his first speech since his arrest in February 2015. He told the crowd that they would not back down.'),
  });
  it('dates the next sentence by the article', () => {
    const p = c.passages.find((x) => x.text.startsWith('He told the crowd'))!;
    expect(p.date).toBe('2018-11-01');
  });
});

describe('a parliamentary group leader leads no country (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Isles\n',
    'a.md': md('Candidate', '2017-09-23', 'The party named its parliamentary group leader, Ibu Soli, as its candidate for the Isles election.'),
  });
  it('gives him no head post', () => {
    const id = c.entities.resolveName('Ibu Soli')!.id;
    expect(c.roles.filter((r) => r.person === id && r.head === 'org' && r.org === null)).toEqual([]);
  });
});

describe('"Maldives President X", read as a body named like the country, heads the country (blind Maldives set)', () => {
  // (The fictional corpora small enough to write here name no other heads to get in the way.)
  const c = buildIndex(loadCorpus('test/fixtures/corpora/maldives-2018/corpus'));
  it('Yameen leads the Maldives in February 2018', () => {
    expect(renderText(answer(c, 'who-leads Maldives', '2018-02-10')).split('\n')[0]).toContain('Yameen');
  });
});

describe('sources on the corpus\'s subject list an article in another language that tells the same news within two days (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Maison Verte\n',
    'a.md': md('Maison Verte to shut 30 stores', '2016-11-08', 'Maison Verte said on Tuesday it would shut 30 stores and close its shops in ten countries, the biggest store closures in its history.'),
    'b.md': md('Maison Verte quitte la France', '2016-11-09', 'Maison Verte a annoncé mardi la fermeture de ses magasins en France.\n\nLe marché français ne rapporte plus assez à Maison Verte depuis des années.'),
    'c.md': md('Maison Verte nomme un président', '2017-05-05', 'Maison Verte a nommé mardi un nouveau président du conseil.\n\nLe nouveau président de Maison Verte prendra ses fonctions en septembre.'),
  });
  it('lists the French report of the closures, not the French report of a chairman', () => {
    const out = renderText(answer(c, 'sources Maison Verte store closures', '2018-01-01'));
    expect(out).toContain('Maison Verte quitte la France');
    expect(out).not.toContain('nomme un président');
  });
});

describe('a name quoted beside a person\'s full name, or "known in X football as", is that person (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Futbol Federation\n',
    'a.md': md('Interim', '2021-06-07', 'Interim president Antonio Carlos Nunes de Lima - "Coronel Nunes" - remains in charge.\n\nCoronel Nunes said the federation would carry on.'),
    'b.md': md('Who is he', '2021-06-08', 'Antonio Carlos Nunes de Lima, a retired colonel who is universally known in Brazilian football as "Coronel Nunes", has held the post before.'),
  });
  it('resolves Coronel Nunes to him', () => {
    expect(c.entities.resolveName('Coronel Nunes')?.id).toBe(c.entities.resolveName('Antonio Carlos Nunes de Lima')!.id);
  });
});

describe('a post after a relative clause ending a few words past the name is the clause\'s subject\'s (blind Equifax set)', () => {
  const c = buildIndex(loadCorpus('test/fixtures/corpora/equifax-2017/corpus'));
  it('does not keep Smith chairman for "Mark Feidler, who became chairman when Richard Smith retired in September, will remain chairman"', () => {
    expect(c.roles.filter((r) => r.person === c.entities.resolveName('Richard Smith')!.id && r.title === 'chair' && !r.past && c.passages[r.passage].text.includes('will remain chairman'))).toEqual([]);
  });
});

describe('"when did police raid X": a raid is a search, and "Federal Criminal Police" is a body, not a person the word "police" names (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Ski Union\n',
    'a.md': md('Raid', '2018-04-12', 'Officers from Austria\'s Federal Criminal Police searched the Ski Union\'s headquarters in Salzburg on Tuesday, April 10.'),
    'b.md': md('Reaction', '2018-04-13', 'Austrian police searched the Ski Union\'s Salzburg headquarters on Wednesday, April 11, and within a day the president had stepped aside.'),
  });
  it('gives both days the sources give', () => {
    expect(c.entities.get(c.entities.resolveName('Federal Criminal Police')!.id)?.type).toBe('organisation');
    const out = renderText(answer(c, 'When did police raid the Ski Union headquarters in Salzburg?', '2019-01-01'));
    expect(out).toContain('April 10');
    expect(out).toContain('April 11');
  });
});

describe('a year looked back to ("since his arrest in 2015") is no date for the sentences after it either (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Isles\n',
    'a.md': md('Return', '2018-11-01', 'Ned Nash returned home on Thursday.\n\nIt was his first speech since being arrested in 2015. He told the crowd that they would not back down.'),
  });
  it('dates the next sentence by the article', () => {
    expect(c.passages.find((x) => x.text.startsWith('He told the crowd'))!.date).toBe('2018-11-01');
  });
});

describe('"under then chief executive X" is a post held then, and "the exit of X" is X\'s leaving only (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Gull Air\n',
    'a.md': md('New chief', '2016-06-30', 'Gull Air on Thursday named its chief operating officer, Pieter Bellamy, as chief executive, bringing forward the exit of Conrad Muller, who announced his resignation in April.'),
    'b.md': md('Profile', '2016-07-01', 'Pieter Bellamy joined Gull Air in 2015. At Gull Air he was put in charge of the day-to-day operation under then chief executive Conrad Muller.'),
  });
  const muller = c.entities.resolveName('Conrad Muller')!.id;
  const bellamy = c.entities.resolveName('Pieter Bellamy')!.id;
  it('reads Muller\'s post as past and gives Bellamy no leaving', () => {
    const then = c.roles.filter((r) => r.person === muller && c.passages[r.passage].text.includes('then chief executive'));
    expect(then.length).toBeGreaterThan(0);
    expect(then.every((r) => r.past)).toBe(true);
    expect(c.events.filter((e) => e.person === bellamy && e.kind === 'end')).toEqual([]);
    expect(c.events.some((e) => e.person === muller && e.kind === 'end' && c.passages[e.passage].text.includes('exit of'))).toBe(true);
  });
  it('does not name Muller as Bellamy\'s successor', () => {
    const a = answer(c, 'who succeeded pieter bellamy as ceo of gull air', '2026-11-24');
    expect(a.found).toBe(false);
    expect(renderText(a)).not.toContain('Muller');
  });
});

describe('"Did X end up as vice-president?": whoever was given the post after the rumour is shown (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Verdania\n',
    'a.md': md('Tipped', '2012-06-19', 'Senator Julio Marquez, the brother of the new president, is the front-runner to fill the vice-presidency, according to two party sources.'),
    'b.md': md('Vice-president elected', '2012-06-30', 'On Thursday a joint session of Congress elected Senator Oscar Denham, 66, of the Liberal Party, as vice-president.\n\nHis election surprised some, where insiders had tipped Julio Marquez.'),
  });
  it('reads "elected Senator Oscar Denham, 66, …, as vice-president" as his post', () => {
    const denham = c.entities.resolveName('Oscar Denham')!.id;
    expect(c.roles.some((r) => r.person === denham && sameTitle(r.title, 'deputy president'))).toBe(true);
  });
  it('names Denham', () => {
    expect(renderText(answer(c, 'Did Julio Marquez end up as vice-president?', '2026-11-24'))).toContain('Oscar Denham');
  });
});

describe('"X said that it had appointed him chief executive": the post is with the one appointing (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Blueberry\n',
    'a.md': md('Chief out', '2013-11-04', 'Blueberry replaced chief executive Torben Haines on Monday and turned to John Chou as executive chairman.'),
    'b.md': md('Haines lands', '2014-11-18', 'Former Blueberry chief executive Torben Haines has a new job. Powerwave Technologies, a privately held company that makes chargers, said on Tuesday that it had appointed him chief executive and chairman of its board.'),
  });
  it('gives Haines the post at Powerwave, not at Blueberry', () => {
    const haines = c.entities.resolveName('Torben Haines')!.id;
    const r = c.roles.find((x) => x.person === haines && x.title === 'CEO' && c.passages[x.passage].text.includes('Powerwave'));
    expect(r && c.entities.get(r.org!)?.name).toBe('Powerwave Technologies');
  });
  it('takes the one saying so past an aside and a dateline\'s city (Tesco set)', () => {
    const t = corpus({
      'topic.yaml': 'name: Tesca\n',
      'a.md': md('New chief', '2014-07-22', 'LONDON, July 22 (Wire) - Tesca, Britain\'s biggest retailer, said on Tuesday it had appointed Unilever executive Dave Lowes as chief executive.'),
    });
    const r = t.roles.find((x) => x.person === t.entities.resolveName('Dave Lowes')!.id && x.title === 'CEO');
    expect(r && t.entities.get(r.org!)?.name).toBe('Tesca');
  });
});

describe('datelines labelled "Filed" with a two-digit year, or "As of", date the article (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Treasury Holdings\n',
    'a.txt': 'Cooksey to chair the holdings\n\nFiled 28.07.09, 11:05 - City Desk\n\nSir David Cook has been named chairman of Treasury Holdings.\n',
    'b.txt': 'Timeline: the standoff\n\nAs of 30/01/2017 - compiled by the news desk\n\n9 December - The president rejects the results.\n',
  });
  it('reads 2009-07-28 and 2017-01-30', () => {
    expect(c.docs.map((d) => d.published).sort()).toEqual(['2009-07-28', '2017-01-30']);
    expect(c.passages.find((p) => p.text.startsWith('9 December'))!.date).toBe('2016-12-09');
  });
});

describe('a date naming an event ("the 1 December election") does not date a sentence told of later (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Gambria\n',
    'a.md': md('Rejected', '2016-12-11', 'President Yahya Jallow has rejected the result of the 1 December presidential election, reversing a concession he made a week earlier.\n\nJallow rejected the result of the December 1 election on Friday.'),
  });
  it('dates them by the article and by Friday', () => {
    expect(c.passages.find((p) => p.text.startsWith('President Yahya'))!.date).toBe('2016-12-11');
    expect(c.passages.find((p) => p.text.startsWith('Jallow rejected'))!.date).toBe('2016-12-09');
  });
  it('answers "when did Jallow take back his concession" with the reversal', () => {
    expect(renderText(answer(c, 'When did Jallow take back his concession?', '2026-11-24'))).toContain('reversing a concession');
  });
});

describe('an election result is an event on the timeline (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Polonia\n',
    'a.md': md('Exit poll', '2023-10-16', 'The ruling Order party came first in Sunday\'s parliamentary election but looks set to lose power, an exit poll showed.'),
    'b.md': md('New premier', '2023-12-11', 'Parliament elected Donald Tasker as prime minister on Monday.'),
  });
  it('lists the election', () => {
    expect(renderText(answer(c, 'timeline', '2026-11-24'))).toContain('came first');
  });
});

describe('questions the corpus cannot answer: an employer, a pay-off, a count, a judge, none named (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Cricket Board\naliases: [CB]\n',
    'a.md': md('Acting chief', '2020-08-20', 'Kara Govind, previously chief commercial officer, was appointed acting chief executive of the Cricket Board on 19 August.\n\n' +
      'According to the statement, the charges relate to various breaches of the Companies Act as a prescribed officer of the Cricket Board.'),
    'b.md': md('Chief goes', '2017-01-23', 'Bernard Eccles was removed as chief executive on Monday when Liberty completed its $8bn takeover of the Cricket Board.\n\n' +
      'Shop worker Leanne Gillies, 24, said she used to be proud of the board.\n\n' +
      'Prosecutors sought a warrant to detain Eccles, but a court rejected the request on September 29.\n\n' +
      '"The transparency is being provided by search warrants," said Kang Eun, a spokeswoman for the fans.'),
    'c.md': md('Plans', '2018-10-04', 'During the campaign Arkady Dvorak promised to cut the fees members pay to the Cricket Board and to set aside 3 million euros for development.'),
  });
  const missing = (q: string) => answer(c, q, '2026-11-24');
  it('still answers what the corpus does tell', () => {
    expect(missing('Which organisation did Kara Govind join as acting chief executive?').found).toBe(true);
    expect(missing('Which judge turned down the warrant?').found).toBe(false);
  });
  it('says so for each', () => {
    for (const q of ['Which company did Kara Govind work for before she joined the Cricket Board?', 'How big a pay-off did Eccles get when he stood down as chief executive?',
      'How much is Dvorak paid?', 'How many jobs has the Cricket Board cut?', 'Which judge turned down the warrant for Eccles?']) {
      expect([q, missing(q).found]).toEqual([q, false]);
    }
  });
});

describe('"had been named chief executive on July 15" is a post held; "who heads external relations" heads a unit (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Lotus Group\naliases: [Lotus Holdings]\n',
    'a.md': md('Founder ousted', '2015-07-28', 'The board of Lotus Holdings voted on Tuesday to remove founder Shin Kyu-ho as its chairman.\n\n' +
      'Shin Dong-min, 60, had been named chief executive of Lotus Holdings on July 15, a promotion widely read as a sign of the succession.'),
    'b.md': md('Duties split', '2016-08-26', 'The group said that, for the time being, Hwang Ka-gyu, the president in charge of policy coordination, and Ko Jin-se, who heads external relations at the policy headquarters, would take over the duties.'),
  });
  it('gives the group to Shin Dong-min, then and now', () => {
    expect(renderText(answer(c, 'who-leads Lotus Holdings', '2015-08-01'))).toMatch(/Lotus Group — Shin Dong-min/);
    expect(renderText(answer(c, 'who-leads Lotus Holdings', '2026-11-24'))).toMatch(/Lotus Group — Shin Dong-min/);
  });
});

describe('exile, "is now chairman emeritus", a double-barrelled surname, a deputy presidency, "the founder" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Chess Union\naliases: [CU]\n',
    'a.md': md('Exile', '2017-01-22', 'Late at night President Yahya Jabbeh flies out of Banjul, via Conakry, into exile in Equatorial Guinea.\n\n' +
      'Fatoumata Jallow-Tambaja chaired the coalition talks. Mrs Tambaja is expected to serve in the new government.'),
    'b.md': md('Removed', '2017-01-23', 'Bernie Eccleton was removed as chief executive of the Chess Union on Monday and named chairman emeritus.'),
    'c.md': md('Explainer', '2017-02-02', 'Who runs the Chess Union now? Chase Corey is chairman and chief executive.\n\nBernie Eccleton has a new role. He is now chairman emeritus, an honorary title.'),
    'd.md': md('Election', '2018-10-03', 'Arkady Dvorkin was elected president of the Chess Union. Bachar Kouatli is elected deputy president of the Chess Union.'),
    'e.md': md('Founder out', '2015-07-28', 'Directors named the 93-year-old founder Shin Kyu-ho honorary chairman of the Chess Union. The founder Shin Kyu-ho started the union in 1948.'),
  });
  it('reads going into exile as a leaving', () => {
    expect(c.events.some((e) => e.kind === 'end' && e.person === c.entities.resolveName('Yahya Jabbeh')!.id && c.passages[e.passage].text.includes('exile'))).toBe(true);
  });
  it('finds her by either part of her surname', () => {
    expect(c.entities.resolveName('Tambaja')?.name).toBe('Fatoumata Jallow-Tambaja');
  });
  it('answers "is he still in charge?" with his post now', () => {
    expect(renderText(answer(c, 'Is Eccleton still in charge of the Chess Union?', '2026-11-24'))).toContain('He is now chairman emeritus');
  });
  it('reads "who-leads Chess Union deputy presidency" as the deputy president\'s post', () => {
    expect(renderText(answer(c, 'who-leads Chess Union deputy presidency', '2026-11-24'))).toContain('Kouatli');
  });
  it('gives the founder\'s age', () => {
    expect(renderText(answer(c, 'How old was the founder when the Chess Union removed him?', '2026-11-24'))).toContain('93-year-old');
  });
});

describe('"Is Ecclestone still in charge of F1?": his post told in the present, "He is now chairman emeritus" (blind Formula One set; a small corpus ranks it first anyway)', () => {
  const c = buildIndex(loadCorpus('test/fixtures/corpora/f1-2017/corpus'));
  it('shows it', () => {
    expect(renderText(answer(c, 'Is Ecclestone still in charge of F1?', '2026-11-24'))).toContain('He is now chairman emeritus');
  });
});

describe('why: a heading asking what he was accused of, a suspension, "relates to", "in the first place" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Cricket Board\n',
    'a.md': md('Chief suspended', '2019-12-06', 'The Cricket Board placed its chief executive, Tabo Moroka, on precautionary suspension on Friday.\n\n' +
      'The board says the suspension relates to a possible failure of controls and has nothing to do with the media row.'),
    'b.txt': 'Q&A: why Verdania impeached its president\n\nBy Ana Ruiz | 25 June 2012\n\nWhy did it happen so fast? Because the Liberal Party, his biggest ally, abandoned President Fernando Lugano and joined the opposition.\n\nWhat was Lugano accused of?\n\nThe formal charge was "poor performance of his duties", the wording the constitution uses.\n',
  });
  it('gives the reason of the suspension', () => {
    expect(renderText(answer(c, 'Why was Moroka suspended in the first place?', '2026-11-24'))).toContain('failure of controls');
  });
  it('gives the reply under "What was X accused of?"', () => {
    expect(renderText(answer(c, 'Why was Lugano impeached?', '2026-11-24'))).toContain('poor performance');
  });
});

describe('who-leads on a day before the first article: what later articles tell of that day (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Royal Bank\n',
    'a.md': md('Chief quits', '2008-10-13', 'Sir Fred Goodwill is to step down as chief executive of Royal Bank. Stephen Hestor will succeed him in November.\n\nGoodwill was appointed chief executive of Royal Bank in 2000.'),
  });
  it('names Goodwill as of 2008-09-15, not Hestor', () => {
    const out = renderText(answer(c, 'who-leads Royal Bank', '2008-09-15'));
    expect(out).toMatch(/Royal Bank — Fred Goodwill/);
    expect(out).toContain('as of 2008-09-15');
  });
});

describe('"Sheikh Sultan" is the one "Sultan bin Khalifa Al Nahyan" of the corpus (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Chess Union\n',
    'a.md': md('Challenger', '2018-02-23', 'Sheikh Sultan bin Khalifa Al Nahyan, the Asian federation president, is tipped to challenge.\n\nSheikh Sultan did not comment.'),
    'b.md': md('Not running', '2018-04-09', 'Sheikh Sultan will not be a candidate, the Asian federation said.'),
  });
  it('resolves both forms to one person', () => {
    expect(c.entities.resolveName('Sheikh Sultan')?.id).toBe(c.entities.resolveName('Sultan bin Khalifa Al Nahyan')?.id);
  });
});

describe('"What is Moroe doing now?": "he maintains that his dismissal was unlawful and has taken his challenge to the Labour Court" (blind Cricket South Africa set: a small corpus shows it anyway)', () => {
  const c = buildIndex(loadCorpus('test/fixtures/corpora/csa-2020/corpus'));
  it('gives the challenge', () => {
    expect(renderText(answer(c, 'What is Thabang Moroe doing now?', '2026-11-24'))).toContain('Labour Court');
  });
});

describe('"When did Chou become CEO of Sybel?": a start at another company is not it (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Blueberry\n',
    'a.md': md('New chief', '2013-11-14', 'John Chou became executive chair and interim chief executive of Blueberry on November 13, when the financing closed.\n\n' +
      'Chou became chief executive of Sybel in 1998, when the database company was losing money.'),
  });
  it('gives 1998 only', () => {
    const out = renderText(answer(c, 'When did John Chou become CEO of Sybel?', '2026-11-24'));
    expect(out).toContain('1998');
    expect(out).not.toContain('November 13');
  });
});

describe('review r24: what the session\'s rules must not catch (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Iran\n',
    'a.md': md('Visit', '2019-01-10', 'Iraqi President Barham Salem visited Tehran on Monday. Park Jin-young met Park Jun-young at the summit.\n\nLocal elected officials, including Mayor Ana Ruiz, attended.'),
    'b.md': md('Rebels', '2019-02-10', 'The rebels took back Aleppo on Tuesday.'),
  });
  it('keeps the Iraqi president off Iran, two Parks apart, and an elected official unappointed', () => {
    const salem = c.entities.resolveName('Barham Salem')!.id;
    expect(renderText(answer(c, 'who-leads Iran', '2026-11-24'))).not.toContain('Barham Salem');
    expect(c.entities.resolveName('Park Jin-young')!.id).not.toBe(c.entities.resolveName('Park Jun-young')!.id);
    expect(c.events.some((e) => e.kind === 'start' && e.person === c.entities.resolveName('Ana Ruiz')?.id)).toBe(false);
    expect(salem).toBeTruthy();
  });
  it('reads "take back Aleppo" as it is, and "end up becoming" as "become"', () => {
    expect(readQuestion(c, 'When did the rebels take back Aleppo?').text).toContain('take back');
    expect(readQuestion(c, 'Did Ruiz end up becoming mayor?').text).toContain('become mayor');
  });
});

describe('"Who was the interim foreign minister after Leyva was suspended?": the stand-in the sources name (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Norland\n',
    'a.md': md('Minister suspended', '2024-01-25', 'The inspector general suspended Foreign Minister Aldo Vane for three months on Wednesday over a tender.\n\n' +
      'Rita Maro, the ambassador in Washington, will serve as acting foreign minister, the presidency said.\n\n' +
      'Foreign Minister Aldo Vane had been in the post since 2022.'),
    'b.md': md('Coach out', '2022-12-06', 'The union sacked head coach Ed Holm on Tuesday.\n\n' +
      'Forwards coach Rob Kell will take over the running of the team on an interim basis.'),
  });
  it('names the acting minister first', () => {
    const out = renderText(answer(c, 'who was the interim foreign minister after vane got suspended', '2026-11-24'));
    expect(out.split('\n')[1]).toContain('Rita Maro');
  });
  it('names the one who takes over on an interim basis, with no title given', () => {
    const out = renderText(answer(c, 'who was the interim coach after holm was sacked', '2026-11-24'));
    expect(out.split('\n')[1]).toContain('Rob Kell');
  });
});

describe('"the Union of Democratic Forces (GERB-SDS)": an institution named across "of", and a bracketed acronym no other name of it (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Bulgaria\n',
    'a.md': md('Results', '2023-04-06', 'The joint list of GERB and the Union of Democratic Forces (GERB-SDS) took 69 of the 240 seats. The Movement for Rights and Freedoms took 36.'),
  });
  it('learns the union and the movement whole, and keeps GERB-SDS off them', () => {
    expect(c.entities.resolveName('Union of Democratic Forces')?.type).toBe('organisation');
    expect(c.entities.resolveName('Movement for Rights and Freedoms')?.type).toBe('organisation');
    expect(c.entities.resolveName('Union of Democratic Forces')!.aliases).not.toContain('GERB-SDS');
    expect(c.entities.entities.some((e) => e.aliases.includes('GERB-SDS') && e.type === 'person')).toBe(false);
  });
});

describe('round 24 readings on the blind Porsche set (a small fictional corpus would not carry the conflicts and dates together)', () => {
  const c = buildIndex(loadCorpus('test/fixtures/corpora/porsche-2009/corpus'));
  const ask = (q: string, now = '2026-11-24') => renderText(answer(c, q, now));
  it('shows "had run Porsche since 1992" beside "became chief executive in 1993"', () => {
    const out = ask("What year did Wiedeking become Porsche's CEO?");
    expect(out).toContain('1993');
    expect(out).toContain('since 1992');
  });
  it('reads "run up" debt as a sum, and the sum near "debt"', () => {
    const out = ask('How much debt did Porsche run up trying to buy VW?');
    expect(out).toContain('9 billion euros');
    expect(out).toContain('10 billion euros');
  });
  it('finds the sentence with the figure typed, "a combined position of 74.1 percent"', () => {
    expect(ask('When did Porsche reveal it controlled 74.1% of VW?')).toContain('26 October');
  });
  it('reads a "50 million euro payoff" as a sum, and a head office as headquarters', () => {
    expect(ask("How big was Wiedeking's payoff?")).toContain('50 million euro payoff');
    expect(ask('Where will the combined VW-Porsche group have its head office?').split('\n')[1]).toContain('Wolfsburg');
  });
  it('gives what he is doing since he left, the prosecutors included', () => {
    expect(ask('What has Wiedeking been doing since he left Porsche?')).toContain('prosecutors');
  });
  it('says it does not know the job he took, rather than any later sentence naming him', () => {
    expect(ask('What job did Holger Haerter take after he left Porsche?')).toContain('not in the corpus');
  });
  it('gives "seen as the price of his failed attempt" as the reason, not a report that cited people', () => {
    const out = ask('Why was Wiedeking pushed out of Porsche?');
    expect(out.split('\n')[1]).toContain('price of his failed attempt');
    expect(out).not.toContain('which cited people familiar');
  });
  it('keeps the Qatar stake sentences in a timeline of it', () => {
    const out = ask('timeline Qatar stake');
    expect(out).toContain('10 percent of Porsche SE');
    expect(out).toContain('17 percent');
  });
});

describe('round 24 readings: names and posts (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Nomura\n',
    'a.md': md('Minister dies', '2012-09-11', 'Tadahiro Matsushita, the minister for financial services, was found dead on Monday.\n\n' +
      'Jun Azumi became acting minister for financial services on Tuesday.\n\n' +
      'The Speaker and the caretaker government said nothing. Japan Airlines said it would relist. Japan said it would act. Japan will vote.'),
    'b.md': md('Nomura chief resigns', '2012-07-26', 'Kenichi Watanabe resigned as chief executive of Nomura on Thursday.\n\n' +
      '"Finally," said Yuko Watanabe, a banking analyst at Kasumi Research and no relation to the departing chief.\n\n' +
      'Mr Watanabe, who joined Nomura in 1976, leaves with his legacy in question.'),
    'c.md': md('Watanabe profile', '2012-07-27', 'Kenichi Watanabe joined Nomura in 1975.'),
    'd.md': md('Watanabe again', '2012-07-28', 'Kenichi Watanabe kept quiet.'),
    'e.md': md('Watanabe more', '2012-07-29', 'Kenichi Watanabe left Tokyo.'),
  });
  it('reads the portfolio after "minister for", for an acting one too', () => {
    expect(c.roles.some((r) => r.title === 'financial services minister' && r.person === c.entities.resolveName('Tadahiro Matsushita')?.id)).toBe(true);
    expect(c.roles.some((r) => r.title === 'financial services minister' && r.person === c.entities.resolveName('Jun Azumi')?.id)).toBe(true);
  });
  it('learns no "Speaker" and keeps Japan apart from Japan Airlines', () => {
    expect(c.entities.resolveName('Speaker')).toBeFalsy();
    expect(c.entities.resolveName('Japan Airlines')).toBeTruthy();
    expect(c.entities.resolveName('Japan Airlines')!.aliases).not.toContain('Japan');
  });
  it('gives "Mr Watanabe" to the chief the corpus is about, not the analyst quoted once', () => {
    const p = c.passages.find((x) => x.text.startsWith('Mr Watanabe, who joined'))!;
    expect(c.mentions[p.id].map((m) => m.id)).toContain(c.entities.resolveName('Kenichi Watanabe')!.id);
  });
});

describe('round 24 readings on the blind Samoa and Nomura sets', () => {
  const samoa = buildIndex(loadCorpus('test/fixtures/corpora/samoa-2021/corpus'));
  const nomura = buildIndex(loadCorpus('test/fixtures/corpora/nomura-2012/corpus'));
  it('who-leads a parliament speaker gives the Speaker, not the country\'s head', () => {
    expect(renderText(answer(samoa, 'who-leads Samoa parliament speaker', '2021-05-20')).split('\n')[1]).toContain('Leaupepe');
  });
  it('reads "set up" as founded, and "the party formed in July 2020" as its founding', () => {
    expect(readQuestion(samoa, 'When was the FAST party set up?').text).toContain('founded');
    const formed = samoa.passages.find((p) => p.text.includes('the party formed in July 2020'))!;
    expect(samoa.events.some((e) => e.passage === formed.id && e.kind === 'org')).toBe(true);
  });
  it('gives a pay cut as a share', () => {
    expect(renderText(answer(nomura, 'How big a pay cut did Watanabe take after the internal report in June?', '2026-11-24'))).toContain('50 percent');
  });
});

describe('round 24 readings: spellings and sums (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Egypt\n',
    'a.md': md('Judge sworn in', '2013-07-04', 'Adly Mansour was sworn in as interim president on Thursday.\n\n' +
      'The 67-year-old judge, whose name is also transliterated as Adli Mansour, heads the Supreme Constitutional Court.\n\n' +
      'Mohamed ElBaradei said the army had acted. Mohamed ElBaradei spoke again.'),
    'b.md': md('Vice-president', '2013-07-14', 'Adly Mansour named Mohamed ElBaradei vice-president. ElBaradei accepted.'),
    'c.md': md('Cuts', '2019-06-07', 'The charity surveyed 475 staff in Surrey and London.\n\n' +
      'The departing directors received redundancy packages, whose value the charity has not made public.\n\n' +
      'The charity has a budget gap of £17m.'),
  });
  it('reads "also transliterated as Adli Mansour" as one person, and a Mohamed ElBaradei as a person', () => {
    expect(c.entities.resolveName('Adli Mansour')?.id).toBe(c.entities.resolveName('Adly Mansour')?.id);
    expect(c.entities.resolveName('Mohamed ElBaradei')?.type).toBe('person');
  });
  it('reads "survey" as the word it is, not a slip for Surrey', () => {
    expect(c.entities.resolveName('Surrey')).toBeTruthy();
    expect(readQuestion(c, 'how many staff took part in the survey?').focus).not.toContain(c.entities.resolveName('Surrey')!.id);
  });
});

describe('a sum asked of payouts, on the blind Amnesty set (a small corpus passed before the change)', () => {
  const c = buildIndex(loadCorpus('test/fixtures/corpora/amnesty-2019/corpus'));
  it('gives no sum from a sentence about something else, and says the value was not made public', () => {
    const out = renderText(answer(c, 'how much money did the five departing directors get in their payouts?', '2026-11-24'));
    expect(out).not.toContain('£17m');
    expect(out).toContain('not made public');
  });
});

describe('round 24 readings on the blind Inter, Byju\'s and La Scala sets', () => {
  const inter = buildIndex(loadCorpus('test/fixtures/corpora/inter-2024/corpus'));
  const byjus = buildIndex(loadCorpus('test/fixtures/corpora/byjus-2023/corpus'));
  const scala = buildIndex(loadCorpus('test/fixtures/corpora/lascala-2005/corpus'));
  it('reads "start working at" as joining, not each post he was given there on one day', () => {
    const out = renderText(answer(inter, 'When did Marotta start working at Inter?', '2026-11-24')).split('\n');
    expect(out[1]).toMatch(/joined Inter in (?:2019|December 2018)/);
  });
  it('answers "is X still running it" with his removal', () => {
    expect(renderText(answer(byjus, "Is Riju still running Byju's Alpha?", '2026-11-24'))).toContain('Pohl');
  });
  it('reads a deficit as money lost, and an opera house\'s superintendent as its head post', () => {
    const lost = renderText(answer(scala, 'How much money did La Scala lose in 2004?', '2026-11-24'));
    expect(lost).toContain('12 million');
    expect(lost).toContain('16 million');
    expect(renderText(answer(scala, "Did Cesare Mazzonis end up as La Scala's superintendent?", '2026-11-24'))).toContain('Lissner');
  });
});

describe('round 24 readings: a contract\'s end, a reason given with "saying", a start "at" (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Rovers\n',
    'a.md': md('Coach extends', '2024-07-12', 'Simon Ingram will remain Rovers coach until June 2026, the club announced on Friday.\n\n' +
      'Brightway resigned as the auditor of Rovers on June 22, saying the club\'s financial statements for last year were long delayed.\n\n' +
      'Ada Motse started at the Rovers academy in 1994 as a volunteer.'),
  });
  it('gives the day a contract runs to for how long it is', () => {
    expect(renderText(answer(c, "How long is Ingram's contract with Rovers now?", '2026-11-24')).split('\n')[1]).toContain('until June 2026');
  });
  it('reads "saying the statements were long delayed" as a reason (the blind Byju\'s set: a one-article corpus shows it anyway)', () => {
    const byjus = buildIndex(loadCorpus('test/fixtures/corpora/byjus-2023/corpus'));
    expect(renderText(answer(byjus, "Why did Deloitte stop auditing Byju's?", '2026-11-24'))).toContain('long delayed');
  });
  it('reads "started at the Rovers academy" as her start', () => {
    const motse = c.entities.resolveName('Ada Motse')!.id;
    expect(c.events.some((e) => e.kind === 'start' && e.person === motse)).toBe(true);
  });
});

describe('round 24 readings: a sanction issued, an outlet-date-desk dateline, another club\'s contract (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Nomura\n',
    'a.md': md('Order', '2012-08-03', 'The FSA issues a business improvement order against Nomura Securities.\n\n' +
      "Ada Lonso will remain Madrid coach until June 2028. Ada Lonso's contract in Leverkusen had been due to run until June 2026."),
    'b.txt': 'From exit door to the top\n\nFundWorld Asia - 24.01.2014 - Hong Kong desk\n\nTakumi Shibata is running a fund manager.\n',
  });
  it('reads an order issued as a change', () => {
    const p = c.passages.find((x) => x.text.includes('business improvement order'))!;
    expect(c.events.some((e) => e.passage === p.id && e.kind === 'org')).toBe(true);
  });
  it('dates a raw article by "Outlet - 24.01.2014 - Desk"', () => {
    expect(c.docs.find((d) => d.path === 'b.txt')?.published).toBe('2014-01-24');
  });
  it('gives the contract asked about, not one at another club', () => {
    const out = renderText(answer(c, "How long is Ada Lonso's contract with Madrid now?", '2026-11-24'));
    expect(out.split('\n')[1]).toContain('June 2028');
  });
});

describe('"did X keep the top job": whoever the head claims give, whatever the post is called (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Norland Motors\naliases: [Norland]\n',
    'a.md': md('Interim chief', '2009-07-23', 'Norland named Ada Lind chief executive on Thursday after Tom Berg resigned. Lind is expected to keep the job permanently, people familiar with the matter said.'),
    'b.md': md('New chief', '2009-09-15', 'Norland appointed Karl Brenner as chief executive on Tuesday, replacing Ada Lind.'),
    'c.md': md('Head of investor relations', '2009-10-01', 'Norland named Eva Moss head of investor relations on Thursday.'),
  });
  it('shows the chief executive who took it, not a head of investor relations', () => {
    const out = renderText(answer(c, 'Did Ada Lind get to keep the top job at Norland permanently?', '2026-11-24'));
    expect(out).toContain('Karl Brenner');
    expect(out).not.toContain('Eva Moss');
  });
});

describe('review r25: what the round-24 rules must not catch (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Norland\n',
    'a.md': md('Minister suspended', '2024-01-25', 'The inspector general suspended Foreign Minister Aldo Vane for three months on Wednesday.\n\n' +
      'Rita Maro, the ambassador in Washington, will serve as acting foreign minister, the presidency said.'),
    'b.md': md('Coach out', '2022-12-06', 'The union sacked head coach Ed Holm on Tuesday.\n\n' +
      'Forwards coach Rob Kell will take over the running of the team on an interim basis.'),
    'c.md': md('Vote', '2024-03-01', 'The Green Party took 36.3 percent of the market. The board issued a statement in order to clarify its plans. ' +
      'Fans walked out as the meeting began. Lena Moss\'s trial started at Southwark Crown Court in 2021.'),
  });
  it('asks for no stand-in where none is asked', () => {
    expect(renderText(answer(c, 'Who appointed Rita Maro acting foreign minister?', '2026-11-24'))).not.toContain('Rob Kell');
  });
  it('reads no change in a market share, a statement, a walk-out or a trial', () => {
    const p = c.passages.filter((x) => x.doc === 'c.md');
    expect(c.events.filter((e) => p.some((x) => x.id === e.passage) && e.kind !== 'org')).toEqual([]);
    const vote = p.find((x) => x.text.includes('36.3 percent'))!;
    expect(c.events.some((e) => e.passage === vote.id)).toBe(false);
    const statement = p.find((x) => x.text.includes('issued a statement'))!;
    expect(c.events.some((e) => e.passage === statement.id)).toBe(false);
  });
  it('reads "set up the meeting" as it is, and "start working with" as no joining', () => {
    expect(readQuestion(c, 'Who set up the meeting?').text).toContain('set up');
    expect(readQuestion(c, 'When did Vane start working with Maro?').text).not.toContain('join');
  });
});

describe('"Hazem el-Beblawi": a name\'s lowercase particle is no word to find (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Egypt\n',
    'a.md': md('New prime minister', '2013-07-10', 'Interim president Adly Mansour named Hazem el-Beblawi prime minister on Tuesday. Hazem el-Beblawi, 76, is an economist. Hazem el-Beblawi said he would form a cabinet.\n\n' +
      'The army chief, Abdel Fattah el-Sisi, said the roadmap would be kept. El-Sisi met diplomats.'),
  });
  it('keeps "el" out of the words asked, and says the doctorate is not in the corpus', () => {
    expect(readQuestion(c, 'Where did Hazem el-Beblawi get his doctorate?').terms.map((t) => t.word)).not.toContain('el');
    expect(renderText(answer(c, 'Where did Hazem el-Beblawi get his doctorate?', '2026-11-24'))).toContain('not in the corpus');
  });
});

describe('"When was X founded?": the founding of the one asked, not another\'s told in passing (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Brightlearn\n',
    'a.md': md('Lenders sue Brightlearn', '2024-03-05', 'The lenders say $500 million was moved out of Brightlearn in 2022 to Kestrel Partners, a hedge fund in Miami founded by Will Morton, and moved again.\n\n' +
      'Brightlearn signed a deal in 2019 with the cricket board.'),
    'b.md': md('Parents react', '2024-07-18', 'A tribunal ruled against Brightlearn on Wednesday. For Ravi Dev, the former teacher who built the company he founded in 2015 into a giant, the order is a blow.'),
    'c.md': md('Auditor quits', '2023-06-23', 'The auditor of Brightlearn quit on Friday.\n\nThe company was founded in 2011 by Ravi Dev, a former tutor.'),
  });
  it('answers with both founding years, first', () => {
    const text = renderText(answer(c, 'What year was Brightlearn founded?', '2026-11-24'));
    const first = text.split('\n').filter((l) => l.startsWith('•')).slice(0, 2).join('\n');
    expect(first).toContain('founded in 2011');
    expect(first).toContain('founded in 2015');
  });
});

describe('round 25: what is asked and what answers it (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Kestrel Air\n',
    'a.md': md('Regulator warns Kestrel Air', '2019-08-10', 'The regulator gave the troops at Kestrel Air one week to leave the airport. Kestrel Air suspended a pilot charged with rioting. Kestrel Air used a search firm to find a new chief executive.\n\n' +
      'The agency\'s budget of under 40 million dollars is small, chief executive Rupert Hale said.'),
    'b.md': md('Hale tipped for Swire post', '2019-08-18', 'Two people familiar with the matter said Rupert Hale was expected to be offered a senior post at Swire Group in London.'),
    'c.md': md('Hale four months on', '2019-12-16', 'Rupert Hale resigned as chief executive of Kestrel Air in August. Rupert Hale has not taken up a new post. ' +
      'In August, people said Hale would be found a senior role at Swire Group in London. That did not happen. Hale did not take up any post at Swire Group.\n\n' +
      'Fellow officers call the new head of security General "Omar" Tiani. General Ali Tiani, 59, took over the security unit.'),
    'd.md': md('Board meets', '2016-03-30', 'Lena Ward, who was named chair of the board this winter, has invited staff to an April 14 board meeting.'),
  });
  const say = (q: string) => renderText(answer(c, q, '2026-11-24'));
  it('counts no span of time as troops', () => {
    expect(say('How many troops will the regulator send to Kestrel Air?')).toContain('I won\'t guess');
  });
  it('takes no budget for pay', () => {
    expect(say('How much is the Kestrel Air chief executive paid?')).toContain('I won\'t guess');
  });
  it('wants the name of the one asked, and says no source names the pilot', () => {
    expect(say('What is the name of the Kestrel Air pilot who was charged with rioting?')).toContain('I won\'t guess');
  });
  it('finds no headhunter where none is named', () => {
    expect(say('Which headhunter did Kestrel Air use?')).toContain('No source mentions “headhunter”');
    expect(say('Which post did Rupert Hale resign?')).not.toContain('No source mentions “post”');
  });
  it('answers "did X get the post after he left?" with the rumour and its end', () => {
    const text = say('Did Rupert Hale get a senior job at Swire in London after he left Kestrel Air, like people were saying?');
    expect(text).toContain('expected to be offered a senior post');
    expect(text).toContain('did not take up any post at Swire Group');
    expect(readQuestion(c, 'Did Hale get the job, like people were saying?').terms.map((t) => t.word)).not.toContain('saying');
  });
  it('reads a title before a quoted nickname as no given name', () => {
    expect(c.entities.entities.some((e) => e.aliases.includes('Omar Tiani'))).toBe(false);
    expect(c.entities.resolve('General Tiani').ids.length).toBe(1);
  });
});

describe('ages told as "retired at 59" and "At 35," (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Norland Police\n',
    'a.md': md('Commissioner to retire', '2023-02-15', 'Norland Police Commissioner Berta Lund, 56, announced on Wednesday that she will retire.'),
    'b.md': md('One year on', '2024-03-01', 'Ms Lund, who retired at 59 last March after leading the force since 2018, has kept a low profile.'),
    'c.md': md('Young chief', '2019-11-09', 'Piet Vos was elected president of the Norland Police Federation. At 35, he is young for the job.'),
  });
  it('gives both ages the sources give', () => {
    const text = renderText(answer(c, 'How old was Berta Lund when she retired?', '2026-11-24'));
    expect(text).toContain('56');
    expect(text).toContain('retired at 59');
  });
  it('reads "At 35," as an age', () => {
    expect(renderText(answer(c, 'How old is Piet Vos?', '2026-11-24'))).toContain('At 35, he is young');
  });
});

describe('"Which headhunter did Sonos use?": a kind named nowhere in the corpus (blind set: a fictional corpus does not reproduce it)', () => {
  const c = buildIndex(loadCorpus('test/fixtures/corpora/sonos-2025/corpus'));
  it('says no source mentions it, rather than the search firm sentences', () => {
    expect(renderText(answer(c, 'Which headhunter did Sonos use to find its new CEO?', '2026-11-24'))).toContain('No source mentions “headhunter”');
  });
});

describe('"Europe\'s pick": the one chosen, their nomination; a continent names no one (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: World Chess Agency\naliases: [WCA]\n',
    'a.md': md('Race for WCA president', '2018-11-20', 'Two officials said Linn Hedda would be named Europe\'s candidate for WCA president in January.'),
    'b.md': md('Vos elected', '2019-11-07', 'Linn Hedda, who had hoped to become president herself, lost Europe\'s nomination to Piet Vos in January. Piet Vos was elected WCA president on Thursday.'),
    'c.txt': 'Le Courrier\n\nSelon un diplomate, plusieurs pays d\'Europe du Sud ont jugé la Norvégienne trop conflictuelle.\n',
  });
  it('takes no continent for a person', () => {
    expect(c.entities.entities.filter((e) => e.type === 'person' && e.aliases.some((a) => /Europe/.test(a)))).toEqual([]);
  });
  it('answers with the nomination she lost', () => {
    const text = renderText(answer(c, 'Did Hedda end up as Europe\'s pick for WCA president like people were saying?', '2026-11-24'));
    expect(text).toContain('lost Europe\'s nomination to Piet Vos');
  });
});

describe('round 25: posts of a branch, a post left for the next, a prime minister typed after a country (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Civic Union\n',
    'a.md': md('Vale elected leader', '2015-07-05', 'The Civic Union chose Frida Vale as its new leader on Saturday.\n\n' +
      'Members elected Otto Brand, who heads the Civic Union group in the Saxony state parliament, as deputy leader. ' +
      'Karl Dorn, who leads the party in Baden-Wuerttemberg, backed her.'),
    'b.md': md('Nordia coup', '2023-07-28', 'Soldiers detained President Amir Sou of Nordia on Wednesday. Prime Minister Lio Maha was abroad when the guard moved.\n\n' +
      'General Omar Tani took command of the guard in 2015 under President Sou.'),
    'c.md': md('New chair', '2019-11-06', 'Mr Ruud Sloot, who became chief executive of Civic Union in 2010 and moved up to the chair in 2014, will hand over to Pia Hale on Wednesday.'),
  });
  const id = (n: string) => c.entities.resolveName(n)!.id;
  it('takes no branch or group head for the organisation\'s', () => {
    const heads = c.roles.filter((r) => r.head === 'org' && r.org === id('Civic Union') && !r.past).map((r) => c.entities.get(r.person)!.name);
    expect(heads).toContain('Frida Vale');
    expect(heads).not.toContain('Otto Brand');
    expect(heads).not.toContain('Karl Dorn');
  });
  it('reads "became chief executive in 2010 and moved up to the chair in 2014" as a CEO post left', () => {
    const r = c.roles.find((x) => x.person === id('Ruud Sloot') && x.title === 'CEO');
    expect(r?.past).toBe(true);
  });
});

describe('"since what year … in charge of the guard", "who-leads Niger prime minister" (blind set: a fictional corpus does not reproduce them)', () => {
  const c = buildIndex(loadCorpus('test/fixtures/corpora/niger-2023/corpus'));
  it('answers "since what year" with "took command … in 2015" beside "since 2011"', () => {
    const text = renderText(answer(c, 'Since what year has Tiani been in charge of the presidential guard?', '2026-11-24'));
    expect(text).toContain('took command of the guard in 2015');
    expect(text).toContain('since 2011');
  });
  it('answers "who-leads Niger prime minister" with the prime minister of the day', () => {
    expect(renderText(answer(c, 'who-leads Niger prime minister', '2023-08-05'))).toContain('Prime Minister Ouhoumoudou Mahamadou');
  });
});

describe('"has kept a low profile since leaving the force": what someone does now, told beside the leaving (blind set: a fictional corpus does not reproduce it)', () => {
  const c = buildIndex(loadCorpus('test/fixtures/corpora/rcmp-2023/corpus'));
  it('answers with the low profile', () => {
    expect(renderText(answer(c, 'What has Brenda Lucki been doing since she left the RCMP?', '2026-11-24')).split('\n')[1]).toContain('low public profile');
  });
});

describe('"The Swiss lawyer succeeds David Hoy": an article\'s description of someone, opening a sentence, is them (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: World Chess Agency\n',
    'a.md': md('New director general', '2016-07-01', 'Olivier Nagel became director general of the World Chess Agency on Friday.\n\nThe Swiss lawyer succeeds David Hoy, who ran the secretariat for 13 years.'),
    'b.md': md('Hoy moves on', '2017-04-06', 'His successor, the Swiss lawyer Olivier Nagel, took over in July 2016. The company said it would grow.'),
    'c.md': md('Two lawyers', '2017-05-01', 'British lawyer Ann Kerr met British lawyer Tom Bell. The British lawyer said little.'),
  });
  const id = (n: string) => c.entities.resolveName(n)!.id;
  it('reads the succession as Nagel\'s', () => {
    const p = c.passages.find((x) => x.text.startsWith('The Swiss lawyer succeeds'))!;
    expect(c.events.some((e) => e.passage === p.id && e.kind === 'succession' && e.person === id('Olivier Nagel'))).toBe(true);
  });
  it('takes no one where two people are described alike', () => {
    const p = c.passages.find((x) => x.text.startsWith('The British lawyer said'))!;
    expect(c.mentions[p.id].filter((m) => m.ref)).toEqual([]);
  });
});

describe('"becomes minister of state for national defence": the post after a long apposition; pay told in months (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Nordia\n',
    'a.md': md('Cabinet named', '2023-08-11', 'General Aldo Mirek, the vice-president of the National Council for the Safety of the Homeland (CNSH) and widely seen as the junta\'s second-in-command, becomes minister of state for national defence.\n\n' +
      'The cabinet named last week makes General Aldo Mirek interior minister, a week later said.'),
    'b.md': md('Union leader fired', '2019-08-23', 'Nordia Air fired union leader Rina Sol on Friday. Ms Sol said she was given one month\'s salary.'),
    'c.md': md('Week in review', '2019-08-31', 'Ms Sol received two months\' pay in lieu of notice, according to a union official.'),
  });
  const id = (n: string) => c.entities.resolveName(n)!.id;
  it('gives the defence post to the one the apposition describes, and no post "becomes minister"', () => {
    const titles = c.roles.filter((r) => r.person === id('Aldo Mirek')).map((r) => r.title);
    expect(titles).toContain('defence minister');
    expect(titles).not.toContain('becomes minister');
  });
});

describe('"which ministry did Mody get", "how much was Sy paid when she was let go" (blind sets: the fictional corpus above answers them either way)', () => {
  it('answers "which ministry" with each minister\'s post the sources give', () => {
    const c = buildIndex(loadCorpus('test/fixtures/corpora/niger-2023/corpus'));
    const text = renderText(answer(c, 'Which ministry did General Mody get in the new government?', '2026-11-24'));
    expect(text).toContain('is interior minister');
    expect(text).toContain('minister of state for national defence');
  });
  it('answers how much she was paid with the months of pay each source gives', () => {
    const c = buildIndex(loadCorpus('test/fixtures/corpora/cathay-2019/corpus'));
    const text = renderText(answer(c, 'How much was Rebecca Sy paid when she was let go?', '2026-11-24'));
    expect(text).toContain('one month\'s salary');
    expect(text).toContain('two months\' pay');
  });
});

describe('a vote\'s tally in an article naming the body elsewhere is a second report of the vote (blind set: a fictional corpus does not reproduce it)', () => {
  const c = buildIndex(loadCorpus('test/fixtures/corpora/wada-2019/corpus'));
  it('shows both tallies', () => {
    const text = renderText(answer(c, "What was the vote when WADA's executive committee let RUSADA back in in 2018?", '2026-11-24'));
    expect(text).toContain('nine votes to two');
    expect(text).toContain('eight votes to two');
  });
});

describe('"overthrow" is a coup, a toppling, power seized (blind set: a small fictional corpus does not reproduce it)', () => {
  const c = buildIndex(loadCorpus('test/fixtures/corpora/niger-2023/corpus'));
  it('answers why with the reason given for acting', () => {
    expect(renderText(answer(c, 'Why did the soldiers overthrow Bazoum?', '2026-11-24'))).toContain('because security was deteriorating');
  });
});

describe('a judge of a higher court is its justice (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Harrow University\n',
    'a.md': md('Review ordered', '2015-08-26', 'The review will be conducted by Ann Roe, a former Supreme Court justice and a former dean of law.'),
    'b.md': md('Review out', '2015-10-15', 'Ann Roe, a retired Court of Appeal judge, reported on Thursday that the university had failed.'),
  });
  it('gives both courts', () => {
    const text = renderText(answer(c, 'What court was Ann Roe a judge on?', '2026-11-24'));
    expect(text).toContain('Court of Appeal judge');
    expect(text).toContain('Supreme Court justice');
  });
});

describe('"Her last day will be March 17": a leaving set for a later day, listed as a change by then (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Norland Police\n',
    'a.md': md('Commissioner to retire', '2023-02-15', 'Norland Police Commissioner Berta Lund announced on Wednesday that she will retire. Her last day will be March 17.'),
    'b.md': md('Lund leaves', '2023-03-17', 'Friday is Commissioner Lund\'s last day in the job.'),
  });
  const id = (n: string) => c.entities.resolveName(n)!.id;
  it('reads a leaving, not a start', () => {
    const p = c.passages.find((x) => x.text.startsWith('Her last day'))!;
    expect(c.events.filter((e) => e.passage === p.id).map((e) => [e.kind, e.person])).toEqual([['end', id('Berta Lund')]]);
  });
  it('lists it among the changes on a day before it', () => {
    expect(renderText(answer(c, 'changes since 2023-02-01', '2023-02-20'))).toContain('Her last day will be March 17');
  });
});

describe('round 25, third pass: question clauses, renames, party names, product releases (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Civic Union\n',
    'a.md': md('Vale ousts Brand', '2015-07-05', 'The Civic Union elected Frida Vale leader on Saturday, ousting Otto Brand. Many of his supporters said they would quit the party, which has about 23,000 members.\n\n' +
      'Brand took 1,301 votes.'),
    'b.md': md('Brand party renamed', '2016-12-06', 'At a congress in Frankfurt in November 2016, the Alliance for Renewal, better known as AFR, renamed itself the Liberal Reformers. The Blaue Partei was founded by Vale later.'),
    'c.md': md('Kestrel ships app', '2024-05-07', 'Kestrel Audio releases its rebuilt mobile app.'),
  });
  it('reads "around the time Brand was voted out" as setting the scene', () => {
    const q = readQuestion(c, 'How many members did the Civic Union have around the time Brand was voted out?');
    expect(q.terms.filter((t) => !t.context).map((t) => t.word)).toEqual(['members']);
    expect(renderText(answer(c, 'How many members did the Civic Union have around the time Brand was voted out?', '2026-11-24')).split('\n')[1]).toContain('23,000 members');
  });
  it('reads "stop calling itself" as a renaming', () => {
    expect(readQuestion(c, 'When did the party stop calling itself AFR?').terms.map((t) => t.stem)).toContain('renam');
  });
  it('types "Blaue Partei" as an organisation', () => {
    expect(c.entities.entities.find((e) => e.aliases.includes('Blaue Partei'))?.type).toBe('organisation');
  });
  it('reads a product put out as an event', () => {
    const p = c.passages.find((x) => x.text.includes('releases its rebuilt'))!;
    expect(c.events.some((e) => e.passage === p.id && e.kind === 'org')).toBe(true);
  });
});

describe('round 25, third pass on registered sets (their fictional forms answer either way)', () => {
  it('"where did Nelson go after leaving Tableau": what he said right after his last day, in its paragraph', () => {
    const c = buildIndex(loadCorpus('test/fixtures/corpora/salesforce-2023/corpus'));
    expect(renderText(answer(c, 'where did mark nelson go after leaving tableau', '2026-11-24'))).toContain('trekking in Patagonia');
  });
  it('"what day did Bowser become president": taking over is starting, both days the sources give', () => {
    const c = buildIndex(loadCorpus('test/fixtures/corpora/nintendo-2018/corpus'));
    const text = renderText(answer(c, 'what day did doug bowser become president of nintendo of america', '2026-11-24'));
    expect(text).toMatch(/April 15/);
    expect(text).toMatch(/2019-04-16/);
  });
  it('lists no appointment an old article set for a later day among last week\'s changes', () => {
    const c = buildIndex(loadCorpus('test/fixtures/corpora/who-2017/corpus'));
    expect(renderText(answer(c, 'what changed since last week', '2017-05-28'))).not.toContain('Swaminathan');
  });
});

describe('"The Harbourlight Arts Festival, a fixture of the summer calendar, has appointed X as chief executive": the festival\'s post (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Kestrel Museum\n',
    'a.md': md('Roundup', '2023-08-11', 'The Harbourlight Arts Festival, a fixture of the coastal summer calendar, has appointed Ines Carr as chief executive from October.'),
    'b.md': md('Director to retire', '2022-07-08', 'Kestrel Museum director Rick Arm will retire next year.'),
  });
  it('types the festival as an organisation and gives it the post', () => {
    const fest = c.entities.resolve('Harbourlight Arts Festival').ids[0];
    expect(c.entities.get(fest)?.type).toBe('organisation');
    const r = c.roles.find((x) => x.person === c.entities.resolveName('Ines Carr')!.id && x.title === 'CEO');
    expect(r?.org).toBe(fest);
  });
  it('does not make her the museum\'s head', () => {
    expect(answer(c, 'who-leads', '2023-09-01').heading).not.toContain('Ines Carr');
  });
});

describe('review r26: what the round-25 rules must not catch (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Tata Group\n',
    'a.md': md('Chairman speaks', '2024-03-01', 'Ratan Mistry, who heads the Tata Group, spoke on Friday. Ana Vogt became chief executive of Kestrel Soft in 2010 and moved the company into cloud software.'),
    'b.md': md('Jobs recalled', '2024-03-02', 'Apple is the company Steve Jobs founded. The company said on Friday that sales rose.'),
    'c.md': md('FIA meets', '2024-03-03', 'Jean Todt, president of the FIA in Paris, said the vote was fair.'),
  });
  const id = (n: string) => c.entities.resolveName(n)!.id;
  it('keeps the head of the Tata Group its head, and a CEO who moved the company on its CEO', () => {
    expect(c.roles.some((r) => r.person === id('Ratan Mistry') && r.head === 'org' && r.org === id('Tata Group'))).toBe(true);
    expect(c.roles.find((r) => r.person === id('Ana Vogt') && r.title === 'CEO')?.past).toBe(false);
  });
  it('takes "the company" of "the company Steve Jobs founded" for no description of Jobs', () => {
    const p = c.passages.find((x) => x.text.startsWith('The company said'))!;
    expect(c.mentions[p.id].some((m) => m.id === id('Steve Jobs'))).toBe(false);
  });
  it('keeps "did the deal go through?" about the deal', () => {
    expect(readQuestion(c, 'Did the deal go through?').terms.map((t) => t.stem)).not.toContain('examin');
  });
  it('reads no founding in "former"', () => {
    expect(renderText(answer(c, 'When was the former chief executive of Kestrel Soft named?', '2026-11-24'))).not.toContain('Apple is the company');
  });
});

describe('review r26, second part: successors searched for, bosses named, clock times, late takings-up (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Kestrel Air\n',
    'a.md': md('Search begins', '2024-03-01', 'The board began the search for a successor to Rupert Hale on Friday. Hale left the office at 11 a.m.'),
    'b.md': md('Boss named', '2024-04-01', 'Kestrel Air named its new boss, Ana Vogt, on Monday.'),
    'c.md': md('Late start', '2024-05-01', 'Hale did not take up his new post at Swire Group until March.'),
  });
  it('reads no start of Hale in the search for his successor', () => {
    expect(renderText(answer(c, 'When did Rupert Hale become chief executive?', '2026-11-24'))).not.toContain('search for a successor');
  });
  it('finds the boss by name', () => {
    expect(readQuestion(c, 'What is the name of the boss who was named on Monday?').type).toBe('who');
    expect(renderText(answer(c, 'What is the name of the boss who was named on Monday?', '2026-11-24'))).toContain('Ana Vogt');
  });
  it('reads no age in a clock time', () => {
    expect(renderText(answer(c, 'How old is Rupert Hale?', '2026-11-24'))).not.toContain('11 a.m.');
  });
});

describe('round 26: what no source names, counts the question gives, posts at other companies, chronicles (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Lantern Outfitters\naliases: [Lantern]\n',
    'a.md': md('Lantern fires its chief', '2025-03-01',
      'Lantern Outfitters fired chief executive Mara Quill for cause on Thursday after an investigation by outside counsel found she steered business to a vendor. ' +
        'Two people at the company said the board met for hours. ' +
        'The retailer will close 31 stores by June. ' +
        'A law firm hired by Lantern declined to say more about the investigation.'),
    'b.md': md('What we know', '2025-03-05',
      'Q: What does Lantern say happened?\nA: Lantern says an outside review found the vendor deals were improper.\n\n' +
        'Chief merchant Dov Raskin, placed on leave last week, is expected to return to his post once the review concludes, two people familiar with the matter said.'),
    'c.md': md('Merchant quits', '2025-03-12',
      'Dov Raskin, the chief merchant of Lantern Outfitters, has resigned, the company confirmed on Tuesday. ' +
        "Raskin's departure runs counter to reports earlier in the week that he was expected to return to his role."),
    'd.md': md('New chief', '2025-03-20',
      'Ivo Pastor, who took over as interim chief executive in March, said the company would keep its stores open. ' +
        'Bea Ng spent six years at Rook Motors. ' +
        'Bea Ng is named president and CEO of Gull Apparel, reporting to Pastor. ' +
        'The board appointed a new company secretary without a vote. ' +
        "Lantern named a nine-member search committee of directors and investors to find Quill's successor. " +
        'A court ordered the retailer to pay Quill $4 million.'),
    'e.md': md('Timeline: Lantern', '2025-04-01', '14 March - Dov Raskin buys a vineyard in Oregon.\n\n2 March - Lantern names Ivo Pastor interim chief executive.'),
    'f.md': md('Where is Quill now', '2025-08-01', 'Five months after she was fired, Mara Quill has kept a low profile in Ohio. She has not commented publicly.'),
    'g.md': md('Founders', '2025-04-02',
      'Co-founder Ada Brook will step down as co-chief executive, leaving her business partner Omar Vance to run the company alone. ' +
        'The company said Omar Vance would become sole chief executive when his co-founder steps down in August.'),
  });
  const text = (q: string, now = '2026-11-24') => renderText(answer(c, q, now));
  it('finds no law firm where the sources only say outside counsel, and shows what they say', () => {
    const t = text('Which law firm ran the investigation into Quill?');
    expect(t).toContain('not in the corpus');
    expect(t).toContain('declined to say more about the investigation');
  });
  it('takes no number the question gives, nor people who spoke, for a count', () => {
    expect(text('How many employees lost their jobs because of the 31 store closures?')).toContain('not in the corpus');
    expect(text('How many people work at Lantern?')).toContain('not in the corpus');
  });
  it('finds no holder of a post no source names, nor a chair of a committee no source gives', () => {
    expect(text('Who was the company secretary the board appointed?')).toContain('not in the corpus');
    expect(text("Who is chairing the committee that is searching for Lantern's next chief executive?")).toContain('not in the corpus');
  });
  it('reads a payer asked, and a span of the thing asked', () => {
    expect(text('How much does Gull Apparel pay Quill?')).toContain('not in the corpus');
    expect(text("How long is Bea Ng's contract?")).toContain('not in the corpus');
  });
  it('answers "did he get his job back?" with his resignation and the report it ran counter to', () => {
    const t = text('Did Dov Raskin get his job back after the review?');
    expect(t).toContain('has resigned');
    expect(t).toContain('runs counter to reports');
  });
  it('puts a chronicle line on the timeline whatever it tells', () => {
    expect(text('timeline Dov Raskin')).toContain('buys a vineyard');
  });
  it('reads no leaving of the partner left to run the company, nor of the one whose co-founder steps down', () => {
    const vance = c.entities.resolveName('Omar Vance')!.id;
    expect(c.events.some((e) => e.kind === 'end' && e.person === vance)).toBe(false);
    expect(c.events.some((e) => e.kind === 'end' && e.person === c.entities.resolveName('Ada Brook')!.id)).toBe(true);
  });
});

describe('a month told by a later article, asked on a day inside it (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Orrery Data\n',
    'a.md': md('Orrery now', '2025-12-19', 'Pete Dole, the co-founder who took over as interim chief executive in July, now leads Orrery Data. Andy Barr became chief executive of Orrery Data in July 2023.'),
  });
  it('keeps the one in the post before that month', () => {
    expect(renderText(answer(c, 'who-leads', '2025-07-10'))).toMatch(/Who leads Orrery Data — Andy Barr/);
    expect(renderText(answer(c, 'who-leads', '2025-08-10'))).toMatch(/Who leads Orrery Data — Pete Dole/);
  });
});

describe('round 26 on its blind sets (the fictional corpus above did not reproduce these)', () => {
  it('gives no CEO of another company for the one asked about (Kering set)', () => {
    const c = buildIndex(loadCorpus('test/fixtures/corpora/kering-2025/corpus'));
    expect(renderText(answer(c, 'Who did Renault name as CEO to replace de Meo?', '2026-11-24'))).not.toContain('Bellettini is named president and CEO of Gucci');
  });
  it("does not take an interview question about someone else for the one asked (Kohl's set)", () => {
    const c = buildIndex(loadCorpus('test/fixtures/corpora/kohls-2025/corpus'));
    const t = renderText(answer(c, 'What is Ashley Buchanan up to these days?', '2026-11-24'));
    expect(t).toContain('low profile');
    expect(t).not.toContain('A: Kohl\'s says an investigation');
  });
});

describe('round 27: who got the post, who runs it now, a title before a full stop, a successor to someone (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Corvid Spirits\n',
    'a.md': md('Chief quits', '2025-07-16', 'Corvid Spirits said chief executive Dana Crewe will step down. Nik Jhanji, the chief financial officer, becomes interim chief executive while the board searches for a permanent successor.'),
    'b.md': md('Insider tipped', '2025-10-21', 'The board is preparing to confirm Nik Jhanji as permanent chief executive, according to people familiar with the matter. Corvid Spirits is closing in on a successor to chief executive Nik Jhanji, the people said.'),
    'c.txt': 'TIMELINE: Corvid Spirits\n\nCompiled 2 January 2026\n\n10 November 2025 - Corvid Spirits names Sir Dave Lowes, head of Harbour Retail, as its next chief executive. Jhanji will return to the finance job.\n\n1 January 2026 - Lowes takes office as chief executive. Jhanji moves back to finance; Ana Brett remains chair.\n',
  });
  const text = (q: string) => renderText(answer(c, q, '2026-03-01'));
  it('gives no one the post a title ends a sentence on (Santander set: the fictional lines did not reproduce it)', () => {
    const s = buildIndex(loadCorpus('test/fixtures/corpora/santander-2019/corpus'));
    const p = s.passages.find((x) => x.text.startsWith('1 January 2023 - Grisi takes office'))!;
    expect(s.roles.some((r) => r.passage === p.id && r.person === s.entities.resolveName('José Antonio Álvarez')!.id && r.title === 'CEO')).toBe(false);
    expect(s.roles.some((r) => r.passage === p.id && r.person === s.entities.resolveName('Héctor Grisi')!.id && r.title === 'CEO')).toBe(true);
  });
  it('reads "a successor to chief executive X" as X replaced', () => {
    const p = c.passages.find((x) => x.text.includes('closing in on a successor'))!;
    expect(c.events.find((e) => e.passage === p.id && e.kind === 'succession')?.replaced).toBe(true);
  });
  it('answers "did X end up getting the job?" and "is X still running it?" with who holds it', () => {
    expect(text('Did Nik Jhanji end up getting the Corvid Spirits CEO job permanently?')).toContain('Dave Lowes');
    expect(text('Is Nik Jhanji still running Corvid Spirits?')).toContain('Lowes');
  });
});

describe('round 27 stand-ins: a caretaker kept on, an acting head by the body\'s common noun, a stand-in post at the article\'s body (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Pan-Arctic Curling Union\naliases: [PACU]\n',
    'a.md': md('President banned', '2020-11-23',
      "PACU's first vice-president, Tor Holm of Norway, has been running the union on an interim basis since earlier this month, when Ivar Lund fell ill. " +
        'Tor Holm is the president of the Norwegian Curling Federation.'),
    'b.md': md('Committee meets', '2021-01-31', "PACU's emergency committee, convened by acting president Tor Holm, met by video on Sunday."),
    'c.md': md('Premier loses vote', '2025-06-03',
      'Prime Minister Odd Berg lost a confidence vote on Tuesday. Speaker Eir Dahl announced that Berg was considered to have resigned. ' +
        'The speaker asked Berg to stay on as caretaker prime minister until a successor is approved.'),
    'd.md': md('Speaker tipped', '2025-06-05', 'Speaker Eir Dahl tipped to become the next prime minister, party sources say.'),
  });
  it('reads "X of Norway, has been running the union on an interim basis" as the acting head', () => {
    expect(renderText(answer(c, 'who-leads', '2020-12-01'))).toMatch(/Who leads Pan-Arctic Curling Union — Tor Holm \(interim/);
  });
  it("gives an acting president told beside the article's body that body, not the federation he presides", () => {
    const p = c.passages.find((x) => x.text.includes('convened by acting president'))!;
    expect(c.roles.find((r) => r.passage === p.id && r.title === 'president')?.org).toBe(c.entities.resolveName('PACU')!.id);
  });
  it('names the caretaker first when the one who left stays on and no successor is named', () => {
    expect(renderText(answer(c, 'who is the prime minister now', '2025-06-08')).split('\n')[1]).toContain('caretaker prime minister');
  });
});

describe('round 27 titles: an under secretary, a board led, a group\'s partnerships (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Hallam Foundation\n',
    'a.md': md('New chair', '2021-10-05',
      'Mr Hill will take over on November 1 from William Mack, the investor who has led the board for 16 years. ' +
        "Ines Ruiz, the foundation's under secretary for collections, remains acting director. " +
        "Pia Lund, a Hallam veteran who once ran its Korean arm, has overseen the group's partnerships."),
  });
  const id = (n: string) => c.entities.resolveName(n)!.id;
  it('reads "under secretary" as a title of its own', () => {
    expect(c.roles.some((r) => r.person === id('Ines Ruiz') && r.title === 'under secretary')).toBe(true);
  });
  it('gives no one the top post for leading a board, taken over from, or for overseeing a group\'s partnerships', () => {
    expect(c.roles.some((r) => r.person === id('William Mack') && (r.title === 'head' || r.title === 'chair'))).toBe(false);
    expect(c.roles.some((r) => r.person === id('Pia Lund') && r.title === 'head')).toBe(false);
  });
  it('makes the chair of one "who has led the board for 16 years"', () => {
    const d = corpus({ 'a.md': md('Chair', '2021-10-05', 'Hallam named Tom Hill, the investor who has led the board for 16 years, to a new term.') });
    expect(d.roles.some((r) => r.person === d.entities.resolveName('Tom Hill')!.id && r.title === 'chair')).toBe(true);
  });
});

describe('round 27 reasons: what an investigation found (Kohl\'s set; a fictional corpus did not reproduce it)', () => {
  it('gives what the investigation found as the reason', () => {
    const c = buildIndex(loadCorpus('test/fixtures/corpora/kohls-2025/corpus'));
    expect(renderText(answer(c, "Why did Kohl's fire Buchanan?", '2026-11-24'))).toContain('vendor deals');
  });
});

describe('round 27 spellings: two letters swapped (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Lakeshore University\n',
    'a.md': md('Interim named', '2025-09-10', 'Henry Bienen will serve as interim president of Lakeshore University. Leigh Bienen is his wife.'),
    'b.txt': 'Week in review\nSep 19, 2025\nSource: Great Lakes Weekly\n\nHenry Beinen returned to the president\'s office at Lakeshore University this week.\n',
  });
  it('reads "Henry Beinen" as Henry Bienen, not his wife', () => {
    expect(c.entities.resolveName('Henry Beinen')?.id).toBe(c.entities.resolveName('Henry Bienen')!.id);
    expect(c.entities.resolveName('Leigh Bienen')?.id).not.toBe(c.entities.resolveName('Henry Bienen')!.id);
  });
});

describe('round 27 starts: a chamber confirms someone in a post (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Borealia\n',
    'a.md': md('Premier confirmed', '2025-06-13', "Borealia's parliament confirmed Odd Vik as prime minister on Friday, June 13, ten days after his predecessor was forced out."),
  });
  it('reads the confirming as the start', () => {
    expect(c.events.some((e) => e.kind === 'start' && e.person === c.entities.resolveName('Odd Vik')!.id)).toBe(true);
  });
  it('reads "ending its collaboration with X" as X leaving', () => {
    const d = corpus({ 'a.md': md('Designer out', '2025-02-06', 'Gallo said on Thursday, February 6, that it was ending its collaboration with creative director Sabo Dessa.') });
    expect(d.events.some((e) => e.kind === 'end' && e.person === d.entities.resolveName('Sabo Dessa')!.id)).toBe(true);
  });
});

describe('round 27 questions: officially, held since a year, never offered (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Gull Bank\n',
    'a.md': md('Orcel dropped', '2019-01-16', 'Gull Bank said Ada Orsi would not become chief executive. Jose Alva, who has been chief executive since 2014, will keep the job.'),
    'b.md': md('Rumour', '2025-10-10', 'People familiar with the search said Jonas Eske was the front-runner to become music director of the Gull Bank orchestra.'),
    'c.md': md('Director named', '2025-11-18', 'The Gull Bank orchestra named Mira Cast as its next music director on Tuesday, surprising those who had tipped Jonas Eske. A spokesperson said Eske had been admired, but that he had never been offered the post. The orchestra faced two labour disputes this year.'),
  });
  it('reads no word to find in "officially", and keeps "formally"', () => {
    expect(readQuestion(c, 'What date did Alva officially start as chief executive?').terms.map((t) => t.word)).not.toContain('officially');
    expect(readQuestion(c, 'When was Alva formally appointed chief executive?').terms.map((t) => t.word)).toContain('formally');
  });
  it('answers when someone became a post with the year they have held it since', () => {
    expect(renderText(answer(c, 'When did Alva become CEO of Gull Bank?', '2026-11-24'))).toContain('since 2014');
  });
  it('answers a rumour with "never been offered the post", not a recap of disputes', () => {
    const t = renderText(answer(c, 'Did Jonas Eske get the music director job?', '2026-11-24'));
    expect(t).toContain('never been offered the post');
    expect(t).not.toContain('labour disputes');
  });
});

describe('round 27 who-leads and pay: a post word typed, a committee co-chaired, a salary of a two-word name (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Lakeside University\n',
    'a.md': md('Search begins', '2022-02-10',
      'On Tuesday, regents Sara Hubb and Denise Ilic, who will co-chair a new Presidential Search Committee, announced its membership. ' +
        'Luca de Mayo will receive a fixed annual salary of 2.4 million euros.'),
    'b.md': md('Finance chief', '2025-08-01', 'Lakeside University brought back Deirdre Mahl as interim chief financial officer from August.'),
  });
  it('names both co-chairs of a committee told with "who will co-chair"', () => {
    const t = renderText(answer(c, 'who-leads Lakeside University presidential search committee', '2022-02-24'));
    expect(t).toMatch(/Who leads the Presidential Search Committee — (?:Denise Ilic and Sara Hubb|Sara Hubb and Denise Ilic) \(co-chairs/);
  });
  it('reads "who-leads X CFO post" as the CFO', () => {
    expect(renderText(answer(c, 'who-leads Lakeside University CFO post', '2025-09-01'))).toContain('Deirdre Mahl');
  });
  it('reads "what\'s de Mayo\'s base salary?" as a sum asked', () => {
    expect(readQuestion(c, "What's Luca de Mayo's base salary?").type).toBe('how-much');
  });
});

describe('review r27 fixes: the rules of rounds 26 and 27 kept to what they were for (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Pelican Works\n',
    'a.md': md('News', '2025-03-01',
      'Ada Smith announced her decision to step down on Friday. ' +
        'Salesforce acquired Slack in 2021. Slack is a messaging company. ' +
        'More than 700 employees said they would quit. ' +
        'Prof. Ada Lee, who has headed the department since 2015, spoke. ' +
        'Judge Maria Ortiz sentenced him on Tuesday. The trial opened in March before a presiding officer. ' +
        'Bob Hale confirmed his role as chairman. ' +
        'Acting president Tor Holm attended the Pelican Council meeting.'),
  });
  const id = (n: string) => c.entities.resolveName(n)!.id;
  it('keeps "announced her decision to step down" a leaving of hers', () => {
    expect(c.events.some((e) => e.kind === 'end' && e.person === id('Ada Smith'))).toBe(true);
  });
  it('does not say no source names the company that acquired X where one does (a guard)', () => {
    expect(renderText(answer(c, 'Which company acquired Slack?', '2026-11-24'))).not.toContain('No source names the company');
  });
  it('counts the employees who said they would quit', () => {
    expect(renderText(answer(c, 'How many employees said they would quit?', '2026-11-24'))).toContain('700');
  });
  it('gives no head post for heading a department, nor a start for confirming one\'s role', () => {
    expect(c.roles.some((r) => r.person === id('Ada Lee') && r.title === 'head')).toBe(false);
    expect(c.events.some((e) => e.kind === 'start' && e.person === id('Bob Hale'))).toBe(false);
  });
  it('does not say no source names "the presiding judge" where a judge is named (a guard)', () => {
    expect(renderText(answer(c, 'Who was the presiding judge Ortiz replaced?', '2026-11-24'))).not.toContain('No source names the presiding judge');
  });
});

describe('round 27 ministries: the portfolio someone ran (fictional)', () => {
  const c = corpus({
    'topic.yaml': 'name: Lituvia\n',
    'a.md': md('Acting premier', '2025-08-04', 'The president appoints Finance Minister Ramin Sado as acting prime minister.'),
    'b.md': md('Tipped', '2025-08-02', 'Ramin Sado was tipped for the defence ministry.'),
  });
  it('answers "what ministry was X running?" with the minister\'s post', () => {
    expect(readQuestion(c, 'What ministry was Sado running when he was made acting prime minister?').type).toBe('role');
    expect(readQuestion(c, 'What ministry was Sado tipped for?').type).not.toBe('role');
  });
});

describe('round 27 leavings: leaving a building is no leaving (fictional)', () => {
  const c = corpus({ 'a.md': md('Questioned', '2026-02-18', 'Leaving the building, Mr Gint Palu told reporters he had given evidence. Gint Palu is leaving the party, he said later.') });
  it('reads no leaving in "leaving the building", and one in "leaving the party"', () => {
    const p = c.passages.find((x) => x.text.startsWith('Leaving the building'))!;
    expect(c.events.some((e) => e.passage === p.id && e.kind === 'end')).toBe(false);
    expect(c.events.some((e) => e.passage !== p.id && e.kind === 'end' && e.person === c.entities.resolveName('Gint Palu')!.id)).toBe(true);
  });
});
