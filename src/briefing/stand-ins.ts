// "Who was the interim foreign minister after Leyva was suspended?": the people the sources call the post's
// acting or interim holder, read from the role claims marked interim (or, where no title is given with them,
// from a sentence where someone takes over "on an interim basis"), not from the question's words.
import type { BriefIndex } from '../index/build.ts';
import { INTERIM_RE, sameTitle } from '../index/lexicon.ts';
import type { Question } from './question.ts';
import { isEligible } from './eligible.ts';
import { docAbout, docNames, eventsAt, leavingsSeen } from './knowledge.ts';

/** Passages naming the stand-in, the first one after the person asked about left first; empty when the question is not of this kind. */
export function standIns(index: BriefIndex, q: Question, now: string): number[] {
  // (Only where the stand-in is what is asked: "who was the interim coach", "who ran it on an interim basis",
  // not "who did acting CEO Jones replace".)
  if (q.type !== 'who' || !INTERIM_RE.test(q.text) || OTHER_DEED.test(q.text)) return [];
  const typeOf = (id: string) => index.entities.get(id)?.type;
  const people = q.focus.filter((id) => typeOf(id) === 'person');
  const orgs = q.focus.filter((id) => typeOf(id) === 'organisation' && id !== index.focus);
  const visible = (id: number) => { const p = index.passages[id]; return !!p.date && p.date <= now && isEligible(index, p, now); };
  const ofOrg = (id: number, org: string | null) => orgs.every((o) => org === o || index.mentions[id].some((m) => m.id === o) || docAbout(index, index.passages[id].doc, o));
  let found = !q.title ? [] : index.roles
    .filter((r) => r.interim && sameTitle(r.title, q.title!) && !people.includes(r.person) && visible(r.passage) && ofOrg(r.passage, r.org))
    .map((r) => ({ person: r.person, passage: r.passage }));
  // ("Cockerill will take over … on an interim basis": a taking-over with the interim cue, in an article naming
  // the one who left.)
  // (…and the post asked, where one is: "Kariņš … also took over as acting foreign minister".)
  const postWords = (q.titleWords ?? []).map((w) => w.toLowerCase());
  if (!found.length && people.length) {
    found = index.passages
      .filter((p) => INTERIM_RE.test(p.text) && visible(p.id) && ofOrg(p.id, null) && docNames(index, p.doc, people[0]) && postWords.every((w) => p.text.toLowerCase().includes(w)))
      .flatMap((p) => eventsAt(index, p.id).filter((e) => (e.kind === 'start' || e.kind === 'succession') && e.person && !people.includes(e.person) && typeOf(e.person) === 'person').map((e) => ({ person: e.person!, passage: p.id })));
  }
  if (!found.length) return [];
  const date = (id: number) => index.passages[id].date!;
  const byDate = (a: { passage: number }, b: { passage: number }) => (date(a.passage) < date(b.passage) ? -1 : date(a.passage) > date(b.passage) ? 1 : a.passage - b.passage);
  // After the one asked about left ("after Leyva got suspended"): the first stand-in from that day on.
  // (With no one asked about, or asked of now: the latest.)
  const left = people.length ? leavingsSeen(index, people[0], now).map((p) => p.date!).sort()[0] : undefined;
  const pool = people.length && left ? found.filter((f) => date(f.passage) >= left) : found;
  if (!pool.length) return [];
  pool.sort(byDate);
  const pick = people.length && !q.current ? pool[0].person : pool[pool.length - 1].person;
  return [...new Set(pool.filter((f) => f.person === pick).map((f) => f.passage))];
}

// Who did something to a stand-in ("who appointed Rita Maro acting foreign minister", "who did acting CEO Jones
// replace"): the stand-in is not what is asked.
const OTHER_DEED = /^(?:who|which)\s+(?:\S+\s+){0,2}?(?:appointed|named|picked|chose|hired|fired|sacked|replaced|succeeded|nominated|did|does|will)\b/i;
