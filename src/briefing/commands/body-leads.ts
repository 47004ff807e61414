import type { Passage } from '../../corpus/types.ts';
import { memo, type BriefIndex } from '../../index/build.ts';
import { escapeRegExp, STOPWORDS, words } from '../../index/normalize.ts';
import { Citations, dateLabel, quoted, sourceLabel } from '../cite.ts';
import { eligibleDocs, isEligible, newestPublished } from '../eligible.ts';
import { isSentence } from '../extract.ts';
import { byDateDesc, rolesAt } from '../knowledge.ts';
import type { Answer, Item } from '../types.ts';

// A body typed by its own name, inside or beside the organisation: "Independent Investigation Committee",
// "orchestra board", "inquiry panel".
export const BODY_NOUN = /\b(?:committee|commission|panel|inquiry|council|board|trustees|tribunal|taskforce|task force|jury)\b/i;
// Words after a body's name that say what it looks into: "inquiry into", "commission on".
// (…or when: "who led the council before Tom Reed?", "… in 2019?".)
const PAST_BODY = new Set(['into', 'on', 'over', 'about', 'investigating', 'examining', 'before', 'after', 'until', 'during', 'in', 'since']);
// The body spoken of by its kind in the sentence after its name: "The panel is chaired by Gan Matsui".
const BODY_BACK = /\b(?:the|this|that|its)\s+(?:panel|committee|commission|inquiry|council|board|body|tribunal|task ?force)\b/gi;
// How far (in characters) after the body's name its post may be told ("Committee of outside lawyers, chaired by").
const NEAR = 50;
// A verb between the body's name and a post that gives the post elsewhere.
const NEXT_POST = /\b(?:becomes?|became|becoming|named|appointed|joins?|joined|will|takes?|took|moves?|moved|set up|reporting|reports?)\b/i;
// The posts that head a body.
const BODY_HEADS = /^(?:chair|head|president|leader|director|convenor|coordinator)$/;
const MAX_HEAD_QUOTES = 3;
// Between two names of a list: "X, Y and Z".
const LIST_GAP = /^\s*(?:,|and|,\s*and)\s*$/;
const MAX_EARLIER = 3;

interface Claim { person: string; passage: Passage; title: string; member: boolean }

/**
 * Who leads a body the user typed by name (its words beyond the organisation's), learned from the posts the
 * sentences give next to that name: "the Independent Investigation Committee chaired by lawyer Gan Matsui".
 * Its members where no sentence names a head ("orchestra board member Peter Riegelbauer"). Null when no
 * sentence ties a post to the name.
 */
export function bodyLeads(index: BriefIndex, bodyWords: string[], now: string): Answer | null {
  const typed = bodyWords.filter((w) => !STOPWORDS.has(w) || w === 'of' || PAST_BODY.has(w));
  while (typed.length && typed[0] === 'of') typed.shift();
  // ("the public inquiry into the Horizon scandal": the body's name ends before what it looks into.)
  const cut = typed.findIndex((w, i) => PAST_BODY.has(w) && typed.slice(0, i).some((x) => BODY_NOUN.test(x)));
  if (cut > 0) typed.splice(cut);
  // (A bare "board" or "committee" names no body of its own: any board's chair is near the word.)
  if (typed.length < 2 || !BODY_NOUN.test(typed.join(' '))) return null;
  const phrase = new RegExp(`\\b${typed.map(escapeRegExp).join('\\s+(?:the\\s+)?')}\\b`, 'gi');
  // The body's kind, the noun its name ends on ("committee"), that a later sentence may call it by.
  const kind = typed.filter((w) => BODY_NOUN.test(w)).at(-1) ?? '';
  const claims = memo(index, `bodyLeads:${typed.join(' ')}`, () => bodyClaims(index, phrase, kind));
  const seen = claims.filter((c) => isEligible(index, c.passage, now) && (!c.passage.date || c.passage.date <= now));
  const heads = seen.filter((c) => !c.member);
  const list = heads.length ? heads : seen;
  if (!list.length) return null;

  // The head: the one with the newest dated claim (most claims on a tie).
  const byPerson = new Map<string, Claim[]>();
  for (const c of [...list].sort((a, b) => byDateDesc(a.passage.date, b.passage.date) || isSentence(b.passage) - isSentence(a.passage) || a.passage.id - b.passage.id)) {
    (byPerson.get(c.person) ?? byPerson.set(c.person, []).get(c.person)!).push(c);
  }
  const ranked = [...byPerson.entries()].sort(
    (a, b) => byDateDesc(a[1][0].passage.date, b[1][0].passage.date) || b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1),
  );
  const name = (id: string) => index.entities.get(id)?.name ?? id;
  const docOf = (p: Passage) => index.docByPath.get(p.doc)!;
  const label = (p: Passage) => `(${dateLabel(p)}; ${sourceLabel(docOf(p))})`;
  const body = bodyName(phrase, list[0].passage) ?? typed.join(' ');
  const cites = new Citations(index);
  const items: Item[] = [];
  const asOf = newestPublished(eligibleDocs(index, now));

  if (!heads.length) {
    // Members only: everyone the sentences name on it, each with their newest sentence.
    for (const [person, cs] of ranked.slice(0, MAX_HEAD_QUOTES + MAX_EARLIER)) {
      items.push({ section: 'Members', text: `${name(person)} — ${quoted(cs[0].passage.text)} ${label(cs[0].passage)}`, cites: [cites.passage(cs[0].passage)] });
    }
    return {
      command: 'who-leads', query: '', asOf, found: true,
      heading: `Who leads the ${body} — no head named; members: ${ranked.map(([p]) => name(p)).join(', ')}, as of ${asOf ?? 'the undated sources'}`,
      items, notes: [], citations: cites.list,
    };
  }
  const [head, headClaims] = ranked[0];
  const docs = new Set<string>();
  for (const c of headClaims) {
    if (docs.size >= MAX_HEAD_QUOTES) break;
    if (docs.has(c.passage.doc)) continue;
    docs.add(c.passage.doc);
    items.push({ section: `Head: ${name(head)}`, text: `${quoted(c.passage.text)} ${label(c.passage)}`, cites: [cites.passage(c.passage)] });
  }
  // (Co-chairs named with the head in one sentence lead it with them, not before them.)
  const coHeads = ranked.slice(1).filter(([, cs]) => cs.some((c) => c.title.endsWith('co-chair') && headClaims.some((h) => h.passage.id === c.passage.id))).map(([p]) => p);
  for (const [person, cs] of ranked.slice(1).filter(([p]) => !coHeads.includes(p)).slice(0, MAX_EARLIER)) {
    const c = cs[0];
    items.push({ section: 'Before that', text: `${name(person)} (${c.title}${c.passage.date ? `, ${c.passage.date}` : ''}) — ${quoted(c.passage.text)} ${label(c.passage)}`, cites: [cites.passage(c.passage)] });
  }
  const since = headClaims.map((c) => c.passage.date).filter((d): d is string => !!d).sort()[0];
  return {
    command: 'who-leads', query: '', asOf, found: true,
    heading: `Who leads the ${body} — ${[head, ...coHeads].map(name).join(' and ')} (${headClaims[0].title}${coHeads.length ? 's' : ''}${since ? `, claimed since ${since}` : ''}), as of ${asOf ?? 'the undated sources'}`,
    items, notes: [], citations: cites.list,
  };
}

/** Posts told next to the body's name, or next to "the panel" in the sentence after it. */
function bodyClaims(index: BriefIndex, phrase: RegExp, kind: string): Claim[] {
  const out: Claim[] = [];
  const named = new Set<number>();
  for (const p of index.passages) if (matchAll(phrase, p.text).length) named.add(p.id);
  for (const p of index.passages) {
    const at = matchAll(phrase, p.text);
    // (A passage right after one naming the body, in the same article, may speak of it by its kind.)
    // (…by the same kind of body: after the committee's sentence, "the board is chaired by" is the board's.)
    if (!at.length && named.has(p.id - 1) && index.passages[p.id - 1].doc === p.doc) at.push(...matchAll(BODY_BACK, p.text).filter(([i, end]) => sameKind(p.text.slice(i, end), kind)));
    if (!at.length) continue;
    // One claim per person and sentence, as chair or co-chair.
    const chairOf = (person: string, co: boolean) => { if (!out.some((c) => c.person === person && c.passage.id === p.id)) out.push({ person, passage: p, title: co ? 'co-chair' : 'chair', member: false }); };
    // ("the Presidential Search Committee, co-chaired by regents Sarah Hubbard and Denise Ilitch": those it is led by,
    // whatever post the sentence gives them.)
    for (const [, end] of at) {
      const by = /^\s*,?\s*(?:(?:which|that)\s+(?:is|was|will be)\s+)?(?:co-?)?(?:chaired|headed|led|run)\s+by\s+/i.exec(p.text.slice(end));
      if (!by) continue;
      const from = end + by[0].length;
      const people = index.mentions[p.id].filter((m) => index.entities.get(m.id)?.type === 'person' && m.start >= from && m.start <= from + 60).sort((a, b) => a.start - b.start);
      for (let k = 0; k < people.length; k++) {
        const gap = p.text.slice(k ? people[k - 1].end : from, people[k].start);
        if (k ? !LIST_GAP.test(gap) : !/^(?:[\p{Ll}-]+\s+){0,2}$/u.test(gap)) break;
        chairOf(people[k].id, /co-?chair/i.test(by[0]));
      }
    }
    // ("regents Sarah Hubbard and Denise Ilitch, who will co-chair a new Presidential Search Committee", "… announce
    // the membership of the Presidential Search Committee, which they will co-chair": the names before, as a list.)
    for (const [i, end] of at) {
      const before = /\b(?:who\s+(?:will\s+|would\s+|is\s+to\s+)?(co-?)?(?:chair|head|lead)s?)\s+(?:the\s+|a\s+|its\s+)?(?:new\s+)?$/i.exec(p.text.slice(Math.max(0, i - 40), i));
      const after = before ? null : /^,\s*which\s+(?:they|he|she)\s+(?:will\s+|would\s+)?(co-?)?(?:chair|head|lead)\b/i.exec(p.text.slice(end));
      if (!before && !after) continue;
      const upTo = before ? Math.max(0, i - 40) + before.index : i;
      const people = index.mentions[p.id].filter((m) => index.entities.get(m.id)?.type === 'person' && m.end <= upTo).sort((a, b) => b.start - a.start);
      // (The names right before the "who", an apposition's comma between: not "Ono said the regents who will lead …".)
      const list = people.length && /^\s*,\s*$/.test(p.text.slice(people[0].end, before ? upTo : people[0].end)) || (people.length && after) ? [people[0]] : [];
      for (let k = 1; k < people.length && LIST_GAP.test(p.text.slice(people[k].end, people[k - 1].start)); k++) list.push(people[k]);
      for (const x of list) chairOf(x.id, !!(before?.[1] ?? after?.[1]));
    }
    for (const r of rolesAt(index, p.id)) {
      if (r.past || index.entities.get(r.person)?.type !== 'person') continue;
      // (The post right after the body's name, "the Committee chaired by", "the inquiry chairman, Sir Wyn
      // Williams"; or before it with "of", "chair of the panel": not a company's chief executive a clause away.)
      // (…nor someone's next post told after it: "secretary general of the works council, becomes head of HR".)
      if (!at.some(([i, end]) => (r.at >= i && r.at - end <= NEAR && !NEXT_POST.test(p.text.slice(end, r.at))) || (r.at < i && /^[\p{L}\s-]{0,30}(?:\([^)]{0,40}\)\s*)?\bof\s+(?:the\s+)?$/u.test(p.text.slice(r.at, i))))) continue;
      const member = !r.head && /\bmember\b/i.test(r.title);
      if (!member && !BODY_HEADS.test(r.title)) continue;
      out.push({ person: r.person, passage: p, title: `${r.interim ? 'interim ' : ''}${r.title.replace(/^board\s+/, '')}`, member });
    }
  }
  return out;
}

/** "the panel" for an inquiry, a commission or a committee; otherwise the same noun. */
function sameKind(back: string, kind: string): boolean {
  const noun = back.split(/\s+/).at(-1)!.toLowerCase();
  const panels = /^(?:panel|committee|commission|inquiry|body|taskforce|force)$/;
  return noun === kind || (panels.test(noun) && panels.test(kind));
}

function matchAll(re: RegExp, text: string): [number, number][] {
  return [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].map((m) => [m.index!, m.index! + m[0].length]);
}

/** The body's name as the sources write it ("Independent Investigation Committee"). */
function bodyName(phrase: RegExp, p: Passage): string | null {
  const m = new RegExp(phrase.source, 'i').exec(p.text);
  return m ? m[0] : null;
}
