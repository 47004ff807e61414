// Dates written in the other languages curated corpora carry (Spanish, French, German, Italian,
// Portuguese, Dutch, Chinese/Japanese, Korean): chrono is loaded for English only (every locale costs ~0.2 s at
// start), and these few forms are all a news dateline or sentence uses.
import { isoFromParts } from './date-parts.ts';

const MONTH_NAMES: [number, string][] = [
  // (German and Dutch share April, August, September, November with English: "1. August 2024".)
  [1, 'enero|janvier|januar|jänner|gennaio|janeiro|januari'],
  [2, 'febrero|février|fevrier|februar|feber|febbraio|fevereiro|februari'],
  [3, 'marzo|mars|märz|maerz|março|marco|maart'],
  [4, 'abril|avril|aprile|april'],
  [5, 'mayo|mai|maggio|maio|mei'],
  [6, 'junio|juin|juni|giugno|junho'],
  [7, 'julio|juillet|juli|luglio|julho'],
  [8, 'agosto|août|aout|augustus|august'],
  [9, 'septiembre|setiembre|septembre|settembre|setembro|september'],
  [10, 'octubre|octobre|oktober|ottobre|outubro'],
  [11, 'noviembre|novembre|novembro|november'],
  [12, 'diciembre|décembre|decembre|dezember|dicembre|dezembro|december'],
];
const MONTH_ALT = MONTH_NAMES.map(([, n]) => n).join('|');
const monthOf = (name: string) => MONTH_NAMES.find(([, n]) => new RegExp(`^(?:${n})$`, 'i').test(name))?.[0] ?? null;

// "12 de marzo de 2025", "1er avril 2024", "3. Dezember 2024", "12 marzo 2025", "1 de abril".
const DAY_MONTH = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:er|º|°)?\\.?\\s+(?:de\\s+)?(${MONTH_ALT})(?:\\s+(?:de\\s+|del\\s+)?(\\d{4}))?(?![\\p{L}])`, 'giu');
// "2025年3月12日", "3月12日", Korean "2025년 3월 12일".
const CJK = /(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号일]/gu;

export interface ForeignDate {
  date: string;
  yearKnown: boolean;
  text: string;
  index: number;
}

/** Day-precise dates in those languages, in text order; a date without a year takes the reference year. */
export function foreignDates(text: string, refYear: number | null): ForeignDate[] {
  const out: ForeignDate[] = [];
  for (const m of text.matchAll(DAY_MONTH)) {
    const month = monthOf(m[2]);
    const year = m[3] ? Number(m[3]) : refYear;
    if (!month || !year) continue;
    out.push({ date: isoFromParts(year, month, Number(m[1])), yearKnown: !!m[3], text: m[0], index: m.index! });
  }
  for (const m of text.matchAll(CJK)) {
    const year = m[1] ? Number(m[1]) : refYear;
    if (!year) continue;
    out.push({ date: isoFromParts(year, Number(m[2]), Number(m[3])), yearKnown: !!m[1], text: m[0], index: m.index! });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Whether a text names a month in English or one of those languages: evidence for reading "11/03". */
export function monthsNamed(text: string): Set<number> {
  const out = new Set<number>();
  const en = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  for (const m of text.matchAll(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/gi)) out.add(en.indexOf(m[1].toLowerCase()) + 1);
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])(${MONTH_ALT})(?![\\p{L}])`, 'giu'))) {
    const n = monthOf(m[1]);
    if (n) out.add(n);
  }
  for (const m of text.matchAll(/(\d{1,2})\s*[月월]/gu)) out.add(Number(m[1]));
  return out;
}
