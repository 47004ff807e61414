// Each article's own organisation: the one it names most. A sentence that gives a title without an
// organisation means this one (facts.ts fillRoleOrgs at build time, the briefing commands at answer time).
import type { Passage } from '../corpus/types.ts';
import type { Mention } from './names.ts';

/** Document path → the organisation it names most; a tie goes to `prefer`, then to the lowest id. */
export function mostNamedOrgs(passages: Passage[], mentions: Mention[][], isOrg: (id: string) => boolean, prefer: string | null = null): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const p of passages) {
    for (const m of mentions[p.id]) {
      if (!isOrg(m.id)) continue;
      const c = counts.get(p.doc) ?? counts.set(p.doc, new Map()).get(p.doc)!;
      c.set(m.id, (c.get(m.id) ?? 0) + 1);
    }
  }
  const rank = ([a, n]: [string, number], [b, k]: [string, number]) => k - n || Number(b === prefer) - Number(a === prefer) || (a < b ? -1 : 1);
  return new Map([...counts].map(([doc, c]) => [doc, [...c.entries()].sort(rank)[0][0]]));
}
