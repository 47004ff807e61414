import type { BriefIndex } from '../../index/build.ts';
import { Citations, dateLabel, quoted, sourceLabel } from '../cite.ts';
import { parseUserDate } from '../dates.ts';
import { cappedChangeEvents, eventsSince, pickEvents, type ChangeEvent } from '../extract.ts';
import type { Answer, Item } from '../types.ts';
import { figuresAfter } from '../figures-after.ts';
import { helpAnswer } from './help.ts';
import { addDays } from '../../corpus/dates.ts';

export const MAX_CHANGES = 15;
const PER_DOC_DATE = 3;

/** Dated changes on or after a date, oldest first, each with its event date and citation. */
export function changesSince(index: BriefIndex, query: string, sinceText: string, now: string): Answer {
  const since = sinceText ? parseUserDate(sinceText, now) : addDays(now, -30);
  if (!since) {
    return helpAnswer(query, `I couldn't read “${sinceText}” as a date. Try 2026-03-01, 3/1/2026, March 2026, 1 May 2026, last week or yesterday.`, 'changes since 2026-03-01');
  }
  const cites = new Citations(index);
  const all = cappedChangeEvents(index, PER_DOC_DATE, now);
  const after = eventsSince(all, since);
  if (!after.length) {
    const before = all.filter((e) => e.date < since).at(-1);
    const items = before ? [eventItem(index, before, cites, 'Latest change before that')] : [];
    return {
      command: 'changes-since', query, asOf: before?.date ?? null, found: false,
      heading: `No changes in the corpus since ${since}.`, items, notes: [], citations: cites.list,
    };
  }
  const shown = pickEvents(index, after, MAX_CHANGES);
  const items = shown.map((e) => eventItem(index, e, cites));
  const notes = after.length > shown.length ? [`…and ${after.length - shown.length} more, less central: /qwen timeline`] : [];
  return {
    command: 'changes-since',
    query,
    asOf: shown.at(-1)!.date,
    found: true,
    heading: `Changes since ${since} (${after.length}${after.length > shown.length ? `, the ${shown.length} most central` : ''}, oldest first)`,
    items,
    notes,
    citations: cites.list,
  };
}

/** A change as one item: its text and the citations of the sentences it quotes. */
export function eventItem(index: BriefIndex, e: ChangeEvent, cites: Citations, section: string | null = null, prefix = ''): Item {
  const doc = index.docByPath.get(e.passage.doc)!;
  const more = figuresAfter(index, e.passage);
  const text = `${prefix}${dateLabel(e.passage)} — ${quoted(e.passage.text)}${more ? ` ${quoted(more.text)}` : ''} (${sourceLabel(doc)})`;
  return { section, text, cites: [...new Set([cites.passage(e.passage), ...(more ? [cites.passage(more)] : [])])] };
}
