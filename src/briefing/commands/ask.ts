import { datesInSentence, dayNumber } from '../../corpus/dates.ts';
import type { Passage } from '../../corpus/types.ts';
import { memo, type BriefIndex } from '../../index/build.ts';
import { DATE_WORD_RE, holdsSame, INTERIM_RE, sameTitle, titleOf, LEFT_TO_OTHERS, MONEY_RE, NUMBER_RE, NUMBER_WORDS, oppositeOf, REASON_RE, sameThing, STRONG_REASON_RE, TITLE_EXACT, TITLE_RE } from '../../index/lexicon.ts';
import { escapeRegExp, STOPWORDS, stem, terms as termsOf, words } from '../../index/normalize.ts';
import { search } from '../../index/search.ts';
import { betweenHeads } from '../between.ts';
import { standIns } from '../stand-ins.ts';
import { blankDays, DAY_PHRASE_SOURCES, figureRatio, nearFigure, sameFigure } from '../figures.ts';
import { headsSince } from '../heads-since.ts';
import { Citations, dateLabel, quoted, sourceLabel } from '../cite.ts';
import { afterCorpus } from '../beyond.ts';
import { postAsked, postHeld } from '../post-asked.ts';
import { isEligible } from '../eligible.ts';
import { byDateDesc, currentHead, type HeadClaim, docAbout, docNames, docTerms, endsOf, eventsAt, firstOf, followingSentences, generatedRank, heldAt, leavesIn, leavingsSeen, modeDate, passageFigures, personEvents, primaryOrg, reportedFirst, roleAt, rolesAt, rolesOf } from '../knowledge.ts';
import { eventKindOf, LENGTH_Q, ORG_ASKED, readQuestion, WHICH_PEOPLE, type Question } from '../question.ts';
import type { Answer, Item } from '../types.ts';
import { helpAnswer } from './help.ts';
import { person } from './person.ts';
import { whoLeads } from './who-leads.ts';
import { kept, KEPT_VALUES } from '../keep.ts';
import { correctSpelling, isEnglish } from '../spelling.ts';

export const MAX_EXCERPTS = 4;
/** Candidates per question: BM25's best, and the newest sentences naming each entity asked about. */
const POOL = 300;
/** Below this BM25 score a sentence that names nothing the question names is too weak to show. */
export const RELEVANCE_FLOOR = 3;
/** Words for moving up and moving down (stems), as markets and counts are reported. */
const MOVES = [
  // ("go up", "went down": a move in two words.)
  new Set(['rise', 'jump', 'climb', 'gain', 'soar', 'surg', 'increas', 'grow', 'ralli', 'advanc', 'up', 'hik']),
  new Set(['fall', 'drop', 'slid', 'slide', 'plung', 'sink', 'sank', 'tumbl', 'declin', 'decreas', 'lose', 'slump', 'tank', 'crash', 'down']),
];
const MONEY_VERBS = new Set(['pay', 'cost', 'spend', 'buy', 'sell', 'worth', 'raise', 'invest', 'charg', 'fee', 'price', 'valu', 'earn']);
// "What share / percentage …?": a percentage is asked.
const SHARE_Q = /\b(?:share|percentage|proportion|fraction|per ?cent)\b|%/i;
const PERCENT_RE = /\b\d[\d,.]*\s?(?:%|per ?cent|percent)/i;
// A physical amount: "nearly 12 million cubic metres of tailings", "40,000 tonnes", "3 billion litres".
const QUANTITY_RE = /\b\d[\d,.]*\s?(?:(?:million|billion|thousand|mn|bn)\s)?(?:cubic\s(?:metres|meters|feet|yards)|m³|tonnes?|tons?|litres?|liters?|gallons?|barrels?|kilo(?:gram|metre|meter)s?|kg|square\s(?:kilo)?(?:metres|meters|miles)|hectares?|acres?|megawatts?|gigawatts?|MW|GW|ounces?)(?![\p{L}\d])/iu;
// What a question asks a sum of money for, not a physical amount.
const MONEY_ASKED = /\b(?:cost|costs|money|cash|fee|fees|salary|pay|paid|pays|fine|fined|price|worth|bonus|severance|pay-?offs?|pay-?outs?|golden (?:parachute|handshake)|compensation|debts?|loss|losses|profit|revenue|sales|budget|spend|spent|raised?|invest\w*|funding|settlement|penalty|award|package|earn\w*|owe[ds]?|borrow\w*|loans?|bid|offer\w*|valu\w*|dividends?|tax\w*|grants?|bailout|damages|wages?|charge[ds]?)\b/i;
// ("When is the new Siri shipping?": a present progressive of a launch verb looks ahead too.)
const AHEAD_Q = /\bwhen (?:will|would|is\b.*\b(?:expected|due|set|scheduled|planned|likely|shipping|launching|coming|arriving|releasing|rolling out|out)|are\b.*\b(?:expected|due|set|scheduled|shipping|launching|coming|arriving))\b/i;
const AHEAD = /\b(?:will|would|expect(?:s|ed)?|scheduled|due (?:to|in|by)|plans? to|planned|target(?:s|ed|ing)?|aims? to|by (?:the end of )?(?:19|20)\d\d|(?:delay|postpon|push)\w* (?:to|until|back))\b/i;
/** How far (characters) a count may stand from the noun it counts: "board members to seven". */
const COUNT_REACH = 40;
const EARLIER = /\b(?:prior to|before (?:joining|that|he|she)|previously|formerly|former|earlier|worked at|spent \w+ years|began (?:his|her) career|until (?:now|then|recently))\b/i;
// What a "how much/many" may count without naming it in the text: "how much money" is "$3 billion".
// (…nor a word that only says which amount: "how much extra pay", "how many new jobs".)
const GENERIC_COUNT = /^(?:money|cash|time|people|persons|years|months|weeks|days|hours|times|things|members|staff|workers|employees|extra|additional|total|more|other|annual|yearly|monthly|overall|combined|average|gross|maximum|minimum)$/i;
const REPLACED_Q = /^who\s+(?:(?:has|have|had|will|would|is|was)\s+)?(?:replac|succeed|t(?:ook|akes?|aking) (?:over|[\p{L}'’.\s-]+['’]s\s+place)|fill(?:s|ed)?\s+[\p{L}'’.\s-]+['’]s\s+(?:shoes|post|seat|role))|^who\s+(?:is|was|will be)\s+(?:the\s+)?(?:successor|replacement)\b|['’]s\s+(?:successor|replacement)\b/iu;
// "How much does X get paid / earn?", "what is X's salary?": a person's own pay, told in pay's words.
const OWN_PAY_Q = /\b(?:get|gets|getting|got|is|was|are|were|being)\s+paid\b|\bearn(?:s|ed|ing)?\b|\bsalary\b|\bcompensation\b|\bpay (?:package|packet)\b|\bpay-?off\b|\bpayout\b|\bseverance\b|\bgolden (?:parachute|handshake)\b|\bexit (?:package|payment)\b|\bhow much (?:does|did|do|is|was) \S+(?: \S+){0,3} (?:make|paid|earn)\b/i;
const PAY_WORDS = /\b(?:salary|salaries|paid|pay|package|compensation|earn\w*|bonus|wages?|stock award|remuneration|pay-?off|payout|severance|golden (?:parachute|handshake)|Gehalt|salaire)\b/i;
// "remains a member of the lower house", "now runs a fund": the present of an article, whatever date its clauses name.
// "Jan Eliasson, the deputy secretary-general since 2012, …", "has been chair since 2019": a post held as the article is written.
const HELD_SINCE = /,\s*(?:the|its|their)\s+(?:[\p{L}-]+\s+){1,4}since\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d\b|\b(?:has|have)\s+(?:been(?!\s+(?:out|away|absent|without|in\s+(?:prison|jail|custody|exile)))|led|run|headed|chaired|served)\b[^.;]{0,50}\bsince\b/iu;
// ("Since leaving the Louvre in August 2021, Martinez has remained ambassador": the state since, to this day.)
const NOW_TENSE = /^\W*since\b(?:[^;.]|\.(?=\w)){0,80}\b(?:has|have) (?:been|served|remained|stayed|worked|run|led)\b|\b(?:remains|is now|are now|(?:now )?(?:runs|leads|works|serves|heads|chairs|sits|advises|teaches|lives)\b(?! (?:from|until|between) )|has since|currently|these days)\b/i;
// A claim told as someone else's: "a weekend report claimed", "some media reported that", "speculation centered on".
// (Not a company's own "reported a profit" or "reported that net profit rose": a report is a claim when it is told
// as one, "Bild reported on Saturday that", "was reported to be", or by the press.)
/** A pick foretold, not made: "tipped to become", "expected to be named", "the front-runner". */
const TIPPED = /\b(?:expected to|tipped|likely to|set to|poised to|in line to|front-?runner|favou?rite to|on condition of anonymity|familiar with)\b/i;
const CLAIMED = /\b(?:claim(?:ed|s)?|reported\b(?:\s+\S+){0,4}?\s+that\b(?!\s+(?:its\s+)?(?:net\s+|quarterly\s+|annual\s+|first-quarter\s+)?(?:profits?|loss(?:es)?|revenues?|sales|earnings|results|income)\b)|(?:was|were|is|are)\s+reported\s+to|reportedly|reports? of|reports? (?:\S+ ){0,6}?(?:that|say\w*|said|suggest\w*|claim\w*)\b|(?:media|press|newspapers?|outlets?|accounts|sources?|papers?|websites?|tabloids?|agenc(?:y|ies)|widely)\s+(?:\w+\s+)?reported|according to (?:\S+\s+){0,3}reports?|(?:a|the|earlier|weekend|press|media|news|agency|newspaper|unconfirmed)\s+reports?|rumou?rs?|speculat\w*|under consideration|said to be|considering|linked)\b/i;
// A claim answered: "denied the report", "the report was wrong", "there were no plans", "was not a candidate".
// (Not "Camacho, who is not a candidate": a description, not an answer.)
const REBUTTAL = /\b(?:den(?:y|ies|ied|ial)|untrue|not true|(?:was|were|is|are) wrong|no (?:such )?(?:plans?|intention)|(?<!\bwho (?:is|was) )not (?:a|the) candidate|ruled (?:\w+ )?out|(?:rejected|rejects|dismissed|dismisses) (?:the |any |all )?(?:reports?|claims?|speculation|talk|rumou?rs?|suggestions?))\b/i;
// ("The appointment puts to rest reports that Norman was poised to take the role": a claim laid to rest.)
// (…and the claim's outcome told as its failure: "That did not happen", "did not take up any post", "no such post had been offered".)
/** A denial in so many words, told of someone: "has denied that the club ever negotiated", "had never been offered the post". */
const FLAT_DENIAL = /\b(?:den(?:y|ies|ied)|(?:never|not) (?:been )?(?:offered|contacted|approached|spoken to)|never (?:spoke|negotiated|met|talked)|play(?:s|ed|ing)? down|not true|untrue)\b/i;
const DENIAL = /\b(?:(?:did not|didn't|never) (?:happen|materiali[sz]e|come to pass|take up(?![^.;]{0,40}\buntil\b))|never (?:happened|materiali[sz]ed)|(?:never|not) (?:been |was |were )?offered (?:the|a|an|that|any|him the|her the|him a|her a) (?:[\w-]+ ){0,2}?(?:post|job|role|position|extension|term|contract|renewal|seat)|no such (?:post|job|role|offer|position|appointment|move)|den(?:y|ies|ied|ial)|dishonest|fake news|untrue|not true|false(?:ly)?|refut\w+|disputed|disputing|disputes (?=the |that |this |those |these |reports?|claims?|accounts?|any )|dismiss(?:ed|es)? (?:the|as)|pushed back|(?:puts?|putting|laid|lays?) to rest (?:the |any |all )?(?:reports?|speculation|rumou?rs?|talk|claims?)|(?:runs?|ran|running) counter to (?:the |earlier |those )?(?:reports?|speculation|rumou?rs?|claims?|expectations?)|contrary to (?:the |earlier )?(?:reports?|speculation|rumou?rs?|expectations?))\b/i;
// A telling of something still ahead: "told members on Thursday that he will step down", "X will step down,
// the company said on Friday", "Novo says CEO X will step down".
const SPEECH = '(?:told|tells|said|says|announced|announces|confirmed|confirms|revealed|reveals|informed|informs|wrote|writes|declared|declares)';
// (…and "announced his resignation on Thursday", "is stepping down, he announced".)
const TELLS_AHEAD = new RegExp(`\\b${SPEECH}\\b[^.;]{0,100}?\\b(?:will|would|was to|is to|plans? to|planned to|intends? to|intended to)\\b|\\b(?:will|would)\\s[^.;]{0,100}?,\\s+(?:[\\p{L}'’-]+\\s+){0,4}${SPEECH}\\b|\\b(?:announc\\w*|confirm\\w*|reveal\\w*)\\s+(?:his|her|their)\\s+(?:resignation|retirement|departure|decision|exit|intention)\\b|\\b(?:is|are|was|were)\\s+(?:stepping down|leaving|quitting|resigning|retiring)\\b[^.;]{0,60}?,\\s+(?:[\\p{L}'’-]+\\s+){0,4}${SPEECH}\\b`, 'iu');
// A will/would clause: the leaving's own date is told inside it ("said he will step down on August 31").
const AHEAD_MODAL = /\b(?:will|would|was to|is to|plans? to|planned to|intends? to|intended to)\b/gi;
const SPEECH_RE = new RegExp(`\\b${SPEECH}\\b`, 'gi');
// A post named by who held it: "the sales job Robbins himself holds", "taking over the duties of Warrior".
const POST_WORDS = '(?:job|post|role|position|duties|responsibilities|portfolio|seat|brief)';
const POST_BEFORE = new RegExp(`\\b(?:the|a)\\s+(?:[\\p{L}-]+\\s+){0,3}${POST_WORDS}\\s+(?:that\\s+|which\\s+)?$`, 'iu');
const HELD_AFTER = /^\s+(?:himself\s+|herself\s+)?(?:holds|held|has held|had held|vacated|vacates|is vacating|gave up|gives up|is giving up|left behind)\b/i;
const TAKEN_POST_OF = new RegExp(`\\b(?:tak(?:es|ing|en)|took|inherit(?:s|ed|ing)?|assum(?:es|ed|ing))\\s+(?:over\\s+)?(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}${POST_WORDS}\\s+(?:once\\s+held\\s+by|held\\s+by|of)\\s+$`, 'iu');
// "When did X announce he was leaving?", "… say that she would step down": a telling of an event ahead.
const TELLING_Q = /\b(?:announc\w*|say|said|tell|told|reveal\w*|confirm\w*|disclos\w*)\s+(?:that\s+)?(?:he|she|they|it|the\s+\p{L}+)\s+(?:was|were|would|will|is|are|planned|plans|intended)\b/iu;
const ANNOUNCED_Q = /\b(?:announc\w*|said|say|says|report\w*|confirm\w*|reveal\w*|disclos\w*|made public)\b/i;
const QUESTION = /^(?:who|what|when|where|why|how|which|whose|is|are|was|were|did|does|do|has|have|can|will|should)\b|\?$/i;
const PERSON = /^(?:who\s+(?:is|was)|who'?s|tell\s+me\s+about|what\s+about|info\s+on|about)\s+(.+?)\??$/i;

// The date as the sentence words it: "Nov. 17", "18 November", "November 19, 2023", "in 2018", "on Tuesday".
// (The days of a month are the ones figures.ts blanks before reading counts.)
const DATE_PHRASES = [...DAY_PHRASE_SOURCES, '\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b'].map((re) => new RegExp(re, 'i'));

interface Candidate {
  passage: Passage;
  score: number;
  /** Share of the question's content words the sentence carries (stems, events, near spellings). */
  coverage: number;
  typed: boolean; // carries the kind of answer asked for
  onFocus: boolean; // names what the question is about (or refers back to it)
  value: string | null; // the date or number it gives, to show disagreeing sources side by side
  /** Names every organisation the question names (the corpus subject aside); an amount about a person names them. */
  fits: boolean;
  later: boolean | null; // "after she left …": tells what came after that person's event, not the event (null: no one person asked about)
  eventish?: boolean; // tells a change of the kind the question asks about (its event, or a word for it)
  successor?: true; // names whoever took the post of the person a "who replaced X?" asks about
  predecessor?: true; // names whoever held the post before the person a "who … before X?" asks about
  measured?: boolean; // carries the quantity a "what was the turnout …?" asks for
  elsewherePost?: boolean; // gives the post asked only at another organisation than the one asked about
  acts?: boolean; // tells the action a phrase of the question names ("drop the plan": abandoned, withdrew)
  picked?: boolean; // gives someone other than the one asked about the post a "who did X pick as PM?" asks for
  underTitle?: boolean; // gives the title asked only as a lesser one ("deputy prime minister" for "prime minister")
  direct?: boolean; // names the person asked about, or refers back to them (undefined: no person asked about)
  tellsLater?: boolean; // tells the event a "what was X doing before he went back …?" asks about the time before
  since?: boolean; // tells what a "what is X doing now?" asks about after X left
}

/**
 * Free text, read as a question: its type (who, when, where, why, how many/much, what is X doing
 * now, yes/no), its focus and its key words. An excerpt answers only when it is about the focus
 * and carries the key words or the kind of answer asked for; else an honest "not in the corpus".
 */
export function ask(index: BriefIndex, query: string, question: string, now: string): Answer {
  question = correctSpelling(index, question);
  const personQ = PERSON.exec(question.trim());
  if (personQ) {
    const e = index.entities.resolveName(personQ[1], 'person');
    // Only a question that is just a name ("who is zhou hao") is about the person as a whole;
    // "who is Meta's general counsel" asks for someone else.
    const { consumed } = index.entities.resolve(personQ[1]);
    const rest = words(personQ[1]).filter((w, i) => !consumed.has(i) && !STOPWORDS.has(w));
    if (e && termsOf(personQ[1]).length <= 3 && !rest.length) return person(index, query, personQ[1], now);
  }
  // "Do the sources disagree about whether Qwen stays open source?": the disagreements who-leads finds.
  // "Do the sources agree on when Fernandez joined Unilever?": where no leadership disagreement is about
  // it, the question inside is asked, and differing answers are shown side by side as for any other.
  const inner = DISAGREE_Q.test(question) ? /\b(?:on|about|over|as to)\s+((?:when|where|who|whom|why|how|what|which|whether)\b.+)$/i.exec(question)?.[1].replace(/^whether\s+/i, '') ?? null : null;
  if (DISAGREE_Q.test(question)) {
    const found = disagreements(index, query, question, now, !!inner);
    if (found) return found;
  }
  const q = readQuestion(index, inner ?? question);
  if (!q.focus.length && !q.terms.some((t) => index.vocab.has(t.stem)) && !QUESTION.test(question.trim())) {
    return helpAnswer(query, `I couldn't make sense of “${question}”.`, 'who-leads');
  }
  const notFound = (why: string): Answer => ({
    command: 'ask', query, asOf: null, found: false,
    heading: 'That is not in the corpus.',
    items: [],
    notes: [why, 'Try /qwen who-leads, /qwen timeline or /qwen sources.'],
    citations: [],
  });
  // "Who won the 2021 election?", of sources that end in 2020.
  const beyond = afterCorpus(index, q.text, now);
  if (beyond) return notFound(`The newest source is from ${beyond.newest}; none tells what happened in ${beyond.asked}. I won't guess.`);
  if (q.unknownNames.length) return notFound(`No source mentions ${q.unknownNames.map((n) => `“${n}”`).join(', ')}; I won't guess.`);
  // "What was the turnout in the July election?", of a corpus that never says "turnout": the thing measured
  // is nowhere, so no figure near the other words answers it.
  const measured = /^(?:what|how)\s+(?:was|were|is|are|big|high|large)\s+(?:the\s+)?([a-z]{5,})\b/i.exec(q.text)?.[1].toLowerCase();
  // (…or the measure the question names further on: "what was voter turnout in the November election".)
  const absent = (measured || q.measure) && (q.type === 'what' || q.type === 'how-many' || q.type === 'how-much') ? q.terms.find((t) => !t.context && (t.word === measured || t.stem === q.measure) && !index.vocab.has(t.stem) && !sameThing(t.stem).some((x) => index.vocab.has(x))) : undefined;
  if (absent) return notFound(`No source mentions “${absent.word}”; I won't guess.`);
  // "How much severance pay did Vestberg get?": what is counted is named right after "how much", and a
  // corpus that never names its kind ("severance") has no figure for it, whatever other figures it gives.
  const counted0 = /^how\s+(?:much|many)\s+((?:[a-z][a-z-]+\s+){0,2}?)(?:did|does|do|was|were|is|are|has|have|had|will|would|could|can|in|of|at|for|from|to)\b/i.exec(q.text)?.[1];
  // (The word saying which kind only, "severance" in "severance pay": the thing itself, "customers", may be
  // written otherwise ("clients"). An English word only: "enterprize" is a slip the search reads past.)
  // (…and never a name typed after it, "how many customers netflix has": the thing is the last word before the name.)
  const countedAll = counted0 ? words(counted0) : [];
  const countedNamed = counted0 ? index.entities.resolve(counted0).consumed : new Set<number>();
  const countedWords = countedAll.filter((_, i) => !countedNamed.has(i)).slice(0, -1).filter((w) => w.length >= 4 && !STOPWORDS.has(w) && !GENERIC_COUNT.test(w) && isEnglish(w));
  const unnamed = countedWords.map((w) => q.terms.find((t) => t.word === w)).find((t) => t && !t.context && !holdsSame(index.vocab, t.stem));
  if (unnamed) return notFound(`No source mentions “${unnamed.word}”; I won't guess.`);
  // "Which headhunter did Sonos use?": the kind of one asked for, named nowhere in the corpus (nor a word of its
  // family), has no answer, whatever the sentences say of the search.
  const sortAsked = /^(?:which|what)\s+([a-z]{4,})\s+(?:did|does|do|has|have|had|was|were|is|are|will|would)\b/i.exec(q.text)?.[1].toLowerCase();
  const kindTerm = sortAsked && q.type !== 'role' && isEnglish(sortAsked) && !GENERIC_COUNT.test(sortAsked) && !GENERIC_KIND.test(sortAsked) ? q.terms.find((t) => t.word === sortAsked && !t.context && !holdsSame(index.vocab, t.stem)) : undefined;
  const about = q.focus.filter((id) => id !== index.focus).map((id) => index.entities.get(id)!.name);
  if (kindTerm) return notFound(`No source mentions “${kindTerm.word}”${about.length ? ` about ${about.join(' and ')}` : ''}; I won't guess.`);
  // "When was Evergrande delisted?", of a corpus that never says "delisted" (nor a word of its family): the
  // happening asked of is nowhere, whatever else the sentences say of the company.
  // (Not a modal "supposed to", "expected to".)
  const unseen = q.type === 'when' ? q.terms.find((t) => !t.context && /^[a-z]{5,}(?:ed|en)$/.test(t.word) && !new RegExp(`\\b${t.word}\\s+to\\b`, 'i').test(q.text) && isEnglish(t.word) && !sameThing(t.stem).length && !holdsSame(index.vocab, t.stem) && ![...index.vocab].some((v) => v.length >= 5 && (t.stem.startsWith(v) || v.startsWith(t.stem)))) : undefined;
  if (unseen) return notFound(`No source mentions “${unseen.word}”; I won't guess.`);
  // "How many CEOs has HP had since Hurd left?": the heads themselves, counted.
  const counted = headsSince(index, q, query, question, now);
  if (counted) return counted;
  // "Who is the CFO?": a role no sentence gives anyone.
  if (q.title && (q.type === 'who' || q.type === 'what') && !REPLACED_Q.test(q.text) && !roleKnown(index, q, now)) {
    return notFound(`No source names ${rolePhrase(q)}; I won't guess.`);
  }
  // "Who is England's goalkeeping coach?": no sentence gives anyone that post of theirs.
  const post = q.type === 'who' && !REPLACED_Q.test(q.text) ? postAsked(index, q.text) : null;
  if (post && !postHeld(index, post, q.title, now)) {
    return notFound(`No source names ${post.ownerText}'s ${post.post}; I won't guess.`);
  }

  const candidates = gather(index, q, now);
  // "When was Bartz fired?": where a source gives the day ("dismissed … on Tuesday"), a later look back
  // that gives only the month ("fired last September") says less.
  const dayTold = q.type === 'when' ? candidates.filter((c) => c.typed && (c.eventish || c.coverage >= 1) && c.passage.dateOrigin === 'sentence' && c.passage.datePrecision === 'day') : [];
  if (dayTold.length) {
    // (Not a month told with "join", "joined Hertz in March 2018", under a day told with another verb of its kind,
    // "was named chief executive on Tuesday, May 19": joining a company is not being given a post in it, where
    // "fired last September" and "dismissed on Tuesday" are one event.)
    const verbs = q.terms.filter((t) => !t.context && /^(?:re)?join$/.test(t.stem));
    const literal = (c: Candidate) => verbs.filter((t) => termMatches(index, c.passage, t.stem)).length;
    const told = Math.max(...dayTold.map(literal));
    // (Only in the month or year a day is told for: "the party formed in July 2020" is no vaguer telling of
    // "ready to form a government" on 10 April 2021.)
    const within = (c: Candidate) => dayTold.some((d) => d.passage.date!.startsWith(c.passage.date!.slice(0, c.passage.datePrecision === 'month' ? 7 : 4)));
    for (const c of candidates) if (c.typed && (c.passage.datePrecision === 'month' || c.passage.datePrecision === 'year') && literal(c) <= told && within(c)) c.score -= 3.5;
    candidates.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
  }
  if (q.type === 'when') corroborate(q, candidates);
  // "When is the snap election?": in the present tense, the one still ahead when told ("February 14, 2021 -
  // Date set for the early election" in an article of February 1), before one long past.
  if (q.type === 'when' && /^when\s+(?:is|are)\b/i.test(q.text)) {
    const ahead = (c: Candidate) => { const pub = index.docByPath.get(c.passage.doc)!.published; return (!!pub && !!c.passage.date && c.passage.date > pub) || AHEAD.test(c.passage.text); };
    // (The newest telling: a later "set for March 3" over a stale plan.)
    const told = candidates.filter((c) => c.typed && ahead(c));
    const newest = told.map((c) => index.docByPath.get(c.passage.doc)!.published ?? '').sort().at(-1);
    for (const c of told) if ((index.docByPath.get(c.passage.doc)!.published ?? '') === newest) c.score += 4;
    candidates.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
  }
  // "When did X announce he was leaving?": a telling of the leaving ahead answers before the leaving itself.
  // (Which candidates tell it: once per question, not once per use.)
  const tellers = q.type === 'when' && TELLING_Q.test(q.text) && q.events.length ? new Set(candidates.filter((c) => TELLS_AHEAD.test(c.passage.text) && tellsAsked(index, q, c.passage))) : new Set<Candidate>();
  const toldBy = candidates.filter((c) => c.onFocus && c.typed && tellers.has(c));
  if (toldBy.length) {
    const told = Math.max(...toldBy.map((c) => c.score));
    for (const c of candidates) if (!tellers.has(c)) c.score = Math.min(c.score, told * 0.7);
    candidates.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
  }
  let answering = candidates.filter((c) => answers(q, c));
  // "Since when has Gelb been general manager?": a year the sources give with "since" (or the year he became
  // it), each one; "who has run the company since 2004" tells it too, in other words. Other dates are no answer.
  if (q.type === 'when' && q.terms.some((t) => t.stem === 'sinc')) {
    // (A year the sentence writes, "since 2004", "in March 2019"; not the day it is dated to, "2017-10".)
    // (…or the span of office: "ran the Bolshoi from 2001 until this July".) Held, led or titled right before the year:
    // "ticket sales were the highest since 2011" is no answer.
    const held = HELD_FROM_YEAR;
    const since = (c: Candidate) => held.test(c.passage.text) && ((!!c.value && /\b(?:19|20)\d\d\b/.test(c.value) && !/^\d{4}-\d{2}/.test(c.value)) || /\bfrom (?:19|20)\d\d (?:until|to|through|till)\b|\bsince (?:\p{L}+ )?(?:19|20)\d\d\b/u.test(c.passage.text));
    const more = candidates.filter((c) => !answering.includes(c) && c.onFocus && c.direct !== false && since(c) && /^since/i.test(c.value!) && c.coverage > 0);
    if (answering.some(since) || more.length) answering = [...answering.filter(since), ...more].sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
  }
  // "Who proposed making Bach honorary president?": the verb after "who" is what is asked; a sentence
  // naming someone with it ("the proposal … was presented by Nicole Hoevertsz") answers before ones that
  // only tell the honour.
  const deed = WHO_DID.exec(q.text)?.[1];
  const deedTerm = deed && !eventKindOf(deed) ? q.terms.find((t) => !t.context && t.word === deed.toLowerCase()) : undefined;
  if (q.type === 'who' && deedTerm) {
    // (…its noun too: "proposed" is "the proposal", "nominated" is "the nomination".)
    const did = (c: Candidate) => c.typed && (termMatches(index, c.passage, deedTerm.stem) || words(c.passage.text).some((w) => w.startsWith(deedTerm.stem) && NOMINAL.test(w.slice(deedTerm.stem.length))));
    const top = answering[0]?.score ?? 0;
    for (const c of answering) if (did(c)) c.score = Math.max(c.score, top) + 1;
    answering.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
  }
  // "How old is X?": only a sentence giving X's age beside X's name ("Badenoch, 44,", "the 69-year-old").
  // ("How old was the founder …?": with no one named, the one the articles most often give that post.)
  const holderOf = (title: string) => {
    const counts = new Map<string, number>();
    // (Of the organisation asked about, or the corpus's, as of the day asked; a top post is its head then.)
    const org = q.focus.find((id) => index.entities.get(id)?.type === 'organisation') ?? index.focus;
    if (titleOf(title)?.head === 'org') return currentHead(index, org, false, now)?.head;
    for (const r of index.roles) if (!r.past && !r.future && sameTitle(r.title, title) && (r.org === null || r.org === org) && isEligible(index, index.passages[r.passage], now) && index.entities.get(r.person)?.type === 'person') counts.set(r.person, (counts.get(r.person) ?? 0) + 1);
    const [first, second] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return first && (!second || first[1] >= 2 * second[1]) ? first[0] : undefined;
  };
  const agedPerson = /\bhow old\b/i.test(q.text) ? q.focus.find((id) => index.entities.get(id)?.type === 'person') ??
    (q.title && new RegExp(`\\bthe\\s+(?:[\\w'’]+\\s+){0,3}?${escapeRegExp(q.titleWords?.join(' ') ?? q.title)}\\b`, 'i').test(q.text) ? holderOf(q.title) : undefined) : undefined;
  if (agedPerson) {
    // (An age told of someone else named nearer it is theirs: "Ben Silbermann, the 40-year-old co-founder, handed
    // the job to Bill Ready" gives no age for Ready.)
    // ("Chuck Robbins, the 50-year-old head of field operations": right after their name, theirs.)
    const ownAge = (p: Passage) => {
      const at = AGE_ANY.exec(p.text)?.index;
      if (at === undefined) return false;
      const people = index.mentions[p.id].filter((m) => index.entities.get(m.id)?.type === 'person');
      if (people.some((m) => m.id === agedPerson && m.end <= at && /^\s*,\s*(?:the|a|an)?\s*$/i.test(p.text.slice(m.end, at)))) return true;
      const nearest = people.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
      return !nearest || nearest.id === agedPerson;
    };
    answering = candidates.filter((c) => c.onFocus && index.mentions[c.passage.id].some((m) => m.id === agedPerson && AGE_AFTER.test(c.passage.text.slice(m.end, m.end + 30))) || ((refersBack(index, c.passage, [agedPerson]) || index.mentions[c.passage.id].some((m) => m.id === agedPerson)) && ownAge(c.passage)));
    // "… a photograph of Mazzarri. The 62-year-old has signed …": the age opening the next sentence is of the
    // last person the one before it named.
    for (const pid of index.byEntity.get(agedPerson) ?? []) {
      const next = index.passages[pid + 1];
      if (!next || next.doc !== index.passages[pid].doc || next.paragraph !== index.passages[pid].paragraph || !/^The \d{2}-year-old\b/.test(next.text) || !isEligible(index, next, now)) continue;
      if (index.mentions[pid].filter((m) => index.entities.get(m.id)?.type === 'person').at(-1)?.id !== agedPerson) continue;
      if (!answering.some((c) => c.passage.id === next.id)) answering.push(candidateFor(candidates, next, true));
    }
    if (!answering.length) return notFound(`No source gives ${index.entities.get(agedPerson)!.name}'s age; I won't guess.`);
    // Each age the sources give, once, before a second source for the same one ("34" four times hides "35").
    for (const c of answering) c.value = /\b(\d{2})(?:-year-old|\s+years old|\b)/.exec(c.passage.text.replace(/\b(?:19|20)\d\d\b/g, ''))?.[1] ?? null;
    const firsts = answering.filter((c, i) => c.value && answering.findIndex((x) => x.value === c.value) === i);
    answering = [...firsts, ...answering.filter((c) => !firsts.includes(c))];
  }
  // "Why did X leave?": the reason is often told beside the leaving, without its verb ("Directors had
  // lost confidence in the strategy the CEO laid out"): a reason about X within a paragraph of an answer.
  if (q.type === 'why' && answering.length) {
    const near = new Set(answering.flatMap((c) => [-1, 0, 1, 2].map((d) => `${c.passage.doc}\0${c.passage.paragraph + d}`)));
    // (Anywhere in the article for a sentence that names the one asked about and a cause outright:
    // "Bakish had clashed with Redstone …, and Redstone had lost confidence in him", four paragraphs on.)
    const docs = new Set(answering.map((c) => c.passage.doc));
    const named = (c: Candidate) => index.mentions[c.passage.id].some((m) => q.focus.includes(m.id) && /^\p{Lu}/u.test(c.passage.text.slice(m.start, m.end)) && index.entities.get(m.id)?.type === 'person');
    // (…or, in an article about the one person asked about, a sentence naming no one else: "The board says the
    // suspension relates to a possible failure of controls".)
    const whom = q.focus.filter((id) => !q.context.includes(id) && index.entities.get(id)?.type === 'person');
    const aboutThem = (c: Candidate) => whom.length === 1 && docAbout(index, c.passage.doc, whom[0]) &&
      !index.mentions[c.passage.id].some((m) => m.id !== whom[0] && index.entities.get(m.id)?.type === 'person');
    const extra = candidates.filter((c) => c.typed && (c.onFocus || aboutThem(c)) && !answering.includes(c) &&
      (near.has(`${c.passage.doc}\0${c.passage.paragraph}`) || (docs.has(c.passage.doc) && STRONG_REASON_RE.test(c.passage.text) && named(c))));
    answering = [...answering, ...extra].sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
  }
  // An interview: the answer to a question that matches ours is the answer ("Q: Why did you leave
  // Qwen?" → "A: I wanted to build agents …"), when it gives the kind of answer asked for.
  // Only an interviewer's question of the same kind ("Why …?" for why) leads to the answer.
  const opener = (t: string) => /^(?:Q\s*[:：]\s*)?(\p{L}+)/u.exec(t)?.[1].toLowerCase() ?? '';
  // (…and so does an explainer's heading put as a question, "Why is Unilever doing this?", in an
  // article that carries every word asked about.)
  const keys = q.terms.filter((t) => !t.context);
  // (For "why", a heading asking what someone was accused of, or on what grounds, asks it too.)
  const sameKind = (t: string) => opener(t) === opener(q.text) || (q.type === 'why' && /^what\b/i.test(t) && /\b(?:accus\w*|charges?|charged|reasons?|grounds?|cause)\b/i.test(t));
  const heading = (c: Candidate) => /\?$/.test(c.passage.text) && c.onFocus && sameKind(c.passage.text) && words(c.passage.text).length <= 12 &&
    keys.every((t) => holdsSame(docTerms(index, c.passage.doc).terms, t.stem));
  const headings = q.type === 'why' ? candidates.filter(heading) : [];
  // (…and shares a word asked, or names whom the question asks about when it asks no word: "Q: What does
  // Kohl's say happened?" is no "what is Buchanan up to?".)
  const sameSubject = (c: Candidate) => (keys.length ? keys.some((t) => termMatches(index, c.passage, t.stem)) : q.focus.every((id) => index.mentions[c.passage.id].some((m) => m.id === id)));
  const asked = [...answering.filter((c) => /^Q\s*[:：]/.test(c.passage.text) && opener(c.passage.text) === opener(q.text) && sameSubject(c)), ...headings];
  if (asked.length) {
    // The reply: the lines after the question in its paragraph, else the paragraph after it.
    const replies = new Set<number>();
    // (Under "Why is X doing this?" the lines are the reason, whatever words they use.)
    const reasons = new Set<number>();
    for (const c of asked) {
      const after = index.passages[c.passage.id + 1];
      const para = after?.doc === c.passage.doc && after.paragraph === c.passage.paragraph ? c.passage.paragraph : c.passage.paragraph + 1;
      for (let id = c.passage.id + 1; index.passages[id]?.doc === c.passage.doc && index.passages[id].paragraph <= para; id++) {
        if (index.passages[id].paragraph !== para) continue;
        replies.add(id);
        if (headings.includes(c)) reasons.add(id);
      }
    }
    for (const c of candidates) {
      if (!replies.has(c.passage.id) || !(c.typed || q.type === 'what' || q.type === 'yesno' || reasons.has(c.passage.id))) continue;
      c.score += 10;
      if (!answering.includes(c)) answering.push(c);
    }
    answering.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
  }
  // "Who replaced X?": only a sentence naming someone who took X's post answers (not X's own role).
  const isPerson = (id: string) => index.entities.get(id)?.type === 'person';
  // ("Who took over Rolls-Royce SMR after Tom Samson left?": the one who left is the one replaced.)
  const leftAsked = REPLACED_Q.test(q.text) && /\bafter\s+[\p{L}'’.\s-]+?\s+(?:left|leaves|quit|quits|resigned|resigns|departed|departs|stepped down|steps down|was (?:fired|sacked|ousted|dismissed))\b/iu.test(q.text);
  const mainPeople = q.focus.filter((id) => !q.context.includes(id) && isPerson(id));
  const replaced = REPLACED_Q.test(q.text) ? (mainPeople.length || !leftAsked ? mainPeople : q.context.filter(isPerson)) : [];
  if (replaced.length === 1) {
    // (…in the post asked about, when one is: "as transport minister" is not answered by his finance successor.)
    // (The post's own word is enough: "takes over at the Department for Education" for education secretary.)
    // (…or the place: "who replaced Gigaba at home affairs" is not answered by his successor at finance,
    // unless the place is the corpus's subject, which a sentence may call "the company".)
    const placeM = !q.title ? /\b(?:at|in)\s+(the\s+)?([\p{L}\s'’-]+?)(?:\s+in\s+\d{4})?\s*\??$/iu.exec(q.text) : null;
    const place = placeM?.[2];
    const placeIds = place ? index.entities.resolve(place).ids : [];
    const placeWords = place && !placeIds.includes(index.focus) ? words(place).filter((w) => !STOPWORDS.has(w)) : [];
    // (An organisation named as the place is there too in a sentence of an article about it, or one whose
    // first sentence names it: "Kestrel AI today announced …. He succeeds co-founder Ada Rhee".)
    const placeOrg = placeIds.find((id) => index.entities.get(id)?.type === 'organisation');
    // ("Manager", "coach": the head of a team, as "head coach" and "in charge" are.)
    const own = q.title ? words(q.title).filter((w) => !/^(?:minister|secretary|chief|officer|deputy|head|director|president|chair|shadow|manager|coach)$/.test(w)) : placeWords;
    const says = (w: string, text: string) => new RegExp(`\\b${escapeRegExp(w)}`, 'i').test(text);
    const atPlaceOrg = (c: Candidate) => !!placeOrg && !q.title && (index.mentions[c.passage.id].some((m) => m.id === placeOrg) || docAbout(index, c.passage.doc, placeOrg));
    // (The article's first sentence.)
    const lede = (c: Candidate) => index.docByPath.get(c.passage.doc)!.passages[0]?.text ?? '';
    const placeLeads = (c: Candidate) => !placeOrg && placeWords.length > 0 && placeWords.every((w) => docTerms(index, c.passage.doc).terms.has(stem(w))) &&
      placeWords.every((w) => says(w, lede(c)));
    // (A rank within the post must be told too: "as deputy secretary general" is not answered by the new
    // secretary general.)
    const rank = q.title ? words(q.title).filter((w) => /^(?:deputy|vice|assistant|associate|under)$/.test(w)) : [];
    // (…and the body the post is of, in its own words where no organisation is known by them: "as president
    // of the French cycling federation" is not answered by the new UCI president.)
    const ofPhrase = q.title ? /\bas\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,3}?(?:of|at)\s+(?:the\s+)?([\p{L}\s'’-]+?)\s*\??$/iu.exec(q.text)?.[1] : undefined;
    // (The words no name known takes up: "French … federation" where "CYCLING" was a heading.)
    const ofResolved = ofPhrase ? index.entities.resolve(ofPhrase) : null;
    const ofNamed = ofResolved?.consumed ?? new Set<number>();
    const ofWords = ofPhrase ? words(ofPhrase).filter((w, i) => !ofNamed.has(i) && !STOPWORDS.has(w)) : [];
    const ofBody = (c: Candidate) => ofWords.every((w) => says(w, c.passage.text) || says(w, lede(c)));
    // (…and the organisation it names, other than the corpus's own: "as music director of the Bavarian State Opera"
    // is not answered by a sentence on the orchestra's new chief conductor.)
    const ofIds = ofResolved ? ofResolved.ids.filter((id) => id !== index.focus && index.entities.get(id)?.type === 'organisation') : [];
    const ofOrg = (c: Candidate) => ofIds.every((id) => index.mentions[c.passage.id].some((m) => m.id === id) || docAbout(index, c.passage.doc, id));
    // (…or given the post up to three sentences before: "Amina Lanaya has been confirmed as director general of the
    // UCI. … Lanaya replaces Martin Gibbs".)
    const givenBefore = (c: Candidate) => !!q.title && [1, 2, 3].some((d) => {
      const prev = index.passages[c.passage.id - d];
      return prev?.doc === c.passage.doc && rolesAt(index, prev.id).some((r) => sameTitle(r.title, q.title!) && r.person !== replaced[0] && index.mentions[c.passage.id].some((m) => m.id === r.person));
    });
    const inPost = (c: Candidate) => ofBody(c) && ofOrg(c) && (rolesAt(index, c.passage.id).some((r) => sameTitle(r.title, q.title!)) || givenBefore(c) ||
      rank.every((w) => says(w, c.passage.text)) && (atPlaceOrg(c) || placeLeads(c) || !own.length || own.some((w) => says(w, c.passage.text))));
    // ("He took over Gao's Qwen-Coder team": whatever the sentence's own reading, the one asked about is
    // what was taken over; the sentence before names who "he" is.)
    const takenIds = new Set((index.byEntity.get(replaced[0]) ?? []).slice(0, EVIDENCE_CAP).filter((id) => isEligible(index, index.passages[id], now) && tookOverFrom(index, index.passages[id], replaced[0]) && !NO_SUCCESSOR.test(index.passages[id].text)));
    const takenFrom = [...takenIds].filter((id) => !answering.some((c) => c.passage.id === id)).map((id) => candidateFor(candidates, index.passages[id], true));
    answering = [...answering, ...takenFrom].filter((c) => (c.successor || takenIds.has(c.passage.id) || (c.typed && sameEventWord(index, c.passage, 'replaced'))) && inPost(c) && !didReplace(index, c.passage, replaced[0]) && !replacedOther(index, c.passage, replaced[0]));
    // (Someone else must be there, named or referred to: "Geoana leaves NATO" names no successor, but is
    // shown beside the answer that none is named.)
    const alone = answering.filter((c) => !index.mentions[c.passage.id].some((m) => m.id !== replaced[0] && isPerson(m.id)));
    answering = answering.filter((c) => !alone.includes(c));
    for (const c of answering.filter((x) => takenIds.has(x.passage.id))) {
      const before = index.passages[c.passage.id - 1];
      const he = index.mentions[c.passage.id].find((m) => m.ref && m.id !== replaced[0] && index.entities.get(m.id)?.type === 'person');
      const named = (p: Passage) => index.mentions[p.id].some((m) => m.id !== replaced[0] && !m.ref && index.entities.get(m.id)?.type === 'person');
      if (he && !named(c.passage) && before?.doc === c.passage.doc && index.mentions[before.id].some((m) => m.id === he.id && !m.ref) && !answering.some((x) => x.passage.id === before.id)) answering.splice(answering.indexOf(c), 0, candidateFor(candidates, before));
    }
    if (!answering.length) {
      // (In the user's words where the question gives the post: "as dean of the business school".)
      const asked = /.*\bas\s+(.+?)\s*\??$/i.exec(q.text)?.[1];
      const post = q.title ? ` as ${asked ?? q.title}` : placeWords.length ? ` at ${placeM![1] ? 'the ' : ''}${place!.trim()}` : '';
      const why = `No source says who replaced ${index.entities.get(replaced[0])!.name}${post}; I won't guess.`;
      // "The business school has not said who will replace him as dean": the sources saying no one was named yet, cited.
      const untold = index.passages.filter((p) => NO_SUCCESSOR.test(p.text) && index.mentions[p.id].some((m) => m.id === replaced[0]) && isEligible(index, p, now)).slice(0, 3);
      if (!untold.length && alone.length) return untoldAnswer(index, query, alone.slice(0, 3).map((c) => c.passage), null, why.replace(/; I won't guess\.$/, `: ${alone.length > 1 ? 'the sources above tell' : 'the source above tells'} only of the leaving.`));
      if (!untold.length) return notFound(why);
      return untoldAnswer(index, query, untold, null, why.replace(/; I won't guess\.$/, untold.length > 1 ? ': the sources above say no one had been named.' : ': the source above says no one had been named.'));
    }
    // "Who replaced Smith as CEO?", answered only by a stand-in: the permanent head named after him as well
    // (Barros as interim chief executive, then Begor), from the organisation's head claims.
    if (q.title && titleOf(q.title)?.head === 'org' && answering.some((c) => INTERIM_RE.test(c.passage.text))) {
      const head = currentHead(index, ofIds[0] ?? index.focus, false, now);
      const shown = new Set([...answering].sort((a, b) => b.score - a.score).slice(0, MAX_EXCERPTS).flatMap((c) => index.mentions[c.passage.id].map((m) => m.id)));
      const since = answering.map((c) => c.passage.date).filter((d): d is string => !!d).sort()[0];
      const claim = head && head.head !== replaced[0] && !shown.has(head.head) && since ?
        firstInPost(head.claims, q.title, since) : undefined;
      if (claim) {
        // (Shown beside the stand-in's best telling, ahead of the stand-in's others.)
        const c = candidateFor(candidates, claim.passage, true);
        answering = answering.filter((x) => x.passage.id !== c.passage.id);
        answering.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
        answering.splice(1, 0, { ...c, score: (answering[0]?.score ?? c.score) - 0.01 });
      }
    }
  }
  // "Who ran Wells between Sloan and Scharf?": the heads in the gap, from the head claims.
  const gap = betweenHeads(index, q, now);
  if (gap.length) answering = [...gap.map((id) => candidateFor(candidates, index.passages[id], true)), ...answering.filter((c) => !gap.includes(c.passage.id))];
  // "Who was the interim foreign minister after Leyva was suspended?": the stand-in's sentences first.
  const acting = gap.length ? [] : standIns(index, q, now);
  if (acting.length) answering = [...acting.map((id) => candidateFor(candidates, index.passages[id], true)), ...answering.filter((c) => !acting.includes(c.passage.id))];
  // "Who was BP's CFO before Auchincloss?": only a sentence naming whom he followed answers; one naming
  // who followed him, or anyone else in the post, does not.
  const beforeWho = predecessorAsked(index, q);
  if (beforeWho && !REPLACED_Q.test(q.text) && (q.title || q.events.length)) {
    // (…or one naming someone else who held a post then, "after Robby Walker, who had led it".)
    // With a title asked ("CFO"), that post.
    answering = answering.filter((c) => c.predecessor || rolesAt(index, c.passage.id).some((r) => r.past && r.person !== beforeWho && (!q.title || sameTitle(r.title, q.title!))) ||
      (!q.title && eventsAt(index, c.passage.id).some((e) => e.kind === 'end' && e.person && e.person !== beforeWho)));
    if (!answering.length) return notFound(`No source says who came before ${index.entities.get(beforeWho)!.name}${q.title ? ` as ${q.title}` : ''}; I won't guess.`);
  }
  if (!answering.length) {
    // "How much did Red Bull pay Horner to leave?" — "no details of his exit terms have been made public":
    // a source saying it was not disclosed is the answer there is, cited.
    const untold = candidates.find((c) => c.onFocus && c.coverage > 0 && UNDISCLOSED.test(c.passage.text) && (!q.focus.length || index.mentions[c.passage.id].some((m) => q.focus.includes(m.id))));
    if (untold) return untoldAnswer(index, query, [untold.passage], index.docByPath.get(untold.passage.doc)!.published ?? null, 'No source gives it; the one above says it was not made public.');
    const matched = new Set(candidates.flatMap((c) => q.terms.filter((t) => termMatches(index, c.passage, t.stem)).map((t) => t.stem)));
    const missing = [...new Set(q.terms.filter((t) => !matched.has(t.stem)).map((t) => t.word))];
    // (Naming who or what was asked about: "No source answers that about Gareth Southgate".)
    const about = askedAbout(index, q).map((id) => index.entities.get(id)!.name);
    // (…and the words typed, when every one is in the corpus but no sentence answers with them.)
    const typed = q.terms.filter((t) => !t.context).map((t) => `“${t.word}”`);
    // (…or, with no one named, the words that were found: "“nyse” about “price”, “shares”, “2021”".)
    const found = q.terms.filter((t) => matched.has(t.stem)).map((t) => `“${t.word}”`);
    return notFound(missing.length ? `No source mentions ${missing.map((w) => `“${w}”`).join(', ')} about ${about.length ? about.join(' and ') : found.length ? found.join(', ') : 'what you asked'}; I won't guess.` : `No source answers that${typed.length ? ` (${typed.join(', ')})` : ''}${about.length ? ` about ${about.join(' and ')}` : ''}; I won't guess.`);
  }
  const picked = diversify(answering, MAX_EXCERPTS, q);
  // "Who is the Celtic manager now?", asked after the manager the best excerpt names has left: whoever
  // took over from him goes first ("Kennedy … takes over on an interim basis").
  if (q.type === 'who' && q.title && q.current && picked.length) {
    const was = rolesAt(index, picked[0].passage.id).find((r) => sameTitle(r.title, q.title!) && !r.past)?.person;
    const left = was ? leavingOf(index, was, now) : null;
    // ("Oyun-Erdene was considered to have resigned … The speaker asked Oyun-Erdene to stay on as caretaker prime
    // minister": the one who left holds the post as caretaker until someone is named, told first.)
    const stays = was && left && left.on <= now ? rolesOf(index, was).filter((r) => (r.interim || r.caretaker) && !r.past && sameTitle(r.title, q.title!) && isEligible(index, index.passages[r.passage], now) &&
      (index.passages[r.passage].date ?? '') >= left.on && (index.passages[r.passage].date ?? '') <= now).map((r) => index.passages[r.passage]).sort((a, b) => byDateDesc(a.date, b.date) || a.id - b.id)[0] : undefined;
    const named = stays ? successorEvidence(index, was!, now, q).some((p) => isEligible(index, p, now) && (p.date ?? '') >= (stays.date ?? '') && !CLAIMED.test(p.text) && !TIPPED.test(p.text) &&
      eventsAt(index, p.id).some((e) => (e.kind === 'start' || e.kind === 'succession') && !!e.person && e.person !== was && !e.replaced)) ||
      rolesOf(index, was!).some((r) => !r.interim && !r.caretaker && !r.past && sameTitle(r.title, q.title!) && (index.passages[r.passage].date ?? '') > (stays.date ?? '') && (index.passages[r.passage].date ?? '') <= now && isEligible(index, index.passages[r.passage], now)) : false;
    if (stays && !named) {
      const at = picked.findIndex((c) => c.passage.id === stays.id);
      if (at > 0) picked.unshift(...picked.splice(at, 1));
      else if (at < 0) {
        if (picked.length >= MAX_EXCERPTS) picked.pop();
        picked.unshift(candidateFor(candidates, stays, true));
      }
    } else if (was && left && left.on <= now && (picked[0].passage.date ?? '') <= left.on) {
      const next = successorEvidence(index, was, now, q).find((p) => isEligible(index, p, now) && (p.date ?? '') >= left.on &&
        index.mentions[p.id].some((m) => m.id !== was && index.entities.get(m.id)?.type === 'person'));
      if (next && !picked.some((c) => c.passage.id === next.id)) {
        if (picked.length >= MAX_EXCERPTS) picked.pop();
        picked.unshift(candidateFor(candidates, next, true));
      }
    }
  }
  // "Elon Musk has abandoned his plan …" dated only by its article: the day is told a sentence or a
  // paragraph on ("In a blog post published late on Friday, …"), and that sentence is part of the answer.
  if (q.type === 'when') {
    for (const c of picked.slice(0, 2)) {
      if (c.passage.dateOrigin !== 'article') continue;
      const published = index.docByPath.get(c.passage.doc)!.published ?? '';
      let next: Passage | undefined;
      for (let id = c.passage.id + 1; index.passages[id]?.doc === c.passage.doc && index.passages[id].paragraph <= c.passage.paragraph + 1; id++) {
        const x = index.passages[id];
        if (x.dateOrigin === 'sentence' && x.datePrecision === 'day' && x.date! <= published) { next = x; break; }
      }
      if (!next || picked.some((x) => x.passage.id === next!.id)) continue;
      if (picked.length >= MAX_EXCERPTS) picked.pop();
      picked.splice(picked.indexOf(c) + 1, 0, candidateFor(candidates, next));
      break;
    }
  }
  // "Did Meta really offer …?": a denial of the claim is evidence too ("fake news", "dishonest").
  if (q.type === 'yesno') {
    const docs = new Set(picked.map((c) => c.passage.doc));
    // (…told of the person asked about by name, in words of its own: "he had never been offered the post".)
    const namesAsked = (c: Candidate) => index.mentions[c.passage.id].some((m) => q.focus.includes(m.id) && !q.context.includes(m.id) && index.entities.get(m.id)?.type === 'person');
    // (Only asked in the past, from an article already shown, and only where no denial carries the words asked:
    // "is X still the governor?" is answered by who holds it.)
    // (…and only a denial in so many words: "the disputed election", "statements … were false" deny nothing asked.)
    const rumour = (c: Candidate) => !q.current && namesAsked(c) && docs.has(c.passage.doc) && FLAT_DENIAL.test(c.passage.text);
    const denials = candidates.filter((c) => !picked.includes(c) && DENIAL.test(c.passage.text) && (c.coverage > 0 || rumour(c)) && (c.onFocus || docs.has(c.passage.doc)));
    const denial = denials.find((c) => c.coverage > 0) ?? denials[0];
    if (denial) {
      if (picked.length >= MAX_EXCERPTS) picked.pop();
      // (Right after the claim it answers, so that no later excerpt made room for takes its place.)
      picked.splice(Math.min(1, picked.length), 0, denial);
    }
  }
  // "Did Barros get the permanent CEO job?": whoever holds the top post now, when someone else does (Begor), from
  // the organisation's head claims, beside the sources that speak of him.
  // (Any other post, "Did Fatty end up as vice-president?": whoever was given it from the first telling of
  // the one asked about on, in a sentence that reports no claim.)
  // ("Did Macht get to keep the top job?": the head post, whatever it is called.)
  // (Its holder is whoever the organisation's head claims give, as chief executive, chair or head.)
  // "Did Cabot get her job back?": told she was expected to return, she resigned instead; her own leaving, told
  // by name from the first excerpt's day on, answers.
  if (q.type === 'yesno' && q.events.includes('return') && picked.length) {
    const who = q.focus.filter((id) => isPerson(id) && !q.context.includes(id));
    const from = picked.map((c) => c.passage.date).filter((d): d is string => !!d).sort()[0];
    const left = who.length === 1 && from ? endsOf(index, who[0]).map((e) => index.passages[e.passage])
      .filter((p) => !!p.date && p.date >= from && p.date <= now && isEligible(index, p, now) && index.mentions[p.id].some((m) => m.id === who[0] && !m.ref))
      .sort((a, b) => byDateDesc(b.date, a.date) || a.id - b.id)[0] : undefined;
    // (Not where they came back after it: "Did Altman get his seat back?" is told by the return.)
    const back = left && personEvents(index, who[0], now).some((e) => (e.kind === 'return' || e.kind === 'start') && (index.passages[e.passage].date ?? '') > left.date!);
    if (left && !back && !picked.some((c) => c.passage.id === left.id)) {
      if (picked.length >= MAX_EXCERPTS) picked.pop();
      picked.splice(1, 0, candidateFor(candidates, left, true));
    }
  }
  // ("Is Jhangiani still running Diageo?": the head post too, and whoever holds it now.)
  // (…of an organisation asked: "is Smith still leading the investigation?" asks of no one's post.)
  const stillRuns = q.type === 'yesno' && q.current && !q.title && /\bstill\s+(?:running|leading|heading|in charge|at the helm|the (?:head|boss|leader))\b/i.test(q.text) &&
    q.focus.some((id) => index.entities.get(id)?.type === 'organisation');
  const topJob = !q.title && (/\bthe top (?:job|post|role|position|spot)\b/i.test(q.text) || stillRuns);
  const postGot = q.title ?? (topJob ? 'head' : null);
  if (q.type === 'yesno' && postGot && (POST_GOT.test(q.text) || stillRuns)) {
    const who = q.focus.filter((id) => isPerson(id) && !q.context.includes(id));
    const orgAsked = q.focus.find((id) => index.entities.get(id)?.type === 'organisation');
    // (By name: "He replaces Glen Moreno" does not say who he is.)
    const shows = (id: string) => picked.some((c) => index.mentions[c.passage.id].some((m) => m.id === id && !m.ref));
    // (From the first article naming them that is shown: a claim about them, not the past it recalls.)
    const since = picked.filter((c) => index.mentions[c.passage.id].some((m) => m.id === who[0])).map((c) => index.docByPath.get(c.passage.doc)!.published).filter((d): d is string => !!d).sort()[0] ?? '';
    let given: Passage | undefined;
    const head = who.length === 1 && titleOf(postGot)?.head === 'org' && !INTERIM_RE.test(q.text) ? currentHead(index, orgAsked ?? index.focus, false, now) : null;
    if (head && head.head !== who[0] && !shows(head.head)) given = firstInPost(head.claims, topJob ? null : postGot, since)?.passage;
    // (Not where they did get it: a start of theirs in that post from then on.)
    // (A stand-in's post is not the one asked: Morell, acting director, did not get the director's job.)
    const gotIt = topJob ? head?.head === who[0] : who.length === 1 && rolesOf(index, who[0]).some((r) => sameTitle(r.title, postGot) && !r.past && !r.interim && !r.future && (index.passages[r.passage].date ?? '') >= since &&
      eventsAt(index, r.passage).some((e) => (e.kind === 'start' || e.kind === 'succession') && e.person === who[0] && !e.replaced) && !CLAIMED.test(index.passages[r.passage].text) &&
      !TIPPED.test(index.passages[r.passage].text) &&
      // (…the post itself, not one of that name over a field: "the agency's director for intelligence".)
      !/^[\p{L}-]*\s+(?:for|of)\s+\p{Ll}/u.test(index.passages[r.passage].text.slice(r.at)));
    if (who.length === 1 && !given && !topJob && picked.length && since && !gotIt) {
      // (An article that names the one asked about too tells of the same post: "the president instead kept that
      // post for Mrs Tambajang", not Nigeria's vice-president.)
      const namesThem = (p: Passage) => Number(!index.docByPath.get(p.doc)!.passages.some((x) => index.mentions[x.id].some((m) => m.id === who[0])));
      // (Named to it for a day ahead counts: "who will become interim chief executive when the financing closes".)
      const holder = index.roles.filter((r) => sameTitle(r.title, postGot) && r.person !== who[0] && !r.past && isPerson(r.person) &&
        (orgAsked ? r.org === orgAsked || roleAt(index, r, orgAsked) : r.org === null || r.org === index.focus || !namesThem(index.passages[r.passage])))
        .map((r) => ({ r, p: index.passages[r.passage] }))
        // (…given it there, not told as holding it: "The vice-president, Isatou Njie-Saidy" is the one before.)
        .filter(({ r, p }) => eventsAt(index, p.id).some((e) => (e.kind === 'start' || e.kind === 'succession' || e.kind === 'return') && e.person === r.person && !e.replaced))
        // (An undated article's telling counts, after every dated one.)
        .filter(({ p }) => (p.date ? p.date >= since : !index.docByPath.get(p.doc)!.published) && isEligible(index, p, now) && !CLAIMED.test(p.text))
        .sort((a, b) => namesThem(a.p) - namesThem(b.p) || ((a.p.date ?? '9') < (b.p.date ?? '9') ? -1 : (a.p.date ?? '9') > (b.p.date ?? '9') ? 1 : a.p.id - b.p.id))[0];
      if (holder && !shows(holder.r.person)) given = holder.p;
    }
    if (given && !picked.some((c) => c.passage.id === given!.id)) {
      if (picked.length >= MAX_EXCERPTS) picked.pop();
      picked.splice(Math.min(1, picked.length), 0, candidateFor(candidates, given, true));
    }
  }
  // "Was Yamashita a candidate?" — "Some Japanese media reported that Yamashita … was under consideration.
  // Yamashita denied that on Monday": the rebuttal told after a claim, in its paragraph or the next one's
  // opening, is the answer to the claim, and goes right after it.
  if (q.type === 'yesno') {
    let paired = false;
    for (const c of [...picked]) {
      if (!CLAIMED.test(c.passage.text) || REBUTTAL.test(c.passage.text)) continue;
      const rebuttal = followingSentences(index, c.passage, 3).find((x) => REBUTTAL.test(x.text) && isEligible(index, x, now));
      if (!rebuttal || picked.some((x) => x.passage.id === rebuttal.id)) continue;
      // (One more excerpt than usual, rather than losing one that may carry the rest of the answer.)
      if (picked.length > MAX_EXCERPTS) picked.splice(picked.at(-1) === c ? -2 : -1, 1);
      picked.splice(picked.indexOf(c) + 1, 0, candidateFor(candidates, rebuttal));
      paired = true;
      break;
    }
    // (…and a rebuttal that answers on its own is shown after the claim it answers, told just before it.)
    // (Not once a claim was paired above: making room could drop the rebuttal just shown.)
    const lone = paired ? undefined : picked.slice(0, 2).find((c) => REBUTTAL.test(c.passage.text) && !CLAIMED.test(c.passage.text));
    const before = lone ? index.passages[lone.passage.id - 1] : undefined;
    if (lone && before?.doc === lone.passage.doc && before.paragraph === lone.passage.paragraph && CLAIMED.test(before.text) && !picked.some((x) => x.passage.id === before.id)) {
      if (picked.length > MAX_EXCERPTS) picked.splice(picked.at(-1) === lone ? -2 : -1, 1);
      picked.splice(picked.indexOf(lone), 0, candidateFor(candidates, before));
    }
  }
  // "Is Habeck still vice chancellor?": someone else given that post since is the answer too.
  // ("Is Frydenberg deputy PM?", in the present: who has it now answers too, whenever they were given it.)
  const present = !q.current && /^(?:is|are)\b/i.test(q.text);
  const holder = q.type === 'yesno' && (q.current || present) && q.title ? q.focus.filter((id) => index.entities.get(id)?.type === 'person') : [];
  if (holder.length === 1) {
    const own = present ? '' : rolesOf(index, holder[0]).filter((r) => sameTitle(r.title, q.title!)).map((r) => index.passages[r.passage].date ?? '').sort().at(-1) ?? '';
    const after = givenPost(index, q.title!, now, (r) => r.person !== holder[0]).filter((p) => p.date! > own)
      .sort((a, b) => byDateDesc(a.date, b.date) || a.id - b.id)[0];
    // (One more excerpt than usual: the answer to "still?" is both what they do now and who has the post.)
    if (after && !picked.some((c) => c.passage.id === after.id)) {
      picked.push(candidateFor(candidates, after));
    }
  }
  // "Is Genish still CEO?": no, and the day he left is part of the answer ("… on Tuesday revoked all the executive
  // powers of chief executive Amos Genish"), where no excerpt tells his leaving on that day.
  const stillAsked = q.type === 'yesno' && q.current ? q.focus.filter((id) => !q.context.includes(id) && index.entities.get(id)?.type === 'person') : [];
  const left = stillAsked.length === 1 ? leavingOf(index, stillAsked[0], now) : null;
  const toldLeft = (p: Passage) => p.date === left?.on && eventsAt(index, p.id).some((e) => e.kind === 'end' && e.person === stillAsked[0]);
  if (left && !picked.some((c) => toldLeft(c.passage))) {
    const told = leavingTold(index, stillAsked[0], left.on, now);
    if (told) {
      if (picked.length >= MAX_EXCERPTS) picked.pop();
      picked.splice(1, 0, candidateFor(candidates, told, true));
    }
  }
  // "Is Kweyama still chairing the SABC board?", with no leaving of hers told: the newest sentence giving that post to
  // someone else, after her own newest claim to it ("A permanent board, chaired since October 2017 by Bongumusa
  // Makhathini, replaced the interim board").
  const stillTitle = stillAsked.length === 1 && !left ? q.title ?? (/\bstill\s+chairing\b/i.test(q.text) ? 'chair' : null) : null;
  if (stillTitle) {
    const orgs = q.focus.filter((id) => index.entities.get(id)?.type === 'organisation');
    const claimed = index.roles.filter((r) => r.person === stillAsked[0] && sameTitle(r.title, stillTitle) && !r.past).map((r) => index.passages[r.passage].date ?? '').sort().at(-1);
    const later = claimed ? givenPost(index, stillTitle, now, (r) => r.person !== stillAsked[0] && (r.org === null || orgs.includes(r.org) || r.org === index.focus))
      .filter((p) => p.date! > claimed && !index.mentions[p.id].some((m) => m.id === stillAsked[0]) && !picked.some((c) => c.passage.id === p.id)).sort((a, b) => (a.date! > b.date! ? -1 : a.date! < b.date! ? 1 : a.id - b.id))[0] : undefined;
    if (later) {
      if (picked.length >= MAX_EXCERPTS) picked.pop();
      picked.splice(1, 0, candidateFor(candidates, later, true));
    }
  }
  // "Did Carbonnier get the ICRC presidency?", "did Nebati become finance minister?": whoever was given that post
  // instead, first after the claim, answers it.
  // ("Did Tsiskaridze get the job of running the Bolshoi?": its top post.)
  const topAsked = !q.title && /\b(?:job|post|role|task)\s+of\s+(?:running|leading|heading)\b|\b(?:get|become)\s+(?:the\s+)?(?:head|boss|leader)\s+of\b|\bthe\s+top\s+(?:job|post|role|position)\b/i.test(q.text);
  const gotPost = q.type === 'yesno' && !q.current && !present && (!!q.title || (topAsked && q.focus.some((id) => index.entities.get(id)?.type === 'organisation'))) && /^did\b/i.test(q.text) && /\b(?:get|become|win|land|take|secure|receive)\b/i.test(q.text);
  const claimant = gotPost ? q.focus.filter((id) => !q.context.includes(id) && index.entities.get(id)?.type === 'person') : [];
  if (claimant.length === 1 && picked[0]?.passage.date) {
    const since = picked[0].passage.date;
    // (…that post of the organisation asked about, else of the corpus's subject: not "president" of another.)
    const named = q.focus.filter((id) => index.entities.get(id)?.type === 'organisation');
    // (With none named, "finance minister" of no organisation the sentence names is the post asked.)
    const ofOrg = (r: BriefIndex['roles'][number]) => named.length
      ? named.includes(r.org ?? '') || (r.org === null && named.includes(primaryOrg(index, index.passages[r.passage].doc) ?? ''))
      : r.org === null || r.org === index.focus;
    // (Not someone the question names, "when Albayrak resigned", nor a sentence telling its holder leaving it.)
    // (Nor a stand-in, "described him as interim CEO", when the post itself was asked; nor an excerpt already shown.)
    const standIn = INTERIM_Q.test(q.text);
    const given = givenPost(index, q.title, now, (r) => !q.focus.includes(r.person) && !leavesIn(index, r) && ofOrg(r) && (standIn || !r.interim)).filter((p) => p.date! >= since)
      .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.id - b.id)).find((p) => !picked.some((c) => c.passage.id === p.id));
    if (given) {
      if (picked.length > MAX_EXCERPTS) picked.pop();
      picked.splice(1, 0, candidateFor(candidates, given));
    }
  }
  // "Did X get his seat back?": what the article says of that event later ("The summary states that the
  // reinstatement … follow an investigation by WilmerHale") is part of the answer.
  if (q.type === 'yesno' && q.events.length) {
    const after = followUp(index, picked.slice(0, 2).map((c) => c.passage), q, now);
    if (after && !picked.some((c) => c.passage.id === after.id)) {
      const c = candidateFor(candidates, after);
      if (picked.length >= MAX_EXCERPTS) picked.pop();
      picked.push(c);
    }
  }
  // "Did Lecornu resign?" — yes, and four days later he was reappointed: a return after the leaving is
  // part of the answer.
  const leaver = q.type === 'yesno' && q.events.includes('end') ? q.focus.filter((id) => index.entities.get(id)?.type === 'person') : [];
  if (leaver.length === 1) {
    const left = picked.map((c) => c.passage.date ?? '').filter(Boolean).sort()[0];
    const back = personEvents(index, leaver[0], now).filter((e) => e.kind === 'return').map((e) => index.passages[e.passage])
      .filter((x) => !!left && !!x.date && x.date > left).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.id - b.id))[0];
    if (back && !picked.some((c) => c.passage.id === back.id)) {
      if (picked.length >= MAX_EXCERPTS) picked.pop();
      picked.push(candidateFor(candidates, back));
    }
  }
  // "How many votes did Fain win by?": one source's "477 votes" and another's "483 voix" are two reports of
  // one figure, and the second is shown beside the first even from a sentence matching fewer words.
  const figured = q.type === 'how-many' || q.type === 'how-much';
  const other = figured ? otherFigure(index, q, picked, candidates, 'rest') ?? otherFigure(index, q, picked, candidates, 'shown') : null;
  // (One more excerpt than usual rather than losing one: the others may carry the rest of the answer.)
  if (other && !other.picked) picked.splice(1, 0, other.candidate);
  // (…and a third report where one more source differs again: "about 100", "at least 98", "at least 91".)
  // (otherFigure skips figures already shown, the second report's among them, and 'rest' finds no shown excerpt.)
  const third = other && !other.picked ? otherFigure(index, q, picked, candidates, 'rest') : null;
  if (third) picked.splice(2, 0, third.candidate);
  // "When was Bloom fired?": "Sept. 14" in three reports and "el miércoles 13 de septiembre" in another:
  // a day or three apart for the same change is a second account, shown beside the first.
  const otherDay = q.type === 'when' ? otherDate(index, q, picked, candidates) ?? otherYear(index, q, picked, candidates) : null;
  if (otherDay) picked.splice(1, 0, otherDay);
  // "ADDIS ABABA, May 18 - The AU has decided not to suspend Chad …. The council reached its decision at a session
  // on Friday, May 14": a lede dated by its article, and the day the article gives for it soon after.
  const lede = q.type === 'when' ? picked[0]?.passage : undefined;
  if (lede && lede.date && lede.date === index.docByPath.get(lede.doc)!.published) {
    const keys = q.terms.filter((t) => !t.context && !ANNOUNCED_Q.test(t.word));
    // (…telling that kind of event, where the question names one, of whom or what was asked about, named or
    // referred back to: not "the army suspended all leave on Friday, May 14".)
    const kindsAsked = changeKinds(q);
    const about = askedAbout(index, q);
    // (…or, going on from the lede, naming no one else: "The council reached its decision at a session on …".)
    const noOther = (x: Passage) => index.mentions[x.id].every((m) => about.includes(m.id) || index.entities.get(m.id)?.type !== 'person');
    const told = followingSentences(index, lede, 3).find((x) => x.dateOrigin === 'sentence' && x.datePrecision === 'day' && !!x.date && x.date < lede.date! &&
      isEligible(index, x, now) && keys.some((t) => termMatches(index, x, t.stem)) &&
      (!kindsAsked.length || eventsAt(index, x.id).some((e) => kindsAsked.includes(e.kind))) &&
      (!about.length || index.mentions[x.id].some((m) => about.includes(m.id)) || refersBack(index, x, about) || noOther(x)));
    if (told && !picked.some((c) => c.passage.id === told.id)) {
      if (picked.length > MAX_EXCERPTS) picked.pop();
      picked.splice(1, 0, candidateFor(candidates, told));
    }
  }
  // "Who chaired the search committee that picked Livingstone?": an answer to "who …" names someone (or some
  // body, or post: "the financial secretary stood in for Lam") besides those asked about; "on the recommendation
  // of a 12-member search committee" names no one.
  if (q.type === 'who' && /^who\b/i.test(q.text) && !REPLACED_Q.test(q.text)) {
    const asked = q.text.toLowerCase();
    // (…or a name the index did not resolve, "the Harlow family", written capitalised inside the sentence.)
    const someone = (c: Candidate) => index.mentions[c.passage.id].some((m) => !q.focus.includes(m.id) && m.id !== index.focus) ||
      [...c.passage.text.matchAll(OFFICE_G)].some((t) => c.passage.text[t.index - 1] !== '-' && !asked.includes(t[0].toLowerCase())) ||
      [...c.passage.text.matchAll(/(?<=[\p{L},]\s+)\p{Lu}\p{Ll}+/gu)].some((t) => !asked.includes(t[0].toLowerCase()) &&
        !index.mentions[c.passage.id].some((m) => m.start <= t.index && t.index < m.end));
    if (!picked.some(someone)) return notFound(`No source names anyone who ${q.text.replace(/^who\s+/i, '').replace(/[?.!\s]+$/, '')}; I won't guess.`);
    // "Who was the judge at the trial?": someone named as that ("Judge Ana Petrova", "the judge, Ana Petrova",
    // "Petrova, the judge"); "the judge said …" names no one.
    // (One word for what they were, then where: "who was the interim coach", "the ECOWAS mediator" go other ways.)
    const noun = !q.title ? /^who\s+(?:was|is)\s+the\s+([a-z-]{4,})\s+(?:at|in|of|for|during|on)\s/i.exec(q.text)?.[1].toLowerCase() : undefined;
    // (Only an office written before a name, "Judge Ana Petrova": "who was the shooter" is answered otherwise.)
    if (noun && OFFICE_NOUNS.test(noun)) {
      const named = (c: Candidate) => index.mentions[c.passage.id].some((m) => !q.focus.includes(m.id) && index.entities.get(m.id)?.type === 'person' &&
        (new RegExp(`\\b${escapeRegExp(noun)}\\s*,?\\s*$`, 'i').test(c.passage.text.slice(Math.max(0, m.start - noun.length - 4), m.start)) ||
          new RegExp(`^\\s*,\\s*(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}${escapeRegExp(noun)}\\b`, 'iu').test(c.passage.text.slice(m.end, m.end + noun.length + 30))));
      if (!picked.some(named)) return notFound(`No source names the ${noun}; I won't guess.`);
    }
  }
  // "Which judge turned down the warrant?": a person named besides those asked about; "a Seoul court rejected
  // the request" names none.
  const whichOne = q.type === 'who' && !ORG_ASKED.test(q.text) ? (WHICH_PEOPLE.exec(q.text) ?? /^which\s+([a-z-]+)/i.exec(q.text))?.[1] : undefined;
  // (…in an excerpt carrying half the words asked, or as many as the best does: "search warrants," said a
  // spokeswoman, is not it.)
  // (One the question found by the post, "which judge" read as the corpus's only judge, is the answer too.)
  const typedWords = new Set(words(q.text));
  const typedName = (id: string) => words(index.entities.get(id)!.name).some((w) => w.length > 2 && typedWords.has(w));
  const bestCoverage = Math.max(0, ...picked.map((c) => c.coverage));
  // (…called what was asked beside the name, "Judge Cho", "Kim, the judge": not "said Kang, a spokeswoman".)
  const whichNoun = words(whichOne ?? '').at(-1) ?? '';
  const nounStem = stem(whichNoun.replace(/s$/, ''));
  // (Only for an office one is named by: "which candidate wanted …" is answered by what the candidate did.)
  const calledSo = (p: Passage, m: { start: number; end: number }) => !OFFICE_NOUNS.test(whichNoun) || words(p.text.slice(Math.max(0, m.start - 40), Math.min(p.text.length, m.end + 40))).some((w) => stem(w.replace(/s$/, '')) === nounStem);
  if (whichOne && picked.length && !picked.some((c) => c.coverage >= Math.min(0.5, bestCoverage) && index.mentions[c.passage.id].some((m) => (!q.focus.includes(m.id) || !typedName(m.id)) && index.entities.get(m.id)?.type === 'person' && calledSo(c.passage, m)))) {
    return notFound(`No source names the ${whichOne}; I won't guess.`);
  }
  // "Who was the justice minister Zandanshatar appointed?": someone called by that post in an excerpt ("Justice
  // Minister X", "X, the justice minister"); "his appointment of a justice minister" names none.
  // (…and "who is chairing the committee that …": someone beside the body's word and a word of leading it.)
  const chairing = q.type === 'who' ? CHAIRING_ASKED.exec(q.text)?.[1] : undefined;
  const postPhrase = q.type === 'who' ? POST_ASKED.exec(q.text)?.[1] ?? (chairing ? `chair of the ${chairing}` : undefined) : undefined;
  if (postPhrase && picked.length) {
    // (A stand-in's word is how one source puts it: "the interim foreign minister" may be "acting foreign minister".)
    // (…the words before the post's noun only where the sources write them with it: "justice minister" is a
    // post of its own in a corpus that says so; "presiding judge" over "Judge Maria Ortiz" asks for the judge.)
    const given = words(postPhrase).filter((w) => !/^(?:interim|acting|caretaker|temporary|new|former|current|then|next)$/.test(w));
    const written = new RegExp(`\\b${given.map(escapeRegExp).join('\\s+')}\\b`, 'i');
    const postWords = chairing ? [words(chairing).at(-1)!] : candidates.some((c) => written.test(c.passage.text)) ? given : given.slice(-1);
    const calledPost = (p: Passage, m: { start: number; end: number }) => {
      const around = words(p.text.slice(Math.max(0, m.start - 40), Math.min(p.text.length, m.end + 40)));
      return postWords.every((w) => around.includes(w)) && (!chairing || around.some((w) => LEADS_WORD.test(w)));
    };
    if (!picked.some((c) => index.mentions[c.passage.id].some((m) => !m.ref && !q.focus.includes(m.id) && index.entities.get(m.id)?.type === 'person' && calledPost(c.passage, m)))) {
      // (The excerpts telling of the post are shown, naming no one in it.)
      const told = picked.filter((c) => postWords.every((w) => words(c.passage.text).includes(w))).slice(0, 3);
      return told.length ? untoldAnswer(index, query, told.map((c) => c.passage), null, `No source names the ${postPhrase}; the sources above tell of the post without a name.`) : notFound(`No source names the ${postPhrase}; I won't guess.`);
    }
  }
  // "Which company did Govender work for before she joined CSA?": a body named besides those asked about (not
  // a law, "the Companies Act"), in a sentence about the one asked about when one is.
  // (Only where a person asked about did something with the body, "which company did Govender work for": not
  // "what funds were frozen", nor "which parties are in Orpo's government".)
  const orgKind = /^[Ww](?:hich|hat)\s+([Cc]ompan(?:y|ies)|[Ff]irms?|[Bb]anks?|[Cc]lubs?|[Tt]eams?|[Pp]art(?:y|ies)|[Uu]niversit(?:y|ies)|[Nn]ewspapers?|[Aa]irlines?|[Aa]genc(?:y|ies)|[Oo]rgani[sz]ations?|[Ee]mployers?)\s+(?:did|does|do|has|had|will|would|is|was)\s+(\p{L}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+\p{Ll}/u.exec(q.text);
  if (orgKind && picked.length) {
    const subject = index.entities.resolve(orgKind[2]).ids.filter((id) => index.entities.get(id)?.type === 'person');
    // (The corpus's own organisation counts where the question does not name it: "What company does Chen run?")
    const namedInQ = new Set(q.focus.filter((id) => index.entities.get(id)?.type === 'organisation'));
    const body = (id: string) => index.entities.get(id)?.type === 'organisation' && !namedInQ.has(id) && !LAW_NAME.test(index.entities.get(id)!.name);
    const names = (c: Candidate) => index.mentions[c.passage.id].some((m) => body(m.id)) && index.mentions[c.passage.id].some((m) => subject.includes(m.id));
    if (subject.length === 1 && !picked.some(names)) return notFound(`No source names the ${orgKind[1].toLowerCase()} of ${index.entities.get(subject[0])!.name}; I won't guess.`);
  }
  // "Which law firm ran the investigation into Buchanan?": a business named besides those asked about and the
  // corpus's own, in an excerpt carrying half the words asked; "outside counsel"
  // names none, and "a round led by Bain Capital Ventures" is not about the investigation.
  const firmAsked = !orgKind ? /^[Ww](?:hich|hat)\s+(?:\p{Ll}+\s+)?(compan(?:y|ies)|firms?|banks?|agenc(?:y|ies)|consultanc(?:y|ies)|funds?|investors?|auditors?|insurers?|lenders?|brokers?|advisers?|advisors?)\s+(?:did|does|do|has|had|will|would|is|was|were|ran|runs|led|leads|handled|handles|conducted|carried|bought|acquired|advised|audited)\b/u.exec(q.text) : null;
  if (firmAsked && picked.length) {
    const body = (id: string) => index.entities.get(id)?.type === 'organisation' && !q.focus.includes(id) && id !== index.focus && !LAW_NAME.test(index.entities.get(id)!.name);
    // (The words asked besides the kind and its verb, read in the excerpt itself: "ran" is no investigation.)
    const kindWords = words(firmAsked[0]);
    const rest = q.terms.filter((t) => !t.context && !kindWords.includes(t.word));
    const about = (c: Candidate) => !rest.length || rest.filter((t) => termMatches(index, c.passage, t.stem)).length >= Math.ceil(rest.length / 2);
    // (The excerpts telling of it are shown, naming none.)
    // (…and called what was asked, in the excerpt or its name: "the law firm Wachtell", "Lazard, the bank".)
    const singular = (w: string) => stem(w.toLowerCase().replace(/ies$/, 'y').replace(/s$/, ''));
    const kindStem = singular(firmAsked[1]);
    const called = (c: Candidate) => words(c.passage.text).some((w) => singular(w) === kindStem);
    // (…or the one doing what was asked, beside its verb: "Salesforce acquired Slack".)
    const verbStem = stem(kindWords.at(-1)!);
    const acts = (c: Candidate, m: { start: number; end: number }) => {
      const ws = words(c.passage.text.slice(m.end, m.end + 30));
      return stem(ws[0] ?? '') === verbStem || (/ly$|^(?:has|had|have|was|were)$/.test(ws[0] ?? '') && stem(ws[1] ?? '') === verbStem);
    };
    if (!picked.some((c) => about(c) && index.mentions[c.passage.id].some((m) => body(m.id) && (called(c) || acts(c, m))))) {
      const told = picked.filter(about).slice(0, 3);
      return untoldAnswer(index, query, told.map((c) => c.passage), null, `No source names the ${kindWords.slice(1, -1).join(' ')}${told.length ? '; the sources above tell of it without a name.' : "; I won't guess."}`);
    }
  }
  // "Which hospital was he taken to?": a hospital named ("Keio University Hospital"); where every excerpt
  // says only "taken to hospital", none names it.
  const kindAsked = /^which\s+([a-z]{4,})\b/i.exec(q.text)?.[1].toLowerCase();
  if (kindAsked && q.type === 'what' && !STOPWORDS.has(kindAsked)) {
    const said = (c: Candidate) => new RegExp(`\\b${escapeRegExp(kindAsked)}\\b`, 'i').test(c.passage.text);
    // (Case matters for the name, so the word is spelt both ways: \p{Lu} under the i flag matches any letter.)
    const kind = `(?:${escapeRegExp(kindAsked)}|${escapeRegExp(kindAsked[0].toUpperCase() + kindAsked.slice(1))})`;
    const named = (c: Candidate) => new RegExp(`\\p{Lu}[\\p{L}.'’-]*\\s+${kind}\\b|\\b${kind}\\s+(?:of\\s+)?\\p{Lu}`, 'u').test(c.passage.text.replace(/^\p{Lu}/u, 'x'));
    // (Said bare, "to hospital", "into a hospital bed": a "health ministry" is one of its kind named, and "the
    // club" may be one named elsewhere in the sentence, "a former Dortmund captain who joined the club".)
    const bare = (c: Candidate) => [...c.passage.text.matchAll(new RegExp(`\\b${kind}\\b`, 'gu'))].every((m) => /\b(?:to|in|into|at|from|a|an)\s+$/i.test(c.passage.text.slice(Math.max(0, m.index! - 8), m.index)));
    if (picked.length && picked.every((c) => said(c) && bare(c) && !named(c))) return notFound(`No source names the ${kindAsked}; I won't guess.`);
    // ("Which university did Kawasaki graduate from?": a university named in a sentence about someone else, "a
    // researcher at Westbrook University", is not his; with no excerpt naming him, none answers.)
    const whose = q.focus.filter((id) => !q.context.includes(id) && index.entities.get(id)?.type === 'person');
    if (whose.length && picked.length && picked.some(named) && !picked.some((c) => index.mentions[c.passage.id].some((m) => whose.includes(m.id)))) {
      return notFound(`No source names the ${kindAsked} of ${whose.map((id) => index.entities.get(id)!.name).join(' and ')}; I won't guess.`);
    }
  }
  const cites = new Citations(index);
  // Differing values only among excerpts that answer the whole question (every key word), else the
  // note would set a number for something else ("33,000 machinists") against the one asked about.
  // "When was X pushed out?": only dates of sentences telling that kind of change ("ousted"), not of
  // one about his contract that happens to match a word.
  const kinds = changeKinds(q);
  const telling = (c: Candidate) => !kinds.length || q.type !== 'when' || eventsAt(index, c.passage.id).some((e) => kinds.includes(e.kind));
  // (…and that name what was asked about: "Shares fell about 5%" in an article on Hill is another day's move.)
  const naming = (c: Candidate) => !q.focus.length || index.mentions[c.passage.id].some((m) => q.focus.includes(m.id));
  // (The whole question among those: a sentence telling no such change sets no bar.)
  const full = Math.max(...picked.filter((c) => telling(c) && naming(c)).map((c) => c.coverage));
  const values = agreeing(q, picked.filter((c) => c.coverage >= full && telling(c) && naming(c)));
  if (other) for (const v of [other.shown, other.given, ...(third ? [third.given] : [])]) if (!values.some((x) => x === v || sameFigure(x, v))) values.push(v);
  if (otherDay) {
    const said = (c: Candidate) => c.value && !RELATIVE_DATE.test(c.value) && /\d/.test(c.value) ? c.value : c.passage.date!;
    const first = picked[0];
    if (!values.length) values.push(said(first));
    if (!values.includes(said(otherDay))) values.push(said(otherDay));
  }
  const dates = picked.map((c) => index.docByPath.get(c.passage.doc)!.published).filter((d): d is string => !!d).sort();
  // "What is Ten Hag doing now?" after his sacking, when no source says where he went: say so.
  const notes: string[] = [];
  const mover = q.type === 'doing' && !q.earlier ? q.focus.filter((id) => !q.context.includes(id) && index.entities.get(id)?.type === 'person') : [];
  if (mover.length === 1) {
    const left = leavingOf(index, mover[0], now);
    if (left && !candidates.some((c) => movedOn(index, mover[0], c.passage, left)) && !picked.some((c) => c.since)) {
      notes.push(`What ${index.entities.get(mover[0])!.name} did after leaving (${left.on}) is not in the corpus.`);
      // The leaving itself is the last that is known ("Lindner kündigt Rückzug aus der Politik an").
      const last = leavingTold(index, mover[0], left.on, now);
      // (First, moved up when it is already among the excerpts.)
      const at = last ? picked.findIndex((c) => c.passage.id === last.id) : -1;
      if (at > 0) picked.unshift(...picked.splice(at, 1));
      else if (last && at < 0) {
        if (picked.length >= MAX_EXCERPTS) picked.pop();
        picked.unshift(candidateFor(candidates, last, true));
      }
    }
  }
  return {
    command: 'ask',
    query,
    asOf: dates.at(-1) ?? null,
    found: true,
    heading: `Best cited excerpts for “${question}”`,
    items: picked.map((c) => excerptItem(index, cites, c.passage)),
    notes: [...((q.type === 'when' || q.type === 'how-many' || q.type === 'how-much' || q.type === 'role') && values.length > 1 ? [`Sources differ: ${values.join(' / ')}.`] : []), ...notes],
    citations: cites.list,
  };
}

/** The kinds of change the question asks about: its events, holding a post and organisation news aside. */
function changeKinds(q: Question): string[] {
  return q.events.filter((k) => k !== 'holds' && k !== 'org');
}

/** Who and what the question is about, beyond its context and the corpus's own subject. */
function askedAbout(index: BriefIndex, q: Question): string[] {
  return q.focus.filter((id) => !q.context.includes(id) && id !== index.focus);
}

/** Whether the sentence names every one of them. */
function namesAll(index: BriefIndex, p: Passage, ids: string[]): boolean {
  return ids.every((id) => index.mentions[p.id].some((m) => m.id === id));
}

/**
 * A sentence from another article dating the same change a day to three away from the first answer's day,
 * about the same people (or matching as many words), and not a day any excerpt already shows.
 */
function otherDate(index: BriefIndex, q: Question, picked: Candidate[], candidates: Candidate[]): Candidate | null {
  // (Days up to three apart first; a week apart only when none is.)
  return otherDateWithin(index, q, picked, candidates, 3) ?? otherDateWithin(index, q, picked, candidates, 7);
}
function otherDateWithin(index: BriefIndex, q: Question, picked: Candidate[], candidates: Candidate[], most: number): Candidate | null {
  const top = picked[0];
  if (!top?.passage.date || top.passage.datePrecision !== 'day' || top.passage.dateOrigin === 'article') return null;
  const day = dayNumber(top.passage.date);
  const shown = new Set(picked.map((c) => c.passage.date));
  const named = askedAbout(index, q);
  const kinds = changeKinds(q);
  // (A week apart, "Dec. 9" and "on Friday, Dec. 4", only for a sentence telling the same kind of change,
  // carrying every word asked: "The senior deputy governor … left the bank on Friday, Dec. 4".)
  // (…of the one asked about, or of no one named: a colleague's leaving told beside it is another's.)
  const sameChange = (c: Candidate) => kinds.length > 0 && c.coverage >= top.coverage && eventsAt(index, c.passage.id).some((e) => kinds.includes(e.kind) && (!e.person || named.includes(e.person)));
  for (const c of candidates) {
    if (c.score < top.score * 0.3) break;
    const p = c.passage;
    if (picked.includes(c) || p.doc === top.passage.doc || !p.date || p.datePrecision !== 'day' || p.dateOrigin !== 'sentence' || shown.has(p.date)) continue;
    const gap = Math.abs(dayNumber(p.date) - day);
    if (gap < 1 || gap > most || (gap > 3 && !sameChange(c))) continue;
    // (…naming who was asked about, or, telling that change, referring back to them.)
    if (named.length ? !(namesAll(index, p, named) || ((c.direct || c.onFocus) && sameChange(c))) : c.coverage < top.coverage) continue;
    // (…telling that kind of change, when the question names one: "fired", "despidieron".)
    if (kinds.length && !eventsAt(index, p.id).some((e) => kinds.includes(e.kind)) && c.coverage < top.coverage) continue;
    return c;
  }
  return null;
}

const INTERIM_Q = /\b(?:interim|acting|caretaker|temporary)\b/i;

/** The dated sentences, by `now`, that give `title` to a person `keep` accepts (whoever else holds or was given a post). */
function givenPost(index: BriefIndex, title: string | null, now: string, keep: (r: BriefIndex['roles'][number]) => boolean): Passage[] {
  // (No title: the top post, whatever it is called.)
  return index.roles.filter((r) => (title ? sameTitle(r.title, title) : r.head === 'org') && !r.past && index.entities.get(r.person)?.type === 'person' && keep(r))
    .map((r) => index.passages[r.passage]).filter((p) => !!p.date && p.date <= now && isEligible(index, p, now));
}

/**
 * "When did Uysal become a deputy governor?": "in 2015" in one article, "a deputy governor since 2016" in
 * another. For a first answer known to the year or month, a sentence from another article about the same
 * people giving a year one to three apart is a second account, shown beside it.
 */
function otherYear(index: BriefIndex, q: Question, picked: Candidate[], candidates: Candidate[]): Candidate | null {
  const top = picked[0];
  if (!top || top.passage.datePrecision === 'day' && top.passage.dateOrigin === 'sentence') return null;
  const year = Number(yearGiven(top));
  const shown = new Set(picked.map(yearGiven));
  const named = askedAbout(index, q);
  const kinds = changeKinds(q);
  if (!year || !named.length) return null;
  for (const c of candidates) {
    if (c.score < top.score * 0.3) break;
    const p = c.passage;
    const given = yearGiven(c);
    if (picked.includes(c) || p.doc === top.passage.doc || !given || shown.has(given)) continue;
    const gap = Math.abs(Number(given) - year);
    // (…naming everyone asked about, and carrying half the words asked that the first does, at least.)
    // (…or, in an article naming them, telling the change asked of no one named, with every word asked: "A woman
    // who gave the Met nearly four decades of her life, having joined as a constable in 1984, left …".)
    const unnamed = kinds.length > 0 && c.coverage >= top.coverage && named.every((id) => docNames(index, p.doc, id)) &&
      eventsAt(index, p.id).some((e) => kinds.includes(e.kind) && !e.person) && !index.mentions[p.id].some((m) => index.entities.get(m.id)?.type === 'person');
    // (…or, with none of the words asked, holding the post asked since a year: "Wiedeking, who had run Porsche
    // since 1992" beside "He became chief executive in 1993".)
    // (…or telling that one's start in other words: "Motsoeneng started at the SABC in 1994" beside "joined the SABC in 1995".)
    const heldSince = kinds.includes('start') && ((/^since\b/i.test(c.value ?? '') &&
      rolesAt(index, p.id).some((r) => named.includes(r.person) && (!q.title || sameTitle(r.title, q.title) || r.head === 'org'))) ||
      (!q.title && eventsAt(index, p.id).some((e) => e.kind === 'start' && !!e.person && named.includes(e.person)) &&
        q.focus.filter((id) => index.entities.get(id)?.type === 'organisation').every((o) => index.mentions[p.id].some((m) => m.id === o))));
    if (gap < 1 || gap > 3 || !c.typed || !(namesAll(index, p, named) || unnamed) || (c.coverage < top.coverage / 2 && !heldSince)) continue;
    // (…telling that kind of change, when the question names one and the sentence lacks a word asked: not "the
    // board voted on March 14 to renew its confidence in Gubitosi" for when he joined it. "A deputy governor
    // since 2016" tells when a post began.)
    const began = kinds.includes('start') && /^since\b/i.test(c.value ?? '');
    if (kinds.length && c.coverage < top.coverage && !began && !eventsAt(index, p.id).some((e) => kinds.includes(e.kind))) continue;
    return c;
  }
  return null;
}

/**
 * The year a sentence gives: its own date's, or the year in the value read from it ("who has sat on TIM's
 * board since 2017" in an article of 2018, or in an undated one); none from an article's date alone.
 */
function yearGiven(c: Candidate): string | null {
  // (The value's first: "who has been president since 2005" in a sentence dated by its "in June".)
  const own = /^\d{4}-\d\d/.test(c.value ?? '') ? null : /\b(?:1[89]|20)\d\d\b/.exec(c.value ?? '')?.[0];
  if (own) return own;
  // (An ISO value is the sentence's date, or its article's.)
  return c.passage.date && c.passage.dateOrigin === 'sentence' ? c.passage.date.slice(0, 4) : null;
}

/**
 * A sentence from another article giving a figure close to one of the first answer's, but not the same
 * ("roughly 13,000 workers" against "about 12,700 members"), and not already shown by any excerpt.
 */
function otherFigure(index: BriefIndex, q: Question, picked: Candidate[], candidates: Candidate[], among: 'shown' | 'rest'): { candidate: Candidate; shown: string; given: string; picked: boolean } | null {
  const top = picked[0];
  if (!top) return null;
  const first = passageFigures(index, top.passage);
  // (A date known to the month or year is its middle.)
  const before = (doc: string, p: Passage) => {
    const published = index.docByPath.get(doc)!.published;
    const mid = p.datePrecision === 'month' ? 14 : p.datePrecision === 'year' ? 182 : 0;
    return !!published && !!p.date && dayNumber(published) < dayNumber(p.date) + mid - 30;
  };
  const asksPerson = q.focus.some((id) => index.entities.get(id)?.type === 'person');
  const named = askedAbout(index, q);
  const namedPeople = named.filter((id) => index.entities.get(id)?.type === 'person');
  const shown = new Set(picked.flatMap((c) => passageFigures(index, c.passage).map((f) => `${f.share}:${f.value}`)));
  // (Of the reports near the first figure, the nearest: "84-12" against "85-12", not another vote's "69-26".)
  let best: { candidate: Candidate; shown: string; given: string; picked: boolean; gap: number } | null = null;
  // (Among the excerpts already shown, the second report is only noted.)
  for (const c of among === 'shown' ? picked.slice(1) : candidates.filter((x) => !picked.includes(x))) {
    const isPicked = among === 'shown';
    // (A weak match may still name everyone asked about, in another language: "Icahn und Deason halten
    // zusammen rund 13 Prozent".)
    if (c.score < top.score * 0.4 && !isPicked && !(namedPeople.length > 1 && namesAll(index, c.passage, namedPeople))) continue;
    if (c.passage.doc === top.passage.doc) continue;
    // (An article written well before the other's event tells another one: "194 for Takaichi" in last
    // year's party vote is no count of this year's Diet vote.)
    // (A look back dated only by its article, "started the strike with roughly 13,000", may come months later.)
    if (before(c.passage.doc, top.passage) || (c.passage.dateOrigin === 'sentence' && before(top.passage.doc, c.passage))) continue;
    // (About the same thing: every word the first answer matched, or everyone and everything asked
    // about named in it, "a battu … Curry avec seulement 483 voix" for Fain and Curry.)
    if (c.coverage < top.coverage / 2 && !(named.length && namesAll(index, c.passage, named))) continue;
    for (const f of passageFigures(index, c.passage)) {
      // (The first answer's figure nearest this one: "70-25" is a report of "69-26", not of "85-12" before it.)
      const g = first.filter((x) => nearFigure(x, f)).sort((x, y) => figureRatio(x, f) - figureRatio(y, f))[0];
      if (!g || (!isPicked && shown.has(`${f.share}:${f.value}`))) continue;
      // (…and one told of someone else, when a person is asked about: "Ishiba took 215 votes … against 194 for Takaichi".)
      const people = index.mentions[c.passage.id].filter((m) => index.entities.get(m.id)?.type === 'person');
      const nearest = people.sort((a, b) => Math.abs(a.start - f.at) - Math.abs(b.start - f.at))[0];
      if (nearest && asksPerson && !q.focus.includes(nearest.id)) continue;
      // (An article that gives the first figure too tells another quantity with this one: "53,806 votes
      // to Jenrick's 41,838" is not a second count of Jenrick's votes.)
      if (index.docByPath.get(c.passage.doc)!.passages.some((p) => passageFigures(index, p).some((x) => x.value === g.value && x.share === g.share))) continue;
      // (…for the figure first found a second report of: a year "1981" beside "1982" is nearer, and no report of it.)
      const gap = figureRatio(f, g);
      if (!best || (g.raw === best.shown && gap < best.gap)) best = { candidate: c, shown: g.raw, given: f.raw, picked: isPicked, gap };
    }
  }
  return best;
}

// "Do the sources disagree …?", "where do the reports conflict?": about the sources, not "a conflict of interest".
const DISAGREE_Q = /\bdisagree\w*\b|\b(?:sources?|reports?|articles?|accounts?|outlets?)\b[^?]{0,40}\b(?:conflict\w*|contradict\w*|dispute\w*|inconsisten\w*|differ(?:s|ed)?|at odds|agree)\b/i;

/**
 * The sides where sources disagree about the organisation asked about (the corpus subject when none
 * is named), narrowed to the ones whose words the question uses when any does.
 */
function disagreements(index: BriefIndex, query: string, question: string, now: string, specific: boolean): Answer | null {
  const org = index.entities.resolve(question).ids.find((id) => index.entities.get(id)?.type === 'organisation');
  const lead = whoLeads(index, query, now, org && org !== index.focus ? index.entities.get(org)!.name : null);
  const all = lead.items.filter((i) => i.section?.startsWith('Sources disagree'));
  if (!all.length) return null;
  const asked = termsOf(question).filter((t) => !/^(?:sourc|disagre|conflict|contradict|disput|differ|whether|about|stai|stay|report|articl|say)/.test(t));
  const about = all.filter((i) => asked.some((t) => termsOf(`${i.section} ${i.text}`).includes(t)));
  // (A question about one thing, "on when she joined", is not answered by a disagreement about another.)
  if (!about.length && specific) return null;
  const chosen = about.length ? about : all;
  // Citation numbers again from 1, in the order the kept items cite them.
  const renumber = new Map<number, number>();
  for (const n of chosen.flatMap((i) => i.cites)) if (!renumber.has(n)) renumber.set(n, renumber.size + 1);
  const items = chosen.map((i) => ({ ...i, cites: i.cites.map((n) => renumber.get(n)!) }));
  const citations = lead.citations.filter((c) => renumber.has(c.n)).map((c) => ({ ...c, n: renumber.get(c.n)! })).sort((a, b) => a.n - b.n);
  return { ...lead, command: 'ask', query, heading: `Where the sources disagree: ${[...new Set(items.map((i) => i.section!.replace(/^Sources disagree: /, '')))].join('; ')}`, items, notes: [], citations };
}

/** A later sentence of the same article that takes up the event by its noun ("the reinstatement"). */
function followUp(index: BriefIndex, ps: Passage[], q: Question, now: string): Passage | null {
  for (const p of ps) {
    const doc = index.docByPath.get(p.doc)!;
    for (const x of doc.passages) {
      if (x.id <= p.id || !isEligible(index, x, now)) continue;
      const noun = /\bthe (?:[\w-]+ )?(reinstatement|appointment|appointments|resignation|departure|dismissal|ouster|return|hiring|removal|firing|sacking|move|decision)\b/i.exec(x.text);
      if (!noun) continue;
      const kind = eventKindOf(noun[1].toLowerCase().replace(/s$/, ''));
      if ((kind && q.events.includes(kind)) || /^(?:move|decision)$/i.test(noun[1])) return x;
    }
  }
  return null;
}

/** A sentence added to the answer for what it tells: its candidate when it was scored, else a bare one. */
function candidateFor(candidates: Candidate[], p: Passage, typed = false): Candidate {
  return candidates.find((x) => x.passage.id === p.id) ?? { passage: p, score: 0, coverage: 0, typed, onFocus: true, value: null, fits: true, later: null };
}

/** BM25 hits and every sentence naming the focus, each scored for this question. */
function gather(index: BriefIndex, q: Question, now: string): Candidate[] {
  const r = search(index, q.text, { asOf: now, limit: POOL });
  const top = r.hits[0]?.score ?? 1;
  const bm25 = new Map(r.hits.map((h) => [h.passage.id, h.score]));
  const pool = new Set<number>(bm25.keys());
  // Sentences naming the focus: on a large corpus, the newest few hundred (BM25 has ranked the rest).
  // "What is X up to these days?": the articles about X say it without the name ("the former manager spoke …").
  const docs = new Set<string>();
  for (const id of q.focus) {
    for (const pid of newestMentions(index, id).slice(0, POOL)) {
      pool.add(pid);
      if (q.type === 'doing' && docs.size < 20) docs.add(index.passages[pid].doc);
    }
  }
  if (q.type === 'doing') {
    for (const d of docs) {
      const passages = index.docByPath.get(d)!.passages;
      // (Only an article that opens on them: one that only mentions them is about someone else.)
      if (passages.length && q.focus.some((id) => withinArticleOn(index, passages[0], [id]) || index.mentions[passages[0].id].some((m) => m.id === id))) for (const x of passages.slice(0, 60)) pool.add(x.id);
    }
  }
  // "Who is the COO?": the sentences giving someone that title, however they spell it.
  if (q.title) for (const pid of titleHolders(index, q.title).slice(0, POOL)) pool.add(pid);
  // "Why …?": the reason is often told a paragraph or two after the event, in words the question does not use.
  if (q.type === 'why') {
    for (const h of r.hits.slice(0, 30)) {
      for (let id = h.passage.id + 1; index.passages[id]?.doc === h.passage.doc && index.passages[id].paragraph <= h.passage.paragraph + 2; id++) pool.add(id);
    }
  }
  const asked = q.focus.filter((id) => !q.context.includes(id));
  const people = asked.filter((id) => index.entities.get(id)?.type === 'person');
  // ("Did the SEC go after Tesla too or just Musk?": either one named is the question's.)
  const either = q.type === 'yesno' && /\bor\b/i.test(q.text) && people.length > 0 && asked.some((id) => !people.includes(id) && id !== index.focus);
  const main = either ? asked : people.length ? people : asked.filter((id) => id !== index.focus).length ? asked.filter((id) => id !== index.focus) : asked;
  // Organisations other than the corpus's subject help place an answer ("Where did Microsoft say …").
  const orgsAsked = people.length ? q.focus.filter((id) => id !== index.focus && !people.includes(id)) : [];
  // "What year did Seki join Nissan?": the verb asked, written with the organisation asked right after it
  // ("Seki joined Nissan in 1986"), tells that move, not another one of his beside a mention of Nissan.
  const movedWords = orgsAsked.length ? askedVerbs(q).filter((v) => v.kind !== 'holds').map((v) => v.stem) : [];
  const movedTo = movedWords.length ? new RegExp(`\\b(?:${movedWords.map(escapeRegExp).join('|')})${VERB_ENDING}\\s+(?:the\\s+)?$`, 'iu') : null;
  // "Is X still in charge?" asks about a post ("still CEO"), "still facing charges" does not: once per question.
  const aboutPost = !!q.title || /\b(?:in charge|in office|in post|in (?:the|his|her) (?:job|post|role)|at the helm|runs?|running|leads?|leading|heads?|heading|chairs?|chairing)\b/i.test(q.text);
  const out: Candidate[] = [];
  // "How much is X paying Suleyman?" (the person is the payee), not "pay Brighton for Potter": once per question.
  const payee = /\b(?:pay|pays|paying|paid)\s+(.{1,40})/i.exec(q.text);
  const personPaid = !!payee && index.entities.resolve(payee[1].split(/\s+(?:for|to|in|over|as)\s+/i)[0]).ids.some((id) => people.includes(id));
  // Once per question: when the one person asked about left, and (for "after she left …") when that event was.
  // "How many faculty members backed Gay?" counts others, told without her name in an article on her;
  // "how many votes did Prevost get?" counts his own, in a sentence that names him.
  const subjectAsked = people.some((id) => index.entities.get(id)!.aliases.some((a) => new RegExp(`\\b(?:did|does|do|has|have|had|is|was|will|would|can|could)\\s+${escapeRegExp(a.split(/\s+/).pop()!)}\\b`, 'i').test(q.text)));
  const leaving = people.length === 1 && ((q.type === 'doing' && !q.earlier) || (q.current && q.type === 'yesno') || q.after) ? leavingOf(index, people[0], now) : null;
  // "What was X doing before he went back to UBS?": the nearer a post or move before that day, the better.
  const beforeAt = q.earlier && (q.type === 'doing' || q.type === 'role') && people.length === 1 ? clauseDate(index, q, now, 'before') : null;
  const afterAt = q.after && people.length === 1 ? modeDate(personEvents(index, people[0], now).filter((e) => e.kind === q.after).map((e) => index.passages[e.passage])) : null;
  // Once per question, not per sentence: the clause's later event, the organisations typed, the move a
  // sum is paid for, whether a when-question asks for taking office.
  const later: string[] = q.earlier ? q.terms.filter((t) => t.context).map((t) => eventKindOf(t.word) ?? '').filter((k) => k === 'return' || k === 'end' || k === 'succession') : [];
  const orgsTyped = q.focus.filter((id) => index.entities.get(id)?.type === 'organisation');
  // Figures typed in the question ("74.1%", "1,000 jobs"), not years or small numbers: a sentence with the same
  // figure tells of the same thing, however its words differ ("disclosed … a combined position of 74.1 percent").
  // (A decimal, a share, or a number of four figures or more: "100 days" is no "100 million euros".)
  const figuresTyped = [...q.text.matchAll(/(?<![\d.,])(\d+[.,]\d+|\d+(?=\s?(?:%|percent|per cent))|\d{1,3}(?:,\d{3})+|\d{4,})(?![\d])/g)].map((m) => m[1]).filter((f) => !/^(?:19|20)\d\d$/.test(f));
  const figureRes = figuresTyped.map((f) => new RegExp(`(?<![\\d.,])${f.replace(/[.,]/g, '[.,]')}(?![\\d]|[.,]\\d)`));
  // ("How much does UniCredit pay Orcel?": the payer asked, whose name the sum's sentence gives.)
  const payerAsked = q.type === 'how-much' ? q.focus.filter((id) => index.entities.get(id)?.type === 'organisation' && index.entities.get(id)!.aliases.some((a) => new RegExp(`\\b(?:does|did|do|will|would)\\s+${escapeRegExp(a)}\\s+pay\\b`, 'i').test(q.text))) : [];
  const paidTo = q.type === 'how-much' ? /\bto (leave|quit|go|step down|resign|exit|join|come|stay|sign)\b/i.exec(q.text) : null;
  const verb = paidTo ? paidTo[1].split(' ')[0].toLowerCase() : '';
  const move = verb ? eventKindOf(verb) : null;
  const takeOffice = q.type === 'when' && q.events.includes('start') && TAKE_OFFICE_Q.test(q.text);
  const naming = q.type === 'when' && q.events.includes('start') && !takeOffice && NAMING.test(q.text);
  // "Why did Nene resign?", of someone fired in 2015 who resigned in 2018: the leaving of the kind asked
  // (a resignation, not a dismissal) sets when the reasons are told; ones years before are another story.
  const leavingDay = q.type === 'why' && people.length === 1 ? askedLeaving(index, q, people[0], now) : null;
  const stints = STINTS_Q.test(q.text);
  const saying = q.type === 'what' && SAY_Q.test(q.text);
  // The people the question's clause names ("after Murrell left"): once per question, not per sentence.
  const contextPeople = q.context.filter((id) => index.entities.get(id)?.type === 'person');
  const contextPerson = contextPeople.length > 0;
  // A question naming only the corpus's subject ("when did the opposition vote to dissolve Lund's interim
  // government", the subject's alias) is about every article: a sentence carrying all its words is on it.
  // (Not a reason: "why is Rivet doing this" wants one told of the subject.)
  const subjectOnly = q.focus.length === 1 && q.focus[0] === index.focus && q.type !== 'why' && keyGroups(q).length >= 2;
  // The title's words as the question gives them, for "who is the X" (once per question).
  // (Not when the question asks for such a post itself: "who is Catalonia's vice-president", "the honorary president".)
  const titlePhrase = q.type === 'who' && q.title && q.titleWords?.length && !/^(?:deputy|vice|shadow)\b/i.test(q.title) && !/\b(?:deputy|vice|assistant|associate|shadow|honorary|former)\b/i.test(q.text) ? new RegExp(`\\b${q.titleWords.map(escapeRegExp).join('[\\s-]+')}\\b`, 'gi') : null;
  // The verb right after "who", for "who administered …" (once per question).
  const deed = /^who\s+(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should)\b)(\p{L}+)/iu.exec(q.text)?.[1].toLowerCase();
  const yearAsked = q.type === 'when' && /\b(?:what|which) year\b/i.test(q.text);
  // "When was Byju's founded?": the founding of the organisation asked ("The company was founded in 2011").
  const foundingAsked = q.type === 'when' && orgsTyped.length > 0 && q.terms.some((t) => /^(?:found|co-?found|establish|creat|form)$/.test(t.stem));
  const permanentAsked = q.type === 'who' && !!q.title && /\b(?:permanent|full-time|substantive)\b/i.test(q.text);
  for (const pid of [...pool].sort((a, b) => a - b)) {
    const p = index.passages[pid];
    if (!isEligible(index, p, now)) continue;
    const ids = new Set(index.mentions[pid].map((m) => m.id));
    const named = main.filter((id) => ids.has(id)).length + 0.5 * orgsAsked.filter((id) => ids.has(id)).length;
    const direct = main.some((id) => ids.has(id) || namedAsWord(index, p, id) || namedInParts(index, p, id)) || refersBack(index, p, main) || (q.type === 'why' && takesUpEvent(index, p, main));
    // Whether the sentence before, in the same paragraph, names every one of `wanted`.
    const prev = index.passages[pid - 1];
    const namedBefore = (wanted: string[]) => !!prev && prev.doc === p.doc && prev.paragraph === p.paragraph && wanted.every((id) => index.mentions[prev.id].some((m) => m.id === id));
    // ("…missed the Grand Prix in Jeddah …. Ferrari's reserve, Oliver Bearman, replaced him": a sentence naming
    // the one the question's clause names, right after one naming what it asks about, goes on with that story.)
    const goesOnWith = (q.context.some((id) => ids.has(id)) || (contextPerson && /\b(?:him|her)\b/.test(p.text))) && namedBefore(main);
    // Whoever the sentence gives the title asked about (not a former one).
    const titled = q.title ? rolesAt(index, pid).filter((r) => sameTitle(r.title, q.title!) && !r.past) : [];
    // ("chief financial officer Jessica Uhl will be based in London rather than The Hague", in an article
    // about Shell: a holder of the post asked about, untied in the sentence, is the article's.)
    // (Only the article's own organisation: Nissan's CFO in an article on Nissan's talks with Honda is not Honda's.)
    const holdsAsked = main.every((id) => index.entities.get(id)?.type === 'organisation' && primaryOrg(index, p.doc) === id) &&
      titled.some((r) => r.org === null || main.includes(r.org));
    // (…or it gives a figure typed, in an article naming them: "the Stuttgart sports car maker disclosed … 74.1 percent".)
    const figureHit = figureRes.some((re) => re.test(p.text));
    const answer = typedAnswer(index, q, p);
    // (…or a vote's tally, told in an article naming them: "approved the reinstatement … by eight votes to two".)
    const onFocus = !main.length || direct || goesOnWith || holdsAsked || withinArticleAbout(index, p, main) || withinArticleOn(index, p, main) ||
      ((figureHit || (!!answer.tally && VOTE_WORD.test(p.text))) && main.every((id) => docNames(index, p.doc, id)));
    const evs = eventsAt(index, pid);
    // Working somewhere is joining or leading it.
    // (…and taking over is starting: "Bowser … will take over as president on the same day, April 15".)
    const eventHit = q.events.filter((k) => k !== q.after).some((k) => evs.some((e) => (e.kind === k || (k === 'start' && e.kind === 'holds' && q.type !== 'when') || (k === 'start' && e.kind === 'succession' && !e.replaced && TAKES_OVER.test(p.text))) && (!people.length || (e.person && people.includes(e.person)))));
    const { value, tight } = answer;
    // "What is Southgate up to these days?": whatever the sources say of him since he left (a lecture, a
    // knighthood), not only a new post.
    // (A sentence about them: they are the first person it names, or it names no one: "Lee was sworn in,
    // ending the turmoil that began with Yoon's decree" is Lee's news.)
    const firstPerson = index.mentions[pid].find((m) => index.entities.get(m.id)?.type === 'person');
    // (…as its subject, not as whose: "Tavares's pay for the year draws criticism" is not what he does.)
    // (…nor inside someone else's clause: "Dealers, who had openly feuded with Tavares, welcomed …".)
    const whose = !!firstPerson && (/^['’]s?\b/.test(p.text.slice(firstPerson.end, firstPerson.end + 2)) || /\b(?:who|which|that|whom)\b/i.test(p.text.slice(0, firstPerson.start)));
    // (A sentence telling the leaving in passing, "Seven years after she was removed …, Rousseff took office
    // … as president of the New Development Bank", still tells what came after.)
    // ("He maintains that his dismissal was unlawful and has taken his challenge to the Labour Court": the leaving
    // as a noun, beside what they do now.)
    // (…or as a clause setting the time of a present one: "Four months after he left Porsche …, Wiedeking is
    // spending his time … dealing with lawyers".)
    // (Read only for "what is X doing now", one person asked, who left: the sentences of every other question skip it.)
    const sinceAsked = q.type === 'doing' && !!leaving && people.length === 1 && onFocus;
    // (…or has done since: "Five months after he was fired as chief executive of Kohl's, Ashley Buchanan has all
    // but vanished", "The former Michaels chief, who was dismissed for cause on May 1 …, has not taken a new post".)
    const leftAsClause = sinceAsked && (/\b(?:after|since) (?:he|she|they) (?:left|quit|resigned|stepped down|departed|was (?:fired|ousted|sacked|dismissed|removed))\b[^.;]{0,120}, (?:(?:\p{Lu}[\p{L}'’-]+ ){1,3}|(?:he|she|they) )(?:(?:is|are) (?:now )?\p{Ll}+ing|(?:has|have) (?:all but |not |since |now |largely |mostly )?\p{Ll}+(?:ed|en|t|ne))\b/u.test(p.text) ||
      /, who (?:was|had been) (?:fired|ousted|sacked|dismissed|removed|forced out|pushed out)\b[^;]{0,200}?, (?:has|have) (?:not |since |now |largely |mostly )?\p{Ll}+(?:ed|en|t|ne)\b/u.test(p.text) ||
      // ("Since stepping down, Mr Paluckas, who was born in 1979, has sat as an ordinary member of the Seimas".)
      /^\s*(?:after|since) (?:leaving|stepping (?:down|aside)|resigning|quitting|departing|being (?:fired|ousted|sacked|dismissed|removed))\b[^;]{0,200}?\b(?:has|have) (?:not |since |now |largely |mostly |also )?(?!been\b)\p{Ll}{2,}/iu.test(p.text) ||
      // ("…, who retired at 59 last March, has kept a low public profile since leaving the force": a present perfect since the leaving.)
      /\b(?:has|have) (?:not )?(?:\p{Ll}+ ){0,2}?\p{Ll}+(?:ed|en|t|ne)\b[^.;]{0,60}\bsince (?:leaving|quitting|retiring|stepping down|(?:his|her|their) (?:departure|exit|retirement|resignation|dismissal|removal))\b/u.test(p.text));
    const leftAsNoun = sinceAsked && /\b(?:his|her|their)\s+(?:dismissal|resignation|removal|sacking|exit|departure|firing|ouster|suspension)\b/i.test(p.text) &&
      (NOW_TENSE.test(p.text) || /\b(?:maintains|insists|argues|denies|is\s+\p{L}+ing|has\s+(?:since\s+|now\s+)?(?:taken|approached|filed|launched|lodged|challenged|appealed|gone|sued|turned))\b/iu.test(p.text));
    // (…nor a look back at the post they had, "Wiedeking, who had run Porsche since 1992, … built a position".)
    const lookBack = sinceAsked && !!firstPerson && /^,\s*who had\b/.test(p.text.slice(firstPerson.end)) && !NOW_TENSE.test(p.text);
    // (…but the law's look at their doings is news of them: "Stuttgart prosecutors are examining the former chief
    // executive's conduct".)
    const pursued = sinceAsked && whose && /\b(?:prosecutors?|investigat\w+|examin(?:e|es|ing)|prob(?:e|es|ing)|charged|charges against|indict\w*|su(?:e|es|ed|ing)|trial|lawsuit)\b/i.test(p.text);
    const since = sinceAsked && !!leaving && (!firstPerson || (firstPerson.id === people[0] && (!whose || pursued) && !lookBack)) &&
      (!evs.some((e) => e.kind === 'end' && e.person === people[0]) || movedOn(index, people[0], p, leaving) || leftAsNoun || leftAsClause) &&
      ((p.date ? p.date > leaving.on : false) || ((!p.date || NOW_TENSE.test(p.text) || leftAsNoun || leftAsClause) && (index.docByPath.get(p.doc)!.published ?? '') > leaving.on));
    // "Is Ecclestone still in charge?" — "He is now chairman emeritus": a post of theirs told in the present answers.
    // (…unless a later article gives them another post: "is now president of the aircraft division", then CEO.)
    const nowRoles = q.current && q.type === 'yesno' && aboutPost && people.length === 1 && NOW_TENSE.test(p.text) && /\bnow\b/i.test(p.text) ?
      rolesAt(index, pid).filter((r) => r.person === people[0] && !r.past && !r.future) : [];
    const nowPost = nowRoles.length > 0 && !rolesOf(index, people[0]).some((r) => !r.past && !r.future && !nowRoles.some((x) => sameTitle(x.title, r.title)) &&
      (index.passages[r.passage].date ?? '') > (p.date ?? ''));
    const typed = answer.typed || since || nowPost;
    // "How much did Chelsea pay for X?": an amount in the sentence is the paying, whatever its verb ("signed … for £106.8m").
    const paid = (t: { stem: string }) => q.type === 'how-much' && typed && MONEY_VERBS.has(t.stem);
    // ("start as CEO" is taking office: "would take office no later than January 1".)
    // (…and so does the post held since a year, asked when it began: "Álvarez, who has been chief executive since 2014".)
    const heldSpan = q.type === 'when' ? /\b(?:has|have)\s+been\s+(?:[\p{L}-]+\s+){0,5}?since\b/iu.exec(p.text) : null;
    const heldSinceYear = !!heldSpan && titled.some((r) => people.includes(r.person) && r.at >= heldSpan.index && r.at <= heldSpan.index + heldSpan[0].length);
    const startsPost = (t: { stem: string }) => (START_STEM.test(t.stem) && q.events.includes('start') && TAKES_OFFICE.test(p.text)) || (heldSinceYear && /^(?:start|begin|began|becom|took|tak|assum)/.test(t.stem));
    // ("How many people work on X?" counts people at work, not anyone who joined.)
    // ("chief financial officer" is found where the sentence gives someone that post as "finance chief".)
    const holdsTitle = !!q.titleWords && titled.length > 0;
    // ("Who is the prime minister?": "DPM Heng will stay as deputy prime minister" has the words, not the post.)
    const saidTitle = titlePhrase && !titled.length ? [...p.text.matchAll(titlePhrase)] : [];
    // ("Who was appointed permanent group CEO?": a sentence giving the post only to stand-ins, "acting group
    // chief executive", does not answer either.)
    // (Not one saying the stand-in was kept for good: "has been confirmed in the role permanently".)
    const standIns = permanentAsked && !/\b(?:permanent(?:ly)?|confirmed|substantive|full-time|dropped the (?:interim|acting))\b/i.test(p.text) ? rolesAt(index, pid).filter((r) => sameTitle(r.title, q.title!)) : [];
    const underTitle = (saidTitle.length > 0 && saidTitle.every((x) => /\b(?:deputy|vice|assistant|associate|shadow)\s*-?\s*$/i.test(p.text.slice(Math.max(0, x.index! - 12), x.index)))) ||
      (standIns.length > 0 && standIns.every((r) => r.interim));
    const hit = q.terms.filter((t) => termMatches(index, p, t.stem) || (holdsTitle && q.titleWords!.includes(t.word)) || (eventKindWord(t.stem) && eventHit && !(q.type === 'how-many' && t.stem === 'work') && !(START_STEM.test(t.stem) && !people.length)) || (!q.after && sameEventWord(index, p, t.word)) || paid(t) || startsPost(t) ||
      (q.type === 'yesno' && oppositeOf(t.stem).some((o) => termMatches(index, p, o))));
    // Coverage counts the words asked about; a subordinate clause's words only add weight.
    // ("CEO or CFO": either word is that part found.)
    const groups = keyGroups(q);
    const matched = groups.filter((g) => g.some((t) => hit.includes(t))).length;
    // (With no words left to find, naming the one asked about, or referring back to them, is the whole question.)
    const coverage = groups.length ? matched / groups.length : named || direct ? 1 : 0;
    // ("Who administered the oath to her?": "The oath of office was administered by Chief Justice Juma", every
    // word asked, in an article that opens on her; the one it names is the answer.)
    // (…and "President Michael Sata dies in London. Vice-President Guy Scott becomes acting president": the
    // sentence right after one naming them, in the same paragraph.)
    const goesOnFrom = coverage >= 0.5 && main.some((id) => namedBefore([id]));
    // (The deed asked must be the sentence's: "who announced …" by "announced the result", not "who did X
    // appoint as chairman" by "she was promoted to a chair".)
    const doesDeed = deed ? hit.some((t) => t.word === deed) : coverage >= 1;
    const whoNamed = !onFocus && q.type === 'who' && ((doesDeed && coverage >= 0.6 && groups.length >= 2 && withinArticleOn(index, p, main, true)) || (goesOnFrom && (!deed || doesDeed)));
    // With no content words left ("what is X doing now?"), BM25 only matches the filler.
    let score = (q.terms.length ? 3 : 0) * ((bm25.get(pid) ?? 0) / top) + 2 * named + 0.5 * q.focus.filter((id) => ids.has(id)).length + 4 * coverage + (eventHit ? 2 : 0) + (typed ? (q.type === 'why' ? 6 + (STRONG_REASON_RE.test(p.text) || answer.own ? 4 : 0) : 3) : 0);
    score += 0.5 * hit.filter((t) => t.context).length;
    // ("Who ran SNP HQ after Murrell left?": the one the clause names, in the sentence, sets its scene.)
    if (q.type === 'who' && contextPeople.some((id) => ids.has(id))) score += 4;
    if (figureHit) score += 4;
    // "When is the Wentworth by-election?": a sentence giving the day ("the October 20 by-election") over
    // ones that name the election and no date of their own.
    if (q.type === 'when' && p.dateOrigin !== 'sentence' && !DATE_WORD_RE.test(p.text)) score -= 2;
    // ("What year did X start at the SABC?": a sentence giving the year, "joined the SABC in 1995", over one
    // dated only by a weekday.)
    if (yearAsked && p.dateOrigin === 'sentence' && p.datePrecision === 'year' && !!p.date && p.text.includes(p.date.slice(0, 4))) score += 3;
    if (foundingAsked) {
      // Another organisation's founding told in passing ("Camshaft Capital, a hedge fund in Miami founded by
      // William Morton") is not it; a founding with its year beside the verb, of the one asked or of "the
      // company", is ("the company he founded in 2015").
      const verb = FOUNDED.exec(p.text);
      const owner = verb ? index.mentions[pid].filter((m) => m.end <= verb.index && verb.index - m.end < 80 && index.entities.get(m.id)?.type === 'organisation').pop() : undefined;
      if (owner && !q.focus.includes(owner.id)) score -= 4;
      else if (verb && FOUNDED_YEAR.test(p.text.slice(verb.index + verb[0].length, verb.index + verb[0].length + 40))) score += 4;
    }
    if (tight) score += 4;
    // (A result told both ways, "52% of the vote to 48%", over one side's count, "elected him with 71 votes".)
    if (answer.tally) score += 4;
    // ("What did Khosrowshahi do before Expedia?": a post at some third organisation, "chief financial officer
    // of IAC", before his posts at the two named.)
    if (q.earlier && q.type === 'doing' && rolesAt(index, pid).some((r) => people.includes(r.person) && !!r.org && !r.org.startsWith('other:') && r.org !== index.focus && !q.focus.includes(r.org))) score += 4;
    // "What did Easterbrook do between his two stints at McDonald's?": a post at another organisation
    // ("In 2011 he left, becoming chief executive of PizzaExpress").
    if (stints && rolesAt(index, pid).some((r) => people.includes(r.person) && !!r.org && !r.org.startsWith('other:') && !q.focus.includes(r.org))) score += 8;
    // "Did the SEC fine McDonald's too or just Easterbrook?": a sentence about the other one asked of,
    // as its subject ("McDonald's is not fined, in recognition of its cooperation"), answers the "too".
    if (either && index.mentions[pid].some((m) => m.start <= 2 && asked.includes(m.id) && !people.includes(m.id))) score += 5;
    // (What the one asked about said is the answer to "what did X say", before sentences about the subject.)
    if (typed && saying) score += 6;
    if (leavingDay && p.date && dayNumber(p.date) < dayNumber(leavingDay) - 180) score -= 6;
    // ("Is X still on the board?": the newest word on it settles the question, the older ones are history.)
    // (A sentence in the present, "remains a member of the lower house", is as new as its article, whatever
    // past date it also names.)
    // (Not for a post held before, "what was X's job before …": the past is asked for.)
    if (q.current || q.type === 'doing' || (q.type === 'role' && !q.earlier)) score += (q.current && q.type === 'yesno' ? 9 : 5) * recency(index, p, NOW_TENSE.test(p.text) || (q.type === 'who' && !!q.title && HELD_SINCE.test(p.text)));
    // "What is X doing now?": a start somewhere new after the last time X left, dated or not.
    if ((q.type === 'doing' || (q.current && q.type === 'yesno')) && people.length === 1 && movedOn(index, people[0], p, leaving)) score += 6;
    // ("A native of Bettystown, Bellew began his aviation career at Kerry Airport": a life story, not what they do now.)
    if (q.type === 'doing' && !q.earlier && CAREER_STORY.test(p.text)) score -= 4;
    if (since) score += 3;
    // (…the more so told as going on or done since, "is spending his time … dealing with lawyers", "has withdrawn", than looked back on;
    // a denial kept up, "has maintained that he never …", is no news of what they do.)
    // (…irregular ones too: "has sat as an ordinary member", "has kept a low profile".)
    if (since && /\b(?:is|are) (?:now |still |also )*\p{Ll}{3,}ing\b|\b(?:has|have) (?:since |now |largely |also )*(?!(?:denied|maintained|continued|insisted|rejected|declined|refused|always|not|no|never|yet)\b)\p{Ll}{3,}(?:ed|en|t|at|ept|eld|ught|one|ome|ade|ung|un)\b/u.test(p.text)) score += 2;
    if (nowPost) score += 6;
    if (movedTo && index.mentions[pid].some((m) => orgsAsked.includes(m.id) && movedTo.test(p.text.slice(Math.max(0, m.start - 30), m.start)))) score += 4;
    // "Who is Harvard's provost now?": a sentence giving someone that title (not a former one) answers.
    if (q.type === 'who' && titled.length) score += 4;
    // "his seat on the board": a role of the person asked about that the question's words name.
    if (people.length && rolesAt(index, pid).some((r) => people.includes(r.person) && q.terms.some((t) => r.title.split(' ').some((w) => stem(w) === t.stem)))) score += 3;
    // "before Alibaba", "previously": what someone did earlier.
    if (q.earlier && EARLIER.test(p.text)) score += 3;
    if (beforeAt && typed && direct && p.date && p.dateOrigin === 'sentence' && p.date < beforeAt) score += Math.max(0, 6 - (dayNumber(beforeAt) - dayNumber(p.date)) / 365);
    // (…and a post told for a later year than the event is no answer: "Hill takes over as CEO in 2024", of a 2020
    // retirement; but a sentence dated only by a later article may look back: "Before joining Kestrel, Lang was …".)
    if (beforeAt && typed && direct && p.date && p.dateOrigin === 'sentence' && p.date.slice(0, 4) > beforeAt.slice(0, 4)) score -= 6;
    // ("What was Ermotti doing before he went back to UBS?": his return is the later event, not the answer.)
    let tellsLater = later.length > 0 && people.length === 1 && (evs.some((e) => later.includes(e.kind) && e.person === people[0]) || later.some((k) => sameEventWord(index, p, k === 'return' ? 'returned' : k === 'end' ? 'left' : 'replaced')));
    // ("What was Hill's job before he retired?": "he retired in 2020 as president of consumer and marketplace"
    // tells the post he left with his leaving, and is the answer.)
    // (Not where it tells a coming back or new post of theirs beside it: "Hill, who left four years ago, will return".)
    if (tellsLater && q.type === 'role' && later.every((k) => k === 'end') && rolesAt(index, pid).some((r) => r.person === people[0] && r.title !== 'member') &&
      !evs.some((e) => e.person === people[0] && (e.kind === 'start' || e.kind === 'return' || e.kind === 'succession'))) {
      tellsLater = false;
      score += 6;
    }
    // ("What was Ostermann doing before he became CFO?": his becoming CFO is the later post, not the answer.)
    if (q.earlier && people.length === 1 && titled.some((r) => r.person === people[0])) score -= 3;
    if (q.after && evs.some((e) => e.kind === q.after && (!people.length || people.includes(e.person ?? '')))) score -= 2; // the event itself is not what came after
    // "Why did Starbucks get rid of Narasimhan?": a sentence telling him leaving that names Reckitt and not
    // Starbucks, in an article not about Starbucks, tells another leaving.
    // (The other organisation is the one left: named before the leaving or just after it, "Kestrel said X will
    // step down", "left Kestrel"; not one named in its reason, "not because of any dispute with Alibaba".)
    const leftAt = evs.find((e) => e.kind === 'end' && e.person === people[0])?.at;
    const elsewhere = q.type === 'why' && people.length === 1 && orgsTyped.length > 0 && leftAt !== undefined &&
      !orgsTyped.some((id) => ids.has(id)) && !withinArticleAbout(index, p, orgsTyped) &&
      index.mentions[pid].some((m) => index.entities.get(m.id)?.type === 'organisation' && !orgsTyped.includes(m.id) && (m.start < leftAt || m.start - leftAt < 25));
    // (An organisation named only in the question's clause, "before he went back to UBS", sets the scene.)
    const missingOrgs = q.focus.filter((id) => id !== index.focus && !q.context.includes(id) && index.entities.get(id)?.type === 'organisation' && !ids.has(id) && !namedInParts(index, p, id));
    // "the group would have combined annual sales of …" in an article about Honda and Nissan.
    // (…or the sentence before, in the same paragraph: "The SEC fines Easterbrook …. McDonald's is not fined".)
    // (…or the article names it, beside a vote's tally: "approved the reinstatement … by eight votes to two".)
    // ("Who did Renault name as CEO to replace de Meo?": "Bellettini is named president and CEO of Gucci" gives
    // the post asked at another organisation, in an article about both.)
    const askedOrgs = q.focus.filter((id) => id !== index.focus && index.entities.get(id)?.type === 'organisation');
    const elsewherePost = q.type === 'who' && askedOrgs.length > 0 && titled.length > 0 && titled.every((r) => !!r.org && !askedOrgs.includes(r.org));
    const allOrgs = !missingOrgs.length || withinArticleAbout(index, p, missingOrgs) || refersBack(index, p, missingOrgs) || namedBefore(missingOrgs) || (!!answer.tally && VOTE_WORD.test(p.text) && missingOrgs.every((id) => docNames(index, p.doc, id)));
    // "How much is Microsoft paying Suleyman?": an amount about someone is in a sentence that names them,
    // and one paid to someone else ("paid Inflection about $620 million") is not theirs.
    let amountOk = true;
    // "How much does Lewis get paid?": his pay, not a fine or the company's loss beside his name.
    // (…not a pay of others to a body: "the fees federations pay to FIDE", in a sentence about him.)
    if (q.type === 'how-much' && people.length && OWN_PAY_Q.test(q.text) && !PAY_WORDS.test(p.text.replace(/\b(?:fees?|dues|taxes|levies|contributions)\s+(?:[\p{L}-]+\s+){0,2}pay\b|\bpay(?:s|ing)?\s+(?:to|into)\b/giu, ' '))) amountOk = false;
    else if ((q.type === 'how-much' || q.type === 'how-many') && people.length) {
      // (A count or sum may be told without the name in an article that leads on them: "More than 700 members
      // of the faculty signed"; not one paid to them, nor one of their own: "how many votes did X get".)
      amountOk = direct || (!subjectAsked && !personPaid && withinArticleOn(index, p, people));
      if (amountOk && personPaid) {
        const paid = [...p.text.matchAll(/\b(?:pay|pays|paying|paid)\s+/gi)].map((x) => index.mentions[pid].find((m) => m.start === x.index! + x[0].length));
        if (paid.some((m) => m && !people.includes(m.id))) amountOk = false;
      }
    }
    // (…"ordering the bank to pay him about €68 million" is another's pay.)
    if (q.type === 'how-much' && payerAsked.length && !payerAsked.some((id) => ids.has(id) || namedInParts(index, p, id))) amountOk = false;
    // "How much did they pay X to leave?": a sum in a sentence that tells no leaving ("fined $7 million while
    // X ran the team") is some other payment.
    if (move && !evs.some((e) => e.kind === move) && !termMatches(index, p, stem(verb))) amountOk = false;
    // "What did X do after leaving?": what came after the leaving, not the leaving itself.
    let afterOk: boolean | null = null;
    if (q.after && people.length === 1) {
      const own = evs.some((e) => e.kind === q.after && e.person === people[0]);
      const leftOrgs = q.focus.filter((id) => index.entities.get(id)?.type === 'organisation');
      // (The leaving may say it: "left in August to lead a civility initiative at the Reagan Foundation".)
      // ("What job did Haerter take after he left Porsche?": a post of theirs elsewhere, not any later sentence
      // naming them with the one they left, "his finance chief Holger Haerter".)
      // (…or told after the leaving in its paragraph, on its day: "… that it was his last day at Tableau. … he said he
      // would rest and go trekking in Patagonia".)
      const toldAfter = !!p.date && p.date === afterAt && AHEAD_OR_NOW.test(p.text) && [1, 2, 3].some((d) => { const x = index.passages[pid - d]; return !!x && x.doc === p.doc && x.paragraph === p.paragraph && eventsAt(index, x.id).some((e) => e.kind === q.after && e.person === people[0]); });
      const laterDay = !own && !!afterAt && !!p.date && (p.date > afterAt || toldAfter);
      const postElsewhere = rolesAt(index, pid).some((r) => r.person === people[0] && !r.past && !r.future && !!r.org && !leftOrgs.includes(r.org) && !leaving?.orgs.has(r.org));
      const moved = movedOn(index, people[0], p, leaving, leftOrgs);
      afterOk = (!own || LEAVES_FOR.test(p.text)) && (q.type !== 'role' ? moved || laterDay :
        (moved && (LEAVES_FOR.test(p.text) || evs.some((e) => e.person === people[0] && (e.kind === 'start' || e.kind === 'return')))) || (laterDay && postElsewhere));
    }
    // ("…left in August to lead a civility initiative at the Reagan Foundation" is what came next.)
    const goesOn = !!afterOk && !typed && LEAVES_FOR.test(p.text);
    if (goesOn) score += 3;
    // "When did Uchida actually start as CEO?": the day he took office, not the day he was named.
    if (takeOffice) score += TAKES_OFFICE.test(p.text) ? 3 : -2;
    // "When was Macklem named governor?": the day he was named, not the day he took office.
    else if (naming && TAKES_OFFICE.test(p.text) && !NAMING.test(p.text)) score -= 3;
    // (A sentence telling only that the one asked about left, or was replaced, tells no start of theirs: "Hoeld,
    // who took over as CEO after Freundt's exit, said the brand had become too commercial".)
    const ownEvs = people.length ? evs.filter((e) => e.person && people.includes(e.person)) : [];
    const onlyLeaves = q.events.includes('start') && !q.events.includes('end') && ownEvs.some((e) => e.kind === 'end') && ownEvs.every((e) => e.kind === 'end' || (e.kind === 'succession' && e.replaced));
    const eventish = eventHit || (!onlyLeaves && hit.some((t) => !!eventKindOf(t.word)));
    // "What was the turnout in the leadership vote?": the quantity's own word, with a number, answers.
    const measured = !!q.measure && typed && termMatches(index, p, q.measure);
    if (measured) score += 2;
    const acts = groups.filter((g) => g.some((t) => t.verb)).every((g) => g.some((t) => hit.includes(t)));
    const picked = titled.some((r) => !q.focus.includes(r.person) && evs.some((e) => e.kind === 'start' && e.person === r.person));
    out.push({ passage: p, score, coverage, acts, picked, tellsLater, direct: people.length ? direct : undefined, underTitle, typed: typed || goesOn, onFocus: (onFocus || (subjectOnly && coverage >= 1) || whoNamed) && !elsewhere, value, fits: allOrgs && amountOk, later: afterOk, eventish, measured, since, elsewherePost });
  }
  // "Who replaced X?": whoever holds the role X led, claimed after X left, even where no sentence says "replaced".
  // "Who headed the works council before Daniela Cavallo?": a succession naming her and the one she followed.
  const predecessorOf = predecessorAsked(index, q);
  if (predecessorOf) {
    for (const e of personEvents(index, predecessorOf, now)) {
      // (Not where they are the one followed: "Schulman took over from Akeroyd" names his successor.)
      if ((e.kind !== 'succession' && e.kind !== 'start') || e.replaced) continue;
      const p = index.passages[e.passage];
      if (!eventsAt(index, p.id).some((x) => x.kind === 'succession' && x.person && x.person !== predecessorOf)) continue;
      promote(out, p, 8, 14, { predecessor: true });
    }
    // "His predecessor, Marco Gobbetti, had left …", "Akeroyd's predecessor Gobbetti": named as such.
    for (const pid of index.byEntity.get(predecessorOf) ?? []) {
      const p = index.passages[pid];
      if (!isEligible(index, p, now)) continue;
      const own = index.mentions[pid].find((m) => m.id === predecessorOf && /^\s*(?:['’]s\s+)?predecessor\b/i.test(p.text.slice(m.end, m.end + 16)));
      const next = own && index.mentions[pid].find((m) => m.start > own.end && index.entities.get(m.id)?.type === 'person' && m.id !== predecessorOf);
      if (next && /^(?:['’]s)?\s+predecessor,?\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(p.text.slice(own.end, next.start))) promote(out, p, 8, 14, { predecessor: true });
    }
  }
  // "Who was finance minister when Trudeau said he was quitting?": the holder of that post on the day of
  // the event the clause tells (the one most recently given it by then), not today's.
  const at = q.type === 'who' && q.title && !q.current ? clauseDate(index, q, now) : null;
  if (at) {
    // (A sentence telling someone leaving the post gives it to no one: "Moss resigned as finance minister".)
    const claims = index.roles.filter((r) => sameTitle(r.title, q.title!) && !r.past && !leavesIn(index, r) && index.entities.get(r.person)?.type === 'person')
      .filter((r) => { const p = index.passages[r.passage]; return !!p.date && p.date.length === 10 && p.date <= at && isEligible(index, p, now); })
      .sort((a, b) => byDateDesc(index.passages[a.passage].date, index.passages[b.passage].date) || a.passage - b.passage);
    promoteHolder(index, out, claims);
  }
  // "Who was foreign minister in Kurti's government?": whoever was given the post while that head was in office.
  const term = q.type === 'who' && q.title ? termAsked(index, q, now) : null;
  if (term) {
    const claims = index.roles.filter((r) => sameTitle(r.title, q.title!) && !r.past && index.entities.get(r.person)?.type === 'person' && r.person !== term.person)
      .filter((r) => { const p = index.passages[r.passage]; return !!p.date && p.date >= term.from && p.date <= term.to && isEligible(index, p, now); })
      .sort((a, b) => (index.passages[a.passage].date! < index.passages[b.passage].date! ? -1 : index.passages[a.passage].date! > index.passages[b.passage].date! ? 1 : a.passage - b.passage));
    promoteHolder(index, out, claims);
  }
  // "Is X still running Y?": whoever took it over is the evidence against.
  if (((q.type === 'who' && q.events.includes('succession')) || (q.type === 'yesno' && q.current)) && people.length === 1) {
    // (For "who took over?", the leaving itself is shown beside whoever took over, but ranks under them;
    // for "is X still …?", it is the answer.)
    const takes = (p: Passage) => q.type !== 'who' || eventsAt(index, p.id).some((e) => (e.kind === 'succession' || e.kind === 'start') && !!e.person && e.person !== people[0]);
    for (const p of successorEvidence(index, people[0], now, q)) {
      // (A new holder of the post the question names first: "Schallenberg … interim chancellor" for "as chancellor".)
      const inTitle = !!q.title && rolesAt(index, p.id).some((r) => sameTitle(r.title, q.title!) && r.person !== people[0] && !r.past);
      const bump = (takes(p) ? 6 : 3) + (inTitle ? 3 : 0);
      promote(out, p, bump, bump + 6, { successor: true });
    }
  }
  return out.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
}

/**
 * The day of the event a "when …" clause of the question tells about the one person it names ("when
 * Trudeau said he was quitting": the day most sources give for his leaving), or null.
 */
function clauseDate(index: BriefIndex, q: Question, now: string, word = 'when'): string | null {
  const m = new RegExp(`\\b${word}\\s+(.+)$`, 'i').exec(q.text);
  if (!m || m.index === 0) return null;
  // (…or, for "before he went back", the one person the question names.)
  const named = index.entities.resolve(m[1]).ids.filter((id) => index.entities.get(id)?.type === 'person');
  const people = named.length ? named : /^(?:he|she|they)\b/i.test(m[1]) ? q.focus.filter((id) => index.entities.get(id)?.type === 'person') : [];
  // ("went back": the return, not the going.)
  const kinds = words(m[1]).map((w) => eventKindOf(w)).filter((k) => k && k !== 'holds' && k !== 'org');
  const kind = kinds.find((k) => k !== 'start') ?? kinds[0];
  if (people.length !== 1 || !kind) return null;
  const told = personEvents(index, people[0], now).filter((e) => e.kind === kind).map((e) => index.passages[e.passage]);
  const days = told.filter((p) => p.datePrecision === 'day');
  const day = modeDate(days);
  if (word !== 'before' || (day && sources(days, day) > 1)) return day;
  // (For "before he retired", where no two articles tell the same day, a year two or more give: "retired in
  // 2020" three times against "who left four years ago" dated by its article.)
  const years = told.filter((p) => p.datePrecision === 'year');
  const year = modeDate(years);
  return year && sources(years, year) > 1 ? year : day;
}

/** How many articles tell `date` among these sentences (two sentences of one retrospective are one source). */
function sources(told: Passage[], date: string): number {
  return new Set(told.filter((p) => p.date === date).map((p) => p.doc)).size;
}

/** Whether a sentence telling something ahead tells what was asked: its event, or every word asked ("would not seek a second term"). */
function tellsAsked(index: BriefIndex, q: Question, p: Passage): boolean {
  if (eventsAt(index, p.id).some((e) => q.events.includes(e.kind))) return true;
  const keys = q.terms.filter((t) => !t.context && !ANNOUNCED_Q.test(t.word) && !TELLING_WORDS.test(t.word));
  return keys.length > 0 && keys.filter((t) => termMatches(index, p, t.stem)).length >= Math.max(1, keys.length - 1);
}
const TELLING_WORDS = /^(?:say|said|tell|told|announce\w*)$/i;

/**
 * The days a head the question names was in office, for "in Kurti's government", "under Draghi's
 * premiership": from the first start told to the day to the first leaving after it (or `now`).
 */
function termAsked(index: BriefIndex, q: Question, now: string): { person: string; from: string; to: string } | null {
  const m = /\b(?:in|under|during)\s+(?:the\s+)?([\p{L}'’. -]+?)(?:['’]s?)?\s+(?:government|cabinet|administration|presidency|premiership|tenure|term)\b/iu.exec(q.text);
  if (!m) return null;
  const ids = index.entities.resolve(m[1]).ids.filter((id) => index.entities.get(id)?.type === 'person');
  if (ids.length !== 1) return null;
  const events = personEvents(index, ids[0], now);
  // (The first start told to the day: a later "less than two months after his cabinet took office" tells no new one.)
  // (…not as a deputy: Hoti made first deputy prime minister in February is no start of "Hoti's government".)
  const starts = events.filter((e) => e.kind === 'start').map((e) => index.passages[e.passage]).filter((p) => p.datePrecision === 'day');
  const from = starts.filter((p) => !rolesAt(index, p.id).some((r) => r.person === ids[0] && /\b(?:deputy|vice)\b/i.test(r.title))).map((p) => p.date!).sort()[0];
  if (!from) return null;
  const to = events.filter((e) => e.kind === 'end').map((e) => index.passages[e.passage].date).filter((d): d is string => !!d && d.length === 10 && d > from).sort()[0] ?? now;
  return { person: ids[0], from, to };
}

/** The one person a "who … before X?" question names after "before", if any. */
function predecessorAsked(index: BriefIndex, q: Question): string | null {
  const at = q.type === 'who' ? q.text.search(/\bbefore\b/i) : -1;
  if (at < 0) return null;
  const ids = index.entities.resolve(q.text.slice(at)).ids.filter((id) => index.entities.get(id)?.type === 'person');
  return ids.length === 1 ? ids[0] : null;
}

/** The first claim's holder, raised by up to three of their claims (claims in the order that picks the holder). */
function promoteHolder(index: BriefIndex, out: Candidate[], claims: readonly BriefIndex['roles'][number][]): void {
  const holder = claims[0]?.person;
  for (const r of claims.filter((x) => x.person === holder).slice(0, 3)) promote(out, index.passages[r.passage], 8, 14);
}

/**
 * A sentence the story (not the question's words) shows to answer: the candidate raised by `bump`, or
 * added at `base` when the words did not bring it in.
 */
function promote(out: Candidate[], p: Passage, bump: number, base: number, extra: { successor?: true; predecessor?: true } = {}): void {
  const known = out.find((c) => c.passage.id === p.id);
  if (known) Object.assign(known, { score: known.score + bump, onFocus: true, typed: true, coverage: Math.max(known.coverage, 1), ...extra });
  else out.push({ passage: p, score: base, coverage: 1, typed: true, onFocus: true, value: null, fits: true, later: true, ...extra });
}

/**
 * A sentence starting `person` somewhere new: a start event (or a present title) at an organisation
 * other than the ones `person` has left, from an article no older than the last leaving (or undated).
 */
function movedOn(index: BriefIndex, person: string, p: Passage, leaving: Leaving | null, left: string[] = []): boolean {
  if (!leaving) return false;
  const published = index.docByPath.get(p.doc)!.published;
  if (published && published < leaving.on) return false;
  const evs = eventsAt(index, p.id);
  // "leaves Alibaba for Linghang AI", "left … to lead a new initiative at the Reagan Foundation": the
  // leaving names where they went, the organisation after "for" or "to lead" (that sentence may be the
  // leaving itself, so its organisations are not the ones left).
  const goes = evs.some((e) => e.person === person && e.kind === 'end') ? LEAVES_FOR.exec(p.text) : null;
  if (goes && index.mentions[p.id].some((m) => m.start >= goes.index + goes[0].length && index.entities.get(m.id)?.type === 'organisation' && !left.includes(m.id))) return true;
  const starts = !!goes || evs.some((e) => e.person === person && (e.kind === 'start' || e.kind === 'return')) || rolesAt(index, p.id).some((r) => r.person === person && !r.past);
  // (…and not the one the question says they left: "after leaving Microsoft".)
  return starts && index.mentions[p.id].some((m) => index.entities.get(m.id)?.type === 'organisation' && !leaving.orgs.has(m.id) && !left.includes(m.id));
}

const CLEARED = /\b(?:complaint|grievance|charges?|case|allegations?|accusations?)\b[^.;]{0,40}\b(?:dismissed|dropped|rejected|thrown out|not upheld)\b|\b(?:dismissed|dropped|rejected|threw out)\s+(?:the\s+)?(?:complaint|grievance|charges?|case|allegations?)\b/i;
// "did not say who would succeed Levin", "has not named a successor", "no successor has been named",
// "nobody has replaced him".
const NO_SUCCESSOR = /\b(?:(?:has|have|had|did|does|do)\s+not|hasn['’]t|haven['’]t|didn['’]t|not yet)\s+(?:yet\s+)?(?:say|said|name|named|announce|announced|choose|chosen|pick|picked|appoint|appointed|identif(?:y|ied)|decide|decided)\b[^.;]{0,60}\b(?:successor|replace|succeed|replacement)|\bno (?:successor|replacement) (?:has|had) (?:yet )?been (?:named|announced|chosen|appointed)|\b(?:nobody|no one|no-one) (?:has|had) (?:yet )?(?:replaced|succeeded(?! in\b))\b/i;
const UNDISCLOSED = /\b(?:(?:not|never) (?:been |yet been )?(?:disclosed|made public|revealed|published|announced|given|released)|undisclosed|did not (?:disclose|reveal|say how much|give (?:details|a figure))|declined to (?:disclose|reveal|give|say how much)|no (?:details|figures?|terms) (?:of|for|on|were|was|have|has)|without (?:disclosing|giving) (?:details|terms|a figure))\b/i;
const TAKE_OFFICE_Q = /\b(?:start(?:s|ed|ing)?|begin|began|t(?:ake|akes|ook|aken|aking) (?:office|over|up)|actually|officially|formally|effective)\b/i;
const NAMING = /\b(?:nam(?:e|es|ed|ing)|appoint(?:s|ed|ing)?|nominat\w+|pick(?:s|ed)?|chos(?:e|en)|choos(?:e|es|ing)|select(?:s|ed|ing)?|tapp(?:ed|s)|designat\w+|announc\w+|unveil\w+)\b/i;
const TAKES_OFFICE = /\b(?:t(?:ake|akes|ook|aken|aking) (?:office|over|up (?:(?:his|her|their|the) )?posts?)|assum(?:e|es|ed|ing) (?:office|the (?:post|role|job))|formally|officially|effective|sworn in|in charge (?:only )?since|start(?:s|ed)? (?:work|as|in the (?:job|role)))\b/i;
// A life story told: where someone comes from and how a career began.
const CAREER_STORY = /\b(?:a native of|was born|born in|grew up|began (?:his|her|their) (?:[\p{L}-]+ )?career|started (?:his|her|their) (?:[\p{L}-]+ )?career)\b/iu;
const LEAVES_FOR = /\b(?:leav(?:e|es|ing)|left|quit(?:s|ting)?|depart(?:s|ed|ing)|exit(?:s|ed|ing)|step(?:s|ped|ping)? down)\s+(?:[^\s,;]+\s+){0,8}?(?:for|to (?:lead|join|run|head|become|chair|start|launch|found|work (?:at|for|on)|teach at|take (?:up|over)))\s/i;

interface Leaving {
  on: string; // the day most sources give: later articles looking back on it ("on leaving Qwen") do not move it
  orgs: Set<string>; // the organisations those sentences name
}

/**
 * The sentence telling `person` leaving on `on`, as of `now`: the first that opens on them ("Lindner said on
 * election night that he would leave active politics") before one that names them in passing.
 */
function leavingTold(index: BriefIndex, person: string, on: string, now: string): Passage | undefined {
  const opensOn = (x: Passage) => Number(index.mentions[x.id].some((m) => m.id === person && m.start <= 3));
  return leavingsSeen(index, person, now).filter((x) => x.date === on).sort((a, b) => opensOn(b) - opensOn(a) || a.id - b.id)[0];
}

/** When and whence `person` left, as of `now`: once per question, not per sentence. */
function leavingOf(index: BriefIndex, person: string, now: string): Leaving | null {
  return kept(index, 'leaving', `${person}:${now}`, KEPT_VALUES, () => leavingUncached(index, person, now));
}

function leavingUncached(index: BriefIndex, person: string, now: string): Leaving | null {
  const ends = leavingsSeen(index, person, now);
  if (!ends.length) return null;
  // (Not the one a sentence gives them a post at: "after she was removed …, she took office … as president of the New Development Bank".)
  const joined = (x: Passage) => new Set(rolesAt(index, x.id).filter((r) => r.person === person && !r.past && r.org && r.at > (eventsAt(index, x.id).find((e) => e.kind === 'end' && e.person === person)?.at ?? Infinity)).map((r) => r.org!));
  return { on: modeDate(ends)!, orgs: new Set(ends.flatMap((x) => { const j = joined(x); return index.mentions[x.id].filter((m) => index.entities.get(m.id)?.type === 'organisation' && !j.has(m.id)).map((m) => m.id); })) };
}

/**
 * Whether a sentence that never names `person` names someone else as the one replaced ("Loftin succeeded
 * Brady Deaton"): it tells another succession, not who followed `person`.
 */
function replacedOther(index: BriefIndex, p: Passage, person: string): boolean {
  const ms = index.mentions[p.id];
  // (Referred to only, "His name had been linked with Lyon before they chose Grosso to replace Blanc", they
  // may still be beside another succession.)
  // (Named too, they are the one who followed only when nothing puts them in the place taken: "elected Kirill
  // Petrenko … as their next chief conductor, … a successor to Simon Rattle" tells who followed Rattle.)
  if (ms.some((m) => m.id === person && !(m.ref && /^(?:he|she|his|her|him|they|their|them)$/i.test(p.text.slice(m.start, m.end)))) &&
    (tookOverFrom(index, p, person) || !/\bsuccessor to\b/i.test(p.text))) return false;
  // (Not one inside a clause about someone else: "Lennon, who had succeeded Gordon Strachan in 2010, replaces him".)
  return ms.some((m) => m.id !== person && index.entities.get(m.id)?.type === 'person' &&
    !/,\s*who\b[^,;]*$/i.test(p.text.slice(Math.max(0, m.start - 60), m.start)) &&
    /\b(?:succeed(?:ed|s|ing)?|replac(?:e|ed|es|ing)|t(?:ook|akes?|aking) over from|in place of|successor to)\s+(?:(?:the\s+)?(?:former|outgoing|departing|ousted|long-serving|late)\s+)?(?:(?!by\s)[\p{Ll}-]+\s+){0,2}$/u.test(p.text.slice(Math.max(0, m.start - 60), m.start)));
}

/** Whether the sentence has `person`'s post taken from them: "took over Gao's team", "replacing Gao", "in place of Gao". */
function tookOverFrom(index: BriefIndex, p: Passage, person: string): boolean {
  return index.mentions[p.id].some((m) => m.id === person &&
    /\b(?:t(?:ook|akes?|aking|aken) over(?: from)?|replac(?:ed|es|ing)|succeed(?:ed|s|ing)?|in place of|t(?:ook|akes?|aking) the place of|successor (?:to|of))\s+(?:the\s+)?$/i.test(p.text.slice(Math.max(0, m.start - 40), m.start)));
}

const WEEKDAY_OR_MONTH = /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

// A post named in a sentence, as whoever holds it: "the financial secretary stood in", "the board's chair decided".
const OFFICE_G = new RegExp(`${TITLE_RE.source}|\\b(?:secretary|minister|chair(?:man|woman|person)?|governor|commissioner|treasurer|ambassador|spokes(?:man|woman|person)|mayor|premier|chancellor|speaker|registrar|provost|dean)\\b`, 'gi');

/** Whether the sentence rebuts a claim in a word of the question: "he was not a candidate" for "was he a candidate". */
function rebuts(q: Question, text: string): boolean {
  const keys = q.terms.filter((t) => !t.context && !eventKindOf(t.word)).map((t) => t.stem);
  const has = (s: string) => words(s).some((w) => keys.includes(stem(w)));
  // (A word inside the rebuttal counts only when it ends its clause: "he was not a candidate." rebuts "was he a
  // candidate", "not a candidate for the Pittsburgh job" does not rebut "… for the Penn State job".)
  // (…or when what follows names something the question names: "not a candidate for the IMF".)
  return [...text.matchAll(new RegExp(REBUTTAL.source, 'gi'))].some((m) => {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    // (The job it is about: "for the Northgate job", "as Acme's chair"; not "in Tuesday's interview", "to Reuters".)
    const other = /^\s*(?:for|as)\s+(?:the\s+)?(\p{Lu}[\p{L}.’'-]*)/u.exec(after)?.[1];
    if (other && !WEEKDAY_OR_MONTH.test(other) && !q.text.toLowerCase().includes(other.toLowerCase())) return false;
    return has(text.slice(Math.max(0, m.index - 40), m.index)) || has(after) || ((!!other || /^\s*(?:[.,;:!?]|(?:and|but|or|so|saying|adding)\b|$)/i.test(after)) && has(m[0]));
  });
}

/** Whether `person` is the one doing the replacing in the sentence ("He replaced Quique Setién"), not the one replaced. */
function didReplace(index: BriefIndex, p: Passage, person: string): boolean {
  return index.mentions[p.id].some((m) => {
    if (m.id !== person) return false;
    // ("Daniele Franco, director general of the Bank of Italy, takes over …": past what describes him.)
    const after = p.text.slice(m.end, m.end + 160).replace(/^\s*,(?!\s*(?:who|which|replacing|succeeding)\b)[^,;.()]{1,90},/i, '').slice(0, 80);
    // ("… that he would succeed Louis van Gaal …, and he took over in January 2023": his own move.)
    // ("…, becomes minister of economy and finance, replacing Roberto Gualtieri": one told after his new post too.)
    // ("Bowser named successor", "Bowser is his successor": he is the one who follows; not "X named his successor".)
    if (/^\s+(?:named\s+successor|(?:is|was|has been|becomes|became|as|will be|would be)\s+(?:the\s+|his\s+|her\s+)?successor)\b(?!['’])/i.test(after)) return true;
    // ("Doug Bowser, … head of sales, will take over as president": his move, told ahead.)
    if (/^\s+(?:will|would|is to|was to|is set to|is due to)\s+(?:take over|replace|succeed)\b/i.test(after)) return true;
    // (An -ing form only as his own clause, after a comma: not "said he backed Ortiz taking over".)
    return (/^[^.;]{0,60}?\b(?:replac(?:ed|es)|succeed(?:ed|s)?|t(?:ook|akes) over)\b/i.test(after) || /^[^.;]{0,60}?,\s*(?:replacing|succeeding|taking over)\b/i.test(after)) &&
      !/^[^.;]{0,60}?\b(?:was|were|been|is|be|being)\s+(?:replaced|succeeded)\b/i.test(after) &&
      !/^\s*,\s*who\b/i.test(after) && !/^['’]s?\s/.test(after) && !/\b(?:replac(?:ed|es|ing)|succeed(?:ed|s|ing)?)\s+(?:him|her)\b/i.test(after);
  });
}

/** The sentences that make someone the head of what `person` headed, from the day `person` left. */
function successorEvidence(index: BriefIndex, person: string, now: string, q: Question): Passage[] {
  // The organisations the question names, when it names any ("from Zhou Jingren at Qwen"); else every one the person headed.
  const named = q.focus.filter((id) => index.entities.get(id)?.type === 'organisation');
  const headed = rolesOf(index, person).filter((r) => r.head === 'org');
  const orgs = new Set(named.length
    ? named.filter((o) => headed.some((r) => r.org === o || (r.org === null && roleAt(index, r, o))))
    : headed.map((r) => r.org ?? index.focus).filter((o) => !o.startsWith('other:')));
  // The leaving as first reported (a recap's "after X's departure" is dated by the recap).
  const generated = (p: Passage) => generatedRank(index, p);
  // ("Who took over after Koeman got sacked?": the sacking, not his leaving a national team before it.)
  const asked = leavingsNamed(index, q, person, now);
  const left = firstOf(asked.length ? asked : leavingsSeen(index, person, now),
    (a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : generated(a) - generated(b) || a.id - b.id));
  const out: Passage[] = [];
  // "He succeeds co-founder Mustafa Suleyman", "X was replaced by Y": a succession naming both.
  // (On a large corpus a person's events run to thousands: the first few hundred tell it.)
  for (const e of personEvents(index, person, now).filter((x) => x.kind === 'succession').slice(0, EVIDENCE_CAP)) {
    const p = index.passages[e.passage];
    // ("He replaced Quique Setién": the one asked about did the replacing; that names his predecessor.)
    if (didReplace(index, p, person)) continue;
    const next = eventsAt(index, p.id).find((x) => x.person && x.person !== person && (x.kind === 'succession' || x.kind === 'start'));
    if (!next) continue;
    // "He succeeds …": the sentence that named him comes first.
    const named = index.mentions[p.id].some((m) => m.id === next.person && !m.ref);
    const before = index.passages[p.id - 1];
    if (!named && before?.doc === p.doc && before.paragraph === p.paragraph && index.mentions[before.id].some((m) => m.id === next.person && !m.ref)) out.push(before);
    out.push(p);
  }
  // "Dedicoat becomes executive vice president of field operations, the sales job Robbins himself holds",
  // "taking over the strategy duties of Padmasree Warrior": someone else given the post they held.
  for (const pid of (index.byEntity.get(person) ?? []).slice(0, EVIDENCE_CAP)) {
    const p = index.passages[pid];
    if (out.includes(p) || !isEligible(index, p, now)) continue;
    // (Not a stand-in: "taking over the duties of Smith while he recovers".)
    const theirs = index.mentions[pid].filter((m) => m.id === person).some((m) =>
      (POST_BEFORE.test(p.text.slice(Math.max(0, m.start - 80), m.start)) && HELD_AFTER.test(p.text.slice(m.end, m.end + 40))) ||
      (TAKEN_POST_OF.test(p.text.slice(Math.max(0, m.start - 80), m.start)) && !/^\s*,?\s*(?:while|during|until|temporarily|in (?:his|her|their) absence)\b/i.test(p.text.slice(m.end, m.end + 30))));
    const other = index.mentions[pid].some((m) => m.id !== person && !m.ref && index.entities.get(m.id)?.type === 'person');
    if (theirs && other) out.push(p);
  }
  if (!left?.date) {
    // No leaving told ("ending the temporary oversight by Zhou Jingren"): whoever heads now what they
    // headed before, as first reported.
    for (const org of [...orgs].sort()) {
      const head = currentHead(index, org, false, now);
      if (!head || head.head === person || !head.others.some((o) => o.person === person)) continue;
      const first = firstOf(head.claims.filter((c) => c.date && !c.role.above), reportedFirst(index));
      // (…only one who took it after their last telling: a club president heading it all along did not
      // take over from its coach.)
      const theirs = head.others.find((o) => o.person === person)!.claims.map((c) => c.date ?? '').sort().at(-1) ?? '';
      if (first?.date && theirs && first.date < theirs) continue;
      if (first) out.push(first.passage);
      if (head.claims[0] && head.claims[0] !== first) out.push(head.claims[0].passage);
    }
    return [...new Set(out)];
  }
  for (const org of [...orgs].sort()) {
    const head = currentHead(index, org, false, now);
    if (!head || head.head === person) continue;
    // Whoever took charge from the leaving on: each one's first reporting of it (a recap's last), then the head's newest.
    // A claim dated only to the month ("since November 2023") counts from that month.
    const fromLeaving = (c: (typeof head.claims)[number]) => !!c.date && (c.date >= left.date! || (c.passage.datePrecision === 'month' && c.date.slice(0, 7) === left.date!.slice(0, 7)));
    const reported = (claims: typeof head.claims) => firstOf(claims.filter(fromLeaving), reportedFirst(index));
    const since = head.claims.filter((c) => !c.date || fromLeaving(c));
    const first = reported(head.claims);
    if (first) out.push(first.passage);
    for (const c of since.slice(0, 1)) out.push(c.passage);
    // …and whoever held it in between ("took temporary charge"), each once.
    // (Not the one who left: his own claims dated after his leaving are recaps.)
    for (const o of head.others.filter((x) => x.person !== person).slice(0, 5)) {
      const c = reported(o.claims);
      if (c && (!first || c.date! <= first.date!)) out.push(c.passage);
    }
    if (since.length) out.push(left);
  }
  // A post that is not the top one ("manager", "chief scientist"): whoever holds the same title at
  // the same organisation from the day the person left.
  // (…and the post the question names, top or not: "who replaced Nehammer as chancellor".)
  const titles = rolesOf(index, person).filter((r) => (r.head === null || (!!q.title && sameTitle(r.title, q.title))) && !r.past && !SUCCESSION_SKIP.has(r.title));
  for (const r of titles) {
    const org = r.org ?? index.focus;
    const next = index.roles
      // (A post no sentence ties to an organisation, "Justice Minister Buschmann", is the same post untied.)
      // (…or one untied in an article about the organisation: "Lenz … is to take over as interim chancellor".)
      .filter((x) => x.person !== person && sameTitle(x.title, r.title) && !x.past && (x.org === org || (x.org === null && r.org === null) || roleAt(index, x, org) ||
        (x.org === null && !!q.title && sameTitle(r.title, q.title) && heldAt(index, x, org))))
      .map((x) => index.passages[x.passage])
      .filter((p) => p.date && p.date >= left.date! && p.date <= now && isEligible(index, p, now))
      .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.id - b.id));
    if (!next.length) continue;
    // (After an interim holder, also whoever was given the post for good.)
    const claimAt = (p: Passage) => rolesAt(index, p.id).find((x) => sameTitle(x.title, r.title) && x.person !== person);
    const holderAt = (p: Passage) => claimAt(p)?.person;
    const most = claimAt(next[0])?.interim ? 2 : 1;
    const firsts: Passage[] = [];
    const seen = new Set<string | undefined>();
    for (const p of next) {
      if (firsts.length >= most) break;
      const holder = holderAt(p);
      if (seen.has(holder)) continue;
      seen.add(holder);
      firsts.push(p);
    }
    for (const first of firsts) {
      // ("He … takes over the justice ministry": the sentence before names him.)
      const holder = holderAt(first);
      const before = index.passages[first.id - 1];
      if (holder && index.mentions[first.id].some((m) => m.id === holder && m.ref) && before?.doc === first.doc && index.mentions[before.id].some((m) => m.id === holder && !m.ref)) out.push(before);
      out.push(first);
    }
    if (!out.includes(left)) out.push(left);
  }
  // "Donelan stepped down as education secretary … James Cleverly takes over at the Department for
  // Education": in the article telling of the leaving, someone else taking over or being named within
  // two paragraphs after it, in a sentence carrying a word of the question other than its verb.
  const keys = q.terms.filter((t) => !t.context && !eventKindOf(t.word));
  const kind = leavingKind(q);
  const ends = endsOf(index, person).slice(0, EVIDENCE_CAP);
  const endsAsked = kind ? ends.filter((e) => kind.test(index.passages[e.passage].text)) : [];
  for (const e of keys.length ? (endsAsked.length ? endsAsked : ends) : []) {
    const lp = index.passages[e.passage];
    if (!isEligible(index, lp, now)) continue;
    // (The leaving's own sentence too: "… stepped down; Richard Teng succeeded him.")
    for (let id = lp.id; index.passages[id]?.doc === lp.doc && index.passages[id].paragraph <= lp.paragraph + 2; id++) {
      const p = index.passages[id];
      const takes = eventsAt(index, id).some((x) => (x.kind === 'succession' || x.kind === 'start') && x.person && x.person !== person);
      if (!takes || !keys.some((t) => termMatches(index, p, t.stem))) continue;
      // ("Xavi rejected an offer to take over in January 2020": a taking over before the leaving is another.)
      if (p.date && lp.date && p.dateOrigin === 'sentence' && p.date.slice(0, 7) < lp.date.slice(0, 7)) continue;
      out.push(p);
      if (!out.includes(lp)) out.push(lp);
    }
  }
  return [...new Set(out)];
}

/** How many of a person's events the successor search reads (a large corpus repeats the story). */
const EVIDENCE_CAP = 200;

/** Titles many people hold at once: holding one after someone left is no succession. */
const SUCCESSION_SKIP = new Set(['member', 'board member', 'director', 'scientist', 'engineer', 'adviser', 'analyst', 'journalist', 'partner', 'co-founder', 'founder', 'vice president']);

/**
 * A word of the sentence that names the same kind of change as the question's word: "back" and
 * "reinstatement", "fired" and "ousted".
 */
function sameEventWord(index: BriefIndex, p: Passage, word: string): boolean {
  const kind = eventKindOf(word);
  // Joining and holding are said of almost everyone; only the rarer changes are telling.
  if (kind !== 'end' && kind !== 'return' && kind !== 'succession') return false;
  const cache = memo(index, 'ask:eventWords', () => new Map<number, Set<string>>());
  let kinds = cache.get(p.id);
  // ("leaving the president to run day-to-day operations" is no one leaving.)
  if (!kinds) cache.set(p.id, (kinds = new Set(words(p.text.replace(LEAVING_TO_DO, ' ')).map(eventKindOf).filter((k): k is NonNullable<typeof k> => !!k))));
  return kinds.has(kind);
}

const FOUNDED = /\b(?:co-?founded|founded|established|created|formed|set up)\b/i;
const FOUNDED_YEAR = /^[^.;]*?\b(?:in|on)\s+(?:[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?(?:1[6-9]|20)\d\d\b/;

/** "Who was the justice minister …": a post named with what it covers, asked for its holder (not "the prime minister of"). */
const POST_ASKED = /^who\s+(?:is|was|were|are)\s+the\s+((?:(?!prime\b)[a-z-]+\s+){1,2}?(?:minister|secretary|judge|prosecutor|ambassador|envoy|commissioner|spokes(?:man|woman|person)))\b(?![\s-]+(?:of|for|at|in|to|general|now)\b)(?=\s+\S)/i;
/** "Who is chairing the search committee …": a body's head asked for by what the body is. */
const CHAIRING_ASKED = /^who\s+(?:(?:is|was|will\s+be)\s+(?:chairing|heading|leading)|chaired|chairs)\s+the\s+((?:[\w-]+\s+){0,3}?(?:committee|panel|commission|inquiry|council|task\s+force|tribunal|chamber))\b/i;
const LEADS_WORD = /^(?:chair|chairs|chaired|chairing|chairman|chairwoman|chairperson|head|heads|headed|heading|lead|leads|led|leading|leader|president|presided|presides|presiding|convenor|convener|convened)$/;
const OFFICE_NOUNS = /^(?:judge|justice|magistrate|prosecutor|mediator|arbitrator|arbiter|referee|umpire|coroner|envoy|negotiator|inspector|ombudsman|auditor|examiner|registrar|sheriff)$/;

const LEAVING_TO_DO = new RegExp(`\\bleav(?:es|ing)\\s+${LEFT_TO_OTHERS}`, 'gi');

/** "start", "began", "begin": starting, which is an event only for a person starting in a post. */
const START_STEM = /^(?:start|begin|began)/;

function eventKindWord(stem: string): boolean {
  // ("start" only for a person starting in a post: hit is told so, not "when will the factory start production".)
  return /^(?:start|began|begin|report|answer|ran|restruct|reorgani|reshuffl|shake|overhaul|reform|work|mov|went|pay|paid|buy|bought|spend|spent|cost|cut|strik|layoff|step|fir|oust|remov|dismiss|sack|push|resign|quit|left|leav|depart|exit|back|return|reinstat|rehir|rejoin|regain|join|hir|appoint|nam|promot|recruit|replac|succe|lead|led|run|head|overse|chair|launch|invest|acquir|merg)/.test(stem);
}

/**
 * "Why did Joyce leave early?": what the one who left said of it, in the article telling the leaving,
 * within two paragraphs after it ("Joyce said … the company needed to move ahead with its renewal").
 */
function ownWord(index: BriefIndex, q: Question, p: Passage): boolean {
  const who = q.focus.filter((id) => index.entities.get(id)?.type === 'person');
  if (who.length !== 1 || !q.events.includes('end') || !SAYS.test(p.text)) return false;
  const speaks = index.mentions[p.id].some((m) => m.id === who[0] && m.start <= 40 && /^\s+(?:said|says|told|wrote|added|explained)\b/.test(p.text.slice(m.end, m.end + 12)));
  if (!speaks) return false;
  return endsOf(index, who[0]).some((e) => {
    const lp = index.passages[e.passage];
    return lp.doc === p.doc && lp.id < p.id && p.paragraph - lp.paragraph <= 2;
  });
}

/** One cited excerpt: the sentence, its date, and its source. */
function excerptItem(index: BriefIndex, cites: Citations, p: Passage): Item {
  return { section: null, text: `${quoted(p.text)} (${dateLabel(p)}; ${sourceLabel(index.docByPath.get(p.doc)!)})`, cites: [cites.passage(p)] };
}

/** "That is not in the corpus", with the sources that say so (a sum not disclosed, no successor named yet), cited. */
function untoldAnswer(index: BriefIndex, query: string, passages: Passage[], asOf: string | null, note: string): Answer {
  const cites = new Citations(index);
  return {
    command: 'ask', query, asOf, found: false,
    heading: 'That is not in the corpus.',
    items: passages.map((p) => excerptItem(index, cites, p)),
    notes: [note],
    citations: cites.list,
  };
}

/** Whether every word of the sentence naming the question's event is refused or denied ("refused to resign", "he would not resign"). */
function onlyRefused(q: Question, p: Passage): boolean {
  const verbs = q.terms.filter((t) => !t.context && eventKindOf(t.word));
  if (!verbs.length) return false;
  const at = [...p.text.matchAll(/[\p{L}]+/gu)].filter((w) => verbs.some((t) => stem(w[0].toLowerCase()) === t.stem));
  return at.length > 0 && at.every((w) => { const before = p.text.slice(Math.max(0, w.index! - 40), w.index!); return REFUSED.test(before) || URGED.test(before); });
}
const REFUSED = /\b(?:refus\w*|declin\w*|not|never|n['’]t|against|rul\w* out)\s+(?:to\s+)?(?:\w+\s+)?$/i;
// ("called on Rubiales to resign immediately": a demand, not the resignation.)
const URGED = /\b(?:call\w*(?:\s+on)?|urg\w*|demand\w*|press\w*|push\w*|ask\w*|tell\w*|told)\s+(?:[\p{L}'’-]+\s+){0,3}to\s+$/iu;

/** Measures only a sentence naming them gives. */
const NAMED_MEASURE = /^(?:turnout|attendance|headcount|crowd|toll|death toll)$/;

/** The oldest dated claim to `title` held in full (not as a stand-in), after `after` when given. */
function firstInPost(claims: readonly HeadClaim[], title: string | null, after = ''): HeadClaim | undefined {
  // (No title: the head post, whatever each claim calls it.)
  return claims.filter((c) => !c.role.interim && !!c.date && c.date > after && (!title || sameTitle(c.role.title, title)))
    .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.passage.id - b.passage.id))[0];
}

// Held, led or titled right before a year: "has run the company since 2004", "chairman since September 2022".
const HELD_FROM_YEAR = /\b(?:been|led|leads|run|runs|ran|headed|heads|served|chaired|chairs|managed|coached|held|holds|command(?:s|ed|er)?|took (?:over|charge|the helm)|in charge|leader|director|manager|president|chair(?:man|woman)?|chief|minister|head|governor|coach|ceo|secretary|editor|member|post)\b[^.;]{0,40}?\b(?:since|from|in) (?:\p{L}+ )?(?:19|20)\d\d\b/iu;

/** Whether a candidate answers: about the focus, and carrying the key words or the kind of answer asked for. */
function answers(q: Question, c: Candidate): boolean {
  if (!c.onFocus || c.underTitle || c.elsewherePost) return false;
  // "How much was Wells fined in 2016?": the year asked bounds the answer (a 2020 fine is another).
  // (…and "Venezuela's 2024 presidential election", "the 2022 season": a year naming the event asked about.)
  // (…with its month or not: "the December 2015 hearing".)
  const years = /(?:\b(?:in|during|for|of|the)|['’]s)\s+(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?:\d{1,2},?\s+)?)?((?:19|20)\d\d)\b/i.exec(q.text);
  // ("lost $77 million last year", written in 2024, is 2023's.)
  const lastYear = /\b(?:last|previous|past|prior) year\b/i.test(c.passage.text) && !!c.passage.date && Number(c.passage.date.slice(0, 4)) - 1 === Number(years?.[1]);
  if (years && !(c.passage.date?.startsWith(years[1]) || c.passage.text.includes(years[1]) || lastYear)) return false;
  // After one person's leaving, a later move of theirs answers whatever its words; else the words must match.
  if (q.after && q.type !== 'yesno') return c.typed && (c.later ?? c.coverage > 0);
  // ("What was voter turnout in November?": a turnout, an attendance, a toll is a figure its sentence names
  // as one; another number beside the election is not it.)
  // ("What share of the vote did Bongo and Ondo Ossa get?": "Ondo Ossa was credited with 30.77 percent" gives his,
  // the vote unnamed.)
  const shareOf = q.type === 'how-many' && SHARE_Q.test(q.text) && !!c.direct && !!c.value && PERCENT_RE.test(c.value);
  if (q.type === 'how-many' || q.type === 'how-much') return c.typed && (c.measured || shareOf || (c.coverage >= 0.34 && !NAMED_MEASURE.test(q.measure ?? ''))) && c.fits;
  // "What was Ermotti doing before he went back to UBS?": not his going back.
  if (q.earlier && c.tellsLater) return false;
  // "What is X doing now?", "Is X still at Y?": what the sentences about X say of their roles.
  if ((q.type === 'doing' || q.type === 'role' || (q.type === 'yesno' && q.current)) && c.typed) return true;
  // (…and "what did X say": what X said; "how long …": a length of time.)
  // ("How long is Bartelstein's contract?": a span told of the thing asked, or one running on, "will remain coach
  // until June 2026"; not "spent about seven years with the Pistons".)
  if (q.type === 'what' && c.typed && (SAY_Q.test(q.text) || (HOW_LONG.test(q.text) && (c.coverage > 0 || !q.terms.some((t) => !t.context) || RUNS_ON.test(c.passage.text))))) return true;
  // (…and "which club …?" only by a sentence naming one.)
  if (q.type === 'what' && WHICH_ORG.test(q.text) && !c.typed) return false;
  // "When did Keita die?": what the person asked about did, told of them by name or "he"; in an article
  // about him, "11 people died" is others'. (Only when that one word is all the question asks: "the Times
  // published its investigation of the doctor" answers "when did the LA Times publish its Tyndall investigation".)
  if (q.type === 'when' && !q.events.length && c.direct === false && keyGroups(q).length <= 1) return false;
  // "When did X join Apple?": a dated sentence about X and Apple that tells no joining is no answer.
  // (When it asks when something was announced, the announcing sentence answers whatever its verb.)
  // ("When did X become chairman?": "had been chairman since December 2022" tells when it began.)
  const heldSince = q.events.includes('start') && !!c.value && new RegExp(`\\b(?:since|from)\\s+(?:the\\s+(?:end|start|beginning)\\s+of\\s+)?${escapeRegExp(c.value)}`, 'i').test(c.passage.text) &&
    HELD_FROM_YEAR.test(c.passage.text) && !/\bbeen\s+\p{L}+ing\b/iu.test(c.passage.text);
  // ("When did Mueller become CEO of Aer Lingus?": a post of one organisation asked, a sentence about another
  // company's post tells another start.)
  if (q.type === 'when' && q.title && c.fits === false && new RegExp(`\\b${escapeRegExp(q.titleWords?.at(-1) ?? q.title)}\\s+(?:of|at)\\s+\\S`, 'i').test(q.text)) return false;
  if (q.type === 'when' && q.events.some((k) => k !== 'holds' && k !== 'org') && c.eventish === false && !heldSince && !ANNOUNCED_Q.test(q.text)) return false;
  // ("What is the name of the pilot who …?": only a sentence naming that one.)
  if (q.type === 'who' && NAME_OF_Q.test(q.text) && !c.typed) return false;
  // "Who did Lee pick as prime minister?": only a sentence giving someone that post as they start in it.
  if (q.type === 'who' && q.title && q.terms.some((t) => !t.context && eventKindOf(t.word) === 'start') && !c.picked && !c.successor && !c.predecessor) return false;
  // (…nor, for "when did Tesla drop the plan?", one that tells no dropping: "the committee formed to consider the plan".)
  if (q.type === 'when' && c.acts === false && !ANNOUNCED_Q.test(q.text)) return false;
  // "Was Munchak a candidate for the Penn State job?" — "Munchak said … he was not a candidate": the
  // person asked about answering the claim answers it, whatever other words the question has.
  // (…when the rebuttal is of what was asked, a word of it beside the denial: "he denied talking to England"
  // does not answer "did Jones have an interview with Japan".)
  if (q.type === 'yesno' && c.direct && c.coverage > 0 && rebuts(q, c.passage.text)) return true;
  const keys = keyGroups(q).length;
  // "When …?" without a date in the sentence: only one carrying every word asked about.
  const need = keys <= 2 || (q.type === 'when' && !c.typed) ? 1 : 0.5;
  if (c.coverage >= need) return true;
  return c.typed && c.coverage >= (keys <= 3 ? 0.34 : 0.25) && c.score >= RELEVANCE_FLOOR;
}

/**
 * "When was Ghosn arrested?", asked of a corpus that tells a first arrest and two re-arrests: the day
 * most articles give for it goes first (a month one of them gives, "first arrested in November 2018",
 * counts for the days in it, and the day either side for it too), and a sentence telling it again ("re-arrested") only when asked so.
 * Sorts `candidates` again in place.
 */
function corroborate(q: Question, candidates: Candidate[]): void {
  const top = candidates.filter((c) => c.typed && c.passage.date && c.passage.dateOrigin !== 'article' && answers(q, c)).slice(0, 16);
  const docs = new Map<string, Set<string>>();
  for (const c of top) {
    const d = c.passage.date!;
    if (!docs.has(d)) docs.set(d, new Set());
    docs.get(d)!.add(c.passage.doc);
  }
  // (Days one apart are one event told two ways, "on Tuesday" in New York and "on Wednesday" in Tokyo: both
  // sides of that disagreement count alike.)
  const near = (k: string, d: string) => (k.length < d.length ? d.startsWith(k) : k.length === 10 && Math.abs(dayNumber(k) - dayNumber(d)) <= 1);
  const support = (d: string) => new Set([...docs].filter(([k]) => near(k, d)).flatMap(([, v]) => [...v])).size;
  const again = /\bre-?(?:arrest|elect|appoint|nam|hir|join|indict|charg|launch)\w*/i;
  const askedAgain = again.test(q.text) || /\b(?:again|second|latest|last|most recent)\b/i.test(q.text);
  // (Not for another move than the joining asked: "elected president on 4 June" in four reports is no joining.)
  const joins = q.terms.filter((t) => !t.context && /^(?:re)?join$/.test(t.stem)).map((t) => new RegExp(`\\b${t.stem}`, 'i'));
  for (const c of top) {
    if (c.passage.datePrecision === 'day' && joins.every((re) => re.test(c.passage.text))) c.score += 0.75 * Math.min(3, support(c.passage.date!) - 1);
    if (!askedAgain && again.test(c.passage.text) && !q.terms.some((t) => new RegExp(`(?<!re-?)\\b${escapeRegExp(t.word)}`, 'i').test(c.passage.text))) c.score -= 2;
    else if (q.terms.length && q.terms.every((t) => onlyAfter(c.passage.text, t.stem))) {
      // (Its day is the other event's: "celebrates his birthday on Sunday, two days after he was sworn in"
      // gives no day for the swearing-in to set beside the others.)
      c.score -= 2;
      c.value = null;
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id);
}

/**
 * Whether every mention of `stem` in the sentence is what another event came after or before, with no
 * date of its own: "voted on Thursday to remove Ghosn, three days after his arrest" (not "until his
 * arrest in Tokyo on November 19").
 */
function onlyAfter(text: string, want: string): boolean {
  // (Each word whose stem it is: "sworn" for "swear", as well as words that begin with it.)
  const at = [...text.matchAll(/[\p{L}\p{N}'’-]+/gu)].filter((m) => m[0].toLowerCase().startsWith(want) || stem(m[0].toLowerCase()) === want);
  if (!at.length) return false;
  const dates = datesInSentence(text, null).map((d) => text.indexOf(d.text));
  return at.every((m) => /\b(?:after|since|following|before|until)\s+(?:\S+\s+){0,2}$/i.test(text.slice(Math.max(0, m.index! - 30), m.index!)) &&
    !dates.some((i) => i > m.index! && i - m.index! < 40));
}

// A law's or a treaty's name, read as a body's: "the Companies Act".
const LAW_NAME = /\b(?:Act|Bill|Law|Code|Treaty|Accord|Directive|Regulation|Constitution)$/;

// "did X get the director job", "did X become chairman": the verb's object is a post.
const POST_GOT = /\b(?:get|got|getting|become|became|becoming|land|landed|landing|win|won|winning|take|took|taking|secure|secured|securing|receive|received|receiving)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,4}?(?:job|post|role|position|chair\w*|president\w*|ceo|chief\s+\w+|director\w*|minister|governor|manager|coach|head|leader\w*|secretary|speaker|mayor)\b|^did\s+[\p{L}\s.'’-]+\s+become\s/iu;

/** The words asked about, one group per part of the question: "CEO or CFO" is one part, either word. */
function keyGroups(q: Question): Question['terms'][] {
  const groups = new Map<number | string, Question['terms']>();
  for (const t of q.terms) {
    if (t.context) continue;
    // ("did Bongino get the director job": with a post named, "job" adds nothing to it.)
    // (…nor "become", "get": whether they did is the question, which a sentence giving the post to them or
    // to someone else answers.)
    if (q.title && q.type === 'yesno' && POST_GOT.test(q.text) && /^(?:job|jobs|post|posts|role|roles|position|positions|get|got|become|became|land|landed|win|won|take|took|secure|secured|receive|received)$/.test(t.word)) continue;
    const key = t.alt ?? t.stem;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return [...groups.values()];
}

/**
 * Dates that say the same thing once: "2024-01" (a month) agrees with "January 17, 2024" (a day in it).
 * Other answers' values are compared as written.
 */
function agreeing(q: Question, cs: Candidate[]): string[] {
  const given = cs.filter((c) => !!c.value);
  if (q.type !== 'when') return [...new Set(given.map((c) => c.value!))];
  const iso = (v: string) => {
    if (/^\d{4}(?:-\d{2}){0,2}$/.test(v)) return v;
    // ("since 2004", "in 2006": the year.)
    const year = /^(?:since|in|from)\s+((?:19|20)\d\d)$/i.exec(v);
    if (year) return year[1];
    const d = datesInSentence(v, null)[0];
    return d?.precision === 'day' ? d.date : null;
  };
  // (A value without its year, "November 19" or "Tuesday", is the day its sentence is dated to: it agrees with "Nov 19, 2018".)
  const known = given.map((c) => iso(c.value!) || (c.passage.dateOrigin === 'sentence' && c.passage.date) || c.value!);
  const out = new Map<string, string>();
  given.forEach((c, i) => {
    const d = known[i];
    if (!known.some((o, j) => j !== i && o !== d && o.startsWith(d)) && !out.has(d)) out.set(d, c.value!);
  });
  // Only dates near the first one disagree with it: one months away is another event ("an arrest warrant
  // for his wife" in January is no second date for his arrest in November).
  const first = [...out.keys()][0];
  const day = (k: string) => (/^\d{4}-\d{2}(?:-\d{2})?$/.test(k) ? dayNumber(k.length === 7 ? `${k}-15` : k) : null);
  const near = (k: string) => day(first) === null || day(k) === null || Math.abs(day(k)! - day(first)!) <= 31;
  // ("Friday" is shown with the day it is: "Friday (2020-05-01)".)
  return [...out].filter(([k]) => near(k)).map(([k, v]) => (/^(?:on\s+|last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i.test(v) && /^\d{4}-\d{2}-\d{2}$/.test(k) ? `${v} (${k})` : v));
}

/** An age right after a name ("Badenoch, 44,", "Prevost (69)", "Lee, 61, …"), or anywhere in a sentence that refers back ("the 69-year-old"). */
/** "Which law school …?", "which team did he coach?": an organisation of a kind asked for by name. */
const WHICH_ORG = /^(?:which|what)\s+(?:[a-z-]+\s+)?(?:team|club|company|school|university|college|bank|party|newspaper|network|outlet|airline|agency|broadcaster|fund|startup|lab|studio|orchestra|opera house|museum)s?\s+(?:did|does|do|is|was|were|has|had|will|would)\b/i;
const SCHOOL_NAME = /\b(?:school|university|college|institute|academy|polytechnic|universit\p{L}*|école|hochschule|universidad|università)\b/iu;
const AGE_AFTER = /^(?:['’]s)?\s*(?:,\s*|\()(?:aged\s+)?\d{2}\b(?!\s*(?:%|per|percent|million|billion|votes?|seats?|months?|years?|weeks?|days?|hours?|minutes?|points?|goals?|games?|matches?|members?|people|times)\b)(?!\s*%)/i;
// ("He was 63.", "died at 63", "at the age of 63", "Now 50, she …": an age told as a sentence of its own or with a death.)
const AGE_ANY = /\b\d{2}-year-old\b|\baged \d{2}\b|\b\d{2} years old\b|\b(?:he|she) (?:was|is|is now|turned|turns) \d{2}\s*[.;]|\b(?:died|dies|dead|named|appointed|elected|chosen|promoted|hired|sworn in|took office|retired|retires|resigned|stepped down) at \d{2}\b(?!\s*(?:%|per|percent|[.,:]\d|a\.?m\b|p\.?m\b|basis))|(?:^|[.;]\s+)At \d{2},|\bat (?:the )?age (?:of )?\d{2}\b|^(?:now|then) \d{2},/i;

const RELATIVE_DATE = /^(?:last|this|next)\b/i;
const DATE_PHRASES_G = [...DATE_PHRASES.map((re) => re.source), '\\b(?:last|this|next)\\s+(?:week|month|year)\\b'].map((re) => new RegExp(re, 'gi'));

/**
 * The date phrase of a sentence that goes with what is asked about (the person named nearest it): "Thomson,
 * who joined BP in 2004, … stepped in for Murray Auchincloss, who was named permanent chief executive last
 * month" gives "last month" for Auchincloss, not Thomson's 2004.
 */
function nearestDate(index: BriefIndex, q: Question, p: Passage): string | null {
  // In the order of DATE_PHRASES_G (a full date before a month, a weekday, "last month"), then as written.
  const all = DATE_PHRASES_G.flatMap((re) => [...p.text.matchAll(re)].sort((a, b) => a.index! - b.index!));
  // (Not a date naming another event, "since the party's defeat at the 18 May election": "the <date> <noun>".)
  const attributive = (d: RegExpMatchArray) => /\bthe\s+$/i.test(p.text.slice(Math.max(0, d.index! - 5), d.index!)) &&
    /^\s+(?!(?:and|or|at|in|on|of|to|for|when|that|which|while|as|by|with|from)\b)\p{Ll}{3,}/u.test(p.text.slice(d.index! + d[0].length));
  const plain = all.filter((d) => !attributive(d));
  const found = plain.length ? plain : all;
  if (found.length <= 1) return found[0]?.[0] ?? null;
  const names = index.mentions[p.id].filter((m) => index.entities.get(m.id)?.type === 'person');
  const gap = (d: RegExpMatchArray, m: { start: number; end: number }) => (d.index! >= m.end ? d.index! - m.end : Math.max(0, m.start - d.index! - d[0].length));
  // Each date goes with the person named nearest it; the first that goes with the one asked about.
  // ("Nora Lindqvist, who joined Quill in 2015, …": a relative clause's date is its person's.)
  const own = found.filter((d) => {
    const rel = [...names].reverse().find((m) => m.end <= d.index! && /^,\s*(?:who|whose)\b[^,;]*$/.test(p.text.slice(m.end, d.index!)));
    const near = rel ?? [...names].sort((a, b) => gap(d, a) - gap(d, b))[0];
    return near && q.focus.includes(near.id);
  });
  // (…and of those, one just after the verb asked: "was born in 1961 and joined Nissan in 1986" for "when did he join".)
  const afterVerb = afterVerbAsked(q);
  const pool = own.length ? own : found;
  return (pool.find((d) => afterVerb?.test(p.text.slice(Math.max(0, d.index! - 50), d.index!))) ?? pool[0])[0];
}

// A leaving of one's own accord, and a removal: the two kinds a "why" question tells apart.
const QUIT_WORDS = /\b(?:resign\w*|quit\w*|step(?:s|ped|ping)? down|stepping down|step(?:s|ped)? aside|retir\w+)\b/i;
const REMOVED_WORDS = /\b(?:fired|fire|ousted|oust|removed|dismiss\w*|sacked|sack|pushed out|forced out)\b/i;

/** The day of the newest leaving of the kind the question names ("resign", "fired"), visible on `now`. */
function askedLeaving(index: BriefIndex, q: Question, person: string, now: string): string | null {
  if (!leavingKind(q)) return null;
  const days = leavingsNamed(index, q, person, now).map((p) => p.date!);
  return days.sort().pop() ?? null;
}

/** The kind of leaving the question names ("resign", "got sacked"), or null. */
function leavingKind(q: Question): RegExp | null {
  return QUIT_WORDS.test(q.text) ? QUIT_WORDS : REMOVED_WORDS.test(q.text) ? REMOVED_WORDS : null;
}

/** A person's visible leavings of the kind the question names; every one when it names none. */
function leavingsNamed(index: BriefIndex, q: Question, person: string, now: string): Passage[] {
  const kind = leavingKind(q);
  const all = leavingsSeen(index, person, now);
  return kind ? all.filter((p) => kind.test(p.text)) : all;
}

const TALLY_NUMBER = `(?:\\d[\\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)|${NUMBER_WORDS})`;
// ("won 52% of the vote to 48% for Forbes": a result told in shares.)
const TALLY_SHARE = String.raw`\b\d{1,2}(?:\.\d+)?\s*(?:%|per ?cent\b)`;
const TALLY = new RegExp(`\\b${TALLY_NUMBER}\\s+(?:votes?\\s+)?to\\s+${TALLY_NUMBER}\\b|\\b${TALLY_NUMBER}\\s*[-–]\\s*${TALLY_NUMBER}\\s+(?:vote|votes|in favou?r)\\b|\\b${TALLY_NUMBER}\\s+(?:[\\p{L}-]+\\s+){0,2}voted\\b[^.;]{0,60}?\\band\\s+${TALLY_NUMBER}\\s+(?:[\\p{L}-]+\\s+)?voted\\b|${TALLY_SHARE}(?:\\s+of the (?:vote|ballots?))?\\s+to\\s+${TALLY_SHARE}`, 'iu');
const HOW_LONG = /^how long\b/i;
/** A span still running: "will remain coach until June 2026", "a deal that expires in 2027". */
const RUNS_ON = /\b(?:until|till|through|runs? (?:to|until)|expir(?:e|es|ing)|will (?:remain|stay|serve|run))\b/i;
// A contract's or term's end: "until June 2026", "through 2027", "to the end of 2026".
const RUNS_UNTIL = /\b(?:until|till|through)\s+(?:(?:the\s+)?(?:end|summer|spring|autumn|fall|winter)\s+(?:of\s+)?)?(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b/i;
const DURATION = new RegExp(`\\b(?:\\d+|${NUMBER_WORDS}|a|an)[- ](?:years?|months?|weeks?|seasons?)\\b`, 'i');
const STINTS_Q = /\bbetween (?:his|her|their|the) (?:two |first and second )?(?:stints|spells|terms|periods|tenures)\b/i;
const SAY_Q = /^what (?:did|does|do|has|have) (.+?) (?:say|said|think|thought|tell|told|call|called|write|wrote)\b/i;
const SAYS = /\b(?:said|says|called|calls|told|tells|wrote|writes|described|describes|argued|argues|added|posted|according to)\b/i;

/** The person a "what did X say …?" question asks to hear from, or null; read once per question (typedAnswer asks per sentence). */
const speakers = new WeakMap<Question, string | null>();
function saidBy(index: BriefIndex, q: Question): string | null {
  if (speakers.has(q)) return speakers.get(q)!;
  const m = SAY_Q.exec(q.text);
  const ids = m ? index.entities.resolve(m[1]).ids : [];
  const who = q.focus.find((id) => index.entities.get(id)?.type === 'person' && ids.includes(id)) ?? null;
  speakers.set(q, who);
  return who;
}

/** An age told beside a name: "Muilenburg, 55,", "the 56-year-old", "aged 55", "at the age of 55", "55 years old". */
// (…"retired at 59", "At 35, he is young for the job".)
const AGE_RE = /\p{Lu}[\p{L}'’-]+,\s+(\d{2}),|\b(?:retired|retires|retiring|resigned|died|dies|stepped down|elected|appointed|became|took over|took office)\s+at\s+(?:the\s+age\s+of\s+)?(\d{2})\b(?!\s*(?:%|per|percent|[.,:]\d|a\.?m\b|p\.?m\b|basis))|(?:^|[.;]\s+)At\s+(\d{2}),|\b(\d{2})-year-old\b|\baged\s+(\d{2})\b|\bage of\s+(\d{2})\b|\b(\d{2})\s+years old\b|\bturned\s+(\d{2})\b|\b(\d{2})\s+ans\b|\b(\d{2})\s+años\b|\b(\d{2})\s+Jahre\b/u;

/** The thing a "how many …?" question counts: "jobs" in "how many jobs would the deal create". */
function countedNoun(q: Question): string | null {
  // (A hyphenated word before it qualifies the thing counted: "how many non-resident customers".)
  // (…and so does an owner: "how many Kohl's employees".)
  const m = /\bhow many\s+(?:(?:more|new|other|of the|of)\s+)?(?:[A-Z][\w.-]*['’]s\s+)?(?:[a-z]+(?:-[a-z]+)+\s+)?([a-z]{3,})\b(?!-|['’])/i.exec(q.text);
  return m && !/^(?:times|people|of|were|was|did|do|does|have|has|had|are|is|will|would)$/i.test(m[1]) ? stem(m[1].toLowerCase()) : null;
}

/** "How much is X paid?", "how much does she earn?": pay asked for (not "how much did X pay for Y"). */
const EARNS_Q = /\b(?:is|was|are|were|be|been|being|get|gets|got)\s+(?:[\p{L}'’.-]+\s+){0,6}?paid\b(?!\s+(?:for|to|out|off|back|in)\b)|\bearn(?:s|ed|ing)?\b/iu;
// The kinds a question names for what it asks ("which organisation", "which post"), that sources name otherwise.
const GENERIC_KIND = /^(?:organi[sz]ations?|compan(?:y|ies)|firms?|body|bodies|groups?|institutions?|entit(?:y|ies)|outlets?|publications?|newspapers?|papers?|countr(?:y|ies)|nations?|cit(?:y|ies)|places?|towns?|positions?|posts?|offices?|ministr(?:y|ies)|portfolios?|departments?|roles?|jobs?|titles?|teams?|clubs?|sides?|part(?:y|ies)|persons?|people|officials?|ones?|things?|kinds?|sorts?|types?|reasons?|words?|year|month|day|date)$/;
/** "What is the name of the Cathay pilot who …?": the kind of one whose name is asked ("pilot"). */
const NAME_OF_Q = /\bnames? of (?:the|a|an|this|that|its|their)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:who|that|which|whom)\b/iu;
/** Taking a post over from someone, told with its verb (not "the search for a successor to X"). */
const TAKES_OVER = /\b(?:t(?:ake|akes|ook|aken|aking)\s+over|succeed(?:s|ed|ing)?\b|replac(?:e|es|ed|ing)\b)/i;
// A word of pay or a fee, each place it stands (for matchAll, which copies the expression).
const PAY_OR_FEE_G = new RegExp(`${PAY_WORDS.source}|\\b(?:fees?|retainer|stipend|honorari(?:um|a)|allowances?)\\b`, 'giu');
const PAY_IN_TIME = /\b(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|\d{1,2})\s+(?:month|week|year)s?|a\s+(?:month|week|year)|half\s+a\s+year)['’]?s?\s+(?:of\s+)?(?:pay|salary|wages|earnings|compensation)\b/i;
const VOTE_WORD = /\b(?:vot\w*|ballot\w*|in favou?r|against|abstention\w*)\b/i;
/** A sentence looking ahead or at now: what came after a leaving, not background. */
const AHEAD_OR_NOW = /\b(?:would|will|plans?|intends?|is going to|now|next)\b|\b(?:is|are)\s+\p{Ll}+ing\b/iu;
const DURATION_AFTER = /^\s*-?\s*(?:more\s+|full\s+|extra\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)\b/i;
const TIME_COUNTED = /\b(?:how many|number of)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)\b|\bhow long\b/i;

// (Not "€20m": a bare "m" is millions as often as metres.)
const LENGTH_RE = /(?<![$€£¥]\s?)\b\d[\d,.]*(?:\s|-)?(?:yards?|yds?|feet|foot|ft|metres?|meters?|kilometres?|kilometers?|km|miles?|inches|inch|centimetres?|centimeters?|cm)\b/i;

/** Whether the sentence gives the kind of answer asked for, and the value it gives. */
function typedAnswer(index: BriefIndex, q: Question, p: Passage): { typed: boolean; value: string | null; tight?: boolean; tally?: boolean; own?: boolean; counted?: boolean } {
  switch (q.type) {
    case 'when': {
      // "When will X start?" asks for a plan: a sentence that looks ahead, not one dated in the past.
      if (AHEAD_Q.test(q.text) && !AHEAD.test(p.text)) return { typed: false, value: null };
      // "When did Rubiales resign?": "refused to resign on Friday" dates no resignation.
      if (onlyRefused(q, p)) return { typed: false, value: null };
      // "When did X announce he was leaving?": the day of the telling ("told members on Thursday that he
      // will leave on August 31"), not of the leaving it announces.
      // (A telling of the event asked: "said he would hire an investigator" tells no leaving.)
      const telling = TELLING_Q.test(q.text) && q.events.length && tellsAsked(index, q, p) ? TELLS_AHEAD.exec(p.text) : null;
      if (telling) {
        // (The date told nearest the verb of telling, "told members on Thursday", "said on Friday", "16 May
        // 2025 - Novo says"; never a span's "since 2013".)
        const verbs = [...p.text.matchAll(SPEECH_RE)].map((v) => v.index!).filter((i) => i >= telling.index && i < telling.index + telling[0].length);
        // (Never a date inside the will/would clause: that is the leaving's own day.)
        const ahead = [...p.text.matchAll(AHEAD_MODAL)].map((x) => [x.index!, (p.text.indexOf(',', x.index!) + 1 || p.text.length + 1) - 1] as const);
        const dates = DATE_PHRASES_G.flatMap((re) => [...p.text.matchAll(re)])
          .filter((d) => !/^(?:since|until|till|from|after|before|by)\b/i.test(d[0]) && !/\b(?:since|until|till|from|after|before|by)\s+$/i.test(p.text.slice(Math.max(0, d.index! - 8), d.index!)))
          .filter((d) => !ahead.some(([a, b]) => d.index! > a && d.index! < b));
        const spoken = verbs.length ? dates.sort((a, b) => Math.min(...verbs.map((v) => Math.abs(a.index! - v))) - Math.min(...verbs.map((v) => Math.abs(b.index! - v))) || a.index! - b.index!)[0]?.[0] : undefined;
        const day = spoken ?? (p.date ? dateLabel(p).replace(/, article date$/, '') : null);
        return { typed: !!day, value: day ? day.replace(/\s+/g, ' ') : null };
      }
      const own = p.dateOrigin === 'sentence' || DATE_WORD_RE.test(p.text);
      const said = nearestDate(index, q, p);
      const label = own && p.date ? dateLabel(p).replace(/, article date$/, '') : null;
      return { typed: own, value: said && !RELATIVE_DATE.test(said) ? said.replace(/\s+/g, ' ') : label };
    }
    case 'how-many': {
      // "How old is Muilenburg?": an age ("Muilenburg, 55,", "the 56-year-old", "aged 55").
      if (/\bhow old\b|\bwhat age\b/i.test(q.text)) {
        const age = AGE_RE.exec(p.text);
        return age ? { typed: true, value: age.slice(1).find(Boolean)!, tight: true } : { typed: false, value: null };
      }
      // "How far was the gunman from the stage?": a length ("roughly 150 yards", "about 130 metres").
      if (LENGTH_Q.test(q.text)) {
        const length = LENGTH_RE.exec(p.text);
        return length ? { typed: true, value: length[0].trim(), tight: true } : { typed: false, value: null };
      }
      // "What was the final vote?": a tally answers ("by 61 votes to 20", "Sixty-one senators voted to
      // convict and 20 voted to acquit"), before a number of votes some rule requires.
      // (…and so does "what was the final result / margin of the vote?".)
      if (q.measure === 'vot' || ((q.measure === 'result' || q.measure === 'margin' || q.measure === 'tally') && q.terms.some((t) => t.stem === 'vot' || t.stem === 'elect' || t.stem === 'ballot'))) {
        const tally = TALLY.exec(p.text);
        // ("led the SNP from 2000 to 2004": years are no tally.)
        if (tally && !/^(?:19|20)\d\d\s+to\s+(?:19|20)\d\d$/.test(tally[0].trim())) return { typed: true, value: tally[0].trim(), tight: true, tally: true };
      }
      // The number nearest a word of the question ("17,000 jobs"), not the first in the sentence.
      // Dates are no counts ("Nov. 17", "in 2018", "7月6日"), nor are the anonymous sources ("three people
      // familiar with the matter").
      const asked = new Set(q.text.match(/\d[\d,.]*\d|\d/g) ?? []);
      const text = blankDays(p.text)
        .replace(/\b(?:19|20)\d\d\b|\d{1,4}\s*[年月日号]/g, (y) => ' '.repeat(y.length))
        .replace(/\b(?:\w+)\s+(?:people|persons|sources|officials|executives|employees)\s+(?:familiar|close|briefed|with (?:direct )?knowledge|who (?:asked|declined|spoke))\b/gi, (y) => ' '.repeat(y.length))
        // (…nor those who spoke: "Two people at the museum said", "said one employee".)
        .replace(/\b(?:one|two|three|four|several|a few)\s+(?:people|persons|sources|officials|employees|staff members)\s+(?:(?:at|in|inside|within|from|close to)\s+(?:the\s+)?[\p{L}'’-]+\s+)?(?:said|say|says|told)\b(?!\s+(?:they|that they)\b)|\b(?:said|says)\s+(?:one|two|three|four|several|a few)\s+(?:people|persons?|sources?|officials?|employees?|staff members?|executives?)\b/giu, (y) => ' '.repeat(y.length))
        // (…nor ages: "Leanne Gillies, 24,", "the 56-year-old", "aged 55".)
        .replace(/(?<=\p{Lu}[\p{L}'’.-]+,\s)\d{1,3}(?=,)|\b\d{1,3}(?=-year-old\b)|(?<=\baged\s)\d{1,3}\b/gu, (y) => ' '.repeat(y.length));
      // "What share / percentage …?": the answer is a percentage, whatever count stands nearer.
      const share = SHARE_Q.test(q.text);
      // A count is no percentage: "fewer than 5% of its users" does not say how many users.
      // (A turnout or a margin is told as a percentage as often as a count.)
      const numbers = [...text.matchAll(new RegExp(share ? PERCENT_RE.source : NUMBER_RE.source, 'gi'))].filter((n) => share || !!q.measure || !/^\s?(?:%|per ?cent|percent)/i.test(text.slice(n.index! + n[0].length)) && !n[0].trim().endsWith('%'))
        // (A sum is no count either: "pay about €71bn".)
        .filter((n) => !!q.measure || (!/^\s?[$€£¥]/.test(n[0]) && !/[$€£¥]\s?$/.test(text.slice(Math.max(0, n.index! - 2), n.index!))))
        // (…nor a span of time, "gave the soldiers one week", unless time is what is counted: "how many years".)
        .filter((n) => TIME_COUNTED.test(q.text) || !DURATION_AFTER.test(text.slice(n.index! + n[0].length, n.index! + n[0].length + 12)))
        // (…nor a number the question itself gives: "how many jobs did the 27 store closures cost?" is not 27.)
        .filter((n) => !/\d/.test(n[0]) || !asked.has(n[0].trim().replace(/[.,]$/, '')))
        // (…nor "one of her paintings": one picked out of many.)
        .filter((n) => !/^\s?one$/i.test(n[0]) || !/^\s+of\b/i.test(text.slice(n.index! + n[0].length)));
      if (!numbers.length) return { typed: false, value: null };
      if (share) return { typed: true, value: numbers[0][0].trim() };
      const keys = q.terms.filter((t) => !t.context);
      const at = [...p.text.matchAll(/[\p{L}\p{N}]+/gu)].filter((w) => keys.some((t) => { const s = stem(w[0].toLowerCase()); return s === t.stem || sameThing(t.stem).includes(s) || (t.stem.length >= 6 && Math.abs(s.length - t.stem.length) <= 1 && nearlySame(s, t.stem)); })).map((w) => w.index!);
      const near = (n: RegExpMatchArray) => (at.length ? Math.min(...at.map((i) => Math.abs(i - n.index!))) : n.index!);
      // "How many jobs …?": a number right before the thing counted ("more than 25,000 jobs") is the count.
      const noun = countedNoun(q);
      if (noun) {
        const nouns = [...p.text.matchAll(/[\p{L}]+/gu)].filter((w) => { const s = stem(w[0].toLowerCase()); return s === noun || sameThing(noun).includes(s); });
        const counted = nouns.map((w) => w.index!);
        // (…or the thing, then the count it came to: "raised the number of affected customers to 605".)
        const countedEnd = nouns.map((w) => w.index! + w[0].length);
        const right = numbers.filter((n) => counted.some((i) => i > n.index! && i - (n.index! + n[0].length) <= 12 && !/[.;,]/.test(p.text.slice(n.index! + n[0].length, i))) ||
          countedEnd.some((e) => e <= n.index! && /^\s+(?:(?:had|has|have)\s+)?(?:(?:risen|rose|climbed|grown|grew|increased|fallen|fell)\s+)?(?:to|stood at|reached|totall?ed|numbered)\s+$/.test(p.text.slice(e, n.index!))));
        // (…the one nearest the words asked: "which added 5,000 jobs last year, will cut 2,000 jobs".)
        if (right.length) return { typed: true, value: right.reduce((a, b) => (near(b) < near(a) ? b : a))[0].trim(), tight: true, counted: true };
      }
      const best = numbers.reduce((a, b) => (near(b) < near(a) ? b : a));
      // A count belongs to the thing counted: the number stands within a few words of a word asked about
      // ("350 people" right beside it is the count itself).
      // ("Turnout among the party's eligible members was 72.8 per cent": a quantity's word reaches further.)
      return { typed: !keys.length || near(best) <= (q.measure ? 2 * COUNT_REACH : COUNT_REACH), value: best[0].trim(), tight: keys.length > 0 && near(best) <= best[0].length + 3 };
    }
    case 'how-much': {
      // "How much did shares rise?": a change is a percentage as often as an amount.
      // ("Who did she beat, and by how much?": a margin, told as a share as often as an amount.)
      // ("How big a pay cut did he take?": a cut or a rise, told as a share as often as a sum.)
      const moved = q.terms.some((t) => MOVES.some((set) => set.has(t.stem)) && !(t.stem === 'up' && /\b(?:run|ran|running|runs)\s+up\b/i.test(q.text))) || /\b(?:react|respond|move)\b|\bby how much\b|\bhow (?:big|large) (?:an? )?(?:\w+ )?(?:cut|reduction|rise|raise|increase)\b/i.test(q.text);
      // "How big is Elliott's stake?": a part of something is told as a percentage as often as an amount.
      // (…and so is "how much of Commerzbank does the government own?".)
      // (Not where money is asked: "how much did Nissan pay for its stake?" is a sum.)
      const money = MONEY_ASKED.test(q.text);
      const part = (/\b(?:stake|holding|ownership|voting)\b|\bhow (?:big|large)\b/i.test(q.text) && !money) || /\bhow much of\b/i.test(q.text);
      // ("How much mining waste was released?": an amount of stuff, where no money is asked about.)
      const stuff = !money && !moved && !part;
      // (The kind the sentence has: "ran up debt of about 9 billion euros" is a sum, though "up" reads as a move.)
      const kinds = [...(moved || part ? [PERCENT_RE] : []), ...(stuff ? [QUANTITY_RE] : []), MONEY_RE];
      const kind = kinds.find((re) => re.test(p.text)) ?? MONEY_RE;
      const m = kind.exec(p.text);
      // ("How much was Sy paid when she was let go?": "given one month's salary", "two months' pay in lieu of notice".)
      const inTime = !m && OWN_PAY_Q.test(q.text) ? PAY_IN_TIME.exec(p.text) : null;
      if (inTime) return { typed: true, value: inTime[0], tight: true };
      // "How much cash did Carillion have?", "how much compensation has it paid?": a sum told of the thing
      // named, within a few words of it ("£29m in cash"), not one far from the word in the sentence.
      const typedThing = /^how much ([a-z]{4,})\s+(?:did|does|do|has|have|had|was|were|is|are|will|would|could)\b/i.exec(q.text)?.[1].toLowerCase();
      // ("How much money did the directors get in their payouts?": the kind of sum named later in the question.)
      const generic = !typedThing || /^(?:money|more|less|longer|larger|bigger|higher|lower|smaller|greater|time)$/.test(typedThing);
      const thing = generic ? /\b(payouts?|pay-?offs?|severance|salar(?:y|ies)|bonus(?:es)?|fines?|settlements?|compensation|wages?|pensions?)\b/i.exec(q.text)?.[1].toLowerCase() : typedThing;
      if (m && thing) {
        const key = stem(thing);
        const at = [...p.text.matchAll(/\p{L}+/gu)].filter((w) => { const s = stem(w[0].toLowerCase()); return s === key || sameThing(key).includes(s); }).map((w) => w.index!);
        // (A sentence that never names the thing may still tell it: "passengers will receive $225" for "how much compensation".)
        // (The nearest sum of the kind found, within about a dozen words: "£1.5bn of debt and just £29m in cash" has £29m.)
        const sums = kinds.flatMap((re) => [...p.text.matchAll(new RegExp(re.source, 'giu'))]);
        const gap = (x: RegExpMatchArray) => Math.min(...at.map((i) => Math.abs(i - x.index!)));
        const told = at.length ? sums.filter((x) => gap(x) <= 80).sort((a, b) => gap(a) - gap(b))[0] : generic ? null : m;
        return { typed: !!told, value: told ? told[0].trim() : null };
      }
      // "How much is the WADA president paid?": what someone earns, a sum told beside a word of pay, not the
      // agency's budget in the same article.
      if (m && !thing && EARNS_Q.test(q.text)) {
        const pay = [...p.text.matchAll(PAY_OR_FEE_G)].map((w) => w.index!);
        const told = kinds.flatMap((re) => [...p.text.matchAll(new RegExp(re.source, 'giu'))]).find((x) => pay.some((i) => Math.abs(i - x.index!) <= 80));
        return { typed: !!told, value: told ? told[0].trim() : null };
      }
      return { typed: !!m, value: m ? m[0].trim() : null };
    }
    case 'why': {
      const own = ownWord(index, q, p);
      return { typed: own || REASON_RE.test(p.text), value: null, own };
    }
    case 'who': {
      // "Who controls / owns / bought X?": an organisation answers as well as a person.
      // (…and so does one for "which parties / companies / teams …?".)
      const owner = /\b(?:control\w*|owns?|owned|owner|bought|buys?|acquir\w*|backs?|backed|backers?|invest\w*|funds?|funded)\b/i.test(q.text) || ORG_ASKED.test(q.text);
      // "What is the name of the pilot who was charged?": a name the sentence gives that one ("pilot Ken Lo",
      // "Ken Lo, a pilot"), not anyone it names beside "a pilot charged with rioting".
      const nameOf = NAME_OF_Q.exec(q.text);
      const noun = nameOf ? stem(nameOf[1].toLowerCase()) : null;
      const isNoun = (w: string) => { const s = stem(w.toLowerCase()); return s === noun || sameThing(noun!).includes(s); };
      const called = (m: { start: number; end: number }) => !noun || (p.text.slice(Math.max(0, m.start - 30), m.start).match(/\p{L}+/gu) ?? []).slice(-3).some(isNoun) ||
        (/^,?\s+(?:(?:a|an|the|another|one)\s+)?(?:[\p{L}'’-]+\s+){0,3}?\p{L}+/u.exec(p.text.slice(m.end, m.end + 50))?.[0].match(/\p{L}+/gu) ?? []).some(isNoun);
      return { typed: index.mentions[p.id].some((m) => { const t = index.entities.get(m.id)?.type; return (t === 'person' || (owner && t === 'organisation')) && !q.focus.includes(m.id) && called(m); }), value: null };
    }
    case 'where': {
      // A place or organisation other than the ones asked about (nor a part of them: "Alibaba Cloud" for "Alibaba").
      const other = namesOtherOrg(index, q, p);
      // …or a unit inside one: "to lead the new AI research team", "a newly announced subsidiary".
      const unit = /\b(?:new|newly \w+|its|a|the)\s+(?:[\p{L}-]+\s+){0,3}(?:team|unit|division|subsidiary|lab|laboratory|group|office|startup)\b/iu.test(p.text);
      return { typed: other || unit, value: null };
    }
    case 'yesno':
      if (!q.current) return { typed: false, value: null };
      // ("Is Riju still running Byju's Alpha?": "The lenders removed Riju Ravindran as the unit's director" answers.)
      // (…a leaving told beside the organisation asked, where one is: not "Smith left Google in 2010", asked of Acme.)
      const orgsQ = q.focus.filter((id) => index.entities.get(id)?.type === 'organisation' && id !== index.focus);
      if (eventsAt(index, p.id).some((e) => e.kind === 'end' && !!e.person && q.focus.includes(e.person)) &&
        (!orgsQ.length || index.mentions[p.id].some((m) => orgsQ.includes(m.id)) || orgsQ.some((o) => docAbout(index, p.doc, o)))) return { typed: true, value: null };
    // falls through: "still", "now" ask what the person is doing
    case 'role':
      // A title the sentence gives the person asked about.
    {
      // "What was Sloan's job before he got the top job?": a post held before, told as past, or beside
      // the top post in the sentence naming him to it ("named Tim Sloan, the bank's president and chief
      // operating officer, as chief executive").
      // ("What was Kobe's title before he became president?": not the post he went on to.)
      const later = q.type === 'role' && q.earlier ? laterPost(q) : null;
      // ("Which ministry did Mody get?": a minister's post, not the council seat the sentence also gives him.)
      const ministry = q.type === 'role' && /\b(?:ministry|portfolio)\b/i.test(q.text);
      const own = rolesAt(index, p.id).filter((x) => q.focus.includes(x.person) && x.title !== later && (!ministry || /\bminister$/.test(x.title)));
      // (A founder stays one: "named its co-founder Yi He as co-chief executive" tells no earlier post.)
      // (Nor is the top post itself, left later: "stepped down as chief executive".)
      const before = q.type === 'role' && q.earlier ? own.find((x) => !/^(?:co-?)?founder$|^partner$|^member$/.test(x.title) && (x.head !== 'org' || (x.org !== null && x.org !== index.focus)) &&
        (x.past || own.some((y) => y.head === 'org' && y.title !== x.title))) : undefined;
      if (before) return { typed: true, value: before.title, tight: true };
      // ("What post did she hold in the 2019 government?": one held then, "served as economy minister" told as past.)
      const pastAsked = q.type === 'role' && /^(?:what|which)\s+(?:\S+\s+){0,3}?(?:did|was|were|had)\b/i.test(q.text);
      // ("Sporting director X … joins Juventus as chief football officer", asked of Juventus: the title told after
      // the organisation asked about is the one there.)
      const orgAt = index.mentions[p.id].filter((m) => q.focus.includes(m.id) && index.entities.get(m.id)?.type === 'organisation').map((m) => m.end);
      const afterOrg = orgAt.length ? own.filter((x) => !x.past && (!x.org || q.focus.includes(x.org)) && orgAt.some((e) => x.at > e && x.at - e <= 30)) : [];
      const r = afterOrg[0] ?? own.find((x) => !x.past) ?? (pastAsked ? own.find((x) => x.past) : undefined);
      // The title as the sentence words it: "co-chief executive" and "chief executive" are one canonical
      // title but two claims a reader would set side by side.
      const said = r ? TITLE_RE.exec(p.text.slice(r.at, r.at + 60))?.[0].toLowerCase() : undefined;
      return { typed: !!r, value: r ? (said && /^co-/.test(said) ? said : r.title) : null };
    }
    case 'doing': {
      const evs = eventsAt(index, p.id).filter((e) => (e.kind === 'start' || e.kind === 'org' || e.kind === 'return') && (!q.focus.length || q.focus.includes(e.person ?? '') || e.person === null));
      // ("What was X doing before …?": a post they held then is the answer, "was until now COO for China".)
      return { typed: evs.length > 0 || rolesAt(index, p.id).some((r) => q.focus.includes(r.person) && (!r.past || q.earlier)), value: null };
    }
    case 'what': {
      // "How long is Messi's contract?": a length of time answers ("a two-year contract", "three years").
      if (HOW_LONG.test(q.text)) {
        // (…or the day it runs to: "will remain Inter coach until June 2026", "extended until 2027".)
        // (Told by its year alone: "until June 30, 2028" and "to June 2028" are one end.)
        const d = DURATION.exec(p.text);
        // (…of the organisation asked about, not another: "his contract in Leverkusen had been due to run until June 2026".)
        // (Only where a contract, deal or term is asked, or how long it will go on: "how long has he been coach" is no end day.)
        const runs = d || !/\b(?:contract|deal|term|mandate|loan|lease|agreement|extension)s?\b|\bhow long will\b/i.test(q.text) ? null : RUNS_UNTIL.exec(p.text);
        const elsewhere = !!runs && index.mentions[p.id].some((m) => index.entities.get(m.id)?.type === 'organisation' && !q.focus.includes(m.id) && m.id !== index.focus &&
          m.end <= runs.index && runs.index - m.end <= 60 && (/\b(?:in|at|with|for)\s+(?:the\s+)?$/i.test(p.text.slice(Math.max(0, m.start - 10), m.start)) || /^['’]s?\s/.test(p.text.slice(m.end))));
        const until = elsewhere ? null : runs;
        if (until) return { typed: true, value: `until ${/(?:19|20)\d\d/.exec(until[0])![0]}`, tight: true };
        return { typed: !!d, value: d ? d[0].toLowerCase().replace(/\s+/g, '-').replace(/s$/, '') : null, tight: !!d };
      }
      // "What did Ellison say about …?": a sentence in which the one asked about speaks ("he called the
      // decision the 'worst personnel decision'"), whatever words it uses for the subject.
      const speaker = saidBy(index, q);
      if (speaker) return { typed: index.mentions[p.id].some((m) => m.id === speaker) && SAYS.test(p.text), value: null };
      // "Which law school did Wray attend?", "which club did he join?": an organisation other than the ones asked.
      if (WHICH_ORG.test(q.text) && !q.after) {
        // (A school asked for is one by its name: "Yale Law School", not "the Justice Department"; nor the corpus's subject.)
        const school = /\b(?:school|university|college)\b/i.test(WHICH_ORG.exec(q.text)![0]);
        return { typed: namesOtherOrg(index, q, p, (id, name) => id !== index.focus && (!school || SCHOOL_NAME.test(name))), value: null };
      }
      // "What number PM is Carney?", "which number …": an ordinal ("24th", "the twenty-fourth") answers.
      if (!/^(?:what|which) number\b/i.test(q.text)) return { typed: false, value: null };
      const n = /\b\d+(?:st|nd|rd|th)\b|\b(?:twenty|thirty|forty|fifty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b/i.exec(p.text);
      return { typed: !!n, value: n ? n[0] : null };
    }
    default:
      return { typed: false, value: null };
  }
}

/** The post a "before he became president" clause names, as a role's title ("president"), or null; once per question. */
const laterPosts = new WeakMap<Question, string | null>();
function laterPost(q: Question): string | null {
  if (laterPosts.has(q)) return laterPosts.get(q)!;
  const clause = /\bbefore\s+(.+)$/i.exec(q.text)?.[1];
  const t = clause ? TITLE_RE.exec(clause)?.[0] : undefined;
  const post = t ? titleOf(t)?.canon ?? null : null;
  laterPosts.set(q, post);
  return post;
}

/** The question's own verbs of change ("join" in "what year did Seki join Nissan"), by stem and kind; once per question. */
const verbsAsked = new WeakMap<Question, { stem: string; kind: NonNullable<ReturnType<typeof eventKindOf>> }[]>();
function askedVerbs(q: Question): { stem: string; kind: NonNullable<ReturnType<typeof eventKindOf>> }[] {
  let out = verbsAsked.get(q);
  if (!out) {
    out = q.terms.filter((t) => !t.context && t.stem.length >= 3).flatMap((t) => { const kind = eventKindOf(t.word); return kind ? [{ stem: t.stem, kind }] : []; });
    verbsAsked.set(q, out);
  }
  return out;
}

// A verb stem's endings ("join" → joined, joining; "quit" → quitting; "elect" → election; not "joint", "namesake").
const VERB_ENDING = '(?:[bdgmnprt](?=ed|ing))?(?:e|es|ed|d|s|ing|ment|ments|ation|ations|ion|ions|ure|al)?\\b';

/** A date phrase's lead-in that carries one of the question's verbs ("joined Nissan in …"), or null; once per question. */
const afterVerbs = new WeakMap<Question, RegExp | null>();
function afterVerbAsked(q: Question): RegExp | null {
  if (afterVerbs.has(q)) return afterVerbs.get(q)!;
  const verbs = askedVerbs(q).map((v) => escapeRegExp(v.stem));
  const re = verbs.length ? new RegExp(`\\b(?:${verbs.join('|')})${VERB_ENDING}[^,;.]{0,40}$`, 'iu') : null;
  afterVerbs.set(q, re);
  return re;
}

/**
 * Whether the sentence names an organisation other than the ones asked about, nor a part of them ("Alibaba Cloud"
 * for "Alibaba"), and one `also` accepts.
 */
function namesOtherOrg(index: BriefIndex, q: Question, p: Passage, also: (id: string, name: string) => boolean = () => true): boolean {
  const asked = new Set(q.focus.flatMap((id) => words(index.entities.get(id)?.name ?? '')));
  return index.mentions[p.id].some((m) => {
    const e = index.entities.get(m.id);
    return e?.type === 'organisation' && !q.focus.includes(m.id) && !words(e.name).some((w) => asked.has(w)) && also(m.id, e.name);
  });
}

/**
 * "The move came after two straight quarters of falling sales": a sentence that takes up, by its noun, a
 * change told a paragraph or two before about the one asked about (for "why?", where the cause follows).
 */
function takesUpEvent(index: BriefIndex, p: Passage, ids: string[]): boolean {
  // (…or told as what someone said of it: "Analysts said the surprise change suggested …".)
  if (!/^(?:[^,.;:]{0,40}?\b(?:said|say|says|suggested|argued|noted|believed?|think|thought)\s+(?:that\s+)?)?(?:the|this|that|his|her|their)\s+(?:(?:surprise|abrupt|sudden|unexpected|latest|shock)\s+)?(?:move|decision|change|changes|shake-?up|departure|ouster|exit|resignation|appointment|reshuffle|overhaul|dismissal|firing|sacking|removal|switch)\b/i.test(p.text)) return false;
  // (Anywhere before it in the article: "the surprise change" is the one its opening told.)
  for (let id = p.id - 1; index.passages[id]?.doc === p.doc; id--) {
    if (eventsAt(index, id).some((e) => e.kind !== 'org' && e.kind !== 'holds' && !!e.person && ids.includes(e.person))) return true;
  }
  return false;
}

/** A sentence that names none of `ids` but follows one in its paragraph that does ("He wrote …"). */
function refersBack(index: BriefIndex, p: Passage, ids: string[]): boolean {
  const prev = index.passages[p.id - 1];
  if (!prev || prev.doc !== p.doc || prev.paragraph !== p.paragraph) return false;
  // …also after a short opening phrase: "Last June it raised $1.3 billion", "In 2019 she joined".
  const opening = /^(?:\W*)(?:(?:last|this|next|in|on|by|earlier|later|since|after|before|then|now)(?:\s+[\w-]+){0,2},?\s+)?(?:he|she|they|it|his|her|their|its|the (?:company|board|firm|start-?up|group)|(?<event>the (?:proposal|decision|move|vote|motion|nomination|appointment|announcement|offer|request|idea|plan|change)))\b/i.exec(p.text);
  if (!opening) return false;
  // A person named before that subject ("Bill Gates and …") makes it someone else's sentence; one named after it does not.
  if (index.mentions[p.id].some((m) => index.entities.get(m.id)?.type === 'person' && m.start < opening[0].length)) return false;
  // "it"/"the company" refers back to an organisation, "he"/"she" to a person ("they" to either).
  const personal = /\b(?:he|she|his|her)$/i.test(opening[0]);
  // ("The proposal came from the board": the event the sentence before told, whoever it was about.)
  const either = /\bthey$/i.test(opening[0]) || !!opening.groups?.event;
  // "He …" with a person named later may still be that person's: only an "it"/"its"/"the company" subject is read past them.
  if (personal && index.mentions[p.id].some((m) => index.entities.get(m.id)?.type === 'person')) return false;
  return index.mentions[prev.id].some((m) => ids.includes(m.id) && (either || (index.entities.get(m.id)?.type === 'person') === personal));
}

/** An organisation of one word named as another form of it: "the Olympics" in "a single Olympic Games". */
function namedAsWord(index: BriefIndex, p: Passage, id: string): boolean {
  const e = index.entities.get(id);
  if (e?.type !== 'organisation') return false;
  if (words(e.name).length === 1) {
    const t = stem(words(e.name)[0]);
    if (t.length >= 5 && passageTerms(index, p).has(t)) return true;
  }
  // (…or the corpus's subject by a one-word name of it, capitalised inside another's: "TikTok Global" is TikTok's.)
  // (…in an article that also names the subject itself: "Apple Daily" in a corpus on Apple is another paper.)
  return id === index.focus && docNames(index, p.doc, id) &&
    e.aliases.some((a) => /^\p{Lu}[\p{L}\p{N}]{4,}$/u.test(a) && new RegExp(`(?<![\\p{L}])${escapeRegExp(a)}(?![\\p{L}])`, 'u').test(p.text));
}

/**
 * "The Yeezy partnership between Adidas and Ye" names the "Adidas Yeezy" line: an organisation whose name is
 * another's name and then more words, in a sentence naming that other and saying those words.
 */
function namedInParts(index: BriefIndex, p: Passage, id: string): boolean {
  const e = index.entities.get(id);
  if (e?.type !== 'organisation') return false;
  const name = e.name.split(/\s+/);
  if (name.length < 2) return false;
  return index.mentions[p.id].some((m) => {
    const o = index.entities.get(m.id);
    if (!o || o.type !== 'organisation' || o.id === id) return false;
    return o.aliases.some((a) => {
      const head = a.split(/\s+/);
      if (head.length >= name.length || head.some((w, i) => w.toLowerCase() !== name[i].toLowerCase())) return false;
      // (…as a name, capitalised: "GE's rival … its power division" does not name "GE Power".)
      return name.slice(head.length).every((w) => /^\p{Lu}/u.test(w) && new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'u').test(p.text));
    });
  });
}

/**
 * A sentence that names no organisation, in an article about the organisations asked about:
 * "this brings the total number of board members to seven" in a piece on OpenAI's board.
 */
function withinArticleAbout(index: BriefIndex, p: Passage, orgs: string[]): boolean {
  if (!orgs.every((id) => index.entities.get(id)?.type === 'organisation')) return false;
  if (!orgs.every((id) => docAbout(index, p.doc, id))) return false;
  // "Microsoft-appointed" qualifies someone and "in Cheongju" places something: neither makes the
  // sentence about another organisation.
  // "Harvard Law School" in a question about Harvard is a part of it, not another organisation.
  const partOf = (name: string) => orgs.some((id) => words(name)[0] === words(index.entities.get(id)?.name ?? '')[0]);
  const ms = index.mentions[p.id];
  return !ms.some((m) => {
    const e = index.entities.get(m.id);
    // (…nor does "Ross Stevens, the founder of Stone Ridge Asset Management,": a person's apposition.)
    const appositive = ms.some((x) => x.end <= m.start && index.entities.get(x.id)?.type === 'person' && /^,[^,;()]{0,60}\b(?:of|at)\s+(?:the\s+)?$/.test(p.text.slice(x.end, m.start)));
    // (…nor does "much of it moved to Alameda": an organisation after a preposition is a place or a party.)
    // (…nor the corpus's own subject, named everywhere: "Musk and Tesla will each pay" in an article on the SEC.)
    // (…nor a later one of that list: "from Russia, other former Soviet states and offshore jurisdictions".)
    return e?.type === 'organisation' && m.id !== index.focus && !partOf(e.name) && p.text[m.end] !== '-' && !appositive && !/\b(?:in|to|into|from)\s+$/i.test(p.text.slice(Math.max(0, m.start - 6), m.start)) &&
      !/\b(?:in|into|from)\s+\p{Lu}[^.;,]{0,30},\s+(?:(?:and|or)\s+)?(?:\p{Ll}+\s+){0,3}$/u.test(p.text.slice(Math.max(0, m.start - 60), m.start));
  });
}

/**
 * A sentence that names no one (but the answer to a "who" question), in an article that opens on the person
 * asked about: "By our count, nearly 60 ministers and aides quit" in a piece that leads on Boris Johnson.
 */
function withinArticleOn(index: BriefIndex, p: Passage, people: string[], whoAsked = false): boolean {
  if (people.length !== 1 || index.entities.get(people[0])?.type !== 'person') return false;
  // (…nor one opening on someone else; a name late in it, "the motion brought by Kibwezi West MP Mwengi Mutuse",
  // leaves the sentence the article's.)
  // (For "who administered the oath to her?", the one named is the answer: "The oath of office was
  // administered by Chief Justice Ibrahim Juma", in an article that opens on her.)
  if (!whoAsked && index.mentions[p.id].some((m) => index.entities.get(m.id)?.type === 'person' && m.start < p.text.length / 2)) return false;
  const lead = memo(index, 'ask:leadPerson', () => {
    const out = new Map<string, string>();
    for (const d of index.docs) {
      const first = d.passages.flatMap((x) => index.mentions[x.id]).find((m) => index.entities.get(m.id)?.type === 'person');
      if (first) out.set(d.path, first.id);
    }
    return out;
  });
  return lead.get(p.doc) === people[0];
}

/** Newer evidence first for "now" questions: 0 at the oldest article's date (or before), 1 at the newest's. */
function recency(index: BriefIndex, p: Passage, present = false): number {
  // Over the span the articles were published in: "founded in 2009" is history, not a scale for the news.
  const range = memo(index, 'ask:dateRange', () => {
    const ds = index.docs.map((d) => d.published).filter((d): d is string => !!d).sort();
    return [Date.parse(ds[0] ?? '2000-01-01'), Date.parse(ds.at(-1) ?? '2000-01-01')] as const;
  });
  const published = index.docByPath.get(p.doc)!.published;
  if (!p.date && !(present && published)) return 0;
  const span = range[1] - range[0] || 1;
  // (No sentence is newer than its article: "His contract runs until early 2026" is July 2024's news.)
  const date = present && published ? published : published && published < p.date! ? published : p.date!;
  return Math.min(1, Math.max(0, (Date.parse(date) - range[0]) / span));
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// "Who proposed …?": the verb asked about, not a helper verb nor one every sentence has.
const WHO_DID = /^who\s+(?!(?:is|was|are|were|has|had|have|did|does|do|will|would|can|could|should|said|says|told|runs?|ran|leads?|led|heads?|headed|holds?|held|won|wins)\b)([a-z]+ed)\b/i;

const NOMINAL = /^(?:als?|ions?|ations?|ments?|ures?)$/;

const AGAIN = /\b(?:another|second|third|fourth|fifth|new) (?:term|mandate|run)\b|\bre-?elect/i;

/** A sentence's stems, and its words as written for near spellings ("paymnet" is "payment", whose stem is "pay"); once per sentence. */
function passageTerms(index: BriefIndex, p: Passage): Set<string> {
  const cache = memo(index, 'ask:terms', () => new Map<number, Set<string>>());
  let set = cache.get(p.id);
  if (!set) {
    // (Not the words of a title quoted in capitals: "Die Zauberflöte" does not tell how someone died.)
    const text = p.text.replace(/["“«]\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,5}["”»]/gu, ' ');
    cache.set(p.id, (set = new Set([...termsOf(text), ...words(text).filter((w) => w.length >= 6)])));
  }
  return set;
}

// Stems that end in, or take, "-er" without the one being a doer of the other.
const NOT_DOERS = /^(?:cent|found|own|head|off|offic|count|report|numb|ord|und|int|ent|wat|oth|aft|ev|nev|ov|cov|pap|lett|matt|memb)(?:er)?$/;

/** A stem the sentence carries, or a near spelling of one (Damerau distance 1 for long words). */
function termMatches(index: BriefIndex, p: Passage, t: string): boolean {
  const set = passageTerms(index, p);
  // The stem, or another word for it: "job cuts" are "layoffs"; "funding" is "raised … in a round".
  if (holdsSame(set, t)) return true;
  // "integrating" is "integration", "nominated" "nomination": the stemmer leaves the verb "integrat" and
  // the noun "integr".
  if (t.length >= 6 && (t.endsWith('at') ? set.has(t.slice(0, -2)) : set.has(`${t}at`))) return true;
  // "take command" is told of a "commander", "who manages" of a "manager": the stemmer keeps the doer's "-er".
  // (Not the words that only look so: "per cent" is no "center", "found" no "founder", "own" no "owner".)
  if (t.length >= 5 && !NOT_DOERS.test(t) && (t.endsWith('er') ? set.has(t.slice(0, -2)) : set.has(`${t}er`))) return true;
  // "hospitalized" is "taken to hospital" (only that one: "nationalized" is not "national").
  if (/^hospitali[sz]$/.test(t) && set.has('hospital')) return true;
  // "rise" is said "jumped" or "climbed"; "fall" is "dropped" or "slid".
  const move = MOVES.find((m) => m.has(t));
  if (move && [...set].some((w) => move.has(w))) return true;
  // "cleared": the complaint against them dismissed ("the grievance has been dismissed after an inquiry").
  if (t === 'clear' && CLEARED.test(p.text)) return true;
  // "how big is Elliott's stake": what it owns ("which owns roughly 8% of the airline"); not the other way,
  // "who owns X" is not answered by any stake.
  if (t === 'stak' && set.has('own')) return true;
  // "running again": another term, a second or third one, re-election.
  if (t === 'again' && AGAIN.test(p.text)) return true;
  // "since which year": "ran the UCI from 2006 until his defeat" tells it as well as "since 2006".
  if (t === 'sinc' && /\b(?:ran|led|headed|served|was|were)\b[^.;]{0,60}\bfrom (?:19|20)\d\d (?:until|to|through|till)\b/.test(p.text)) return true;
  // "in April": the month the sentence is dated to.
  const month = MONTHS.indexOf(t);
  if (month >= 0 && p.date && Number(p.date.slice(5, 7)) === month + 1 && p.date.length >= 7) return true;
  // "in 2019": the year it is dated to; "on the 30th": the day of the month, dated or written.
  if (/^(?:19|20)\d\d$/.test(t) && p.date?.startsWith(t)) return true;
  const day = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(t);
  if (day && [p.date ?? '', ...datesInSentence(p.text, null).map((d) => (d.precision === 'day' ? d.date : ''))].some((d) => d.length === 10 && Number(d.slice(8)) === Number(day[1]))) return true;
  // "a cabinet post", "a new position": any title the sentence gives ("as minister in the presidency").
  if (/^(?:post|position|portfolio)$/.test(t) && TITLE_RE.test(p.text)) return true;
  // A role title matches its other spellings ("ceo" = "chief executive").
  const title = TITLE_EXACT.find((x) => x.exact.test(t));
  if (title && title.word.test(p.text)) return true;
  if (t.length < 6) return false;
  for (const w of set) if (Math.abs(w.length - t.length) <= 1 && nearlySame(w, t)) return true;
  return false;
}

function nearlySame(a: string, b: string): boolean {
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i < l.length; i++) if (l.slice(0, i) + l.slice(i + 1) === s) return true;
  return false;
}

/** The best few, from different articles, and for dates and numbers, different values first. */
/** A value as compared across sources: "since 2006" and "in 2006" are one year. */
function valueKey(v: string): string {
  return v.toLowerCase().replace(/^(?:since|in|on|from|by)\s+/, '');
}

function diversify(list: Candidate[], max: number, q: Question): Candidate[] {
  const out: Candidate[] = [];
  const docs = new Set<string>();
  const values = new Set<string>();
  const texts = new Set<string>();
  const valued = q.type === 'when' || q.type === 'how-many' || q.type === 'how-much' || q.type === 'role';
  // Strong excerpts first, from different articles (and values) where they can be; a weak excerpt
  // from another article never displaces a strong one from an article already shown.
  const best = list[0].score;
  const passes: ((c: Candidate) => boolean)[] = [
    // "What was X's title?": each title given first, then the rest.
    ...(q.type === 'role' ? [(c: Candidate) => c.score >= best * 0.5 && !!c.value && !values.has(valueKey(c.value))] : []),
    (c) => c.score >= best * 0.75 && !docs.has(c.passage.doc) && (!valued || !c.value || !values.has(valueKey(c.value))),
    // (…then another value a source gives, less strongly told: "since 2004" beside three "since 2006".)
    ...(q.type === 'when' && q.terms.some((t) => t.stem === 'sinc') ? [(c: Candidate) => c.score >= best * 0.5 && c.typed && !!c.value && !values.has(valueKey(c.value))] : []),
    (c) => c.score >= best * 0.75 && !docs.has(c.passage.doc),
    (c) => c.score >= best * 0.75,
    (c) => !docs.has(c.passage.doc),
    () => true,
  ];
  for (const ok of passes) {
    for (const c of list) {
      if (out.length >= max) break;
      if (out.includes(c) || c.score < best * 0.35 || texts.has(c.passage.text.toLowerCase()) || !ok(c)) continue;
      out.push(c);
      docs.add(c.passage.doc);
      texts.add(c.passage.text.toLowerCase());
      if (c.value) values.add(valueKey(c.value));
    }
  }
  // ("What is Draghi doing now?": "Draghi presented his report …. The former prime minister warned that …":
  // what someone does now is often told over two sentences in a row; the other one comes second.)
  const first = out[0];
  // (The one before it first: it usually names them and what they did.)
  // (…a sentence: a headline before a lede only repeats it.)
  const beside = (d: number) => list.find((c) => !out.includes(c) && c.score >= best * 0.6 && c.passage.doc === first.passage.doc && c.passage.id - first.passage.id === d &&
    (d > 0 || /[.!?]["”’)]*$/.test(c.passage.text)));
  const next = q.type === 'doing' && first ? beside(-1) ?? beside(1) : undefined;
  if (next) out.splice(1, 0, next), out.length = Math.min(out.length, max);
  return out;
}

// A portfolio minister's post is a government's: "foreign minister", "financial services minister" (not a party's president).
const GOVERNMENT_POST = /\b(?!prime\b)[a-z]+ minister\b|\bsecretary of state\b/i;

function roleKnown(index: BriefIndex, q: Question, now: string): boolean {
  const orgs = q.focus.filter((id) => index.entities.get(id)?.type === 'organisation');
  // A title the sentence gives without an organisation is the one of the organisation its article is mostly about.
  // (…or, asked of the corpus's subject, any: "the deputy secretary-general since 2012" in a week at the UN.)
  return index.roles.some((r) => sameTitle(r.title, q.title!) && isEligible(index, index.passages[r.passage], now) && (!orgs.length || orgs.includes(r.org ?? '') ||
    (r.org === null && (orgs.includes(primaryOrg(index, index.passages[r.passage].doc) ?? '') || orgs.includes(index.focus) ||
    // (…or a country's government post in an article about the country among its parties: "Konjufca takes the
    // foreign ministry" beside the LDK and the Alliance for the Future of Kosovo.)
    (GOVERNMENT_POST.test(r.title) && !q.focus.includes(r.person) && orgs.some((o) => docAbout(index, index.passages[r.passage].doc, o)))))));
}

function rolePhrase(q: Question): string {
  const words = q.terms.map((t) => t.word).join(' ');
  // (The post alone when the question says more: "who became prosecutor general after the government fell".)
  return words && q.terms.length <= 3 ? `a ${words}` : `a ${q.title}`;
}

/** Passages where someone holds `title`, newest first; once per title. */
function titleHolders(index: BriefIndex, title: string): number[] {
  return memo(index, `titleHolders:${title}`, () => newestFirst(index, [...new Set(index.roles.filter((r) => sameTitle(r.title, title) && !r.past).map((r) => r.passage))]));
}

/** Passages naming an entity, newest first (undated last); once per entity. */
function newestMentions(index: BriefIndex, id: string): number[] {
  return memo(index, `newest:${id}`, () => newestFirst(index, [...(index.byEntity.get(id) ?? [])]));
}

/** Passage ids sorted newest first, undated last, then in corpus order. */
function newestFirst(index: BriefIndex, ids: number[]): number[] {
  return ids.sort((a, b) => byDateDesc(index.passages[a].date, index.passages[b].date) || a - b);
}
