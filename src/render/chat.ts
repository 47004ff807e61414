// The chat view of an answer (Slack and Discord): the same items and quotes as the plain text, made to read at
// a glance. Source labels the commands write in full ("(2026-04-15, article date; outlet unknown, 2026-04-15)")
// become "Apr 15† · Bowang Finance" on a bullet, and what they said at every bullet ("article date", "undated",
// "outlet unknown", "MACHINE-GENERATED") is said once, in the sources list and its legend. No file paths or line
// numbers. A compact view keeps the answer and the lines that carry it within about 1,800 characters; the rest
// stays one click (Slack) or one message (Discord) away. Pure: the platforms' renderers format the segments.
import { DATE_LABEL_PATTERN, sourceLabel } from '../briefing/cite.ts';
import type { Answer, Citation, Item } from '../briefing/types.ts';
import type { Kind } from '../corpus/types.ts';
import { citationsByNumber } from './limits.ts';

/** Text to escape, or a date to format the platform's way (`article`: the article's date, the sentence gives none). */
export type Seg = { t: 'text'; s: string } | { t: 'date'; iso: string; article: boolean };

export interface ChatLine {
  segs: Seg[];
  cites: number[];
}
export interface ChatGroup {
  section: Seg[] | null;
  lines: ChatLine[];
}
export interface ChatSource {
  n: number;
  title: string;
  url: string | null;
  source: string | null;
  published: string | null;
  kind: Kind;
}

export interface ChatView {
  heading: Seg[];
  /** Right under the heading: the latest change (changes since), what the sources disagree on (who-leads). */
  lead: { label: string; line: ChatLine }[];
  groups: ChatGroup[];
  notes: string[];
  /** How many of the answer's items this view leaves out (behind "Show all", or in the follow-up). */
  hidden: number;
  /** The items left out, for a follow-up; empty when none. */
  rest: Item[];
  sources: ChatSource[];
  /** Markers the view uses, explained once in the legend. */
  marks: { articleDate: boolean; generated: boolean };
  /** Dates in this year are shown without it. */
  year: string | null;
}

/** About what one screen shows in Slack or Discord: the first message of an answer stays within it. */
export const FIRST_SCREEN_CHARS = 1800;

/**
 * A first screen that fits: the items are chosen on an estimate of their size, so the result is measured
 * after rendering and rendered again with a smaller budget while it is over `limit` (at most four times).
 */
export function fitFirstScreen<M>(render: (budget: number) => M, size: (m: M) => number, limit = FIRST_SCREEN_CHARS): M {
  let budget = FIRST_SCREEN_CHARS;
  let m = render(budget);
  for (let i = 0; i < 4; i++) {
    const over = size(m) - limit;
    if (over <= 0) break;
    budget -= over + 40;
    m = render(budget);
  }
  return m;
}

const ARTICLE_MARK = '†';
const GENERATED_MARK = '⚠';
/** The legend of the markers a view uses. */
export function legend(marks: ChatView['marks']): string | null {
  const parts: string[] = [];
  if (marks.articleDate) parts.push(`${ARTICLE_MARK} the article's date (the sentence gives none)`);
  if (marks.generated) parts.push(`${GENERATED_MARK} machine-generated page, not reporting`);
  return parts.length ? parts.join(' · ') : null;
}
export { ARTICLE_MARK, GENERATED_MARK };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Apr 15" (in `year`), "Apr 15, 2025", "Sep 2023", "2016"; anything else as given. */
export function shortDate(iso: string, year: string | null = null): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (!month) return y;
  if (!d) return `${month} ${y}`;
  return y === year ? `${month} ${Number(d)}` : `${month} ${Number(d)}, ${y}`;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const text = (s: string): Seg => ({ t: 'text', s });

function dateSegs(label: string): Seg[] {
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(, article date)?$/.exec(label);
  return m ? [{ t: 'date', iso: m[1], article: Boolean(m[2]) }] : [text(label)];
}

/** "Bowang Finance" / "⚠ Machine-generated page" / "" (outlet unknown: said in the sources list). */
function outletOf(c: Pick<Citation, 'source' | 'kind'>): string {
  const name = c.source ?? '';
  return c.kind === 'generated' ? (name ? `${GENERATED_MARK} ${name}` : GENERATED_MARK) : name;
}

/** ISO days in prose (not inside a “quotation”) become dates; quotes are left exactly as they are. */
function proseDates(s: string): Seg[] {
  const out: Seg[] = [];
  let depth = 0;
  let buf = '';
  let prose = '';
  const flushProse = () => {
    let at = 0;
    for (const m of prose.matchAll(/\b(\d{4}-\d{2}-\d{2})\b/g)) {
      if (m.index > at) out.push(text(prose.slice(at, m.index)));
      out.push({ t: 'date', iso: m[1], article: false });
      at = m.index + m[0].length;
    }
    if (at < prose.length) out.push(text(prose.slice(at)));
    prose = '';
  };
  for (const ch of s) {
    if (ch === '“') {
      if (depth === 0) flushProse();
      depth++;
      buf += ch;
    } else if (ch === '”' && depth > 0) {
      depth--;
      buf += ch;
      if (depth === 0) {
        out.push(text(buf));
        buf = '';
      }
    } else if (depth > 0) buf += ch;
    else prose += ch;
  }
  if (buf) out.push(text(buf));
  flushProse();
  return merge(out);
}

function merge(segs: Seg[]): Seg[] {
  const out: Seg[] = [];
  for (const s of segs) {
    const last = out.at(-1);
    if (s.t === 'text' && last?.t === 'text') out[out.length - 1] = text(last.s + s.s);
    else if (s.t !== 'text' || s.s) out.push(s);
  }
  return out;
}

/**
 * An item's (or heading's) text for chat: the full labels the commands write, found by their exact text for the
 * documents the item cites, become short ones; prose dates become dates. Quotes are untouched. A label written
 * some other way is left as it is (shown in full, never lost).
 */
export function chatSegs(s: string, cited: readonly Pick<Citation, 'source' | 'published' | 'kind'>[] = []): Seg[] {
  const PH = /\uE000(\d+)\uE001/g;
  if (/[\uE000\uE001]/.test(s)) return [text(s)];
  const parts: Seg[][] = [];
  const hold = (segs: Seg[]) => `\uE000${parts.push(segs) - 1}\uE001`;
  const labels = new Map<string, Pick<Citation, 'source' | 'kind'>>();
  for (const c of cited) if (!labels.has(sourceLabel(c))) labels.set(sourceLabel(c), c);
  let out = s;
  if (labels.size) {
    const S = [...labels.keys()].sort((x, y) => y.length - x.length).map(escapeRe).join('|');
    // "“quote” (2026-04-15, article date; Bowang Finance, 2026-04-15)" → "“quote” — Apr 15† · Bowang Finance"
    out = out.replace(new RegExp(` \\((${DATE_LABEL_PATTERN}); (${S})\\)`, 'g'), (_, d: string, l: string) => {
      const segs = [...(d === 'undated' ? [] : dateSegs(d))];
      const outlet = outletOf(labels.get(l)!);
      if (outlet) segs.push(...(segs.length ? [text(' · ')] : []), text(outlet));
      return segs.length ? hold([text(' — '), ...segs]) : '';
    });
    // "2026-03-05 — “quote” (Bowang Finance, 2026-03-06, analysis)" and "Title (outlet unknown, undated)"
    out = out.replace(new RegExp(` \\((${S})\\)`, 'g'), (_, l: string) => {
      const outlet = outletOf(labels.get(l)!);
      return outlet ? hold([text(` · ${outlet}`)]) : '';
    });
  }
  out = out.replace(new RegExp(`^(${DATE_LABEL_PATTERN}) — `), (_, d: string) => hold([...dateSegs(d), text(' — ')]));
  const segs: Seg[] = [];
  let at = 0;
  for (const m of out.matchAll(PH)) {
    if (m.index > at) segs.push(...proseDates(out.slice(at, m.index)));
    segs.push(...parts[Number(m[1])]);
    at = m.index + m[0].length;
  }
  if (at < out.length) segs.push(...proseDates(out.slice(at)));
  return merge(segs);
}

/** Plain text of segments (dates short), e.g. for length budgets and plain-text fallbacks. */
export function plainSegs(segs: readonly Seg[], year: string | null): string {
  return segs.map((s) => (s.t === 'text' ? s.s : `${shortDate(s.iso, year)}${s.article ? ARTICLE_MARK : ''}`)).join('');
}

/**
 * The answer with only `items`, its citations renumbered 1..k in order of first use (every quote of a cited
 * document kept), so a message that shows part of an answer has its own complete sources list.
 */
export function subAnswer(a: Answer, items: Item[]): Answer {
  const byN = new Map(citationsByNumber(a.citations).map((g) => [g.n, g.quotes]));
  const renumber = new Map<number, number>();
  const citations: Citation[] = [];
  const out = items.map((it) => ({
    ...it,
    cites: it.cites.flatMap((n) => {
      if (!byN.has(n)) return [];
      let m = renumber.get(n);
      if (m === undefined) {
        m = renumber.size + 1;
        renumber.set(n, m);
        for (const c of byN.get(n)!) citations.push({ ...c, n: m });
      }
      return [m];
    }),
  }));
  return { ...a, items: out, citations };
}

const CHRONOLOGICAL = new Set(['changes-since', 'timeline']);
const IN_ORDER = new Set(['digest', 'sources']);
const DISAGREE = 'Sources disagree: ';

/** The order in which items earn a place on the first screen. */
function priority(a: Answer): number[] {
  const idx = a.items.map((_, i) => i);
  // Dated lists, oldest first: the latest changes are the news.
  if (CHRONOLOGICAL.has(a.command)) return idx.reverse();
  // The digest's headline, then the new articles, then what they report; sources newest first.
  if (IN_ORDER.has(a.command)) return idx;
  // Otherwise the first line of every section, in order, then the rest in order.
  const firsts = idx.filter((i) => i === 0 || a.items[i].section !== a.items[i - 1].section);
  return [...firsts, ...idx.filter((i) => !firsts.includes(i))];
}

function yearOf(a: Answer): string | null {
  if (a.asOf) return a.asOf.slice(0, 4);
  const ys = a.citations.map((c) => c.published?.slice(0, 4)).filter((y): y is string => Boolean(y));
  return ys.length ? ys.sort().at(-1)! : null;
}

function citedBy(a: Answer, it: Pick<Item, 'cites'>): Citation[] {
  return a.citations.filter((c) => it.cites.includes(c.n));
}

function lineOf(a: Answer, it: Item): ChatLine {
  return { segs: chatSegs(it.text, citedBy(a, it)), cites: [...new Set(it.cites)] };
}

function sourceLen(c: Citation): number {
  return Math.min(c.title.length, 200) + (c.source?.length ?? 14) + 30;
}

/** Which items fit the first screen, as indexes in answer order (at least one). */
function firstScreen(a: Answer, budget: number): number[] {
  const year = yearOf(a);
  let used = plainSegs(chatSegs(a.heading), year).length + a.notes.join('\n').length + 160; // legend, buttons
  const taken = new Set<number>();
  const docs = new Set<number>();
  const sectionsShown = new Set<string | null>();
  for (const i of priority(a)) {
    const it = a.items[i];
    let cost = plainSegs(chatSegs(it.text, citedBy(a, it)), year).length + 5 * it.cites.length + 3;
    if (!sectionsShown.has(it.section)) cost += (it.section?.length ?? 0) + 2;
    const newDocs = [...new Set(it.cites)].filter((n) => !docs.has(n));
    for (const n of newDocs) {
      const c = a.citations.find((x) => x.n === n);
      if (c) cost += sourceLen(c);
    }
    if (taken.size && used + cost > budget) continue;
    taken.add(i);
    used += cost;
    sectionsShown.add(it.section);
    for (const n of newDocs) docs.add(n);
  }
  return [...taken].sort((x, y) => x - y);
}

function groupLines(a: Answer): ChatGroup[] {
  const groups: ChatGroup[] = [];
  let last: string | null | undefined;
  for (const it of a.items) {
    if (!groups.length || it.section !== last) groups.push({ section: it.section === null ? null : chatSegs(it.section), lines: [] });
    last = it.section;
    groups.at(-1)!.lines.push(lineOf(a, it));
  }
  return groups;
}

/**
 * The chat view. `compact`: only what fits one screen (FIRST_SCREEN_CHARS): the heading, a lead line where the
 * command has one, and the items that carry the answer, renumbered with their own sources; `hidden`/`rest` say
 * what was left for "Show all". Otherwise every item, numbered as in the answer.
 */
export function chatView(a: Answer, opts: { compact?: boolean; budget?: number } = {}): ChatView {
  const year = yearOf(a);
  let shown = a;
  let rest: Item[] = [];
  if (opts.compact && a.items.length > 1) {
    const keep = new Set(firstScreen(a, opts.budget ?? FIRST_SCREEN_CHARS));
    if (keep.size < a.items.length) {
      shown = subAnswer(a, a.items.filter((_, i) => keep.has(i)));
      rest = a.items.filter((_, i) => !keep.has(i));
    }
  }
  const lead: ChatView['lead'] = [];
  let body = shown;
  if (opts.compact && rest.length) {
    // changes since: the count is in the heading; the latest change comes first, then the list, oldest first.
    if (a.command === 'changes-since' && shown.items.length > 1) {
      const latest = shown.items.at(-1)!;
      lead.push({ label: 'Latest', line: lineOf(shown, latest) });
      body = { ...shown, items: shown.items.slice(0, -1) };
    }
    // who-leads: say what the sources disagree on, even when those lines are behind "Show all".
    const disputed = [...new Set(rest.filter((it) => it.section?.startsWith(DISAGREE)).map((it) => it.section!.slice(DISAGREE.length)))]
      .filter((topic) => !shown.items.some((it) => it.section === `${DISAGREE}${topic}`));
    if (disputed.length) lead.push({ label: 'Sources disagree on', line: { segs: [text(disputed.join(' · '))], cites: [] } });
  }
  const sources = citationsByNumber(shown.citations).map(({ n, first: c }) => ({ n, title: c.title, url: c.url, source: c.source, published: c.published, kind: c.kind }));
  const groups = groupLines(body);
  const segsAll = [...lead.map((l) => l.line.segs), ...groups.flatMap((g) => g.lines.map((l) => l.segs))].flat();
  return {
    heading: chatSegs(a.heading),
    lead,
    groups,
    notes: a.notes,
    hidden: rest.length,
    rest,
    sources,
    marks: { articleDate: segsAll.some((s) => s.t === 'date' && s.article), generated: sources.some((s) => s.kind === 'generated') },
    year,
  };
}
