// Is a summary sentence supported by the excerpts it cites? A deterministic, lexical check (no model):
//
//  1. numbers, amounts and percentages: each one in the sentence occurs in a cited excerpt, compared as
//     values ("$3 billion" = "3 billion dollars" = "US$3bn"; "50%" = "50 percent");
//  2. dates: each one occurs in a cited excerpt (or is the excerpt's own date), compared as year/month/day
//     ("May 1, 2026" = "1 May 2026" = "2026-05-01"; "March 5" matches "5 March 2026");
//  3. names: each person and organisation the sentence names appears in a cited excerpt, through any alias the
//     knowledge layer knows ("Eddie Wu" is backed by "Wu Yongming"); the corpus subject may be named freely;
//     any other capitalised name ("Jack Ma") must itself occur in a cited excerpt;
//  4. quotations: a quoted span of three or more words occurs word for word in a cited excerpt;
//  5. negation and modality: a negated or hedged claim ("did not resign", "may step down") needs the same
//     negation or hedge on the same words in the excerpts, and a plain claim is not backed by words the
//     excerpts only negate or hedge ("resigned" is not backed by "did not resign"; "will" is not "may");
//  6. content words: at least SUPPORT_THRESHOLD of the sentence's content units (stemmed words, stop words
//     aside; a name counts as one unit) occur in the cited excerpts; and a missing word that carries a claim
//     of its own fails the sentence outright: an action ("reinstated", "sold", "quits" after a name, "was
//     promoted"), a role ("chairman", "intern") or an event noun ("takeover", "lawsuit").
//
// "The cited excerpts" are what the model was shown for each (the quote, outlet and kind; the article's date
// when the quote states none; the title for names only) plus what the deterministic answer itself says next
// to it ("Lin Junyang left (2026-03-05)") and, from the index, the entities its pronouns refer to and its
// paragraph's date.
// SUPPORT_THRESHOLD was chosen on test/eval/support.yaml (faithful paraphrases of the seed corpus versus
// invented claims): see the comment on it. A swap among words the excerpts do contain (who did what to whom,
// "away from X toward Y" reversed) is beyond a lexical check; test/eval/support.yaml lists such cases.
import type { Citation } from '../briefing/types.ts';
import { STOPWORDS, stem } from '../index/normalize.ts';

/**
 * The share of a sentence's content units that must occur in its cited excerpts. On test/eval/support.yaml the
 * faithful paraphrases score 0.83 or more (most 1.0), and the invented claims that only this share catches (new
 * topics added to a true sentence) score 0.67 or less; 0.8 sits between. Checks 1–5, an action word or a role
 * or event noun the excerpts lack, and a word in a verb's place after a name, fail a sentence whatever its share.
 */
export const SUPPORT_THRESHOLD = 0.8;

/** What the knowledge layer knows about names: entities with every alias, and the corpus subject. */
export interface Knowledge {
  entities: readonly { id: string; name: string; type: string; aliases: readonly string[] }[];
  /** Names and aliases of the corpus subject (topic.yaml): they may be named freely. */
  topic: readonly string[];
  /** What the index knows about a cited excerpt beyond its words: entities it refers to (pronouns resolved), its date. */
  about?: (c: Citation) => { entities?: readonly string[]; dates?: readonly string[] } | null;
}

export const NO_KNOWLEDGE: Knowledge = { entities: [], topic: [] };

/** One cited excerpt as the check sees it: the quote, what the model was shown about it, and what the index adds. */
export interface Excerpt {
  quote: string;
  title?: string;
  source?: string | null;
  published?: string | null;
  kind?: string;
  /** Dates the index gives this excerpt (its sentence's or paragraph's), YYYY[-MM[-DD]]. */
  dates?: readonly string[];
  /**
   * What the deterministic answer itself says next to this excerpt (its section and the item's words outside
   * the quotation: "Lin Junyang left (2026-03-05)"): the summary rewrites that answer, so its words count.
   */
  labels?: readonly string[];
  /** Entity ids the excerpt refers to without naming them ("His departure" → lin-junyang). */
  entities?: readonly string[];
}

export type Verdict =
  | { ok: true; coverage: number }
  | { ok: false; check: 'number' | 'date' | 'name' | 'quote' | 'negation' | 'modality' | 'words'; detail: string; coverage?: number };

// ---------------------------------------------------------------------------------------------- tokens

interface Token {
  raw: string;
  w: string; // folded
  s: string; // stemmed (irregular verbs mapped)
  cap: boolean;
  initial: boolean; // first word of the text or of a clause after . : ; ! ? ( “ — etc.
  gapBefore: string;
  start: number;
  end: number;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};
const MONTH_RE = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';

const IRREGULAR: Record<string, string> = {
  led: 'lead', left: 'leave', took: 'take', taken: 'take', brought: 'bring', became: 'become', began: 'begin',
  begun: 'begin', held: 'hold', made: 'make', gave: 'give', given: 'give', went: 'go', gone: 'go', won: 'win',
  sold: 'sell', bought: 'buy', paid: 'pay', ran: 'run', met: 'meet', spoke: 'speak', spoken: 'speak', rose: 'rise',
  risen: 'rise', chose: 'choose', chosen: 'choose', grew: 'grow', grown: 'grow', kept: 'keep', sent: 'send',
  built: 'build', stood: 'stand', told: 'tell', thought: 'think', wrote: 'write', written: 'write', knew: 'know',
  known: 'know', fell: 'fall', fallen: 'fall', oversaw: 'oversee', overseen: 'oversee', hired: 'hire', sought: 'seek',
};

const NEGATIONS = new Set([
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot', 'isnt', 'arent', 'wasnt',
  'werent', 'dont', 'doesnt', 'didnt', 'hasnt', 'havent', 'hadnt', 'wont', 'cant', 'couldnt', 'shouldnt', 'wouldnt',
  'mustnt', 'neednt', 'nowhere',
]);
const HEDGES = new Set([
  'may', 'might', 'could', 'would', 'possibly', 'perhaps', 'likely', 'unlikely', 'probably', 'potentially',
  'reportedly', 'allegedly', 'rumored', 'rumoured', 'expected', 'suggests', 'suggest', 'suggested', 'appears',
  'appear', 'seems', 'seem', 'plans', 'plan', 'planned', 'planning', 'considering', 'mulling', 'should',
]);
const FUTURES = new Set(['will', 'shall']);
/** Words between a negation or modal and what it applies to. */
const AUX = new Set(['be', 'been', 'being', 'have', 'has', 'had', 'do', 'does', 'did', 'to', 'yet', 'ever', 'also', 'even', 'just', 'still', 'only']);
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The same folding as src/index/normalize.ts (accents, "Ph.D.", quotes, possessive 's), keeping case. */
function prefold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/(\p{L})\.(?=\p{L}\.)/gu, '$1')
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/gi, POSSESSIVE)
    .replace(/'/g, '');
}

/** Left where a possessive 's was (not a word character, so words match as in normalize.ts). */
const POSSESSIVE = '\u00a7';

function stemOf(w: string): string {
  return IRREGULAR[w] ?? stem(w);
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const raw = m[0];
    const w = raw.toLowerCase();
    const gap = text.slice(last, m.index);
    out.push({
      raw, w, s: stemOf(w),
      cap: /^\p{Lu}/u.test(raw) || CJK.test(raw),
      initial: out.length === 0 || /[.!?:;(\[“"—–•]|\s-\s/.test(gap),
      gapBefore: gap,
      start: m.index,
      end: m.index + raw.length,
    });
    last = m.index + raw.length;
  }
  return out;
}

/**
 * A word that reads as an action or event ("reinstated", "rejected", "sold", "firing"): one the excerpts
 * lack is a claim of its own, so it fails the sentence instead of counting against the threshold.
 */
function verbLike(w: string): boolean {
  return w in IRREGULAR || (w.length > 4 && w.endsWith('ed')) || (w.length > 5 && w.endsWith('ing'));
}

/** Roles and events: one the excerpts lack is a claim of its own ("intern", "chairman", "lawsuit", "quit"), whatever the share. */
const CLAIM_WORDS = new Set(
  ('ceo cto cfo coo chairman chairwoman chair president founder cofounder director head chief leader manager officer ' +
    'executive intern scientist engineer analyst researcher vp spokesperson deputy successor predecessor owner investor ' +
    'board shareholder resignation departure appointment promotion demotion dismissal firing layoff acquisition merger ' +
    'takeover lawsuit investigation bankruptcy reinstatement ipo sale deal fine penalty scandal arrest strike ' +
    // ...and events told in the present or base form ("he quit", "to resign"), which look like any other word.
    'quit resign retire join rejoin leave return hire fire sack oust appoint name promote demote dismiss replace ' +
    'succeed step sell buy acquire merge sue deny reject approve accept announce confirm cancel launch close die')
    .split(' ')
    .map((w) => stemOf(w)),
);

const BEFORE_VERB = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'shall', 'would', 'may', 'might', 'can', 'could', 'should', 'must', 'did', 'does', 'do', 'to', 'not', 'never']);

/** Where a sentence's verb usually is: right after a name ("Liu Dayiheng quits") or an auxiliary ("was promoted"). */
function predicate(tokens: Token[], i: number, inEntity: boolean[]): boolean {
  if (i === 0 || tokens[i].w.endsWith('ly')) return false; // an adverb ("formally") is not the verb
  return (inEntity[i - 1] && !inEntity[i] && !/[,;:()“”"—–\u00a7]/.test(tokens[i].gapBefore)) || BEFORE_VERB.has(tokens[i - 1].w);
}

/** Two stems name the same word: equal, or one is the other plus a short suffix ("lead"/"leader", "appoint"/"appointment"). */
function related(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && !/^\d/.test(short) && long.startsWith(short) && long.length - short.length <= 5;
}

// ------------------------------------------------------------------------------------ numbers and dates

interface DateVal { y?: number; m?: number; d?: number; text: string; at?: number }
interface Quantity { value: number; unit: string | null; text: string }

const MULT: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };
const CURRENCY_PREFIX: Record<string, string> = { 'us$': 'usd', $: 'usd', usd: 'usd', '¥': 'cny', rmb: 'cny', cny: 'cny', '€': 'eur', eur: 'eur', '£': 'gbp', gbp: 'gbp' };
const CURRENCY_WORD: Record<string, string> = { dollar: 'usd', dollars: 'usd', usd: 'usd', yuan: 'cny', rmb: 'cny', renminbi: 'cny', euro: 'eur', euros: 'eur', pound: 'gbp', pounds: 'gbp' };
const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

/** Finds dates and quantities, and returns the text with them blanked out (so their digits are not words). */
function extractFigures(text: string): { dates: DateVal[]; quantities: Quantity[]; rest: string } {
  let rest = text.replace(/\[\d+\]/g, (m) => ' '.repeat(m.length)); // footnote / citation markers are not claims
  const dates: DateVal[] = [];
  const quantities: Quantity[] = [];
  let at = 0;
  const take = (re: RegExp, fn: (m: RegExpExecArray) => void) => {
    rest = rest.replace(re, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      at = args.at(-2) as number;
      fn(m);
      return ' '.repeat(m[0].length);
    });
  };
  const mon = (s: string) => MONTHS[s.toLowerCase().replace(/\.$/, '')];
  // An impossible date ("July 32") is kept as read: nothing but the same text can back it.
  const push = (d: DateVal) => {
    dates.push({ ...d, at });
  };
  take(/\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/g, (m) => push({ y: +m[1], m: +m[2], d: +m[3], text: m[0] }));
  take(/\b(\d{1,2})\/(\d{1,2})(?:\/|\s+)(\d{4})\b/g, (m) => push({ y: +m[3], m: +m[1], d: +m[2], text: m[0] }));
  take(/\b(\d{4})-(\d{2})\b(?!-)/g, (m) => push({ y: +m[1], m: +m[2], text: m[0] }));
  take(new RegExp(`\\b${MONTH_RE}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'gi'), (m) => push({ m: mon(m[1]), d: +m[2], ...(m[3] ? { y: +m[3] } : {}), text: m[0] }));
  take(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}\\b\\.?(?:,?\\s+(\\d{4})\\b)?`, 'gi'), (m) => push({ m: mon(m[2]), d: +m[1], ...(m[3] ? { y: +m[3] } : {}), text: m[0] }));
  take(new RegExp(`\\b${MONTH_RE}\\.?,?\\s+(?:of\\s+)?(\\d{4})\\b`, 'gi'), (m) => push({ m: mon(m[1]), y: +m[2], text: m[0] }));
  // A month named alone ("in March"); not "may", which is usually the modal.
  take(/\b(January|February|March|April|June|July|August|September|October|November|December)\b/g, (m) => push({ m: mon(m[1]), text: m[0] }));
  // Amounts and plain numbers (a bare 19xx/20xx without a unit is a year).
  const num = '(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:st|nd|rd|th)?';
  const mult = '(?:\\s*(thousand|million|billion|trillion|mln|mn|bn|tn|k|m|b)\\b)?';
  const unit = '(?:\\s*(%|percent\\b|per\\s+cent\\b|percentage\\s+points?\\b|dollars?\\b|usd\\b|yuan\\b|rmb\\b|renminbi\\b|euros?\\b|pounds?\\b))?';
  take(new RegExp(`(?:(US\\$|\\$|USD|¥|RMB|CNY|€|EUR|£|GBP)\\s*)?(?<![\\p{L}\\d.,])${num}${mult}${unit}(?![\\p{L}\\d])`, 'giu'), (m) => {
    const n = Number(m[2].replace(/,/g, ''));
    const cur = m[1] ? CURRENCY_PREFIX[m[1].toLowerCase()] : null;
    const tail = m[4]?.toLowerCase().replace(/\s+/g, ' ');
    const u = tail ? (/^(%|percent|per cent|percentage)/.test(tail) ? '%' : CURRENCY_WORD[tail]) : null;
    const factor = m[3] ? MULT[m[3].toLowerCase()] : 1;
    if (!m[1] && !m[3] && !tail && /^(19|20)\d\d$/.test(m[2])) {
      push({ y: n, text: m[0] });
      return;
    }
    quantities.push({ value: n * factor, unit: cur ?? u ?? null, text: m[0].trim() });
  });
  // Number words: "three billion dollars", "two companies", "one billion" ("one" alone is too idiomatic).
  const words = Object.keys(NUMBER_WORDS).join('|');
  take(new RegExp(`\\b(one|a|${words})\\s+(thousand|million|billion|trillion)\\b${unit}|\\b(${words})\\b${unit}`, 'gi'), (m) => {
    if (m[1]) {
      const base = NUMBER_WORDS[m[1].toLowerCase()] ?? 1;
      const tail = m[3]?.toLowerCase();
      quantities.push({ value: base * MULT[m[2].toLowerCase()], unit: tail ? (tail.startsWith('per') || tail === '%' ? '%' : CURRENCY_WORD[tail] ?? null) : null, text: m[0] });
    } else {
      const tail = m[5]?.toLowerCase();
      quantities.push({ value: NUMBER_WORDS[m[4].toLowerCase()], unit: tail ? (tail.startsWith('per') || tail === '%' ? '%' : CURRENCY_WORD[tail] ?? null) : null, text: m[0] });
    }
  });
  return { dates, quantities, rest };
}

function parseIso(s: string, text = s): DateVal | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return null;
  return { y: +m[1], ...(m[2] ? { m: +m[2] } : {}), ...(m[3] ? { d: +m[3] } : {}), text };
}

/** A yearless date in an excerpt takes its article's year (the year before, if that would put it after the article). */
function withYear(d: DateVal, published: string | null | undefined): DateVal {
  if (d.y !== undefined || !d.m || !published) return d;
  const p = parseIso(published);
  if (!p?.y || !p.m) return d;
  const after = d.m > p.m || (d.m === p.m && (d.d ?? 1) > (p.d ?? 31));
  return { ...d, y: after ? p.y - 1 : p.y };
}

function dateBacked(s: DateVal, evidence: DateVal[]): boolean {
  return evidence.some((e) => (s.y === undefined || e.y === s.y) && (s.m === undefined || e.m === s.m) && (s.d === undefined || e.d === s.d));
}

function quantityBacked(s: Quantity, evidence: Quantity[]): boolean {
  return evidence.some((e) => Math.abs(e.value - s.value) <= 1e-9 * Math.max(1, Math.abs(s.value)) && (s.unit === null || e.unit === s.unit));
}

// -------------------------------------------------------------------------------------------- names

interface CompiledKnowledge {
  aliases: { words: string[]; id: string }[];
  topicIds: Set<string>;
  topicAliases: string[][];
}

/**
 * By the entity list (with its topic): a serving worker's knowledge is a new object per answer (its `about`
 * differs) around the same names, which are compiled once.
 */
const compiled = new WeakMap<object, { topic: Knowledge['topic']; c: CompiledKnowledge }>();

function compile(k: Knowledge): CompiledKnowledge {
  const hit = compiled.get(k.entities);
  if (hit && hit.topic === k.topic) return hit.c;
  let c: CompiledKnowledge;
  const aliases: CompiledKnowledge['aliases'] = [];
  const wordsOf = (s: string) => tokenize(prefold(s)).map((t) => t.w);
  const usable = (w: string[]) => w.length > 0 && !(w.length === 1 && (STOPWORDS.has(w[0]) || w[0].length < 2));
  const topicAliases = k.topic.map(wordsOf).filter(usable);
  const topicIds = new Set<string>();
  for (const e of k.entities) {
    const forms = [e.name, ...e.aliases].map(wordsOf).filter(usable);
    for (const w of forms) aliases.push({ words: w, id: e.id });
    if (forms.some((f) => topicAliases.some((t) => t.join(' ') === f.join(' ')))) topicIds.add(e.id);
  }
  for (const t of topicAliases) aliases.push({ words: t, id: '#topic' });
  aliases.sort((a, b) => b.words.length - a.words.length || b.words.join(' ').length - a.words.join(' ').length);
  c = { aliases, topicIds, topicAliases };
  compiled.set(k.entities, { topic: k.topic, c });
  return c;
}

/** Entity mentions in a token list: longest alias first, no overlaps. */
function findEntities(tokens: Token[], ck: CompiledKnowledge): { id: string; from: number; to: number }[] {
  const used = new Array<boolean>(tokens.length).fill(false);
  const found: { id: string; from: number; to: number }[] = [];
  for (const a of ck.aliases) {
    const k = a.words.length;
    for (let i = 0; i + k <= tokens.length; i++) {
      let hit = true;
      for (let j = 0; j < k && hit; j++) hit = !used[i + j] && tokens[i + j].w === a.words[j];
      if (!hit) continue;
      for (let j = 0; j < k; j++) used[i + j] = true;
      found.push({ id: a.id, from: i, to: i + k });
    }
  }
  return found.sort((x, y) => x.from - y.from);
}

// ------------------------------------------------------------------------------ negation and modality

type Mood = 'neg' | 'hedge' | 'future';

function moodOf(w: string): Mood | null {
  if (NEGATIONS.has(w)) return 'neg';
  if (HEDGES.has(w)) return 'hedge';
  if (FUTURES.has(w)) return 'future';
  return null;
}

/** Each negation, hedge or "will" in a text: the token it is, and the next three content words it applies to (to the clause's end). */
function cues(tokens: Token[]): { mood: Mood; at: number; scope: number[] }[] {
  const out: { mood: Mood; at: number; scope: number[] }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const mood = moodOf(tokens[i].w);
    if (!mood) continue;
    // "no longer", "not only": the cue still scopes what follows.
    const scope: number[] = [];
    for (let j = i + 1; j < tokens.length && scope.length < 3; j++) {
      if (/[,.;:!?()“”"—–]/.test(tokens[j].gapBefore) || moodOf(tokens[j].w)) break; // the clause, or the next cue's own
      if (STOPWORDS.has(tokens[j].w) || AUX.has(tokens[j].w)) continue;
      scope.push(j);
    }
    out.push({ mood, at: i, scope });
  }
  return out;
}

/** For each token, the moods whose scope it is in. Cues are not content themselves. */
function scopes(tokens: Token[]): Set<Mood>[] {
  const out = tokens.map(() => new Set<Mood>());
  for (const c of cues(tokens)) for (const j of c.scope) out[j].add(c.mood);
  return out;
}

// ---------------------------------------------------------------------------------------- the check

interface Evidence {
  tokens: Token[];
  moods: Set<Mood>[];
  texts: Token[][]; // per excerpt quote, for quotations
  dates: DateVal[];
  quantities: Quantity[];
  entityIds: Set<string>;
  anyMood: Set<Mood>;
  /** Each cited article's date with its outlet's words, for dates given as a source label. */
  published: { date: DateVal; outlet: string[] }[];
  /** Words that may back a name: the excerpts' words and their titles' capitalised words. */
  nameWords: Set<string>;
}

function evidenceOf(excerpts: readonly Excerpt[], ck: CompiledKnowledge): Evidence {
  const tokens: Token[] = [];
  const moods: Set<Mood>[] = [];
  const texts: Token[][] = [];
  const dates: DateVal[] = [];
  const quantities: Quantity[] = [];
  const entityIds = new Set<string>();
  const anyMood = new Set<Mood>();
  const published: { date: DateVal; outlet: string[] }[] = [];
  const nameWords = new Set<string>();
  for (const x of excerpts) {
    // What the model was shown for this excerpt (the quote, its title, outlet, date and kind), and the
    // deterministic answer's own words about it. The article's date is handled below.
    const parts = [x.quote, x.title ?? '', x.source ?? 'outlet unknown', x.published ? '' : 'undated', x.kind === 'generated' ? 'MACHINE-GENERATED' : x.kind ?? '', ...(x.labels ?? [])];
    const own: DateVal[] = [];
    for (const [i, part] of parts.entries()) {
      if (i === 1) {
        // The title names who the article is about ("He joined…" under "Alibaba Cloud CTO Jingren Zhou"), but
        // its words are not the excerpt's: names only.
        const t = tokenize(prefold(part));
        for (const e of findEntities(t, ck)) entityIds.add(e.id);
        for (const tok of t) if (tok.cap) nameWords.add(tok.w);
        continue;
      }
      const f = extractFigures(prefold(part));
      // A label's copy of the article's date is the source label, not a date the excerpt states.
      for (const d of f.dates) if (!(i >= 5 && x.published && isoOf(d) === x.published)) own.push(withYear(d, x.published));
      quantities.push(...f.quantities);
      const t = tokenize(f.rest);
      const m = scopes(t);
      tokens.push(...t);
      moods.push(...m);
      if (i === 0) texts.push(tokenize(prefold(part).replace(/\[\d+\]/g, ' ')));
      for (const tok of t) {
        const mood = moodOf(tok.w);
        if (mood) anyMood.add(mood);
      }
      for (const e of findEntities(t, ck)) entityIds.add(e.id);
    }
    for (const d of x.dates ?? []) {
      const p = parseIso(d);
      if (p) own.push(p);
    }
    for (const id of x.entities ?? []) entityIds.add(id);
    // The article's date backs a sentence's date when the excerpt states none of its own (as the
    // deterministic answer dates it), or when the sentence gives it as the source's date ("Bowang Finance, 2026-03-06").
    const pub = x.published ? parseIso(x.published) : null;
    dates.push(...own, ...(own.length || !pub ? [] : [pub]));
    if (pub) published.push({ date: pub, outlet: tokenize(prefold(x.source ?? 'outlet unknown')).map((t) => t.w) });
  }
  for (const t of tokens) nameWords.add(t.w);
  return { tokens, moods, texts, dates, quantities, entityIds, anyMood, published, nameWords };
}

/** Quoted spans of three or more words in the sentence ("…", “…”). */
function quotations(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(/“([^”]+)”|"([^"]+)"/g)) {
    const q = m[1] ?? m[2];
    if (tokenize(q).length >= 3) out.push(q);
  }
  return out;
}

function containsRun(hay: Token[], needle: Token[]): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j].w !== needle[j].w) continue outer;
    return true;
  }
  return false;
}

/**
 * Whether `sentence` says only what `excerpts` (the excerpts it cites) say. Pure and deterministic.
 * `knowledge` supplies entity aliases and the corpus subject; without it, names must occur as written.
 */
export function supported(sentence: string, excerpts: readonly Excerpt[], knowledge: Knowledge = NO_KNOWLEDGE): Verdict {
  if (!excerpts.length) return { ok: false, check: 'words', detail: 'no cited excerpt' };
  const ck = compile(knowledge);
  const ev = evidenceOf(excerpts, ck);
  const text = prefold(sentence);

  // 4. Quotations, word for word in one excerpt.
  for (const q of quotations(text)) {
    const qt = tokenize(q.replace(/\[\d+\]/g, ' '));
    if (!ev.texts.some((t) => containsRun(t, qt))) return { ok: false, check: 'quote', detail: q };
  }

  // 1–2. Numbers and dates.
  const fig = extractFigures(text);
  for (const d of fig.dates) if (!dateBacked(d, ev.dates) && !sourceLabel(text, d, ev)) return { ok: false, check: 'date', detail: d.text.trim() };
  for (const q of fig.quantities) if (!quantityBacked(q, ev.quantities)) return { ok: false, check: 'number', detail: q.text };

  const tokens = tokenize(fig.rest);
  const ents = findEntities(tokens, ck);
  const inEntity = new Array<boolean>(tokens.length).fill(false);
  for (const e of ents) for (let i = e.from; i < e.to; i++) inEntity[i] = true;
  const evWords = new Set(ev.tokens.map((t) => t.w));

  // 3. Named entities through any alias; the subject freely.
  for (const e of ents) {
    if (e.id === '#topic' || ck.topicIds.has(e.id)) continue;
    if (!ev.entityIds.has(e.id)) return { ok: false, check: 'name', detail: tokens.slice(e.from, e.to).map((t) => t.raw).join(' ') };
  }
  // ...and any other capitalised name: a run of capitalised words, each of which must occur in the excerpts.
  // A lone capitalised word at the start of a clause is an ordinary word ("Meanwhile", "Summary").
  for (let i = 0; i < tokens.length; ) {
    if (!tokens[i].cap || inEntity[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && tokens[j].cap && !inEntity[j] && /^\s*$/.test(tokens[j].gapBefore)) j++;
    const run = tokens.slice(i, j);
    const name = run.length === 1 && run[0].initial ? [] : run.filter((t) => !STOPWORDS.has(t.w) && !moodOf(t.w));
    const missing = name.find((t) => !ev.nameWords.has(t.w));
    if (missing) return { ok: false, check: 'name', detail: run.map((t) => t.raw).join(' ') };
    i = j;
  }

  // 5. Negation and modality, on the words they apply to.
  const sMoods = scopes(tokens);
  const occurrences = (t: Token) => ev.tokens.map((e, k) => [e, k] as const).filter(([e]) => related(e.s, t.s));
  // What is negated / hedged / future here must be so in the excerpts too: for each cue, at least one of the
  // words it applies to is, where the excerpts have those words at all (scopes are word windows, not parses).
  for (const c of cues(tokens)) {
    const check = c.mood === 'neg' ? 'negation' : 'modality';
    const scoped = c.scope.filter((i) => !inEntity[i]).map((i) => tokens[i]);
    const found = scoped.map(occurrences).filter((o) => o.length);
    const detail = [tokens[c.at], ...scoped].map((t) => t.raw).join(' ');
    if (found.length && !found.some((occ) => occ.some(([, k]) => ev.moods[k].has(c.mood)))) return { ok: false, check, detail };
    if (!found.length && !ev.anyMood.has(c.mood)) return { ok: false, check, detail };
  }
  // A plain claim is not backed by words the excerpts only negate or hedge.
  for (const [i, t] of tokens.entries()) {
    if (inEntity[i] || STOPWORDS.has(t.w) || moodOf(t.w) || AUX.has(t.w)) continue;
    const occ = occurrences(t);
    if (!occ.length) continue;
    for (const mood of ['neg', 'hedge'] as const) {
      if (sMoods[i].has(mood)) continue;
      if (occ.every(([, k]) => ev.moods[k].has(mood))) return { ok: false, check: mood === 'neg' ? 'negation' : 'modality', detail: `${t.raw} (the excerpt has it ${mood === 'neg' ? 'negated' : 'hedged'})` };
    }
  }

  // 6. Content words.
  let units = 0;
  let covered = 0;
  for (const e of ents) {
    if (e.id === '#topic' || ck.topicIds.has(e.id)) continue;
    units++;
    covered++; // checked above
  }
  const evStems = [...new Set(ev.tokens.map((t) => t.s))];
  const missing: string[] = [];
  for (const [i, t] of tokens.entries()) {
    if (inEntity[i] || STOPWORDS.has(t.w) || AUX.has(t.w) || moodOf(t.w) || t.w.length < 2) continue;
    units++;
    if (evWords.has(t.w) || evStems.some((s) => related(s, t.s))) covered++;
    else if (verbLike(t.w) || CLAIM_WORDS.has(t.s) || predicate(tokens, i, inEntity)) return { ok: false, check: 'words', detail: `“${t.raw}” is not in the excerpts` };
    else missing.push(t.raw);
  }
  const coverage = units ? covered / units : 1;
  if (coverage < SUPPORT_THRESHOLD) return { ok: false, check: 'words', detail: `only ${Math.round(coverage * 100)}% of its words are in the excerpts (not: ${missing.slice(0, 6).join(', ')})`, coverage };
  return { ok: true, coverage };
}

/**
 * A date given as where it comes from, not as when something happened: the cited article's date right after its
 * outlet ("(Bowang Finance, 2026-03-06, analysis)") or after "published" / "article date" / "dated".
 */
function sourceLabel(text: string, d: DateVal, ev: Evidence): boolean {
  const before = tokenize(text.slice(Math.max(0, (d.at ?? 0) - 60), d.at ?? 0)).map((t) => t.w);
  return ev.published.some((p) => {
    if (!dateBacked(d, [p.date]) || d.y === undefined) return false;
    const tail = before.slice(-Math.max(p.outlet.length, 2));
    const endsWith = (w: string[]) => w.length > 0 && tail.slice(-w.length).join(' ') === w.join(' ');
    return endsWith(p.outlet) || endsWith(['published']) || endsWith(['dated']) || endsWith(['published', 'on']) || endsWith(['article', 'date']);
  });
}

function isoOf(d: DateVal): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return d.m === undefined ? `${d.y}` : d.d === undefined ? `${d.y}-${p(d.m)}` : `${d.y}-${p(d.m)}-${p(d.d)}`;
}

/** For tests: the normalised dates and amounts a text states. */
export function figuresOf(text: string): { dates: string[]; quantities: { value: number; unit: string | null }[] } {
  const f = extractFigures(prefold(text));
  return {
    dates: f.dates.map((d) => (d.y === undefined ? `--${d.m ? String(d.m).padStart(2, '0') : '??'}${d.d ? `-${String(d.d).padStart(2, '0')}` : ''}` : isoOf(d))),
    quantities: f.quantities.map((q) => ({ value: q.value, unit: q.unit })),
  };
}
