import type { Answer, Citation, Item } from '../briefing/types.ts';
import { MAX_SENTENCES, replySchema } from './schema.ts';
import { NO_KNOWLEDGE, supported, type Excerpt, type Knowledge } from './supported.ts';

/** A sentence the check removed, and why. */
export interface DroppedSentence {
  text: string;
  cites: number[];
  reason: string;
}

export type Validated =
  | { ok: true; sentences: Item[]; dropped: { cites: number; sentences: number; unsupported: DroppedSentence[] } }
  | { ok: false; reason: string; dropped?: { cites: number; sentences: number; unsupported: DroppedSentence[] } };

/**
 * The model's raw reply → sentences that cite only the excerpts it was given and say only what those
 * excerpts say. Invented citation numbers are dropped; a sentence left with none is dropped; a sentence the
 * support check (supported.ts) rejects is dropped; nothing left → a fallback reason ("no-cited-sentences"
 * when no sentence cited a given excerpt, else "unsupported").
 */
export function validateReply(raw: string | null | undefined, given: Answer, knowledge: Knowledge = NO_KNOWLEDGE): Validated {
  if (!raw) return { ok: false, reason: 'empty-reply' };
  let json: unknown;
  try {
    json = JSON.parse(stripFence(raw));
  } catch {
    return { ok: false, reason: 'bad-json' };
  }
  const parsed = replySchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: 'bad-shape' };
  const byN = new Map(given.citations.map((c) => [c.n, c]));
  const excerpts = excerptsFor(given, knowledge);
  let droppedCites = 0;
  let droppedSentences = 0;
  let cited = 0;
  const unsupported: DroppedSentence[] = [];
  const sentences: Item[] = [];
  for (const s of parsed.data.sentences) {
    const cites = [...new Set(s.cites.filter((n) => byN.has(n)))];
    droppedCites += s.cites.length - s.cites.filter((n) => byN.has(n)).length;
    if (!cites.length) {
      droppedSentences++;
      continue;
    }
    cited++;
    const text = s.text.replace(/\s+/g, ' ');
    const v = supported(text, cites.flatMap((n) => excerpts.get(n)!), knowledge);
    if (!v.ok) {
      droppedSentences++;
      unsupported.push({ text, cites, reason: `${v.check}: ${v.detail}` });
      continue;
    }
    if (sentences.length < MAX_SENTENCES) sentences.push({ section: null, text, cites });
  }
  const dropped = { cites: droppedCites, sentences: droppedSentences, unsupported };
  if (!sentences.length) return { ok: false, reason: cited ? 'unsupported' : 'no-cited-sentences', dropped };
  return { ok: true, sentences, dropped };
}

/**
 * Each citation number's excerpts as the check sees them: what the model was shown, the draft's own words about
 * them, what the index adds. A number is a document, so it stands for every quote cited from that document.
 */
export function excerptsFor(given: Answer, knowledge: Knowledge): Map<number, Excerpt[]> {
  const labels = new Map<number, string[]>();
  for (const it of given.items) {
    const label = `${it.section ?? ''} — ${it.text.replace(/“[^”]*”/g, ' … ')}`;
    for (const n of it.cites) labels.set(n, [...(labels.get(n) ?? []), label]);
  }
  const out = new Map<number, Excerpt[]>();
  for (const c of given.citations) {
    const about = knowledge.about?.(c) ?? null;
    const x: Excerpt = { ...c, labels: labels.get(c.n) ?? [], dates: about?.dates ?? [], entities: about?.entities ?? [] };
    out.set(c.n, [...(out.get(c.n) ?? []), x]);
  }
  return out;
}

/** Some local servers wrap JSON in a Markdown fence even in JSON mode. */
function stripFence(raw: string): string {
  const m = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/.exec(raw);
  return m ? m[1] : raw;
}

/**
 * The summary as an Answer: the validated sentences as items, and only the documents they cite (each with
 * every quote the model was shown from it), renumbered in order of first use, so the sources block shows
 * exactly what backs the summary.
 */
export function summaryAnswer(given: Answer, sentences: Item[], model: string): Answer {
  const byN = new Map<number, Citation[]>();
  for (const c of given.citations) byN.set(c.n, [...(byN.get(c.n) ?? []), c]);
  const renumber = new Map<number, number>();
  const citations: Citation[] = [];
  const items = sentences.map((s) => ({
    section: null,
    text: s.text,
    cites: s.cites.map((n) => {
      let m = renumber.get(n);
      if (m === undefined) {
        m = renumber.size + 1;
        renumber.set(n, m);
        for (const c of byN.get(n)!) citations.push({ ...c, n: m });
      }
      return m;
    }),
  }));
  return {
    ...given,
    items,
    notes: [`✎ Summarized by ${model}; each sentence checked against its cited excerpts.`],
    citations,
  };
}
