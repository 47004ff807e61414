// "Directors had lost confidence in the strategy the CEO laid out": a title with "the" and no name
// refers to the person of that title the article spoke of last. Such sentences then count as
// about that person (for questions about them), as a pronoun does.
import type { Passage } from '../corpus/types.ts';
import type { RoleFact } from './facts.ts';
import { titleOf } from './lexicon.ts';
import type { Mention } from './names.ts';

const TITLE_REF =
  /\b[Tt]he (?:(?:company|firm|group|chipmaker|carmaker|automaker|bank|board)['’]s )?(?:(?:former|new|outgoing|incoming|interim|acting|then) )?(chief executive officer|chief executive|CEO|chief technology officer|CTO|chief financial officer|CFO|chief operating officer|COO|chair(?:man|woman)?|president|founder|co-founder)\b/gu;

/** Mentions with the title references added (a new array per passage that gained one). */
export function resolveTitleRefs(passages: Passage[], mentions: Mention[][], roles: RoleFact[], isPerson: (id: string) => boolean): Mention[][] {
  const titlesOf = new Map<string, Set<string>>();
  for (const r of roles) (titlesOf.get(r.person) ?? titlesOf.set(r.person, new Set()).get(r.person)!).add(r.title);
  const rolesAt = new Map<number, RoleFact[]>();
  for (const r of roles) (rolesAt.get(r.passage) ?? rolesAt.set(r.passage, []).get(r.passage)!).push(r);
  const out = mentions.slice();
  let doc = '';
  let last = new Map<string, string>(); // title → person the article named with it last
  for (const p of passages) {
    if (p.doc !== doc) {
      doc = p.doc;
      last = new Map();
    }
    const here = mentions[p.id];
    const added: Mention[] = [];
    for (const m of p.text.matchAll(TITLE_REF)) {
      const title = titleOf(m[1])?.canon;
      if (!title) continue;
      const end = m.index + m[0].length;
      // "the CEO, Lip-Bu Tan": an apposition names them; "the CEO of Gloo" is someone else's.
      if (here.some((x) => x.start >= end && x.start - end <= 3) || /^\s+(?:of|at)\s+\p{Lu}/u.test(p.text.slice(end, end + 20))) continue;
      const who = last.get(title);
      if (!who || here.some((x) => x.id === who) || added.some((x) => x.id === who)) continue;
      added.push({ id: who, start: m.index, end, ref: true });
    }
    if (added.length) out[p.id] = [...here, ...added].sort((a, b) => a.start - b.start);
    // Who this sentence gives a title, or names while holding one elsewhere in the corpus.
    for (const r of rolesAt.get(p.id) ?? []) last.set(r.title, r.person);
    for (const x of here) {
      if (!isPerson(x.id) || x.ref) continue;
      for (const t of titlesOf.get(x.id) ?? []) if (!(rolesAt.get(p.id) ?? []).some((r) => r.title === t)) last.set(t, x.id);
    }
  }
  return out;
}
