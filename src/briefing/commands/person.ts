import { memo, type BriefIndex } from '../../index/build.ts';
import { levenshtein, words } from '../../index/normalize.ts';
import { Citations, dateLabel, quoted, sourceLabel } from '../cite.ts';
import { isEligible, newerFirst } from '../eligible.ts';
import { isSentence } from '../extract.ts';
import type { Answer } from '../types.ts';
import type { Passage } from '../../corpus/types.ts';

export const MAX_PERSON_ITEMS = 8;
const ROLE_WORDS = /\b(?:ceo|cto|cfo|chief|head|lead(?:s|er|ing)?|led|oversee|oversight|charge|scientist|founder|director|president|officer|manager|engineer|researcher|analyst|journalist|responsib\w+|appoint\w*|resign\w*|depart\w*|join\w*|report\w*|team)\b/i;

/** One person's roles over time, cited, oldest first; undated mentions last. */
export function person(index: BriefIndex, query: string, who: string, now: string): Answer {
  const entity = index.entities.resolveName(who, 'person') ?? index.entities.resolveName(who);
  if (!entity) {
    const guess = closestName(index, who);
    return {
      command: 'person', query, asOf: null, found: false,
      heading: `No one called “${who}” is in the corpus.`,
      items: [], notes: guess ? [`Did you mean: /qwen who ${guess}`] : ['Try /qwen sources to see who the articles mention.'], citations: [],
    };
  }
  const cites = new Citations(index);
  // Ordering and per-document caps work within documents, so they are computed once per person and
  // the date filter is applied after.
  const { pool: allPool, ordered: allOrdered } = memo(index, `person:${entity.id}`, () => orderMentions(index, entity.id));
  const pool = allPool.filter((p) => isEligible(index, p, now));
  const ordered = allOrdered.filter((p) => isEligible(index, p, now)).slice(0, MAX_PERSON_ITEMS);
  const others = entity.aliases.filter((a) => a !== entity.name);
  const dates = ordered.map((p) => p.date).filter((d): d is string => !!d).sort();
  return {
    command: 'person',
    query,
    asOf: dates.at(-1) ?? null,
    found: ordered.length > 0,
    heading: ordered.length
      ? `${entity.name}${others.length ? ` (also ${others.join(', ')})` : ''} — ${ordered.length} cited mention${ordered.length === 1 ? '' : 's'}, oldest first`
      : `${entity.name} is listed in entities.yaml but no article mentions them.`,
    items: ordered.map((p) => ({ section: null, text: `${dateLabel(p)} — ${quoted(p.text)} (${sourceLabel(index.docByPath.get(p.doc)!)})`, cites: [cites.passage(p)] })),
    notes: pool.length > ordered.length ? [`…and ${pool.length - ordered.length} more mentions: /qwen sources ${entity.name}`] : [],
    citations: cites.list,
  };
}

function orderMentions(index: BriefIndex, entityId: string): { pool: Passage[]; ordered: Passage[] } {
  const mentioned = (index.byEntity.get(entityId) ?? []).map((id) => index.passages[id]);
  const roleLike = mentioned.filter((p) => ROLE_WORDS.test(p.text) || index.signals.change.some((c) => c.re.test(p.text)));
  const pool = roleLike.length ? roleLike : mentioned;
  // One sentence per line of a document, full sentences before headlines, then by date.
  const seen = new Set<string>();
  const picked: Passage[] = [];
  for (const p of [...pool].sort((a, b) => isSentence(b) - isSentence(a) || a.id - b.id)) {
    const key = `${p.doc}\0${p.text.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    picked.push(p);
  }
  const perDoc = new Map<string, number>();
  const limited = picked.filter((p) => {
    const n = (perDoc.get(p.doc) ?? 0) + 1;
    perDoc.set(p.doc, n);
    return n <= 3;
  });
  const ordered = limited.sort((a, b) => (a.date && b.date ? (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id) : -newerFirst(a.date, b.date) || a.id - b.id));
  return { pool, ordered };
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
