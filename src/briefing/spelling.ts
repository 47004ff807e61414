// A word typed in a question that the corpus never uses, read as the corpus word one typing slip away
// ("who replced bakish" → "replaced", "what happend to" → "happened"), or as the two words the corpus
// writes it as ("breakup" → "break up", for "break-up"): search finds such words by
// itself (fuzzy), but reading the question (its type, its key words, the event it asks about) needs
// them spelt right. Only a word of six letters or more with exactly one likely reading is changed.
import { isEnglish } from '../index/english.ts';
import { nearTerms } from '../index/bm25.ts';
import { memo, type BriefIndex } from '../index/build.ts';
import { STOPWORDS, stem } from '../index/normalize.ts';

/** Words questions use that an article may not ("what happened to …?"): also readings a slip may have. */
const QUESTION_VOCAB = new Set('happened replaced resigned succeeded appointed announced founded started joined left leave leaving doing'.split(' '));

/** Chat shorthand a channel types ("how many ppl went"), read as its words when the corpus does not use it. */
const SHORTHAND = new Map(Object.entries({
  ppl: 'people', ppls: 'people', govt: 'government', gov: 'government', mgmt: 'management', dept: 'department', execs: 'executives',
  prez: 'president', abt: 'about', bc: 'because', cuz: 'because', coz: 'because', bcs: 'because', yr: 'year', yrs: 'years',
  rn: 'right now', atm: 'at the moment', rly: 'really', thru: 'through', tho: 'though', b4: 'before', ur: 'your',
  pls: 'please', plz: 'please', wat: 'what', wut: 'what', wen: 'when', bn: 'billion', mn: 'million', mil: 'million',
}));

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every string one deletion, transposition, substitution or insertion away from `w`. */
function edits(w: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= w.length; i++) {
    const [a, b] = [w.slice(0, i), w.slice(i)];
    if (b) out.add(a + b.slice(1));
    if (b.length > 1) out.add(a + b[1] + b[0] + b.slice(2));
    for (const c of LETTERS) {
      if (b) out.add(a + c + b.slice(1));
      out.add(a + c + b);
    }
  }
  out.delete(w);
  return out;
}

export { isEnglish };

/** The stems of the words of every person's name the corpus knows (an organisation's are words: "Election Commission"). */
function nameStems(index: BriefIndex): Set<string> {
  return memo(index, 'spelling:nameStems', () => new Set(index.entities.entities.filter((e) => e.type === 'person').flatMap((e) => e.aliases).flatMap((a) => a.toLowerCase().match(/\p{L}+/gu) ?? []).map(stem)));
}

/** The question with each misspelt word replaced by its one likely reading; unchanged when there is none. */
export function correctSpelling(index: BriefIndex, text: string): string {
  return text.replace(/[\p{L}\d]+/gu, (w) => {
    const short = SHORTHAND.get(w);
    if (short) return index.vocab.has(stem(w)) ? w : short;
    if (w.length < 6 || !/^[a-z]+$/.test(w) || STOPWORDS.has(w) || QUESTION_VOCAB.has(w) || index.vocab.has(stem(w))) return w;
    // An English word the corpus does not use ("funding", "suing") is what was meant, not a slip for one
    // it does ("founding", "using"); only its two-word spelling is looked for.
    if (isEnglish(w)) return split(index, w) ?? w;
    // The corpus's terms one slip from the word's stem, and how many passages use each.
    const near = nearTerms(index.mini, stem(w), 1, 'text');
    const readings = new Map<string, number>();
    for (const e of edits(w)) {
      const s = stem(e);
      const n = QUESTION_VOCAB.has(e) ? Infinity : near.get(s);
      // Never a name's word: "anyone" is not a slip for "Anton".
      if (n && (readings.get(e) ?? 0) < n && !nameStems(index).has(s)) readings.set(e, n);
    }
    // One stem only: "replaced" and "replace" read alike; "suing" → "using" or "suring" would not.
    // …or one far more used than the others ("electon": "election", not "elector").
    const ranked = [...readings.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const byStem = new Map<string, number>();
    for (const [e, n] of ranked) if (!byStem.has(stem(e))) byStem.set(stem(e), n);
    const counts = [...byStem.values()];
    if (counts.length === 1 || (counts.length > 1 && counts[0] >= 3 * counts[1])) return ranked[0][0];
    return counts.length ? w : split(index, w) ?? w;
  });
}

/**
 * "breakup" where the corpus writes "break-up" (two words to it): the two words, the longest first
 * one the corpus uses, the second one it uses too or a word too common to index.
 */
function split(index: BriefIndex, w: string): string | null {
  for (let i = w.length - 2; i >= 3; i--) {
    const [a, b] = [w.slice(0, i), w.slice(i)];
    if (index.vocab.has(stem(a)) && !nameStems(index).has(stem(a)) && (STOPWORDS.has(b) || index.vocab.has(stem(b))) && writtenApart(index, a, b)) return `${a} ${b}`;
  }
  return null;
}

/** Whether some sentence writes the two words apart or hyphened ("break up", "break-up"): "turnout" is no "turn out". */
function writtenApart(index: BriefIndex, a: string, b: string): boolean {
  return memo(index, `spelling:apart:${a} ${b}`, () => {
    const re = new RegExp(`\\b${a}[- ]${b}\\b`, 'i');
    return index.passages.some((p) => re.test(p.text));
  });
}
