// Sentence splitting that keeps exact offsets, so every passage is a verbatim slice of its line.

const ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mr', 'mrs', 'ms', 'dr', 'st', 'inc', 'co', 'corp', 'ltd', 'vs', 'no', 'jr', 'sr', 'prof', 'e.g', 'i.e', 'u.s', 'ph.d', 'b.s', 'm.s']);

export interface Span {
  start: number;
  end: number;
}

/** Splits one line into sentence spans (start/end offsets into the line, trimmed). */
export function splitSentences(line: string): Span[] {
  const spans: Span[] = [];
  const boundary = /([.!?。！？])(['"’”)\]]*)(\s+)(?=['"‘“(\[]?[A-Z0-9\u4e00-\u9fff])/g;
  let start = 0;
  for (let m = boundary.exec(line); m; m = boundary.exec(line)) {
    const endOfSentence = m.index + m[1].length + m[2].length;
    const before = line.slice(start, m.index + 1);
    const rawWord = /([A-Za-z.]+)\.$/.exec(before)?.[1] ?? '';
    const lastWord = rawWord.toLowerCase();
    // An abbreviation or an initial ("E. Shear", "M. Murati") does not end a sentence.
    if (m[1] === '.' && (ABBREVIATIONS.has(lastWord.replace(/\.$/, '')) || /^[A-Z]$/.test(rawWord))) continue;
    pushTrimmed(line, start, endOfSentence, spans);
    start = endOfSentence + m[3].length;
  }
  pushTrimmed(line, start, line.length, spans);
  return spans;
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
