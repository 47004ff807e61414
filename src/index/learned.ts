// What the index learned from each article, for curators (`qwen-brief check`): the people and
// organisations it names, and the dated events it reports.
import type { BriefIndex } from './build.ts';

export interface LearnedDoc {
  doc: string;
  people: string[];
  organisations: string[];
  events: { date: string; kind: string; person: string | null }[];
}

export function learnedByDoc(index: BriefIndex): LearnedDoc[] {
  const name = (id: string) => index.entities.get(id)?.name ?? id;
  return index.docs.map((d) => {
    const people = new Set<string>();
    const orgs = new Set<string>();
    for (const p of d.passages) {
      for (const m of index.mentions[p.id]) {
        const e = index.entities.get(m.id);
        if (e?.type === 'person') people.add(e.name);
        else if (e) orgs.add(e.name);
      }
    }
    const ids = new Set(d.passages.map((p) => p.id));
    const seen = new Set<string>();
    const events = index.events
      .filter((e) => ids.has(e.passage) && e.kind !== 'reports' && index.passages[e.passage].date)
      .map((e) => ({ date: index.passages[e.passage].date!, kind: e.kind, person: e.person ? name(e.person) : null }))
      .filter((e) => (seen.has(`${e.date}${e.kind}${e.person}`) ? false : (seen.add(`${e.date}${e.kind}${e.person}`), true)))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return { doc: d.path, people: [...people].sort(), organisations: [...orgs].sort(), events };
  });
}
