// "Directors had lost confidence in the strategy the CEO laid out": a title with "the" and no name
// refers to the person of that title the article spoke of last. Such sentences then count as
// about that person (for questions about them), as a pronoun does.
import type { Passage } from '../corpus/types.ts';
import type { RoleFact } from './facts.ts';
import { titleOf } from './lexicon.ts';
import type { Mention } from './names.ts';

const TITLE_REF =
  /(?<![\p{L}])(?:[Tt]he|\p{Lu}[\p{L}-]*['’]s) (?:(?:company|firm|group|chipmaker|carmaker|automaker|bank|board)['’]s )?(?:(?:former|new|outgoing|incoming|interim|acting|then) )?(?:\p{Lu}\p{Ll}+(?:an|ish|ese|ch|i) )?(chief executive officer|chief executive|CEO|chief [\p{L}-]+ (?:officer|scientist)|chief scientist|chief technology officer|CTO|chief financial officer|CFO|chief operating officer|COO|chair(?:man|woman)?|president|founder|co-founder|prime minister|chancellor|mayor)\b/gu;

// "Swiss lawyer Olivier Niggli", "Olivier Niggli, a Swiss lawyer,": how an article describes someone (a nationality
// or another word, then a common noun), and "The Swiss lawyer succeeds …" opening a sentence again.
const DESCRIPTOR_BEFORE = /(?:^|[\s,(—–-])((?:\p{Lu}\p{Ll}+\s+)?\p{Ll}{4,})\s+$/u;
const DESCRIPTOR_AFTER = /^,\s+(?:an?|the)\s+((?:\p{Lu}\p{Ll}+\s+)?\p{Ll}{4,}),/u;
const DESCRIBED_AGAIN = /^The\s+((?:\p{Lu}\p{Ll}+\s+)?\p{Ll}{4,})\s+(?=(?:has|had|was|is|will|would|said|says|\p{Ll}+(?:s|ed))\b)/u;
const BODY_NOUN = /^(?:company|companies|firm|group|party|club|team|board|agency|government|country|city|state|business|bank|carrier|airline|league|federation|union|body|organi[sz]ation|school|university|newspaper|paper|network|channel|outlet|brand|maker|studio)$/;
// Words before a name that describe no one: verbs and function words ("said Olivier Niggli", "with Olivier Niggli").
const NOT_DESCRIPTOR = /^(?:said|says|told|tells|added|asked|wrote|according|with|from|about|under|after|before|between|against|alongside|including|named|appointed|elected|replaced|replacing|succeeded|succeeding|thanked|backed|beat|defeated|joined|hired|fired|called|where|when|while|that|which|whom|whose|than|then|also|only|even|both|into|onto|over|upon|like|unlike|through|during|since|until|without|within|become|became|becomes|made|make|makes|chose|picks|picked|tapped|ousted|removed|dismissed|sacked|nominated|welcomed|urged|criticised|criticized|praised|attacked|accused|blamed|met|meets|meeting|visited|sent|sends)$/;

/** How the corpus describes its people ("swiss lawyer" → Niggli; two people so described → null), and who each article names. */
function descriptions(passages: Passage[], mentions: Mention[][], isPerson: (id: string) => boolean) {
  const described = new Map<string, string | null>();
  const namedIn = new Map<string, Set<string>>();
  for (const p of passages) {
    for (const x of mentions[p.id]) {
      if (!isPerson(x.id) || x.ref) continue;
      (namedIn.get(p.doc) ?? namedIn.set(p.doc, new Set()).get(p.doc)!).add(x.id);
      const before = DESCRIPTOR_BEFORE.exec(p.text.slice(Math.max(0, x.start - 40), x.start))?.[1];
      const after = DESCRIPTOR_AFTER.exec(p.text.slice(x.end, x.end + 50))?.[1];
      for (const d of [before, after]) {
        // (Not a title: "the president" is read above, by who held it last.)
        // (…nor a body: "the company Steve Jobs founded" names the company, not him.)
        const noun = d?.split(/\s+/).pop();
        if (!d || !noun || NOT_DESCRIPTOR.test(noun) || BODY_NOUN.test(noun) || titleOf(d) || titleOf(noun)) continue;
        if (d === before && /^\s+\p{Ll}+(?:ed|s)\b/u.test(p.text.slice(x.end, x.end + 20))) continue;
        const k = d.toLowerCase();
        described.set(k, described.has(k) && described.get(k) !== x.id ? null : x.id);
      }
    }
  }
  return { described, namedIn };
}

/** A sentence telling someone taking a post up. */
const TAKES_UP = /\b(?:sworn in|named|appointed|elected|became|becomes|took office|takes office|took over|takes over|installed|promoted)\b/i;

/** Mentions with the title references added (a new array per passage that gained one). */
export function resolveTitleRefs(passages: Passage[], mentions: Mention[][], roles: RoleFact[], isPerson: (id: string) => boolean, headlinePeople: (doc: string) => string[] = () => []): Mention[][] {
  const titlesOf = new Map<string, Set<string>>();
  for (const r of roles) (titlesOf.get(r.person) ?? titlesOf.set(r.person, new Set()).get(r.person)!).add(r.title);
  const rolesAt = new Map<number, RoleFact[]>();
  for (const r of roles) (rolesAt.get(r.passage) ?? rolesAt.set(r.passage, []).get(r.passage)!).push(r);
  const out = mentions.slice();
  const { described, namedIn } = descriptions(passages, mentions, isPerson);
  let doc = '';
  let last = new Map<string, string>(); // title → person the article named with it last
  let started = new Map<string, string>(); // title → person the article last told taking it up
  let ages = new Map<string, string>(); // age the article gave → person
  let lead: string | undefined; // the first person the article names
  for (const p of passages) {
    if (p.doc !== doc) {
      doc = p.doc;
      last = new Map();
      started = new Map();
      ages = new Map();
      lead = undefined;
      // "Yann LeCun confirms he will leave Meta" over "Meta's chief AI scientist said …": the one person
      // the headline names is who the article's titles refer to until it names someone else.
      const named = headlinePeople(doc);
      if (named.length === 1) {
        lead = named[0];
        for (const t of titlesOf.get(named[0]) ?? []) last.set(t, named[0]);
      }
    }
    const here = mentions[p.id];
    const added: Mention[] = [];
    // "Zhang Yiming, 38, …" then "the 38-year-old": the person whose age the article gave.
    for (const m of p.text.matchAll(/\b[Tt]he (\d{2})-year-old\b/g)) {
      // Unknown age: the person the article opened on (its lead's subject).
      const who = ages.get(m[1]) ?? (ages.size ? undefined : lead);
      if (who && !here.some((x) => x.id === who) && !added.some((x) => x.id === who)) added.push({ id: who, start: m.index, end: m.index + m[0].length, ref: true });
    }
    // "Swiss lawyer Olivier Niggli takes the helm …" then "The Swiss lawyer succeeds David Howman": a sentence
    // opening on how the article described someone is about them.
    // (…the one the corpus describes so, named in this article too.)
    const opening = DESCRIBED_AGAIN.exec(p.text);
    const who = opening ? described.get(opening[1].toLowerCase()) : undefined;
    if (opening && who && namedIn.get(p.doc)?.has(who) && !here.some((x) => isPerson(x.id) && x.start < opening[0].length)) added.push({ id: who, start: 0, end: opening[0].length - 1, ref: true });
    lead ??= here.find((x) => isPerson(x.id) && !x.ref)?.id;
    for (const x of here) {
      const age = /^,\s*(\d{2}),/.exec(p.text.slice(x.end, x.end + 6));
      if (age && isPerson(x.id)) ages.set(age[1], x.id);
    }
    for (const m of p.text.matchAll(TITLE_REF)) {
      const title = titleOf(m[1])?.canon;
      if (!title) continue;
      const end = m.index + m[0].length;
      // "the CEO, Lip-Bu Tan": an apposition names them; "the CEO of Gloo" is someone else's.
      if (here.some((x) => x.start >= end && x.start - end <= 3) || /^\s+(?:of|at)\s+\p{Lu}/u.test(p.text.slice(end, end + 20))) continue;
      // ("The president of the Assembly, Virgilio Saquicela,": so does one after the body's name.)
      if (here.some((x) => isPerson(x.id) && x.start > end && /^\s+(?:of|at)\s+[^,.;]{1,50},\s*$/.test(p.text.slice(end, x.start)))) continue;
      // "Shengjia Zhao, MSL's chief scientist,": so does a name just before it.
      if (here.some((x) => isPerson(x.id) && x.end <= m.index && /^\s*[,—–(]\s*$/.test(p.text.slice(x.end, m.index)))) continue;
      // ("the new prime minister", after "Hipkins was sworn in as prime minister" and "Ardern left … as
      // prime minister": the one who took the post up.)
      const who = (/\b(?:new|incoming)\s/i.test(m[0]) ? started.get(title) : undefined) ?? last.get(title);
      if (!who || here.some((x) => x.id === who) || added.some((x) => x.id === who)) continue;
      // "Microsoft's chief executive": only someone holding that title there.
      const owner = here.find((x) => x.start === m.index && !isPerson(x.id));
      if (owner && !roles.some((r) => r.person === who && r.title === title && r.org === owner.id)) continue;
      added.push({ id: who, start: m.index, end, ref: true });
    }
    // "Supporters of the outgoing president said she had been forced out": a pronoun after "the outgoing
    // president" is that president, not the person the sentence before named.
    const outgoing = added.find((x) => /\b(?:outgoing|ousted|departing)\s/i.test(p.text.slice(x.start, x.end)));
    if (outgoing) {
      const repointed = here.map((x) => (x.ref && x.start > outgoing.end && isPerson(x.id) && /^(?:he|she|him|her|his)$/i.test(p.text.slice(x.start, x.end)) ? { ...x, id: outgoing.id } : x));
      out[p.id] = [...repointed, ...added].sort((a, b) => a.start - b.start);
    } else if (added.length) out[p.id] = [...here, ...added].sort((a, b) => a.start - b.start);
    // Who this sentence gives a title, or names while holding one elsewhere in the corpus.
    for (const r of rolesAt.get(p.id) ?? []) {
      last.set(r.title, r.person);
      if (!r.past && TAKES_UP.test(p.text)) started.set(r.title, r.person);
    }
    for (const x of here) {
      // (A family name alone is naming them again, "His relationship with Laporta, elected in March": a
      // pronoun or a title is not.)
      const written = p.text.slice(x.start, x.end);
      const pronounOrTitle = x.ref && (!/^\p{Lu}\p{Ll}/u.test(written) || /^(?:He|She|His|Her|Him|The|Er|Sie)\b/.test(written));
      if (!isPerson(x.id) || pronounOrTitle) continue;
      for (const t of titlesOf.get(x.id) ?? []) if (!(rolesAt.get(p.id) ?? []).some((r) => r.title === t)) last.set(t, x.id);
    }
  }
  return out;
}

/**
 * An interview ("Q: Why did you leave? / A: I wanted to …"): "you" in the questions and "I" in the
 * answers are the person the article introduces first.
 */
export function resolveInterview(passages: Passage[], mentions: Mention[][], isPerson: (id: string) => boolean): Mention[][] {
  const out = mentions.slice();
  const byDoc = new Map<string, Passage[]>();
  for (const p of passages) (byDoc.get(p.doc) ?? byDoc.set(p.doc, []).get(p.doc)!).push(p);
  for (const ps of byDoc.values()) {
    if (!ps.some((p) => /^A\s*[:：]/.test(p.text)) || !ps.some((p) => /^Q\s*[:：]/.test(p.text))) continue;
    const who = ps.slice(0, 4).flatMap((p) => mentions[p.id]).find((m) => isPerson(m.id) && !m.ref)?.id;
    if (!who) continue;
    let speaker: 'Q' | 'A' | null = null;
    let paragraph = -1;
    for (const p of ps) {
      const mark = /^([QA])\s*[:：]/.exec(p.text)?.[1] as 'Q' | 'A' | undefined;
      if (mark) speaker = mark;
      else if (p.paragraph !== paragraph) speaker = null;
      paragraph = p.paragraph;
      if (!speaker || out[p.id].some((m) => m.id === who)) continue;
      const pron = (speaker === 'A' ? /\b(?:I|my|me|I'm|I've|I'd)\b/ : /\b(?:you|your)\b/i).exec(p.text);
      if (pron) out[p.id] = [...out[p.id], { id: who, start: pron.index, end: pron.index + pron[0].length, ref: true as const }].sort((a, b) => a.start - b.start);
    }
  }
  return out;
}

/**
 * "…, the prime minister said …" then "He will remain in office as caretaker": a sentence that opens
 * with "He"/"She" and names no one refers to the one person the sentence before spoke of, once that
 * sentence's title references are resolved.
 */
export function resolveOpeningPronouns(passages: Passage[], mentions: Mention[][], isPerson: (id: string) => boolean): Mention[][] {
  const out = mentions.slice();
  for (let i = 1; i < passages.length; i++) {
    const p = passages[i];
    const prev = passages[i - 1];
    // (Names later in the sentence are others: "Sie trat die Nachfolge von Bernd Osterloh an".)
    if (prev.doc !== p.doc || out[p.id].some((m) => isPerson(m.id) && m.start <= 3)) continue;
    // German "Er"/"Sie" open a sentence the same way.
    // (…and so do "His"/"Her": "His salary was not disclosed" is the pay of the one just named.)
    let pron = /^\W{0,3}(He|She|His|Her|Er|Sie)\b/.exec(p.text);
    // "Ronald Koeman. … The Dutch football federation announced that he would succeed Louis van Gaal": a
    // "he" before any name, in the paragraph that named one person just before, is that person.
    const inner = pron ? null : /\b(he|she)\b/.exec(p.text);
    if (inner && prev.paragraph === p.paragraph && !out[p.id].some((m) => isPerson(m.id) && m.start < inner.index)) pron = inner;
    if (!pron) continue;
    let people = [...new Set(out[prev.id].filter((m) => isPerson(m.id)).map((m) => m.id))];
    // "Lampard, …, was replaced by Thomas Tuchel. He has been out of work since …": the one the
    // sentence before opened on, its subject. (For "His"/"Her", the one the article is about when the
    // sentence named them: "Bullingham said Tuchel was … His salary was not disclosed".)
    const lead = /^H(?:is|er)$/.test(pron[1]) ? leadPerson(passages, out, p.doc, i, isPerson) : null;
    if (people.length > 1) people = lead && people.includes(lead) ? [lead] : out[prev.id].filter((m) => isPerson(m.id) && m.start <= 2).map((m) => m.id);
    if (people.length !== 1) continue;
    const start = pron.index + pron[0].length - pron[1].length;
    out[p.id] = [{ id: people[0], start, end: start + pron[1].length, ref: true as const }, ...out[p.id]];
  }
  return out;
}

/** The first person an article names before passage `upto`: whom it is about. */
function leadPerson(passages: Passage[], mentions: Mention[][], doc: string, upto: number, isPerson: (id: string) => boolean): string | null {
  let i = upto;
  while (i > 0 && passages[i - 1].doc === doc) i--;
  for (; i < upto; i++) for (const m of mentions[passages[i].id]) if (isPerson(m.id)) return m.id;
  return null;
}

/**
 * "Jenny Martinez, the dean of Stanford Law School, …. The law school will begin a search": an
 * organisation of three words or more, named earlier in the article, referred to by its last two in lowercase.
 */
export function resolveOrgDescriptions(passages: Passage[], mentions: Mention[][], aliasesOf: (id: string) => readonly string[], isOrg: (id: string) => boolean): Mention[][] {
  const out = mentions.slice();
  let doc = '';
  let tails = new Map<string, string | null>(); // "law school" → the organisation, or null when two share it
  for (const p of passages) {
    if (p.doc !== doc) {
      doc = p.doc;
      tails = new Map();
    }
    const added: Mention[] = [];
    if (tails.size) {
      for (const m of p.text.matchAll(/(?<![\p{L}])[Tt]he ([a-z]+ [a-z]+)\b/gu)) {
        const id = tails.get(m[1]);
        const start = m.index;
        if (!id || out[p.id].some((x) => x.start < start + m[0].length && x.end > start)) continue;
        added.push({ id, start, end: start + m[0].length, ref: true });
      }
      if (added.length) out[p.id] = [...out[p.id], ...added].sort((a, b) => a.start - b.start);
    }
    for (const x of mentions[p.id]) {
      if (x.ref || !isOrg(x.id)) continue;
      for (const a of aliasesOf(x.id)) {
        const ws = a.split(/\s+/);
        if (ws.length < 3 || !ws.slice(-2).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) continue;
        const tail = ws.slice(-2).join(' ').toLowerCase();
        tails.set(tail, tails.has(tail) && tails.get(tail) !== x.id ? null : x.id);
      }
    }
  }
  return out;
}
