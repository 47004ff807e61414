import type { BriefIndex } from '../../index/build.ts';
import { Citations } from '../cite.ts';
import { eligibleDocs } from '../eligible.ts';
import { cappedChangeEvents } from '../extract.ts';
import type { Answer } from '../types.ts';
import { eventText } from './changes-since.ts';

export const MAX_TIMELINE = 20;

/** Every dated event, oldest first. */
export function timeline(index: BriefIndex, query: string, now: string): Answer {
  const cites = new Citations(index);
  const events = cappedChangeEvents(index, 2, now);
  const shown = events.slice(0, MAX_TIMELINE);
  const notes: string[] = [];
  if (events.length > shown.length) notes.push(`…and ${events.length - shown.length} more; narrow it with /qwen changes since <date>`);
  const undated = eligibleDocs(index, now).filter((d) => !d.published).length;
  if (undated) notes.push(`${undated} undated source${undated === 1 ? ' is' : 's are'} not placed on the timeline: /qwen sources`);
  return {
    command: 'timeline',
    query,
    asOf: shown.at(-1)?.date ?? null,
    found: shown.length > 0,
    heading: shown.length ? `Timeline (${events.length} dated events)` : 'No dated events in the corpus.',
    items: shown.map((e) => ({ section: null, text: eventText(index, e), cites: [cites.passage(e.passage)] })),
    notes,
    citations: cites.list,
  };
}
