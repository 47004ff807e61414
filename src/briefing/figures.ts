/**
 * Figures in a sentence, read as numbers, so that two sources giving the same quantity differently
 * ("a margin of 477 votes", "483 voix d'avance"; "about 12,700 members", "roughly 13,000 workers") can be
 * set side by side.
 */

export interface Figure {
  raw: string; // as written
  value: number; // scaled ("€6.4bn" is 6.4e9)
  share: boolean; // a percentage
  at: number;
  currency: string | null; // the sign written before it, if any
}

const SCALE: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, millionen: 1e6, millions: 1e6, billion: 1e9, bn: 1e9, milliard: 1e9, milliarden: 1e9, milliards: 1e9, trillion: 1e12 };

// (Thousands grouped by commas, or by spaces as French and Nordic papers write them: "250 000".)
// (A year range, "2023-24", is no figure; "m" and "k" count only written against the number: "400 m" is metres.)
const FIGURE = /(?<![\p{L}\p{N}.,-])(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d)|\d+(?:[.,]\d+)?)(?!\d|[-–]\d)(?:\s?(thousand|million|millionen|millions|billion|milliarden|milliards|milliard|trillion|bn|mn)\b|(m|k)\b)?(\s?(?:%|per ?cent\b|percent\b|Prozent\b|pour cent\b|por ciento\b|procent\b))?/giu;
const TALLY = /(?<![\p{L}\p{N}.,-])(\d{1,3})\s?(?:[-–]|\s(?:to|zu|a|à)\s)(\d{1,3})(?!\p{N}|[.,]\d|[-–]\d)/gu;
// ("$6.4bn" and "€6.3bn" are not one figure told twice.)
const CURRENCY = /[$€£¥₩₹]\s?$/;

/** Every figure in the text but years ("in 2023", unless a share or scaled) and days of a month the caller blanked. */
export function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [raw, digits, word, short, pct] = m;
    const scale = word ?? short;
    // ("6,4 Milliarden": a decimal comma before a scale word; "13,000": a thousands comma.)
    const decimalComma = /^\d+,\d{1,2}$/.test(digits) && (!!scale || !!pct);
    const n = Number(decimalComma ? digits.replace(',', '.') : digits.replace(/[ ,\u00a0\u202f]/g, ''));
    if (!Number.isFinite(n)) continue;
    if (!scale && !pct && /^(?:19|20)\d\d$/.test(digits)) continue;
    out.push({ raw: raw.trim(), value: n * (scale ? SCALE[scale.toLowerCase()] : 1), share: !!pct, at: m.index!, currency: CURRENCY.exec(text.slice(Math.max(0, m.index! - 2), m.index!))?.[0].trim() ?? null });
  }
  // "confirmed by a vote of 85-12", "84 zu 13": a tally's larger side (a range, "13-21", runs upward).
  for (const m of text.matchAll(TALLY)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > b && a >= 20 && !out.some((f) => f.at === m.index)) out.push({ raw: m[1], value: a, share: false, at: m.index!, currency: null });
  }
  return out.sort((x, y) => x.at - y.at);
}

/**
 * Close enough to be the same quantity told differently: within about a third ("$24.4 billion" and "about $19
 * billion" of debt, "22%" and "27.5%" of a stake), not the same figure, nor in another currency.
 */
export function nearFigure(a: Figure, b: Figure): boolean {
  if (a.share !== b.share || a.value === b.value || (!!a.currency && !!b.currency && a.currency !== b.currency)) return false;
  const lo = Math.min(a.value, b.value);
  // (Small counts are too easily another thing: "three plants", "14 per cent" against "13 to 21".)
  if (!a.share && lo < 20) return false;
  if (a.share && lo < 3) return false;
  return figureRatio(a, b) <= 1.35;
}

/** How far apart two figures are: the larger over the smaller (1 for the same value). */
export function figureRatio(a: Figure, b: Figure): number {
  return Math.max(a.value, b.value) / Math.min(a.value, b.value);
}

/** Two written values that are one figure ("€6.4bn" and "6.4bn"). */
export function sameFigure(a: string, b: string): boolean {
  const [x, y] = [figuresIn(a)[0], figuresIn(b)[0]];
  return !!x && !!y && x.value === y.value && x.share === y.share;
}

// Days of a month as sentences write them ("Nov. 17", "18 November", "November 19, 2023", "May 2024", "in 2018").
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
export const DAY_PHRASE_SOURCES = [
  `\\b(?:${MONTH}\\s+\\d{1,2}(?!\\d)(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?)`,
  `\\b${MONTH}\\s+\\d{4}\\b|\\b(?:in|since)\\s+(?:19|20)\\d\\d\\b`,
];
const DAY_PHRASES = DAY_PHRASE_SOURCES.map((re) => new RegExp(re, 'gi'));

/** A sentence's text with its days of a month ("Nov. 17", "17 November") blanked, so that no count is read in them. */
export function blankDays(text: string): string {
  return DAY_PHRASES.reduce((t, re) => t.replace(re, (d) => ' '.repeat(d.length)), text);
}
