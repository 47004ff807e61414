import type { Answer } from '../types.ts';

export const HELP_LINES = [
  'who-leads — who leads Qwen now, who left, new roles, the support team, and where sources disagree',
  'changes since <date> — dated changes since 2026-03-01, 3/1/2026, March 2026, 1 May 2026, last week, yesterday',
  'who <name> | person <name> — one person’s roles over time (any name form: Jingren Zhou, Eddie Wu, 周靖人)',
  'timeline — every dated event, oldest first',
  'sources [topic] — the articles, with outlet, date and kind',
  'digest [since <date>] — what the daily digest would post (only you see it)',
  'ask <question> — or just type a question: the best cited excerpts',
  'help — this list',
];

export function helpAnswer(query: string, reason: string | null = null, suggestion: string | null = null): Answer {
  const notes: string[] = [];
  if (suggestion) notes.push(`Did you mean: /qwen ${suggestion}`);
  return {
    command: 'help',
    query,
    asOf: null,
    found: reason === null,
    heading: reason ? `${reason} Here is what I can do:` : 'qwen-brief answers from a curated news corpus, with a cited excerpt for every statement:',
    items: HELP_LINES.map((text) => ({ section: null, text: `/qwen ${text}`, cites: [] })),
    notes,
    citations: [],
  };
}
