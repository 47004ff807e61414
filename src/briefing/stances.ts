// Where sources disagree on a course: one says the organisation keeps doing something ("while
// maintaining its open-source model approach"), another says it moves away from it ("shifting
// focus from open-source models to …"). Found from the wording, for whatever the object is.
import type { Passage } from '../corpus/types.ts';
import { memo, type BriefIndex } from '../index/build.ts';
import { stem } from '../index/normalize.ts';

const KEEP = /\b(?:maintain(?:s|ed|ing)?|keep(?:s|ing)?|kept|adher(?:e|es|ed|ing) to|commit(?:ment|ted|s)? to|continu(?:e|es|ed|ing) (?:to (?:back|support|pursue)|with)|stick(?:s|ing)? (?:to|with)|remain(?:s|ed|ing)? committed to|reaffirm(?:s|ed|ing)? (?:a |its )?commitment to|doubl(?:e|es|ed|ing) down on)\s+(?:its\s+|their\s+|the\s+|an?\s+)?([\p{L}][\p{L}-]+)/giu;
const LEAVE = /\b(?:shift(?:s|ed|ing)?\s+(?:(?:its\s+|the\s+)?focus\s+)?(?:away\s+)?from|away from|abandon(?:s|ed|ing)?|mov(?:e|es|ed|ing) away from|pivot(?:s|ed|ing)?\s+(?:away\s+)?from|retreat(?:s|ed|ing)? from|turn(?:s|ed|ing)? (?:its back )?(?:away )?from|drop(?:s|ped|ping)?|scal(?:e|es|ed|ing) back)\s+(?:its\s+|their\s+|the\s+|an?\s+)?([\p{L}][\p{L}-]+)/giu;
const FILLER = new Set(['its', 'the', 'a', 'an', 'their', 'to', 'of', 'focus', 'efforts', 'approach', 'strategy', 'plans', 'commitment']);

export interface Stance {
  object: string; // as written, e.g. "open-source"
  keep: Passage[];
  leave: Passage[];
}

/** Objects that one source says are kept and another says are left behind; once per index. */
export function stances(index: BriefIndex): Stance[] {
  return memo(index, 'stances', () => {
    const keep = new Map<string, { word: string; ps: Passage[] }>();
    const leave = new Map<string, Passage[]>();
    for (const p of index.passages) {
      for (const m of p.text.matchAll(KEEP)) add(keep, m[1], p, true);
      for (const m of p.text.matchAll(LEAVE)) add(leave, m[1], p, false);
    }
    function add(map: Map<string, never> | Map<string, unknown>, word: string, p: Passage, isKeep: boolean) {
      const w = word.toLowerCase();
      if (FILLER.has(w) || w.length < 4) return;
      const k = stem(w.replace(/-/g, ''));
      if (isKeep) {
        const e = keep.get(k) ?? { word, ps: [] };
        e.ps.push(p);
        keep.set(k, e);
      } else (leave.get(k) ?? leave.set(k, []).get(k)!).push(p);
    }
    const out: Stance[] = [];
    for (const [k, { word, ps }] of [...keep.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const l = leave.get(k);
      if (!l) continue;
      // Two sources, not one article weighing both.
      if (!ps.some((a) => l.some((b) => a.doc !== b.doc))) continue;
      out.push({ object: word, keep: ps, leave: l });
    }
    return out;
  });
}
