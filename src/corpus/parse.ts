import { createHash } from 'node:crypto';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { frontMatterSchema } from './schema.ts';
import { datelineDate, datesInSentence, readDateline, settleDateline } from './dates.ts';
import { splitSentences } from './sentences.ts';
import type { Doc, Kind, Passage } from './types.ts';

export const MAX_FILE_BYTES = 1024 * 1024;
const MAX_LINE_CHARS = 20_000;

export class CorpusFileError extends Error {}

/** Lines that carry no prose: images, link definitions, rules, bare numbers, share widgets. */
function isProse(text: string): boolean {
  if (/^!\[[^\]]*\]\([^)]*\)$/.test(text)) return false;
  if (/^\[[^\]]+\]:\s*\S+/.test(text)) return false;
  if (/^(-{3,}|\*{3,}|_{3,})$/.test(text)) return false;
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3 || /[\u4e00-\u9fff]{4,}/.test(text);
}

/**
 * Parses one corpus file. Throws CorpusFileError with a reason a curator can act on.
 * `rel` is the path relative to the corpus dir; it names the doc in citations.
 */
export function parseDoc(rel: string, bytes: Uint8Array): Doc {
  if (bytes.length === 0) throw new CorpusFileError('empty file');
  if (bytes.length > MAX_FILE_BYTES) throw new CorpusFileError(`too large (${bytes.length} bytes, limit ${MAX_FILE_BYTES})`);
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CorpusFileError('not valid UTF-8');
  }
  if (content.includes('\u0000')) throw new CorpusFileError('binary content (NUL bytes)');
  if (content.charCodeAt(0) === 0xfeff) content = content.slice(1);
  if (content.trim().length === 0) throw new CorpusFileError('empty file (only whitespace)');

  const hash = createHash('sha256').update(bytes).digest('hex');
  const lines = content.split(/\r?\n/);
  if (lines.some((l) => l.length > MAX_LINE_CHARS)) throw new CorpusFileError(`a line is longer than ${MAX_LINE_CHARS} characters`);

  let fm: Record<string, unknown> = {};
  let bodyStart = 0; // 0-based index of first body line
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (close < 0) throw new CorpusFileError('front matter opened with --- but never closed');
    let raw: unknown;
    try {
      raw = parseYaml(lines.slice(1, close).join('\n')) ?? {};
    } catch (e) {
      const why = e instanceof YAMLParseError ? e.message.split('\n')[0] : String(e);
      throw new CorpusFileError(`front matter is not valid YAML: ${why}`);
    }
    if (typeof raw !== 'object' || Array.isArray(raw) || raw === null) throw new CorpusFileError('front matter must be a YAML mapping');
    const parsed = frontMatterSchema.safeParse(raw);
    if (!parsed.success) throw new CorpusFileError(`front matter: ${z.prettifyError(parsed.error).replace(/\n\s*/g, ' ')}`);
    fm = parsed.data as Record<string, unknown>;
    bodyStart = close + 1;
  }
  const body = lines.slice(bodyStart).join('\n');
  if (body.trim().length === 0) throw new CorpusFileError('no article text after the front matter');

  const inferred: string[] = [];
  const topLines = lines.slice(bodyStart).map((l) => l.trim()).filter((l) => l.length > 0).slice(0, 12);
  let title = fm.title as string | undefined;
  if (!title) {
    title = inferTitle(topLines);
    inferred.push('title');
  }
  // A file that names its kind is curated: a missing date there means "unknown", not "look for one".
  const curated = fm.kind !== undefined;
  let published = (fm.published as string | null | undefined) ?? null;
  if (fm.published === undefined && !curated) {
    // Look for a dateline among the first non-empty lines of the body.
    const line = topLines.slice(0, 10).map(readDateline).find((d) => d !== null);
    published = line ? settleDateline(line, body) : null;
    inferred.push(published ? 'published' : 'published (none found: undated)');
  }
  let kind = fm.kind as Kind | undefined;
  if (!kind) {
    kind = fm.generated === true ? 'generated' : 'news';
    inferred.push('kind');
  }
  let source = (fm.source as string | null | undefined) ?? null;
  if (fm.source === undefined && !curated) {
    const m = topLines.map((l) => /^(?:source|fuente|quelle|fonte|bron|来源|出典)\s*[:：]\s*(.{2,80})$/iu.exec(l)).find(Boolean) ?? outletBesideDate(topLines);
    if (m) {
      source = m[1].trim();
      inferred.push('source');
    }
  }
  const known = new Set(['title', 'source', 'url', 'published', 'kind']);
  const extra = Object.fromEntries(Object.entries(fm).filter(([k]) => !known.has(k)));

  return {
    path: rel,
    title,
    source,
    url: (fm.url as string | null | undefined) ?? null,
    published,
    kind,
    body,
    bodyStartLine: bodyStart + 1,
    hash,
    inferred,
    extra,
    passages: toPassages(rel, lines, bodyStart, published),
  };
}

/** "April 2, 2025 | Korea Business Wire": the outlet in the dateline's other part. */
function outletBesideDate(top: string[]): RegExpExecArray | null {
  for (const l of top.slice(0, 10)) {
    const parts = l.split(/\s+[|·•]\s+/);
    if (parts.length < 2 || !parts.some((x) => datelineDate(x) !== null)) continue;
    const name = parts.find((x) => datelineDate(x) === null && !/^by\s/i.test(x) && /^\p{Lu}[\p{L}&.'’-]*(?:\s+[\p{Lu}&][\p{L}&.'’-]*){0,5}$/u.test(x.trim()));
    if (name) return /^(.*)$/.exec(name.trim());
  }
  // A masthead on the first line, or on its own line beside the dateline: "The Philadelphia Ledger",
  // "Capitol & Campus — Education desk"; a byline naming it: "By Touchline Report staff".
  if (top.length > 1 && MASTHEAD.test(top[0].trim())) return /^(.*)$/.exec(top[0].trim());
  for (const l of top.slice(0, 8)) {
    const by = /^By\s+((?:The\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+[\p{Lu}&][\p{L}&.'’-]*){0,4})\s+(?:staff|reporters|correspondents?|desk|team)$/u.exec(l.trim());
    if (by) return by;
  }
  const at = top.findIndex((l) => datelineDate(l) !== null);
  if (at < 0) return null;
  for (const l of [top[at + 1], top[at - 1]]) {
    // A short line only: "WASHINGTON — Three presidents …" opens the article's text.
    const head = l && l.trim().length <= 60 ? l.trim().split(/\s+[—–|·•]\s+/)[0] : '';
    if (head && head.length <= 40 && head !== l!.trim() ? CAPITALISED.test(head) : MASTHEAD.test(head)) return /^(.*)$/.exec(head);
  }
  return null;
}

// Only capitalised words (and "&"): a name, not a sentence.
const CAPITALISED = /^(?:The\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}&][\p{L}.'’-]*|&|of|de|du|la|le))*$/u;

// Words an outlet's name ends with.
const MASTHEAD = /^(?:The\s+)?(?:[\p{Lu}&][\p{L}&.'’-]*\s+){0,4}(?:Ledger|Times|Post|News|Journal|Herald|Tribune|Gazette|Daily|Weekly|Wire|Review|Report|Dispatch|Chronicle|Observer|Telegraph|Courier|Bulletin|Digest|Insider|Standard|Express|Monitor|Record|Register|Press|Today|Magazine|Desk|Echo|Post-Gazette|Zeitung|Tribune)$/u;

// Site furniture pasted with an article: never its title.
const NAVIGATION = /^(?:skip to (?:main )?content|menu|sign in|log in|subscribe|home|advertisement|share|listen to this article|\[image\])\b/i;

/** First non-empty line that reads like a headline: not a dateline, a byline or a bare number. */
function inferTitle(top: string[]): string {
  const clean = (l: string) => l.replace(/^#+\s*/, '');
  const pick =
    // (a masthead on the first line, "The Quad News", is the outlet, not the headline)
    top.find((l, i) => !(i === 0 && MASTHEAD.test(l.trim()) && top.length > 1) && datelineDate(l) === null && !NAVIGATION.test(l) && l.split('|').length < 3 && !/ > /.test(l) && !/^(author|source|by|posted|updated|published|publié)\b[^:]*:/i.test(l) && isProse(l)) ?? top[0];
  const t = clean(pick);
  if (t.length <= 120) return t;
  const cut = t.slice(0, 120);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : 120)}…`;
}

function toPassages(rel: string, lines: string[], bodyStart: number, published: string | null): Passage[] {
  const out: Passage[] = [];
  let paragraph = 0;
  let blank = true;
  for (let i = bodyStart; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') {
      if (!blank) paragraph++;
      blank = true;
      continue;
    }
    blank = false;
    if (!isProse(line.trim())) continue;
    for (const span of splitSentences(line)) {
      const text = line.slice(span.start, span.end);
      if (!isProse(text) || datelineDate(text) !== null) continue;
      const own = datesInSentence(text, published)[0];
      out.push({
        id: 0,
        doc: rel,
        line: i + 1,
        text,
        paragraph,
        date: own?.date ?? null,
        datePrecision: own?.precision ?? null,
        dateOrigin: own ? 'sentence' : null,
      });
    }
  }
  // A sentence without a date of its own takes its paragraph's date (the first named there,
  // when it comes earlier in the paragraph), else the article's; the origin says which.
  let lastPara = -1;
  let paraDate: Passage | null = null;
  for (const p of out) {
    if (p.paragraph !== lastPara) {
      lastPara = p.paragraph;
      paraDate = null;
    }
    if (p.dateOrigin === 'sentence') {
      paraDate ??= p;
      continue;
    }
    // "has since been", "later": the sentence moves on from its paragraph's date.
    if (paraDate && paraDate.line === p.line && !/\b(?:since|later|subsequently|afterwards|now)\b/i.test(p.text)) {
      p.date = paraDate.date;
      p.datePrecision = paraDate.datePrecision;
      p.dateOrigin = 'paragraph';
    } else if (published) {
      p.date = published;
      p.datePrecision = 'day';
      p.dateOrigin = 'article';
    }
  }
  return out;
}
