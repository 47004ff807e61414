import type { Kind } from '../corpus/types.ts';

export const COMMAND_NAMES = ['who-leads', 'changes-since', 'person', 'timeline', 'sources', 'ask', 'help', 'digest'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export interface Citation {
  n: number;
  doc: string;
  title: string;
  source: string | null;
  url: string | null;
  published: string | null;
  kind: Kind;
  quote: string; // verbatim from the body of `doc`
  line: number; // 1-based line of `doc` where the quote is
}

/** One statement of an answer. `text` carries no [n] markers: renderers add them from `cites`. */
export interface Item {
  section: string | null;
  text: string;
  cites: number[];
}

export interface Answer {
  command: CommandName;
  query: string;
  asOf: string | null;
  found: boolean;
  heading: string;
  items: Item[];
  /** Plain remarks shown after the items (caps, hints); never facts. */
  notes: string[];
  citations: Citation[];
}
