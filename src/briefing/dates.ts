import * as chrono from 'chrono-node/en'; // English only: loading every locale costs ~0.2 s at start
import { addDays, isoFromParts, refInstant, validIso } from '../corpus/dates.ts';

/**
 * Reads the date a user typed after "since": 2026-03-01, 3/1/2026, March 2026, 1 May 2026, last week,
 * yesterday. Relative forms count from `now`. Returns null when it is not a date.
 */
export function parseUserDate(text: string, now: string): string | null {
  const t = text.trim().toLowerCase().replace(/[.!?]+$/, '');
  if (!t) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return checked(isoFromParts(+m[1], +m[2], +m[3]));
  m = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (m) return checked(isoFromParts(+m[1], +m[2], 1));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t); // US order, as Slack users in the US type it
  if (m) return checked(isoFromParts(+m[3], +m[1], +m[2]));
  m = /^(\d{4})$/.exec(t);
  if (m) return checked(isoFromParts(+m[1], 1, 1));
  // "Q2 2024", "the start of 2024", "early March 2024", "mid-2024", "late 2023", "the end of 2023".
  m = /^(?:the\s+)?q([1-4])\s*,?\s*(\d{4})$/.exec(t);
  if (m) return checked(isoFromParts(+m[2], 3 * (+m[1] - 1) + 1, 1));
  m = /^(\d{4})\s*q([1-4])$/.exec(t);
  if (m) return checked(isoFromParts(+m[1], 3 * (+m[2] - 1) + 1, 1));
  const part = /^(?:the\s+)?(start|beginning|early|mid|middle|late|end)(?:\s+of)?[\s-]+(.+)$/.exec(t);
  if (part) {
    const rest = part[2].trim();
    const year = /^(\d{4})$/.exec(rest);
    const offset = { start: 0, beginning: 0, early: 0, mid: 1, middle: 1, late: 2, end: 3 }[part[1] as 'start'];
    if (year) return checked(isoFromParts(+year[1], [1, 6, 9, 12][offset], 1));
    const inner = parseUserDate(rest, now);
    if (inner) return offset === 0 ? inner : checked(`${inner.slice(0, 7)}-${['01', '15', '20', '25'][offset]}`);
  }
  const simple: Record<string, number> = { today: 0, yesterday: 1, 'last week': 7, 'past week': 7, 'last month': 30, 'past month': 30, 'last year': 365 };
  if (Object.hasOwn(simple, t)) return addDays(now, -simple[t]); // own keys only: "__proto__" is not a date
  m = /^(?:the )?(?:last|past) (\d{1,3}) (day|week|month)s?$/.exec(t);
  if (m) return addDays(now, -Number(m[1]) * ({ day: 1, week: 7, month: 30 } as const)[m[2] as 'day' | 'week' | 'month']);
  const r = chrono.parse(t, { instant: refInstant(now), timezone: 0 })[0];
  if (!r || r.text.length < t.replace(/^(on|from|in|the)\s+/, '').replace(/^the\s+/, '').length - 2) return null; // must be (almost) all date
  const s = r.start;
  if (!s.isCertain('month') && !s.isCertain('day') && !s.isCertain('weekday') && !/ago|week|month|year/.test(t)) return null;
  // "since March 5" means the last March 5, not the next one.
  const year = !s.isCertain('year') && isoFromParts(s.get('year')!, s.get('month')!, 1) > now ? s.get('year')! - 1 : s.get('year')!;
  const iso = isoFromParts(year, s.get('month')!, s.isCertain('day') || s.isCertain('weekday') || /ago|week/.test(t) ? s.get('day')! : 1);
  return checked(iso);
}

function checked(iso: string): string | null {
  return validIso(iso) ? iso : null;
}
