import type { SignalsFile } from '../corpus/schema.ts';

export type PersonSide = 'before' | 'after' | 'nearest';
export interface Pattern {
  re: RegExp;
  person: PersonSide;
}
export interface CompiledSignals {
  focus: string;
  head: Pattern[];
  departure: Pattern[];
  responsibility: Pattern[];
  support: Pattern[];
  change: Pattern[];
  conflicts: { topic: string; sides: { label: string; patterns: RegExp[] }[] }[];
}

function compile(entries: SignalsFile['head']): Pattern[] {
  return entries.map((e) =>
    typeof e === 'string' ? { re: new RegExp(e, 'i'), person: 'nearest' } : { re: new RegExp(e.re, 'i'), person: e.person },
  );
}

export class SignalsError extends Error {}

/** Compiles the curators' phrase lists; a bad regular expression is reported by its text. */
export function compileSignals(file: SignalsFile): CompiledSignals {
  try {
    return {
      focus: file.focus,
      head: compile(file.head),
      departure: compile(file.departure),
      responsibility: compile(file.responsibility),
      support: compile(file.support),
      change: compile(file.change),
      conflicts: file.conflicts.map((c) => ({
        topic: c.topic,
        sides: c.sides.map((s) => ({ label: s.label, patterns: s.patterns.map((p) => new RegExp(p, 'i')) })),
      })),
    };
  } catch (e) {
    throw new SignalsError(`signals.yaml: ${(e as Error).message}`);
  }
}

export function firstMatch(patterns: Pattern[], text: string): { index: number; end: number; person: PersonSide } | null {
  let best: { index: number; end: number; person: PersonSide } | null = null;
  for (const p of patterns) {
    const m = p.re.exec(text);
    if (m && (!best || m.index < best.index)) best = { index: m.index, end: m.index + m[0].length, person: p.person };
  }
  return best;
}
