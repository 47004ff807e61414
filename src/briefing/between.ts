// "Who ran Wells between Sloan and Scharf?": the heads whose claims fall after the first one named
// left and before the second one's first claim, read from the head claims, not from the question's words.
import type { BriefIndex } from '../index/build.ts';
import type { Question } from './question.ts';
import { headClaims, leavingsSeen, modeDate } from './knowledge.ts';

const BETWEEN_Q = /^who\b.*\bbetween\b/i;

/** Passages that name someone else heading the organisation in the gap, oldest first; empty when the question is not of this kind. */
export function betweenHeads(index: BriefIndex, q: Question, now: string): number[] {
  if (q.type !== 'who' || !BETWEEN_Q.test(q.text)) return [];
  const people = q.focus.filter((id) => index.entities.get(id)?.type === 'person');
  if (people.length !== 2) return [];
  const orgs = q.focus.filter((id) => index.entities.get(id)?.type === 'organisation');
  const org = orgs[0] ?? index.focus;
  // In the order typed: "between Sloan and Scharf".
  const [first, second] = [...people].sort((a, b) => q.text.toLowerCase().indexOf(nameWord(index, a)) - q.text.toLowerCase().indexOf(nameWord(index, b)));
  const claims = headClaims(index, org, false, now);
  const arrived = claims.filter((c) => c.role.person === second && c.date).map((c) => c.date!).sort()[0];
  // The last leaving told before the second one came (a look back may misdate an earlier one).
  // (With no day known for the second one's arrival, the day most sources give for the leaving: a
  // timeline's "August 2011" look back is no later leaving.)
  const leavings = leavingsSeen(index, first, now);
  const left = arrived ? leavings.map((p) => p.date!).filter((d) => d <= arrived).sort().pop() : modeDate(leavings);
  if (!left) return [];
  return claims
    .filter((c) => c.role.person !== first && c.role.person !== second && c.date && c.date >= left && (!arrived || c.date <= arrived))
    .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.passage.id - b.passage.id))
    .map((c) => c.passage.id);
}

/** The surname (last word) of a person's name, lowercased, to find where the question types it. */
function nameWord(index: BriefIndex, id: string): string {
  return (index.entities.get(id)?.name ?? id).toLowerCase().split(/\s+/).pop()!;
}
