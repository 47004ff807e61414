import type { Answer, Citation } from '../briefing/types.ts';
import { citationsByNumber } from './limits.ts';

/** "[1][3]": each number once, in the order given (several quotes from one document share its number). */
export function citeMarks(ns: number[]): string {
  return [...new Set(ns)].map((n) => `[${n}]`).join('');
}

/** "Bowang Finance · 2026-03-06 · analysis" with the machine-generated label spelled out. */
export function citationMeta(c: Citation): string {
  const kind = c.kind === 'generated' ? 'MACHINE-GENERATED' : c.kind;
  return [c.source ?? 'outlet unknown', c.published ?? 'undated', kind].join(' · ');
}

/**
 * The plain-text answer a user sees (also the JSON `text` and every platform's fallback). `paths: false`
 * leaves the file name and line off each source line: the JSON carries them in `citations`, and a file
 * name ("…_from-nasrec-to-mboweni-timeline.txt") is not something the answer says.
 */
export function renderText(a: Answer, opts: { paths?: boolean } = {}): string {
  const out: string[] = [a.heading];
  let section: string | null = null;
  for (const item of a.items) {
    if (item.section !== section) {
      section = item.section;
      if (section) out.push('', `${section}:`);
      else out.push('');
    }
    out.push(`• ${item.text}${item.cites.length ? ` ${citeMarks(item.cites)}` : ''}`);
  }
  if (a.notes.length) out.push('', ...a.notes);
  if (a.citations.length) {
    out.push('', 'Sources:');
    // One line per document (its number), with the lines of every quote cited from it.
    for (const g of citationsByNumber(a.citations)) {
      const lines = [...new Set(g.quotes.map((c) => c.line))].sort((x, y) => x - y).join(',');
      out.push(`[${g.n}] ${g.first.title} — ${citationMeta(g.first)}${opts.paths === false ? '' : ` — ${g.first.doc}:${lines}`}`);
    }
  }
  return out.join('\n');
}
