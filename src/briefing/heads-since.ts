// "How many CEOs has HP had since Hurd left?": a count is answered by the heads themselves, each with
// the first sentence that gives them the post after the day asked about, read from the head claims.
import type { BriefIndex } from '../index/build.ts';
import { Citations, dateLabel, quoted, sourceLabel } from './cite.ts';
import { eventsAt, headClaims, heldAt, leavingsSeen, type HeadClaim } from './knowledge.ts';
import type { Question } from './question.ts';
import type { Answer } from './types.ts';

/** The heads counted since a leaving or a date, as an answer; null when the question is not of this kind. */
export function headsSince(index: BriefIndex, q: Question, query: string, question: string, now: string): Answer | null {
  if (q.type !== 'how-many' || !q.title || !/\bsince\b/i.test(q.text)) return null;
  const orgs = q.focus.filter((id) => !q.context.includes(id) && index.entities.get(id)?.type === 'organisation');
  const org = orgs[0] ?? index.focus;
  const gone = q.context.find((id) => index.entities.get(id)?.type === 'person');
  // Since someone left: the first leaving the sources date; since a year: its first day.
  const year = /\bsince\s+((?:19|20)\d\d)\b/i.exec(q.text)?.[1];
  // (A day the sources give before a month a look back gives: "resigned on Friday" over "resigned in August".)
  const left = gone ? leavingsSeen(index, gone, now) : [];
  const days = left.filter((p) => p.datePrecision === 'day');
  const from = gone ? (days.length ? days : left).map((p) => p.date!).sort()[0] : year ? `${year}-01-01` : undefined;
  if (!from) return null;
  // Each head's first claim, preferring one that tells them taking the post ("named … as its new chief
  // executive") over a look back dated by another event ("fourth chief executive …, after Hurd resigned in August 2010").
  const takes = (c: HeadClaim) => eventsAt(index, c.passage.id).some((e) => e.person === c.role.person && (e.kind === 'start' || e.kind === 'succession'));
  const first = new Map<string, HeadClaim>();
  for (const c of headClaims(index, org, false, now)) {
    if (c.role.title !== q.title || !c.date || c.date < from || c.role.person === gone || !heldAt(index, c.role, org)) continue;
    const had = first.get(c.role.person);
    // (Ranked by: tells the taking up, then the earlier day, then the earlier sentence.)
    if (!had || (Number(takes(c)) - Number(takes(had)) || (had.date! > c.date ? 1 : had.date! < c.date ? -1 : 0) || had.passage.id - c.passage.id) > 0) first.set(c.role.person, c);
  }
  if (!first.size) return null;
  const list = [...first.values()].sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.passage.id - b.passage.id));
  const cites = new Citations(index);
  const name = (id: string) => index.entities.get(id)?.name ?? id;
  return {
    command: 'ask',
    query,
    asOf: list.at(-1)!.date,
    found: true,
    heading: `${list.length} since ${gone ? `${name(gone)} left (${from})` : from}: ${list.map((c) => `${name(c.role.person)}${c.role.interim ? ' (interim)' : ''}`).join(', ')}`,
    items: list.map((c) => ({
      section: null,
      text: `${name(c.role.person)}${c.role.interim ? ', interim' : ''} — ${quoted(c.passage.text)} (${dateLabel(c.passage)}; ${sourceLabel(index.docByPath.get(c.passage.doc)!)})`,
      cites: [cites.passage(c.passage)],
    })),
    notes: [`Counted from the head claims the sources make for “${question}”; a head no source names is not counted.`],
    citations: cites.list,
  };
}
