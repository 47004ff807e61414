// Reads a free-text question: what kind of answer it wants, what it is about, and which words
// carry its meaning. Pure; no corpus knowledge beyond the entity names the index learned.
import type { BriefIndex } from '../index/build.ts';
import type { EventKind } from '../index/lexicon.ts';
import { holdsSame, NEVER_NAMES, TITLE_EXACT, titleOf } from '../index/lexicon.ts';
import { escapeRegExp, STOPWORDS, stem, words } from '../index/normalize.ts';

export type AnswerType = 'who' | 'when' | 'where' | 'why' | 'how-many' | 'how-much' | 'doing' | 'role' | 'yesno' | 'what';

export interface Question {
  text: string;
  type: AnswerType;
  /** Entities the question names, people first. */
  focus: string[];
  /** Content words, stemmed, as the user typed them (for "not in the corpus: …"). */
  /** (`verb`: the action a phrase asks about, "drop the plan" → withdraw; a when-question's answer tells it.) */
  terms: { stem: string; word: string; context?: boolean; alt?: number; verb?: boolean }[];
  /** Events the question asks about ("fire" → end, "back" → return). */
  events: EventKind[];
  /** A role title it asks about ("chief financial officer" → CFO). */
  title: string | null;
  titleWords?: string[]; // the question's words for the title ("chief", "financial", "officer" for "CFO")
  /** "now", "currently", "still": the latest evidence first. */
  current: boolean;
  /** "before Alibaba", "previously": what came earlier. */
  earlier: boolean;
  /** "after she left …": what happened after an event. */
  after: EventKind | null;
  /** Capitalised names in the question that the corpus does not know. */
  unknownNames: string[];
  /**
   * Entities named only in a subordinate clause ("… after Altman rejoined it"), when the main clause
   * names its own: they set the scene but the answer need not name them.
   */
  context: string[];
  /** "What was the turnout …?": the quantity it asks for (a stem), whose sentence with a number answers. */
  measure: string | null;
}

// "What was the turnout", "what is Porsche's opening price": a quantity asked for with "what".
const MEASURE_MANY = 'turnout|attendance|majority|margin|headcount|tally|crowd|toll|death toll|vote share|share of the vote|vote|result|score';
const MEASURE_MUCH = 'price|cost|fee|fine|salary|pay|pay package|compensation|bonus|valuation|revenue|sales|profit|loss|budget|deficit|debt|settlement|damages|stake|market value|market cap';
const MEASURE_Q = new RegExp(`^(?:what|which)(?:'s|’s|\\s+(?:is|was|were|are|will be|would be))\\s+(?:the\\s+|an?\\s+|his\\s+|her\\s+|their\\s+|its\\s+|(?:[\\p{L}.&-]+\\s+){0,2}[\\p{L}.&-]+(?:'s|’s)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(${MEASURE_MANY}|${MEASURE_MUCH})s?\\b`, 'iu');

// Question words and verbs of asking carry no content.
const QUESTION_WORDS = new Set(
  ('who whom whose what when where why how which is are was were did does do has have had can could will would should may might ' +
    'date day year time many much long often number amount money said say says tell told doing happen happened happens get got go ' +
    'still now currently today latest recent recently there going being actually really exactly even ever anyway news too just also either officially finally eventually ' +
    // Contractions typed without their apostrophe ("wasnt", "didnt"): the negation is read from the phrase.
    'wasnt isnt didnt doesnt dont wont cant couldnt wouldnt hasnt havent hadnt arent werent').split(' '),
);

// General English news verbs and nouns for the events the index reads (lexicon.ts), so "fire"
// finds "ousted" and "back" finds "reinstated".
// (Folded words, so "nombró" is "nombro"; a few in the languages the articles come in, so a Spanish
// headline "Trump nombra director … a Sean Curran" tells an appointment.)
const EVENT_WORDS: [RegExp, EventKind][] = [
  [/^(?:fire[ds]?|firing|oust(?:ed|er|ing)?|remov(?:e|ed|al)|dismiss(?:ed|al)?|sack(?:ed)?|push(?:ed)?|forc(?:e|ed|es|ing)|kick(?:ed)?|resign(?:ed|ation|ing)?|quit(?:ting)?|left|leave|leaving|depart(?:ed|ure|ing)?|exit(?:ed|ing)?|step(?:s|ped|ping)?|retir(?:e|es|ed|ing)|retirement|dimit(?:e|io|ido|ida|ir)|dimision|demission(?!n?air)\p{L}*|rucktritts?|zuruckgetreten|dimission\p{L}*|отставк\p{L}*)$/u, 'end'],
  [/^(?:back|return(?:ed|s)?|reinstat(?:e|ed|ement)|rehire[ds]?|rejoin(?:ed|s)?|regain(?:ed)?)$/, 'return'],
  [/^(?:join(?:ed|s)?|hire[ds]?|appoint(?:ed|ment)?|name[ds]?|promot(?:e|ed|ion)|recruit(?:ed)?|tapped|pick(?:s|ed)?|chose|chosen|choose[sd]?|nominat(?:e|es|ed)|become|became|work(?:s|ed|ing)?|move[ds]?|went|nombr(?:a|o|ado|ada|amiento)|design(?:a|o|ado|ada)|nomm(?:e|ee|es|ees)|nominat[oa]|ernannte?|ernennt|ernennung|назнач\p{L}*)$/u, 'start'],
  [/^(?:replac(?:e|es|ed|ing|ement)|succe(?:ed|eds|eded|eding|ssor))$/, 'succession'],
  [/^(?:lead[s]?|led|run[s]?|ran|head[s]?|oversee[s]?|chair[s]?|charge)$/, 'holds'],
  [/^(?:report(?:s|ed|ing)?|answer(?:s|ed|ing)?)$/, 'reports'],
  [/^(?:found(?:ed)?|launch(?:ed)?|creat(?:e|ed)|start(?:ed)?|establish(?:ed)?|invest(?:ed|ing|ment|s)?|acquir(?:e|ed|ing)|acquisition|merg(?:e|ed|er)|pay(?:s|ing)?|paid|buy(?:s|ing)?|bought|spend(?:s|ing)?|spent|cost(?:s|ing)?|cut(?:s|ting)?|strike|layoffs?|restructur\w*|reorgani[sz]\w*|reshuffl\w*|shake-?up|shakeup|overhaul\w*|reform\w*)$/, 'org'],
];

const PHRASAL: [RegExp, EventKind][] = [
  // "why did Starbucks get rid of Narasimhan": removing him.
  [/\bg(?:et|ets|ot|etting) rid of\b/i, 'end'],
  // "when were X and Y let go", "when did they part ways": the sources' "parted company with".
  [/\blet\s+(?:[\p{L}'’.-]+\s+){0,3}?go\b|\bpart(?:s|ed|ing)?\s+(?:ways|company)\b/iu, 'end'],
  // "when did Kishida say he wasn't running again": not seeking the post again is leaving it.
  [/(?:\bnot|n['’]?t)\s+(?:be\s+)?(?:running|run|standing|stand|seeking|seek)\b(?:\s+(?:again|for re-?election))?/i, 'end'],
  [/\bt(?:ake|akes|aking|ook|aken) (?:over|charge|the helm|the reins|office)\b/i, 'start'],
  // "did Capron get the Air France-KLM job": being given the post.
  [/\bg(?:et|ets|ot|otten|etting) the (?:[\p{L}'’-]+ ){0,4}(?:job|post|role|nod)\b/iu, 'start'],
  [/\bt(?:ake|akes|aking|ook|aken) over\b/i, 'succession'],
  [/\b(?:step|stepped|steps|stepping) (?:down|aside)\b|\b(?:push|pushes|pushed|pushing|force|forces|forced|forcing|kick|kicks|kicked|throw|threw|thrown|vote|voted)\s+(?:[\p{L}'’.-]+\s+){0,3}?out\b/iu, 'end'],
  [/\bt(?:ake|akes|aking|ook|aken) (?:over )?(?:[\p{L}'’.-]+\s+){0,3}?[\p{L}.-]+['’]s\s+place\b|\bin (?:his|her|their|[\p{L}'’.-]+['’]s)\s+place\b|\bf(?:ill|ills|illed|illing) (?:[\p{L}'’.-]+\s+){1,3}(?:shoes|post|seat|role)\b/iu, 'succession'],
];

export function eventKindOf(word: string): EventKind | null {
  for (const [re, k] of EVENT_WORDS) if (re.test(word)) return k;
  return null;
}

/** "How far was the gunman from the stage?", "how tall …": a length asked for (a count question that wants one). */
export const LENGTH_Q = /\bhow (?:far|close|near)\b[^?]*\bfrom\b|\bhow far away\b|\bhow tall\b/i;

/** "Which parties …?", "what companies …?": organisations asked for. */
export const ORG_ASKED = /^(?:which|what)\s+(?:[a-z-]+\s+)?(?:parties|companies|firms|banks|teams|clubs|countries|groups|unions|organi[sz]ations|institutions|governments|outlets|newspapers|airlines|funds|investors|regulators|agencies|universities|schools)\b/i;

// (Each lead-in word once in the list: "i have" is "i" then "have", so a long run of them cannot be split many ways.)
// (Not a second question: "Turnout? Reports differ, what was the final figure?")
const SOURCES_REMARK = /\?(?![^?]*\b(?:who|whom|what|which|when|where|how|why)\b)\s*(?:(?:i|i['’]?ve|we|we['’]?ve|have|been|keep)\s+)*(?:seen|seeing|heard|hearing|read|reading|getting|got|sources?|reports?|articles?|outlets?|papers?)\b[^?]{0,80}\b(?:different|differ|differing|conflicting|contradictory|contradicting|mixed|inconsistent|(?:two|various) (?:different )?(?:numbers|figures|counts|tallies|reports|accounts|versions|dates|days|ages|answers|totals))\b[^?]{0,80}[?.!]*$/i;

// People asked for by what they are or do: many ("which pundits", "which ministers") or one ("which candidate").
const PEOPLE_NOUNS = '[a-z-]+(?:ists|ers|ors|ants|ents|ians)|people|players|ministers|members|mps|staff|executives|directors|pundits|officials|candidates|lawmakers|senators|judges|coaches|rivals|donors|bosses|chiefs|heads|colleagues|allies';
const PERSON_NOUNS = 'candidate|player|minister|member|executive|director|official|lawmaker|senator|judge|coach|rival|donor|boss|manager|leader|founder|lawyer|journalist|adviser|advisor|spokes(?:person|man|woman)';
const PEOPLE_ASKED = new RegExp(`^(?:which|what)\\s+(?:[a-z-]+\\s+)?(?:${PEOPLE_NOUNS})\\b`);
const PERSON_ASKED = new RegExp(`^which\\s+(?:[a-z-]+\\s+)?(?:${PERSON_NOUNS})\\b`);
/** "Which judge …?", "which foreign ministers …?": the words naming the people asked for, an adjective included. */
export const WHICH_PEOPLE = new RegExp(`^which\\s+((?:[a-z-]+\\s+)?(?:${PEOPLE_NOUNS}|${PERSON_NOUNS}))\\b`, 'i');

/** Lowercase particles inside names ("el-Beblawi", "van der Leyen", "bin Salman", "da Silva"). */
const NAME_PARTICLES = new Set(['el', 'al', 'bin', 'ibn', 'bint', 'abu', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'dos', 'das', 'del', 'della', 'la', 'le', 'ben', 'ter', 'ten']);

export function readQuestion(index: BriefIndex, text: string): Question {
  // "PM" is how people type "prime minister" (not a time: "5 pm").
  // "… ? seen different numbers", "… ? sources seem to differ": a remark on the sources after the question asks
  // nothing more (where they differ both sides are shown anyway), and its words are nothing to look for.
  const t = text.trim().replace(SOURCES_REMARK, '?').replace(/(?<!\d\s?)\bPMs?\b/gi, (m) => (m.length > 2 ? 'prime ministers' : 'prime minister'))
    // "Did Tear end up as interim CEO?" asks whether he became it; "end up running" whether he ran it.
    .replace(/\b(?:end|ends|ended|wind|winds|wound)\s+up\s+(?:as|being|becoming)\b/gi, 'become').replace(/\b(?:end|ends|ended)\s+up\s+(?=\p{L}+ing\b)/giu, '')
    // "When did Jammeh take back his concession?": when he reversed it ("back" is no return here); not "take back Aleppo".
    .replace(/\bt(?:ake|akes|aking|ook|aken)\s+back(?=\s+(?:(?:his|her|their|its|the|a|an)\s+)?(?:concession|remarks?|statement|pledge|offer|resignation|comments?|words|promise|decision|endorsement|apology)\b)/gi, 'reverse')
    // ("Did Helleland end up as Europe's pick like people were saying?": a remark on the talk, nothing to find.)
    .replace(/,?\s+(?:like|as)\s+(?:(?:the|some|many|most)\s+)?(?:people|everyone|everybody|some|many|they|reports|papers|rumou?rs?|sources|pundits|insiders)\s+(?:were\s+|was\s+|had\s+(?:been\s+)?)?(?:saying|said|suggesting|suggested|predicting|predicted|expecting|expected|claiming|claimed|reporting|reported|tipping|tipped)\b[^?]*/gi, '')
    // ("When did Lucke's party stop calling itself ALFA?", "change its name": when it was renamed.)
    .replace(/\b(?:stop|stops|stopped|stopping)\s+calling\s+(?:itself|themselves|herself|himself)\b|\bchang(?:e|es|ed|ing)\s+(?:its|their|his|her)\s+name\b/gi, 'get renamed from')
    // ("How many documents did the investigators go through?": examined them.)
    .replace(/\b(?:go|goes|went|gone|going)\s+through(?=\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?(?:documents?|files?|records?|e-?mails?|papers?|accounts?|books|data|evidence|messages?)\b)/giu, 'examine')
    // (…and at the end of "how many documents did they go through?"; not "did the deal go through?".)
    .replace(/\b(?:go|goes|went|gone|going)\s+through(?=\s*\??\s*$)/giu, (m, _i, all: string) => (/\bhow many\s+(?:[\p{L}-]+\s+)?(?:documents?|files?|records?|e-?mails?|pages|papers?|messages?)\b/iu.test(all) ? 'examine' : m))
    // ("Did Cabot get her job back?": whether she returned to it.)
    .replace(/\b(?:get|gets|got|gotten|getting|win|wins|won|winning)\s+(his|her|their|its)\s+(?:old\s+)?(?:job|post|role|seat|position)\s+back\b/gi, 'return to $1 post')
    // ("Why was Moroe suspended in the first place?": when it began, no place asked.)
    .replace(/,?\s+in the first place\b/gi, '')
    // ("Where is its head office?": its headquarters, no head of anything.)
    .replace(/\bhead[\s-]+offices?\b/gi, 'headquarters')
    // ("When was the re-run election?": a fresh one, as the sources call it; no "run" for a post.)
    .replace(/\bre-?run(?=\s+(?:election|poll|vote|ballot|race|contest)s?\b)/gi, 'fresh')
    // ("When did Marotta start working at Inter?": when he joined it, not each post he took there.)
    .replace(/\b(?:start|starts|started|starting|begin|begins|began|beginning)\s+(?:working|to work)\s+(?:at|for)\s+/gi, 'join ')
    // ("When was the FAST party set up?": founded, however the sources word it.)
    .replace(/\b(?:(?:was|were|been|being|is|are)\s+set\s+up\b(?!\s+(?:to|for)\b)|set\s+up(?=\s*\??\s*$)|(?:set|sets|setting)\s+up(?=\s+(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:party|company|firm|fund|committee|commission|foundation|group|movement|charity|business|agency|organi[sz]ation)\b))/gi, (m) => m.replace(/(?:set|sets|setting)\s+up/i, 'founded'));
  const lower = t.toLowerCase();
  let type: AnswerType = 'what';
  if (/^(?:who|whom|whose)\b/.test(lower) || /\bwho\b.*\?$/.test(lower)) type = 'who';
  // "Which parties boycotted …?": organisations, read as who-questions (ask.ts takes an organisation as the answer).
  else if (ORG_ASKED.test(lower)) type = 'who';
  // "Which pundits refused …?", "which ministers quit?": people, named by what they do.
  else if (PEOPLE_ASKED.test(lower) && !/^(?:which|what)\s+(?:[a-z-]+\s+)?(?:numbers|figures|letters|papers|orders|matters|quarters|centers|centres|officers?\s+of)\b/.test(lower)) type = 'who';
  // (…and one of them: "which candidate wanted …?", "which minister resigned?")
  else if (PERSON_ASKED.test(lower)) type = 'who';
  if (/^(?:when|on what date|what date|what day|in what years?|which years?|what years|what year|since when|(?:since|from) (?:what|which) (?:year|date|month|day))\b/.test(lower) || /\b(?:on|in) what (?:date|day|year|month)\b/.test(lower)) type = 'when';
  else if (/^where\b/.test(lower) || /\bwhere\b/.test(lower)) type = 'where';
  else if (/^why\b/.test(lower) || /\b(?:for what reason|what was the reason|what led to)\b/.test(lower)) type = 'why';
  else if (LENGTH_Q.test(lower) || /\bhow many\b|\bhow old\b|\bhow (?:far|close|near)\s+(?:ahead|behind)\b|\bwhat age\b|\bnumber of\b|^(?:what|which) (?:share|percentage|proportion|fraction)\b|^what\s*(?:%|per ?cent\b|percent\b)/.test(lower)) type = 'how-many';
  else if (/\bhow (?:much|big|large|valuable)\b|\bwhat (?:price|amount|valuation)\b|^what (?:is|was|are|were|will be) .+ worth\b/.test(lower) ||
    // "What is Ben Smith's salary?", "what was the transfer fee": an amount of money asked for.
    (/^what (?:is|was|are|were|will be) (?:the )?[\p{L}'’. -]{0,40}?\b(?:salary|pay|wage|compensation|pay package|fee|price|cost|budget|bonus|severance|payout)\b/u.test(lower) && !/\b(?:for|about|over|of)\s*\??$/.test(lower)) ||
    // "What pay package did Chen get?", "what severance will he receive?"
    /^what (?:kind of |sort of )?(?:salary|pay|pay package|compensation|bonus|severance|pay-?off|payout|exit package)\s+(?:did|does|do|will|would|has|had|is|was)\b/.test(lower) ||
    // "What was Piper paid as interim president?", "what does she earn?": a sum of pay.
    /^what (?:is|was|are|were|will be)\s+(?:[\p{L}'’.-]+\s+){1,5}?paid\b(?!\s+(?:for|to)\b)|^what (?:does|did|do|will)\s+(?:[\p{L}'’.-]+\s+){1,5}?earn\b/u.test(lower)) type = 'how-much';
  // "How did the stock react?": by how much it moved.
  else if (/\bhow did (?:the )?(?:stock|shares|share price|markets?|investors)\b.*\b(?:react|respond|move|do)\b/.test(lower)) type = 'how-much';
  else if (/\bwhat(?:'s|’s| is| are| was| has) .+ (?:doing|up to|working on)\b|\bwhat did .+ do\b|\bwhat happened to\b/.test(lower)) type = 'doing';
  else if (/^(?:what|which)\b.*\b(?:title|role|position|job|post|rank)s?\b/.test(lower)) type = 'role';
  // "What ministry did Lekhak get?", "what ministry was Sadzius running?": the post given or held (not one he was
  // tipped for, "which ministry was X tipped for").
  else if (/^(?:what|which)\s+(?:ministry|portfolio)\s+(?:did|does|will|has|was|is|were|had)\b/.test(lower) && !/\b(?:tipped|expected|rumou?red|linked|considered|touted)\b/.test(lower)) type = 'role';
  else if (type !== 'who' && /^(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b/.test(lower)) type = 'yesno';

  const measureM = type === 'what' ? MEASURE_Q.exec(t) : null;
  if (measureM) type = new RegExp(`^(?:${MEASURE_MANY})$`, 'i').test(measureM[1]) ? 'how-many' : 'how-much';
  // (The question's own first word names no one: "who is …" over a corpus on the WHO.)
  const { ids, consumed } = index.entities.resolve(t.replace(/^(?:who|what|when|where|which|how|why)\b/i, 'the'), true);
  const focus = [...ids].sort((a, b) => Number(index.entities.get(a)?.type !== 'person') - Number(index.entities.get(b)?.type !== 'person'));
  const clause = subordinate(t);
  const mainIds = clause ? index.entities.resolve(t.slice(0, clause.start) + t.slice(clause.end)).ids : ids;
  // "What did X do after she left?" asks about what followed that event: its clause stays the question.
  const afterM = /\bafter\s+(?:(?:he|she|they|it|the|his|her|their|its)\s+)?(\w+)/i.exec(t);
  const after = afterM ? eventKindOf(afterM[1].toLowerCase()) : null;
  const context = clause && mainIds.length && !after ? ids.filter((id) => !mainIds.includes(id)) : [];
  // "How many ministers resigned from Boris Johnson's government?": a possessive only says whose; the
  // count is of the ministers, told also where he is not named.
  if (type === 'how-many') {
    for (const id of ids) {
      const e = index.entities.get(id);
      // (…by any of the name's words: "Tedros's".)
      // (Not what is their own: "Castellane's contract", "his stake" are counted where they are named.)
      if (e?.type === 'person' && !context.includes(id) && e.aliases.flatMap((a) => [a, ...a.split(/\s+/).filter((w) => w.length >= 3)]).some((a) => new RegExp(`\\b${escapeRegExp(a)}['’]s\\s+(?!(?:contract|salary|pay|term|tenure|stint|stake|shareholding|bonus|severance|package|deal|age)\\b)\\p{L}`, 'iu').test(t))) context.push(id);
    }
  }
  // "the thyssenkrupp Tata Steel joint venture", "the Honda-Nissan merger": two partners named together only say
  // which venture; a sentence on "the venture" answers without naming them. (Not one company's own venture.)
  const partners = ids.filter((id) => index.entities.get(id)?.type === 'organisation' && !context.includes(id));
  if (partners.length >= 2) {
    const forms = partners.map((id) => `(?:${index.entities.get(id)!.aliases.map(escapeRegExp).join('|')})`);
    const joined = new RegExp(`(?<![\\p{L}])(?:${forms.join('|')})(?:\\s+|\\s*[-–/]\\s*|\\s+and\\s+)(?:${forms.join('|')})(?:\\s+|\\s*[-–/]\\s*)(?:joint venture|venture|merger|partnership|alliance|tie-up)\\b`, 'iu');
    if (joined.test(t)) for (const id of partners) context.push(id);
  }
  const ws = words(t);
  // Word positions inside the clause, to mark its words as scene-setting rather than asked about.
  const clauseWords = clause ? new Set(words(t.slice(0, clause.end)).map((_, i) => i).filter((i) => i >= words(t.slice(0, clause.start)).length)) : new Set<number>();
  const terms: { stem: string; word: string; context?: boolean; alt?: number; verb?: boolean }[] = [];
  const events = new Set<EventKind>();
  const mainEvents = new Set<EventKind>();
  ws.forEach((w, i) => {
    if (consumed.has(i) || STOPWORDS.has(w) || QUESTION_WORDS.has(w) || /^\d{1,2}$/.test(w)) return;
    // ("Hazem el-Beblawi", "Ursula von der Leyen": a name's particle between its words is the name's.)
    if (NAME_PARTICLES.has(w) && (consumed.has(i - 1) || consumed.has(i + 1))) return;
    // "how big", "how long": the kind of answer, not a word to find.
    if (ws[i - 1] === 'how' && /^(?:big|large|valuable|long|old|far|serious|bad)$/.test(w)) return;
    // "What is X's title?": the word names the kind of answer, not something to find.
    if (type === 'role' && /^(?:title|role|position|job|post|rank)s?$/.test(w)) return;
    if (type === 'how-many' && /^(?:share|percentage|proportion|fraction)$/.test(w)) return;
    // "Did X get the top job?": the organisation's head post, whatever the sentence calls it.
    if (w === 'top' && ws[i - 1] === 'the' && /^(?:job|post|role|position)$/.test(ws[i + 1] ?? '') && /^(?:did|has|will|is|was)\b/.test(lower)) return;
    // "How did the stock react?": the kind of answer (a move), not a word to find.
    if (type === 'how-much' && /^(?:react|respond|move)$/.test(w) && /\bhow did\b/.test(lower)) return;
    // ("Run up debt", "ran into trouble", "run out of cash": no post held.)
    const k = /^(?:run|runs|ran|running)$/.test(w) && /^(?:up|into|out|down|off|over)$/.test(ws[i + 1] ?? '') ? null : eventKindOf(w);
    if (k) events.add(k);
    if (k && !clauseWords.has(i)) mainEvents.add(k);
    // (A snap election is an early one.)
    const st = w === 'snap' && /^(?:elections?|polls?|votes?)$/.test(ws[i + 1] ?? '') ? 'early' : stem(w);
    terms.push(clauseWords.has(i) && mainIds.length && (!after || type === 'yesno') ? { stem: st, word: w, context: true } : { stem: st, word: w });
  });
  // "Since which year had X been president when he lost?": when a post began ("since 2005"); the clause only sets
  // the scene.
  if (/^(?:since|from) (?:when|(?:what|which) year)\b/.test(lower) && clause && mainIds.length) {
    for (const k of [...events]) if (!mainEvents.has(k)) events.delete(k);
    // ("Running" or "leading" X is holding its post, however a source names it.)
    dropTerms(terms, (w) => /^(?:run|runs|running|ran|lead|leads|leading|led|head|heads|heading|headed)$/.test(w));
  }
  // Phrasal verbs: "take over", "took office", "take the helm", "step down".
  // Their particles carry no content of their own: "over" in "take over" is not a word to look for.
  for (const [re, kind] of PHRASAL) {
    const m = re.exec(t);
    if (!m) continue;
    events.add(kind);
    // ("get" in "get rid of" carries nothing either.)
    // (…nor "let" in "let go" or "parted" in "parted ways": the event is the whole phrase.)
    const particles = new Set(/\brid of\b|^let\b|^part/i.test(m[0]) ? words(m[0]) : words(m[0]).slice(1));
    dropTerms(terms, (w) => particles.has(w) && ['over', 'down', 'aside', 'out', 'the', 'helm', 'reins', 'office', 'charge', 'place', 'shoes', 'rid', 'get', 'gets', 'got', 'gotten', 'getting', 'job', 'post', 'role', 'nod', 'of', 'let', 'go', 'part', 'parts', 'parted', 'parting', 'ways', 'company'].includes(w));
  }
  // "Why is Twitch pulling out of Korea?": leaving a place or market (not a deal, a plan or a race).
  const pullsOut = /\b(?:pull|pulls|pulled|pulling)\s+out\s+of\s+(?!(?:the\s+|its\s+|a\s+)?(?:deal|plan|bid|talks|race|agreement|merger|contest|election|competition|tournament|takeover|offer|transaction)\b)/i.exec(t);
  if (pullsOut) {
    dropTerms(terms, (w) => ['pull', 'pulls', 'pulled', 'pulling', 'out'].includes(w));
    terms.push({ stem: 'leav', word: pullsOut[0].trim().toLowerCase(), verb: true });
    events.add('end');
  }
  // "pull out of the deal", "walk away": one word for leaving a deal; "bring in" money is raising it.
  // "sign off on" is approving; "locked up" is held in detention; "drop the plan" is withdrawing it.
  for (const [re, stemmed] of [[/\b(?:pull|pulls|pulled|pulling|back|backs|backed|backing|drop|drops|dropped|dropping)\s+out\b|\bwalk(?:s|ed|ing)?\s+away\b/i, 'withdraw'], [/\b(?:bring|brings|bringing|brought)\s+in\b/i, 'rais'], [/\bsign(?:s|ed|ing)?\s+off(?:\s+on)?\b/i, 'approv'], [/\bt(?:ake|akes|aking|ook|aken)\s+(?:[\p{L}'’.-]+\s+){0,3}away\b/iu, 'remov'], [/\block(?:s|ed|ing)?\s+up\b|\bbehind bars\b/i, 'detain'], [/\bdrop(?:s|ped|ping)?(?=\s+(?:the|its|his|her|their|a|an)\s)/i, 'withdraw']] as const) {
    const m = re.exec(t);
    if (!m || (pullsOut && stemmed === 'withdraw' && /^pull/i.test(m[0]))) continue;
    // Only the phrase's own words go ("take Siri away" keeps whatever stands between).
    const gone = new Set(words(m[0]).filter((w) => PHRASE_WORDS.has(w)));
    dropTerms(terms, (w) => gone.has(w));
    terms.push({ stem: stemmed, word: m[0].toLowerCase(), verb: true });
  }
  // "When did Uchida start as CEO?": starting in a post (taking office), not starting a company.
  if (/\b(?:start|starts|started|starting|begin|begins|began|beginning)\s+(?:as|at|in (?:the|his|her|their) (?:job|role|post))\b/i.test(t)) events.add('start');
  // "Who was in the running for the CEO job?": the candidates, those considered.
  const running = /\bin the running\b|\bshort-?list(?:ed)?\b/i.exec(t);
  if (running) {
    dropTerms(terms, (w) => words(running[0]).includes(w));
    terms.push({ stem: 'candidat', word: running[0].toLowerCase(), alt: -3 }, { stem: 'consider', word: running[0].toLowerCase(), alt: -3 }, { stem: 'contender', word: running[0].toLowerCase(), alt: -3 });
  }
  // "Why did the merger fall apart?": falling apart or through is collapsing, being abandoned or called off.
  const fellApart = /\b(?:fall|falls|fell|fallen|falling)\s+(?:apart|through)\b/i.exec(t);
  if (fellApart) {
    dropTerms(terms, (w) => words(fellApart[0]).includes(w));
    for (const s of ['collaps', 'abandon', 'fail', 'scrap', 'end', 'call']) terms.push({ stem: s, word: fellApart[0].toLowerCase(), verb: true, alt: -5 });
  }
  // "Why did Pires turn down the job?": declining it, withdrawing, refusing ("said he would not take the post").
  const turnedDown = /\b(?:turn|turns|turned|turning)\s+(?:(?:it|the\s+\S+(?:\s+\S+)?)\s+)?down\b/i.exec(t);
  if (turnedDown) {
    dropTerms(terms, (w) => /^(?:turn|turns|turned|turning|down)$/.test(w));
    for (const s of ['declin', 'withdraw', 'refus', 'reject']) terms.push({ stem: s, word: turnedDown[0].toLowerCase(), verb: true, alt: -6 });
  }
  // "When did Haas let Steiner go?": letting someone go is parting with them, a leaving.
  const letGo = /\blet\s+(?:[\p{L}'’.-]+\s+){1,3}?go\b/iu.exec(t);
  if (letGo) {
    dropTerms(terms, (w) => /^(?:let|lets|go)$/.test(w));
    events.add('end');
  }
  // "Who is Tuchel's number two?": a deputy or an assistant.
  const second = /\b(?:number two|no\.? ?2|second[- ]in[- ]command|right[- ]hand (?:man|woman))\b/i.exec(t);
  if (second) {
    dropTerms(terms, (w) => words(second[0]).includes(w));
    terms.push({ stem: 'deputy', word: second[0].toLowerCase(), alt: -2 }, { stem: 'assistant', word: second[0].toLowerCase(), alt: -2 });
  }
  // "Did the SEC go after Tesla too?": going after someone is charging or suing them.
  const goAfter = /\b(?:go|goes|going|gone|went)\s+after\b/i.exec(t);
  if (goAfter) {
    dropTerms(terms, (w) => /^(?:go|goes|going|gone|went|after)$/.test(w));
    terms.push({ stem: 'charg', word: goAfter[0].toLowerCase(), verb: true, alt: -1 }, { stem: 'sue', word: goAfter[0].toLowerCase(), verb: true, alt: -1 });
  }
  // "Why did Blackwells want Foley out?": wanting someone out is pressing for their removal.
  const wantOut = /\bwant(?:s|ed|ing)?\s+(?:[\p{L}'’.-]+\s+){1,3}?(?:out|gone)\b/iu.exec(t);
  if (wantOut) {
    dropTerms(terms, (w) => /^(?:want|wants|wanted|wanting|out|gone)$/.test(w));
    terms.push({ stem: 'remov', word: wantOut[0].toLowerCase(), verb: true });
    events.add('end');
  }
  // "selling off", "spin off", "wiped out": the particle carries nothing.
  if (/\b(?:sell|sells|selling|sold|spin|spins|spinning|spun)\s+off\b/i.test(t)) dropTerms(terms, (w) => w === 'off');
  if (/\bwip(?:e|es|ed|ing)\s+out\b/i.test(t)) dropTerms(terms, (w) => w === 'out');
  // "find out": its particle carries nothing.
  if (/\b(?:find|finds|found|finding) out\b/i.test(t)) dropTerms(terms, (w) => w === 'out');
  // "these days", "up to": how the question is put, not what it asks.
  if (/\bthese days\b/i.test(t)) dropTerms(terms, (w) => w === 'these' || w === 'days');
  if (type === 'doing' && /\bup to\b/i.test(t)) dropTerms(terms, (w) => w === 'up');
  // "Where did X come from?" asks what X did before: the words themselves are not to be found.
  if (/\b(?:come|came|comes)\s+from\b/i.test(t)) dropTerms(terms, (w) => /^(?:come|came|comes)$/.test(w));
  // "laying people off", "laid off": one word, the one articles write ("layoffs", "job cuts").
  const layoff = /\b(?:lay|lays|laying|laid)\s+(?:(?:\S+\s+){0,2})?off\b/i.exec(t);
  if (layoff) {
    const gone = new Set(['lay', 'lays', 'laying', 'laid', 'off', 'people', 'staff', 'workers', 'employees']);
    dropTerms(terms, (w) => gone.has(w) && words(layoff[0]).includes(w));
    terms.push({ stem: 'layoff', word: layoff[0].toLowerCase() });
    events.add('org');
  }
  // "Was Boone CEO or CFO?", "on the 30th or the 31st?": either word answers; one of them is the whole of that part.
  for (const m of t.matchAll(/([\p{L}\d-]+)\s+or\s+(?:the\s+|an?\s+)?([\p{L}\d-]+)/giu)) {
    const pair = [m[1], m[2]].map((w) => terms.find((x) => x.word === w.toLowerCase()));
    if (pair[0] && pair[1] && pair[0] !== pair[1]) pair[0].alt = pair[1].alt = m.index;
  }
  let title: string | null = null;
  let titleWords: string[] = [];
  // The title asked: one after "as", "named", "appoint", "become" ("who did the chairman name as CEO"), else the
  // one named first ("who was WPP finance director during the CEO search"), never one before a name
  // ("President Macron").
  type TitleHit = { r: (typeof TITLE_EXACT)[number]; m: RegExpExecArray };
  let first: TitleHit | null = null;
  let given: TitleHit | null = null;
  for (const r of TITLE_EXACT) {
    const m = r.word.exec(t);
    if (!m) continue;
    const next = /^\s+([\p{L}'’-]+)/u.exec(t.slice(m.index + m[0].length))?.[1];
    if (next && !STOPWORDS.has(next.toLowerCase()) && index.entities.resolve(next).ids.some((id) => index.entities.get(id)?.type === 'person')) continue;
    // (A title in a "when/after …" clause only sets the scene: "the interim CFO after Stausholm became CEO".)
    const inClause = !!clause && m.index >= clause.start && m.index < clause.end;
    if (inClause) continue;
    if (/\b(?:as|named?|appoint\w*|become|becomes|became|to be)\s+(?:(?:the|its|their|his|her|new|next|interim|acting)\s+)*$/i.test(t.slice(0, m.index)) && (!given || m.index < given.m.index)) given = { r, m };
    if (!first || m.index < first.m.index) first = { r, m };
  }
  first = given ?? first;
  for (const { r, m } of first ? [first] : []) {
    {
      title = titleOf(m[0])?.canon ?? r.title.canon;
      titleWords = words(m[0]);
      // "who is shadow chancellor": the opposition's post of that name, as the articles read it.
      if (/\bshadow[\s-]+$/i.test(t.slice(Math.max(0, m.index - 8), m.index))) title = `shadow ${title}`;
      // "is X still vice chancellor": a second to the post, as the articles read it.
      else if (/\b(?:vice|deputy|assistant)[\s-]+$/i.test(t.slice(Math.max(0, m.index - 10), m.index))) title = `deputy ${title}`;
      // "who's the finance minister": "finance" is part of the post, not an organisation asked about
      // (a "Finances" learned from "ministre des Finances").
      const inTitle = new Set(words(m[0]).map(stem));
      const typedStems = new Set(words(t).map(stem));
      for (let i = focus.length - 1; i >= 0; i--) {
        const e = index.entities.get(focus[i]);
        if (e?.type === 'organisation' && words(e.name).every((w) => inTitle.has(stem(w)))) focus.splice(i, 1);
        // (…nor a name the question's words meet only in the post: "Senior Ministers", "Coordinating Minister"
        // for "who is the Singapore prime minister".)
        else if (e && words(e.name).some((w) => inTitle.has(stem(w))) && words(e.name).filter((w) => typedStems.has(stem(w))).every((w) => inTitle.has(stem(w)))) focus.splice(i, 1);
      }
      break;
    }
  }
  return {
    text: t, type, focus, terms: dedupe(terms), events: [...events], title, ...(titleWords.length ? { titleWords } : {}),
    // ("Is HP selling off its PC business?": a present in progress asks how things stand now.)
    current: /\b(?:now|currently|still|today|these days|at the moment|latest|anymore)\b|\bfinal (?:vote|tally|count|result|ballot)/i.test(t) || (type === 'yesno' && /^(?:is|are)\s+(?:[\p{L}'’.-]+\s+){1,4}?\p{L}+ing\b/iu.test(t)),
    earlier: /\b(?:before|previously|prior|formerly|earlier|used to|come from|came from|comes from|background)\b/i.test(t),
    after,
    unknownNames: unknownNames(index, t),
    context,
    measure: measureM ? stem(measureM[1].toLowerCase().split(' ').pop()!) : null,
  };
}

// A clause that dates or places the question rather than asking: "… after Altman rejoined it in March".
const SUBORDINATOR = /\b(?:after|before|since|following|once|while|until|when|(?:around|about|at|by) the time)\b/i;

/** Where the question's subordinate clause starts and ends (character offsets), if it has one. */
function subordinate(t: string): { start: number; end: number } | null {
  // "When did …" and "since when" ask for a date: that "when" opens no clause.
  // ("go after", "named after": a verb's particle, no clause.)
  // ("Since which year …?" asks for a date too.)
  const m = [...t.matchAll(new RegExp(SUBORDINATOR.source, 'gi'))].find((x) => !(/^when$/i.test(x[0]) && (x.index === 0 || /since\s+$/i.test(t.slice(0, x.index)))) &&
    !(x.index === 0 && /^(?:since|from)\s+(?:when|what|which)\b/i.test(t)) &&
    !(/^after$/i.test(x[0]) && /\b(?:go|goes|going|gone|went|come|comes|came|coming|look|looks|looked|named|chase[ds]?|chasing)\s+$/i.test(t.slice(0, x.index))));
  if (!m || m.index === undefined) return null;
  if (m.index === 0) {
    // "After he left, who …": the clause ends at the comma.
    const comma = t.indexOf(',');
    return comma > 0 ? { start: 0, end: comma } : null;
  }
  return { start: m.index, end: t.length };
}

const PHRASE_WORDS = new Set('pull pulls pulled pulling back backs backed backing out walk walks walked walking away bring brings bringing brought in sign signs signed signing off on take takes taking took taken lock locks locked locking up behind bars drop drops dropped dropping'.split(' '));

/** Removes, in place, the terms whose word a phrase has taken up ("over" in "take over"). */
function dropTerms(terms: { word: string }[], drop: (word: string) => boolean): void {
  for (let i = terms.length - 1; i >= 0; i--) if (drop(terms[i].word)) terms.splice(i, 1);
}

function dedupe<T extends { stem: string }>(terms: T[]): T[] {
  const seen = new Set<string>();
  return terms.filter((x) => (seen.has(x.stem) ? false : (seen.add(x.stem), true)));
}

/**
 * Capitalised names (not the first word) that no entity and no word of the corpus matches:
 * "Safe Superintelligence" in a corpus that never mentions it.
 */
function unknownNames(index: BriefIndex, t: string): string[] {
  const out: string[] = [];
  const re = /(?<=\s)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/gu;
  for (const m of t.matchAll(re)) {
    const name = m[1].replace(/['’]s$/, '');
    if (index.entities.resolve(name).ids.length) continue;
    // "COO", "Chief Financial Officer": a title, asked about as such (roleKnown answers for it).
    // (…or titles: "MPs", "CEOs".)
    if (TITLE_EXACT.some((x) => x.exact.test(name) || x.exact.test(name.replace(/s$/, '')))) continue;
    // "in April", "on Tuesday": a month or a day is no name.
    const ws = words(name).filter((w) => !STOPWORDS.has(w) && !QUESTION_WORDS.has(w) && !NEVER_NAMES.has(w));
    if (!ws.length) continue;
    // (…or written in other words: "MPs", where the corpus says "lawmakers".)
    if (ws.every((w) => holdsSame(index.vocab, stem(w)))) continue;
    out.push(name);
  }
  return out;
}
