// "Who won the 2021 LDP leadership election?", of articles that end in December 2020: what happened in a
// month or year after the newest source is not in the corpus, however many sentences look ahead to it.
import type { BriefIndex } from '../index/build.ts';
import { eligibleDocs } from './eligible.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "the April 2021 election", "in 2021", "Venezuela's 2024 presidential election".
// (Not a deadline: "promise by 2026" was promised before it.)
const PERIOD = /(?:\b(?:in|during|the|of|at)|['’]s)\s+(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?((?:19|20)\d\d)\b/i;
// Asked as an outcome: "who won", "what happened", "was he convicted".
const DONE = /\b(?:won|lost|happened|became|elected|chosen|appointed|sentenced|convicted|died)\b/i;
// …of the time itself, not of an event named for it: "named coach for the 2026 World Cup", "the 2022 World
// Cup awarded to Qatar" (a when-question asks for the day of what was done).
const NAMED_FOR = /\b(?:for|through|until|till|to|before|ahead of|host|hosts|hosting|bid|bids)\s+(?:the\s+)?$/i;
// …not as planned or expected: "when was the 2021 election due", "who will run in 2021".
const AHEAD = /\b(?:will|would|going to|due|scheduled|set to|expected|planned|plans?|supposed|next|upcoming|run for|candidates?|stand)\b/i;

/** The month or year a question asks about as past, when it starts after the newest source a user can see; else null. */
export function afterCorpus(index: BriefIndex, question: string, now: string): { asked: string; newest: string } | null {
  const m = PERIOD.exec(question);
  if (!m || !DONE.test(question) || AHEAD.test(question) || /^\s*when\b/i.test(question) || NAMED_FOR.test(question.slice(0, m.index + m[0].search(/(?:the\s+)?(?:[a-z]+\.?\s+)?(?:19|20)\d\d/i)))) return null;
  const start = m[1] ? `${m[2]}-${String(MONTHS.indexOf(m[1].toLowerCase()) + 1).padStart(2, '0')}-01` : `${m[2]}-01-01`;
  // The newest a source can tell as past: its publication, or for an undated one its latest date.
  let newest = '';
  for (const d of eligibleDocs(index, now)) {
    const told = d.published ?? d.passages.map((p) => p.date ?? '').sort().at(-1) ?? '';
    if (told > newest) newest = told;
  }
  return newest && start > newest && start <= now ? { asked: m[0].replace(/^(?:\s*\w+\s+|['’]s\s+)/, ''), newest } : null;
}
