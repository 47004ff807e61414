import type { BriefIndex } from '../../index/build.ts';
import { holdsSame, sameThing } from '../../index/lexicon.ts';
import { STOPWORDS, stem, words } from '../../index/normalize.ts';
import { Citations } from '../cite.ts';
import { parseUserDate } from '../dates.ts';
import { eligibleDocs } from '../eligible.ts';
import { capPerDocDate, cappedChangeEvents, pickEvents, type ChangeEvent } from '../extract.ts';
import { docAbout, docTerms, eventsAt } from '../knowledge.ts';
import type { Answer } from '../types.ts';
import { eventItem } from './changes-since.ts';

export const MAX_TIMELINE = 20;
const MONTH_YEAR = /\b(?:(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+)?((?:19|20)\d\d)\b/i;
// Words that describe a timeline rather than filter it.
const GENERIC = new Set(['timeline', 'leadership', 'crisis', 'events', 'event', 'changes', 'change', 'story', 'saga', 'history', 'chronology', 'news']);

/** Every dated event, oldest first; a topic narrows it to a month or year, and to what it names. */
export function timeline(index: BriefIndex, query: string, now: string, topic: string | null = null): Answer {
  const cites = new Citations(index);
  let events = cappedChangeEvents(index, 2, now);
  let heading = 'Timeline';
  if (topic) {
    const when = MONTH_YEAR.exec(topic);
    const from = when ? parseUserDate(when[0], now) : null;
    const rest = when && from ? topic.replace(when[0], ' ') : topic;
    const { ids, consumed } = index.entities.resolve(rest);
    const focused = ids.filter((id) => id !== index.focus);
    // (With someone or something named, each article's events of a day are capped after narrowing to them:
    // the day's two strongest may be about something else, "VW's board approves …" before "Qatar signs … to
    // take 10 percent".)
    if (focused.length) events = cappedChangeEvents(index, Number.MAX_SAFE_INTEGER, now);
    if (when && from) {
      const to = when[1] ? from.slice(0, 7) : from.slice(0, 4);
      events = withoutVagueRepeats(index, events.filter((e) => e.date.startsWith(to)));
    }
    // Events naming them, or naming no one in an article about the organisations asked ("the European
    // Commission said it would not review the deal" in a recap of the Inflection deal).
    const orgsOnly = focused.every((id) => index.entities.get(id)?.type === 'organisation');
    if (focused.length) events = events.filter((e) => mentionsAny(index, e, focused) || (orgsOnly && !index.mentions[e.passage.id].some((m) => index.entities.get(m.id)?.type === 'person') && focused.every((id) => docAbout(index, e.passage.doc, id))));
    else if (ids.includes(index.focus)) events = events.filter((e) => mentionsAny(index, e, [index.focus]) || docAbout(index, e.passage.doc, index.focus));
    // Words beyond names and dates ("machinists strike") must appear in the event's sentence, or
    // in the title of its article.
    const qw = words(rest).filter((w, i) => !consumed.has(i) && !STOPWORDS.has(w) && !GENERIC.has(w)).map(stem);
    if (qw.length) {
      const has = (text: string) => qw.some((t) => words(text).some((w) => stem(w) === t || sameThing(t).includes(stem(w))));
      // …or, for an event about the names asked (the person's own changes), anywhere in its article.
      const inDoc = (e: ChangeEvent) => focused.length > 0 && qw.every((t) => holdsSame(docTerms(index, e.passage.doc).terms, t));
      const narrowed = events.filter((e) => has(e.passage.text) || has(index.docByPath.get(e.passage.doc)!.title) || inDoc(e));
      if (narrowed.length || !ids.length) events = narrowed;
    }
    // (…those naming whom the topic names first.)
    if (focused.length) events = capPerDocDate(events, 2, (e) => (mentionsAny(index, e, focused) ? 0 : 1));
    heading = `Timeline: ${topic}`;
  }
  const shown = pickEvents(index, events, MAX_TIMELINE, !topic);
  const notes: string[] = [];
  if (events.length > shown.length) notes.push(`…and ${events.length - shown.length} more; narrow it with /qwen changes since <date>`);
  const undated = eligibleDocs(index, now).filter((d) => !d.published).length;
  if (undated) notes.push(`${undated} undated source${undated === 1 ? ' is' : 's are'} not placed on the timeline: /qwen sources`);
  return {
    command: 'timeline',
    query,
    asOf: shown.at(-1)?.date ?? null,
    found: shown.length > 0,
    heading: shown.length ? `${heading} (${events.length} dated events)` : topic ? `No dated events in the corpus about “${topic}”.` : 'No dated events in the corpus.',
    items: shown.map((e) => eventItem(index, e, cites)),
    notes,
    citations: cites.list,
  };
}

/**
 * In a month or year asked for, a change dated only by its month ("Paratici resigned in April", told in
 * a later article) is left out when the same month holds the day it happened (the same person, the same
 * kind of change): it repeats that day with less detail.
 */
function withoutVagueRepeats(index: BriefIndex, events: ChangeEvent[]): ChangeEvent[] {
  const keys = (e: ChangeEvent) => eventsAt(index, e.passage.id).filter((f) => f.person).map((f) => `${f.kind}:${f.person}`);
  const exact = new Set<string>();
  for (const e of events) if (e.passage.datePrecision === 'day') for (const k of keys(e)) exact.add(`${e.date.slice(0, 7)}|${k}`);
  return events.filter((e) => {
    if (e.passage.datePrecision !== 'month') return true;
    const ks = keys(e);
    return !ks.length || ks.some((k) => !exact.has(`${e.date.slice(0, 7)}|${k}`));
  });
}

function mentionsAny(index: BriefIndex, e: ChangeEvent, ids: string[]): boolean {
  return index.mentions[e.passage.id].some((m) => ids.includes(m.id));
}
