import type { Doc, Passage } from '../corpus/types.ts';
import type { BriefIndex } from '../index/build.ts';
import type { Citation } from './types.ts';

/**
 * Numbers citations by document, in the order documents are first used: `[n]` identifies an article, and
 * every quote from that article shares its number. The list keeps one entry per quote (deduplicated by
 * document, line and text), grouped by number in ascending order.
 */
export class Citations {
  readonly list: Citation[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly byDoc = new Map<string, number>();
  constructor(private readonly index: BriefIndex) {}

  passage(p: Passage): number {
    return this.add(this.index.docByPath.get(p.doc)!, p.text, p.line);
  }

  add(doc: Doc, quote: string, line: number): number {
    const key = `${doc.path}\0${line}\0${quote}`;
    const seen = this.byKey.get(key);
    if (seen) return seen;
    let n = this.byDoc.get(doc.path);
    if (n === undefined) {
      n = this.byDoc.size + 1;
      this.byDoc.set(doc.path, n);
    }
    // After the document's other quotes (numbers ascend, so the next number's first entry marks the spot).
    const at = this.list.findIndex((c) => c.n > n!);
    const entry: Citation = { n, doc: doc.path, title: doc.title, source: doc.source, url: doc.url, published: doc.published, kind: doc.kind, quote, line };
    if (at < 0) this.list.push(entry);
    else this.list.splice(at, 0, entry);
    this.byKey.set(key, n);
    return n;
  }
}

/** Every string dateLabel() returns, as a regular-expression source (the chat renderers read labels back). */
export const DATE_LABEL_PATTERN = 'undated|\\d{4}(?:-\\d{2}(?:-\\d{2})?)?(?:, article date)?';

export function dateLabel(p: Passage): string {
  if (!p.date) return 'undated';
  const d = p.datePrecision === 'month' ? p.date.slice(0, 7) : p.datePrecision === 'year' ? p.date.slice(0, 4) : p.date;
  if (p.dateOrigin === 'article') return `${d}, article date`;
  // A day the sentence tells in other words ("on Thursday", "the day before"): the day spelled out
  // too, as people write it.
  if (p.datePrecision === 'day' && !spellsDay(p.text, p.date)) return `${d}, ${Number(p.date.slice(8, 10))} ${MONTHS[Number(p.date.slice(5, 7)) - 1]}`;
  return d;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Whether a sentence writes its day with the month's name or its digits ("July 21", "21 July", "2022-07-21"). */
function spellsDay(text: string, iso: string): boolean {
  const day = Number(iso.slice(8, 10));
  const month = MONTHS[Number(iso.slice(5, 7)) - 1].slice(0, 3);
  return new RegExp(`\\b${month}[a-z]*\\.?\\s+${day}\\b|\\b${day}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${month}`, 'i').test(text) || text.includes(iso);
}

/**
 * "Bowang Finance, 2026-03-06" / "outlet unknown, undated" (+ machine-generated label). Takes a document or a
 * citation (same fields), so the chat renderers can find this exact label in an item's text and shorten it.
 */
export function sourceLabel(doc: Pick<Doc, 'source' | 'published' | 'kind'>): string {
  const parts = [doc.source ?? 'outlet unknown', doc.published ?? 'undated'];
  if (doc.kind === 'generated') parts.push('MACHINE-GENERATED');
  else if (doc.kind !== 'news') parts.push(doc.kind);
  return parts.join(', ');
}

/**
 * A corpus sentence as people read it: Markdown markup and link residue gone, every word kept. A reference
 * link `[The Official Board][1]` keeps its label (its number would read like one of the bot's own [n]); an
 * inline link `[label](url)` becomes `label (url)`; `**bold**` and `` `code` `` lose their marks.
 * The citation's `quote` stays byte-exact; this is only what an answer's text shows.
 */
export function readable(text: string): string {
  return text
    .replace(/!?\[([^\[\]\n]+)\]\[[^\[\]\n]*\]/g, '$1')
    .replace(/!?\[([^\[\]\n]+)\]\((https?:\/\/[^()\s]+)\)/g, '$1 ($2)')
    .replace(/\*\*(?=\S)([^*\n]*?\S)\*\*/g, '$1')
    .replace(/`([^`\n]+)`/g, '$1')
    // (A hard-wrapped sentence's line breaks read as spaces.)
    .replace(/[ \t]*\n[ \t]*/g, ' ');
}

/** A quote in an answer's text: the sentence, readable, in curly quotation marks. */
export function quoted(text: string): string {
  return `“${readable(text)}”`;
}
