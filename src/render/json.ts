import type { Answer } from '../briefing/types.ts';
import { renderText } from './text.ts';

/** The stable JSON contract of `qwen-brief query --json`. */
export function toJson(a: Answer, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    command: a.command,
    query: a.query,
    asOf: a.asOf,
    found: a.found,
    text: renderText(a, { paths: false }),
    citations: a.citations.map((c) => ({ n: c.n, doc: c.doc, title: c.title, source: c.source, url: c.url, published: c.published, kind: c.kind, quote: c.quote, line: c.line })),
    ...extra,
  };
}
