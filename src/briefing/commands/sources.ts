import type { Doc, Passage } from '../../corpus/types.ts';
import { dayNumber } from '../../corpus/dates.ts';
import type { BriefIndex } from '../../index/build.ts';
import { coverage, search } from '../../index/search.ts';
import { DATE_WORD_RE, holdsSame } from '../../index/lexicon.ts';
import { STOPWORDS, stem, terms, words } from '../../index/normalize.ts';
import { eventKindOf } from '../question.ts';
import { docTerms, eventKinds } from '../knowledge.ts';
import { Citations, sourceLabel } from '../cite.ts';
import { eligibleDocs, newerFirst, newestPublished } from '../eligible.ts';
import type { Answer } from '../types.ts';
import { kept, keptAnswer, KEPT_VALUES } from '../keep.ts';

export const MAX_SOURCES = 15;
/** A day of the month or a year ("737" is a word of the story). */
const NUMERAL_RE = /^(?:(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?|(?:19|20)\d\d)$/;

/**
 * The documents (about `topic`, when given), newest first, each with outlet, date and kind, and each
 * cited with its most relevant sentence (its first sentence when no topic is given).
 */
export function sources(index: BriefIndex, query: string, topic: string | null, now: string): Answer {
  // Pure in (index, topic, day): computed once, a fresh copy each time.
  return keptAnswer(index, `sources:${topic ?? ''}:${now}`, query, () => sourcesAnswer(index, topic, now));
}

function sourcesAnswer(index: BriefIndex, topic: string | null, now: string): Answer {
  const query = '';
  const cites = new Citations(index);
  const docs = eligibleDocs(index, now);
  const chosen = new Map<string, Passage>();
  if (topic) {
    const resolved = index.entities.resolve(topic);
    // The corpus's own subject narrows nothing ("sources Boeing machinists strike"): the other words do.
    const rest = words(topic).filter((w, i) => !resolved.consumed.has(i) && !STOPWORDS.has(w));
    // (…nor does a name of the subject itself, "Mugabe resignation": its words are the story asked for.)
    const subjectNamed = !rest.length && resolved.ids.length === 1 && resolved.ids[0] === index.focus;
    const ids = rest.length || subjectNamed ? resolved.ids.filter((id) => id !== index.focus) : resolved.ids;
    // A day named ("the April 30 uprising") places the story; the other words tell it.
    // ("march" and "may" are dates only beside a number: "sources march on parliament".)
    const typed = words(topic);
    const numeral = (w: string | undefined) => !!w && NUMERAL_RE.test(w);
    const dated = new Set(typed.filter((w, i) => NUMERAL_RE.test(w) || (DATE_WORD_RE.test(w) && (!/^(?:march|may)$/.test(w) || numeral(typed[i - 1]) || numeral(typed[i + 1])))));
    const told = [...new Map((subjectNamed ? typed.filter((w) => !STOPWORDS.has(w)) : rest).filter((w) => !dated.has(w)).map((w) => [stem(w), w])).entries()];
    const visible = new Set(docs.map((d) => d.path));
    const ranked = ids.length || told.length ? kept(index, 'sources', `${ids.join(',')}|${told.map(([t]) => t).join(',')}`, KEPT_VALUES, () => rankDocs(index, ids, told)) : [];
    for (const r of ranked) if (visible.has(r.doc)) chosen.set(r.doc, r.cite);
    // (Without a name, the passages nearest the words too: "IMF leadership change" is told as "succeeds".)
    if (!chosen.size || !ids.length) {
      const r = search(index, ids.length || !rest.length ? topic : rest.join(' '), { asOf: now, limit: 50 });
      // Articles with a sentence near the best match, not every article that shares one word.
      const floor = (r.hits[0]?.score ?? 0) * 0.3;
      if (coverage(r) >= 0.5) for (const h of r.hits) if (h.score >= floor && !chosen.has(h.passage.doc)) chosen.set(h.passage.doc, h.passage);
      // "sources judicial reform": an article whose headline carries half the topic ("… passes judicial overhaul …",
      // "I Friedkin completano l'acquisto") is about it, whatever words its sentences use; cited at its first
      // sentence holding one of them.
      const asked = [...new Set(terms(ids.length || !rest.length ? topic : rest.join(' ')))];
      if (chosen.size && asked.length >= 2) {
        for (const d of docs) {
          if (chosen.has(d.path)) continue;
          const headline = new Set(terms(d.title));
          if (asked.filter((t) => holdsSame(headline, t)).length < Math.ceil(asked.length / 2)) continue;
          const p = d.passages.find((x) => { const have = new Set(terms(x.text)); return asked.some((t) => holdsSame(have, t)); }) ?? d.passages[0];
          if (p) chosen.set(d.path, p);
        }
      }
    }
    // "sources failed vote in May": a month named places the story; the articles of that month, or telling
    // something of it, that speak of the words asked, come before the others (which a long list may cut).
    const month = monthAsked(topic);
    if (month) {
      const told0 = told.map(([t]) => t);
      const inMonth = (date: string | null | undefined) => !!date && date.slice(5, 7) === month.mm && (!month.yyyy || date.startsWith(month.yyyy));
      const says = (p: Passage) => { const have = new Set(terms(p.text)); return told0.some((t) => holdsSame(have, t)) || ids.some((id) => index.mentions[p.id].some((m) => m.id === id)); };
      // (An article of another month only where one sentence of that month tells all of it: a timeline's entry.)
      const tells = (p: Passage) => { const have = new Set(terms(p.text)); return told0.length > 0 && told0.every((t) => saysWord(have, t)) && ids.every((id) => index.mentions[p.id].some((m) => m.id === id)); };
      const then = new Map<string, Passage>();
      for (const d of docs) {
        const told1 = d.passages.find((p) => p.dateOrigin === 'sentence' && inMonth(p.date) && tells(p));
        const cite = told1 ?? (inMonth(d.published) ? chosen.get(d.path) ?? d.passages.find(says) : undefined);
        if (cite) then.set(d.path, cite);
      }
      if (then.size) {
        const rest0 = [...chosen].filter(([path]) => !then.has(path));
        chosen.clear();
        for (const [path, p] of [...then, ...rest0]) chosen.set(path, p);
      }
    }
  } else {
    for (const d of docs) if (d.passages[0]) chosen.set(d.path, d.passages[0]);
  }
  // The most relevant articles when there are more than fit (chosen holds them in that order), shown newest first.
  const rank = new Map([...chosen.keys()].map((path, i) => [path, i]));
  const listed: Doc[] = docs.filter((d) => chosen.has(d.path)).sort((a, b) => rank.get(a.path)! - rank.get(b.path)!);
  if (!listed.length) {
    return {
      command: 'sources', query, asOf: null, found: false,
      heading: `No source in the corpus is about “${topic}”.`, items: [], notes: ['Try /qwen sources for the full list.'], citations: [],
    };
  }
  const shown = listed.slice(0, MAX_SOURCES).sort((a, b) => newerFirst(a.published, b.published) || (a.path < b.path ? -1 : 1));
  return {
    command: 'sources',
    query,
    asOf: newestPublished(listed),
    found: true,
    heading: topic ? `${listed.length} source${listed.length === 1 ? '' : 's'} about “${topic}”` : `${listed.length} sources in the corpus`,
    items: shown.map((d) => ({ section: null, text: `${d.title} (${sourceLabel(d)})`, cites: [cites.passage(chosen.get(d.path)!)] })),
    notes: listed.length > shown.length ? [`…and ${listed.length - shown.length} more${topic ? ', older or saying less of it' : ', older'}; narrow it with /qwen sources <topic>`] : [],
    citations: cites.list,
  };
}

interface Ranked {
  doc: string;
  cite: Passage;
  score: number;
  foreign?: true; // in another language, speaking of none of the words typed
  twinOnly?: true; // …and kept only beside an English article telling the same news
}

/**
 * The articles about the people or organisations `ids` and the news `told` (stems with the words typed),
 * most relevant first: each names every one of `ids` and speaks of half of `told` or more (a word of the same
 * family, "election" for "elected", or of the same kind of change, "named" for "appointment"); with no one
 * named, of all of them but one (of two, both), told together in its headline or in one sentence. Cited at
 * its best sentence.
 */
function rankDocs(index: BriefIndex, ids: string[], told: [string, string][]): Ranked[] {
  // Half the words beside a name; without one, all of two words, all but one of more.
  const need = ids.length ? Math.ceil(told.length / 2) : told.length <= 2 ? told.length : told.length - 1;
  const speaks = ([t, w]: [string, string], have: Set<string>, kinds?: Set<string>) =>
    saysWord(have, t) || (!!kinds && !!eventKindOf(w) && kinds.has(eventKindOf(w)!));
  const out: Ranked[] = [];
  // (With names, only the articles naming the first of them can name them all.)
  const docs = ids.length ? [...new Set((index.byEntity.get(ids[0]) ?? []).map((pid) => index.passages[pid].doc))].map((path) => index.docByPath.get(path)!) : index.docs;
  for (const d of docs) {
    if (!d.passages.length) continue;
    const naming = ids.length ? d.passages.filter((p) => ids.every((id) => index.mentions[p.id].some((m) => m.id === id))) : d.passages;
    if (!naming.length) continue;
    const whole = docTerms(index, d.path);
    // (An article in another language names them in its words, not the ones typed: "McElroy settlement" in a
    // Spanish article on "el acuerdo con McElroy". Naming them twice, it is about them; listed after the others.)
    // (With only the corpus's subject asked about, one naming it twice, kept only beside an English twin below.)
    const foreign = ids.length > 0 ? naming.length >= 2 && notEnglish(index, d) : notEnglish(index, d) && d.passages.filter((p) => index.mentions[p.id].some((m) => m.id === index.focus)).length >= 2;
    const wordless = told.filter((x) => speaks(x, whole.terms, whole.kinds)).length < need;
    if (wordless && !foreign) continue;
    const headline = new Set(terms(d.title));
    const inHeadline = told.filter((x) => speaks(x, headline, eventKinds(d.title))).length;
    const titleIds = ids.length ? index.entities.countNamed(d.title, ids) : 0;
    let cite = naming[0];
    let best = -1;
    for (const p of naming) {
      const have = new Set(terms(p.text));
      const n = told.filter((x) => speaks(x, have)).length;
      if (n > best) [cite, best] = [p, n];
    }
    // (Without a name to anchor it, the words must be the article's story, not a passing mention.)
    if (!ids.length && told.length && inHeadline < need && best < need && !foreign) continue;
    // (An article in another language that speaks of none of the words, after the others.)
    out.push({ doc: d.path, cite, score: wordless || (foreign && !ids.length) ? Math.min(naming.length, 10) / 100 : 3 * titleIds + 2 * inHeadline + best + Math.min(naming.length, 10) / 10, ...(foreign && (wordless || !ids.length) ? { foreign: true as const } : {}), ...(foreign && !ids.length ? { twinOnly: true as const } : {}) });
  }
  const published = (doc: string) => index.docByPath.get(doc)!.published;
  // (…unless it tells the news an English one tells, within two days of it: "M&S quitte la France" the day after
  // "M&S to shut 30 UK stores and pull out of 10 overseas markets" ranks just after it.)
  // (Only an article in another language, set beside the English ones as they scored on their own.)
  const english = out.filter((x) => !x.foreign && x.score >= 1);
  for (const f of out.filter((x) => x.foreign)) {
    const day = published(f.doc);
    if (!day) continue;
    const twin = english.filter((x) => !!published(x.doc) && Math.abs(dayNumber(published(x.doc)!) - dayNumber(day)) <= 2).sort((a, b) => b.score - a.score)[0];
    if (twin) {
      f.score = twin.score - 0.5;
      delete f.twinOnly;
    }
  }
  for (let i = out.length - 1; i >= 0; i--) if (out[i].twinOnly) out.splice(i, 1);
  // (Equally relevant ones newest first, so a cut drops the oldest.)
  return out.sort((a, b) => b.score - a.score || newerFirst(published(a.doc), published(b.doc)) || (a.doc < b.doc ? -1 : 1));
}

/** An article written in another language: few English function words, or mostly Chinese, Japanese or Korean script. */
function notEnglish(index: BriefIndex, d: Doc): boolean {
  return kept(index, 'notEnglish', d.path, KEPT_VALUES, () => {
    const text = d.passages.map((p) => p.text).join(' ');
    const cjk = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []).length;
    const latin = words(text);
    const english = latin.filter((w) => ENGLISH_FUNCTION.has(w)).length;
    return cjk > latin.length || english < 0.05 * latin.length;
  });
}
const ENGLISH_FUNCTION = new Set('the and of to in was is said has for with that on by'.split(' '));

/**
 * "elect" and "election", "president" and "presidential": one stem of five letters or more, the other it
 * with a word-forming ending ("secret" and "secretary" are different words).
 */
function sameFamily(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // (-is/-iz from six letters on: "hospitalisation" is of "hospital", but "Francis" is not of "France".)
  const ending = long.slice(short.length);
  return short.length >= 5 && long.startsWith(short) && FAMILY_ENDING_RE.test(ending) && (!/^i[sz]$/.test(ending) || short.length >= 6);
}
/** Whether a text's stems `have` hold `t`, or a word of its family ("election" for "elected"). */
function saysWord(have: Set<string>, t: string): boolean {
  return holdsSame(have, t) || [...have].some((x) => sameFamily(x, t));
}
const FAMILY_ENDING_RE = /^(?:|e|ee|s|al|ial|ian|ion|ions|ive|ment|ments|or|er|ers|ing|ity|ship|at|ate|ation|is|iz)$/;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The month a sources topic names ("in May", "May 11", "March 2019"), as two digits, with its year when given. */
function monthAsked(topic: string): { mm: string; yyyy: string | null } | null {
  // ("march" and "may" only after "in"/"during"/"since" or beside a number: "sources march on parliament".)
  const m = /\b(?:(in|during|since|of)\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)\b(?:\s+(\d{1,2})\b)?(?:,?\s+((?:19|20)\d\d))?/i.exec(topic);
  if (!m) return null;
  const word = m[2].toLowerCase();
  if ((word === 'march' || word === 'may') && !m[1] && !m[3] && !m[4]) return null;
  return { mm: String(MONTHS.indexOf(word) + 1).padStart(2, '0'), yyyy: m[4] ?? null };
}
