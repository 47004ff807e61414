// How a prepared index travels from the worker: its large arrays in pieces small enough that the
// main thread's structured-clone decode of any one message takes a few milliseconds.
import type { Doc } from '../corpus/types.ts';
import type { IndexedPassage } from './build.ts';

export const CHUNKED_FIELDS = ['docs', 'mentions', 'roles', 'events', 'rows', 'byEntity'] as const;
export type ChunkedField = (typeof CHUNKED_FIELDS)[number];

/** Items per message: an article carries its sentences, so fewer of them. */
export function chunkSizeOf(field: ChunkedField): number {
  return field === 'docs' ? 200 : field === 'byEntity' ? 200 : 5000;
}

/**
 * A piece's text in one string. Every article body, sentence and row text of a piece would otherwise
 * arrive as a string of its own: tens of megabytes at 10k articles for the main thread's young
 * generation to copy while it answers (scavenges of 20–80 ms). One string per piece is allocated where
 * large strings go (not copied by scavenges), and each text is a slice of it (a small object pointing
 * into it); a sentence is a slice of its body. The values are the same strings.
 */
export interface PackedText {
  text: string;
  /** Per item, start and length in `text`; for sentences, within their body (-1: sent as is). */
  at: Int32Array;
}

/** Bodies and sentence texts of `docs` taken out (copies sent; the worker's own objects are untouched). */
export function packDocs(docs: Doc[]): { items: Doc[]; packed: PackedText } {
  const bodies: string[] = [];
  const at: number[] = [];
  let offset = 0;
  const items = docs.map((d) => {
    bodies.push(d.body);
    at.push(offset, d.body.length);
    offset += d.body.length;
    let from = 0;
    const passages = d.passages.map((p) => {
      let i = d.body.indexOf(p.text, from);
      if (i < 0) i = d.body.indexOf(p.text);
      at.push(i, p.text.length);
      if (i < 0) return p;
      from = i;
      return { ...p, text: '' };
    });
    return { ...d, body: '', passages };
  });
  return { items, packed: { text: bodies.join(''), at: Int32Array.from(at) } };
}

/** Puts the texts back into the received copies of `packDocs`. */
export function unpackDocs(docs: Doc[], { text, at }: PackedText): void {
  let k = 0;
  for (const d of docs) {
    d.body = text.slice(at[k], at[k] + at[k + 1]);
    k += 2;
    for (const p of d.passages) {
      if (at[k] >= 0) p.text = d.body.slice(at[k], at[k] + at[k + 1]);
      k += 2;
    }
  }
}

export function packRows(rows: IndexedPassage[]): { items: IndexedPassage[]; packed: PackedText } {
  const at: number[] = [];
  let offset = 0;
  const items = rows.map((r) => {
    at.push(offset, r.text.length);
    offset += r.text.length;
    return { ...r, text: '' };
  });
  return { items, packed: { text: rows.map((r) => r.text).join(''), at: Int32Array.from(at) } };
}

export function unpackRows(rows: IndexedPassage[], { text, at }: PackedText): void {
  for (let i = 0; i < rows.length; i++) rows[i].text = text.slice(at[2 * i], at[2 * i] + at[2 * i + 1]);
}
