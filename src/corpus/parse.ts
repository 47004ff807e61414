import { createHash } from 'node:crypto';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { frontMatterSchema } from './schema.ts';
import { addDays, datelineDate, datesInSentence, dayNumber, nearestWeekday, openingDateline, readDateline, settleDateline, validIso, weekdayDate, yearlessDatelineDate, type FoundDate } from './dates.ts';
import { splitSentences } from './sentences.ts';
import type { Doc, Kind, Passage } from './types.ts';

export const MAX_FILE_BYTES = 1024 * 1024;
const MAX_LINE_CHARS = 20_000;

export class CorpusFileError extends Error {}

/** Lines that carry no prose: images, link definitions, rules, bare numbers, share widgets. */
function isProse(text: string): boolean {
  if (/^!\[[^\]]*\]\([^)]*\)$/.test(text)) return false;
  if (/^\[[^\]]+\]:\s*\S+/.test(text)) return false;
  if (/^(-{3,}|\*{3,}|_{3,})$/.test(text)) return false;
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3 || /[\u4e00-\u9fff]{4,}/.test(text);
}

/**
 * Parses one corpus file. Throws CorpusFileError with a reason a curator can act on.
 * `rel` is the path relative to the corpus dir; it names the doc in citations.
 */
/** The note on a date read from a weekday and a day without its year: load.ts reads such dates again beside the corpus's. */
export const FROM_WEEKDAY = 'published (from a weekday and day in the opening)';

/** `corpusDates`: the corpus's dated articles' days, for a day an undated article names without its year (load.ts). */
export function parseDoc(rel: string, bytes: Uint8Array, corpusDates?: readonly string[]): Doc {
  if (bytes.length === 0) throw new CorpusFileError('empty file');
  if (bytes.length > MAX_FILE_BYTES) throw new CorpusFileError(`too large (${bytes.length} bytes, limit ${MAX_FILE_BYTES})`);
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CorpusFileError('not valid UTF-8');
  }
  if (content.includes('\u0000')) throw new CorpusFileError('binary content (NUL bytes)');
  if (content.charCodeAt(0) === 0xfeff) content = content.slice(1);
  if (content.trim().length === 0) throw new CorpusFileError('empty file (only whitespace)');

  const hash = createHash('sha256').update(bytes).digest('hex');
  const lines = content.split(/\r?\n/);
  if (lines.some((l) => l.length > MAX_LINE_CHARS)) throw new CorpusFileError(`a line is longer than ${MAX_LINE_CHARS} characters`);

  let fm: Record<string, unknown> = {};
  let bodyStart = 0; // 0-based index of first body line
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (close < 0) throw new CorpusFileError('front matter opened with --- but never closed');
    let raw: unknown;
    try {
      raw = parseYaml(lines.slice(1, close).join('\n')) ?? {};
    } catch (e) {
      const why = e instanceof YAMLParseError ? e.message.split('\n')[0] : String(e);
      throw new CorpusFileError(`front matter is not valid YAML: ${why}`);
    }
    if (typeof raw !== 'object' || Array.isArray(raw) || raw === null) throw new CorpusFileError('front matter must be a YAML mapping');
    const parsed = frontMatterSchema.safeParse(raw);
    if (!parsed.success) throw new CorpusFileError(`front matter: ${z.prettifyError(parsed.error).replace(/\n\s*/g, ' ')}`);
    fm = parsed.data as Record<string, unknown>;
    bodyStart = close + 1;
  }
  const body = lines.slice(bodyStart).join('\n');
  if (body.trim().length === 0) throw new CorpusFileError('no article text after the front matter');

  const inferred: string[] = [];
  const topLines = lines.slice(bodyStart).map((l) => l.trim()).filter((l) => l.length > 0).slice(0, 12);
  let title = fm.title as string | undefined;
  if (!title) {
    title = titleText(topLines[titleIndex(topLines)]);
    inferred.push('title');
  }
  // A file that names its kind is curated: a missing date there means "unknown", not "look for one".
  const curated = fm.kind !== undefined;
  let published = (fm.published as string | null | undefined) ?? null;
  if (fm.published === undefined && !curated) {
    // Look for a dateline among the first non-empty lines of the body.
    const line = topLines.slice(0, 10).map((l) => readDateline(l) ?? openingDateline(l)).find((d) => d !== null);
    published = line ? settleDateline(line, body) : null;
    // Else the day its opening says it was written: "(This recap was last updated on September 5, 2023.)".
    const noted = published ? null : topLines.slice(0, 4).map((l) => UPDATED_NOTE.exec(l)?.[1]).map((d) => (d ? datelineDate(d) : null)).find(Boolean);
    if (noted) published = noted;
    // Else the date a curator put in the file's name ("energy-week-roundup_2024-12-13.txt").
    const named = published ? null : /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(rel.split('/').pop()!);
    // Else a wire's dateline without its year ("PRAGUE, Jan 14 (CE Wire) - … on Saturday"), in the year the story's
    // weekday fits; else a day its opening names with a weekday ("confirmed on Tuesday, September 12"); last, the
    // dateline in the year nearest the corpus's other dates. (The dateline first: it is the article's own day, where
    // "the run-off will take place on Friday and Saturday, Jan. 27-28" is not.)
    const top = topLines.join('\n');
    const weekday = published || named ? null : yearlessDatelineDate(top, body, corpusDates, false) ?? weekdayDate(top, body, corpusDates) ?? yearlessDatelineDate(top, body, corpusDates);
    if (named && validIso(named[0])) {
      published = named[0];
      inferred.push('published (from the file name)');
    } else if (weekday) {
      published = weekday;
      inferred.push(FROM_WEEKDAY);
    } else inferred.push(published ? 'published' : 'published (none found: undated)');
  }
  let kind = fm.kind as Kind | undefined;
  if (!kind) {
    kind = fm.generated === true ? 'generated' : 'news';
    inferred.push('kind');
  }
  let source = (fm.source as string | null | undefined) ?? null;
  if (fm.source === undefined && !curated) {
    const m = topLines.map((l) => SOURCE_LINE.exec(l)).find(Boolean)?.[1] ?? inferOutlet(topLines, body) ?? outletFileNamed(topLines, rel) ?? footerOutlet(lines.slice(bodyStart));
    if (m) {
      source = m.trim();
      inferred.push('source');
    }
  }
  const known = new Set(['title', 'source', 'url', 'published', 'kind']);
  const extra = Object.fromEntries(Object.entries(fm).filter(([k]) => !known.has(k)));

  return {
    path: rel,
    title,
    source,
    url: (fm.url as string | null | undefined) ?? null,
    published,
    kind,
    body,
    bodyStartLine: bodyStart + 1,
    hash,
    inferred,
    extra,
    passages: toPassages(rel, lines, bodyStart, published, furniture(topLines, source)),
  };
}

const UPDATED_NOTE = /\b(?:last\s+)?(?:updated|revised|compiled|written)\s+(?:on\s+|as of\s+)?([^.;()]{6,30}?\d{4})\b/i;
const SOURCE_LINE = /^(?:source|fuente|quelle|fonte|bron|来源|出典)\s*[:：]\s*(.{2,80})$/iu;

/**
 * The lines at the top that only say who wrote or published the article ("Source: X", "By Jane Doe", "Posted by X
 * staff", a masthead): no statement to cite. The dateline is left out already.
 */
function furniture(top: string[], source: string | null): Set<string> {
  const out = new Set<string>();
  for (const l of top) {
    const outlet = source !== null && (l === source || (l.startsWith(source) && /^\s*[—–|·•]\s/.test(l.slice(source.length))));
    // Site navigation and breadcrumbs: "Home | Markets | Tech | Live", "TECHNOLOGY > ARTIFICIAL INTELLIGENCE".
    const navigation = NAVIGATION.test(l) || / > /.test(l) || (l.split(/\s*\|\s*/).length >= 3 && l.split(/\s*\|\s*/).every((x) => x.split(/\s+/).length <= 3));
    const byline = (l.length <= 80 && /^(?:(?:posted|written|reported)\s+)?by\s+[^.!?]+$/i.test(l)) || /^for immediate release$/i.test(l);
    if (outlet || byline || navigation || SOURCE_LINE.test(l) || staffOutlet(l)) out.add(l);
  }
  return out;
}

/**
 * The outlet a copyright line at the foot names: "© Journal de l'Asie – journalasie.example", "© 2024 Example
 * Times", "© 京都経済新報 kyotokeizai.example" (its year and web address left out).
 */
function footerOutlet(lines: string[]): string | null {
  const last = lines.map((l) => l.trim()).filter((l) => l.length > 0).slice(-3);
  for (const l of last.reverse()) {
    const m = /^(?:©|\(c\)|copyright\b)\s*(?:(?:19|20)\d\d\s+)?(.+?)(?:\s+(?:[—–|·•-]\s+)?(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+\/?)?\s*\.?$/iu.exec(l);
    const name = m?.[1].replace(/[,.]?\s*all rights reserved\.?$/i, '').trim();
    if (name && (nameLike(name) || /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,20}$/u.test(name))) return name;
  }
  return null;
}

// A byline's lead words: "By …", "Oleh …" (Malay), "Par …", "Por …", "Von …", "Door …".
const BYLINE_LEAD = /^(?:by|oleh|par|por|von|door|di|da|posted by|written by)\s/i;

/**
 * The outlet a raw file's name starts with, as its opening lines spell it: "Style Current" under the headline of
 * stylecurrent_foley-ernesta.txt, "Zürcher Morgenblatt" in the dateline of zuercher-morgenblatt_….txt. (The
 * name alone says nothing about capitals or accents; the article's words do.)
 */
function outletFileNamed(top: string[], rel: string): string | null {
  const want = squash(rel.split('/').pop()!.split('_')[0].replace(/\.[a-z]+$/i, ''));
  if (want.length < 4) return null;
  // The lines under the headline first: "Company Primer" before "Company primer: Who runs Nike?".
  for (const l of [...top.slice(1, 6), top[0]]) {
    for (const raw of l.split(/\s+[—–|·•/-]\s+|[():,]/)) {
      const part = raw.trim();
      const words = part.split(/\s+/);
      for (let i = 0; i < words.length; i++) {
        if (!/^[\p{Lu}\p{N}]/u.test(words[i])) continue;
        for (let j = i + 1; j <= Math.min(words.length, i + 6); j++) {
          const name = words.slice(i, j).join(' ');
          // (The whole name where the file spells part of it: "Rheinischer Morgenkurier", "Bankwatch Explainers".)
          // (Not a byline around it: "By Borneo Herald Staff", "Oleh Wartawan Berita Udara" name the outlet only.)
          if (squash(name) === want || squash(name, true) === want || spelledShort(words.slice(i, j), want)) return nameLike(part) && !l.startsWith(`${part}:`) && !BYLINE_LEAD.test(part) ? part : name;
        }
      }
    }
  }
  return null;
}

/**
 * Whether a file name spells an outlet's name the short way: without its article ("L'Écho d'Asie" as
 * echodasie), its small words ("El Mirador del Sur" as elmiradorsur), one word ("Meridian Africa Analysis" as
 * meridian-analysis), or with its first words as initials ("Klang Valley Observer" as kvobserver).
 */
function spelledShort(words: string[], want: string): boolean {
  if (words.length < 2 && !/^[LlDd]['’]/.test(words[0] ?? '')) return false;
  const variants: string[][] = [];
  const first = words[0].replace(/^[LlDd]['’]/, '');
  variants.push([first, ...words.slice(1)]);
  if (/^(?:the|el|la|le|les|il|lo|der|die|das|o|a|os|as)$/i.test(words[0]) && words.length > 2) variants.push(words.slice(1));
  variants.push(words.filter((w, k) => k === 0 || !/^(?:of|the|del|de|des|du|la|le|di|da|do|y|and|et|und)$/i.test(w)));
  for (let k = 1; k < words.length - 1; k++) variants.push([...words.slice(0, k), ...words.slice(k + 1)]);
  for (let k = 2; k < words.length; k++) variants.push([words.slice(0, k).map((w) => w[0]).join(''), ...words.slice(k)]);
  return variants.some((v) => v.length > 0 && squash(v.join(' ')) === want);
}

/** Letters and digits only, lower case, accents dropped ("ü" as "ue" when `umlaut`), "&" as "and". */
function squash(s: string, umlaut = false): string {
  const t = umlaut ? s.replace(/[äöüÄÖÜ]/g, (c) => `${c.normalize('NFD')[0]}e`) : s;
  return t.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/&/g, 'and').replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The outlet a raw article's top names, read the way a curator would: beside the date on its line ("April 2,
 * 2025 | Korea Business Wire"), beside the byline ("By Jane Doe | The Daily Planet"), a masthead on the first line
 * ("The Quad News", "Capitol & Campus", "THE BIG PICTURE"), a staff byline ("By Touchline Report staff",
 * "Posted by Inside GenAI staff", "The Byte Street live team", "テック新報 編集部"), or a bare line beside the
 * dateline or the headline ("Wirestream", "Fußball-Echo", "東都経済新聞", "Capitol & Campus — Education desk").
 */
function inferOutlet(top: string[], body: string): string | null {
  for (const l of top.slice(0, 10)) {
    // A press release's wire after its date: "May 7, 2024 /Example Newswire/".
    const wire = /\d{4}\s*\/(\p{Lu}[\p{L}\p{N} &.'’-]{1,40})\/(?:\s*(?:--|—|–|-))?$/u.exec(l);
    if (wire && datelineDate(l.slice(0, wire.index + 4)) !== null) return wire[1].trim();
    const parts = l.split(/\s+[|·•]\s+/);
    if (parts.length < 2 || !parts.some((x) => datelineDate(x) !== null)) continue;
    const name = parts.find((x) => datelineDate(x) === null && !/^by\s/i.test(x) && /^\p{Lu}[\p{L}&.'’-]*(?:\s+[\p{Lu}&][\p{L}&.'’-]*){0,5}$/u.test(x.trim()));
    if (name) return name.trim();
  }
  for (const l of top.slice(0, 8)) {
    const parts = l.trim().split(/\s+[|·•]\s+/);
    if (parts.length < 2 || !/^by\s/i.test(parts[0])) continue;
    const name = parts.slice(1).find((x) => datelineDate(x) === null && nameLike(x.trim()) && !BYLINE_WORDS.test(x));
    if (name) return name.trim();
  }
  const masthead = firstLineMasthead(top);
  if (masthead) return masthead;
  for (const l of top.slice(0, 8)) {
    const staff = staffOutlet(l.trim());
    if (staff) return staff;
  }
  const at = top.findIndex((l) => datelineDate(l) !== null);
  const ti = titleIndex(top);
  for (const i of at >= 0 ? [at + 1, at - 1, ti + 1] : [ti + 1]) {
    if (i === ti || i < 0 || i >= top.length) continue;
    const found = bareOutlet(top[i].trim(), body, i !== ti + 1 || Math.abs(i - at) === 1);
    if (found) return found;
  }
  // Else a wire's dateline names it: "WASHINGTON, 5 June (Harbour Wire) -", "LONDON (Crossbar Wire) — …".
  for (const l of top.slice(0, 6)) {
    const wire = /^\p{Lu}{2,}[\p{Lu}\s/.'’-]*(?:,[^()]{1,40})?\s*\((\p{Lu}[^()]{1,40})\)\s*[-—–]/u.exec(l.trim());
    if (wire && !/^(?:reporting|writing|editing)\b/i.test(wire[1])) return wire[1].trim();
  }
  return null;
}

/** "By Touchline Report staff", "Posted by Inside GenAI staff", "The Byte Street live team", "テック新報 編集部". */
function staffOutlet(l: string): string | null {
  const m = /^(?:(?:[Pp]osted|[Ww]ritten|[Rr]eported|[Cc]ompiled)\s+)?([Bb]y\s+)?(the\s+)?((?:The\s+)?\p{Lu}[\p{L}&.'’-]*(?:\s+[\p{Lu}&][\p{L}&.'’-]*){0,4})\s+(?:(?:live|news|editorial|online|digital)\s+)?(staff|team|reporters|correspondents?|desk|newsroom)$/u.exec(l);
  // Without "by" the line names its outlet in full ("The Byte Street live team", "Quayside Markets live desk");
  // "by the Explainers desk" is a desk, no outlet ("by the Redmond Insider news desk" is the outlet's).
  const qualified = /\s(?:live|news|editorial|online|digital)\s+\S+$/.test(l);
  if (m && (m[1] || m[3].startsWith('The ') || qualified) && !(m[2] && m[4] === 'desk' && !qualified) && !KICKER.test(m[3])) return m[3];
  const desk = /^(\S{2,20}?)\s*(?:編集部|编辑部|編輯部|編集局|取材班|편집부|편집국|취재팀)$/u.exec(l);
  return desk ? desk[1] : null;
}

/** A line beside the dateline or the headline that is only an outlet's name (or a name and its section). */
function bareOutlet(l: string, body: string, besideDate: boolean): string | null {
  if (l.length > 60 || /^(?:by|posted|updated|published)\b/i.test(l)) return null;
  const parts = l.split(/\s+[—–|·•-]\s+/);
  // "Capitol & Campus — Education desk", "Hochschulwelt – Nachrichten aus Wissenschaft und Forschung", "AsiaBiz Tech
  // (English edition) - Analysis".
  const name = parts[0].replace(/\s+\([^()]{1,30}\)$/, '');
  // (Not "NASSAU - The founder was arrested.": a place in capitals opening the text.)
  const section = parts.slice(1).every((x) => x.split(/\s+/).length <= 6 && !/[.!?]$/.test(x));
  if (parts.length > 1) return name.length <= 40 && section && /\p{Ll}/u.test(name) && CAPITALISED.test(name) && !KICKER.test(name) ? parts[0] : null;
  if (MASTHEAD.test(l) || CJK_OUTLET.test(l)) return l;
  // "Pacific Rim Tech Daily (English edition)": a masthead and its edition.
  const edition = /^(.{2,50}?)\s+\([^()]{1,30}\)$/.exec(l);
  if (edition && MASTHEAD.test(edition[1])) return edition[1];
  const desk = staffOutlet(l);
  if (desk) return desk;
  if (!nameLike(l)) return null;
  // One word in mixed case beside the dateline ("Wirestream", "Fußball-Echo") is no person's byline; a longer name,
  // a word in capitals (a place: "SEOUL") or a word under the headline alone counts when the article cites it as its
  // source: "LOS ANGELES (Wirestream) -", "according to X".
  // "The Nassau Brief" beside the dateline: a person's name never starts with "The".
  // (Nor one starting with another language's article: "L'Écho des Quais", "Le Monde", "Die Zeit".)
  if (besideDate && (!/\s/.test(l) || /^(?:(?:The|Le|La|Les|El|Los|Las|Il|Lo|Die|Der|Das|De|Het)\s|L['’]\p{Lu})/u.test(l)) && /\p{Ll}/u.test(l)) return l;
  return citesAsSource(body, l) ? l : null;
}

function citesAsSource(body: string, name: string): boolean {
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\(${n}\\)|\\b(?:according to|told|seen by|reported by|said to) ${n}(?![\\p{L}])|(?<![\\p{L}])${n} (?:reports|reported|says|notes|noted|understands|has learned|learned)\\b`, 'u').test(body);
}

/** A short capitalised name: not a sentence, a kicker ("LIVE", "Analysis") or site navigation. */
function nameLike(s: string): boolean {
  return s.length >= 2 && s.length <= 40 && s.split(/\s+/).length <= 4 && CAPITALISED.test(s) && !KICKER.test(s) && !NAVIGATION.test(s);
}

/**
 * The outlet when the first line is its masthead: a masthead's word ("The Quad News", "The Quad News | Campus |
 * Science"), a CJK outlet, or a short name ("Capitol & Campus", "Inside GenAI", "THE BIG PICTURE", "Capitol &
 * Campus — Education desk") when the headline follows it and a dateline or byline follows that.
 */
function firstLineMasthead(top: string[]): string | null {
  if (top.length < 2) return null;
  const line = top[0].trim();
  if (line.length > 60) return null;
  const parts = line.split(/\s*[|·•]\s*|\s+[—–]\s+/).filter(Boolean);
  const name = parts[0];
  if (MASTHEAD.test(name) || CJK_OUTLET.test(name)) return name;
  if (parts.length > 2 || !nameLike(name) || (parts.length === 2 && parts[1].split(/\s+/).length > 4)) return null;
  const head = top[1].trim();
  const headline = isProse(head) && !/[.:]$/.test(head) && datelineDate(head) === null && !/^(?:by|posted|updated|published)\b/i.test(head);
  const dated = top.slice(2, 4).some((l) => datelineDate(l) !== null || /^(?:(?:posted|written)\s+)?by\s/i.test(l.trim()));
  return headline && dated ? name : null;
}

// Only capitalised words (and "&"): a name, not a sentence.
// (…and an elided article before a capital: "Journal de l'Asie".)
const CAPITALISED = /^(?:The\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+(?:[\p{Lu}&][\p{L}.'’-]*|[ld]['’]\p{Lu}[\p{L}.'’-]*|&|of|de|des|du|la|le|del|della|di|da|der|die|das|et|und|y))*$/u;

// Words an outlet's name ends with.
const MASTHEAD = /^(?:The\s+)?(?:[\p{Lu}&][\p{L}&.'’-]*\s+){0,4}(?:[\p{Lu}][\p{L}&.'’]*-)?(?:Ledger|Times|Post|News|Journal|Herald|Tribune|Gazette|Daily|Weekly|Wire|Review|Report|Dispatch|Chronicle|Observer|Telegraph|Courier|Kurier|Bulletin|Digest|Insider|Standard|Express|Monitor|Record|Register|Press|Today|Magazine|Desk|Echo|Post-Gazette|Zeitung|Tribune|Brief|Beat|Watch|Week|Online|Heute|Woche|Blatt|Nachrichten|Rundschau|Anzeiger|Nieuws|Dagblad|Diario|Gazzetta|Corriere|Giornale|Jornal|Presse)$/u;

// A CJK outlet's name: "東都経済新聞", "テック新報", "经济日报", "한빛일보".
const CJK_OUTLET = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Hangul}ー・]{1,16}(?:新聞|新闻|新報|新报|日報|日报|晚报|晩報|時報|时报|通信|通讯|週刊|周刊|ニュース|タイムズ|일보|신문|뉴스|타임스|통신)社?$/u;

// A section or a kind of piece, never an outlet's name.
const KICKER = /^(?:breaking(?:\s+news)?|exclusive|live|analysis|opinion|comment|explainer|editorial|updated?|news|feature|interview|review|sponsored|watch|video|photos|podcast|world|business|tech(?:nology)?|markets|politics|sports?|economy|science|culture|more|summary|background|transcript|recap|obituary|correction|briefing|newsletter|timeline|factbox|profile|insight|investigation|press release)$/i;

// What follows a byline's name that is no outlet: a role, a reading time.
const BYLINE_WORDS = /\b(?:reporter|editor|correspondent|writer|columnist|contributor|analyst|staff|author|read|min)\b/i;

// Site furniture pasted with an article: never its title.
const NAVIGATION = /^(?:skip to (?:main )?content|menu|sign in|log in|subscribe|home|advertisement|share|listen to this article|\[image\])\b/i;

const clean = (l: string) => l.replace(/^#+\s*/, '');

/** Index of the first line that reads like a headline: not a masthead, a dateline, a byline or a bare number. */
function titleIndex(top: string[]): number {
  const masthead = firstLineMasthead(top) !== null;
  const i = top.findIndex((l, i) => !(i === 0 && masthead) && datelineDate(l) === null && !NAVIGATION.test(l) && l.split('|').length < 3 && !/ > /.test(l) && !/^(author|source|by|posted|updated|published|publié)\b[^:]*:/i.test(l) && !/^(?:published|updated|posted)\s+\d+\s+\w+\s+ago\b/i.test(l) && isProse(l));
  return i < 0 ? 0 : i;
}

/** The headline, at most 120 characters (cut at a word). */
function titleText(line: string): string {
  const t = clean(line);
  if (t.length <= 120) return t;
  const cut = t.slice(0, 120);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 60 ? cut.lastIndexOf(' ') : 120)}…`;
}

// A live blog's entry opens with its time: "**09:40 ET** — …", "16:05 BST - …", "**Sun, Nov. 20, 10:05 p.m. ET** — …".
const STAMP_TIME = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5})?`;
const STAMP = new RegExp(String.raw`^(\s*(?:\*\*|__)?)(${STAMP_TIME})(?:\*\*|__)?\s*[—–-]\s+`, 'i');
// A time on a line of its own, heading the entry below it: "12:40 GMT".
const STAMP_ALONE = new RegExp(String.raw`^\s*(?:\*\*|__)?(?:${STAMP_TIME})(?:\*\*|__)?\s*$`, 'i');

/**
 * "16 May 2018 — Anwar is released from prison after a full royal pardon.", "TOKYO, 21 July 2025 (Kanto
 * Wire) - Nissan said …": a date, a dash, then a sentence of its own is a statement (a timeline's entry, a
 * wire's first paragraph), not a dateline to drop ("The Global Briefing | Explainer desk | December 20, 2022").
 */
const DATED_STATEMENT = /\s[—–-]\s+(\S+(?:\s+\S+)+[.!?]["”’)]?)\s*$/u;
/** Whether `text` is a dateline followed by a sentence of its own (in lowercase words, no date alone). */
const datedStatement = (text: string): boolean => {
  const m = DATED_STATEMENT.exec(text);
  return !!m && /\s\p{Ll}/u.test(m[1]) && datelineDate(m[1]) === null;
};

/** Minutes after midnight of the time in a live entry's stamp ("10:05 p.m. ET" → 1325). */
function clockMinutes(stamp: string): number {
  const m = /(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?\s?m\b)?/i.exec(stamp)!;
  const h = Number(m[1]) % (m[3] ? 12 : 24) + (m[3]?.toLowerCase() === 'p' ? 12 : 0);
  return h * 60 + Number(m[2]);
}

/**
 * The day of each live entry: the one its stamp names, else the day of the entry before it when the clock runs on
 * in the blog's direction from it ("Sun, Nov. 20, 10:05 p.m." then "10:40 p.m.": Nov 20; newest first, "9:35 a.m."
 * under "Mon, Nov. 21, 11:50 a.m.": Nov 21). Past midnight, or in a blog whose direction is unclear, no day.
 */
function liveEntryDays(stamps: { line: number; minutes: number; day: FoundDate | undefined }[]): Map<number, FoundDate> {
  const out = new Map<number, FoundDate>();
  let up = 0;
  let down = 0;
  for (let k = 1; k < stamps.length; k++) {
    if (stamps[k].minutes > stamps[k - 1].minutes) up++;
    else if (stamps[k].minutes < stamps[k - 1].minutes) down++;
  }
  let day: FoundDate | undefined;
  for (let k = 0; k < stamps.length; k++) {
    const s = stamps[k];
    const prev = stamps[k - 1];
    if (s.day) day = s.day;
    else if (!day || up === down || (up > down ? s.minutes < prev.minutes : s.minutes > prev.minutes)) day = undefined;
    if (day) out.set(s.line, day);
  }
  return out;
}

/** Whether a sentence opens on the date it names, as a timeline's entry does ("- **April 25** - …"). */
function startsOnDate(text: string, date: string): boolean {
  return text.replace(/^[\s*_#>•-]+/, '').startsWith(date);
}

// A line that opens a list entry, a heading, a table row, a quote block or a byline: never the rest of the line before.
const LINE_OPENS = /^\s*(?:[-*•#>|+]|\d+[.)]\s|\*\*|__|(?:by|published|updated|posted|source|fuente|quelle)\b)/i;

/**
 * A hard-wrapped article ("…said on Friday that Crozier would not be reinstated\nas commanding officer …"): each
 * line that goes on in the next is joined to it, its line break kept, so that no sentence is cut at the margin.
 * An article is hard-wrapped when three of its lines or more go on in a line that opens in lowercase.
 */
function joinWrapped(lines: string[], bodyStart: number): { joined: string[]; cont: Set<number> } {
  const joined = [...lines];
  const cont = new Set<number>();
  const goesOn = (i: number) => lines[i].trim() !== '' && (lines[i + 1] ?? '').trim() !== '' && /^\s*\p{Ll}/u.test(lines[i + 1]);
  let wrapped = 0;
  for (let i = bodyStart; i < lines.length - 1; i++) if (goesOn(i)) wrapped++;
  if (wrapped < 3) return { joined, cont };
  for (let i = bodyStart; i < lines.length; i++) {
    if (lines[i].trim() === '' || cont.has(i)) continue;
    // (The line a paragraph opens with may be a headline or a byline: only one long enough to have been wrapped goes on.)
    for (let j = i + 1; j < lines.length && lines[j].trim() !== '' && lines[j - 1].trim().length >= 50 && !LINE_OPENS.test(lines[j]); j++) {
      joined[i] += `\n${lines[j]}`;
      cont.add(j);
    }
  }
  return { joined, cont };
}

function toPassages(rel: string, lines: string[], bodyStart: number, published: string | null, skip: Set<string>): Passage[] {
  const out: Passage[] = [];
  // The last timeline entry that opened on a day written out ("October 5"), which a weekday after it in
  // its paragraph counts from.
  let entry: Passage | null = null;
  // The day yearless dates count back from: the article's, or the end of a year a heading names.
  let ref = published;
  // …and that year itself: "February 25: … will step down" under "2025" is in 2025, wherever a reader
  // counting from the year's end would put it.
  let headingYear: string | null = null;
  // Each live entry's time, and the day it names, if any.
  const stamps: { line: number; minutes: number; day: FoundDate | undefined }[] = [];
  let paragraph = 0;
  let blank = true;
  // Timeline entries that open on a date naming its year ("**March 2016** — …").
  const yearGiven = new Set<Passage>();
  const lookedBack = new Set<Passage>(); // sentences whose date is one looked back to ("since his arrest in February 2015")
  // (…and the last of them, for an undated recap's yearless entries after it.)
  let lastYearGiven: Passage | null = null;
  const { joined, cont } = joinWrapped(lines, bodyStart);
  for (let i = bodyStart; i < lines.length; i++) {
    if (cont.has(i)) continue;
    const line = joined[i];
    if (line.trim() === '') {
      if (!blank) paragraph++;
      blank = true;
      continue;
    }
    blank = false;
    // "**2024**" over a timeline's entries: the year of the days they name without one.
    const heading = /^(?:#{1,6}\s*)?(?:\*\*|__)?((?:19|20)\d\d)(?:\*\*|__)?:?$/.exec(line.trim());
    if (heading) {
      // (In an undated recap too: "2018" over "- November 19: …".)
      ref = !published || heading[1] < published.slice(0, 4) ? `${heading[1]}-12-31` : published;
      headingYear = heading[1];
      continue;
    }
    if (!isProse(line.trim()) || STAMP_ALONE.test(line) || (i - bodyStart < 40 && skip.has(line.trim()))) continue;
    // The passage starts at the sentence after the entry's time (the body keeps it).
    const stamp = STAMP.exec(line);
    const from = stamp ? stamp[0].length : 0;
    if (stamp) {
      const day = datesInSentence(stamp[2], published)[0];
      stamps.push({ line: i + 1, minutes: clockMinutes(stamp[2]), day: day?.precision === 'day' ? day : undefined });
    }
    const spans = splitSentences(line.slice(from));
    // "Ronald Koeman. After his dismissal the Dutchman returned …": a name heading its paragraph, too short
    // to be a sentence, opens the next one, so that the paragraph says whom it is about.
    // (…and so does a day heading its entry, "March 11. Ian Wright, Alan Shearer and others refuse to appear.")
    const label = spans.length > 1 && /^(?:\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+|\p{Lu}\p{Ll}+\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+)\.$/u.test(line.slice(from + spans[0].start, from + spans[0].end));
    if (label) spans.splice(0, 2, { start: spans[0].start, end: spans[1].end });
    for (const span of spans) {
      const text = line.slice(from + span.start, from + span.end);
      if (!isProse(text) || (datelineDate(text) !== null && !datedStatement(text))) continue;
      // (An undated recap's "14 February — Zuma resigns", after "6 February 2018 — …": the year its entries
      // last named, since no article date stands behind it.)
      // (Forward from that entry's day: "18 December 2017 — …" then "14 February — …" is 2018's.)
      const lastDay = ref ? null : lastYearGiven?.date ?? null;
      const found = datesInSentence(text, ref ?? (lastDay && lastDay.length === 10 ? addDays(lastDay, 364) : null)).map((f) => (headingYear && !/\b(?:19|20)\d\d\b/.test(f.text) && !f.date.startsWith(headingYear) ? { ...f, date: `${headingYear}${f.date.slice(4)}` } : f));
      // "**March.** On March 4, Lin resigned": a day within the month the sentence opens on is its date.
      let own: (typeof found)[number] | undefined = found[0]?.precision === 'month' ? found.find((f) => f.precision === 'day' && f.date.slice(0, 7) === found[0].date.slice(0, 7)) ?? found[0] : found[0];
      // "has rejected the result of the 1 December presidential election", "rejected the result of the December 1
      // election on Friday": a date naming an event ("the 1 December election") is that event's, not the sentence's;
      // another date in it is its own, and a present perfect tells of the article's day.
      const naming = (f: { text: string }) => { const at = text.indexOf(f.text); return at > 0 && /\bthe\s+$/i.test(text.slice(Math.max(0, at - 5), at)) && EVENT_NAMED.test(text.slice(at + f.text.length)); };
      if (own && naming(own)) {
        const other = found.find((f) => f !== own && !naming(f));
        if (other) own = other;
        else if (/\b(?:has|have)\s+(?:\p{L}+ly\s+)?\p{L}+(?:ed|en|wn|ne|t)\b/iu.test(text.slice(0, text.indexOf(own.text)))) own = undefined;
      }
      // "The deputy, who said in September that she would not stay, left on Friday, Dec. 4": a date inside a
      // who/which clause is that clause's; the sentence's own is a day outside it. (Only over a month or a
      // year: "Drakeford, who announced on 13 December that he would step down, stays on until Tuesday" keeps
      // its first day.)
      const aside = own && own.precision !== 'day' ? asideSpans(text) : [];
      const inAside = (f: { text: string }) => { const at = text.indexOf(f.text); return at >= 0 && aside.some(([a, b]) => at >= a && at < b); };
      // (Not a weekday that names something: "at The Sunday Times".)
      const nameDay = (f: { text: string }) => { const at = text.indexOf(f.text); return at >= 0 && /^\s+\p{Lu}/u.test(text.slice(at + f.text.length)); };
      if (own && aside.length && inAside(own)) own = found.find((f) => !inAside(f) && f.precision === 'day' && !nameDay(f)) ?? own;
      // "**March 2016** — Huge protests … On March 29 the PMDB leaves": a day without a year, in a paragraph
      // that opened on a year, is in that year (not the recap's own).
      // (The latest entry that named one: "July 7, 2021 - …", "February 29, 2024 - …", "March 11 - …" is 2024's.)
      let opened: Passage | undefined;
      for (let k = out.length - 1; k >= 0 && out[k].paragraph === paragraph && !opened; k--) if (out[k].dateOrigin === 'sentence' && yearGiven.has(out[k])) opened = out[k];
      const yearless = !!own && !/\b(?:19|20)\d\d\b/.test(own.text);
      if (own && opened && yearless && !own.date.startsWith(opened.date!.slice(0, 4))) own = { ...own, date: `${opened.date!.slice(0, 4)}${own.date.slice(4)}` };
      // A timeline's entry with no year, after an entry earlier in that year ("March 11" then, under a new
      // heading, "April 25"): the list goes on in that year, not the article's.
      else if (own && yearless && !opened && !headingYear && entry?.date && own.precision === 'day' && startsOnDate(text, own.text)) {
        const carried = `${entry.date.slice(0, 4)}${own.date.slice(4)}`;
        if (carried >= entry.date && carried !== own.date && (!published || carried <= published)) own = { ...own, date: carried };
      }
      // "On December 4, 331 deputies vote … He resigns the next day": a day on from the sentence before.
      const prev = out[out.length - 1];
      const step = own ? null : /\b(?:the (?:next|following) day|a day later|(?:the day before|the previous day|a day earlier)(?![\p{L} ]*\p{L}))/iu.exec(text);
      if (step && prev && prev.paragraph === paragraph && prev.dateOrigin === 'sentence' && prev.datePrecision === 'day') {
        own = { date: addDays(prev.date!, /before|previous|earlier/i.test(step[0]) ? -1 : 1), precision: 'day', text: step[0] };
      }
      // "- **October 5-6** - … Lecornu resigns on Monday morning": in a paragraph that names its day, a
      // weekday is the one nearest that day, not the article's.
      const weekday = own && /^(?:on\s+|last\s+|this\s+)?(sun|mon|tues|wednes|thurs|fri|satur)day\b[^\d]*$/i.exec(own.text);
      const anchor = weekday && entry?.paragraph === paragraph ? entry : null;
      if (own && weekday && anchor?.date && Math.abs(dayNumber(anchor.date) - dayNumber(own.date)) > 3) own = { ...own, date: nearestWeekday(anchor.date, weekday[1]) };
      out.push({
        id: 0,
        doc: rel,
        line: i + 1,
        text,
        paragraph,
        date: own?.date ?? null,
        datePrecision: own?.precision ?? null,
        dateOrigin: own ? 'sentence' : null,
      });
      // ("… her first speech since his arrest in February 2015": a date looked back to is no date for the
      // sentences after it.)
      const ownAt = own ? Math.max(0, text.indexOf(own.text)) : 0;
      if (own && SINCE_BEFORE_DATE.test(text.slice(Math.max(0, ownAt - 50), ownAt))) lookedBack.add(out[out.length - 1]);
      // (Only an entry that opens on its date, "**March 2016** — …", "**March 6, 2018 (Tuesday)** — …": prose moves across years.)
      const opensOn = own ? text.replace(/^[\s*_#>•-]+/, '') : '';
      if (own && /\b(?:19|20)\d\d\b/.test(own.text) && opensOn.startsWith(own.text) && /^\s*(?:\((?:mon|tues|wednes|thurs|fri|satur|sun)day\)\s*)?(?:\*\*|__)?\.?\s*[—–:-]/i.test(opensOn.slice(own.text.length))) {
        yearGiven.add(out[out.length - 1]);
        lastYearGiven = out[out.length - 1];
      }
      // (Only a timeline's entry, which opens on its day: "- **October 5-6** - …".)
      if (own && /\d/.test(own.text) && own.precision === 'day' && startsOnDate(text, own.text)) entry = out[out.length - 1];
    }
  }
  const stampDates = liveEntryDays(stamps);
  // A sentence without a date of its own takes its paragraph's date (the first named there,
  // when it comes earlier in the paragraph), else the article's; the origin says which.
  let lastPara = -1;
  let paraDate: Passage | null = null;
  for (const p of out) {
    if (p.paragraph !== lastPara) {
      lastPara = p.paragraph;
      paraDate = null;
    }
    if (p.dateOrigin === 'sentence') {
      // (A list's entries share a paragraph, one line each: an entry's own date is the one its sentences take.)
      if ((!paraDate || paraDate.line !== p.line) && !lookedBack.has(p)) paraDate = p;
      continue;
    }
    // "has since been", "later", "Then, when …", "are leaving": the sentence moves on from its paragraph's date.
    // (A date after the article's, "a contract until June 2027", is no date of the paragraph's other sentences.)
    // A live entry's stamp is the first date its paragraph names.
    const stamped = stampDates.get(p.line);
    if (stamped) {
      p.date = stamped.date;
      p.datePrecision = stamped.precision;
      p.dateOrigin = 'paragraph';
    } else if (paraDate && paraDate.line === p.line && !movesOn(p.text) && !(published && paraDate.date! > published)) {
      p.date = paraDate.date;
      p.datePrecision = paraDate.datePrecision;
      p.dateOrigin = 'paragraph';
    } else if (published) {
      p.date = published;
      p.datePrecision = 'day';
      p.dateOrigin = 'article';
    }
  }
  return out;
}

// "since his arrest in", "since being arrested in": the date after looks back from the sentence's time.
// An event a date can name: "the 1 December presidential election", "the March 3 vote".
const EVENT_NAMED = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:elections?|votes?|polls?|ballots?|referendum|run-?off|primary|primaries|summit|meeting|deadline|ruling|decision|verdict|hearing|attacks?|raid|deal|agreement|debate|congress|convention|final|match|game|race|speech|address|announcement|coup|uprising|protests?|strike|crash|earthquake|explosion)\b/iu;
const SINCE_BEFORE_DATE = /\bsince\s+(?:(?:his|her|their|its|the|being)\s+)?(?:[\p{L}\d-]+\s+){1,3}(?:(?:in|on)\s+)?$/iu;

/**
 * Whether a sentence without a date of its own tells of a time after its paragraph's date: "has since
 * been", "later", "Then, when …", or the present or future of the article ("McCarthy and Robbins are
 * leaving the company", "Cheeks stays on") in a sentence that tells nothing in the past.
 */
function movesOn(text: string): boolean {
  if (/\b(?:since|later|subsequently|afterwards|now)\b|^(?:and\s+)?(?:then|eventually|next)\b/i.test(text)) return true;
  // ("resigned this month", in an undated article: its own time, the writing's, not the paragraph's.)
  if (/\b(?:this|last) (?:week|month)\b|\b(?:today|yesterday)\b/i.test(text)) return true;
  // (…or the present of a post: "Its team principal is Laurent Mekies, a French engineer who came from Ferrari".)
  return (/\b(?:is|are)\s+(?:\w+ly\s+)?\w+ing\b|\bwill\b|\b(?:stays|remains|runs|leads|heads|chairs|oversees)\b/i.test(text) || /^(?:Its|Their|The)\s+(?:[\p{Ll}-]+\s+){1,3}(?:is|are)\s+\p{Lu}/u.test(text)) && !/\b(?:[Ww]as|[Ww]ere|[Hh]ad|[Dd]id)\b|\b[a-z]+ed\b/.test(text);
}

/** Where the sentence's ", who …," / ", which …," asides lie (start, end), to tell their dates from its own. */
function asideSpans(text: string): [number, number][] {
  return [...text.matchAll(/,\s+(?:who|which)\b[^,;]*,/g)].map((m) => [m.index!, m.index! + m[0].length]);
}
