import type { BriefIndex } from '../../index/build.ts';
import { STOPWORDS, stem, terms, words } from '../../index/normalize.ts';
import { coverage, search } from '../../index/search.ts';
import { Citations, dateLabel, quoted, sourceLabel } from '../cite.ts';
import type { Answer } from '../types.ts';
import { helpAnswer } from './help.ts';
import { person } from './person.ts';

export const MAX_EXCERPTS = 4;
/** Below this BM25 score the best excerpt is too weak to show as an answer. */
export const RELEVANCE_FLOOR = 3;
const QUESTION = /^(?:who|what|when|where|why|how|which|whose|is|are|was|were|did|does|do|has|have|can|will|should)\b|\?$/i;
const PERSON = /^(?:who\s+(?:is|was)|who'?s|tell\s+me\s+about|what\s+about|info\s+on|about)\s+(.+?)\??$/i;

/** Free text: the best cited excerpts, or an honest "not in the corpus". */
export function ask(index: BriefIndex, query: string, question: string, now: string): Answer {
  const personQ = PERSON.exec(question.trim());
  if (personQ) {
    const e = index.entities.resolveName(personQ[1], 'person');
    // Only a question that is just a name ("who is zhou hao") is about the person as a whole.
    if (e && terms(personQ[1]).length <= 3) return person(index, query, personQ[1], now);
  }
  const r = search(index, question, { asOf: now, limit: 12 });
  const qWords = words(question).filter((w) => !STOPWORDS.has(w));
  const known = qWords.filter((w) => index.vocab.has(stem(w))).length + r.entityIds.length;
  if (!known && !QUESTION.test(question.trim())) {
    return helpAnswer(query, `I couldn't make sense of “${question}”.`, 'who-leads');
  }
  // A short question must be matched whole ("share price" is not answered by "share their skills").
  const needed = r.contentTerms.length <= 2 ? 1 : 0.5;
  const top = r.hits[0];
  if (!top || coverage(r) < needed || top.score < RELEVANCE_FLOOR) {
    const missing = r.contentTerms.filter((t) => !r.matchedTerms.includes(t));
    return {
      command: 'ask', query, asOf: null, found: false,
      heading: 'That is not in the corpus.',
      items: [],
      notes: [
        missing.length ? `No source mentions ${missing.map((t) => `“${t}”`).join(', ')}; I won't guess.` : "No source answers that; I won't guess.",
        'Try /qwen who-leads, /qwen timeline or /qwen sources.',
      ],
      citations: [],
    };
  }
  const cites = new Citations(index);
  const seen = new Set<string>();
  const picked = r.hits.filter((h) => h.score >= top.score * 0.35).filter((h) => {
    const key = h.passage.text.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).slice(0, MAX_EXCERPTS);
  const dates = picked.map((h) => index.docByPath.get(h.passage.doc)!.published).filter((d): d is string => !!d).sort();
  return {
    command: 'ask',
    query,
    asOf: dates.at(-1) ?? null,
    found: true,
    heading: `Best cited excerpts for “${question}”`,
    items: picked.map((h) => ({
      section: null,
      text: `${quoted(h.passage.text)} (${dateLabel(h.passage)}; ${sourceLabel(index.docByPath.get(h.passage.doc)!)})`,
      cites: [cites.passage(h.passage)],
    })),
    notes: [],
    citations: cites.list,
  };
}
