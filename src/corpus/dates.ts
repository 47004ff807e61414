import * as chrono from 'chrono-node/en'; // English only: loading every locale costs ~0.2 s at start

const FUTURE = /\b(?:will|shall|is to|are to|is due to|are due to|is expected to|are expected to|plans? to|scheduled|next|upcoming|effective)\b/i;

export interface FoundDate {
  date: string; // YYYY-MM-DD (day 01 when only the month is known, 01-01 for a year)
  precision: 'day' | 'month' | 'year';
  text: string;
}

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';
// chrono is the slow part of loading: only sentences that can hold a date reach it (a month or
// weekday name, yesterday/last week, a year, or a d/m form); "90,000" and "Qwen 2.5" do not.
const DATEISH = new RegExp(`\\b(?:${MONTHS})[a-z]*\\b|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\byesterday\\b|\\blast (?:week|month)\\b|\\b(?:19|20)\\d\\d\\b|\\b\\d{1,2}[/.-]\\d{1,2}\\b`, 'i');

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoFromParts(y: number, m: number, d: number): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Noon UTC of an ISO day: a reference instant that never slips a day across timezones. */
export function refInstant(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

export function addDays(iso: string, days: number): string {
  const d = refInstant(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Event dates named in a sentence. Relative forms ("on Wednesday", "yesterday") resolve against the
 * article's date; without one only absolute dates (with a year) are trusted.
 */
export function datesInSentence(sentence: string, articleDate: string | null): FoundDate[] {
  if (!DATEISH.test(sentence)) return [];
  const ref = { instant: refInstant(articleDate ?? '2000-01-01'), timezone: 0 };
  const out: FoundDate[] = [];
  for (const r of chrono.parse(sentence, ref)) {
    if (!DATEISH.test(r.text)) continue; // skips "now", "today" and the like
    if (/\ba\s+$/i.test(sentence.slice(0, r.index)) || /^(?:on\s+)?a\s/i.test(r.text)) continue; // "on a Friday": no particular day
    const s = r.start;
    const yearKnown = s.isCertain('year');
    const monthKnown = s.isCertain('month');
    const dayKnown = s.isCertain('day') || s.isCertain('weekday');
    if (!monthKnown && !dayKnown) continue; // a bare year or time is not an event date
    if (!yearKnown && !articleDate) continue;
    // "last month" in an undated article: chrono counts from a made-up reference day; no date.
    if (!articleDate && !/\b(?:19|20)\d\d\b/.test(r.text)) continue;
    if (/^\d+(?:\.\d+)?$/.test(r.text.trim())) continue; // "2.5", "3.0": version numbers, not dates
    let y = s.get('year')!;
    const m = s.get('month')!;
    const precision = dayKnown ? 'day' : 'month';
    let d = precision === 'day' ? s.get('day')! : 1;
    if (y < 1990 || y > 2100) continue;
    let iso = isoFromParts(y, m, d);
    // News reports what happened: a date without a year that lands after the article ("last
    // November", "on Friday") is the one before it.
    // Unless the sentence looks ahead ("will retire on Aug. 8").
    if (!yearKnown && articleDate && iso > articleDate && !FUTURE.test(sentence)) {
      if (s.isCertain('weekday') && !s.isCertain('day')) iso = addDays(iso, -7);
      else if (iso.slice(0, 7) > articleDate.slice(0, 7)) iso = isoFromParts(--y, m, d);
      else if (precision === 'day') iso = isoFromParts(--y, m, d);
    }
    // "will take charge for Saturday's trip": a weekday in a sentence that looks ahead is the coming one.
    // Only when the clause holding the weekday looks ahead ("The deal, announced on Monday, … who will join" does not).
    const clause = sentence.slice(0, r.index).split(/[,;—–(]/).pop()!;
    if (!yearKnown && articleDate && iso < articleDate && FUTURE.test(clause) && s.isCertain('weekday') && !s.isCertain('day') && !/\blast\b/i.test(r.text)) iso = addDays(iso, 7);
    out.push({ date: iso, precision, text: r.text });
  }
  // "joined OpenAI in 2018", "co-founded in 2015": a year that a preposition ties to the event.
  if (!out.length) {
    const y = /\b(?:in|since|from|until|by|early|late|mid-?|during|throughout)\s+((?:19|20)\d\d)\b(?![-/.]\d)/i.exec(sentence);
    // "Schulman, who co-founded OpenAI in 2015, will be …": a year inside a relative clause dates that
    // clause, not the sentence.
    const clause = y ? sentence.slice(0, y.index).split(/[,;—–(]/).pop()! : '';
    if (y && !/\b(?:who|which|whom|whose)\b/i.test(clause)) out.push({ date: `${y[1]}-01-01`, precision: 'year', text: y[0] });
  }
  return out;
}

/**
 * A publication date from the top of a raw article: "Mar 5, 2026", "Published on: Apr 15, 2026",
 * "03/06 2026" (month/day year). Only short dateline-like lines count.
 */
export function datelineDate(line: string): string | null {
  const t = line.trim();
  // Every dateline form states a four-digit year; without one, skip chrono (it runs on every short sentence at load).
  if (t.length === 0 || t.length > 80 || !/\d{4}/.test(t)) return null;
  // "Publié le 11/03/2024", "Published: 23/09/2024": a labelled day/month/year; French labels read day first.
  const labelled = /^(published|updated|posted|date|dated|publié(?:e)? le|mis à jour le|le)\s*:?\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/i.exec(t);
  if (labelled) {
    const [a, b] = [Number(labelled[2]), Number(labelled[3])];
    const dayFirst = /^(?:publié|mis à jour|le)/i.test(labelled[1]) || a > 12;
    const iso = isoFromParts(Number(labelled[4]), dayFirst ? b : a, dayFirst ? a : b);
    return validIso(iso) ? iso : null;
  }
  const mdY = /^(\d{1,2})\/(\d{1,2})\s*,?\s+(\d{4})$/.exec(t);
  if (mdY) {
    const iso = isoFromParts(Number(mdY[3]), Number(mdY[1]), Number(mdY[2]));
    return validIso(iso) ? iso : null;
  }
  const results = chrono.parse(t, { instant: refInstant('2000-01-01'), timezone: 0 });
  for (const r of results) {
    if (!/\d{4}/.test(r.text)) continue; // a dateline states its year
    // A dateline is mostly the date: a label before it ("Published on:"), a separator after it
    // ("Mar 5, 2026·4 min read"), or a few words at most. A dated sentence is not one.
    const before = t.slice(0, r.index).trim();
    const after = t.slice(r.index + r.text.length).trim();
    const labelled = before === '' || /^(?:published|updated|posted|date|dated)\b[^:]*:?$/i.test(before);
    const separated = after === '' || /^[·•|—–-]/.test(after) || after.split(/\s+/).length <= 2;
    if (!labelled || !separated) continue;
    const s = r.start;
    if (s.isCertain('year') && s.isCertain('month') && s.isCertain('day')) {
      const iso = isoFromParts(s.get('year')!, s.get('month')!, s.get('day')!);
      if (validIso(iso)) return iso;
    }
  }
  return null;
}

export function validIso(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}
