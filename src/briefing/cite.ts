import type { Doc, Passage } from '../corpus/types.ts';
import type { BriefIndex } from '../index/build.ts';
import type { Citation } from './types.ts';

/** Numbers citations in the order they are first used; one number per passage. */
export class Citations {
  readonly list: Citation[] = [];
  private readonly byKey = new Map<string, number>();
  constructor(private readonly index: BriefIndex) {}

  passage(p: Passage): number {
    return this.add(this.index.docByPath.get(p.doc)!, p.text, p.line);
  }

  add(doc: Doc, quote: string, line: number): number {
    const key = `${doc.path}\0${line}\0${quote}`;
    const seen = this.byKey.get(key);
    if (seen) return seen;
    const n = this.list.length + 1;
    this.list.push({ n, doc: doc.path, title: doc.title, source: doc.source, url: doc.url, published: doc.published, kind: doc.kind, quote, line });
    this.byKey.set(key, n);
    return n;
  }
}

export function dateLabel(p: Passage): string {
  if (!p.date) return 'undated';
  const d = p.datePrecision === 'month' ? p.date.slice(0, 7) : p.datePrecision === 'year' ? p.date.slice(0, 4) : p.date;
  if (p.dateOrigin === 'article') return `${d}, article date`;
  return d;
}

/** "Bowang Finance, 2026-03-06" / "outlet unknown, undated" (+ machine-generated label). */
export function sourceLabel(doc: Doc): string {
  const parts = [doc.source ?? 'outlet unknown', doc.published ?? 'undated'];
  if (doc.kind === 'generated') parts.push('MACHINE-GENERATED');
  else if (doc.kind !== 'news') parts.push(doc.kind);
  return parts.join(', ');
}

export function quoted(text: string): string {
  return `“${text}”`;
}
