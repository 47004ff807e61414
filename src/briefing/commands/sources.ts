import type { Doc, Passage } from '../../corpus/types.ts';
import type { BriefIndex } from '../../index/build.ts';
import { coverage, search } from '../../index/search.ts';
import { holdsSame } from '../../index/lexicon.ts';
import { STOPWORDS, stem, terms, words } from '../../index/normalize.ts';
import { eventKindOf } from '../question.ts';
import { docTerms } from '../knowledge.ts';
import { Citations, sourceLabel } from '../cite.ts';
import { eligibleDocs, newerFirst, newestPublished } from '../eligible.ts';
import type { Answer } from '../types.ts';
import { kept, keptAnswer, KEPT_VALUES } from '../keep.ts';

export const MAX_SOURCES = 15;

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
    const ids = rest.length ? resolved.ids.filter((id) => id !== index.focus) : resolved.ids;
    if (ids.length) {
      // Each article's first sentence naming them all, once per set of names; `now` only filters articles.
      const first = kept(index, 'sources', ids.join(','), KEPT_VALUES, () => {
        const m = new Map<string, Passage>();
        for (const pid of index.byEntity.get(ids[0]) ?? []) {
          const p = index.passages[pid];
          if (!m.has(p.doc) && ids.every((id) => index.mentions[pid].some((x) => x.id === id))) m.set(p.doc, p);
        }
        return m;
      });
      const visible = new Set(docs.map((d) => d.path));
      // "sources UK competition review of the Inflection deal": of the articles naming Inflection, the
      // ones that also speak of most of the other words (or the same news in other words).
      // "leaving" is also "departs": a word naming a kind of change matches any word of that kind.
      const want = [...new Map(rest.map((w) => [stem(w), w])).entries()];
      const speaks = (doc: string) => {
        const have = docTerms(index, doc);
        const ok = ([t, w]: [string, string]) => holdsSame(have.terms, t) || (!!eventKindOf(w) && have.kinds.has(eventKindOf(w)!));
        return want.filter(ok).length >= Math.ceil(want.length / 2);
      };
      const narrowed = want.length ? [...first].filter(([doc]) => visible.has(doc) && speaks(doc)) : [];
      for (const [doc, p] of narrowed.length ? narrowed : [...first].filter(([doc]) => visible.has(doc))) chosen.set(doc, p);
    }
    if (!chosen.size) {
      const r = search(index, ids.length || !rest.length ? topic : rest.join(' '), { asOf: now, limit: 50 });
      // Articles with a sentence near the best match, not every article that shares one word.
      const floor = (r.hits[0]?.score ?? 0) * 0.3;
      if (coverage(r) >= 0.5) for (const h of r.hits) if (h.score >= floor && !chosen.has(h.passage.doc)) chosen.set(h.passage.doc, h.passage);
      // "sources judicial reform": an article whose headline carries the topic ("… passes judicial overhaul …")
      // is about it, whatever words its sentences use; cited at its first sentence holding one of them.
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
  } else {
    for (const d of docs) if (d.passages[0]) chosen.set(d.path, d.passages[0]);
  }
  const listed: Doc[] = docs.filter((d) => chosen.has(d.path)).sort((a, b) => newerFirst(a.published, b.published) || (a.path < b.path ? -1 : 1));
  if (!listed.length) {
    return {
      command: 'sources', query, asOf: null, found: false,
      heading: `No source in the corpus is about “${topic}”.`, items: [], notes: ['Try /qwen sources for the full list.'], citations: [],
    };
  }
  const shown = listed.slice(0, MAX_SOURCES);
  return {
    command: 'sources',
    query,
    asOf: newestPublished(listed),
    found: true,
    heading: topic ? `${listed.length} source${listed.length === 1 ? '' : 's'} about “${topic}”` : `${listed.length} sources in the corpus`,
    items: shown.map((d) => ({ section: null, text: `${d.title} (${sourceLabel(d)})`, cites: [cites.passage(chosen.get(d.path)!)] })),
    notes: listed.length > shown.length ? [`…and ${listed.length - shown.length} more, older; narrow it with /qwen sources <topic>`] : [],
    citations: cites.list,
  };
}
