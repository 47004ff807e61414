import type { Answer, Citation, Item } from '../briefing/types.ts';
import { MAX_SENTENCES, replySchema } from './schema.ts';

export type Validated = { ok: true; sentences: Item[]; dropped: { cites: number; sentences: number } } | { ok: false; reason: string };

/**
 * The model's raw reply → sentences that cite only the excerpts it was given. Invented citation numbers
 * are dropped; a sentence left with none is dropped; nothing left → a fallback reason.
 */
export function validateReply(raw: string | null | undefined, given: Answer): Validated {
  if (!raw) return { ok: false, reason: 'empty-reply' };
  let json: unknown;
  try {
    json = JSON.parse(stripFence(raw));
  } catch {
    return { ok: false, reason: 'bad-json' };
  }
  const parsed = replySchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'bad-shape' };
  const valid = new Set(given.citations.map((c) => c.n));
  let droppedCites = 0;
  let droppedSentences = 0;
  const sentences: Item[] = [];
  for (const s of parsed.data.sentences) {
    const cites = [...new Set(s.cites.filter((n) => valid.has(n)))];
    droppedCites += s.cites.length - s.cites.filter((n) => valid.has(n)).length;
    if (!cites.length) {
      droppedSentences++;
      continue;
    }
    if (sentences.length < MAX_SENTENCES) sentences.push({ section: null, text: s.text.replace(/\s+/g, ' '), cites });
  }
  if (!sentences.length) return { ok: false, reason: 'no-cited-sentences' };
  return { ok: true, sentences, dropped: { cites: droppedCites, sentences: droppedSentences } };
}

/** Some local servers wrap JSON in a Markdown fence even in JSON mode. */
function stripFence(raw: string): string {
  const m = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/.exec(raw);
  return m ? m[1] : raw;
}

/**
 * The summary as an Answer: the validated sentences as items, and only the excerpts they cite,
 * renumbered in order of first use, so the sources block shows exactly what backs the summary.
 */
export function summaryAnswer(given: Answer, sentences: Item[], model: string): Answer {
  const byN = new Map(given.citations.map((c) => [c.n, c]));
  const renumber = new Map<number, number>();
  const citations: Citation[] = [];
  const items = sentences.map((s) => ({
    section: null,
    text: s.text,
    cites: s.cites.map((n) => {
      let m = renumber.get(n);
      if (m === undefined) {
        m = citations.length + 1;
        renumber.set(n, m);
        citations.push({ ...byN.get(n)!, n: m });
      }
      return m;
    }),
  }));
  return {
    ...given,
    items,
    notes: [`✎ Summarized by ${model} from the cited excerpts below; every sentence cites its source.`],
    citations,
  };
}
