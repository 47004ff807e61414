import * as chrono from 'chrono-node/en'; // English only: loading every locale costs ~0.2 s at start
import { isoFromParts } from './date-parts.ts';
import { foreignDates, monthsNamed } from './foreign-dates.ts';

// ("set the snap election for June 3", "slated for", "to be held on": a date ahead.)
// ("Tuchel starts on January 1": a start told in the present is the one ahead; not "takes over from Rowe, who has
// led the agency since … July".)
// ("before he leaves office on Sept. 30": a leaving told in the present after "before" or "when" is ahead.)
// ("Ban Ki-moon's term as secretary-general ends on Dec. 31": a term's end told in the present is ahead.)
// A move told in the present tense: "leaves", "starts", "takes over".
const PRESENT_MOVE = /\b(?:leaves|starts|begins|ends|takes (?:over|office|up)|joins|retires|steps down|expires|runs out|closes|opens)\b/i;
export const FUTURE = /\b(?:(?<!\b(?:who|which)\s|\b(?:last week|earlier)\b[^.]*)would (?:be sworn in|be inaugurated|take (?:office|over))(?![^.]*\bhas since\b)|(?:before|when|once|until|till)\s+(?:he|she|they)\s+(?:leaves|steps down|hands over|takes office|retires|departs)|will|shall|is to|are to|is due to|are due to|is expected to|are expected to|is (?:un)?likely to|are (?:un)?likely to|plans? to|scheduled|next|upcoming|effective|slated|to be held|set (?:\S+ ){0,5}for|(?:term|tenure|mandate|contract|lease)\b[^.;]{0,40}?\b(?:ends|expires|runs out|lapses)(?: on| in)?|(?:starts|begins|(?:takes|to take) (?:over|charge|office|up (?:the|his|her) (?:post|role|job)))(?: (?:at|as) [^,;.]{1,40}?)?(?: from [^,;.]{1,40}?)? (?:work |the job |his job |her job )?(?:on|in|from(?= (?:(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)\b))|(?<!\b(?:has|had|have|to|can|will|would|may|might|could)\s)becomes [^,;.]{1,60}? (?:on|from)(?= (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|\d)|\s*$))\b/i;

export interface FoundDate {
  date: string; // YYYY-MM-DD (day 01 when only the month is known, 01-01 for a year)
  precision: 'day' | 'month' | 'year';
  text: string;
}

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';
// chrono is the slow part of loading: only sentences that can hold a date reach it (a month or
// weekday name, yesterday/last week, a year, or a d/m form); "90,000" and "Qwen 2.5" do not.
const DATEISH = new RegExp(`\\b(?:${MONTHS})[a-z]*\\b|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\byesterday\\b|\\blast (?:week|month)\\b|\\b(?:19|20)\\d\\d\\b|\\b\\d{1,2}[/.-]\\d{1,2}\\b`, 'i');

export { isoFromParts, pad } from './date-parts.ts';
// A digit beside 月 or a month name of another language: worth the other-language reader.
const FOREIGN_HINT = /\d\s*[月월]|\d\.?\s+(?:de\s+)?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|jänner|februar|feber|märz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)/i;

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
  const english = DATEISH.test(sentence);
  if (!english && !FOREIGN_HINT.test(sentence) && !/\bthis (?:week|month)\b|\b(?:years?|summers?|winters?|springs?|autumns?) ago\b/i.test(sentence)) return [];
  const ref = { instant: refInstant(articleDate ?? '2000-01-01'), timezone: 0 };
  const out: FoundDate[] = [];
  let datelineDate: FoundDate | null = null;
  let datelineAt = 0;
  // (A word with a letter beyond English's is never an English date's: "le marché" is no March. Blanked for
  // chrono, same length, so that positions hold.)
  const masked = sentence.replace(/[\p{L}\p{M}]*(?:(?![\x00-\x7F])[\p{L}\p{M}])[\p{L}\p{M}]*/gu, (w) => 'x'.repeat(w.length));
  for (const found of english ? chrono.parse(masked, ref) : []) {
    // "July 27, 2022 - After a second-quarter loss": a timeline's dash is no range ("a second" after it).
    const dash = found.end ? /\s[-–—]\s/.exec(found.text) : null;
    const r = dash ? chrono.parse(found.text.slice(0, dash.index), ref).map((x) => Object.assign(x, { index: found.index + x.index }))[0] ?? found : found;
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
    // (A timeline's entry, "August 23 - Musk … says Tesla will stay public", tells the past whatever its tense.)
    // (…and so does one headed "March 10. The BBC says Lineker will step back …".)
    const entry = /^[\s*_•-]*$/.test(sentence.slice(0, r.index)) && /^\s*(?:\*\*|__)?\s*(?:[-–—:]|\.(?:\*\*|__)?\s+\p{Lu})/u.test(sentence.slice(r.index + r.text.length));
    // (Only the date's own clause is read: "was reappointed in February …, and he is due to present"
    // looks back on February.)
    const after = sentence.slice(r.index + r.text.length);
    const own = sentence.slice(0, r.index) + after.slice(0, after.search(/,\s+(?:and|but|while|whereas)\s|;|$/));
    // ("remains chairman until the end of June", said in May: the coming June.)
    const until = /\b(?:until|till|through)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, r.index - 16), r.index)) || /^(?:until|till)\b/i.test(r.text);
    // ("Bellew takes over on Friday, July 1", said on June 30: a day whose weekday fits the coming one is that one.)
    const weekdayFits = s.isCertain('weekday') && s.isCertain('day') && refInstant(iso).getUTCDay() === s.get('weekday');
    // ("Hickey leaves at the end of October", said on October 20: later this month, in the present tense.)
    const thisMonth = iso.slice(0, 7) === articleDate?.slice(0, 7) && PRESENT_MOVE.test(own);
    // ("their October trip", "the December start", said in September: a month before a noun, no "in" or "last",
    // is one of the coming months.)
    const modifier = precision === 'month' && /^\s+\p{Ll}/u.test(after) && !/\b(?:in|since|during|until|by|from|last|of|early|late|mid)\s+$/i.test(sentence.slice(Math.max(0, r.index - 8), r.index)) &&
      !!articleDate && dayNumber(iso) - dayNumber(articleDate) <= 92;
    if (!yearKnown && articleDate && iso > articleDate && !weekdayFits && !thisMonth && !modifier && (entry || (!FUTURE.test(own) && !until))) {
      if (s.isCertain('weekday') && !s.isCertain('day')) iso = addDays(iso, -7);
      else if (iso.slice(0, 7) > articleDate.slice(0, 7)) iso = isoFromParts(--y, m, d);
      else if (precision === 'day') iso = isoFromParts(--y, m, d);
    }
    // "will take charge for Saturday's trip": a weekday in a sentence that looks ahead is the coming one.
    // Only when the clause holding the weekday looks ahead ("The deal, announced on Monday, … who will join" does not).
    const clause = sentence.slice(0, r.index).split(/[,;—–(]/).pop()!;
    if (!yearKnown && articleDate && iso < articleDate && FUTURE.test(clause) && s.isCertain('weekday') && !s.isCertain('day') && !/\blast\b/i.test(r.text)) iso = addDays(iso, 7);
    // "said Uchida would take office no later than January 1", in October: the coming January 1, when
    // the words before the day look ahead and the day is months before the article.
    else if (!yearKnown && articleDate && precision === 'day' && s.isCertain('day') && dayNumber(articleDate) - dayNumber(iso) > 60 && (FUTURE.test(clause) || /\bwould\b/i.test(clause)) && !/\b(?:last|this)\b/i.test(r.text)) iso = isoFromParts(++y, m, d);
    // "HANGZHOU/SINGAPORE, May 15 (Pacific Newswire) - Alibaba said on Thursday …": the wire's dateline
    // dates the story, not the event; it gives way to the sentence's own date.
    const dateline = /^[\p{Lu}][\p{Lu}\s/.'’-]+(?:,\s*[\p{L}.]+)*,\s*$/u.test(sentence.slice(0, r.index)) && /^\s*(?:\([^)]{2,40}\))?\s*[-—–]/.test(sentence.slice(r.index + r.text.length));
    if (dateline) {
      datelineAt = out.length;
      datelineDate = { date: iso, precision, text: r.text };
      continue;
    }
    out.push({ date: iso, precision, text: r.text });
  }
  if (datelineDate && !out.length) out.splice(datelineAt, 0, datelineDate);
  // "el 1 de abril", "le 17 novembre 2023", "9月8日": the other languages' day-and-month forms.
  if (!out.length && /\d/.test(sentence)) {
    for (const f of foreignDates(sentence, articleDate ? Number(articleDate.slice(0, 4)) : null)) {
      if (!validIso(f.date) || (!f.yearKnown && !articleDate)) continue;
      let iso = f.date;
      // Their future tenses are not read: a day within the next month is taken as announced ahead, a later one as last year's.
      if (!f.yearKnown && articleDate && iso > addDays(articleDate, 31) && !FUTURE.test(sentence)) iso = `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
      out.push({ date: iso, precision: 'day', text: f.text });
    }
  }
  // "took over this week", "earlier this month": the article's own week or month.
  if (!out.length && articleDate) {
    const rel = /\b(?:(?:earlier|later) )?this (week|month)\b/i.exec(sentence);
    if (rel) out.push(rel[1].toLowerCase() === 'week' ? { date: articleDate, precision: 'day', text: rel[0] } : { date: `${articleDate.slice(0, 7)}-01`, precision: 'month', text: rel[0] });
  }
  // "two years ago", "two summers ago": a year (a season's month) that many back from the article's.
  if (!out.length && articleDate) {
    const ago = /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(years?|summers?|winters?|springs?|autumns?)\s+ago\b/i.exec(sentence);
    if (ago) {
      const n = /^\d/.test(ago[1]) ? Number(ago[1]) : ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].indexOf(ago[1].toLowerCase()) || 1;
      const season = { summer: '07', winter: '01', spring: '04', autumn: '10' }[ago[2].toLowerCase().replace(/s$/, '')];
      const y = Number(articleDate.slice(0, 4)) - n;
      out.push(season ? { date: `${y}-${season}-01`, precision: 'month', text: ago[0] } : { date: `${y}-01-01`, precision: 'year', text: ago[0] });
    }
  }
  // "joined OpenAI in 2018", "co-founded in 2015": a year that a preposition ties to the event.
  if (!out.length) {
    // "2012 - Foley founds Peloton", "**2019:** …": a timeline's entry opens with its year (before any other year
    // in it: "2012 — Marape, MP for Tari-Pori since 2007, becomes finance minister").
    const entry = /^[\s*_]*((?:19|20)\d\d)[\s*_]*[-–—:][\s*_]*\s/.exec(sentence);
    const y = entry ? null : /\b(?:in|since|from|until|by|early|late|mid-?|during|throughout|en|em|nel)\s+((?:19|20)\d\d)\b(?![-/.]\d)/i.exec(sentence);
    // "Schulman, who co-founded OpenAI in 2015, will be …": a year inside a relative clause dates that
    // clause, not the sentence.
    const clause = y ? sentence.slice(0, y.index).split(/[,;—–(]/).pop()! : '';
    // (…and so does one in an apposition, no verb in it: "Oligui Nguema, commander of the Republican Guard since
    // 2020, was named head of the CTRI".)
    const apposition = !!y && /^since\b/i.test(y[0]) && clause.trim().split(/\s+/).length >= 2 && /^\s*,/.test(sentence.slice(y.index + y[0].length)) && sentence.slice(0, y.index).includes(',') &&
      !/\b(?:is|was|were|are|has|have|had|said|says|will|would|became|becomes|took|takes|rose|won|left|made|led|ran|\p{L}+ed)\b/iu.test(clause);
    if (y && !apposition && !/\b(?:who|which|whom|whose)\b/i.test(clause)) out.push({ date: `${y[1]}-01-01`, precision: 'year', text: y[0] });
    if (entry) out.push({ date: `${entry[1]}-01-01`, precision: 'year', text: entry[1] });
  }
  return out;
}

// Labels before a dateline, in the languages corpora carry ("Saturday edition, 10 October 2020").
const DATE_LABEL = /^(?:(?:last\s+)?(?:published|updated|posted|filed|modified|date|dated)(?:\s+(?:on|at))?|(?:(?:correct|current|accurate)\s+)?as\s+(?:of|at)|(?:for\s+the\s+)?week\s+(?:ending|ended|of)|(?:\p{L}+\s+){0,2}(?:issue|edition)(?:\s+of|,)|publié(?:e)?\s+le|(?:dernière\s+)?mis(?:e)?\s+à\s+jour(?:\s+le)?|le|publicado(?:\s+el)?|actualizado(?:\s+el)?|[úu]ltima\s+actualizaci[óo]n|[úu]ltima\s+atualiza[çc][ãa]o|letzte\s+aktualisierung|ultimo\s+aggiornamento|veröffentlicht(?:\s+am)?|aktualisiert(?:\s+am)?|stand|pubblicato(?:\s+il)?|aggiornato(?:\s+il)?|publicado\s+em|atualizado\s+em|gepubliceerd(?:\s+op)?|bijgewerkt(?:\s+op)?|diterbitkan(?:\s+pada)?|dikemas\s*kini(?:\s+pada)?|diperbarui(?:\s+pada)?|dipublikasikan(?:\s+pada)?|发布时间|发布于|更新时间|日期|公開日|更新日|配信日|掲載日|(?:기사\s*)?(?:입력|수정|등록)(?:일)?)\s*[:：]?\s*/iu;
// Labels that read numeric dates day first.
const DAY_FIRST_LABEL = /^(?:publié|(?:dernière )?mise? à jour|le\b|publicado|actualizado|atualizado|[úu]ltima actualizaci[óo]n|[úu]ltima atualiza[çc][ãa]o|letzte aktualisierung|ultimo aggiornamento|veröffentlicht|aktualisiert|stand|pubblicato|aggiornato|gepubliceerd|bijgewerkt|diterbitkan|dikemas\s*kini|diperbarui|dipublikasikan)/i;
// "18:30 JST", "10:42 a.m. ET", ", 09:15 Uhr", " à 10h42", " - 14:30": a time and zone after the date
// (never the "03.11" of "2025.03.11").
const TIME_TAIL = /[,\s–—-]*(?:(?:(?:at|à|a las|a la|às|alle|ore|um|om)\s+)?(?<![\d./-])(?:\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?|\d{1,2}h))?(?:\s*[Uu]hr)?(?:\s*\(?([A-Z]{2,5})\)?|\s*(?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d{2})?)?\s*$/;
// A weekday before the date, in the languages read: "Donnerstag, 01.08.2024", "mardi 11/03/2025".
const WEEKDAY_LEAD = /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|isnin|senin|selasa|rabu|khamis|kamis|jumaat|jumat|sabtu|ahad|minggu)\.?,?\s+/iu;
// What a CJK or Korean dateline carries beside its date: a time ("08時15分", "14:30", "오후 2:30"), a weekday
// in brackets ("（土）"), a zone, a label after it ("公開", "发布", "입력").
const CJK_FURNITURE = /(?<![\p{L}\p{N}])(?:\d{1,2}\s*[時时시]\s*\d{1,2}\s*[分분](?:\s*\d{1,2}\s*[秒초])?|\d{1,2}:\d{2}(?::\d{2})?)|[（(][^）)]{1,6}[）)]|午前|午後|上午|下午|오전|오후|公開|公开|发布|發布|更新|配信|掲載|입력|수정|등록|업데이트|北京时间|[A-Z]{2,5}(?![\p{L}])|[|·•:：]/gu;
const US_ZONES = new Set(['PST', 'PDT', 'EST', 'EDT', 'MST', 'MDT', 'CDT', 'ET', 'PT', 'MT', 'AKST', 'HST']);
const DAY_FIRST_ZONES = new Set(['GMT', 'BST', 'UTC', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'WEST', 'JST', 'KST', 'SGT', 'HKT', 'IST', 'AEST', 'AEDT', 'NZST', 'NZDT', 'MSK', 'SAST', 'WIB']);

// A place's name, title case, then a comma and an article a foreign dateline may put before its day.
const PLACE_BEFORE_DATE = /^\p{Lu}[\p{L}'’.-]*(?:[ -]\p{L}[\p{L}'’.-]*){0,3},(?:\s+(?:le|el|il|den|am))?$/u;
// "PALO ALTO, Calif., ", "LONDON, ": a place in capitals (and its state or country) before a dateline.
const PLACE_LEAD = /^\p{Lu}{2,}(?:[ .'-]+\p{Lu}{2,})*,(?:\s*\p{Lu}[\p{L}.]{1,14},)?\s+/u;

// A byline after a spaced hyphen: "- Par Éloïse Marchand", "- di Chiara Donadio", "- Door onze redacteur …"; names
// only (capitalised words), so "- Di Maio incontra Salvini", "- Por sorpresa, dimite Cifuentes" stay sentences.
const HYPHEN_BYLINE = String.raw`(?:(?:By|Par|Por|Von|Door|by|par|por|von|door|di|da|de)\s+\p{Lu}\p{Ll}+(?:[ -]\p{Lu}[\p{L}'’-]+){1,3}(?:,[^.!?]{0,40})?$|(?:Door|Par|Por|By|Von)\s+(?:onze|notre|nuestro|nuestra|our|unserem|unserer)\b[^.!?]{0,60}$)`;

const DATELINE_PARTS = new RegExp(String.raw`\s+[|·•]\s+|\s*[|·•]\s*(?=\d)|\s+[—–]\s+|\s+-\s+(?=${HYPHEN_BYLINE})`, 'u');

export interface Dateline {
  date: string;
  /** The other reading of an ambiguous "11/03/2025" (day and month both ≤ 12, nothing to decide by). */
  other?: string;
}

/**
 * A publication date from the top of a raw article: "Mar 5, 2026", "Published on: Apr 15, 2026",
 * "03/06 2026" (month/day year), "11/03/2025 18:30 JST", "03.12.2024, 09:15 Uhr", "Publicado el
 * 12 de marzo de 2025", "By Jane Doe | Updated June 12, 2026 10:42 a.m. ET". Only short
 * dateline-like lines count; each part between separators is tried.
 */
export function datelineDate(line: string): string | null {
  return readDateline(line)?.date ?? null;
}

/**
 * "VEVEY, Switzerland, 22 August 2024 (Alpine Wire) - Nestlé said …": a wire's dateline opening the first
 * paragraph, read alone (the sentence after it is still the article's).
 */
export function openingDateline(line: string): Dateline | null {
  const opening = /^(\p{Lu}[\p{Lu} .'’-]{1,30},[^()\n]{3,50}?\d{4}|\p{Lu}\p{Ll}[\p{Ll}.'’-]*(?:[ -]\p{Lu}\p{Ll}[\p{Ll}.'’-]*){0,2},\s+[^()\n]{3,30}?\d{4})\s*(?:\([^()]{2,40}\))?\s*[-—–]\s/u.exec(line.trim());
  return opening ? readDateline(opening[1]) : null;
}

export function readDateline(line: string): Dateline | null {
  // "Filed 28.07.09, 11:05": a labelled numeric date with a two-digit year, in this century (or the last, past 50).
  const full = line.replace(/^(\s*(?:last\s+)?(?:published|updated|posted|filed|modified|dated?)(?:\s+(?:on|at))?\s*[:：]?\s*)(\d{1,2})([/.])(\d{1,2})\3(\d{2})(?![\d/.])/i,
    (_, label: string, a: string, sep: string, b: string, y: string) => `${label}${a}${sep}${b}${sep}${Number(y) > 50 ? 19 : 20}${y}`);
  // "May 15, 2026 7:41 AM GMT+8 Updated 3 hours ago": the date published, before the update note.
  // "TOKYO, 21 July 2025 (Kanto Wire) -": the wire's name and dash after the date are no part of it.
  const t = full.trim().replace(/^(.*\d{4}.*?)\s+(?:last\s+)?(?:updated|modified|edited)\b.*$/i, '$1').replace(/(\d{4})\s*\([^()]{2,40}\)\s*[-—–.]?$/, '$1');
  // Every dateline form states a four-digit year; without one, skip chrono (it runs on every short sentence at load).
  if (t.length === 0 || t.length > 120 || !/\d{4}/.test(t)) return null;
  // A press release's place before the date, the whole line: "PALO ALTO, Calif., March 19, 2024".
  // (…or in mixed case, "Harare, December 29, 2017", "Helsinki, 27. Mai 2020".)
  // (Only the place and the date: "Remember, 9 November 1989 changed everything." is a sentence.)
  const place = PLACE_LEAD.exec(t) ?? /^\p{Lu}\p{Ll}[\p{Ll}.'’-]*(?:[ -]\p{Lu}\p{Ll}[\p{Ll}.'’-]*){0,2},\s+(?=(?:\d{1,2}\.?\s+\p{L}+\.?,?\s+\d{4}|\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4})\s*$)/u.exec(t);
  if (place && !/\s[|·•—–-]\s/.test(t)) {
    const found = datelinePart(t.slice(place[0].length));
    if (found) return found;
  }
  // (…a hyphen between spaces too, before a byline: "Publié le 4 mai 2021 - Par Éloïse Marchand"; not before a
  // timeline entry's sentence, "April 30, 2021 - Credit Suisse names …".)
  for (const part of t.split(DATELINE_PARTS)) {
    const found = datelinePart(part.trim());
    if (found) return found;
  }
  // (…and between an outlet's name and a desk, the three parts of a byline: "FundWorld Asia - 24.01.2014 - Hong Kong desk";
  // not "April 30, 2021 - Credit Suisse names Axel Lehmann chairman", a timeline's sentence.)
  const spaced = t.split(/\s+-\s+/);
  if (spaced.length === 3) {
    const dated = spaced.map((x) => datelinePart(x.trim()));
    const at = dated.findIndex(Boolean);
    const furniture = /^\p{Lu}[\p{L}&.'’]*(?:\s+(?:\p{Lu}[\p{L}&.'’]*|desk|bureau|staff|edition|newsroom|team|service|reporters?|correspondents?)){0,3}$/u;
    if (at >= 0 && dated.filter(Boolean).length === 1 && spaced.every((x, i) => i === at || furniture.test(x.trim()))) return dated[at];
  }
  return null;
}

function datelinePart(part: string): Dateline | null {
  if (part.length > 80 || !/\d{4}/.test(part) || /^by\s/i.test(part)) return null;
  const label = DATE_LABEL.exec(part)?.[0] ?? '';
  let rest = part.slice(label.length).trim();
  const tail = TIME_TAIL.exec(rest);
  const zone = tail?.[1] ?? null;
  if (tail && tail[0].trim()) rest = rest.slice(0, tail.index).trim();
  // A place before the date in a byline's part: "London, 16.09.2022", "Roma, lunedì 19 novembre 2018".
  const placed = /^\p{Lu}[\p{L}'’.-]*(?:[ -]\p{L}[\p{L}'’.-]*){0,3},\s+(?:(?:le|el|il|den|am)\s+)?(?=\d|\p{L}+[,.]?\s+\d)/u.exec(rest);
  if (placed && !label) rest = rest.slice(placed[0].length);
  rest = rest.replace(WEEKDAY_LEAD, '');
  const numeric = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(rest);
  if (numeric) {
    const [a, b, y] = [Number(numeric[1]), Number(numeric[3]), Number(numeric[4])];
    const dm = isoFromParts(y, b, a);
    const md = isoFromParts(y, a, b);
    if (a > 12) return validIso(dm) ? { date: dm } : null;
    if (b > 12) return validIso(md) ? { date: md } : null;
    // A dot (03.12.2024), a day-first label or a zone outside the US reads day first; a US zone month first.
    if (numeric[2] === '.' || DAY_FIRST_LABEL.test(label) || (zone && DAY_FIRST_ZONES.has(zone))) return { date: dm };
    if (zone && US_ZONES.has(zone)) return { date: md };
    return a === b ? { date: md } : { date: md, other: dm };
  }
  // "2025-03-11", "2025/03/11", "2025.03.11", Korean "2025. 3. 11.".
  const isoLike = /^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})\.?$/.exec(rest);
  if (isoLike) {
    const iso = isoFromParts(Number(isoLike[1]), Number(isoLike[3]), Number(isoLike[4]));
    return validIso(iso) ? { date: iso } : null;
  }
  const mdY = /^(\d{1,2})\/(\d{1,2})\s*,?\s+(\d{4})$/.exec(rest);
  if (mdY) {
    const iso = isoFromParts(Number(mdY[3]), Number(mdY[1]), Number(mdY[2]));
    return validIso(iso) ? { date: iso } : null;
  }
  // "12 de marzo de 2025", "3. Dezember 2024", "2025年3月12日": the whole part is the date.
  // A weekday may stand beside it ("Donnerstag, 1. August 2024"); a CJK date its time and label ("2025年7月26日 08時15分 公開").
  // (Chinese writes no spaces: a sentence around the date is one "word", so its length counts too.)
  const foreign = foreignDates(rest, null).find((f) => {
    const left = rest.replace(f.text, '').replace(CJK_FURNITURE, ' ').trim();
    // (…or a place before it: "Costa Navarino, 19. März 2025", "Dakar, le 7 mars 2024".)
    return f.yearKnown && ((left.split(/\s+/).filter(Boolean).length <= 1 && left.length <= 16) || PLACE_BEFORE_DATE.test(left));
  });
  if (foreign && validIso(foreign.date)) return { date: foreign.date };
  const results = chrono.parse(part, { instant: refInstant('2000-01-01'), timezone: 0 });
  for (const r of results) {
    if (!/\d{4}/.test(r.text)) continue; // a dateline states its year
    // A dateline is mostly the date: a label before it ("Published on:"), a separator after it
    // ("Mar 5, 2026·4 min read"), or a few words at most. A dated sentence is not one.
    const before = part.slice(0, r.index).trim();
    const after = part.slice(r.index + r.text.length).trim();
    const labelled = before === '' || DATE_LABEL.test(`${before} `) || /^(?:published|updated|posted|date|dated)\b[^:]*:?$/i.test(before);
    const separated = after === '' || /^[·•|—–-]/.test(after) || after.split(/\s+/).length <= 2 || TIME_TAIL.exec(after)?.index === 0 || /^by\s+\p{Lu}/u.test(after);
    // ("11 September 2023 - Rubiales resigns as RFEF president." is a timeline's entry: a sentence follows the dash.)
    if (/^[—–-]\s*(?:\S+\s+){1,}\S+[.!?]$/.test(after)) continue;
    if (!labelled || !separated) continue;
    const s = r.start;
    if (s.isCertain('year') && s.isCertain('month') && s.isCertain('day')) {
      const iso = isoFromParts(s.get('year')!, s.get('month')!, s.get('day')!);
      if (validIso(iso)) return { date: iso };
    }
  }
  return null;
}

/** An ambiguous dateline read the way the article's own words support: the month it names. */
export function settleDateline(d: Dateline, body: string): string {
  if (!d.other) return d.date;
  const named = monthsNamed(body);
  const month = (iso: string) => Number(iso.slice(5, 7));
  if (named.has(month(d.other)) && !named.has(month(d.date))) return d.other;
  return d.date;
}

export function validIso(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Whole days since 1970-01-01 of an ISO day: what two days are apart. */
export function dayNumber(iso: string): number {
  return Math.floor(refInstant(iso).getTime() / 86_400_000);
}

/** The day named by a weekday ("mon", "tues", "friday") nearest to `iso`, either side (forward on a tie). */
export function nearestWeekday(iso: string, weekday: string): string {
  const want = WEEKDAYS.findIndex((w) => w.startsWith(weekday.toLowerCase()));
  const ahead = (want - refInstant(iso).getUTCDay() + 7) % 7;
  return addDays(iso, ahead <= 3 ? ahead : ahead - 7);
}
const WD = '(sun|mon|tues|wednes|thurs|fri|satur)day';
const MN = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// "Tuesday, September 12", "Wednesday (22 Nov)", "Friday, 3 March": a weekday beside a day without its year.
const WEEKDAY_DAY = [
  new RegExp(`\\b${WD},?\\s+\\(?${MN}\\s+(\\d{1,2})(?!\\d)(?!,?\\s+\\d{4})`, 'i'),
  new RegExp(`\\b${WD},?\\s+\\(?(\\d{1,2})\\s+${MN}(?!\\s+\\d{4})`, 'i'),
];

/**
 * The day an undated article's opening names with its weekday but no year ("confirmed on Tuesday,
 * September 12"), in the year that weekday fits (pickYear); null when none or several fit.
 */
export function weekdayDate(opening: string, body: string, corpusDates?: readonly string[]): string | null {
  for (const re of WEEKDAY_DAY) {
    const m = re.exec(opening);
    if (!m) continue;
    const wd = WEEKDAYS.findIndex((w) => w.startsWith(m[1].toLowerCase()));
    const [mon, day] = re === WEEKDAY_DAY[0] ? [m[2], m[3]] : [m[3], m[2]];
    return pickYear(monthNumber(mon), Number(day), wd, [0], body, corpusDates);
  }
  return null;
}

// A verb phrase told ahead right before "on <weekday>", with no comma between: "is expected to formally join NATO ".
const AHEAD_OF = /\b(?:will|shall|(?:is|are)\s+(?:expected|due|set|scheduled|slated|likely|to)|plans?\s+to)\b(?:\s+[\p{L}'’-]+){0,5}\s*$/iu;

/**
 * A wire dateline without its year ("PARIS, 9 January (Beacon Wire) -"), in the year whose day falls on
 * the weekday the story names ("on Tuesday"), that day or the day before (pickYear).
 */
export function yearlessDatelineDate(top: string, body: string, corpusDates?: readonly string[], nearest = true): string | null {
  // (…with its state or country after the place: "WILMINGTON, Del., May 22 (Meridian Wire) -".)
  const line = new RegExp(`^\\p{Lu}{2,}[\\p{Lu}\\s/.'’-]*,(?:\\s*\\p{Lu}[\\p{L}.]{1,14},)?\\s*(?:(\\d{1,2})\\s+${MN}|${MN}\\s+(\\d{1,2}))(?!,?\\s*\\d{4})\\s*(?:\\(|[-—–])`, 'imu').exec(top);
  // (A weekday told ahead is not the news's own: "is expected to join NATO on Tuesday".)
  const said = [...body.matchAll(new RegExp(`\\bon\\s+${WD}\\b`, 'gi'))].find((m) => !AHEAD_OF.test(body.slice(Math.max(0, m.index - 80), m.index)));
  if (line && said) {
    const month = monthNumber(line[2] ?? line[3]);
    const weekday = WEEKDAYS.findIndex((w) => w.startsWith(said[1].toLowerCase()));
    // (A weekday with its own day, "on Tuesday, Feb. 11" under "VIENNA, Feb 13", picks the year by that day, or by
    // the year written after it; "Tuesday, Dec. 30" under "Jan 2" is the year before.)
    const own = new RegExp(`^(?:\\s+(?:night|morning|afternoon|evening))?,?\\s+(?:${MN}\\s+(\\d{1,2})|(\\d{1,2})\\s+${MN})(?!\\d)(?:,?\\s+((?:19|20)\\d\\d)\\b)?`, 'i').exec(body.slice(said.index + said[0].length));
    if (own) {
      const ownMonth = monthNumber(own[1] ?? own[4]);
      const year = own[5] ?? pickYear(ownMonth, Number(own[2] ?? own[3]), weekday, [0], body, corpusDates)?.slice(0, 4);
      if (!year) return null;
      const shift = ownMonth > month + 6 ? 1 : ownMonth + 6 < month ? -1 : 0;
      const iso = isoFromParts(Number(year) + shift, month, Number(line[1] ?? line[4]));
      return validIso(iso) ? iso : null;
    }
    return pickYear(month, Number(line[1] ?? line[4]), weekday, [0, 1], body, corpusDates);
  }
  // "Londres, 20 dic (Gol Norte).-", "HELSINKI, Feb 14 (Nordic Wire) -" with no weekday to pin the year: beside
  // a corpus's dated articles, the one year that puts the day near them. (Only when asked: a weekday and day in the
  // opening is read before this guess.)
  if (!nearest) return null;
  const wire = /^\p{Lu}[\p{L}\s/.'’-]{1,30},\s*(\d{1,2})\s+(\p{L}{3,10})\.?\s*(?:\(|[-—–])|^\p{Lu}[\p{L}\s/.'’-]{1,30},\s*(\p{L}{3,10})\.?\s+(\d{1,2})\s*(?:\(|[-—–])/mu.exec(top);
  const month = wire ? monthNumber(wire[2] ?? wire[3]) : 0;
  if (!wire || !month || !corpusDates?.length) return null;
  return nearestYear(month, Number(wire[1] ?? wire[4]), corpusDates);
}

/** A month's number from its name or abbreviation in English, Spanish, French, Italian, Portuguese or German, else 0. */
function monthNumber(word: string): number {
  const w = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const k = MONTH_WORDS.findIndex((re) => re.test(w));
  return k + 1;
}
const MONTH_WORDS = [
  /^(?:jan|january|ene|enero|gen|gennaio|janv|janvier|janeiro|januar|jaenner|janner)$/, /^(?:feb|february|febrero|febbraio|fev|fevr|fevrier|fevereiro|febr|februar)$/,
  /^(?:mar|march|marzo|mars|marco|maerz|marz)$/, /^(?:apr|april|abr|abril|avr|avril|aprile)$/, /^(?:may|mayo|mai|mag|maggio|maio)$/,
  /^(?:jun|june|junio|juin|giu|giugno|junho|juni)$/, /^(?:jul|july|julio|juil|juillet|lug|luglio|julho|juli)$/, /^(?:aug|august|ago|agosto|aout)$/,
  /^(?:sep|sept|september|septiembre|set|settembre|setembro|septembre)$/, /^(?:oct|october|octubre|ott|ottobre|out|outubro|okt|oktober|octobre)$/,
  /^(?:nov|november|noviembre|novembre|novembro)$/, /^(?:dec|december|dic|diciembre|dicembre|dez|dezembro|dezember|decembre)$/,
];

/**
 * The year that puts a day near a corpus's dated articles (within two months), when one does clearly: the
 * only one, or nearer than the next by a month.
 */
function nearestYear(month: number, day: number, corpusDates: readonly string[]): string | null {
  const years = corpusDates.map((d) => Number(d.slice(0, 4)));
  const days = corpusDates.map(dayNumber);
  const fits = Array.from({ length: Math.max(...years) - Math.min(...years) + 3 }, (_, k) => isoFromParts(Math.min(...years) - 1 + k, month, day))
    .filter(validIso)
    .map((iso) => ({ iso, gap: Math.min(...days.map((d) => Math.abs(d - dayNumber(iso)))) }))
    .filter((f) => f.gap <= 60)
    .sort((a, b) => a.gap - b.gap);
  return fits.length && (fits.length === 1 || fits[1].gap >= fits[0].gap + 30) ? fits[0].iso : null;
}

/**
 * The year a day without one falls in, given the weekday it is (or, `back` 1, the weekday of the day
 * before: a wire's dateline the morning after). Alone, the article's latest year and the two after it,
 * when one year fits. In a corpus, every year its dated articles span, one either side: the fit nearest
 * to one of them (news comes in clusters), the same day first on a tie.
 */
function pickYear(month: number, day: number, weekday: number, backs: number[], body: string, corpusDates?: readonly string[]): string | null {
  const fitsIn = (years: number[]) => backs.flatMap((back) => years.map((y) => ({ iso: isoFromParts(y, month, day), back })))
    .filter((f) => validIso(f.iso) && refInstant(addDays(f.iso, -f.back)).getUTCDay() === weekday);
  const mentioned = [...body.matchAll(/\b(19\d\d|20\d\d)\b/g)].map((m) => Number(m[1]));
  if (!corpusDates?.length) {
    if (!mentioned.length) return null;
    const own = [0, 1, 2].map((k) => Math.max(...mentioned) + k);
    for (const back of backs) {
      const fits = fitsIn(own).filter((f) => f.back === back);
      if (fits.length) return fits.length === 1 ? fits[0].iso : null;
    }
    return null;
  }
  const years = corpusDates.map((d) => Number(d.slice(0, 4)));
  const span = Array.from({ length: Math.max(...years) - Math.min(...years) + 3 }, (_, k) => Math.min(...years) - 1 + k);
  const days = corpusDates.map(dayNumber);
  const gap = (iso: string) => Math.min(...days.map((d) => Math.abs(d - dayNumber(iso))));
  const ranked = fitsIn(span).sort((a, b) => gap(a.iso) - gap(b.iso) || a.back - b.back);
  // (Within a year of the corpus's news; of the fits within two months of the nearest, the one on the
  // weekday itself, when only one is.)
  if (!ranked.length || gap(ranked[0].iso) > 400) return null;
  const near = ranked.filter((f) => gap(f.iso) < gap(ranked[0].iso) + 60);
  const same = near.filter((f) => f.back === 0);
  return near.length === 1 ? near[0].iso : same.length === 1 ? same[0].iso : null;
}
