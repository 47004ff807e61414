// What the support check (supported.ts) needs from the knowledge layer: every entity with its aliases, the
// corpus subject, and per cited excerpt the entities it refers to and the date the index gave it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Citation } from '../briefing/types.ts';
import { entitiesSchema, topicSchema } from '../corpus/schema.ts';
import type { BriefIndex } from '../index/build.ts';
import type { Knowledge } from './supported.ts';

const byIndex = new WeakMap<BriefIndex, Knowledge>();

/** The index's knowledge: learned and curated entities, topic.yaml's subject, pronouns resolved per sentence. */
export function knowledgeOf(index: BriefIndex): Knowledge {
  let k = byIndex.get(index);
  if (k) return k;
  const focus = index.entities.get(index.focus);
  const topic = [...(index.corpus.topic ? [index.corpus.topic.name, ...index.corpus.topic.aliases] : []), ...(focus ? [focus.name, ...focus.aliases] : [])];
  let passagesAt: Map<string, BriefIndex['passages']> | null = null;
  k = {
    entities: index.entities.entities,
    topic,
    about: (c: Citation) => {
      passagesAt ??= groupPassages(index);
      const ps = (passagesAt.get(`${c.doc}\0${c.line}`) ?? []).filter((p) => p.text.includes(c.quote) || c.quote.includes(p.text));
      if (!ps.length) return null;
      const entities = [...new Set(ps.flatMap((p) => (index.mentions[p.id] ?? []).map((m) => m.id)))];
      const dates = ps.flatMap((p) => (p.date ? [p.datePrecision === 'year' ? p.date.slice(0, 4) : p.datePrecision === 'month' ? p.date.slice(0, 7) : p.date] : []));
      return { entities, dates };
    },
  };
  byIndex.set(index, k);
  return k;
}

function groupPassages(index: BriefIndex): Map<string, BriefIndex['passages']> {
  const m = new Map<string, BriefIndex['passages']>();
  for (const p of index.passages) {
    const key = `${p.doc}\0${p.line}`;
    const list = m.get(key);
    if (list) list.push(p);
    else m.set(key, [p]);
  }
  return m;
}

/**
 * Knowledge from the corpus's curated hint files alone (entities.yaml, topic.yaml), for a summarizer that is
 * not handed the index: re-read when either file changes. Without it, names must occur as written.
 */
export function hintKnowledge(corpusDir: string): () => Knowledge {
  let stamp = '';
  let k: Knowledge = { entities: [], topic: [] };
  return () => {
    const files = ['entities.yaml', 'topic.yaml'].map((f) => join(corpusDir, f));
    const now = files.map((f) => (existsSync(f) ? `${statSync(f).mtimeMs}:${statSync(f).size}` : '-')).join('|');
    if (now === stamp) return k;
    stamp = now;
    const read = (f: string): unknown => {
      try {
        return existsSync(f) ? parseYaml(readFileSync(f, 'utf8')) : undefined;
      } catch {
        return undefined;
      }
    };
    const ents = entitiesSchema.safeParse(read(files[0])).data;
    const topic = topicSchema.safeParse(read(files[1])).data;
    k = {
      entities: [
        ...(ents?.people ?? []).map((e) => ({ id: e.id, name: e.name, type: 'person', aliases: e.aliases ?? [] })),
        ...(ents?.organisations ?? []).map((e) => ({ id: e.id, name: e.name, type: 'organisation', aliases: e.aliases ?? [] })),
      ],
      topic: topic ? [topic.name, ...topic.aliases] : [],
    };
    return k;
  };
}
