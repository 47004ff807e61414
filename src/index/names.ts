// People and organisations learned from the articles themselves: a small name grammar over
// capitalised word sequences, cues from the words around each name, coreference of short forms
// within an article, and clustering of name forms across articles. entities.yaml and topic.yaml
// only add what no text reveals.
import type { Doc, Passage } from '../corpus/types.ts';
import type { EntitiesFile } from '../corpus/schema.ts';
import { ACRONYM_TITLES, TITLES_BEFORE_NAMES, COMPANY_WORDS, LEGAL_FORMS, OPENERS, TITLE_ACRONYMS, DEMONYMS, isDemonym, NEVER_NAMES, ORG_SUFFIXES, TITLE_RE } from './lexicon.ts';
import { escapeRegExp, fold, isVerbForm, levenshtein } from './normalize.ts';
import { sameGivenName } from './same-person.ts';
import { hanziForms } from './hanzi.ts';
import { hangulForms } from './hangul.ts';
import { isEnglish } from './english.ts';

export type EntityType = 'person' | 'organisation';

export interface EntitySpec {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  note: string | null;
  /** True when the entity came only from the text (no curated hint). */
  learned: boolean;
}

export interface Mention {
  id: string;
  start: number; // offsets into the passage text
  end: number;
  /** A pronoun or short form resolved to the entity, not its name written out. */
  ref?: true;
}

export interface Topic {
  name: string;
  aliases: string[];
}

// One capitalised token: a word ("Altman", "D'Angelo", "Desmond-Hellmann", "OpenAI", "McCauley", "France-KLM"),
// an initial ("M."), or an all-caps acronym. Joined by single spaces into a candidate name.
// A lowercase syllable after a hyphen belongs to the name ("Ji-hoon", "Ing-wen"), unless it is an
// English word that makes a modifier of it ("Altman-led", "Musk-owned").
const SYLLABLE = String.raw`-(?!(?:led|run|era|based|owned|born|style|like|made|level|wide|free|only|type|class|sized|size|year|old|up|in|out|off|on|and|the|to|funded|backed|linked|owned|esque|ish)(?![\p{L}]))\p{Ll}{2,5}(?![\p{L}-])`;
// A web address's ending is part of a name too: "Binance.US", "Booking.com", "Character.AI".
const DOMAIN = String.raw`(?:\.(?:com|net|org|io|ai|AI|US|us|co|uk|UK)(?![\p{L}\p{N}]))?`;
// (…and a company's letters joined by "+" before a word of its name: "A+E Networks"; by "&" anywhere: "Texas A&M",
// "AT&T", "S&P"; and a brand's lowercase opening before a capital: "easyJet", "eBay".)
const TOKEN = String.raw`(?:\p{Lu}{1,3}\+\p{Lu}{1,3}(?= \p{Lu}\p{Ll})|\p{Lu}{1,3}&\p{Lu}{1,3}(?![\p{L}\p{N}])|(?<![\p{L}])\p{Ll}{1,4}\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}+)*(?![\p{L}\p{N}])|\p{Lu}\.|\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{Lu}?[\p{Ll}\p{M}]+|-\p{Lu}[\p{Ll}\p{M}]+|-\p{Lu}{2,6}\d?(?![\p{L}])|${SYLLABLE})*(?:\p{Lu}[\p{Ll}\p{M}]*)*${DOMAIN}|\p{Lu}{2,6}\d?(?:-\p{Lu}{2,6}\d?(?![\p{L}]))?)`;
// Name particles between capitalised words: "Anneke de Vries", "Ludwig van Beethoven", "Bin Salman".
const PARTICLE = '(?:de|van|von|der|den|da|di|du|del|della|dos|das|la|le|bin|ibn|al|ter|ten|zu|af)';
// French and Italian elide an article into the name: "d'OpenAI", "l'Oréal", "dell'Università".
const SPAN = new RegExp(`(?:(?<=(?<![\\p{L}])(?:[dl]|dell|all|nell|qu)['’])|(?<![\\p{L}\\p{N}'’-]))${TOKEN}(?: (?:${PARTICLE} ){0,2}${TOKEN})*(?![\\p{L}\\p{N}])`, 'gu');
// (In an English sentence, "e" and "y" join a name too, "Joaquim Silva e Luna", "Ortega y Gasset": there they are
// no word of the sentence's own, as they would be in Portuguese, Italian or Spanish, "Conti e Genish".)
const SPAN_JOINED = new RegExp(SPAN.source.replace(`(?:${PARTICLE} )`, `(?:(?:${PARTICLE}|e|y) )`), 'gu');
const ENGLISH = /\b(?:the|and|of|was|is|said|has)\b/g;
const ROMANCE = /\b(?:il|della|che|los|las|el|não|um|uma|para|com|por|ha|sono|dei|gli|una|con)\b/i;
const PRONOUN = /\b(?:he|she|his|her|him|hers)\b/i;
const FEMININE = /^(?:she|her|hers)$/i;
const PERSON_VERBS = /^(?:\s*\([^)]{1,40}\))?\s*(?:,\s*who\b|\s+who\b|\s+(?:said|says|wrote|writes|told|tells|added|explained|explains|observes|observed|noted|argued|recalled|thanked|resigned|quit|stepped down|posted|tweeted|joined|himself|herself)\b|,\s+(?:\d+|a|an|the|another|one|his|her)\b)/;
const TITLE_LAST = new RegExp(`(?:${TITLE_RE.source})\\W*$`, 'i');
const TITLE_SOON = new RegExp(`^(?:\\S+\\s+){0,4}(?:${TITLE_RE.source})`, 'i');
const TITLE_OF = new RegExp(`(?:${TITLE_RE.source})\\s+(?:of|at)\\s+(?:the\\s+)?$`, 'i');
const TITLE_IN = new RegExp(`\\b(?:a|an|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${TITLE_RE.source})\\s+in$`, 'iu');
const ORG_AFTER = /^(?:'s|’s)?\s+(?:board|shares|stock|said it|announced|has been acquired|which)\b/;

interface Occurrence {
  doc: number; // index into docs
  passage: Passage;
  start: number;
  end: number;
  text: string; // the name as written (trimmed of possessive)
  key: string; // folded form
  tokens: string[]; // folded tokens
  person: number; // cue votes
  org: number;
  headline: boolean;
}

export interface LearnOptions {
  hints: EntitiesFile;
  topic: Topic | null;
}

export interface Learned {
  entities: EntitySpec[];
  /** Mentions by passage id. */
  mentions: Mention[][];
}

// Names repeat across a corpus: fold each distinct form once (per process; forms are short strings).
const folded = new Map<string, string>();
const foldKey = (s: string) => {
  let k = folded.get(s);
  if (k === undefined) {
    // ("A+E": one word, not an initial and a letter.)
    k = fold(s).replace(/(?<=\p{L})\+(?=\p{L})/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (folded.size > 200_000) folded.clear();
    folded.set(s, k);
  }
  return k;
};
const isInitial = (t: string) => /^\p{Lu}\.$/u.test(t);
// "III" in "John J. Ray III" is a generation, not an acronym.
/** "XIV" in "Leo XIV", "III" in "John J. Ray III": a regnal or generational number. */
const ROMAN = /^(?=[IVXLC]{1,6}$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const isAcronym = (t: string) => /^\p{Lu}{2,6}\d?$/u.test(t) && !ROMAN.test(t);

/** Counts how a word is written across the corpus: lowercase vs capitalised mid-sentence. */
function wordShapes(passages: Passage[]): ((w: string) => boolean) & { everLower: (w: string) => boolean } {
  const lower = new Map<string, number>();
  const capMid = new Map<string, number>();
  // An acronym written in capitals inside a sentence in mixed case ("the WHO director-general"): a name
  // even when the same letters in lowercase are a common word ("who").
  const acronymMid = new Map<string, number>();
  const word = /[\p{L}][\p{L}'’-]*/gu;
  for (const p of passages) {
    const t = p.text;
    word.lastIndex = 0;
    let first = true;
    const mixed = /\p{Ll}{3}/u.test(t);
    for (let m = word.exec(t); m; m = word.exec(t)) {
      const w = m[0];
      const k = w.toLowerCase();
      // (Not a run of capitals, "READ MORE: …", a label or a shouted phrase.)
      if (mixed && !first && isAcronym(w) && !/\p{Lu}{2,}\s+$/u.test(t.slice(Math.max(0, m.index - 12), m.index)) && !/^\s+\p{Lu}{2,}\b/u.test(t.slice(m.index + w.length, m.index + w.length + 12))) acronymMid.set(k, (acronymMid.get(k) ?? 0) + 1);
      // ("easyJet", "eBay": a capital inside after a lowercase opening is a brand's, no common word's.)
      if (/^\p{Ll}{1,4}\p{Lu}\p{Ll}/u.test(w)) capMid.set(k, (capMid.get(k) ?? 0) + 1);
      else if (w[0] !== w[0].toUpperCase()) lower.set(k, (lower.get(k) ?? 0) + 1);
      else if (!first) {
        // Capitalised after ". " or ": " starts a sentence or a label, not a name.
        let i = m.index - 1;
        while (i >= 0 && t.charCodeAt(i) === 32) i--;
        const c = t[i];
        if (c !== '.' && c !== '!' && c !== '?' && c !== ':') capMid.set(k, (capMid.get(k) ?? 0) + 1);
      }
      first = false;
    }
  }
  // A word is common when the corpus writes it lowercase at least as often as capitalised mid-sentence.
  const common = (w: string) => {
    const k = w.toLowerCase().replace(/['’]s$/, '');
    // (Three letters or more: "MS Dhoni", "KL Rahul" open with a person's initials.)
    if (k.length >= 3 && isAcronym(w.replace(/['’]s$/, '')) && (acronymMid.get(k) ?? 0) >= 3) return false;
    if (NEVER_NAMES.has(k)) return true;
    const lo = lower.get(k) ?? 0;
    return lo > 0 && lo >= (capMid.get(k) ?? 0);
  };
  // …and written lowercase somewhere at all ("losing"; never "Boeing", "Beijing", "Sterling").
  return Object.assign(common, { everLower: (w: string) => (lower.get(w.toLowerCase()) ?? 0) > 0 });
}

/** "Jun Seki", "Jan Dreesen": a month's short form that is also a given name, before a name word. */
// (Not after a word of time, "In Jun Harbour Motors named", nor closing a range of months, "between Jan and Jun
// Kestrel sold": there the month is a month.)
function givenMonth(toks: string[], before = ''): boolean {
  return toks.length >= 2 && /^(?:Jan|Jun)$/.test(toks[0]) && /^\p{Lu}\p{Ll}+$/u.test(toks[1]) && !NEVER_NAMES.has(toks[1].toLowerCase()) &&
    !/(?:\b(?:in|until|till|since|through|between|early|late|mid|last|next|this|each|every|during)|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(?:and|to|or|through)|[-–—])\s*$/i.test(before);
}

const GERMAN_WORDS = new Set('der die das und ist nicht mit für von den dem des zu auf im sich ein eine einen einer wird wurde nach bei auch als aus über hat sind war zum zur'.split(' '));

/** Share of a text's words that are German function words. */
function germanShare(text: string): number {
  const ws = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return ws.length ? ws.filter((w) => GERMAN_WORDS.has(w)).length / ws.length : 0;
}

/** A line written in title case is a headline: names there are matched, never discovered. */
function isHeadlineCase(text: string): boolean {
  if (/[.!?]["”’)\]]*$/.test(text)) return false; // a headline ends without a full stop
  const ws = text.match(/\p{L}{3,}/gu) ?? [];
  if (ws.length < 2) return false;
  const caps = ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length;
  return ws.length >= 4 ? caps >= 0.6 : caps === 1 && !/[.!?]$/.test(text);
}

function personCue(before: string, after: string): number {
  let v = 0;
  const prev = before.trimEnd();
  // "CEO Sam Altman", "analyst Li Wei", "Dr. Zhou": a title right before the name.
  const lastWords = prev.split(/\s+/).slice(-3).join(' ');
  if (/\b(?:mr|mrs|ms|dr|prof|sir|dame)\.?$/i.test(prev) || (/\b(?:pope|cardinal|archbishop|bishop|king|queen|prince|princess|sheikh|emir|patriarch)$/i.test(prev) && !/\p{Lu}[\p{Ll}'’-]+\s+\S+$/u.test(prev))) v += 3;
  // ("will lead Apple Foundation Models", "to head Siri": a title word after "will" or "to" is a verb.)
  else if (TITLE_RE.test(lastWords) && TITLE_LAST.test(prev) && !/\b(?:will|would|to|shall|can|could|may|might|must)\s+\S+$/i.test(prev)) v += 2;
  // "die Nachfolge von Bernd Osterloh", "Nachfolger von …", "folgt auf …": the one succeeded is a person.
  // (…and in English: "succeeding Jens Stoltenberg", "takes over from Jens Stoltenberg", "successor to …".)
  else if (/\b(?:Nachfolge von|Nachfolger(?:in)? von|Vorgänger(?:in)?|folgt auf|folgte auf|succeed(?:s|ed|ing)?|t(?:ook|akes?|aking) over from|successor to|predecessor,?)$/i.test(prev)) v += 2;
  // "the team again has a dedicated head in Zhou Hao", "found a new CEO in Jane Doe".
  else if (TITLE_IN.test(prev)) v += 2;
  if (PERSON_VERBS.test(after)) v += 1;
  // "Amar Subramanya spent most of his career at Google": a sentence that opens on the name and refers
  // back to it as he or she before naming anything else.
  if ((!prev || /[.!?]["”’)]?$/.test(prev)) && /^[^\p{Lu}.;!?]*?\b(?:he|she|his|her|him)\b/u.test(after)) v += 1;
  // "Mira Murati, formerly chief technology officer of OpenAI": a title in apposition.
  const appos = /^(?:\s*\([^)]{1,40}\))?\s*(?:,|—|–| -)\s*((?:(?:the|a|an|another|one of|its|his|her|former|formerly|then|now|currently|longtime|\p{Lu}[\p{L}'’.-]*(?:'s|’s)?)\s+){0,4}[^,.;]{0,40})/u.exec(after);
  if (appos && TITLE_SOON.test(appos[1]) && !/^\s*(?:which|that|where|when)\b/.test(appos[1])) v += 2;
  return v;
}

function orgCue(text: string, tokens: string[], before: string, after: string): number {
  // "the Glazer family", "the Murdoch brothers", "the Glazers": a family is people, not an organisation.
  if (/^\s+(?:family|families|brothers|sisters|siblings|dynasty|clan|household)\b/i.test(after) || (tokens.length === 1 && /\p{Ll}s$/u.test(text) && /\bthe\s*$/i.test(before) && /^\s+(?:family|own|owned|control|controlled|still|have|had|are|were)\b/i.test(after))) return 0;
  let v = 0;
  if (ORG_SUFFIXES.has(tokens[tokens.length - 1]) && tokens.length > 1) v += 3;
  if (tokens.length === 1 && isAcronym(text)) v += 1;
  if (ORG_AFTER.test(after)) v += 1;
  // "Meta Platforms is breaking its AI organisation …": what refers back to it is "its".
  if (/^\s+(?:is|was|has|had|will|would|said|says)\s+(?:[\p{Ll}-]+\s+){0,3}its\b/u.test(after)) v += 1;
  // ("swore in Bashiru Ally", "sworn in": a person made to take an oath, not a place.)
  if (/\b(?:at|in|from|the|a|an|joined|rival|company|firm|startup|maker|lab|called)\s*$/i.test(before) && !/\b(?:swore|swears|sworn|swear|swearing|ushered|voted|phased)\s+in\s*$/i.test(before)) v += 1;
  // "hedge fund Third Point", "Loeb's hedge fund, Third Point", "the utility Eskom": a kind of organisation before its name.
  if (/\b(?:fund|bank|insurer|investor|retailer|broadcaster|airline|carrier|newspaper|publisher|utility|regulator|watchdog|conglomerate|carmaker|automaker|chipmaker|manufacturer|chain|exchange|lender|brokerage|consultancy|miner)\s*$/i.test(before) ||
    /['’]s\s+(?:[\p{Ll}-]+\s+)?(?:fund|company|firm|bank|group|party|club|team|foundation|charity|start-?up)\s*,\s*$/iu.test(before)) v += 2;
  // "MP for South West Norfolk", "minister for Levelling Up": a seat or a brief, not a person.
  if (/\b(?:mp|member of parliament|senator|congress(?:man|woman)|minister|secretary|spokes(?:man|woman|person)|candidate)\s+for\s*$/i.test(before)) v += 3;
  // "founded Walden International", "invested in Gloo", "acquired Veltrix": what one founds or buys is an organisation.
  if (/\b(?:founded|co-?founded|launched|acquired|bought|invested in|backed|investor in|spun off|merged with)\s*$/i.test(before)) v += 2;
  if (/^\s*,\s*which\b/.test(after)) v += 1;
  // "former CEO of Rockwell Collins", "chief scientist at Thinking Machines": a title's organisation.
  if (/\b(?:of|at)\s+(?:the\s+)?$/i.test(before) && TITLE_OF.test(before)) v += 3;
  return v;
}

/** Organisation words that are also surnames: "David Steel, 93," is a person where only people's cues surround him. */
const SURNAME_SUFFIXES = new Set(['steel']);


/** Countries' names, in English and their own languages, that no person's name carries. */
const COUNTRY_WORDS = new Set('italia italy españa espana spain deutschland germany france brasil brazil méxico mexico argentina portugal nederland netherlands belgique belgium polska poland sverige sweden norge norway danmark denmark suomi finland österreich austria schweiz suisse switzerland ireland éire scotland england wales britain japan nippon china korea india canada australia russia ukraine türkiye turkey greece hellas europe africa asia oceania qatar samoa egypt niger nigeria iran iraq syria lebanon'.split(' '));

/** Names an institution carries across "of"/"for": "University of Pennsylvania", "Department for Education". */
const INSTITUTION_HEADS = new Set('university college school faculty division bank department ministry office institute academy museum court federation confederation association society church republic kingdom bureau agency council commission committee chamber centre center foundation fund house assembly league dicastery congregation tribunal secretary union alliance coalition movement front congress organisation organization party'.split(' '));
/** Words before an institution's name that are no part of it: "the former Bank of England", "a new Ministry of …". */
const NOT_NAME_ADJECTIVES = /^(?:the|a|an|this|that|its|his|her|their|our|former|ex|then|new|incoming|outgoing|acting|interim|late|current|previous|next|rival|both|each|every|when|while|after|before|at|in|on|for|with|by|from|to|as|and|but|or|if|under|last|first)$/i;
/** …and on across "and" when its fields follow: "Faculty of Arts and Sciences", "Department of Health and Human Services". */
const FIELD_TAILS = new Set('sciences science arts studies services service affairs technology engineering humanities letters medicine development resources security trade industry innovation culture sport sports media research policy planning management welfare justice skills freedoms freedom liberty democracy progress reform peace unity solidarity prosperity'.split(' '));
/** …and across "and": "Competition and Markets Authority". */
const AND_TAILS = new Set('authority authorities commission committee council board department ministry office agency institute foundation society association union party'.split(' '));

/** Spans of one passage joined where an institution's name runs across "of", "for" or "and". */
function joinInstitutions(p: Passage, spans: { start: number; end: number; text: string }[]): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const sp of spans) {
    const prev = out[out.length - 1];
    const gap = prev ? p.text.slice(prev.end, sp.start) : '';
    const last = (t: string) => t.split(' ').pop()!.toLowerCase();
    const joins = prev && (
      (/^ (?:of|for|of the) $/.test(gap) && INSTITUTION_HEADS.has(last(prev.text))) ||
      // ("Match of the Day", "Player of the Year": one word each side of "of the", neither a title, is one name.)
      (gap === ' of the ' && !prev.text.includes(' ') && !sp.text.includes(' ') && !TITLE_RE.test(prev.text) && !/^\p{Lu}+$/u.test(prev.text)) ||
      (/^ (?:and|&) $/.test(gap) && AND_TAILS.has(last(sp.text)) && !ORG_SUFFIXES.has(last(prev.text)) && prev.text.split(' ').length <= 2) ||
      // ("Bush School of Government and Public Service": the head before "of" may follow a name, and a word the
      // corpus writes lowercase, dropped from the span, may open the field.)
      (/^ (?:and|&) (?:\p{Lu}\p{Ll}+ )?$/u.test(gap) && / (?:of|for) /.test(prev.text) && INSTITUTION_HEADS.has(last(prev.text.split(/ (?:of|for) /)[0])) && FIELD_TAILS.has(last(sp.text))));
    if (joins) {
      out[out.length - 1] = { start: prev.start, end: sp.end, text: p.text.slice(prev.start, sp.end) };
      continue;
    }
    // The head may be a word the corpus also writes lowercase, so no span of its own: "University of
    // Pennsylvania", "Competition and Markets Authority".
    const lead = /(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+)\s+(?:(of|for|of the)|(and|&))\s+$/u.exec(p.text.slice(Math.max(0, sp.start - 30), sp.start));
    const covered = prev && prev.end > sp.start - 30;
    if (lead && !covered && ((lead[2] && INSTITUTION_HEADS.has(lead[1].toLowerCase())) || (lead[3] && AND_TAILS.has(last(sp.text))))) {
      const start = sp.start - lead[0].length;
      out.push({ start, end: sp.end, text: p.text.slice(start, sp.end) });
    } else out.push(sp);
  }
  return out;
}

/** Candidate names in one passage, trimmed of leading common words and possessives. */
function candidates(p: Passage, common: ((w: string) => boolean) & { everLower?: (w: string) => boolean }, curated: Set<string> = new Set()): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const span = (p.text.match(ENGLISH)?.length ?? 0) >= 2 && !ROMANCE.test(p.text) ? SPAN_JOINED : SPAN;
  span.lastIndex = 0;
  for (let m = span.exec(p.text); m; m = span.exec(p.text)) {
    let start = m.index;
    let toks = m[0].split(' ');
    // A name the curator gave opening the span keeps its first word ("New Zealand", "New Zealand First"
    // are not "Zealand").
    // (Wherever it starts: "Winston Peters's New Zealand First", "With New Zealand First".)
    // (Only when the curator gave names: most corpora have none, and this runs for every span.)
    const curatedAt = new Set(curated.size && toks.length > 1 ? [...toks.keys()].filter((i) => [...toks.keys()].some((k) => k > i && curated.has(foldKey(toks.slice(i, k + 1).join(' ').replace(/['’]s$/, ''))))) : []);
    // ("RM6 billion", "Rp5 trillion": a currency's letters before a sum are no name.)
    if (/^(?:RM|Rp|Rs|R\$|HK\$|US\$)\d/.test(toks[0])) continue;
    let cut = 0; // leading words stripped so far
    // Leading words the corpus writes lowercase are titles or sentence openers ("Former", "Chief"); so is
    // a gerund opening a sentence ("Losing Vincent Gao hurt").
    const opening = start === 0 || /[.!?:;"“]\s*$/.test(p.text.slice(Math.max(0, start - 3), start));
    // "Department of Home Affairs", "Ministry of Foreign Affairs": after an institution's "of", the words
    // are its name ("Home" stays), to be joined to it below.
    // …and so after a post's: "Minister for Home Affairs".
    const inst = /(\p{L}+)\s+(?:of|for)\s+(?:the\s+)?$/u.exec(p.text.slice(Math.max(0, start - 30), start));
    const named = !!inst && ((/^\p{Lu}/u.test(inst[1]) && INSTITUTION_HEADS.has(inst[1].toLowerCase())) || /^(?:minister|secretary)$/i.test(inst[1]));
    // ("the New Development Bank": "New" capitalised mid-sentence begins a name of three words or more;
    // a two-word "New York" is left as it was, since "New" alone there made worse entities.)
    const newName = !opening && toks.length >= 3 && toks[0] === 'New';
    // ("L'équipe de M. Curry", "L'avenir du Néerlandais": a French article elided before a common noun,
    // and "M."/"Mme" before a surname, are no part of a name; "L'Oréal" and "D'Angelo" keep theirs.)
    while (toks.length > 1 && !curatedAt.has(cut) && (/^\p{Lu}['’]\p{Ll}/u.test(toks[0]) || (/^(?:M\.|Mme|Mlle)$/.test(toks[0]) && /^\p{Lu}\p{Ll}/u.test(toks[1])) || (cut > 0 && /^(?:de|du|des)$/.test(toks[0])))) {
      start += toks[0].length + 1;
      toks = toks.slice(1);
      cut++;
    }
    // ("the Central Bank of Nigeria", "the Supreme Court of Kenya": an adjective opening an institution's
    // full name stays, though the corpus also writes "central bank" in lowercase.)
    const formal = toks.length === 2 && INSTITUTION_HEADS.has(toks[1].toLowerCase()) && !NOT_NAME_ADJECTIVES.test(toks[0]) && !opening &&
      /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(p.text.slice(start + toks.join(' ').length, start + toks.join(' ').length + 12));
    while (toks.length && !named && !newName && !formal && !curatedAt.has(cut) && !givenMonth(toks, p.text.slice(Math.max(0, start - 24), start)) && (common(toks[0]) || ACRONYM_TITLES.has(toks[0].toLowerCase()) || (TITLES_BEFORE_NAMES.has(toks[0].toLowerCase()) && toks.length > 1) || (opening && OPENERS.has(toks[0].toLowerCase())) || (opening && toks.length >= 3 && /^\p{Lu}\p{Ll}{2,}ing$/u.test(toks[0]) && (!!common.everLower?.(toks[0]) || isVerbForm(toks[0]))))) {
      start += toks[0].length + 1;
      toks = toks.slice(1);
      cut++;
    }
    // "Minister of Economic Affairs Vilhelm Junnila": after a post's "of", the portfolio's words (ones the
    // corpus also writes lowercase) end where a name of two words or more begins.
    // (Not an institution's name: "the secretary of the State Security Council".)
    if (named && /^(?:minister|secretary)$/i.test(inst![1]) && toks.length >= 3 && !INSTITUTION_HEADS.has(toks[toks.length - 1].toLowerCase()) && !ORG_SUFFIXES.has(toks[toks.length - 1].toLowerCase())) {
      const j = toks.findIndex((t) => !common(t));
      if (j >= 1 && toks.length - j >= 2) {
        start += toks.slice(0, j).join(' ').length + 1;
        toks = toks.slice(j);
        cut += j;
      }
    }
    // A name the curator gave ("Microsoft AI" in topic.yaml) stays whole.
    const whole = toks.join(' ').replace(/['’]s$/, '');
    if (toks.length > 1 && curated.has(foldKey(whole))) {
      out.push({ start, end: start + whole.length, text: whole });
      continue;
    }
    // An acronym title inside splits the span ("Alibaba CEO Eddie Wu" → "Alibaba", "Eddie Wu").
    // So does a possessive ("Alibaba's Qwen" → "Alibaba", "Qwen").
    const monthLed = givenMonth(toks, p.text.slice(Math.max(0, start - 24), start));
    const parts: string[][] = [[]];
    for (const [j, t] of toks.entries()) {
      // "Education Minister Lee Ju-ho", "President Yoon Suk Yeol": a title word (and the portfolio before
      // it) ahead of a name of two words or more is no part of the name.
      if (WORD_TITLES.has(t.toLowerCase()) && toks.length - j - 1 >= (SOLE_TITLES.test(t) ? 1 : 2) && !ORG_SUFFIXES.has(toks[toks.length - 1].toLowerCase()) && !/['’]s$/.test(t)) {
        // (…but an institution's name before it stays one: "Bank of Japan Governor Kazuo Ueda", "ECB President
        // Christine Lagarde".)
        const prior = parts[parts.length - 1];
        const institution = prior.length > 0 && ((named && parts.length === 1) || prior.includes('of') || /^\p{Lu}{2,5}$/u.test(prior.join(' ')) || (prior.length > 1 && ORG_SUFFIXES.has(prior[prior.length - 1].toLowerCase())));
        // (A second title word, "Secretary General", leaves what the first kept.)
        if (!institution && prior.length > 0) parts.length = 0;
        if (prior.length > 0 || !parts.length) parts.push([]);
        continue;
      }
      // "making Frydenberg Treasurer": a title word after a name ends it.
      if (j > 0 && j === toks.length - 1 && /^(?:treasurer|chancellor|premier|speaker)$/i.test(t) && !SOLE_TITLES.test(t)) continue;
      // "Fundamental AI Research" is one name; "Alibaba CEO Eddie Wu" and a trailing "Meta AI" split.
      const inner = j > 0 && j < toks.length - 1 && !TITLE_ACRONYMS.has(t.toLowerCase());
      // ("Assistant GM Ada Kelly": a title inside, before a full name. A leading one before any word was
      // stripped above, so "GM Cruise" loses its "GM"; "GM" alone stays an organisation.)
      // ("Rob Key", "Theresa May": a word that is no name alone is a surname after a given name.)
      const surname = j > 0 && SURNAME_WORDS.has(t.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(toks[j - 1]) && !NEVER_NAMES.has(toks[j - 1].toLowerCase()) && !WORD_TITLES.has(toks[j - 1].toLowerCase());
      if ((ACRONYM_TITLES.has(t.toLowerCase()) && !inner) || (TITLES_BEFORE_NAMES.has(t.toLowerCase()) && j <= toks.length - 3) || (NEVER_NAMES.has(t.toLowerCase()) && !isInitial(t) && !surname && !(j === 0 && monthLed) && !(isAcronym(t) && !common(t)) && !((named && j === 0 && toks.length > 1) || ((newName || formal) && j === 0) || curatedAt.has(j + cut)))) parts.push([]);
      else if (/['’]s$/.test(t)) parts[parts.length - 1].push(t), parts.push([]);
      else parts[parts.length - 1].push(t);
    }
    let offset = start;
    for (const [i, part] of parts.entries()) {
      const raw = part.join(' ');
      if (part.length) {
        const at = p.text.indexOf(raw, offset);
        let text = raw.replace(/['’]s$/, '');
        while (text.endsWith('.') && !isInitial(text.split(' ').pop()!)) text = text.slice(0, -1);
        const tokens = text.split(' ');
        const allCommon = tokens.every((t) => common(t) || isInitial(t));
        // "a Dutch maker": a nationality alone; "SEOUL —": a dateline's place.
        // …and "North American", "South Korean": a region's people, in two words.
        // ("Welsh, 69, is a retired general", "Welsh said": a nationality's word with a person's age or speech is a surname.)
        const surnamed = tokens.length === 1 && /^(?:,\s+\d{1,3},|\s+(?:said|says|told|added)\b)/.test(p.text.slice(at + text.length)) && !/\bthe\s+$/i.test(p.text.slice(Math.max(0, at - 5), at));
        const alone = (tokens.length === 1 && ((isDemonym(text.toLowerCase()) && !surnamed) || (at <= 1 && /^\p{Lu}+$/u.test(text) && /^\s*(?:\([^)]*\)\s*)?[—–-]/u.test(p.text.slice(at + text.length))))) ||
          (tokens.length === 2 && /^(?:north|south|east|west|central|latin|northern|southern|eastern|western)$/i.test(tokens[0]) && DEMONYMS.has(tokens[1].toLowerCase()));
        // "Prime Minister", "Vice President", "Finance Minister": a title alone names no one.
        // (Its other words qualify the post: "Stephanie Pope" and "Dominic King" are people.)
        // (…and so does one written alone, "the Speaker and the caretaker government", where it is no surname too.)
        const titleAlone = (tokens.length >= 2 && tokens.length <= 3 && WORD_TITLES.has(tokens[tokens.length - 1].toLowerCase()) && tokens.slice(0, -1).every((w) => TITLE_MODIFIERS.has(w.toLowerCase()))) ||
          (tokens.length === 1 && /^(?:speaker|president|chancellor|governor|premier|chairman|chairwoman|chairperson|commissioner|ambassador|prosecutor|senator|secretary|minister|congressman|congresswoman)$/i.test(text));
        if (text.length >= 2 && (!allCommon || (formal && i === 0)) && !alone && !titleAlone && !(tokens.length === 1 && isInitial(text))) out.push({ start: at, end: at + text.length, text });
        offset = at + raw.length;
      }
      if (i < parts.length - 1) offset = p.text.indexOf(' ', offset) + 1 || offset;
    }
  }
  return joinInstitutions(p, out);
}

/** Words that are never a name alone but are surnames after a given name ("Rob Key", "Theresa May", "Thomas More"). */
const SURNAME_WORDS = new Set(['key', 'may', 'more', 'head', 'read', 'march']);
/** Titles written before a name ("Finance Minister Choi Sang-mok", "Governor Gavin Newsom"). */
const WORD_TITLES = new Set(('minister president secretary chancellor governor mayor senator premier chairman chairwoman commissioner ambassador judge justice prosecutor speaker congressman congresswoman representative treasurer attorney-general director-general secretary-general ' +
  'pope cardinal archbishop bishop king queen prince princess sheikh emir patriarch ' +
  // A rank, and the second word of "Secretary General Ada Vale": "General Qamar Javed Bajwa" is Qamar Javed Bajwa.
  'general admiral colonel marshal').split(' '));
/** Words that qualify a title ("Prime Minister", "Acting President", "Foreign Secretary"). */
const TITLE_MODIFIERS = new Set('prime vice deputy acting interim caretaker foreign finance defence defense home education health justice interior trade transport energy culture first chief senior former shadow lord grand crown'.split(' '));
/** Titles that stand before a single name or a regnal one ("Pope Francis", "King Charles III"). */
const SOLE_TITLES = /^(?:pope|cardinal|archbishop|bishop|king|queen|prince|princess|sheikh|emir|patriarch)$/i;

function slug(name: string): string {
  return fold(name).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'entity';
}

/** Learns the corpus's people and organisations and finds their mentions in every passage. */
export function learnEntities(docs: Doc[], opts: LearnOptions): Learned {
  const passages = docs.flatMap((d) => d.passages);
  const common = wordShapes(passages);
  // Whether every use of a word comes after "the" ("the Falwells", never "Falwells said").
  const afterTheOnly = (form: string) => {
    const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(form)}(?![\\p{L}])`, 'gu');
    let n = 0;
    for (const p of passages) for (const m of p.text.matchAll(re)) {
      if (!/\bthe\s+$/i.test(p.text.slice(Math.max(0, m.index! - 5), m.index))) return false;
      n++;
    }
    return n > 0;
  };
  // "Armenia" beside "Armenian", "Kenya" beside "Kenyan": a place whose people or things the corpus names
  // after it (written alone at least twice).
  const placeNamed = new Set<string>();
  {
    const bases = new Set<string>();
    const alone = new Map<string, number>();
    for (const p of passages) {
      // ("Singapore" beside "Singaporeans" too.)
      for (const m of p.text.matchAll(/(?<![\p{L}])(\p{Lu}\p{Ll}{3,}a)ns?(?![\p{L}])/gu)) bases.add(m[1]);
      for (const m of p.text.matchAll(/(?<![\p{L}])(\p{Lu}\p{Ll}{3,}e)ans?(?![\p{L}])/gu)) bases.add(m[1]);
      for (const m of p.text.matchAll(/(?<![\p{L}])(\p{Lu}\p{Ll}{3,}[ae])(?![\p{L}])/gu)) alone.set(m[1], (alone.get(m[1]) ?? 0) + 1);
    }
    for (const b of bases) if ((alone.get(b) ?? 0) >= 2) placeNamed.add(foldKey(b));
  }
  const occs: Occurrence[] = [];
  // German capitalises every noun: in a corpus that is not all German, its articles' names are
  // matched to those learned elsewhere, never discovered there ("Finanzchef", "Softwarekonzern VMware").
  const german = docs.map((d) => germanShare(d.passages.map((p) => p.text).join(' ')) > 0.06);
  const curated = new Set([...opts.hints.organisations, ...opts.hints.people].flatMap((h) => [h.name, ...h.aliases]).concat(opts.topic ? [opts.topic.name, ...opts.topic.aliases] : []).map(foldKey));
  const mineGerman = german.every(Boolean);
  docs.forEach((d, di) => {
    for (const p of d.passages) {
      const headline = isHeadlineCase(p.text) || (german[di] && !mineGerman);
      for (const c0 of candidates(p, common, curated)) {
        // German prose joins a noun to a name by an article word: "Nachfolge von Bernd Osterloh" is
        // "Bernd Osterloh" after "Nachfolge von".
        let c = c0;
        if (german[di]) {
          const ws = c0.text.split(' ');
          const k = ws.map((w) => GERMAN_WORDS.has(w.toLowerCase())).lastIndexOf(true);
          if (k >= 0 && ws.length - k - 1 >= 2) {
            const cut = ws.slice(0, k + 1).join(' ').length + 1;
            c = { start: c0.start + cut, end: c0.end, text: ws.slice(k + 1).join(' ') };
          }
        }
        const before = p.text.slice(Math.max(0, c.start - 40), c.start);
        const after = p.text.slice(c.end, c.end + 90);
        const tokens = foldKey(c.text).split(' ').filter(Boolean);
        if (!tokens.length) continue;
        // Still a name in German prose: one a title introduces ("Cheftrainer Julian Nagelsmann"), or one
        // shaped like an organisation's ("FC Bayern München", "Porsche AG").
        const germanName = german[di] && !isHeadlineCase(p.text) && tokens.length >= 2 && !tokens.some((t) => GERMAN_WORDS.has(t)) &&
          (personCue(before, after) >= 2 || c.text.split(' ').some((t) => /^\p{Lu}{2,4}$/u.test(t)));
        const muted = headline && !germanName;
        occs.push({
          doc: di, passage: p, start: c.start, end: c.end, text: c.text, key: tokens.join(' '), tokens,
          person: muted ? 0 : personCue(before, after), org: orgCue(c.text, tokens, before, after), headline: muted,
        });
      }
    }
  });

  // "the Honda-Nissan deal": two names joined by a hyphen, each written alone elsewhere in the corpus,
  // are two mentions ("Desmond-Hellmann", whose halves never stand alone, stays one name).
  const alone = new Map<string, number>();
  for (const o of occs) if (o.tokens.length === 1) alone.set(o.key, (alone.get(o.key) ?? 0) + 1);
  for (let i = occs.length - 1; i >= 0; i--) {
    const o = occs[i];
    const m = /^(\p{Lu}[\p{L}]+)-(\p{Lu}[\p{L}]+)$/u.exec(o.text);
    if (!m) continue;
    const [a, b] = [foldKey(m[1]), foldKey(m[2])];
    if ((alone.get(a) ?? 0) < 2 || (alone.get(b) ?? 0) < 2) continue;
    occs.splice(i, 1,
      { ...o, end: o.start + m[1].length, text: m[1], key: a, tokens: [a], person: 0 },
      { ...o, start: o.start + m[1].length + 1, text: m[2], key: b, tokens: [b], person: 0 });
  }

  // Curated hints first: their forms and types win over anything learned.
  const specs: EntitySpec[] = [];
  const byForm = new Map<string, EntitySpec>(); // folded alias → entity
  const addForm = (e: EntitySpec, form: string) => {
    const k = foldKey(form);
    if (!k || byForm.has(k)) return;
    byForm.set(k, e);
    if (!e.aliases.includes(form)) e.aliases.push(form);
  };
  // A learned entity found to be another: it goes, its forms become the other's.
  const foldInto = (e: EntitySpec, into: EntitySpec) => {
    specs.splice(specs.indexOf(e), 1);
    for (const a of e.aliases) {
      byForm.delete(foldKey(a));
      addForm(into, a);
    }
  };
  // Name order does not matter for people ("Zhou Jingren" = "Jingren Zhou").
  const orderKey = (tokens: string[]) => [...tokens].sort().join(' ');
  const byOrder = new Map<string, EntitySpec>();
  const register = (e: EntitySpec) => {
    specs.push(e);
    for (const a of [...e.aliases]) addForm(e, a);
    if (e.type === 'person') for (const a of e.aliases) {
      const t = foldKey(a).split(' ');
      if (t.length >= 2 && !byOrder.has(orderKey(t))) byOrder.set(orderKey(t), e);
    }
  };
  for (const h of opts.hints.people) register({ id: h.id, name: h.name, type: 'person', aliases: [h.name, ...h.aliases], note: h.note ?? null, learned: false });
  for (const h of opts.hints.organisations) register({ id: h.id, name: h.name, type: 'organisation', aliases: [h.name, ...h.aliases], note: h.note ?? null, learned: false });
  if (opts.topic) {
    // "The Otters" is written "the Otters" and "Otters" too: the article is no part of the name.
    const forms = [opts.topic.name, ...opts.topic.aliases].flatMap((a) => (/^the\s+\S/i.test(a) ? [a, a.replace(/^the\s+/i, '')] : [a]));
    // "the Qwen Team", "Qwen Team": the subject's people are the subject.
    if (!/\bteam$/i.test(opts.topic.name)) forms.push(`${opts.topic.name} Team`);
    const found = forms.map((a) => byForm.get(foldKey(a))).find(Boolean);
    if (found) for (const a of forms) addForm(found, a);
    else register({ id: slug(opts.topic.name), name: opts.topic.name, type: 'organisation', aliases: forms, note: null, learned: false });
  }

  // Single words used alone: organisations ("OpenAI"), or short forms of a person's name ("Murati").
  const singles = new Map<string, { n: number; person: number; org: number; form: string; inside: number }>();
  for (const o of occs) {
    if (o.tokens.length !== 1 || o.headline) continue;
    const s = singles.get(o.key) ?? { n: 0, person: 0, org: 0, form: o.text, inside: 0 };
    s.n++;
    // Written capitalised inside a sentence, not only where every word is ("Turnout was 72.8 per cent").
    if (!/^[\W\d]*$|[.!?:;]["”’)*]*\s*$/.test(o.passage.text.slice(0, o.start))) s.inside++;
    s.person += o.person;
    s.org += o.org;
    singles.set(o.key, s);
  }
  // Outlets named as a document's source are organisations, whatever their shape.
  const outlets = docs.map((d) => (d.source ? foldKey(d.source) : '')).filter(Boolean);
  const isOutlet = (key: string) => outlets.some((o) => ` ${o} `.includes(` ${key} `) || key.split(' ').every((t) => ` ${o} `.includes(` ${t} `)));

  // One person under all these forms: the one a form already names, else a new person called `name`.
  const onePerson = (name: string, forms: string[]) => {
    const known = forms.map((f) => byForm.get(foldKey(f))).find(Boolean);
    if (known) for (const f of forms) addForm(known, f);
    else register({ id: '', name, type: 'person', aliases: forms, note: null, learned: true });
  };
  // Nicknames given in quotes, by their person's full form, for the nickname alone below.
  const nicknames = new Map<string, string>();
  for (const p of passages) {
    // 'Lawrence "Larry" Kellner', "Robert 'Kelly' Ortberg": one person, two given names.
    for (const m of p.text.matchAll(/(?<![\p{L}])(\p{Lu}[\p{Ll}]+) ["“‘']\s?(\p{Lu}[\p{Ll}]+)\s?["”’'] (\p{Lu}[\p{L}'’-]+)/gu)) {
      // ('General "Omar" Tiani': a title, no given name.)
      if (WORD_TITLES.has(m[1].toLowerCase())) continue;
      onePerson(`${m[2]} ${m[3]}`, [`${m[1]} ${m[3]}`, `${m[2]} ${m[3]}`, `${m[1]} ${m[2]} ${m[3]}`]);
      nicknames.set(m[2], `${m[2]} ${m[3]}`);
    }
  }
  // "… known universally as", "known in New Zealand as", "known to most fans as": how widely, before "as".
  const KNOWN_AS = String.raw`(?:(?:better|widely|universally|popularly|also)\s+)?known(?:\s+(?:universally|widely|in\s+\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)?|to\s+[^,.;"“]{1,30}?))?\s+as|who goes by|nicknamed`;
  const KNOWN_FULL = new RegExp(String.raw`(?<![\p{L}])((?:\p{Lu}\p{Ll}+ ){1,3})(\p{Lu}[\p{L}'’-]+),? (?:[^,.;]{0,40}?\s)?(?:${KNOWN_AS}) ["“]?(\p{Lu}\p{Ll}+)\b(?! \p{Lu})`, 'gu');
  const KNOWN_SURNAME = new RegExp(String.raw`(?<![\p{L}])(\p{Lu}[\p{L}'’-]+), (?:[^,.;]{0,40}?\s)?(?:${KNOWN_AS}) ["“]?(\p{Lu}\p{Ll}+)\b(?! \p{Lu})`, 'gu');
  // (The short name alone is theirs only when it is no short form of the given name, "Josh" for Joshua, nor a
  // word the corpus writes in lowercase, "Will": "Razor", "Fozzie", "Fico".)
  const nicknameAlone = (nick: string, given: string) => !nicknames.has(nick) && nick.length >= 3 && !common(nick) && !sameGivenName(nick.toLowerCase(), given.toLowerCase());
  const bodyWord = (w: string) => ORG_SUFFIXES.has(w.toLowerCase()) || COMPANY_WORDS.has(w.toLowerCase()) || INSTITUTION_HEADS.has(w.toLowerCase()) || /^industr(?:y|ies)$/i.test(w);
  let docStart = 0; // where the current article's passages begin
  for (const [i, p] of passages.entries()) {
    if (i > 0 && passages[i - 1].doc !== p.doc) docStart = i;
    // "Mary Elizabeth Truss, known as Liz", "Robert Ortberg, who goes by Kelly": the short name with the surname.
    // (…and the short name alone, as headlines write it: "Razor's first Test".)
    for (const m of p.text.matchAll(KNOWN_FULL)) {
      // ("Hon Hai Precision Industry, known as Foxconn", "the Interior Ministry, known as Gobernación": a body's.)
      if (bodyWord(m[2])) continue;
      onePerson(`${m[3]} ${m[2]}`, [`${m[1]}${m[2]}`, `${m[3]} ${m[2]}`, `${m[1].trim().split(' ').pop()} ${m[2]}`]);
      if (nicknameAlone(m[3], m[1].trim().split(' ')[0])) nicknames.set(m[3], `${m[3]} ${m[2]}`);
    }
    // "Foster, universally known in New Zealand as Fozzie": the surname of a full name the article gave before.
    for (const m of p.text.matchAll(KNOWN_SURNAME)) {
      if (bodyWord(m[1])) continue;
      const earlier = passages.slice(docStart, i).map((x) => x.text).join('\n');
      const full = [...earlier.matchAll(new RegExp(String.raw`(?<![\p{L}])((?:\p{Lu}\p{Ll}+ ){1,2})${escapeRegExp(m[1])}(?![\p{L}])`, 'gu'))].pop();
      if (!full) continue;
      onePerson(`${full[1]}${m[1]}`, [`${full[1]}${m[1]}`, `${m[2]} ${m[1]}`]);
      if (nicknameAlone(m[2], full[1].trim().split(' ')[0])) nicknames.set(m[2], `${m[2]} ${m[1]}`);
    }
  }

  // "Pope Francis", "King Charles III": the one name a sole title stands before is a person's.
  for (const p of passages) {
    // (Not "Stephanie Pope" or "Dominic King": a surname after a given name.)
    for (const m of p.text.matchAll(/(?<![\p{L}]|\p{Lu}[\p{Ll}'’-]+ )(Pope|King|Queen|Prince|Princess|Sheikh|Emir|Patriarch) (\p{Lu}\p{Ll}+(?: [IVXLC]{1,6})?)(?![\p{L}'’-]| \p{Lu})/gu)) {
      onePerson(m[2], [m[2], `${m[1]} ${m[2]}`]);
    }
  }
  // "Eddie Wu, whose Chinese name is Wu Yongming", "Zhang Yong, the former chief executive better known as
  // Daniel Zhang", "Tsai, whose name is written Cai Chongxin": one person. A surname alone is the person
  // the article last named in full with it.
  const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+`;
  // …and "Prevost, who took the name Leo XIV": one person under a new name.
  const SAME = new RegExp(String.raw`(?<![\p{L}])((?:${NAME} ){0,2}${NAME})(?! \p{Lu}),? (?:whose (?:(?:Chinese|English|full|real|birth|legal|Mandarin|Cantonese|pinyin) )?name is (?:written |spelled |spelt |rendered )?|(?:[^,.;]{0,60}?\s)?(?:better |also |widely )?known (?:in (?:Chinese|English|Mandarin) )?as |(?:[^,.;]{0,60}?\s)?(?:took|chose|adopted|takes|chooses|has taken|will take) the (?:papal |regnal |religious )?name |(?:[^,.;]{0,30}?\s)?born )(${NAME} (?:${NAME}|[IVXLC]{1,6})(?: ${NAME})?)\b`, 'gu');
  for (const d of docs) {
    let earlier = '';
    for (const p of d.passages) {
      for (const m of p.text.matchAll(SAME)) {
        // ("Cardinal Anna Berg Lindqvist": the title is no part of the name.)
        let first = m[1].split(' ').filter((w, i, all) => !(i < all.length - 1 && WORD_TITLES.has(w.toLowerCase()))).join(' ');
        if (!first.includes(' ')) {
          const full = [...(earlier + p.text.slice(0, m.index)).matchAll(new RegExp(String.raw`(?<![\p{L}])((?:${NAME} ){1,2})${first}\b`, 'gu'))].pop();
          if (!full) continue;
          first = `${full[1]}${first}`;
        }
        onePerson(first, [first, m[2]]);
      }
      earlier += `${p.text}\n`;
    }
  }
  // "Morrison, who is widely known by the nickname ScoMo": one word, the person the article named in full.
  const NICK = new RegExp(String.raw`(?<![\p{L}])(${NAME}),? (?:who is |who's )?(?:widely |better |popularly |also )?(?:nicknamed|known by the (?:nick)?name) ["“]?(\p{Lu}[\p{L}]{2,})\b`, 'gu');
  for (const d of docs) {
    let earlier = '';
    for (const p of d.passages) {
      for (const m of p.text.matchAll(NICK)) {
        // (The full name already learned: "Scott Morrison" rather than a title before it, "Treasurer Scott".)
        const fulls = [...(earlier + p.text.slice(0, m.index)).matchAll(new RegExp(String.raw`(?<![\p{L}])((?:${NAME} ){1,2})${m[1]}\b`, 'gu'))]
          .reverse().flatMap((f) => [`${f[1]}${m[1]}`, `${f[1].trim().split(' ').pop()} ${m[1]}`])
          .map((f) => f.split(' ').filter((w, i, all) => !(i < all.length - 1 && WORD_TITLES.has(w.toLowerCase()))).join(' ')).filter((f) => f.includes(' '));
        const full = fulls.find((f) => byForm.get(foldKey(f))?.type === 'person') ?? fulls[0];
        if (full) onePerson(full, [full, m[2]]);
      }
      earlier += `${p.text}\n`;
    }
  }
  for (const p of passages) {
    // "Craig Federighi … so well known for his silver mane that fans call him Hair Force One": the
    // nickname the sentence gives the person it opens on.
    const m = /^(\p{Lu}[\p{Ll}'’-]+ \p{Lu}[\p{L}'’-]+)\b[^.;]{0,160}?\b(?:call|calls|called|dub|dubs|dubbed|nickname|nicknamed)\s+(?:him|her)\s+["“]?((?:\p{Lu}[\p{L}'’-]*\s?){1,4})["”]?/u.exec(p.text);
    if (m) onePerson(m[1], [m[1], m[2].trim()]);
  }
  // Votes per multi-word name across the corpus (order-free for people).
  const votes = new Map<string, { person: number; org: number; n: number; forms: Map<string, number> }>();
  for (const o of occs) {
    if (o.headline || o.tokens.length < 2 || o.tokens[0].length === 1 || isInitial(o.text.split(' ').pop()!)) continue;
    const k = orderKey(o.tokens);
    const v = votes.get(k) ?? { person: 0, org: 0, n: 0, forms: new Map() };
    v.person += o.person;
    v.org += o.org;
    v.n++;
    v.forms.set(o.text, (v.forms.get(o.text) ?? 0) + 1);
    votes.set(k, v);
  }
  const personWords = new Set<string>();
  const lastNames = new Set<string>(); // the surnames of names of two words or more that read only as people's
  const addLastName = (form: string) => {
    const t = form.split(' ').map((x) => foldKey(x)).filter((x) => !/^(?:jr|sr|ii|iii|iv)\.?$/.test(x));
    if (t.length >= 2) lastNames.add(t.at(-1)!);
  };
  // The initials of the given names of names written out in full and read as people's, by surname: "kp" for
  // "Khadga Prasad Sharma Oli" ("JP Morgan" is no person beside Jennifer Morgan: one given name is no "JP").
  const givenInitials = new Map<string, Set<string>>();
  for (const [k, v] of votes) {
    if (k.split(' ').length < 3 || v.person <= v.org || [...v.forms.keys()].some((f) => f.split(' ').some(isAcronym))) continue;
    for (const f of v.forms.keys()) {
      const w = f.split(' ').map((x) => foldKey(x));
      const set = givenInitials.get(w.at(-1)!) ?? givenInitials.set(w.at(-1)!, new Set()).get(w.at(-1)!)!;
      for (let n = 2; n <= Math.min(3, w.length - 1); n++) set.add(w.slice(0, n).map((x) => x[0]).join(''));
    }
  }
  for (const [k, v] of [...votes.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const forms = [...v.forms.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const existing = byOrder.get(k) ?? forms.map(([f]) => byForm.get(foldKey(f))).find(Boolean);
    if (existing) {
      for (const [f] of forms) addForm(existing, f);
      if (existing.type === 'person') for (const t of k.split(' ')) personWords.add(t);
      if (existing.type === 'person' && v.person > v.org) addLastName(forms[0][0]);
      continue;
    }
    const toks = forms[0][0].split(' ').map((t) => foldKey(t));
    // An organisation word last ("Alibaba Cloud", "Tongyi Lab"), an outlet, or an acronym makes an
    // organisation; so does a word the corpus uses alone as an organisation, unless the words
    // around the name say person. Otherwise two or three name-like words are a person's name.
    const camel = forms.flatMap(([f]) => f.split(' ')).some((t) => /^\p{Lu}\p{Ll}+\p{Lu}/u.test(t) && !/^(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|O|El|Al|Ben|Abu|Bin|Du|Fitz)\p{Lu}/u.test(t));
    // "Paris Saint-Germain", "San Francisco": a saint's name makes a place or a club, not a person.
    // Four words or more make an organisation, unless the last is a generation ("John J. Ray III").
    const generation = /^(?:jr|sr)\.?$/.test(toks[toks.length - 1]) || ROMAN.test(forms[0][0].split(' ').pop()!);
    // (…unless a name particle joins them, "Luiz Inácio Lula da Silva", or only people's cues surround it.)
    const particled = forms[0][0].split(' ').slice(1, -1).some((t) => new RegExp(`^${PARTICLE}$`).test(t));
    // (…nor "Andrés Manuel López Obrador", whose last two words are written alone as a person's name.)
    const surnames = votes.get(toks.slice(-2).sort().join(' '));
    const longName = toks.length > 3 && !generation && !particled && !(v.person >= 2 && v.org === 0) && !(v.person >= 3 * Math.max(1, v.org) && !!surnames && surnames.person > surnames.org);
    // ("Forza Italia", "Italia Viva", "Italian Social Movement": a country's name, or a nationality leading
    // three words, makes a party or a body, not a person.)
    // (…and so does a place the corpus names its people after: "Bright Armenia" beside "Armenian", "Our
    // Singapore Conversation" beside "Singaporeans".)
    const national = toks.some((t) => COUNTRY_WORDS.has(t)) || (toks.length >= 3 && DEMONYMS.has(toks[0])) || (toks.length === 2 && toks.some((t) => placeNamed.has(t)));
    const saintWord = (t: string) => /^(?:saint|st|sainte|san|santa|sankt)(?:[-\s]|$)/.test(t);
    // (…unless only people's cues surround it; one is enough for a given name and a hyphened saint's name,
    // a French surname: "Laurent Saint-Cyr, a businessman who …".)
    const surnamed = toks.length === 2 && !saintWord(toks[0]) && /^(?:Saint|Sainte)-\p{Lu}/u.test(forms[0][0].split(' ')[1]);
    const saintly = toks.some(saintWord) && !(v.org === 0 && v.person >= (surnamed ? 1 : 2));
    // ("JT Batson is chief executive", "Chief executive JT Batson": two initials run together as a given
    // name, where only people's cues surround it, and strongly: "FC Porto said" is a club.)
    // (…and so are they before a surname the corpus gives a person by a fuller name: "KP Sharma Oli" beside
    // "K.P. Sharma Oli".)
    const initialled = /^\p{Lu}{2}$/u.test(forms[0][0].split(' ')[0]) && ((toks.length === 2 && v.person >= 3 && v.org === 0) ||
      (toks.length <= 3 && !!givenInitials.get(toks.at(-1)!)?.has(foldKey(forms[0][0].split(' ')[0]).replace(/\s+/g, '')) && v.org <= v.person));
    // ("Jun Park": a given name first makes "Park" a surname.)
    // ("Christian Democrat lawmaker", "Social Democrats": a party's member named by its name, no one's name.)
    const partisan = toks.length >= 2 && /^(?:democrats?|republicans?|socialists?|conservatives?|communists?|liberals?|nationalists?|unionists?|greens)$/.test(toks[toks.length - 1]);
    const orgShaped = camel || national || saintly || partisan || (ORG_SUFFIXES.has(toks[toks.length - 1]) && !givenMonth(forms[0][0].split(' ')) && !(SURNAME_SUFFIXES.has(toks[toks.length - 1]) && v.person >= 2 && v.org === 0)) || isOutlet(k) || (!initialled && forms[0][0].split(' ').some(isAcronym)) || longName ||
      (toks.length >= 3 && INSTITUTION_HEADS.has(toks[0]) && /^(?:of|for)$/.test(toks[1]));
    const orgWord = toks.some((t) => { const s = singles.get(t); return !!s && s.n >= 2 && s.person === 0 && s.org > 0; });
    // "Boeing Defense", "Alibaba Cloud": led by a word the corpus uses alone for an organisation.
    // (A surname used alone, "Wu stressed …", carries no organisation cue; "at Boeing" does.)
    const first = singles.get(toks[0]);
    const firstIsOrg = (byForm.get(toks[0])?.type === 'organisation' && !byForm.get(toks[0])!.learned) || (!!first && first.n >= 3 && first.org >= 2 && first.org >= 3 * first.person);
    // A tie between cues goes to the person: two plain name words are a name ("Ines Ruiz announced", "who founded").
    const isPerson = !orgShaped && !(firstIsOrg && v.person < 3) && (v.person > v.org || (v.person > 0 && v.person === v.org && !orgWord) || (v.org === 0 && !orgWord));
    if (isPerson && v.person > v.org) addLastName(forms[0][0]);
    if (isPerson) for (const t of k.split(' ')) personWords.add(t);
    else if (v.n < 2 && v.org < 2 && !orgShaped) continue; // a one-off capitalised phrase is not worth an entity
    register({ id: '', name: forms[0][0], type: isPerson ? 'person' : 'organisation', aliases: forms.map((f) => f[0]), note: null, learned: true });
  }
  // "R. Sampanthan", whom the corpus never names in full: an initial, then a surname no one else bears, where
  // the words around say person ("R. Sampanthan's tenure", "who had been Leader of the Opposition").
  // (Where a full name has that surname, "M. Murati" is Mira Murati, found when mentions are resolved.)
  const initialled = new Map<string, { form: string; person: number; org: number; n: number }>();
  for (const o of occs) {
    const w = o.text.split(' ');
    // (Not a run of initials cut short, "P.A. Semi", nor a word run on, "A. Semi-Custom".)
    if (o.headline || w.length !== 2 || !/^(?:\p{Lu}\.){1,3}$/u.test(w[0]) || !/^\p{Lu}\p{Ll}{2,}$/u.test(w[1]) || /[\p{L}.]$/u.test(o.passage.text.slice(0, o.start)) || /^[-\p{L}]/u.test(o.passage.text.slice(o.end))) continue;
    const last = foldKey(w[1]);
    if (lastNames.has(last) || personWords.has(last) || byForm.has(foldKey(o.text)) || byForm.has(last) || NEVER_NAMES.has(last)) continue;
    const v = initialled.get(last) ?? initialled.set(last, { form: o.text, person: 0, org: 0, n: 0 }).get(last)!;
    v.person += o.person;
    v.org += o.org;
    v.n++;
  }
  // (…and the surname alone counts: "Sampanthan, 86, said": an age in apposition is a person's.)
  for (const o of occs) {
    const v = o.tokens.length === 1 && !o.headline ? initialled.get(o.key) : undefined;
    if (!v) continue;
    v.person += o.person + (/^,\s*\d{2},/.test(o.passage.text.slice(o.end)) ? 2 : 0);
    v.org += o.org;
  }
  for (const [last, v] of [...initialled.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // (A cue of some strength: "J. Crew said … its chief executive" is a company.)
    if (v.person >= 2 && v.person > v.org) {
      register({ id: '', name: v.form, type: 'person', aliases: [v.form], note: null, learned: true });
      lastNames.add(last);
      personWords.add(last); // (so that "Sampanthan" alone is no second person)
    }
  }
  // "Alexander Boris de Pfeffel Johnson", "Michelle Johnston Holthaus": a fuller form of the one person
  // whose name words it contains in order, surname last.
  const subsequence = (short: string[], long: string[]) => {
    let i = 0;
    for (const t of long) if (t === short[i]) i++;
    return i === short.length;
  };
  // (Shorter names first: "KP Sharma Oli" folds into "KP Oli" before "Khadga Prasad Sharma Oli" looks for its one shorter form.)
  for (const e of [...specs].sort((a, b) => a.name.split(' ').length - b.name.split(' ').length)) {
    if (e.type !== 'person' || !e.learned) continue;
    const long = foldKey(e.name).split(' ');
    if (long.length < 3) continue;
    const within = specs.filter((o) => o !== e && o.type === 'person' && o.aliases.some((a) => {
      // ("K.P." folds to "k p": one token of initials, as "KP".)
      const t = /^(?:\p{Lu}\.){2,3}\s/u.test(a) ? [foldKey(a.split(' ')[0]).replace(/\s+/g, ''), ...foldKey(a.split(' ').slice(1).join(' ')).split(' ')] : foldKey(a).split(' ');
      // …or "Vincent Gao Yuchen": an English given name, the surname, then the Chinese given name.
      // …or "KP Sharma Oli", "KP Oli": the given names as initials, then later words of the name.
      const initialled = /^(?:\p{Lu}\.?){2,3}$/u.test(a.split(' ')[0]) && t[0].length < long.length - 1 && [...t[0]].every((c, i) => long[i].length > 1 && long[i][0] === c);
      return t.length >= 2 && t.length < long.length && ((t.at(-1) === long.at(-1) && (subsequence(t, long) || (initialled && subsequence(t.slice(1), long.slice(t[0].length))))) || (long.length === 3 && t.length === 2 && t[0] === long[0] && t[1] === long[1]));
    }));
    if (within.length !== 1) continue;
    foldInto(e, within[0]);
    // …whose Chinese name is then "Gao Yuchen" (either order).
    // (Only when it matched by its first two words: "Robert A. Iger" gains no "A. Iger".)
    const words = e.name.split(' ');
    const sameLast = within[0].aliases.some((a) => { const t = foldKey(a).split(' '); return a !== e.name && t.length >= 2 && t.at(-1) === long.at(-1); });
    if (words.length === 3 && !sameLast) {
      const cn = `${words[1]} ${words[2]}`;
      if (!byForm.has(foldKey(cn))) addForm(within[0], cn);
    }
  }

  // "Robert Prevost" is the "Robert Francis Prevost" another person's forms hold (he took the name Leo XIV):
  // a two-word name, the first and last words of exactly one other person's longer form.
  for (const e of [...specs]) {
    if (e.type !== 'person' || !e.learned || e.aliases.length > 2) continue;
    const short = foldKey(e.name).split(' ');
    if (short.length !== 2) continue;
    const fuller = specs.filter((o) => o !== e && o.type === 'person' && o.aliases.some((a) => {
      const t = foldKey(a).split(' ');
      return t.length >= 3 && t[0] === short[0] && t.at(-1) === short[1];
    }));
    if (fuller.length !== 1) continue;
    foldInto(e, fuller[0]);
  }

  // "The NRA Institute for Legislative Action" is the "NRA Institute for Legislative Action", and that the
  // "Institute for Legislative Action": an organisation's name with "The" before it, or with the name of the
  // organisation it belongs to before it, is that organisation (when the corpus also uses the shorter name).
  {
    const orgs = new Map<string, EntitySpec>();
    for (const e of specs) if (e.type === 'organisation') for (const a of e.aliases) if (!orgs.has(foldKey(a))) orgs.set(foldKey(a), e);
    const shorter = (e: EntitySpec): EntitySpec | undefined => {
      const t = foldKey(e.name).split(' ');
      const found = (x: string[]) => { const o = orgs.get(x.join(' ')); return o && o !== e && specs.includes(o) ? o : undefined; };
      const lead = t[0] === 'the' ? 1 : 0;
      const whole = lead && t.length >= 3 ? found(t.slice(1)) : undefined;
      if (whole) return whole;
      // (A one-word prefix only: "Federal Reserve Bank of New York" is not the "Bank of New York".)
      return t.length - lead - 1 >= 2 && found(t.slice(lead, lead + 1)) ? found(t.slice(lead + 1)) : undefined;
    };
    for (const e of [...specs].sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : 1))) {
      if (e.type !== 'organisation' || !e.learned || !specs.includes(e)) continue;
      let into = shorter(e);
      for (let n = 0; into && n < 3; n++) into = shorter(into) ?? into;
      if (into && into.learned) foldInto(e, into);
    }
  }

  // "Labor Party" is the "Australian Labor Party" the curator named, "the Communist Party" the "Czechoslovak
  // Communist Party": a learned party's name that another name gives after a nationality. (A party's only: the
  // "Central Bank" of a Turkish story is not the "European Central Bank".)
  for (const e of [...specs]) {
    if (e.type !== 'organisation' || !e.learned || !specs.includes(e)) continue;
    const k = foldKey(e.name).split(' ');
    if (k.length < 2 || !/^part(?:y|ies)$/.test(k.at(-1)!)) continue;
    const into = specs.filter((o) => o !== e && o.type === 'organisation' && o.aliases.some((a) => {
      const t = foldKey(a).split(' ');
      return t.length === k.length + 1 && isDemonym(t[0]) && t.slice(1).join(' ') === k.join(' ');
    }));
    if (into.length === 1) foldInto(e, into[0]);
  }

  // "appointed Norwegian Alf Koksvik": a nationality before a person's name the corpus writes alone is that
  // person, not a body named after a country.
  for (const e of [...specs]) {
    if (e.type !== 'organisation' || !e.learned || !specs.includes(e)) continue;
    const k = foldKey(e.name).split(' ');
    if (k.length < 3 || !isDemonym(k[0])) continue;
    const into = specs.filter((o) => o.type === 'person' && o.aliases.some((a) => foldKey(a) === k.slice(1).join(' ')));
    if (into.length === 1) foldInto(e, into[0]);
  }

  // "Khazanah Nasional Bhd" and "Khazanah Nasional Berhad" are "Khazanah Nasional": a company's legal form
  // after the name the corpus also writes without it.
  for (const e of [...specs]) {
    if (e.type !== 'organisation' || !e.learned) continue;
    const t = foldKey(e.name).split(' ');
    let n = t.length;
    while (n > 1 && LEGAL_FORMS.has(t[n - 1])) n--;
    if (n === t.length) continue;
    const bare = byForm.get(t.slice(0, n).join(' '));
    // (The legal form says company, whatever cues the bare name had: "Kestrel Nasional owns the airline".)
    // (…but not a founder the words around call a person: "Charles Schwab, who founded the brokerage" beside
    // "Charles Schwab Corp".)
    const bareVotes = votes.get(orderKey(t.slice(0, n)));
    if (bare && bare !== e && specs.includes(bare) && (bare.type === 'organisation' || (bare.learned && (bareVotes?.person ?? 0) < 2))) {
      if (bare.type === 'person') {
        bare.type = 'organisation';
        // (…and its words are no one's name: "Kestrel" alone is the company.)
        for (const w of new Set(bare.aliases.flatMap((a) => foldKey(a).split(' ')))) {
          if (!specs.some((o) => o.type === 'person' && o.aliases.some((a) => foldKey(a).split(' ').includes(w)))) personWords.delete(w);
        }
      }
      foldInto(e, bare);
    }
  }
  // "Hanbit" alone is "Hanbit Semiconductor", "Alibaba" is "Alibaba Group": the one organisation
  // its name starts with company words ("Group", "Motor Co", "Inc"); "Alibaba Cloud" is a unit and stays apart.
  const companyOf = new Map<string, EntitySpec[]>();
  const longCompanyOf = new Map<string, EntitySpec[]>();
  for (const e of specs) {
    if (e.type !== 'organisation') continue;
    for (const a of e.aliases) {
      const t = foldKey(a).split(' ');
      if (t.length >= 2 && t.length <= 3 && t.slice(1).every((w) => COMPANY_WORDS.has(w))) (companyOf.get(t[0]) ?? companyOf.set(t[0], []).get(t[0])!).push(e);
      // ("Greens" and "Green co-leaders" are the "Scottish Greens": a nationality and one word, that word alone.)
      else if (t.length === 2 && DEMONYMS.has(t[0]) && /^\p{Lu}/u.test(a.split(' ')[1])) for (const k of new Set([t[1], t[1].replace(/s$/, '')])) (companyOf.get(k) ?? companyOf.set(k, []).get(k)!).push(e);
      // ("The Magnum Ice Cream Company": a longer name ending in a company word, for a lone "Magnum"
      // already learned as an organisation only.)
      else if (t.length >= 4 && t.length <= 5 && COMPANY_WORDS.has(t[t.length - 1])) (longCompanyOf.get(t[0]) ?? longCompanyOf.set(t[0], []).get(t[0])!).push(e);
      // ("Astros" is the "Houston Astros": a team's plural name after its place, a place the corpus names
      // alone: not "Ventures" for "O'Shaughnessy Ventures", nor "Athens" for the "University of Athens".)
      else if (t.length >= 2 && t.length <= 3 && /^[a-z]{3,}s$/.test(t.at(-1)!) && !/ss$/.test(t.at(-1)!) && /^\p{Lu}/u.test(a.split(' ').at(-1)!) &&
        byForm.get(t.slice(0, -1).join(' '))?.type === 'organisation') (companyOf.get(t.at(-1)!) ?? companyOf.set(t.at(-1)!, []).get(t.at(-1)!)!).push(e);
    }
  }
  for (const [k, s] of [...singles.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // "Conservatives" is the "Conservative Party" too.
    // (A country is no company's short name: "Japan" is not "Japan Airlines".)
    const company = COUNTRY_WORDS.has(k) ? [] : [...new Set(companyOf.get(k) ?? companyOf.get(k.replace(/s$/, '')) ?? [])];
    const known = byForm.get(k);
    // Already learned on its own (a multi-word vote made it): a learned single-word organisation folds in.
    const into = company.length ? company : [...new Set(longCompanyOf.get(k) ?? [])];
    if (known && into.length === 1 && known !== into[0] && known.learned && known.type === 'organisation' && known.aliases.every((a) => foldKey(a) === k)) {
      foldInto(known, into[0]); // (its forms all fold to k)
      continue;
    }
    if (byForm.has(k) || personWords.has(k)) continue;
    // ("the Falwells", "the Murdochs": a family, a person's surname made plural, is no organisation.)
    // (…used only after "the": "Lloyds said" beside Tony Lloyd is the bank.)
    if (/\p{Ll}s$/u.test(k) && !common.everLower(k.slice(0, -1)) && (lastNames.has(k.slice(0, -1)) || (/es$/.test(k) && lastNames.has(k.slice(0, -2)))) && afterTheOnly(s.form)) continue;
    // (…unless the words around it say person throughout: "Ford" beside "Ford Motor Co" in a piece on Henry Ford.)
    if (company.length === 1 && !(s.person >= 3 && s.org === 0 && 2 * s.person >= s.n)) {
      addForm(company[0], s.form);
      continue;
    }
    if (s.n < 2 && s.org < 1) continue;
    // A word only ever capitalised at a sentence's start is a common word there, unless something says organisation.
    if (!s.inside && s.org < 2 && !isAcronym(s.form)) continue;
    const type = s.person >= 3 && s.org === 0 && !isOutlet(k) ? 'person' : 'organisation';
    if (type === 'organisation' && into.length === 1) addForm(into[0], s.form);
    else register({ id: '', name: s.form, type, aliases: [s.form], note: null, learned: true });
  }
  // 'Sergio "Checo" Perez': "Checo" alone is him too, unless it is a word of anyone else's name
  // ("Robert 'Kelly' Ortberg" beside Greg Kelly). A lone word learned as an organisation folds in.
  for (const [nick, full] of [...nicknames].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const person = byForm.get(foldKey(full));
    const k = foldKey(nick);
    if (!person || specs.some((e) => e !== person && e.type === 'person' && e.aliases.some((a) => foldKey(a).split(' ').includes(k)))) continue;
    const lone = byForm.get(k);
    if (lone && lone !== person && lone.learned && lone.type === 'organisation' && lone.aliases.every((a) => foldKey(a) === k)) foldInto(lone, person);
    else if (!lone) addForm(person, nick);
  }
  // "FAIR" is "Fundamental AI Research", "FTC" the "Federal Trade Commission": an all-caps name that
  // spells the initials of exactly one learned organisation's name (an acronym in it counts whole).
  // ("PSG" is "Paris Saint-Germain": the capitalised parts of a hyphened word count one each.)
  const initials = (name: string) => name.split(' ').flatMap((w) => (/^\p{Lu}\p{Ll}+-\p{Lu}/u.test(w) ? w.split('-') : [w])).filter((w) => !/^(?:of|for|and|the|de|du|des|la|le)$/i.test(w)).map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w[0])).join('').toUpperCase();
  // So is "SBF" Sam Bankman-Fried and "CZ" Changpeng Zhao: a person's initials (hyphened parts count).
  const personInitials = (name: string) => name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('').toUpperCase();
  // How often each entity's forms are written (the acronyms below, and the spellings after them).
  const seenTimes = new Map<string, number>();
  for (const o of occs) seenTimes.set(o.key, (seenTimes.get(o.key) ?? 0) + 1);
  const timesOf = (e: EntitySpec) => e.aliases.reduce((n, a) => n + (seenTimes.get(foldKey(a)) ?? 0), 0);
  for (const e of [...specs]) {
    if (e.type !== 'organisation' || !e.learned || e.aliases.length !== 1 || !/^\p{Lu}{2,6}$/u.test(e.name)) continue;
    const orgs = specs.filter((o) => o !== e && o.type === 'organisation' && o.aliases.some((a) => a.includes(' ') && initials(a) === e.name));
    const people = specs.filter((o) => o.type === 'person' && o.aliases.some((a) => /[\s-]/.test(a) && personInitials(a) === e.name));
    // (Two that spell it, "Securities and Exchange Commission" and a joke's "Shortseller Enrichment
    // Commission" once: the one written far more often.)
    const all = [...orgs, ...people].sort((a, b) => timesOf(b) - timesOf(a));
    const spelled = all.length === 1 || (all.length > 1 && timesOf(all[0]) >= 3 * Math.max(1, timesOf(all[1]))) ? [all[0]] : [];
    if (spelled.length !== 1) continue;
    specs.splice(specs.indexOf(e), 1);
    byForm.delete(foldKey(e.name));
    addForm(spelled[0], e.name);
  }
  // "Kate Thompson" in one article, "Kate Thomson" everywhere else: one person spelt two ways (the same
  // given name, surnames a letter apart, the rare form used at most twice and far less than the other).
  const twoWords = specs.filter((e) => e.type === 'person' && e.learned && foldKey(e.name).split(' ').length === 2);
  for (const rare of twoWords) {
    const [given, sur] = foldKey(rare.name).split(' ');
    const n = timesOf(rare);
    if (n > 2 || sur.length < 5) continue;
    const like = twoWords.filter((o) => {
      if (o === rare || !specs.includes(o)) return false;
      const [g, s] = foldKey(o.name).split(' ');
      return g === given && s !== sur && levenshtein(s, sur, 1) === 1 && timesOf(o) >= 3 * n;
    });
    if (like.length !== 1) continue;
    foldInto(rare, like[0]);
  }
  // "Big Sam" is Sam Allardyce: an English word before the given name of the one
  // person the corpus calls that, in an article that names them too.
  // (The word list is read only when a two-word name ends in someone else's given name.)
  for (const e of [...specs]) {
    if (e.type !== 'person' || !e.learned || !specs.includes(e)) continue;
    const t = e.name.split(' ');
    // (A name known in one form only: "Kelly Zhang", also "Zhang Nan", is a name of her own, not Zhang Yiming's.)
    if (t.length !== 2 || e.aliases.length !== 1) continue;
    const given = specs.filter((o) => o !== e && o.type === 'person' && o.name.split(' ').length >= 2 && o.name.split(' ')[0] === t[1]);
    if (given.length !== 1 || !(common.everLower(t[0]) || isEnglish(t[0].toLowerCase()))) continue;
    const rest = given[0].name.split(' ').slice(1); // the surname, and any name between
    const together = docs.some((d) => { const text = d.passages.map((x) => x.text).join('\n'); return text.includes(e.name) && text.includes(rest.at(-1)!); });
    // (…a given name, never written alone: "Meng" of Meng Hongwei is his family name, and "Grace Meng" his wife.)
    const alone = new RegExp(`(?<!${escapeRegExp(t[0])}\\s)\\b${escapeRegExp(t[1])}\\b(?!\\s+${escapeRegExp(rest.join(' '))})`, 'u');
    if (together && !passages.some((x) => alone.test(x.text))) foldInto(e, given[0]);
  }
  // Stable ids: curated ids kept, learned ones from their name, made unique.
  const used = new Set(specs.filter((e) => e.id).map((e) => e.id));
  for (const e of specs) {
    if (e.id) continue;
    let id = slug(e.name);
    for (let i = 2; used.has(id); i++) id = `${slug(e.name)}-${i}`;
    used.add(id);
    e.id = id;
  }
  linkParentheses(occs, byForm, addForm);
  // "吴泳铭" with no English beside it: the person whose pinyin name it spells.
  const people = new Map(specs.filter((e) => e.type === 'person').map((e) => [e.id, e.aliases]));
  const han = hanziForms(passages.map((p) => p.text), people);
  // …and "윤석열": the person whose name it sounds like, romanised.
  const hangul = hangulForms(passages.map((p) => p.text), people);
  for (const e of specs) for (const f of [...(han.get(e.id) ?? []), ...(hangul.get(e.id) ?? [])]) if (!byForm.has(foldKey(f))) addForm(e, f);

  const mentions = resolveMentions(docs, occs, specs, byForm, byOrder, passages.length);
  findCuratedPhrases(passages, specs, mentions);
  return { entities: specs, mentions };
}

/**
 * A curated form written partly in lower case ("U.S. men's national team", a topic.yaml alias): no run of
 * capitalised words finds it, so it is looked up as written. It takes the place of shorter mentions
 * inside it ("U.S").
 */
function findCuratedPhrases(passages: Passage[], specs: EntitySpec[], mentions: Mention[][]): void {
  const norm = (t: string) => t.replace(/\s+/g, ' ').replace(/’/g, "'").toLowerCase();
  const ids = new Map<string, string>();
  // (…or a number the learned names never carry: "Tokyo 2020", "Euro 2024".)
  // (…or a curated name written all in lower case, "thyssenkrupp", "bpost": its own spelling, not a common word.)
  const lowerName = (e: EntitySpec, a: string) => a === e.name && /^\p{Ll}[\p{L}\d-]{3,}$/u.test(a);
  for (const e of specs) if (!e.learned) for (const a of e.aliases) if (((/^\p{Lu}/u.test(a) && /\s(?:\p{Ll}|\d)/u.test(a)) || lowerName(e, a)) && !ids.has(norm(a))) ids.set(norm(a), e.id);
  if (!ids.size) return;
  const lowerForms = new Set(specs.flatMap((e) => (e.learned ? [] : e.aliases.filter((a) => lowerName(e, a)))));
  // Longest first, so "US men's national soccer team" wins over a form inside it.
  const alt = [...ids.keys()].sort((x, y) => y.length - x.length || (x < y ? -1 : 1))
    .map((a) => escapeRegExp(a).replace(/ /g, '\\s+').replace(/'/g, "['’]"));
  const re = new RegExp(`(?<![\\p{L}\\d])(?:${alt.join('|')})(?![\\p{L}\\d])`, 'giu');
  for (const p of passages) {
    for (const m of p.text.matchAll(re)) {
      const id = ids.get(norm(m[0]));
      // (Capitalised as the form is: not "us" in "told us men's teams …"; a lower-case name as it is written.)
      if (!id || !(/^\p{Lu}/u.test(m[0]) || lowerForms.has(m[0]))) continue;
      const start = m.index!;
      const end = start + m[0].length;
      // (A longer name already found around it stays: "Royal Spanish Football Federation".)
      if (mentions[p.id].some((x) => x.start <= start && x.end >= end)) continue;
      const out = mentions[p.id].filter((x) => x.end <= start || x.start >= end);
      out.push({ id, start, end });
      out.sort((x, y) => x.start - y.start || x.end - y.end);
      mentions[p.id] = out;
    }
  }
}

/** "Wang Xiaoming (Tony)", "Zhou Jingren (周靖人)", "Ultraleap (formerly Leap Motion)": the bracket is another form. */
function linkParentheses(occs: Occurrence[], byForm: Map<string, EntitySpec>, addForm: (e: EntitySpec, f: string) => void): void {
  for (const o of occs) {
    const e = byForm.get(o.key);
    if (!e) continue;
    const m = /^\s*\((?:formerly |also known as |aka |née |born )?([^()]{1,30})\)/.exec(o.passage.text.slice(o.end));
    if (!m) continue;
    const inner = m[1].trim();
    const cjk = /^[\u3400-\u9fff]{2,6}$/u.test(inner);
    const name = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}$/u.test(inner) && !/^[\p{Lu}\d&.-]+$/u.test(inner);
    if ((cjk || name) && !byForm.has(foldKey(inner))) addForm(e, inner);
  }
}

/**
 * Mentions per passage: full forms anywhere; a surname or given name alone, or "M. Murati", resolved
 * to the person of that name most recently named in the same article (so two Zhous stay apart),
 * else to the only person of that name in the corpus; "he"/"she" in a sentence naming nobody, to
 * the first person of the sentence before it in the same paragraph.
 */
function resolveMentions(
  docs: Doc[], occs: Occurrence[], specs: EntitySpec[], byForm: Map<string, EntitySpec>, byOrder: Map<string, EntitySpec>, count: number,
): Mention[][] {
  const mentions: Mention[][] = Array.from({ length: count }, () => []);
  const people = specs.filter((e) => e.type === 'person');
  // Word → people whose name has it (surnames and given names, multi-word forms only).
  const byWord = new Map<string, EntitySpec[]>();
  for (const e of people) for (const a of e.aliases) {
    const t = foldKey(a).split(' ');
    if (t.length < 2) continue;
    for (const w of t) {
      if (w.length < 2) continue;
      const list = byWord.get(w) ?? [];
      if (!list.includes(e)) list.push(e);
      byWord.set(w, list);
    }
  }
  // Forms in Chinese characters or Hangul: found wherever they stand (no spaces or capitals mark them).
  const cjkForms = specs.flatMap((e) => e.aliases.filter((a) => /[\u3400-\u9fff\uac00-\ud7a3]/.test(a)).map((a) => ({ a, e })));
  const occByPassage = new Map<number, Occurrence[]>();
  for (const o of occs) {
    const list = occByPassage.get(o.passage.id) ?? [];
    list.push(o);
    occByPassage.set(o.passage.id, list);
  }
  // How many articles name each person in full: a namesake quoted once in one article is not the one the
  // corpus is about ("said Yuko Watanabe, a banking analyst … no relation to the departing chief").
  const docsNaming = new Map<EntitySpec, number>();
  for (const d of docs) {
    const seen = new Set<EntitySpec>();
    for (const p of d.passages) for (const o of occByPassage.get(p.id) ?? []) {
      const e = o.tokens.length >= 2 ? byForm.get(o.key) : undefined;
      if (e?.type === 'person') seen.add(e);
    }
    for (const e of seen) docsNaming.set(e, (docsNaming.get(e) ?? 0) + 1);
  }
  for (const d of docs) {
    const recent: EntitySpec[] = []; // people named so far in this article, most recent last
    // How often each was named so far, and whether ever as a sentence's subject (its first words).
    const named = new Map<EntitySpec, { n: number; subject: boolean }>();
    // First pass: which people this article names in full (a surname before the full name still resolves).
    const inDoc = new Set<EntitySpec>();
    for (const p of d.passages) for (const o of occByPassage.get(p.id) ?? []) {
      const e = byForm.get(o.key) ?? (o.tokens.length >= 2 ? byOrder.get([...o.tokens].sort().join(' ')) : undefined);
      if (e?.type === 'person' && o.tokens.length >= 2) inDoc.add(e);
    }
    for (const p of d.passages) {
      const out = mentions[p.id];
      for (const o of occByPassage.get(p.id) ?? []) {
        let e = byForm.get(o.key) ?? (o.tokens.length >= 2 ? byOrder.get([...o.tokens].sort().join(' ')) : undefined);
        let ref = false;
        let start = o.start;
        // "Volkswagen-Vorstandsvorsitzende Herbert Diess", "Porsche-Chef Oliver Blume": a capitalised noun
        // glued to a known name (German capitalises nouns) — the name is the known tail.
        // "M. Elizabeth Magill" for Liz Magill: an initial, a given name that is hers (or its short form), her surname.
        if (!e && o.tokens.length === 3 && o.tokens[0].length === 1) {
          const [, given, surname] = o.tokens;
          const cands = (byWord.get(surname) ?? []).filter((c) => { const t = foldKey(c.name).split(' '); return t.length === 2 && t[1] === surname && sameGivenName(t[0], given); });
          if (cands.length === 1) e = cands[0];
        }
        if (!e && o.tokens.length >= 3) {
          // The written words (a hyphened "Volkswagen-Vorstandsvorsitzende" is one), so the offset is right.
          const words = o.text.split(' ');
          for (let k = 1; k <= words.length - 2 && !e; k++) {
            const tail = byForm.get(foldKey(words.slice(k).join(' ')));
            if (tail?.type === 'person') {
              e = tail;
              start = o.start + words.slice(0, k).join(' ').length + 1;
            }
          }
        }
        // A learned one-word organisation may really be a surname ("Wu"); a curated one never is.
        const shortForm = !e || (e.type !== 'person' && e.learned && o.tokens.length === 1 && byWord.has(o.key));
        if (shortForm && o.tokens.length <= 2) {
          // "Murati", "Jingren", "M. Murati", "E. Shear".
          const initial = o.tokens.length === 2 && o.tokens[0].length === 1 ? o.tokens[0] : null;
          const word = initial ? o.tokens[1] : o.tokens.length === 1 ? o.tokens[0] : null;
          if (word) {
            const cands = (byWord.get(word) ?? []).filter((c) => !initial || foldKey(c.name).split(' ').some((t) => t !== word && t.startsWith(initial)));
            // ("Zuma" alone, in an article naming Jacob Zuma and Nkosazana Dlamini-Zuma, is Jacob Zuma: a part
            // of a hyphened name is not used alone.)
            const inArticle = cands.filter((c) => inDoc.has(c));
            const whole = inArticle.filter((c) => c.aliases.some((a) => a.split(/\s+/).some((t) => foldKey(t) === word)));
            const local = whole.length ? whole : inArticle;
            let pick = [...recent].reverse().find((r) => local.includes(r)) ?? (local.length === 1 ? local[0] : null) ?? (cands.length === 1 ? cands[0] : null);
            // "…ends the acting presidency of Education Minister Lee Ju-ho. … Lee, 61, lost the 2022 election":
            // a namesake named once in passing does not take the surname from the one the article is about.
            const last = pick && named.get(pick);
            if (pick && last && last.n === 1 && !last.subject) {
              // (…nor from the one its headline names: "Pat McQuaid swaps the president's chair …" over "his son
              // Andrew McQuaid".)
              // (Its given name in any form: "Pat" for Patrick.)
              const head = foldKey(d.title).split(' ');
              const headlined = (c: EntitySpec) => c.aliases.some((a) => {
                const t = foldKey(a).split(' ');
                return t.length === 2 && head.some((w, k) => k > 0 && w === t[1] && sameGivenName(head[k - 1], t[0]));
              });
              const prominent = (c: EntitySpec) => (docsNaming.get(c) ?? 0) >= Math.max(3, 4 * (docsNaming.get(pick!) ?? 0));
              const main = local.filter((c) => c !== pick && ((named.get(c)?.n ?? 0) >= 3 || headlined(c) || prominent(c)));
              if (main.length === 1) pick = main[0];
            }
            if (pick) {
              e = pick;
              ref = true;
            }
          }
        }
        if (!e) continue;
        out.push(ref ? { id: e.id, start, end: o.end, ref: true } : { id: e.id, start, end: o.end });
        if (e.type === 'person') {
          const i = recent.indexOf(e);
          if (i >= 0) recent.splice(i, 1);
          recent.push(e);
          const c = named.get(e) ?? { n: 0, subject: false };
          c.n++;
          c.subject ||= /^\W{0,3}$/.test(p.text.slice(0, start));
          named.set(e, c);
        }
      }
      for (const { a, e } of cjkForms) {
        for (let i = p.text.indexOf(a); i >= 0; i = p.text.indexOf(a, i + a.length)) {
          if (!out.some((m) => m.start <= i && m.end > i)) out.push({ id: e.id, start: i, end: i + a.length });
        }
      }
      out.sort((a, b) => a.start - b.start || a.end - b.end);
    }
  }
  resolvePronouns(docs, mentions, new Map(specs.map((e) => [e.id, e])));
  return mentions;
}

/**
 * "He"/"she" refer back to a person of the sentence before, in the same paragraph: the first one
 * whose pronouns (learned where a sentence follows one naming a single person) agree. A sentence
 * opening with a pronoun is about that person even when it names others later.
 */
// Where a sentence's subject stands: at its start, or after a short opening phrase ("In 1987 he
// founded …", "Since then, she has …").
// (…or after a timeline entry's date: "2018: Keith Block becomes co-CEO", "**March 3** — ".)
const SUBJECT_SLOT = /^\W{0,3}$|^\W{0,3}(?:(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:\d{1,2},?\s+)?\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\W{0,3}\s*[:–—-]\s*$|^(?:there|here)\s+$|^(?:in|by|from|since|after|before|until|then|later|last|next|earlier|during|at|over|as|once|now|today)\b[^.;:"“]{0,50}?[,\s]$/i;

/** "The former New Zealand prime minister", "The 43-year-old chief executive": a post, described, standing for a name. */
const DESCRIBED = /^The\s+(?:(?:former|ex-|outgoing|new|incoming|\d+-year-old|then)\s*)?(?:[\p{Lu}][\p{L}'’-]+\s+){0,3}?(?:[\p{Ll}-]+\s+){0,2}?(?:prime minister|president|chief executive|chancellor|premier|chairman|chairwoman|chair|founder|co-founder|leader|minister|boss|manager|coach)(?=\s+(?:\p{Ll}))/u;

function resolvePronouns(docs: Doc[], mentions: Mention[][], byId: Map<string, EntitySpec>): void {
  const isPerson = (m: Mention) => byId.get(m.id)?.type === 'person';
  const gender = new Map<string, { f: number; m: number }>();
  for (const d of docs) {
    for (let i = 1; i < d.passages.length; i++) {
      const prev = d.passages[i - 1];
      const p = d.passages[i];
      if (p.paragraph !== prev.paragraph) continue;
      const solo = [...new Set(mentions[prev.id].filter(isPerson).map((m) => m.id))];
      const pron = PRONOUN.exec(p.text);
      if (solo.length !== 1 || !pron || mentions[p.id].some(isPerson)) continue;
      const g = gender.get(solo[0]) ?? { f: 0, m: 0 };
      if (FEMININE.test(pron[0])) g.f++;
      else g.m++;
      gender.set(solo[0], g);
    }
  }
  const agrees = (id: string, feminine: boolean) => {
    const g = gender.get(id);
    if (!g || g.f === g.m) return null;
    return g.f > g.m === feminine;
  };
  for (const d of docs) {
    // A profile's subject: the one person who takes most of an article's mentions (a pronoun opening a
    // paragraph refers to them).
    const counts = new Map<string, number>();
    for (const p of d.passages) for (const m of mentions[p.id]) if (isPerson(m)) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    const subjectOfDoc = top && total >= 3 && top[1] / total >= 0.6 ? top[0] : null;
    // (A paragraph opening on a pronoun may also be the one the article names most, when its pronouns agree.)
    const mostNamed = top && total >= 3 && top[1] / total >= 0.4 ? top[0] : null;
    // …or the one person the article's title names ("Who is Dara Khosrowshahi?").
    const titled = [...counts.keys()].filter((id) => (byId.get(id)?.aliases ?? []).some((a) => a.split(/\s+/).length >= 2 && d.title.includes(a)));
    const titleSubject = titled.length === 1 ? titled[0] : null;
    for (let i = 0; i < d.passages.length; i++) {
      const p = d.passages[i];
      if (i === 0 || d.passages[i - 1].paragraph !== p.paragraph) {
        // "The former New Zealand prime minister wed …": a paragraph opening on a post, with no name, is
        // the article's subject too.
        // (Or the one person the paragraph before names.)
        const desc = DESCRIBED.exec(p.text);
        const lastPara = desc && i > 0 ? d.passages.filter((x) => x.paragraph === d.passages[i - 1].paragraph) : [];
        const before = [...new Set(lastPara.flatMap((x) => mentions[x.id].filter(isPerson).map((m) => m.id)))];
        const described = subjectOfDoc ?? (before.length === 1 ? before[0] : null);
        if (desc && described && TITLE_RE.test(desc[0]) && !mentions[p.id].some((m) => isPerson(m) && m.start < desc[0].length)) {
          mentions[p.id].push({ id: described, start: 0, end: desc[0].length, ref: true });
          mentions[p.id].sort((a, b) => a.start - b.start || a.end - b.end);
          continue;
        }
        // A paragraph that opens with "He"/"She": the article's subject, if it has one.
        const pron = PRONOUN.exec(p.text);
        const opener = titleSubject ?? subjectOfDoc ?? (mostNamed && pron && agrees(mostNamed, FEMININE.test(pron[0])) === true ? mostNamed : null);
        if (opener && pron && SUBJECT_SLOT.test(p.text.slice(0, pron.index)) && !mentions[p.id].some((m) => isPerson(m) && m.start <= pron.index) && agrees(opener, FEMININE.test(pron[0])) !== false) {
          mentions[p.id].push({ id: opener, start: pron.index, end: pron.index + pron[0].length, ref: true });
          mentions[p.id].sort((a, b) => a.start - b.start || a.end - b.end);
        }
        continue;
      }
      // The sentence before that names someone, skipping a line of link residue or a subheading.
      let prev = d.passages[i - 1];
      for (let j = i - 2; j >= Math.max(0, i - 3) && !mentions[prev.id].some(isPerson) && d.passages[j].paragraph === p.paragraph; j--) prev = d.passages[j];
      if (p.paragraph !== prev.paragraph) continue;
      const pron = PRONOUN.exec(p.text);
      if (!pron) continue;
      const own = mentions[p.id].filter(isPerson);
      const opening = SUBJECT_SLOT.test(p.text.slice(0, pron.index));
      // "While reasons for his resignation …, X said": a possessive before anyone is named looks back too.
      const leadingPossessive = /^(?:his|her)$/i.test(pron[0]) && !/[,;]/.test(p.text.slice(0, pron.index));
      if (own.length && !opening && !leadingPossessive) continue;
      if (own.some((m) => m.start <= pron.index)) continue;
      const feminine = FEMININE.test(pron[0]);
      const named = mentions[prev.id].filter(isPerson);
      const cands = [...new Set(named.map((m) => m.id))];
      // The previous sentence's subject (named first, at its start) unless its pronouns disagree;
      // else whoever's pronouns agree; else the first not known to disagree.
      // ("There he met Diller, …": the subject may stand after a short opening, as a pronoun itself.)
      const subject = named[0] && SUBJECT_SLOT.test(prev.text.slice(0, named[0].start)) ? named[0].id : null;
      const pick = (subject && agrees(subject, feminine) !== false ? subject : null) ??
        cands.find((id) => agrees(id, feminine) === true) ?? cands.find((id) => agrees(id, feminine) === null);
      if (!pick) continue;
      mentions[p.id].push({ id: pick, start: pron.index, end: pron.index + pron[0].length, ref: true });
      mentions[p.id].sort((a, b) => a.start - b.start || a.end - b.end);
    }
  }
}
