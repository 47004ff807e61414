import type { Passage } from '../../corpus/types.ts';
import { memo, type BriefIndex } from '../../index/build.ts';
import { Citations, dateLabel, quoted, sourceLabel } from '../cite.ts';
import { eligibleDocs, isEligible, newerFirst, newestPublished } from '../eligible.ts';
import { claims, groupBy, isSentence, sidePassages, signalPassages, type RoleClaim, type RoleKind } from '../extract.ts';
import type { Answer, Item } from '../types.ts';

const MAX_PER_PERSON = 2;

/**
 * Who leads the focus organisation now, as of the newest dated source: head and scope, who left and
 * when, new responsibilities, the support team, and claims where sources disagree.
 */
export function whoLeads(index: BriefIndex, query: string, now: string): Answer {
  const cites = new Citations(index);
  const docs = eligibleDocs(index, now);
  const focus = index.entities.get(index.focus)?.name ?? index.focus;
  const items: Item[] = [];
  const name = (id: string) => index.entities.get(id)?.name ?? id;
  const docOf = (p: Passage) => index.docByPath.get(p.doc)!;
  const line = (who: string | null, p: Passage) =>
    `${who ? `${who} — ` : ''}${quoted(p.text)} (${dateLabel(p)}; ${sourceLabel(docOf(p))})`;

  // Head: the person whose leadership claim comes from the newest dated source.
  const byPerson = visibleGroups(grouped(index, 'head', []), now);
  const ranked = [...byPerson.entries()].sort(
    ([a, xs], [b, ys]) => newerFirst(newest(xs), newest(ys)) || ys.length - xs.length || (a < b ? -1 : 1),
  );
  if (!ranked.length) {
    return {
      command: 'who-leads', query, asOf: newestPublished(docs), found: false,
      heading: `Who leads ${focus}: not in the corpus`, items: [],
      notes: ['No source in the corpus names a head. Try /qwen sources to see what it holds.'], citations: [],
    };
  }
  const [headId, headSupport] = ranked[0];
  const departed = new Set<string>();
  for (const c of pickClaims(headSupport, 3)) items.push({ section: `Head: ${name(headId)}`, text: line(null, c.passage), cites: [cites.passage(c.passage)] });

  // Departures: date = the date most sources give (an old date in passing does not win).
  const left = visibleGroups(grouped(index, 'departure', [headId]), now);
  for (const [pid, list] of sortGroups(left)) {
    departed.add(pid);
    const when = modeDate(list);
    // Lists are in claim order (newest source first); a stable bucket by date match and date origin
    // gives the same order as a full sort, in linear time.
    const buckets: RoleClaim[][] = Array.from({ length: 8 }, () => []);
    for (const c of list) buckets[(c.passage.date === when ? 0 : 4) + originRank(c.passage)].push(c);
    const picked = pickClaims(buckets.flat(), MAX_PER_PERSON);
    items.push({
      section: 'Left',
      text: `${name(pid)} left${when ? ` (${when})` : ''} — ${quoted(picked[0].passage.text)} (${dateLabel(picked[0].passage)}; ${sourceLabel(docOf(picked[0].passage))})`,
      cites: picked.map((c) => cites.passage(c.passage)),
    });
  }

  // Support / coordination team: everyone named in those sentences.
  const supportPassages = signalPassages(index, 'support').filter((p) => isEligible(index, p, now));
  const members = new Map<string, Passage>();
  for (const p of supportPassages) {
    for (const m of index.mentions[p.id]) {
      const e = index.entities.get(m.id);
      if (e?.type === 'person' && !members.has(e.id)) members.set(e.id, p);
    }
  }
  const supportCites = [...new Set([...members.values()])];

  // New responsibilities: not the head, not someone who left, not only a support-team member.
  const resp = visibleGroups(grouped(index, 'responsibility', [headId, ...departed]), now);
  for (const [pid, list] of sortGroups(resp)) {
    const picked = pickClaims(list, 1);
    items.push({ section: 'New responsibilities', text: line(name(pid), picked[0].passage), cites: picked.map((c) => cites.passage(c.passage)) });
  }

  if (members.size) {
    items.push({
      section: 'Support / coordination team',
      text: `${[...members.keys()].map(name).join(', ')} — ${supportCites.map((p) => quoted(p.text)).join(' ')}`,
      cites: supportCites.map((p) => cites.passage(p)),
    });
  }

  // Where sources disagree: one line per side, each with its date and outlet.
  for (const [ci, conflict] of index.signals.conflicts.entries()) {
    const sides = conflict.sides
      .map((side, si) => ({ side, hits: sidePassages(index, ci, si).filter((p) => isEligible(index, p, now)) }))
      .filter((s) => s.hits.length > 0);
    // Earlier patterns in signals.yaml are the stronger wording of a side.
    const strength = (patterns: RegExp[], p: Passage) => patterns.findIndex((re) => re.test(p.text));
    if (sides.length < 2) continue;
    for (const { side, hits } of sides) {
      const best = [...hits].sort(
        (a, b) =>
          strength(side.patterns, a) - strength(side.patterns, b) ||
          newerFirst(docOf(a).published, docOf(b).published) ||
          isSentence(b) - isSentence(a) ||
          mentionsFocus(index, b) - mentionsFocus(index, a) ||
          a.id - b.id,
      )[0];
      items.push({ section: `Sources disagree: ${conflict.topic}`, text: `${side.label} — ${quoted(best.text)} (${dateLabel(best)}; ${sourceLabel(docOf(best))})`, cites: [cites.passage(best)] });
    }
  }

  const asOf = newestPublished(docs);
  return {
    command: 'who-leads',
    query,
    asOf,
    found: true,
    heading: `Who leads ${focus} — ${name(headId)}, as of ${asOf ?? 'the undated sources'}`,
    items,
    notes: [],
    citations: cites.list,
  };
}

function claimOrder(a: RoleClaim, b: RoleClaim): number {
  return newerFirst(a.published, b.published) || isSentence(b.passage) - isSentence(a.passage) || originRank(a.passage) - originRank(b.passage) || a.passage.id - b.passage.id;
}

/** Claims of one kind over the whole corpus, by person, in claim order; computed once per index. */
function grouped(index: BriefIndex, kind: RoleKind, exclude: string[]): Map<string, RoleClaim[]> {
  const key = `grouped:${kind}:${[...exclude].sort().join(',')}`;
  return memo(index, key, () => {
    const g = groupBy(claims(index, kind, new Set(exclude)), (c) => c.person);
    for (const list of g.values()) list.sort(claimOrder);
    return g;
  });
}

/** The same groups, keeping only claims from documents visible on `now`. */
function visibleGroups(g: Map<string, RoleClaim[]>, now: string): Map<string, RoleClaim[]> {
  const out = new Map<string, RoleClaim[]>();
  for (const [person, list] of g) {
    const keep = list.filter((c) => !c.published || c.published <= now);
    if (keep.length) out.set(person, keep);
  }
  return out;
}

/** Lists are in claim order, newest source first. */
function newest(list: RoleClaim[]): string | null {
  return list[0]?.published ?? null;
}

function originRank(p: Passage): number {
  return p.dateOrigin === 'sentence' ? 0 : p.dateOrigin === 'paragraph' ? 1 : p.dateOrigin === 'article' ? 2 : 3;
}

function mentionsFocus(index: BriefIndex, p: Passage): number {
  return index.mentions[p.id].some((m) => m.id === index.focus) ? 1 : 0;
}

/** Up to `max` claims from distinct documents, in the list's order (lists are kept in claim order). */
function pickClaims(list: RoleClaim[], max: number): RoleClaim[] {
  const out: RoleClaim[] = [];
  const seenDocs = new Set<string>();
  for (const c of list) {
    if (out.length >= max) break;
    if (seenDocs.has(c.passage.doc)) continue;
    seenDocs.add(c.passage.doc);
    out.push(c);
  }
  return out;
}

function modeDate(list: RoleClaim[]): string | null {
  const counts = new Map<string, number>();
  for (const c of list) if (c.passage.date) counts.set(c.passage.date, (counts.get(c.passage.date) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] > b[0] ? -1 : 1))[0]?.[0] ?? null;
}

function sortGroups(m: Map<string, RoleClaim[]>): [string, RoleClaim[]][] {
  return [...m.entries()].sort(([a, xs], [b, ys]) => ys.length - xs.length || (a < b ? -1 : 1));
}
