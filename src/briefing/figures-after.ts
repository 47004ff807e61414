import type { Passage } from '../corpus/types.ts';
import type { BriefIndex } from '../index/build.ts';
import { STOPWORDS, terms } from '../index/normalize.ts';
import { eventsAt, followingSentences, passageFigures } from './knowledge.ts';

/**
 * The sentence just after a change that gives its figures, when the change's own sentence gives none:
 * "Prime Minister Dahal lost a vote of confidence on Friday …" then "Speaker Ghimire announced that 63
 * lawmakers had voted for the motion and 194 against it." A list of changes shows both, so that the count,
 * the sum or the share is not lost to the sentence that tells the change.
 */
export function figuresAfter(index: BriefIndex, p: Passage): Passage | null {
  if (tallies(index, p)) return null;
  const people = new Set(index.mentions[p.id].map((m) => m.id));
  const said = ownWords(index, p);
  for (const x of followingSentences(index, p, 2)) {
    // (Another time, or another person's change, is another story.)
    if (x.dateOrigin === 'sentence' && x.date && p.date && x.date.slice(0, 7) !== p.date.slice(0, 7)) return null;
    // (A confidence vote is a change too: "Tom Reed survived a no-confidence motion with 45 votes" is Reed's own
    // item, not the count of Vale's vote.)
    const changes = eventsAt(index, x.id).filter((e) => e.kind !== 'org' && (e.kind !== 'holds' || VOTE.test(x.text)));
    if (changes.some((e) => !!e.person && !people.has(e.person))) return null;
    // (…and it goes on about the change, in its words: "lost a vote of confidence", then "63 lawmakers had
    // voted for the motion"; not "Since then …", nor "whose party holds 32 seats".)
    if (tallies(index, x) && !MOVES_ON.test(x.text) && [...ownWords(index, x)].some((w) => said.has(w))) return x;
  }
  return null;
}

// What a count, a share or a sum is of, right after it: "63 lawmakers", "188 votes", "132 voix", "51%", "194 against".
const TALLIED = /^\s*(?:[-–]\s*\d+\s+)?(?:%|per ?cent\b|percent\b|(?:of\s+the\s+)?(?:votes?|voted|ballots?|lawmakers|legislators|mps|members|deputies|senators|delegates|electors|seats|shareholders|in favou?r|against|voix|stimmen|votos|voti|stemmen|députés|abgeordnete)\b)/i;

/** Whether the sentence gives a vote count, a share or a sum (not a length of time or an age). */
function tallies(index: BriefIndex, p: Passage): boolean {
  return passageFigures(index, p).some((f) => f.share || !!f.currency || TALLIED.test(p.text.slice(f.at + f.raw.length, f.at + f.raw.length + 30)));
}

const VOTE = /\b(?:confidence|trust|impeach\w*)\b/i;

// Words of time and of telling share nothing about a change: "said on Monday … at the end of the year" and
// "said on Monday that its quarterly sales fell 4% from a year earlier".
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|jun|july|august|september|october|november|december|year|month|week|day|earlier|later|ago|said|say|told|today|yesterday|quarter\w*)$/;

const MOVES_ON = /^(?:since then|later|earlier|previously|before that|after that|last (?:year|month|week)|in (?:19|20)\d\d)\b/i;

/** The stems a sentence uses outside the names in it. */
function ownWords(index: BriefIndex, p: Passage): Set<string> {
  let text = p.text;
  for (const m of index.mentions[p.id]) text = text.slice(0, m.start) + ' '.repeat(m.end - m.start) + text.slice(m.end);
  return new Set(terms(text).filter((w) => !STOPWORDS.has(w) && w.length > 2 && !TIME_WORDS.test(w)));
}
