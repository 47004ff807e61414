import { createHash } from 'node:crypto';
import { addDays } from '../../corpus/dates.ts';
import type { Doc } from '../../corpus/types.ts';
import { memo, type BriefIndex } from '../../index/build.ts';
import { Citations, quoted, sourceLabel } from '../cite.ts';
import { eligibleDocs } from '../eligible.ts';
import { cappedChangeEvents } from '../extract.ts';
import type { Answer, Item } from '../types.ts';
import { parseUserDate } from '../dates.ts';
import { eventItem } from './changes-since.ts';
import { helpAnswer } from './help.ts';
import { whoLeads } from './who-leads.ts';

export const DIGEST_MAX_ARTICLES = 15;
export const DIGEST_MAX_CHANGES = 12;
/** The window of `/qwen digest` when no channel state is known: the last week. */
export const DIGEST_DEFAULT_DAYS = 7;

/** What a digest is about: new articles, or (first run) a baseline of everything, or nothing new. */
export type DigestPlan =
  | { kind: 'digest'; docs: Doc[]; since: string | null }
  | { kind: 'baseline'; docs: Doc[] }
  | { kind: 'empty'; since: string | null };

/**
 * The key that decides "new": the body as received. A renamed file, or a curator's fix to the front
 * matter, is not news; a changed body is.
 */
export function articleKey(index: BriefIndex, doc: Doc): string {
  const keys = memo(index, 'digest:keys', () => new Map<string, string>());
  let k = keys.get(doc.path);
  if (!k) {
    k = createHash('sha256').update(doc.body.replace(/\r\n/g, '\n').trim()).digest('hex');
    keys.set(doc.path, k);
  }
  return k;
}

/** Articles a channel has not been told about, visible on `now`, oldest first (undated last). */
export function untoldDocs(index: BriefIndex, told: Set<string>, now: string): Doc[] {
  return oldestFirst(eligibleDocs(index, now).filter((d) => !told.has(articleKey(index, d))));
}

export function docsPublishedSince(index: BriefIndex, since: string, now: string): Doc[] {
  return oldestFirst(eligibleDocs(index, now).filter((d) => d.published && d.published >= since));
}

function oldestFirst(docs: Doc[]): Doc[] {
  return [...docs].sort((a, b) => {
    if (a.published !== b.published) {
      if (!a.published) return 1;
      if (!b.published) return -1;
      return a.published < b.published ? -1 : 1;
    }
    return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  });
}

/** `/qwen digest [since <date>]`: the stateless preview; an unreadable date gets help, like `changes since`. */
export function digest(index: BriefIndex, query: string, sinceText: string | null, now: string): Answer {
  const since = sinceText ? parseUserDate(sinceText, now) : null;
  if (sinceText && !since) return helpAnswer(query, `I couldn't read “${sinceText}” as a date. Try: digest since 2026-03-01`, 'digest since 2026-03-01');
  return digestPreview(index, query, since, now);
}

/** The digest without channel state: articles published in the window (default: the last week). */
export function digestPreview(index: BriefIndex, query: string, since: string | null, now: string): Answer {
  const from = since ?? addDays(now, -DIGEST_DEFAULT_DAYS);
  const docs = docsPublishedSince(index, from, now);
  return digestAnswer(index, query, docs.length ? { kind: 'digest', docs, since: from } : { kind: 'empty', since: from }, now);
}

/**
 * The digest as an Answer: a one-line "who leads now" headline with its as-of date, then the new
 * articles and the dated changes they report, oldest first, every line cited.
 */
export function digestAnswer(index: BriefIndex, query: string, plan: DigestPlan, now: string): Answer {
  const cites = new Citations(index);
  const items: Item[] = [];
  const lead = whoLeads(index, 'who-leads', now);
  const headItem = lead.items.find((i) => i.section?.startsWith('Head: '));
  const focus = index.entities.get(index.focus)?.name ?? index.focus;
  if (headItem) {
    // A number is a document: the head item's own quote among that document's.
    const ofDoc = lead.citations.filter((x) => x.n === headItem.cites[0]);
    const c = ofDoc.find((x) => headItem.text.includes(x.quote)) ?? ofDoc[0];
    const head = headItem.section!.slice('Head: '.length);
    items.push({
      section: null,
      text: `Who leads ${focus} now: ${head} (as of ${lead.asOf ?? 'undated'}) — ${quoted(c.quote)}`,
      cites: [cites.add(index.docByPath.get(c.doc)!, c.quote, c.line)],
    });
  }
  const notes: string[] = [];

  if (plan.kind === 'empty') {
    return {
      command: 'digest', query, asOf: lead.asOf, found: false,
      heading: `${focus} digest, ${now}: no changes${plan.since ? ` since ${plan.since}` : ''}`,
      items, notes, citations: cites.list,
    };
  }

  const events = cappedChangeEvents(index, 3, now);
  if (plan.kind === 'baseline') {
    const latest = events.at(-1);
    if (latest) items.push(eventItem(index, latest, cites, null, 'Latest change: '));
    return {
      command: 'digest', query, asOf: lead.asOf, found: true,
      heading: `${focus} digest: now tracking ${plan.docs.length} article${plan.docs.length === 1 ? '' : 's'}; new ones will be posted here`,
      items, notes, citations: cites.list,
    };
  }

  const shownDocs = plan.docs.slice(0, DIGEST_MAX_ARTICLES);
  for (const d of shownDocs) {
    // The lead: the first real sentence, not the headline or a "Source:" line.
    const lead = d.passages.find((p) => p.text.length >= 40 && p.text !== d.title && !/^source\s*:/i.test(p.text)) ?? d.passages[0];
    const label = `${d.title} (${sourceLabel(d)})`;
    items.push(
      lead
        ? { section: `New articles (${plan.docs.length})`, text: `${label} — ${quoted(lead.text)}`, cites: [cites.passage(lead)] }
        : { section: `New articles (${plan.docs.length})`, text: label, cites: [] },
    );
  }
  if (plan.docs.length > shownDocs.length) notes.push(`…and ${plan.docs.length - shownDocs.length} more articles: /qwen sources`);

  const paths = new Set(plan.docs.map((d) => d.path));
  const mine = events.filter((e) => paths.has(e.passage.doc));
  for (const e of mine.slice(0, DIGEST_MAX_CHANGES)) items.push(eventItem(index, e, cites, 'Changes they report'));
  if (mine.length > DIGEST_MAX_CHANGES) notes.push(`…and ${mine.length - DIGEST_MAX_CHANGES} more changes: /qwen timeline`);

  return {
    command: 'digest', query, asOf: lead.asOf, found: true,
    heading: `${focus} digest, ${now}: ${plan.docs.length} new article${plan.docs.length === 1 ? '' : 's'}${plan.since ? ` since ${plan.since}` : ''}`,
    items, notes, citations: cites.list,
  };
}
