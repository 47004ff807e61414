// Sentence splitting that keeps exact offsets, so every passage is a verbatim slice of its line.

const ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mr', 'mrs', 'ms', 'dr', 'st', 'inc', 'co', 'corp', 'ltd', 'vs', 'no', 'jr', 'sr', 'prof', 'e.g', 'i.e', 'u.s', 'ph.d', 'b.s', 'm.s', 'adm', 'capt', 'cmdr', 'lt', 'col', 'gen', 'sgt', 'maj', 'gov', 'sen', 'rep', 'rev', 'hon']);

export interface Span {
  start: number;
  end: number;
}

/** Splits one line into sentence spans (start/end offsets into the line, trimmed). */
export function splitSentences(line: string): Span[] {
  const spans: Span[] = [];
  // Chinese and Japanese end a sentence with 。！？ and no space after it; Korean with ". " before Hangul.
  const boundary = /([.!?。！？])(['"’”)\]]*)(\s+)(?=['"‘“(\[]?[A-Z0-9\u4e00-\u9fff\uac00-\ud7a3])|([。！？])(['"’”」』)\]]*)()(?=[^\s'"’”」』)\]])/g;
  let start = 0;
  for (let m = boundary.exec(line); m; m = boundary.exec(line)) {
    if (m[4] !== undefined) [m[1], m[2], m[3]] = [m[4], m[5], m[6]];
    const endOfSentence = m.index + m[1].length + m[2].length;
    const before = line.slice(start, m.index + 1);
    const rawWord = /([A-Za-z.]+)\.$/.exec(before)?.[1] ?? '';
    const lastWord = rawWord.toLowerCase();
    // An abbreviation or an initial ("E. Shear", "M. Murati", "B.J. Callaghan") does not end a sentence.
    // (Not "the U.K." or "the U.N." ending a sentence: places and bodies, not a person's initials.)
    if (m[1] === '.' && (ABBREVIATIONS.has(lastWord.replace(/\.$/, '')) || (/^(?:[A-Z]\.)?[A-Z]$/.test(rawWord) && !/^(?:U\.[KN]|E\.U)$/.test(rawWord)))) continue;
    // "am 6. Jänner", "19. März 2025": a German day number ends with a point inside the sentence.
    if (m[1] === '.' && /(?<![\d.,])(?:[1-9]|[12]\d|3[01])\.$/.test(before) && ORDINAL_MONTH.test(line.slice(m.index + m[0].length))) continue;
    // "10:05 p.m. ET": a time's zone follows it in the same sentence.
    // (…and "1 p.m. New York time", "9 a.m. London time": a place's time.)
    if (m[1] === '.' && /^[ap]\.m\.?$/.test(lastWord) && /^(?:[A-Z]{1,4}T|UTC\b|(?:[A-Z][a-z]+\s+){1,2}time\b)/.test(line.slice(m.index + m[0].length))) continue;
    // Quoted speech stays whole ("…: 'The company has accepted … We express …'"), up to a limit.
    if (endOfSentence - start < MAX_QUOTED && insideQuotation(line.slice(start, endOfSentence))) continue;
    pushTrimmed(line, start, endOfSentence, spans);
    start = endOfSentence + m[3].length;
  }
  pushTrimmed(line, start, line.length, spans);
  return spans;
}

/** A month name after a German ordinal day: "6. Jänner", "27. September", "1. März 2024". */
const ORDINAL_MONTH = /^(?:januar|jänner|februar|feber|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember)(?![\p{L}])/iu;

/** A quotation longer than this is split into sentences after all (a stray quote mark must not swallow a paragraph). */
const MAX_QUOTED = 700;

/**
 * Whether a quotation opened in `text` is still open at its end: typographic “ ”, straight ", and single
 * quotes used as quotation marks (an opening ' or ‘ after a space or colon before a letter; a closing ’ or '
 * after a letter or punctuation before a space or the end). Apostrophes inside words ("Lin's") are neither.
 */
export function insideQuotation(text: string): boolean {
  let curly = 0;
  let straight = false;
  let single = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const prev = i > 0 ? text[i - 1] : ' ';
    const next = i + 1 < text.length ? text[i + 1] : ' ';
    if (c === '“') curly++;
    else if (c === '”') curly = Math.max(0, curly - 1);
    else if (c === '"') straight = !straight;
    else if ((c === "'" || c === '‘' || c === '’') && /[\s(:—–-]/.test(prev) && /\p{L}/u.test(next) && c !== '’') single++;
    else if ((c === "'" || c === '’') && single > 0 && /[\p{L}\p{N}.,!?]/u.test(prev) && /[\s.,;:!?)\]—–-]/.test(next)) single--;
  }
  return curly > 0 || straight || single > 0;
}

function pushTrimmed(line: string, start: number, end: number, out: Span[]): void {
  // Leading list markers and whitespace are not part of the sentence.
  const lead = /^(\s*(?:[-*•]|\d+[.)])\s+|\s+)/.exec(line.slice(start, end));
  let s = start + (lead ? lead[0].length : 0);
  let e = end;
  while (e > s && /\s/.test(line[e - 1])) e--;
  while (s < e && /\s/.test(line[s])) s++;
  if (e > s) out.push({ start: s, end: e });
}
