import { addDays } from '../../corpus/dates.ts';
import type { Passage } from '../../corpus/types.ts';
import { memo, type BriefIndex } from '../../index/build.ts';
import type { Entity } from '../../index/entities.ts';
import { isDemonym } from '../../index/lexicon.ts';
import { levenshtein, words } from '../../index/normalize.ts';
import { Citations, dateLabel, quoted, sourceLabel } from '../cite.ts';
import { allPublishedBy, isEligible, newerFirst } from '../eligible.ts';
import { isSentence } from '../extract.ts';
import { figuresIn } from '../figures.ts';
import type { Answer, Item } from '../types.ts';
import { kept, keptAnswer, KEPT_VALUES } from '../keep.ts';
import { eventsAt, firstOf, generatedRank, personEvents, rolesAt, rolesOf } from '../knowledge.ts';

const personEventsAll = (index: BriefIndex, id: string) => personEvents(index, id, '9999-12-31');

export const MAX_PERSON_ITEMS = 10;
// "would move into that role": the sentence leans on the one before it.
// Their own words: a quotation with a verb of saying.
const SPEECH = /["“][^"”]{12,}["”]\s*,?\s*(?:he|she|they|[A-Z][\p{L}'’-]+)?\s*(?:said|says|wrote|writes|told|added|posted)\b|\b(?:said|says|wrote|writes|told)\b[^"“]{0,40}["“][^"”]{12,}["”]/u;
// Where they came from: "prior experience at Microsoft Research", "previously worked at …".
const CAME_FROM = /\b(?:previously|formerly|prior (?:experience|to)|before joining|earlier (?:worked|spent)|worked (?:at|for)|spent (?:\w+ years|(?:most|much|all) of (?:his|her|their) career)(?: \w+)? (?:at|with))\b|\b(?:a|the) former (?:\p{Lu}[\p{L}&.'’-]*\s+){1,3}(?:banker|lawyer|executive|official|partner|trader|analyst|consultant|diplomat|journalist|editor|player|manager)\b/iu;
// Who they are: where they were born and grew up, the seat they represent. A profile opens with it.
const BACKGROUND = /\b(?:was born|born (?:in|on)|grew up|raised in|(?:has |had )?represent(?:s|ed) (?:the )?[\p{L}'’ –-]{0,40}(?:seat|constituency|riding|district|electorate)|(?:MP|member of parliament|deputy|senator) for)\b/u;
// "Braun, an Austrian who …", "Clancy, a former Google executive, …": who they are, in apposition.
function whoTheyAre(after: string): boolean {
  const m = /^\s*(?:,\s*\d{2},)?\s*,\s+(?:a|an)\s+(former\s+)?([\p{L}-]+)/u.exec(after);
  return !!m && (!!m[1] || isDemonym(m[2].toLowerCase()));
}
const SINCE_BEFORE = /\bsince\s+(?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]*$/u;
const LEANS_BACK = /\b(?:that|this|the same|the)\s+(?:role|team|job|post|position|group|effort|project|company|startup)\b|^(?:It|This|That|They)\b/;

/**
 * One person's (or organisation's) roles over time, from any form of the name: the most telling
 * sentences (roles, appointments, departures, what they did next), spread over articles, oldest first.
 */
export function person(index: BriefIndex, query: string, who: string, now: string): Answer {
  const entity = index.entities.resolveName(who, 'person') ?? index.entities.resolveName(who) ?? byCourtesyInitial(index, who);
  // "person Kelly" where the articles name Champ Kelly and Chip Kelly: each of them, briefly.
  const namesakes = entity ? [] : sharingName(index, who);
  if (namesakes.length > 1) return namesakesAnswer(index, query, who, namesakes, now);
  if (!entity) {
    const guess = closestName(index, who);
    return {
      command: 'person', query, asOf: null, found: false,
      heading: `No one called “${who}” is in the corpus.`,
      items: [], notes: guess ? [`Did you mean: /qwen who ${guess}`] : ['Try /qwen sources to see who the articles mention.'], citations: [],
    };
  }
  // Pure in (index, person, day) whatever name form was typed: computed once, a fresh copy each time.
  return keptAnswer(index, `person:${entity.id}:${allPublishedBy(index, now) ? '' : now}`, query, () => personAnswer(index, entity, now));
}

/**
 * "Mr E": a courtesy title and one letter, as a column may call its subject. The person most named, in the
 * articles that write it so, whose surname starts with that letter (only when no other there does as often).
 */
function byCourtesyInitial(index: BriefIndex, who: string): Entity | null {
  const m = /^([Mm]r|[Mm]rs|[Mm]s|[Mm]iss|[Dd]r)\.?\s+(\p{L})\.?$/u.exec(who.trim());
  if (!m) return null;
  // (Written with capitals, the title and the letter: not "did not miss a deadline".)
  const written = new RegExp(`\\b${m[1][0].toUpperCase()}${m[1].slice(1).toLowerCase()}\\.?\\s+${m[2].toUpperCase()}(?![\\p{L}.])`, 'u');
  const docs = new Set(index.docs.filter((d) => written.test(d.title) || d.passages.some((p) => written.test(p.text))).map((d) => d.path));
  const counts = new Map<string, number>();
  for (const p of index.passages) {
    if (!docs.has(p.doc)) continue;
    for (const x of index.mentions[p.id]) {
      const e = index.entities.get(x.id);
      if (e?.type === 'person' && words(e.name).at(-1)?.startsWith(m[2].toLowerCase())) counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
    }
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && (!second || second[1] < first[1]) ? index.entities.get(first[0]) ?? null : null;
}

function personAnswer(index: BriefIndex, entity: Entity, now: string): Answer {
  const query = '';
  const cites = new Citations(index);
  const ranked = memo(index, `person:${entity.id}`, () => rankMentions(index, entity.id));
  const visible = allPublishedBy(index, now) ? ranked : ranked.filter((r) => isEligible(index, r.passage, now));
  // Ranked best first: only the best few hundred can be picked, so the greedy pass stays cheap.
  // Oldest first; undated mentions last.
  const picked = pick(index, visible.slice(0, 300), MAX_PERSON_ITEMS, entity.id).sort((a, b) =>
    a.passage.date && b.passage.date ? (a.passage.date < b.passage.date ? -1 : a.passage.date > b.passage.date ? 1 : a.passage.id - b.passage.id) : newerFirst(a.passage.date, b.passage.date) || a.passage.id - b.passage.id);
  const others = entity.aliases.filter((a) => a !== entity.name && !/^[\p{Ll}]/u.test(a));
  // One label per title, the organisation where some sentence names it; once per person and day.
  const titles = kept(index, 'titles', `${entity.id}:${allPublishedBy(index, now) ? '' : now}`, KEPT_VALUES, () => {
    const byTitle = new Map<string, string>();
    for (const r of rolesOf(index, entity.id).filter((x) => isEligible(index, index.passages[x.passage], now))) {
      const key = `${r.past ? 'former ' : ''}${r.interim ? 'interim ' : ''}${r.title}`;
      if (!byTitle.has(key) || (r.org && !byTitle.get(key)!.includes('('))) byTitle.set(key, `${r.past ? 'former ' : ''}${titleText(index, r.title, r.org, r.interim)}`);
    }
    // Current roles before former ones.
    return [...byTitle.entries()].sort(([a], [b]) => Number(a.startsWith('former ')) - Number(b.startsWith('former '))).map(([, t]) => t).slice(0, 5);
  });
  const dates = picked.map((r) => r.passage.date).filter((d): d is string => !!d).sort();
  return {
    command: 'person',
    query,
    asOf: dates.at(-1) ?? null,
    found: picked.length > 0,
    heading: picked.length
      ? `${entity.name}${others.length ? ` (also ${others.join(', ')})` : ''}${titles.length ? ` — ${titles.join('; ')}` : ''} — ${picked.length} cited mention${picked.length === 1 ? '' : 's'}, oldest first`
      : `${entity.name} is listed in entities.yaml but no article mentions them.`,
    items: picked.map((r) => mentionItem(index, cites, r, null)),
    notes: visible.length > picked.length ? [`…and ${visible.length - picked.length} more mentions: /qwen sources ${entity.name}`] : [],
    citations: cites.list,
  };
}

/** One mention as an item: its date, the excerpt quoted, its source, cited. */
function mentionItem(index: BriefIndex, cites: Citations, r: Ranked, section: string | null): Item {
  const doc = index.docByPath.get(r.passage.doc)!;
  const q = excerpt(index, r.passage);
  return { section, text: `${dateLabel(r.passage)} — ${quoted(q.text)} (${sourceLabel(doc)})`, cites: [cites.add(doc, q.text, r.passage.line)] };
}

/** The people whose full name has the one word typed (a surname or a given name), most mentioned first. */
function sharingName(index: BriefIndex, who: string): Entity[] {
  const typed = words(who);
  if (typed.length !== 1 || typed[0].length < 3) return [];
  const count = (e: Entity) => index.byEntity.get(e.id)?.length ?? 0;
  return index.entities.entities.filter((e) => e.type === 'person' && words(e.name).length >= 2 && words(e.name).includes(typed[0]) && count(e) > 0)
    .sort((a, b) => count(b) - count(a) || (a.name < b.name ? -1 : 1)).slice(0, MAX_NAMESAKES);
}

const MAX_NAMESAKES = 4;

/** "Kelly" is more than one person: each one's most telling sentences, under their name. */
function namesakesAnswer(index: BriefIndex, query: string, who: string, people: Entity[], now: string): Answer {
  const cites = new Citations(index);
  const items = people.flatMap((e) => {
    const ranked = memo(index, `person:${e.id}`, () => rankMentions(index, e.id)).filter((r) => isEligible(index, r.passage, now));
    return pick(index, ranked.slice(0, 300), 2).map((r) => mentionItem(index, cites, r, e.name));
  });
  return {
    command: 'person', query, asOf: null, found: items.length > 0,
    heading: `“${who}” is ${people.length} people in the corpus: ${people.map((e) => e.name).join(', ')}`,
    items,
    notes: [`Ask for one by full name: /qwen who ${people[0].name}`],
    citations: cites.list,
  };
}

function titleText(index: BriefIndex, title: string, org: string | null, interim: boolean): string {
  const o = org && !org.startsWith('other:') ? index.entities.get(org)?.name : org?.slice('other:'.length);
  return `${interim ? 'interim ' : ''}${title}${o ? ` (${o})` : ''}`;
}

interface Ranked {
  passage: Passage;
  score: number;
  facts: string[]; // what the sentence says about the person: titles, events, other names
  background: boolean; // the sentence is about them alone (their name opens it) and tells who they are
  subject: boolean; // they are the first person it names
  holds?: true; // it gives them a post they hold (not a former one)
}

/** Someone's own people, after their name's possessive. */
const KIN = /^['’]s?\s+(?:[\p{L}-]+\s+)?(?:daughter|son|wife|husband|brother|sister|father|mother|family|girlfriend|boyfriend|partner|fianc[ée]e?|children|parents|lawyer|attorney|friend|ex-wife|ex-husband|widow)s?\b/iu;

/** Every sentence about the person, scored by what it says about them. */
function rankMentions(index: BriefIndex, id: string): Ranked[] {
  const byPassage = new Map<number, Ranked>();
  const seenText = new Set<string>();
  for (const pid of index.byEntity.get(id) ?? []) {
    const p = index.passages[pid];
    const key = `${p.doc}\0${p.text.toLowerCase()}`;
    if (seenText.has(key)) continue;
    seenText.add(key);
    const people = new Set(index.mentions[p.id].filter((m) => index.entities.get(m.id)?.type === 'person').map((m) => m.id));
    const first = index.mentions[p.id].find((m) => index.entities.get(m.id)?.type === 'person');
    // ("the last of Patrice Motsepe's three rivals to stand aside": named only as someone's, the sentence is about another.)
    const only = index.mentions[p.id].filter((m) => m.id === id);
    // (Not their kin or their own: "Choi's daughter Chung Yoo-ra", "Dmitrichenko's girlfriend".)
    const theirsOnly = only.length > 0 && only.every((m) => /^['’]s?\s/.test(p.text.slice(m.end, m.end + 3)) && !KIN.test(p.text.slice(m.end, m.end + 40))) && people.size > 1;
    byPassage.set(p.id, {
      passage: p,
      score: (theirsOnly ? -2 : 0) + (first?.id === id ? 1 : 0) + (CAME_FROM.test(p.text) ? 3 : 0) + (p.dateOrigin === 'sentence' ? 1 : 0) + (p.date ? 0 : -1) + isSentence(p) + (p.text.length > 60 ? 0.5 : 0) - (people.size >= 4 ? 2 : 0) + (SPEECH.test(p.text) ? 2 : 0),
      // (A result, a sum or a share told of them, "elects Esken (75.9 percent)", "a $10 million settlement", is what a
      // brief on someone is asked for, each figure a fact of its own; not an age, "Esken, 58,".)
      facts: [...index.mentions[p.id].filter((m) => m.id !== id).map((m) => m.id), ...(people.size <= 2 ? weighty(p.text).map((f) => `figure:${f}`) : [])],
      background: first?.id === id && people.size === 1 && ((first.start <= 4 && (BACKGROUND.test(p.text) || whoTheyAre(p.text.slice(first.end)))) || /^born\b/i.test(p.text)),
      subject: first?.id === id,
    });
  }
  for (const r of rolesOf(index, id)) {
    const x = byPassage.get(r.passage);
    if (x) {
      x.score += 3;
      x.facts.push(`role:${r.title}:${r.org ?? ''}:${r.interim}`);
      if (!r.past) x.holds = true;
      if (r.head === 'org' && !r.past && !x.facts.includes('head')) x.facts.push('head');
    }
  }
  for (const e of personEventsAll(index, id)) {
    const x = byPassage.get(e.passage);
    // "has chaired the board since Foley's departure" looks back at a change, told on another day.
    if (x && SINCE_BEFORE.test(x.passage.text.slice(Math.max(0, e.at - 40), e.at))) continue;
    if (x) {
      x.score += 2;
      x.facts.push(`event:${e.kind}`);
    }
  }
  return [...byPassage.values()].sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
}

/** The figures in a sentence that weigh: shares, sums of money, millions, votes and seats. */
function weighty(text: string): string[] {
  const out = figuresIn(text).filter((f) => f.share || f.currency || f.value >= 1e6 || /^\s*(?:votes?|seats?|voix|Stimmen|votos)\b/i.test(text.slice(f.at + f.raw.length))).map((f) => f.raw);
  // (…and the length of a penalty: "a 21-month ban", "sentenced to five years".)
  if (PENALTY.test(text)) for (const m of text.matchAll(/\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|twenty)[- ](?:months?|years?|meses|anos|años|Monate|Jahre)\b/gi)) out.push(m[0]);
  return out;
}
const PENALTY = /\b(?:ban(?:s|ned)?|suspen\w+|sentenc\w+|prison|jail\w*|barred|disqualif\w+|gesperrt|Sperre|pris[aã]o|prisión|condamn\w+|condenad\w+)\b/i;

/** Greedy: the best-scored sentence that adds something not yet said, from a new article if it can. */
function pick(index: BriefIndex, ranked: Ranked[], max: number, who: string | null = null): Ranked[] {
  const said = new Set<string>();
  const perDoc = new Map<string, number>();
  const out: Ranked[] = [];
  const left = [...ranked];
  // The newest change told about them (a departure, a new post) is always shown: it is where they are now.
  const changes = left.filter((r) => r.passage.date && r.facts.some((f) => f === 'event:end' || f === 'event:start' || f === 'event:return' || f === 'event:org'));
  // Reporting before a machine-generated recap of it.
  const generated = (r: Ranked) => generatedRank(index, r.passage);
  const latest = firstOf(changes, (a, b) => generated(a) - generated(b) || (a.passage.date! > b.passage.date! ? -1 : a.passage.date! < b.passage.date! ? 1 : b.score - a.score || a.passage.id - b.passage.id));
  // (Told of them within a week of it, on a day its own sentence names, is the same change dated a day apart by
  // another source: the fullest telling.)
  const sameChange = (r: Ranked) => latest!.facts.some((f) => f.startsWith('event:') && r.facts.includes(f));
  const newest = latest && firstOf(changes.filter((r) => r === latest || (generated(r) === generated(latest) && r.passage.dateOrigin === 'sentence' && r.passage.date! >= addDays(latest.passage.date!, -7) && r.subject && sameChange(r))), (a, b) => b.score - a.score || (a.passage.date! > b.passage.date! ? -1 : a.passage.date! < b.passage.date! ? 1 : a.passage.id - b.passage.id));
  // …and so is the oldest start (where they came from: "joined Nissan in Mexico in 2003").
  const oldest = firstOf(changes.filter((r) => r.facts.includes('event:start')), (a, b) => (a.passage.date! < b.passage.date! ? -1 : a.passage.date! > b.passage.date! ? 1 : generated(a) - generated(b) || b.score - a.score || a.passage.id - b.passage.id));
  // …and the first time they took a top post ("He became chief executive in 2007").
  const firstHead = firstOf(changes.filter((r) => r.facts.includes('event:start') && r.facts.includes('head')), (a, b) => (a.passage.date! < b.passage.date! ? -1 : a.passage.date! > b.passage.date! ? 1 : generated(a) - generated(b) || b.score - a.score || a.passage.id - b.passage.id));
  // …and who they are (born, grew up, the seat they hold), on top of the rest.
  const background = firstOf(left.filter((r) => r.background), (a, b) => b.score - a.score || a.passage.id - b.passage.id);
  // …and the newest post they hold, told in its own sentence's day: "Since June 2017 he has served as an adviser to Meidensha".
  // (Only for someone who left a post, and not a top post, which their newest change already tells; beside the
  // rest, as who they are is.)
  const leftOne = ranked.some((r) => r.facts.includes('event:end'));
  const held = !leftOne ? undefined : firstOf(left.filter((r) => r.holds && r.passage.date && r.passage.dateOrigin === 'sentence' && r.subject && !r.facts.includes('event:end') && !r.facts.includes('head')), (a, b) => (a.passage.date! > b.passage.date! ? -1 : a.passage.date! < b.passage.date! ? 1 : b.score - a.score || a.passage.id - b.passage.id));
  for (const r of [newest, oldest, firstHead]) {
    if (!r || out.length >= max || out.includes(r)) continue;
    left.splice(left.indexOf(r), 1);
    for (const f of r.facts) said.add(f);
    perDoc.set(r.passage.doc, (perDoc.get(r.passage.doc) ?? 0) + 1);
    out.push(r);
  }
  while (out.length < max && left.length) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < left.length; i++) {
      const r = left[i];
      const freshFacts = new Set(r.facts.filter((f) => !said.has(f)));
      // Where they came from and went: an organisation not yet shown counts double.
      const freshOrgs = [...freshFacts].filter((f) => index.entities.get(f)?.type === 'organisation').length;
      // (The same change on the same day, told again by another source, adds nothing: "Merino is sworn in" twice.)
      const retold = !!r.passage.date && out.some((x) => x.passage.doc !== r.passage.doc && x.passage.date === r.passage.date &&
        x.facts.some((f) => f.startsWith('event:') && r.facts.includes(f)));
      const s = r.score + 1.5 * Math.min(freshFacts.size + freshOrgs, 3) - 2 * (perDoc.get(r.passage.doc) ?? 0) - (retold ? 3 : 0);
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    const [r] = left.splice(best, 1);
    for (const f of r.facts) said.add(f);
    perDoc.set(r.passage.doc, (perDoc.get(r.passage.doc) ?? 0) + 1);
    out.push(r);
  }
  if (background && !out.includes(background)) out.push(background);
  if (held && !out.includes(held)) out.push(held);
  // …and, after their newest leaving, who takes over from them, in the sentences that follow it ("Neil Brocklehurst …
  // is now acting chief executive and will run the business while Read prepares …").
  if (who && latest?.facts.includes('event:end')) {
    const after = [1, 2, 3].map((d) => index.passages[latest.passage.id + d]).filter((p) => p?.doc === latest.passage.doc);
    const next = after.find((p) => eventsAt(index, p.id).some((e) => (e.kind === 'start' || e.kind === 'succession') && !!e.person && e.person !== who && index.entities.get(e.person)?.type === 'person') ||
      rolesAt(index, p.id).some((x) => x.person !== who && x.head === 'org' && !x.past));
    if (next && !out.some((r) => r.passage.id === next.id)) out.push({ passage: next, score: 0, facts: [], background: false, subject: false });
  }
  return out;
}

/** The sentence, or with the sentence before it on the same line when it leans on it ("that role"). */
function excerpt(index: BriefIndex, p: Passage): { text: string } {
  let first = p;
  // Up to two sentences back, while the earliest one still leans on the one before it.
  for (let i = 0; i < 2 && LEANS_BACK.test(first.text); i++) {
    const prev = index.passages[first.id - 1];
    if (!prev || prev.doc !== p.doc || prev.line !== p.line) break;
    first = prev;
  }
  if (first === p) return { text: p.text };
  const doc = index.docByPath.get(p.doc)!;
  const line = doc.body.split('\n')[p.line - doc.bodyStartLine] ?? '';
  const a = line.indexOf(first.text);
  const b = line.indexOf(p.text, a + first.text.length);
  if (a < 0 || b < 0) return { text: p.text };
  return { text: line.slice(a, b + p.text.length) };
}

function closestName(index: BriefIndex, who: string): string | null {
  const w = words(who).join(' ');
  let best: { name: string; d: number } | null = null;
  for (const e of index.entities.entities) {
    if (e.type !== 'person') continue;
    for (const a of e.aliases) {
      const d = levenshtein(w, words(a).join(' '), 4);
      if (d <= 4 && (!best || d < best.d)) best = { name: e.name, d };
    }
  }
  return best?.name ?? null;
}
