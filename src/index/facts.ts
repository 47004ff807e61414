// Facts read from each sentence: who holds which role in which organisation (titles next to a
// name, in apposition, or after "named … as"), and what happened to whom (appointed, left,
// replaced, leads, reports to, founded …), each with the sentence's date. General English news
// language (lexicon.ts), no list of the corpus's people or phrases.
import type { Passage } from '../corpus/types.ts';
import { ANY_EVENT_RE, EVENT_CUES_G, INTERIM_RE, NEVER_NAMES, ORG_SUFFIXES, PAST_RE, ROLE_TITLES, TITLE_RE, titleOf, type EventKind } from './lexicon.ts';
import type { EntitySpec, Mention } from './names.ts';

// Functions inside an organisation: heading one of them is not heading the organisation.
// (…and a club's or a country's other sides: "the under-21 head coach", "the women's team manager".)
const FUNCTIONS = 'mobile|advertising|entertainment|sustainability|programming|under-\\d+s?|u-?\\d+s?|women[\'’]?s|reserves?|infrastructure|operations|sales|marketing|engineering|training|inference|post-training|pre-training|coding|multimodal|research|products?|platforms?|data|safety|security|policy|hardware|software|design|finance|legal|communications|strategy|memory|foundry|supply chain|manufacturing|production|procurement|human resources|partnerships|investor relations|(?:external|public|government|media|international|labou?r) relations|(?:public|corporate|external|regulatory) affairs|(?:policy )?coordination|planning|audit|risk|recruiting|recruitment|talent|transfers|signings|scouting|youth|academy|medical|logistics|compliance|parliamentary(?: group)?|floor|caucus|majority|minority';
const UNIT_OBJECT = new RegExp(`^(?:(?:its|their|the|our|(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}\\p{Lu}[\\p{L}-]*['’]s)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${FUNCTIONS})\\b`, 'iu');
const TITLE_AT_START = new RegExp(`^(?:${TITLE_RE.source})`, 'i');
const FUNCTION_BEFORE = new RegExp(`\\b(?:${FUNCTIONS})\\s+(?:team\\s+)?$`, 'i');
const FUNCTION_OF = new RegExp(`^\\s+of\\s+(?:the\\s+|its\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${FUNCTIONS})\\b`, 'iu');

export interface RoleFact {
  person: string;
  passage: number; // passage id
  title: string; // canonical ("CEO", "chair", "head" …)
  head: 'org' | 'board' | null;
  org: string | null; // entity id of the organisation, when the sentence says
  board: boolean; // the role is on a board ("chair of the board", "board member")
  interim: boolean;
  past: boolean; // "former CTO", "previously head of"
  at: number; // offset of the title in the passage
  /** "X and Y will serve as co-CEOs": a post held together (its organisation is not filled in from elsewhere). */
  shared?: true;
  /** "The Qwen team will report to Duan": over the organisation, from above; its own head comes first. */
  above?: true;
  /** "He remains in office as caretaker": whatever top post the person held, for now (filled by fillCaretakers). */
  caretaker?: true;
  /** "Licht will become chairman and chief executive once the merger closes": named to the post, not yet in it. */
  future?: true;
}

export interface EventFact {
  kind: EventKind;
  person: string | null;
  passage: number;
  at: number;
  /** "Pachocki replaces Sutskever", "takes over from Stoltenberg": the one followed in the post. */
  replaced?: true;
}

const TITLE_ALT = ROLE_TITLES.map((t) => `(?:${t.re})`).join('|');
const TITLE_G = new RegExp(`\\b(?:${TITLE_ALT})\\b`, 'gi');
const titleInfo = titleOf;

// What a name before it only describes: "the remaining ten Premier League matches", "the Davos summit".
const DESCRIBED_THING = '(?:matches|games|fixtures|match|game|season|seasons|races|race|title|campaign|clash|tie|tournament|cup|meeting|meetings|summit|talks)\\b';
// …right after an organisation's name, or after a capitalised word and any more that follow it.
const DESCRIBES_AFTER_ORG = new RegExp(`^\\s+${DESCRIBED_THING}`, 'i');
// The verb before an organisation a person goes to: "will join Emirates", "returned to Vale", "was hired by Ford".
const JOINED = /\b(?:(?:re)?join(?:s|ed|ing)?|return(?:s|ed|ing)?\s+to|mov(?:e|es|ed|ing)\s+to|switch(?:es|ed|ing)?\s+to|defect(?:s|ed|ing)?\s+to|(?:hired|poached|recruited)\s+by|lured\s+(?:away\s+)?to)\s+(?:the\s+)?$/i;
const DESCRIBES_AFTER_NAME = new RegExp(`^(?:\\s+\\p{Lu}[\\p{L}'’.-]*)*\\s+${DESCRIBED_THING}`, 'u');
// "will become chairman", "is to take over as chief executive", "would succeed him as president": a post to come.
const FUTURE_POST = /\b(?:will|shall|is to|are to|is due to|was due to|was to|would)\s+(?:(?:formally|officially|then|also|eventually|soon|later)\s+)?(?:become|be (?:named|appointed|installed|confirmed|sworn in)|take over|succeed|take up|assume|step (?:in|up)|move (?:up )?(?:into|to))\b[^.;]*$/i;
// "picks Chris Licht to run CNN after merger", "… once the deal closes": a post that waits for a deal.
const UPON_DEAL = /^[^.;]{0,40}?\b(?:once|after|when|following|upon)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:merger|deal|acquisition|takeover|transaction|sale|spin-?off|separation)\b/i;
// Between an organisation and the title of its head: "South Africa's fifth president", "Harrow new CEO";
// "…under Cabinet Secretary" too, for a post below a country's head.
const ORDINALS = '(?:new|interim|acting|former|co-|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)|next|current|sitting)';
const ORG_THEN_TITLE = new RegExp(`^(?:['’]s)?\\s+(?:${ORDINALS}\\s*)*$`, 'i');
const ORG_UNDER_TITLE = new RegExp(`^(?:['’]s|\\s+under)?\\s+(?:${ORDINALS}\\s*)*$`, 'i');
// A post below an organisation's top one, after "took over as".
const BELOW_TOP = /^as\s+(?:(?:the|its|their|interim|acting|new|executive|senior|group|global)\s+)*(?:chief (?:financial|operating|technology|marketing|people|legal|information|product|commercial|digital|investment|risk|scientific|content) officer|cfo|coo|cto|cmo|cio|vice[- ]president|evp|svp|member|deputy)\b/i;
// A post someone never held or is not: "has never been a", "was not the", "never served as".
const NEVER_HELD = /\b(?:never|not|n['’]t)\s+(?:(?:once|yet|previously|before)\s+)?(?:been|served as|worked as|held the (?:post|job|role) of)\s+(?:an?\s+|the\s+)?(?:[\p{Ll}-]+\s+)?$/iu;
// Before a verb of change, a negation: "has not left", "did not step down", "never joined", "ne quitte (pas)",
// "n'a pas démissionné".
const NEGATED_BEFORE = /(?:\b(?:not|never|tidak|tak|belum|enggan|non|não|nem|niet)|n['’]t)\s+(?:yet\s+|formally\s+|officially\s+|actually\s+|akan\s+|mahu\s+|ha\s+|si\s+è\s+|se\s+)?$|\b(?:ne|n['’])\s*$|\b(?:ne|n['’])\s*(?:a|ont|avait|est|sont|s['’]est)?\s*(?:pas|jamais|plus)\s+$/i;
// "appointed him as the alliance's next secretary general", "governor-designate": a post to come.
const NEXT_TITLE = /\b(?:next|incoming)\s+(?:(?:permanent|full-time)\s+)?$/i;
// "…, with immediate effect": the post is theirs as the sentence is written.
const NOW_EFFECT = /\b(?:with immediate effect|effective immediately|immediately|at once|from today|as of today)\b/i;

const CONDITION_AFTER = /^[^,;]{0,40}?\b(?:once|if|as soon as|unless|when (?:he|she|they) finds?)\b/i;
/** After "leaves": a thing left to someone ("leaves the decision to the board", "left it to him"). */
const HANDS_OVER = /^\s+(?:it|that|this|the\s+(?:decision|choice|appointment|question|matter|task|job\s+of|power|final\s+say|details|rest)\b)[^,;]{0,60}?\bto\s+(?:the|a|an|his|her|their|its|him|them|us|you)\b/i;
// ... and a demand is not a departure: "called on the presidents to step down", "campaigned for her removal".
/** A report denied before the words that follow: "denied on Monday evening that General Zaluzhnyi had been removed". */
const DENIED = /\b(?:denied|denies|deny|denying)\b[^.;]{0,40}\bthat\b[^.;]*$/i;
// (…nor a report denied: "denied that General Zaluzhnyi had been removed".)
// "The party itself is led by", "the company is now run by": the whole organisation, told of now (not "the lab",
// nor "was run by its founder").
const WHOLE_ORG_LED = /\b(?:the|its)\s+(?:company|firm|group|business|organi[sz]ation|corporation|conglomerate|bank|party|club|league|charity|foundation|federation|confederation|union)(?:\s+itself)?\s+(?:is|has been|will be)\s+(?:now\s+|currently\s+|still\s+)?$/i;
// "the AfD in Berlin", "the party in Baden-Wuerttemberg": an organisation's branch in a place (not a month's, "in May").
const MONTHS_AND_DAYS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const PLACE_AFTER_ORG = new RegExp(`^\\s+in\\s+(?:the\\s+)?(?!(?:${MONTHS_AND_DAYS})\\b)\\p{Lu}[\\p{L}-]+`, 'u');
const MONTH_OR_DAY = new RegExp(`^(?:${MONTHS_AND_DAYS})$`);
const CONDITION_BEFORE = /\b(?:whether|denied|denies|deny|denying|promised|pledged|vowed|offered|threatened|if|would consider|could|might|poll|called on|calls on|calling on|called for|calls for|urged|urging|pressed|demanded|demanding|campaigned for|campaigning for|pushed for|asked)\b[^.;]{0,60}$/i;

// The company events alone, for a sentence that names no one.
const ORG_EVENT = new RegExp(EVENT_CUES_G.filter((c) => c.cue.kind === 'org').map((c) => c.re.source).join('|'), 'i');

/** A common noun that is the organisation itself: "runs the company", "oversees the group". */
// A whole body by its common noun, as a perfect tense leads it ("has been running the confederation"): not a
// department, a school, a team or a country.
const WHOLE_BODY = /^(?:company|firm|group|business|organi[sz]ation|corporation|conglomerate|federation|confederation|union|association|club|party|bank|board|charity|foundation|agency)\b(?!\s+(?:behind|of|in|at)\b)/i;
const ORG_NOUN = /^(?:whole\s+|entire\s+)?(?:company|companies|firm|group|business|organi[sz]ation|corporation|conglomerate|carmaker|automaker|chipmaker|bank|start-?up|party|government|country|club|team|side|newsroom|paper|newspaper|network|studio|league|university|college|school|charity|foundation|agency|ministry|department|church|board|show|place|operation|lab|laboratory|confederation|federation|association|union)\b/i;

const LEAD_ADJ = /^\s+(?:lawyers?|attorneys?|counsel|investors?|negotiators?|authors?|prosecutors?|plaintiffs?|sponsors?|underwriters?|arrangers?|banks?|bankers?|partners?|writers?|designers?|engineers?|researchers?|developers?|analysts?|offices?|count|start|quarters|injury|story|role|singer|actor|actress|candidate|architect|(?:independent |outside |non-executive )?directors?|independent)\b/i;
// "Technical Director", "athletic director", "HR Director": a function's director, capitalised or not.
const DIRECTOR_KINDS = /^(?:technical|sporting|sports|athletic|athletics|creative|artistic|art|musical|music|medical|financial|finance|marketing|communications|sales|research|football|film|casting|design|programme|program|non-executive|independent|commercial|operations|engineering|race|racing|ballet|news|editorial|campaign|policy|legal|political|regional|country|national|state|associate|assistant|deputy|vice|project|founding|board|company|hr|it|digital|strategy|security|safety|data|product|brand|compliance|investor|communication|content|programming)$/i;
const MANAGER_KINDS = /\b(?:product|project|program(?:me)?|account|brand|marketing|sales|operations|regional|branch|store|fund|asset|portfolio|office|campaign|general|business|engineering|hedge|investment|property|risk|community|social media|tour|stage|kit|campaign|team|line)\s+$/i;
const DESCRIBES_OTHER = /\b(?:version|unit|arm|subsidiary|division|part|owner|parent|rival|sister|counterpart|equivalent|edition|spin-?off|affiliate|offshoot|competitor) of (?:the |its |rival )?$/i;

/** Reads role and event facts from one passage given its entity mentions. */
export function readFacts(p: Passage, mentions: Mention[], byId: Map<string, EntitySpec>): { roles: RoleFact[]; events: EventFact[] } {
  const text = p.text;
  const people = mentions.filter((m) => byId.get(m.id)?.type === 'person');
  const orgs = mentions.filter((m) => byId.get(m.id)?.type === 'organisation');
  const roles: RoleFact[] = [];
  const events: EventFact[] = [];
  // A sentence naming no one can still report what happened to the organisation ("machinists
  // ratified a contract …, ending the strike"); nothing else is read from it.
  if (!people.length && !orgs.length) {
    const m = ORG_EVENT.exec(text);
    if (m) events.push({ kind: 'org', person: null, passage: p.id, at: m.index });
    return { roles, events };
  }

  // Clause bounds: a title belongs to a name in the same clause.
  // A full stop after an initial ("H. Dahl") or a short abbreviation ("Nov. 17") ends nothing.
  const stops = (dot: number) => text[dot] === '.' && !/(?:^|[\s(])(?:\p{Lu}|[A-Z][a-z]{1,3})$/u.test(text.slice(Math.max(0, dot - 5), dot));
  // Clause ends, found once per sentence: ; : ! ? and a full stop before a space or the end.
  const ends: number[] = [];
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 59 || c === 58 || c === 33 || c === 63) ends.push(k);
    else if (c === 46 && (k + 1 >= text.length || /\s/.test(text[k + 1])) && stops(k)) ends.push(k);
  }
  const clauseOf = (i: number) => {
    let s = 0;
    let e = text.length;
    for (const k of ends) {
      if (k < i) s = k + 1;
      else {
        e = k;
        break;
      }
    }
    return [s, e];
  };
  const orgNear = (from: number, to: number) => orgs.find((o) => o.start >= from && o.end <= to) ?? null;

  TITLE_G.lastIndex = 0;
  // Roles need a person; most sentences name none.
  let lastTitle: { end: number; holder: Mention } | null = null;
  for (let m = people.length ? TITLE_G.exec(text) : null; m; m = TITLE_G.exec(text)) {
    const found = titleInfo(m[0]);
    if (!found) continue;
    // "his lead lawyer", "the lead investor", "head office": a word describing another noun, not a post.
    if (/^(?:lead|head)$/i.test(m[0]) && LEAD_ADJ.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    // "a lead of more than eleven points": ahead in a count.
    if (/^lead$/i.test(m[0]) && /^\s+of\s+(?:more than\s+|almost\s+|nearly\s+|about\s+|just\s+|some\s+|over\s+|only\s+)?(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    const tStart = m.index;
    const tEnd = m.index + m[0].length;
    // "He has never been a head coach", "she was not a director": a post denied, held by no one here.
    if (NEVER_HELD.test(text.slice(Math.max(0, tStart - 40), tStart))) continue;
    // "nominated to head the African regional centre": a verb (read with the verbs below), not the title.
    if (/^(?:head|lead|chair)$/i.test(m[0]) && /\bto\s+$/i.test(text.slice(Math.max(0, tStart - 4), tStart)) && /^\s+(?:the|a|an|its|their|his|her)\b/i.test(text.slice(tEnd, tEnd + 8))) continue;
    // "deputy prime minister", "vice chair": a second to the post, not the post.
    // ("shadow chancellor" is the opposition's post of that name: its own, not a second to the chancellor.)
    const second = /\b(deputy|vice|assistant|shadow|associate)[\s-]+$/i.exec(text.slice(Math.max(0, tStart - 12), tStart));
    // ("Vice-Chancellor Lars Klingbeil": a government's second, unless the sentence is about a university.)
    const viceChancellor = /^vice-chancellor$/i.test(m[0]) && !/\b(?:universit|college|school|campus)/i.test(text);
    const info = viceChancellor ? { ...found, canon: 'deputy chancellor', head: undefined } : second ? { ...found, canon: `${second[1].toLowerCase() === 'shadow' ? 'shadow' : 'deputy'} ${found.canon}`, head: undefined } : found;
    // "If she does not reach the threshold, Mr Sunak … will become prime minister": a condition, not a post.
    if (/(?:^|[,;]\s*)(?:if|unless|should)\b/i.test(text.slice(clauseOf(tStart)[0], tStart)) || /^\s*if\b/i.test(text)) continue;
    // ("the only candidate in Hong Kong's chief executive election": a contest for the post, held by no one.)
    if (/^['’]?s?\s+(?:election|race|contest|vote|ballot|poll|campaign|candidacy|candidate|hopeful|debate|nomination|primary|run-?off)s?\b/i.test(text.slice(tEnd, tEnd + 16))) continue;
    // "an extraordinary step for a finance chief", "unusual for a CEO": a kind of post, no one's.
    // ("the allowance paid to a DFB president", "the powers of any president": a kind too.)
    if (/\b(?:for|like|than|to|of|from|about)\s+(?:a|an|any|every)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(Math.max(0, tStart - 30), tStart)) &&
      !/\b(?:hired|hires|named|names|appointed|appoints|picked|tapped|recruited|promoted|elevated|elected|made)\b/i.test(text.slice(Math.max(0, tStart - 70), tStart)) &&
      // ("the wife of a former president, George H. W. Bush": the name in apposition holds it.)
      // (…but not a speaker after the comma: "the allowance paid to a DFB president, Tobias Wendling said".)
      !(/^\s*,\s*\p{Lu}/u.test(text.slice(tEnd, tEnd + 4)) && !/^\s*,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:said|says|told|added|argued|wrote)\b/u.test(text.slice(tEnd, tEnd + 60)))) continue;
    // "is still searching for a permanent chief executive", "hired a search firm to find a new CEO": a post sought.
    if (/\b(?:search(?:es|ed|ing)?|look(?:s|ed|ing)?|hunt(?:s|ed|ing)?|find|found|seek(?:s|ing)?|sought|recruit(?:s|ed|ing)?|without)\s+(?:for\s+)?(?:a|an)\s+(?:(?:new|permanent|full-time|replacement|successor)\s+)*$/i.test(text.slice(Math.max(0, tStart - 60), tStart))) continue;
    // "is expected to be confirmed as the new head coach": a prospect, not yet a post.
    // ("its candidate for chancellor", "the clear favourite to be the next chancellor", "could then be elected
    // chancellor", "Germany's next chancellor": a prospect, not a post.)
    if (/\b(?:candidate|nominee|contender|favourite|favorite|front-?runner|race|running|bid|campaign|run)\s+(?:to\s+(?:be|become)\s+|for\s+)(?:the\s+)?(?:(?:next|new)\s+)?$|\b(?:favourite|favorite|front-?runner)\s+to\s+(?:be|become)\s+(?:[\w'’-]+\s+){1,4}$|\b(?:could|would|may|might|should|can)\s+(?:then\s+|now\s+|still\s+)?(?:be\s+(?:elected|named|appointed|confirmed|installed)(?:\s+as)?|become)\s+(?:the\s+)?$|\b(?:next|future|would-be|prospective|presumptive)\s+$/i.test(text.slice(Math.max(0, tStart - 70), tStart)) &&
      // (…but "named Will Lewis as its next publisher" is an appointment.)
      !/\b(?:named|names|appointed|appoints|picked|picks|chose|chosen|tapped|hired|selected|confirmed|elected)\b[^.;]{0,80}$/i.test(text.slice(Math.max(0, tStart - 90), tStart))) continue;
    // ("who had hoped to become prime minister", "wants to be chancellor": a wish, not a post.)
    if (/\b(?:expected|set|likely|tipped|poised|in talks|in line|(?:would|'d)\s+(?:like|love|prefer)|hop(?:e|es|ed|ing)|want(?:s|ed|ing)?|wish(?:es|ed)?|aim(?:s|ed|ing)?|seek(?:s|ing)?|sought|bid(?:ding)?|vying|campaign(?:s|ed|ing)?|fight(?:s|ing)?|fought|ambition|dream(?:s|ed)?|refused|declined) to (?:be (?:confirmed|named|appointed|installed|elected) as |become |be |take over as |succeed [^,.;]{2,40} as )(?:the\s+)?(?:(?:new|next|first)\s+)?(?:[A-Z][\w&.'’-]*\s+){0,3}$/i.test(text.slice(Math.max(0, tStart - 70), tStart))) continue;
    // (…in French, Spanish, Italian, Portuguese: "espère à nouveau accéder au poste de Premier ministre",
    // "aspira a ser presidente", "vuole diventare premier".)
    if (/\b(?:esp[èé]r\w*|souhait\w*|veu[lt]\w*|voulai\w*|brigu\w*|aspir\w*|esper\w*|quier\w*|quer\w*|vuol\w*|sper\w*|ambition\w*)\s+(?:(?:à|a|de|d'|ancora|de nuevo|à nouveau|encore|toujours|todavía)\s+)*(?:accéder|devenir|être|ser|convertirse en|llegar a ser|diventare|essere|tornare|tornar-se|virar|chegar)\s+(?:(?:au|à|al|a|ao|en)\s+)?(?:(?:poste|cargo|posto|fauteuil|rang)\s+(?:de|d'|di|do|da)\s*)?(?:(?:la|le|el|il|o|a|l')\s*)?$/iu.test(text.slice(Math.max(0, tStart - 80), tStart))) continue;
    // "multimodal lead", "head of memory sales": the head of a function, not of the organisation.
    // (…and "head of the national planning department": a part named in lowercase words only.)
    const functional = (info.canon === 'head' && (FUNCTION_BEFORE.test(text.slice(Math.max(0, tStart - 30), tStart)) || FUNCTION_OF.test(text.slice(tEnd, tEnd + 50)) ||
      /^\s+of\s+(?:the\s+|its\s+)?(?!(?:the|its)\s)(?:[a-z][a-z-]*\s+){1,3}(?:department|division|unit|office|agency|bureau|directorate|team|desk|programme|program)\b/.test(text.slice(tEnd, tEnd + 60)))) ||
      // "committee chair Virginia Foxx": the chair of a committee, not of the board the sentence names.
      (info.canon === 'chair' && /\b(?:committee|subcommittee|panel|caucus|commission|task force|search committee)\s+$/.test(text.slice(Math.max(0, tStart - 20), tStart)));
    const [cs, ce] = clauseOf(tStart);
    const pre = text.slice(Math.max(cs, tStart - 45), tStart);
    const post = text.slice(tEnd, Math.min(ce, tEnd + 60));
    let holder: Mention | null = null;
    // 1. "CEO Sam Altman", "interim CEO, E. Shear — Emmett Shear": the name right after the title.
    // (Not across a clause's end: "replaces LeBlanc as finance minister; LeBlanc takes over trade".)
    // (…nor across a sentence's end: "takes office as chief executive. Álvarez moves to the board".)
    const sentenceEnd = (from: number, to: number) => { const k = text.slice(from, to).search(/[.!?]\s/); return k >= 0 && (text[from + k] !== '.' || stops(from + k)); };
    const after = people.find((x) => x.start >= tEnd && !sentenceEnd(tEnd, x.start) && !text.slice(tEnd, x.start).includes(';') && /^\s*,?\s*(?:\(?[^()\s]{0,12}\)?\s*)?$/.test(text.slice(tEnd, x.start)));
    // Only punctuation or a bracketed form between them: "after Penny Mordaunt" is no apposition.
    // ("Ada Vale remains president, JT Batson is chief executive": a name after a comma that a verb and a
    // title of its own follow opens the next clause; "its chief executive, Ada Vale has resigned" does not.)
    const rest = after ? /^\s+(?:is|was|remains|becomes|became|stays|serves as)\s+(?:(?:the|its|an?|new|interim|acting)\s+)*(.*)$/.exec(text.slice(after.end, after.end + 60)) : null;
    const nextClause = !!after && /,/.test(text.slice(tEnd, after.start)) && !!rest && TITLE_AT_START.test(rest[1]);
    if (after && !nextClause && !/^\s*(?:of|at|for)\b/i.test(post) && !/\b\p{Ll}{2,}\b/u.test(text.slice(tEnd, after.start))) holder = after;
    // "he is lending it $1 billion …, installing Mr Chen as …, and returning to the board himself as vice-chairman":
    // a post taken "himself" is the sentence's subject's, however many names stand between.
    if (!holder && /\b(?:himself|herself)\s+as\s+(?:(?:the|its|their|an?|new|interim|acting|deputy|vice)(?:\s+|-))*$/i.test(text.slice(Math.max(0, tStart - 40), tStart))) holder = people[0] ?? null;

    // "… about Luis Rubiales. The president of the federation, who has run it since 2018, …": the title is
    // the reference itself, to the person the article named.
    // (Only with its organisation named: "the prime minister" alone is read in other ways.)
    // "The president of the Assembly, Virgilio Saquicela, said": the name in apposition after the body's name.
    // (Not a title that another person's post hangs on: "A spokesman for the president of Ukraine, Serhiy
    // Nykyforov," is the spokesman; "a letter to the speaker of the Rada, Ruslan Stefanchuk," is the speaker.)
    if (!holder && !/\b(?:spokes(?:man|woman|person)|adviser|advisor|aide|assistant|office|deputy|wife|husband|son|daughter|lawyer|counsel|staff|representative|envoy)\s+(?:of|for|to)\s+(?:the\s+)?$/i.test(text.slice(cs, tStart))) {
      const of = /^\s+(?:of|at)\s+(?:the\s+)?\p{Lu}[^,.;()]{0,50},\s*/u.exec(text.slice(tEnd, tEnd + 80));
      holder = (of && people.find((x) => !x.ref && x.start === tEnd + of[0].length && /^\s*[,(]/.test(text.slice(x.end, x.end + 3)))) || null;
    }
    if (!holder && /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(post)) holder = people.find((x) => x.ref && x.start <= tStart && x.end >= tEnd) ?? null;
    // "Its team principal is Laurent Mekies", "The new chair will be X": the name after the verb.
    if (!holder && /^(?:(?:Its|Their|The)\s+(?:(?:new|interim|acting|current|first)\s+)*)$/.test(text.slice(0, tStart))) {
      const found = people.find((x) => x.start >= tEnd && /^\s+(?:is|was|has been|will be|remains)\s+(?:now\s+)?$/.test(text.slice(tEnd, x.start)));
      if (found) holder = found;
    }
    // "the team again has a dedicated head in Zhou Hao", "found a new CEO in X": the name after "in".
    if (!holder) {
      const found = people.find((x) => x.start >= tEnd && /^\s+in\s+$/.test(text.slice(tEnd, x.start)));
      if (found && /\b(?:a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(pre)) holder = found;
    }
    // "ends Folashodun Shonubi's stint as acting governor", "Ardern's time as prime minister": the owner's post.
    if (!holder) {
      const owner = [...people].reverse().find((x) => x.end <= tStart && x.start >= cs);
      if (owner && /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}(?:stint|time|tenure|term|spell|years|months|days|reign|period|appointment|promotion|elevation|return|record)\s+(?:in\s+(?:office|charge)\s+)?as\s+(?:(?:the|an?|its|their|interim|acting|caretaker|temporary|[\p{L}-]+['’]s)\s+)*$/iu.test(text.slice(owner.end, tStart))) holder = owner;
    }
    // 2. "Mira Murati, OpenAI's chief technology officer", "X — a co-founder and the board's former chair",
    //    "X, who co-founded …, will be chief scientist", "X has been appointed interim CEO", "X as CEO".
    if (!holder) {
      // (Not a name that only owns something: "LeBlanc, … one of Trudeau's oldest friends, was sworn in as".)
      const before = [...people].reverse().find((x) => x.end <= tStart && x.start >= cs && !(/^['’]s\b/.test(text.slice(x.end, x.end + 3)) && people.some((y) => y.end <= x.start && y.start >= cs)));
      if (before) {
        const gap = text.slice(before.end, tStart);
        // (", and earlier as agriculture minister and head of …" goes on with the sentence's subject: no apposition.)
        // ("Ali Haddad, a close ally of the president's entourage": the title is someone else's, whom they are close to.)
        const relation = /\b(?:ally|allies|friend|confidant|critic|rival|opponent|adviser|advisor|aide|spokes(?:man|woman|person)|brother|sister|wife|husband|son|daughter|nephew|niece|cousin|father|mother|lawyer|protégé|protege)\s+(?:of|to)\s+(?:the\s+)?$/i.test(gap);
        const appos = !relation && /^\s*(?:\([^)]*\)\s*)?[,—–-]\s*(?:[^,.;]{0,50}?)$/.test(gap) && !/^\s*,\s*(?:and|or|but)\b/.test(gap) && !/\b(?:who|which|said|says|and [A-Z]|while|whereas|although|though|but|has|have|had|is|are|was|were|will|would|gets?|got)\b/.test(gap.replace(/^[^,—–-]*[,—–-]/, ''));
        const pred = /\b(?:as|als|como|comme|au poste de|en tant que|nommée?|devient|is|ist|wird|wurde|fue|was|be|been|became|becomes|become|becoming|named|appointed|made|elected|re-elected|declared|chosen|confirmed|installed|remains?|serves?|served|serving|promoted to|elevated to|r(?:ose|ises?|isen|ising) to(?: become)?|return(?:s|ed|ing)? to|w[io]n|assum(?:es|ed|ing)|moved? into|to the (?:new )?(?:post|position|role|job) of|taking over as|take over as|takes over as|took over as|replac(?:e|es|ed|ing) [^,.;]{2,40} as|succeed(?:s|ed)? [^,.;]{2,40} as)\s+(?:(?:now|currently|still|also|already|again|formally|officially)\s+)?(?:the\s+|an?\s+|its\s+|their\s+|his\s+|her\s+|[\p{Lu}][\p{L}'’.]*(?:'s|’s)\s+|(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3})?(?:(?:new|neue[nr]?|nuev[oa]|nouvel(?:le)?|nouveau|interim|interims-|acting|caretaker|permanent|temporary|incoming|former|first|sole|co-|group|global|deputy|vice-|vice|assistant|associate|senior|joint|executive|\d+(?:st|nd|rd|th))\s*)*$/iu.test(gap);
        // ("when President Mitterrand named him prime minister": the one named is "him", not the namer.)
        const objectPronoun = /\s(?:him|her|them|me|us)\s+(?:as\s+)?(?:the\s+)?$/.test(gap);
        const whoClause = /,\s*who\b[^,]{0,60},\s*(?:will be|is|was|became|has been|had been)\s+(?:the\s+|an?\s+)?(?:\w+\s+){0,2}$/i.test(gap);
        // "a ballot … to decide who succeeds Boris Johnson as party leader": a question, not a post.
        // (A long apposition closed before the verb is still the subject's: "Salifou Mody, the vice-president of the National
        // Council for the Safeguard of the Homeland (CNSP) and widely seen as the junta's second-in-command, becomes minister".)
        const closedAppos = pred && !objectPronoun && /^\s*,[^,;.]+,\s*(?:becomes|became|is|was|will be|has been|had been)\s+(?:the\s+|an?\s+)?$/.test(gap);
        if ((appos || (pred && !objectPronoun) || whoClause) && (gap.length <= 120 || (closedAppos && gap.length <= 200)) && !/\b(?:decide|choose|determine|select|pick)\s+who\s/i.test(text.slice(Math.max(0, before.start - 40), tStart))) {
          holder = before;
          // "Kuehnert, 30, who … campaigned for Esken and Walter-Borjans, becomes the first head of the Jusos": the
          // name ends a relative clause; the post is the clause's subject's.
          // (…"Mark Feidler, who became chairman when Richard Smith retired in September, will remain chairman".)
          if (pred && /^[^,;.]{0,40},\s*(?:will|would|is|was|are|were|becomes|became|remains|remained|stays|stayed|has|had|takes|took|returns|returned)\b/u.test(gap)) {
            const subject = people.find((y) => y.start >= cs && y.end < before.start && /^(?:,\s*\d{1,3})?,\s*(?:who|whose)\s[^;.]*$/.test(text.slice(y.end, before.start)));
            if (subject) holder = subject;
          }
          // "Truss was elected leader …, defeating Sunak …, and will become prime minister": a second
          // predicate of the sentence's subject, not of the name nearest the title.
          if (pred && /,?\s+and\s+(?:(?:will|would|is to|was to|shall|has|had)\s+)?(?:become|became|be|been|serve|served|take|took|spent|worked|was)\b[^,;]*$/i.test(gap)) {
            // ("His interim replacement, Ruud van Nistelrooy, … was appointed": "His" owns, it is not the subject.)
            holder = people.find((y) => y.start >= cs && y.end <= before.start && !/^(?:his|her|their|its)$/i.test(text.slice(y.start, y.end))) ?? before;
          }
          // "Grant Robertson, deputy prime minister under Jacinda Ardern since 2020, stays on as finance
          // minister": a name after "under" or "with" sits in an aside; the post is the subject's.
          if (pred && !appos && /\b(?:under|with|alongside|beside|against|to|by)\s+(?:(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen)\s+)?$/.test(text.slice(Math.max(0, before.start - 30), before.start)) && /,/.test(gap)) {
            // (…and "He served as finance minister under President Samper, and earlier as … head of …": the
            // subject opening the clause.)
            holder = people.find((y) => y.start >= cs && y.end <= before.start - 8 && (/^[^,]*,/.test(text.slice(y.end, before.start)) || (/^[\s"“]*$/.test(text.slice(cs, y.start)) && /^\s+(?:\S+\s+)?(?:served|was|worked|had been|became)\b/.test(text.slice(y.end, before.start))))) ?? before;
          }
          // "Pachocki replaces Sutskever as chief scientist": the role goes to the one who replaces.
          // (…past an apposition too: "he succeeded Ken Kutaragi, the father of the PlayStation, as president".)
          if (/^(?:\s*,[^,;]{0,80},)?\s+as\s+/i.test(gap) && /\b(?:replac(?:e|es|ed|ing)|succeed(?:s|ed|ing)?)\s+$/i.test(text.slice(Math.max(0, before.start - 20), before.start))) {
            holder = [...people].reverse().find((y) => y.end <= before.start - 5 && y.start >= cs) ?? before;
            // ("Boric …, replacing Izkia Siches as interior minister with Carolina Tohá": the one put in with.)
            const put = people.find((y) => y.start >= tEnd && /^\s+with\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u.test(text.slice(tEnd, y.start)));
            if (put) holder = put;
          }
        }
      }
    }
    // 3. "named X interim CEO": the name just before, after a naming verb.
    if (!holder) {
      const x = [...people].reverse().find((y) => y.end <= tStart && /^(?:,[^,;]{0,70},)?\s+(?:(?:as|the|new|interim|acting|caretaker|deputy|vice)(?:\s+|-))*$/i.test(text.slice(y.end, tStart)));
      // ("voted a second time to make Sadyr Japarov prime minister": the verb's base form too.)
      if (x && /\b(?:named|appointed|made|tapped|picked|chose|elected|(?:to|would|will)\s+(?:make|name|appoint|elect))\s+$/i.test(text.slice(Math.max(0, x.start - 18), x.start))) holder = x;
    }
    // 4. "He handed the chief executive's job to Michael Miebach": the one it is handed to.
    if (!holder && /\b(?:hand(?:s|ed|ing)?(?:\s+over)?|pass(?:es|ed|ing)?(?:\s+on)?|g[ai]ve|giv(?:es|ing))\s+(?:the|his|her|its|their)\s+$/i.test(text.slice(Math.max(0, tStart - 30), tStart))) {
      const job = /^(?:['’]s)?\s+(?:job|post|role|title|position)\s+(?:(?:at|of)\s+[^,;]{1,40}?\s+)?to\s+$/i;
      const to = people.find((x) => x.start > tEnd && job.test(text.slice(tEnd, x.start)));
      if (to) holder = to;
    }
    // 5. "Pichai stays on as deputy prime minister and finance minister": a second title joined to the one
    // before is the same person's.
    // (Not a new clause's subject: "to make Sadyr Japarov prime minister, and the president signed the decree".)
    if (!holder && lastTitle && /^\s*(?:,\s*)?and\s+(?:(?:the|interim|acting)\s+)?$/i.test(text.slice(lastTitle.end, tStart)) &&
      !/^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:has|had|was|is|will|would|said|says|signed|told|called|added|\p{Ll}+ed)\b/u.test(text.slice(tEnd, tEnd + 40))) holder = lastTitle.holder;
    // 6. "Broadwell, 40, is a 1995 graduate of West Point, where she was an athlete, and a lieutenant colonel in the
    // Army Reserve", "Paula Broadwell, the biographer …, and a major in the Army Reserve": a title joined by "and a"
    // to what the sentence's opening name is.
    if (!holder && /\band\s+(?:a|an)\s+$/i.test(text.slice(Math.max(0, tStart - 8), tStart))) {
      const subject = people.find((x) => x.start <= 3 && !/^(?:he|she|they|his|her|their)$/i.test(text.slice(x.start, x.end)));
      // (A rank or post, not a common noun said of anyone, "hired a consultant and an engineer", and no clause of
      // someone else's doing between: "said the firm had hired …".)
      if (subject && !/^(?:member|engineer|analyst|partner|adviser|scientist|journalist)$/.test(info.canon) &&
        /^(?:,\s*(?:\d+,\s*)?(?:(?:is|was)\s+)?|\s+(?:is|was)\s+)(?:a|an|the)\s/i.test(text.slice(subject.end, subject.end + 30)) && !/[;:]/.test(text.slice(subject.end, tStart)) &&
        !/\b(?:said|says|told|hired|hires|named|appointed|met|employs|employed|recruited)\b/i.test(text.slice(subject.end, tStart))) holder = subject;
    }
    if (!holder) continue;
    lastTitle = { end: tEnd, holder };
    const span = `${pre.slice(-30)}${m[0]}`;
    // Between the name and the title, only the last clause speaks of this title: in "X, previously
    // head of sales, as COO" the "previously" belongs to the apposition.
    const between = holder.end <= tStart ? text.slice(holder.end, tStart) : text.slice(tEnd, holder.start);
    const ctx = between.slice(between.lastIndexOf(',') + 1);
    const ofOrg = /^\s*(?:(?:and|&)\s+[^,.;]{1,30}?\s+)?(?:of|at|for)\s+(?:the\s+)?/i.exec(post);
    // (…or a kind of body, then its name: "chief executive of the new company, Chassis Brakes International".)
    const kindThenName = ofOrg ? /^(?:[\p{Ll}-]+\s+){0,3}(?:company|group|firm|business|venture|maker|unit|subsidiary|bank|club|team|party|agency|body),\s+/u.exec(post.slice(ofOrg[0].length)) : null;
    let org: Mention | null = ofOrg ? orgNear(tEnd, tEnd + ofOrg[0].length + 40) ?? (kindThenName ? orgNear(tEnd, tEnd + ofOrg[0].length + kindThenName[0].length + 60) : null) : null;
    // "former chief executive of chip design software maker Cadence Design Systems": a few describing words may come first.
    // (…but not the wire closing the sentence: "chief executive of the bank, Bloomberg reported".)
    const reported = (o: Mention) => /^\s*(?:News\s+)?(?:said|says|reported|reports|told|announced|confirmed|according)\b/.test(text.slice(o.end, o.end + 30));
    if (org && !/^(?:[\p{Ll}-]+\s+){0,4}$/u.test(text.slice(tEnd + ofOrg![0].length, org.start)) && !(kindThenName && org.start === tEnd + ofOrg![0].length + kindThenName[0].length && !reported(org))) org = null;
    // ("head coach for the remaining ten Premier League matches": a name describing something else is not the post's.)
    if (org && DESCRIBES_AFTER_ORG.test(text.slice(org.end, org.end + 14))) org = null;
    // "president of McDonald's USA": the unit the possessive names, not its parent.
    if (org && /^['’]s\s+$/.test(text.slice(org.end, org.end + 3))) org = orgs.find((y) => y.start === org!.end + 3) ?? org;
    if (!org) {
      // ("a Formula One team principal" is one of a kind, not Formula One's.)
      // ("South Africa's fifth president": an ordinal counts holders of the same post.)
      // ("the National Treasury under Cabinet Secretary Njuguna Ndung'u": what is under someone is theirs to
      // run; not "the Justice Department under President George W. Bush", a country's head over it.)
      const gap = /^(?:president|prime minister|chancellor|king|queen|premier)$/i.test(info.canon) ? ORG_THEN_TITLE : ORG_UNDER_TITLE;
      const o = [...orgs].reverse().find((y) => y.end <= tStart && y.end >= tStart - 25 && gap.test(text.slice(y.end, tStart)) &&
        !/\b(?:a|an|another)\s+$/i.test(text.slice(Math.max(0, y.start - 10), y.start)));
      org = o ?? null;
    }
    // "At Racing Bulls, Alan Permane, promoted … to team principal": the place the sentence opens on.
    if (!org) {
      const at = /^(?:At|In|For)\s+/.exec(text);
      const lead = at ? orgs.find((y) => y.start === at[0].length && /^,/.test(text.slice(y.end))) : undefined;
      if (lead && lead.end < tStart) org = lead;
    }
    // "Harrow Works named Ada Moss chief executive": the organisation doing the naming, right before the verb.
    if (!org && holder.end <= tStart) {
      const verb = /\b(?:named|appointed|hired|tapped|picked|chose|promoted|made|names|appoints|hires|promotes|taps)\s+$/i.exec(text.slice(Math.max(0, holder.start - 16), holder.start));
      const vStart = verb ? holder.start - verb[0].length : -1;
      // (…past an apposition: "The Harbourlight Arts Festival, a fixture of the summer calendar, has appointed".)
      if (verb) org = [...orgs].reverse().find((y) => y.end <= vStart && /^(?:\s*,[^,;.]{1,80},)?\s+(?:(?:has|have|had|on\s+\p{Lu}\p{Ll}+day|also|formally|officially)\s+)*$/u.test(text.slice(y.end, vStart))) ?? null;
    }
    // "will join Emirates on September 20 as chief digital officer", "returned to Vale as CEO": the organisation
    // joined is the post's.
    if (!org) {
      const as = /\bas\s+(?:(?:the|a|an|its|their|new|interim|acting|senior|special)\s+)*$/i.exec(text.slice(Math.max(0, tStart - 30), tStart));
      const asStart = as ? tStart - as[0].length : -1;
      // (Only a day or a time between them, no other name or "and": "joined Ford in 1986 and later Chrysler as its president".)
      if (as) org = [...orgs].reverse().find((y) => y.end <= asStart && y.start >= holder.end && JOINED.test(text.slice(Math.max(0, y.start - 25), y.start)) &&
        /^(?:\s+(?:on|in|from|this|next|last|at|by|early|later)\b[^,;.]{0,30}?)?\s*$/i.test(text.slice(y.end, asStart)) && !/\band\b/i.test(text.slice(y.end, asStart)) &&
        ![...orgs, ...people].some((z) => z.start >= y.end && z.end <= asStart)) ?? null;
    }
    // "he became its CEO": "its" is the organisation named before it in the sentence.
    // A team or club is often "their" in British usage: "Rivertown FC have appointed X as their new head coach".
    // …and so is "the company's", "the country's": "South Africa's parliament elected X as the country's president".
    // ("led by its founder and chief executive, Mike Lynch": another post of theirs may come first.)
    const backRef = !org ? /\b(?:its|their|the\s+(?:company|firm|group|country|nation|party|club|team|bank|carmaker|automaker|chipmaker|start-?up|corporation|business|agency|airline|carrier|broadcaster|university|federation|association|orchestra|museum)['’]s)\s+(?:(?:new|next|incoming|permanent|interim|acting|former|first|co-|group|global|deputy|senior|joint|executive|(?:co-?)?founder\s+and|chair(?:man|woman)?\s+and|president\s+and)\s*|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+)*$/i.exec(text.slice(Math.max(0, tStart - 50), tStart)) : null;
    if (backRef) {
      // "Douyin, the Chinese version of TikTok, … its chief executive": an organisation named only to
      // describe another ("a unit of", "the version of") is not the one "its" points back to.
      const before = [...orgs].reverse().filter((y) => y.end <= tStart);
      // "Malaysia's king appointed X, the UMNO vice-president, as the country's ninth prime minister": the
      // country is the one the sentence speaks of as a possessor, not a party named beside the person.
      const country = /\b(?:country|nation)['’]s/i.test(backRef[0]) ? before.find((y) => /^['’]s\s/.test(text.slice(y.end, y.end + 3))) : undefined;
      // "the Toronto-based company … its": a place made an adjective is not the company.
      // ("elected Smedegaard, the former chief executive of shipping group DFDS, to the airline's board, which made
      // him its chairman": an organisation inside the clause describing a person is theirs, not the one "its" is.)
      const describing = (y: Mention) => {
        const comma = text.lastIndexOf(',', y.start);
        return comma > 0 && people.some((x) => x.end >= comma - 1 && x.end <= comma) && /\b(?:of|at|for)\b/i.test(text.slice(comma, y.start)) && /^[^,;.]*,/.test(text.slice(y.end));
      };
      const fitting = before.filter((y) => !describing(y));
      org = country ?? fitting.find((y) => !DESCRIBES_OTHER.test(text.slice(Math.max(0, y.start - 40), y.start)) && text[y.end] !== '-') ?? fitting[0] ?? before[0] ?? null;
    }
    // "Powermat … said that it had appointed him chief executive": the post is with the one appointing, named
    // before "it" (or as the subject itself: "Powermat has appointed him chief executive").
    if (!org) {
      const from = Math.max(cs, tStart - 90);
      const by = /\b(?:it|they)\s+(?:(?:has|had|have|would|will)\s+)?(?:appointed|named|hired|made|elected|picked|chose|chosen|tapped|recruited)\s+(?:[\p{L}'’.-]+\s+){1,4}?(?:as\s+)?(?:(?:its|their|the|new|interim|acting)\s+)*$/iu.exec(text.slice(from, tStart));
      // (The one saying so, past an aside: "Tesco, Britain's biggest retailer, said on Tuesday it had appointed …".)
      if (by) org = orgs.find((y) => y.end <= from + by.index && y.start >= cs &&
        /^(?:\s*,[^,;]{1,100},)?\s+(?:[\p{L}-]+\s+){0,3}?(?:said|says|announced|announces|confirmed|confirms|told)\b/u.test(text.slice(y.end, from + by.index))) ?? null;
      else {
        const subject = [...orgs].reverse().find((y) => y.end <= tStart && y.start >= cs &&
          /^\s+(?:(?:has|had|have)\s+)?(?:appointed|named|hired|elected|picked|chose|tapped|recruited)\s+(?:him|her|them)\s+(?:as\s+)?(?:(?:its|their|the|new|interim|acting)\s+)*$/i.test(text.slice(y.end, tStart)));
        if (subject) org = subject;
      }
    }
    // "Quora CEO Adam D'Angelo": a capitalised word before the title names some other organisation.
    let otherOrg: string | null = null;
    const capBefore = /(?:^|[^.!?]\s)((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(?:(?:new|interim|acting|former|co-)\s*)*$/u.exec(text.slice(Math.max(0, tStart - 40), tStart));
    // "Group chief AI officer: Qiao Yunfei" opens a line with a common word, not a company.
    const capWord = capBefore?.[1].trim().toLowerCase() ?? '';
    const oneOfKind = /\b(?:a|an|another)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:(?:new|interim|acting|former|co-)\s*)*$/u.test(text.slice(Math.max(0, tStart - 50), tStart));
    // ("Outgoing President Ivan Duque": a word that dates the post, capitalised to open the sentence.)
    // ("Sporting director Mauro Meluso": a kind of director, capitalised to open the sentence.)
    const directorKind = info.canon === 'director' && !capWord.includes(' ') && DIRECTOR_KINDS.test(capWord);
    if (!org && capBefore && !oneOfKind && !directorKind && !ORG_SUFFIXES.has(capWord) && !NEVER_NAMES.has(capWord) && !/^(?:outgoing|incoming|former|acting|interim|new|then|current|late|caretaker|vice|deputy|assistant|associate)$/i.test(capWord) && !people.some((x) => x.end > tStart - 40 && x.end <= tStart && /^\s*(?:(?:new|interim|acting|former|co-)\s*)*$/i.test(text.slice(x.end, tStart)))) otherOrg = `other:${capBefore[1].trim().replace(/^(?:former|outgoing|incoming|acting|interim|new|then|current|late|caretaker)\s+/i, "")}`;
    // "US-Präsident Donald Trump", "SPD-Chef": a German compound names whose post it is.
    const compound = !org && !otherOrg ? /(?:^|[\s(„"])(\p{Lu}[\p{L}.]*)-$/u.exec(text.slice(Math.max(0, tStart - 20), tStart)) : null;
    if (compound) otherOrg = `other:${compound[1]}`;
    if (!org && !otherOrg && ofOrg) {
      // "chief executive of the investment bank Greenhill & Co.": a few describing words, then its name.
      const found = /^(?:[\p{Ll}-]+\s+){0,4}?(\p{Lu}[\p{L}'’.-]*)/u.exec(post.slice(ofOrg[0].length));
      const named = found?.[1];
      const describes = !!found && DESCRIBES_AFTER_NAME.test(post.slice(ofOrg[0].length + found[0].length));
      // "manager for Saturday's trip": a day or month is no organisation.
      if (named && !describes && !NEVER_NAMES.has(named.toLowerCase().replace(/['’]s$/, ''))) otherOrg = `other:${named}`;
    }
    const boardish = /\bboard\b/i.test(`${pre.slice(-25)} ${post.slice(0, 25)}`) || info.canon === 'board member';
    // "England manager Gareth Southgate", "the interim manager": a team's manager leads it; "a product
    // manager", "fund manager" lead nothing.
    const teamManager = info.canon === 'manager' && /^manager$/i.test(m[0]) && !functional && (!!org || /\b(?:interim|caretaker|acting|permanent|new)\s+$/i.test(pre)) &&
      !/\b(?:a|an)\s+(?:[\p{L}-]+\s+)?$/iu.test(pre) && !MANAGER_KINDS.test(pre);
    // "managing director of the IMF", "IMF Managing Director X": the one who runs it; "a managing director at
    // Goldman Sachs" is a rank.
    // ("a managing director", "one cabinet secretary": one of a rank, heading nothing.)
    const oneOfRank = /\b(?:a|an|one|another|several|other)\s+(?:[\p{L}-]+\s+)?$/iu.test(pre);
    const managingDirector = /^managing director$/i.test(m[0]) && !!org && !oneOfRank;
    // "Treasury Cabinet Secretary Njuguna Ndung'u", "cabinet secretary for the National Treasury": Kenya's
    // minister heads the ministry named.
    const cabinetSecretary = info.canon === 'cabinet secretary' && (!!org || !!otherOrg) && !oneOfRank;
    // (A secretary general or director general heads only what is named: "secretary general of the presidency"
    // heads no country.)
    const namedOnly = NAMED_ONLY.has(info.canon) && !org && !otherOrg;
    // "the FCA's executive director of strategy", "its executive director, racing": a function's, no head.
    // (…and "the IMF executive director for India", "an executive director": a seat, no head.)
    // (…as is "managing director of football": a function's, not the club's.)
    const ofFunction = (info.canon === 'executive director' || /^managing director$/i.test(m[0])) && (/^(?:\s+for\s|\s+of\s+(?:the\s+|its\s+)?(?!(?:the|its)\s)\p{Ll}|,\s+\p{Ll}+,)/u.test(text.slice(tEnd, tEnd + 30)) || /\b(?:an?|one|another)\s+$/i.test(text.slice(Math.max(0, tStart - 12), tStart)));
    // "Secret Service Director Kimberly Cheatle", "the director of the Louvre": a plain director of a body
    // named with it runs it; "athletic director", "a director", "director of research" run a part of it.
    const kind = /([\p{L}\d-]+(?:['’]s)?)\s+$/u.exec(text.slice(Math.max(0, tStart - 30), tStart))?.[1];
    // (Only in the forms that say so: "the director of the Louvre", "the agency's director", "its director",
    // "Secret Service Director X" written in capitals; a company's "director Paul Grant" sits on its board.)
    const ofOrgAfter = /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(text.slice(tEnd, tEnd + 30)) && !!kind && /^(?:the|new|interim|acting|former|outgoing|incoming|then|current|permanent|next|last|\d+(?:st|nd|rd|th)|(?:\p{L}+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}*teenth|\p{L}*ieth))$/iu.test(kind);
    const owned = !!kind && (/['’]s$/.test(kind) || /^(?:its|their)$/i.test(kind));
    const capitalTitle = m[0] === 'Director' && !!kind && /^\p{Lu}/u.test(kind) && !/^(?:Acting|Interim|Deputy|Former|The|New)$/.test(kind);
    const plainDirector = info.canon === 'director' && /^director$/i.test(m[0]) && !!org && !oneOfRank && !boardish && !second &&
      !/^\s+(?:for|of)\s+(?:the\s+|its\s+)?(?!(?:the|its)\s)\p{Ll}/u.test(text.slice(tEnd, tEnd + 30)) &&
      !FUNCTION_OF.test(text.slice(tEnd, tEnd + 50)) && !FUNCTION_BEFORE.test(text.slice(Math.max(0, tStart - 30), tStart)) &&
      !(kind && DIRECTOR_KINDS.test(kind.replace(/['’]s$/, ''))) && (ofOrgAfter || owned || capitalTitle);
    // "Anke Rehlinger, SPD leader in Saarland": a region's head, not the party's.
    const placeAfter = /^\s+(?:in|for)\s+(\p{Lu}[\p{L}-]+)/u.exec(text.slice(tEnd, tEnd + 40));
    // (Only in apposition: "elected SDP co-leaders in Berlin on Friday" names where, not a region.)
    const regional = (!!placeAfter && !!org && !MONTH_OR_DAY.test(placeAfter[1]) && !orgs.some((o) => o.id === org.id && o.start > tEnd && o.start <= tEnd + 12) &&
      holder.end <= tStart && /^\s*,\s*(?:the\s+)?(?:[\p{L}&'’.-]+\s+){0,3}$/u.test(text.slice(holder.end, tStart))) ||
      // (…and "Thuringia's state leader": a region's head.)
      /\b(?:state|regional|provincial|local|county|district)\s+$/.test(text.slice(Math.max(0, tStart - 12), tStart));
    roles.push({
      person: holder.id,
      passage: p.id,
      title: info.canon,
      head: namedOnly || ofFunction || regional ? null : info.head === 'board' ? 'board' : info.head === 'org' || teamManager || managingDirector || cabinetSecretary || plainDirector ? (boardish && info.canon === 'head' ? 'board' : 'org') : null,
      org: functional ? 'other:unit' : org?.id ?? otherOrg,
      board: boardish || info.head === 'board',
      interim: INTERIM_RE.test(span),
      // "who was Harvard's president from 2001 to 2006": a tenure with an end is over.
      // ("denied that General Zaluzhnyi had been removed as commander-in-chief": still in the post.)
      past: !DENIED.test(text.slice(cs, tStart)) && (/^\s*(?:of\s+[^,.;]{0,40}?\s+)?(?:from|between|in)\s+(?:19|20)\d\d\s*(?:to|and|until|-|–)\s*(?:19|20)\d\d\b|^\s*(?:of\s+[^,.;]{0,40}?\s+)?until\s+(?:19|20)\d\d\b/.test(post) ||
        // ("who became chief executive in 2010 and moved up to the chair in 2014": a post left for the next.)
        /^\s*(?:of\s+[^,.;]{0,40}?\s+)?in\s+(?:19|20)\d\d\s*,?\s+(?:and|before)\s+(?:then\s+|later\s+)?(?:moved (?:up|on|over|across|to)|moving (?:up|on|to)|became|becoming|rose to|rising to|was promoted|stepped up|took over|taking over)\b/i.test(post) ||
        // "was Harvard's provost for nearly 13 years before …": a tenure told as a length, in the past tense.
        (/\bwas\s+(?:\S+\s+){0,3}$/i.test(text.slice(Math.max(0, tStart - 40), tStart)) && /^\s*(?:of\s+[^,.;]{0,40}?\s+)?for\s+(?:nearly\s+|almost\s+|about\s+|more than\s+|over\s+)?\w+\s+(?:years|months|decades)\b/i.test(post)) || PAST_RE.test(pre.slice(-25).slice(pre.slice(-25).lastIndexOf(',') + 1)) || (/\b(?:formerly|previously|once|briefly|served as|worked as|had been(?!\s+(?:named|appointed|elected|re-?elected|promoted|made|chosen|picked|confirmed|installed|tapped|hired)\b)|was then)\b/i.test(ctx.slice(0, 80)) && !/\b(?:has|have)\s+(?:served|worked)\s+as\b[^.;]{0,80}\bsince\b|\bsince\b[^.;]{0,40}\b(?:has|have)\s+(?:served|worked)\s+as\b/i.test(text)) || /\b(?:former|late)\b/i.test(text.slice(Math.max(0, tStart - 12), tStart)) ||
        // ("José Tohá, who was interior minister under Salvador Allende": a post the relative clause puts in
        // the past; not "who was named interior minister", an appointment.)
        // (Nor "who was introduced as head coach", "who was hosted by President Joe Biden": a verb between.)
        // (…and only with the time it was held: "under Allende", "before his promotion", "from 2008"; "Ghosn, who was
        // chairman of Nissan, was arrested" tells a post held then.)
        (/,\s*who\s+(?:was|had been)\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?!(?:\p{L}+ed|by|as|to|for|at|in|on|with|then|also|now|still)\s)[\p{L}'’-]+\s+){0,2}$/iu.test(text.slice(Math.max(0, tStart - 50), tStart)) &&
          /^\s*(?:(?:and|of|at)\s+[^,.;]{0,40}?\s+)?(?:under|before|from|between|until|during|in\s+(?:the\s+)?(?:19|20)\d\d)\b/i.test(post)) ||
        // ("whose four months as First Minister were the shortest", "his time as chairman ended": a tenure
        // spoken of in the past.)
        (/\b(?:whose|his|her|their)\s+(?:[\w-]+\s+){1,4}as\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, tStart - 50), tStart)) && /^\s*(?:of\s+[^,.;]{0,30}?\s+)?(?:were|was|lasted|ended|had been)\b/i.test(post)) ||
        // ("ending Shonubi's time as acting governor", "ends Folashodun Shonubi's stint as acting governor".)
        /\b(?:end(?:s|ed|ing)?|clos(?:es|ed|ing)|cut(?:s|ting)? short|to an end|after)\s+(?:\S+\s+){1,4}(?:stint|time|tenure|term|spell|reign)\s+(?:in\s+(?:office|charge)\s+)?as\s+(?:\S+\s+){0,2}$/i.test(text.slice(Math.max(0, tStart - 80), tStart)) ||
        // (…and "during his time as mayor of Bogotá", told in the past; not "During his tenure as CEO, Cook has tripled revenue".)
        (/\b(?:during|throughout)\s+(?:\S+\s+){1,4}(?:stint|time|tenure|term|spell|reign)\s+as\s+(?:\S+\s+){0,2}$/i.test(text.slice(Math.max(0, tStart - 80), tStart)) && !/\b(?:has|have)\s+(?:\w+ed|been|grown|seen|made|won|led|run|taken|become)\b/i.test(text)) ||
        // "With John Riccitiello gone as chairman as well as chief executive": a post left.
        /\b(?:gone|departed|out)\s+as\s+[^,.;]{0,40}$/i.test(text.slice(Math.max(0, tStart - 50), tStart)) ||
        // "Herbert Diess, then the group's chief executive": a post held then, not now.
        /,\s*then\s+(?:the\s+)?(?:\S+['’]s\s+)?(?:\S+\s+)?$/i.test(text.slice(Math.max(0, tStart - 40), tStart)) ||
        // ("under then chief executive Christoph Mueller", "the then prime minister", "and then-finance minister X":
        // the same, before the post; not "named COO and then chief executive", a later step.)
        /(?:^|\b(?:the|under|by|with|from|of|to|for|between|against|alongside|beside)\s+)then(?:-|\s+)$|\band\s+then-$/i.test(text.slice(Math.max(0, tStart - 20), tStart)) ||
        // "He served as finance minister in the 1990s under President Ernesto Samper": a head served under, then.
        (/\bunder\s+$/i.test(text.slice(Math.max(0, tStart - 7), tStart)) && /\b(?:served|worked|was|were|had been)\b/i.test(text.slice(cs, tStart))) ||
        // "Manuel Valls, prime minister under François Hollande, takes …": a post dated by whom it served.
        (/^\s+under\s+(?:the\s+late\s+|former\s+)?\p{Lu}[^,;]{0,40},/u.test(post) && /,\s*$/.test(text.slice(Math.max(0, tStart - 3), tStart)))),
      at: tStart,
      ...((FUTURE_POST.test(holder.end <= tStart ? text.slice(holder.end, tStart) : text.slice(cs, tStart)) || UPON_DEAL.test(text.slice(tEnd, ce)) || NEXT_TITLE.test(text.slice(Math.max(0, tStart - 30), tStart)) || /^-?\s*(?:designate|elect)\b/i.test(text.slice(tEnd, tEnd + 12)) ||
        // ("He will be the first director-general without a medical degree": a post ahead; not "will be the first
        // prime minister to attend the summit", a sitting one doing something first.)
        (/\b(?:will|shall|is to|is due to)\s+be\s+(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(Math.max(0, tStart - 40), tStart)) && !/^\s+to\s+\p{Ll}/u.test(text.slice(tEnd, tEnd + 20))) ||
        // ("as director-general, he will name outbreaks": the post spoken of ahead.)
        (/\bas\s+$/i.test(text.slice(Math.max(0, tStart - 4), tStart)) && /^\s*,\s*(?:he|she|they)\s+(?:will|would|could|should|must)\b/i.test(text.slice(tEnd, tEnd + 24)))) && !NOW_EFFECT.test(text.slice(cs, ce)) ? { future: true as const } : {}),
    });
    // "X and Y became interim co-CEOs": a shared or plural title is both people's.
    if (/^co-|s$/i.test(m[0]) && holder.end <= tStart) {
      const partner = [...people].reverse().find((y) => y.end <= holder!.start && y.id !== holder!.id && /^(?:\s*,[^;]{0,90}?,)?\s*,?\s*and\s+$/.test(text.slice(y.end, holder!.start)));
      const own = roles[roles.length - 1];
      own.shared = true;
      if (partner) roles.push({ ...own, person: partner.id });
    }
  }

  // "chaired by X", "led by X": the person after heads the organisation or board before it.
  // ("The Ombudsman's Office, led on an acting basis by Eliana Revollar": how it is led may come between.)
  for (const m of text.matchAll(/\b(chaired|led|headed|run|helmed|présidé)\s+(?:(?:on\s+an?\s+(?:acting|interim|temporary|caretaker)\s+basis|temporarily|jointly|now|currently|since\s+\w+(?:\s+\d{4})?)\s+)?(?:par|by)\s+/gi)) {
    const x = people.find((y) => y.start >= m.index! + m[0].length && y.start <= m.index! + m[0].length + 45);
    if (!x) continue;
    const before = text.slice(Math.max(0, m.index! - 80), m.index);
    const board = /\b(?:board|conseil)\b[^,.;]{0,20}[,\s]*$/i.test(before);
    // "the board, led by", "a Microsoft subsidiary led by": what comes just before is what is led;
    // "a support team, led by" leads a unit, not the organisation.
    // "FAIR, the long-term research lab now run by X": the organisation the apposition describes.
    // ("held at the carrier's offices in Dublin and chaired by": a place the meeting was in is not what is chaired.)
    const just = [...orgs].reverse().find((o) => o.end <= m.index! && o.end >= m.index! - 25 && !(/\b(?:in|at|near)\s+$/i.test(text.slice(Math.max(0, o.start - 6), o.start)) && /\band\b/.test(text.slice(o.end, m.index!)))) ??
      [...orgs].reverse().find((o) => o.end <= m.index! && /^\s*,\s*(?:the|a|an|its|their)\s+[^,;]{0,60}$/.test(text.slice(o.end, m.index!)));
    // ("The party itself is led by X", "the company is run by X": the organisation the article is about.)
    // (Not "the network will be run by an interim team: Ann Varga, …": a group runs it.)
    const byGroup = /^(?:an?|the|its)\s+(?:[\p{L}-]+\s+){0,3}(?:team|committee|council|group|troika|triumvirate|trio|duo)\b/iu.test(text.slice(m.index! + m[0].length));
    const itself = !just && !byGroup && WHOLE_ORG_LED.test(before);
    const org: { id: string } | null = just ?? (board || itself ? null : { id: 'other:unit' });
    roles.push(topPost(x.id, p.id, board || /chair|présid/i.test(m[1]), { org: org?.id ?? null, board, interim: INTERIM_RE.test(text.slice(m.index!, x.end + 20)), past: false, at: m.index! }));
  }
  // "Bonderman, who has chaired the Ryanair board for two decades": the one before chairs the board named.
  // ("He chaired Twitter's board in the period …": a board chaired once, in the past.)
  for (const m of text.matchAll(/\b(?:chairs|chaired|has chaired|had chaired|have chaired)\s+(?:the\s+)?((?:\p{Lu}[\p{L}&'’-]*\s+){0,3})(?:supervisory\s+)?board\b(?!\s+(?:meeting|of\s+(?!directors\b)))/gu)) {
    const x = [...people].reverse().find((y) => y.end <= m.index! && m.index! - y.end <= 70 && /^(?:\s*,\s*who\b[^,.;]*?|\s+)$|^\s*,[^,.;]{0,60},?\s*who\s+$/.test(text.slice(y.end, m.index!) + ' ') && !roles.some((r) => r.person === y.id && r.title === 'chair'));
    if (!x) continue;
    const named = orgs.find((o) => o.start >= m.index! && o.end <= m.index! + m[0].length);
    roles.push(topPost(x.id, p.id, true, { org: named?.id ?? null, board: true, interim: false, past: /^(?:had )?chaired\b/i.test(m[0]), at: m.index! }));
  }
  // "His successor as chief executive will be Frédéric Oudéa": the one named after it is given that post.
  for (const m of text.matchAll(/\b(?:his|her|their|its)\s+(?:successor|replacement)\s+as\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:will be|would be|is|was|has been named|is to be)\s+/giu)) {
    const x = people.find((y) => y.start === m.index! + m[0].length);
    const info = x ? titleOf(m[1]) : null;
    if (x && info && !roles.some((r) => r.person === x.id && r.title === info.canon)) {
      roles.push({ person: x.id, passage: p.id, title: info.canon, head: info.head ?? null, org: null, board: info.head === 'board', interim: false, past: false, at: m.index! });
    }
  }
  // A minister's post with no organisation of its own (the ministry's minister), told at `at`.
  const ministerPost = (person: string, title: string, at: number): RoleFact => ({ person, passage: p.id, title, head: null, org: null, board: false, interim: false, past: false, at });
  // "The finance ministry goes to Markus Marterbauer": a portfolio handed to someone is their post.
  for (const m of text.matchAll(/\b([a-z]+(?:\s+(?:and|&)\s+[a-z]+)?)\s+(?:ministry|portfolio)\s+(?:goes|went|will go|is going|has gone|passes|passed)\s+to\s+/g)) {
    const x = people.find((y) => y.start === m.index! + m[0].length);
    const info = x && !/^(?:the|a|an|its|his|her|their)$/.test(m[1]) ? titleOf(`${m[1]} minister`) : null;
    if (x && info) roles.push(ministerPost(x.id, info.canon, m.index!));
  }
  // "Glauk Konjufca takes the foreign ministry": the ministry taken is its minister's post.
  // (Not "received the finance ministry's approval", "took the health ministry to court".)
  for (const m of text.matchAll(/\b(?:takes|took|gets|got|receives|received|is given|was given|keeps|kept|retains|retained)\s+(?:over\s+)?the\s+([A-Za-z]+)\s+[Mm]inistry\b(?!['’]s|\s+to\b)/g)) {
    const x = [...people].reverse().find((y) => y.end <= m.index! && /^\s*$/.test(text.slice(y.end, m.index!)));
    const info = x ? titleOf(`${m[1].toLowerCase()} minister`) : null;
    if (x && info) roles.push(ministerPost(x.id, info.canon, m.index!));
  }
  // "X will chair the board", "X to lead its AI division", "X will lead", "X heads Y".
  // A match right after x's name, unless the sentence names someone else before the match ends.
  const ownClause = (m: RegExpExecArray | null, x: { id: string; end: number }) => (m && !people.some((y) => y.id !== x.id && y.start > x.end && y.start < x.end + m[0].length) ? m : null);
  for (const x of people) {
    // ("Her run for the top job never caught fire": a possessive before a noun, not a subject before a verb.)
    if (/^(?:his|her|their|its)$/i.test(text.slice(x.start, x.end)) && /^\s+(?:chair|lead|head|run|oversee|helm)\b/i.test(text.slice(x.end))) continue;
    const post = text.slice(x.end, x.end + 160);
    // ("its two first vice-presidents, Rainer Koch and Reinhard Rauball, would lead the federation": the comma closing
    // an apposition the name ends.)
    const closes = /,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})?$/u.test(`${text.slice(Math.max(0, x.start - 60), x.end)} `);
    const m = (closes ? /^,\s+(?:will|would|is to|was to)\s+(?:(?:jointly|temporarily|now|also)\s+)*(lead|head|run(?!\s+for\b))\s+(?:the\s+)?/i.exec(post) : null) ??
      /^(?:,[^,]{0,80},)?\s+(?:will|would|to|is to|was to|has been named to|was named to|named to)?\s*(?:(?:continues? to|continued to|temporarily|now|also|still)\s+)*(chair|lead|head|run(?!\s+for\b)|oversee|helm|(?:assume|take)s?\s+(?:temporary\s+|direct\s+|more direct\s+)?(?:oversight|charge|control|the helm|leadership))\s+(?:of\s+)?(?:the\s+)?/i.exec(post) ??
      /^(?:,[^,]{0,80},)?\s+(?:(?:now|currently|also)\s+)?(chairs|leads|heads(?!\s+(?:back|home|off|out|into|to|for)\b)|runs|oversees|helms|is in charge|(?:has|have) been in charge|remains in charge|stays in charge|is assuming (?:more )?(?:direct )?control|took (?:temporary )?charge|took over|takes over)\s*(?:of\s+)?(?:the\s+)?/i.exec(post) ??
      // "John Giannandrea, the senior vice president who joined Apple in 2018 and who oversees Siri": the
      // apposition's relative clause, when no one else is named before it.
      ownClause(/^,\s*(?:[^,;.]{0,100}?\s)?who\s+(?:(?:now|currently|also)\s+)?(oversees|runs|leads|heads|chairs)\s+(?:the\s+)?/i.exec(post), x);
    // "Pineau has run FAIR since 2023" holds it still; "Pineau, who ran FAIR for two years" held it.
    // ("Denise Dresser, a longtime sales executive, has been running Slack since November": still running it.)
    // ("Roberto Azevêdo, the Brazilian diplomat who has run the WTO since 2013": the apposition's clause.)
    // ("CAF's first vice-president, Constant Omari of DR Congo, has been running the confederation": where he is from, then the verb.)
    const perfect = m ? null : ownClause(/^(?:,\s*(?:[^,;.]{0,100}?\s)?who\s+|(?:,[^,]{0,80},|\s+of\s+[A-Z][^,;.]{0,30},)?\s+)(?:(?:has|have)\s+(?:long\s+|also\s+)?(run|led|headed|overseen|chaired|been running|been leading|been heading|been chairing)|(ran|led|headed|oversaw|chaired|had (?:run|led|headed|overseen|chaired)))\s+(?:the\s+|its\s+)?/i.exec(post), x);
    if (perfect) {
      // Only an organisation named right after: "X led the round" leads nothing.
      // "has led Qwen's pre-training work since 2023": a function, not the organisation.
      const found = UNIT_OBJECT.test(post.slice(perfect[0].length, perfect[0].length + 40)) ? undefined : orgs.find((y) => y.start >= x.end + perfect[0].length && y.start <= x.end + perfect[0].length + 2);
      // "led Disney's acquisition of Fox", "ran Disney streaming": something of the organisation's, not it.
      const after = found ? text.slice(found.end, found.end + 20) : '';
      const o = found && !/^['’]s\b/.test(after) && !/^\s+(?!(?:since|for|until|till|from|in|at|and|as|with|between|during|before|after|through|when|while|to|on|of|the|a|an|over|under|until|by)\b)\p{Ll}/u.test(after) ? found : undefined;
      const chair = /chair/i.test(perfect[0]);
      // ("has been running the confederation on an interim basis": the article's own, by its common noun; a stand-in.)
      const rest = post.slice(perfect[0].length);
      // (…"who has led the board for 16 years" chairs it; and not one another takes over from.)
      if (!found && !perfect[2] && /\b(?:the|its)\s+$/i.test(perfect[0]) && WHOLE_BODY.test(rest) && !/^\S+['’]s?\s/.test(rest) && !PAST_RE.test(rest.slice(0, 80)) && !/\bfrom\s+$/i.test(text.slice(Math.max(0, x.start - 6), x.start))) roles.push(topPost(x.id, p.id, chair || /^board\b/i.test(rest), { org: null, board: false, interim: INTERIM_RE.test(rest.slice(0, 80)), past: false, at: x.end }));
      if (o) roles.push(topPost(x.id, p.id, chair, { org: o.id, board: false, interim: false, past: !!perfect[2] || PAST_RE.test(post.slice(perfect[0].length, perfect[0].length + 80)), at: x.end }));
      continue;
    }
    if (!m) continue;
    const tail = post.slice(m[0].length, m[0].length + 40);
    // "took over as executive vice president and chief financial officer": a post below the top one, which the
    // titles read; taking it over heads nothing.
    if (/^t(?:ook|akes) over$/i.test(m[1]) && BELOW_TOP.test(post.slice(m[0].length, m[0].length + 80))) continue;
    // "Massa leads with 36.7%", "led the first round", "leads the table": ahead in a count, not in charge.
    if (/^(?:leads?|led|leading)$/i.test(m[1] ?? '') && /^(?:with|by|on)\s+[\d.,]+|^(?:the\s+)?(?:polls?|race|count|vote|voting|first round|second round|field|standings|table|league|tally|ballot)\b/i.test(tail)) continue;

    // "to run Qwen's training and inference infrastructure", "oversee its sales": a function, not the organisation.
    // …and "to run new foundation-model business", "to lead a newly created unit": a new unit, not the organisation.
    // "runs the teams behind iOS and macOS": the people behind something the corpus names no organisation for.
    const behind = /^(?:[\p{L}-]+\s+){0,2}?(?:teams?|groups?|units?|people|engineers|staff)\s+(?:behind|responsible for|working on)\s+/iu.exec(tail);
    // …and "took over education as well as sport": a portfolio, a common noun, with no organisation named.
    // (…and "who runs ride-sharing in the United States": an activity, not the company that "the company" would be.)
    // (…and "has been in charge of the economy since 2022": a portfolio, not the country.)
    const common = (/^t(?:ook|akes) over$/i.test(m[1]) || /^(?:runs|oversees|run|oversee)$/i.test(m[1]) || /in charge$/i.test(m[1])) && /^(?!(?:it|them|this|that|from|as|at|on|in|for|after|when|with|since|until|till|during|again|now|today|throughout|while|ever)\b)\p{Ll}{3,}/u.test(tail) &&
      !ORG_NOUN.test(tail) && !orgs.some((o) => o.start >= x.end + m[0].length && o.start <= x.end + m[0].length + 30);
    // ("to lead an independent investigation": something led, indefinite, is no organisation.)
    // (…and "to head the African regional centre of the BRICS New Development Bank": a part of something.)
    const part = /^(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:centre|center|office|branch|arm|bureau|desk|hub|chapter|subsidiary|affiliate|wing)\s+(?:of|in|for)\b/iu.test(post.slice(m[0].length, m[0].length + 80));
    // (…and "leads the consumer and mobile division": a part named in common words only; a capitalised one,
    // "its AI division", may be the corpus's subject itself.)
    // (…and "leads the party in Baden-Wuerttemberg", "leads the AfD's Bundestag group", "heads the AfD group in the
    // Brandenburg state parliament": a branch or a parliamentary group, not the organisation.)
    // (The common noun itself, after the organisation's name: not "the Tata Group", nor "runs the group", the company.)
    const branch = /^(?:[\p{L}'’.-]+\s+){1,3}?(?:group|faction|caucus|wing|branch|chapter|delegation|bloc)\b/u.test(tail) ||
      PLACE_AFTER_ORG.test(tail.replace(/^(?:party|company|club|union|movement|organi[sz]ation|[\p{Lu}][\p{L}'’.-]*(?:\s+(?:for|of)?\s*\p{Lu}[\p{L}'’.-]*)*)/u, ''));
    const unit = branch || UNIT_OBJECT.test(tail) || /^(?:(?:the|its|their)\s+)?(?:[a-z][a-z-]*\s+){1,3}(?:division|unit|segment)\b/.test(tail) || common || part || /^(?:a\s+|an\s+|the\s+|its\s+)?new(?:ly)?\b/i.test(tail) || /^(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:investigation|inquiry|review|probe|search|study|panel|effort|campaign|project|programme|program|initiative|delegation|working group)\b/iu.test(tail) ||
      (!!behind && !orgs.some((o) => o.start >= x.end + m[0].length + behind[0].length && o.start <= x.end + m[0].length + behind[0].length + 4));
    const board = /^["'“]?(?:initial["'”]?\s+)?board\b/i.test(tail) || /^chair/i.test(m[1]);
    // "takes over at the Department for Education": a capitalised place the corpus learned no name for is
    // still somewhere else, not the article's organisation.
    const named = /^(?:at\s+|as\s+)?(?:the\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:of|for|and)?\s*\p{Lu}[\p{L}'’-]+)*)/u.exec(tail);
    const org = unit ? { id: 'other:unit' } : orgs.find((o) => o.start >= x.end + m[0].length && o.start <= x.end + m[0].length + 30) ?? (named ? { id: `other:${named[1]}` } : null);
    const waits = /^(?:will|would|is to|was to|to)\b|\s(?:will|would|is to|was to|to)\s/i.test(m[0]) && UPON_DEAL.test(post.slice(m[0].length)) && !NOW_EFFECT.test(post);
    const led = topPost(x.id, p.id, board, { org: org?.id ?? null, board, interim: INTERIM_RE.test(post.slice(0, m[0].length + 30)), past: false, at: x.end, ...(waits ? { future: true as const } : {}) });
    roles.push(led);
    // ("Rainer Koch and Reinhard Rauball, would lead": both do.)
    const pair = people.find((y) => y.id !== x.id && y.end < x.start && /^\s+and\s+$/.test(text.slice(y.end, x.start)));
    if (closes && pair) roles.push({ ...led, person: pair.id, at: pair.end });
  }
  // "He stays at the transport ministry and takes over the justice ministry as well": the post of its
  // minister, for the one the clause is about.
  for (const m of text.matchAll(/\bt(?:ook|akes|aking) over (?:the\s+)?(\p{Ll}+)\s+ministry\b/gu)) {
    const [cs] = clauseOf(m.index!);
    const x = [...people].reverse().find((y) => y.end <= m.index! && y.start >= Math.min(cs, text.lastIndexOf('.', m.index!) + 1));
    if (x) roles.push(ministerPost(x.id, `${m[1]} minister`, m.index!));
  }
  // "team members will now report directly to X": X heads them.
  for (const m of text.matchAll(/\breport(?:s|ing)?\s+(?:directly\s+)?to\s+/gi)) {
    const x = people.find((y) => y.start === m.index! + m[0].length);
    if (!x) continue;
    // "Zhou Hao will report to Zhou Jingren": one person's line manager, who heads something above
    // him, not his team. Only a group ("team members", "Tongyi Lab") reporting makes X its head.
    const [cs] = clauseOf(m.index!);
    const subjectStart = text.lastIndexOf('.', m.index!) + 1;
    if (people.some((y) => y.id !== x.id && y.end <= m.index! && y.start >= Math.min(cs, subjectStart))) continue;
    if (/\b(?:he|she|i|we)\b/i.test(text.slice(subjectStart, m.index!))) continue;
    // The one reporting is the sentence's first organisation: "From Aug. 1, Tongyi Lab, the unit
    // that develops the Qwen models, will report to her".
    const org = orgs.find((o) => o.end <= m.index! && o.start >= subjectStart) ?? null;
    roles.push(topPost(x.id, p.id, false, { org: org?.id ?? null, board: false, interim: false, past: false, at: m.index!, above: true }));
  }
  // "He remains in office as caretaker until a new government is sworn in", "Draghi stays on as caretaker":
  // still at the head, for the time being.
  for (const m of text.matchAll(/\b(?:remains?|remained|stays?|stayed|staying|continues?|continued|(?:will|would)\s+(?:stay|remain|continue))\s+(?:on\s+)?(?:in\s+(?:office|post|charge)\s+)?as\s+(?:a\s+)?caretaker\b(?!\s+(?:\p{Ll}+\s+)?(?:prime|chancellor|president|chief|head|leader|coach|manager|premier|minister|government|cabinet|administration|committee|board))/giu)) {
    const [cs] = clauseOf(m.index!);
    const x = [...people].reverse().find((y) => y.end <= m.index! && y.start >= cs && /^(?:\s*,[^,;]{0,80},)?\s*$/.test(text.slice(y.end, m.index!)));
    if (x && !roles.some((r) => r.caretaker && r.person === x.id)) roles.push({ ...topPost(x.id, p.id, false, { org: null, board: false, interim: true, past: false, at: m.index! }), caretaker: true });
  }
  // "named X to lead", "appointed X to lead its AI division".
  for (const m of text.matchAll(/\b(?:named|appointed|names|appoints|tapped|picked)\s+/gi)) {
    const x = people.find((y) => y.start >= m.index! + m[0].length && y.start <= m.index! + m[0].length + 60);
    if (!x) continue;
    const post = text.slice(x.end, x.end + 80);
    const lead = /^(?:,[^,]{0,60},)?\s+to\s+(lead|head|run|oversee|chair)\b/i.exec(post);
    if (!lead) continue;
    const org = orgs.find((o) => o.start >= x.end && o.start <= x.end + 80) ?? null;
    const chair = /chair/i.test(lead[1]);
    roles.push(topPost(x.id, p.id, chair, { org: org?.id ?? null, board: chair, interim: INTERIM_RE.test(text), past: false, at: m.index! }));
  }

  // "MSL, led by Wang …, with Nat Friedman as co-lead": an untied head post beside another person's
  // tied one, later in the sentence, is at the same organisation.
  for (const r of roles) {
    if (r.head !== 'org' || r.org !== null || r.shared || r.title !== 'head') continue;
    const tied = roles.find((o) => o !== r && o.person !== r.person && o.head === 'org' && o.org && !o.org.startsWith('other:') && o.at < r.at);
    if (tied) r.org = tied.org;
  }

  // Events: each cue, with the person it happens to on the side the cue's grammar says.
  const seen = new Set<string>();
  // One combined pattern first: most sentences report no event at all.
  for (const { cue, re } of ANY_EVENT_RE.test(text) ? EVENT_CUES_G : []) {
    for (const m of text.matchAll(re)) {
      const at = m.index!;
      const end = at + m[0].length;
      const [cs, ce] = clauseOf(at);
      let person: Mention | null = null;
      const before = [...people].reverse().find((x) => x.end <= at && x.start >= Math.max(cs, at - 90));
      // "the dismissal of several engineers who had criticised Musk": a clause between them means
      // the event befell someone else.
      const after = people.find((x) => x.start >= end && x.end <= Math.min(ce, end + 70) && !/\b(?:who|which|that|whose|had|has|have|were|was)\b/i.test(text.slice(end, x.start)));
      // "Grant Shapps, who had been transport secretary under Boris Johnson, was brought in": the subject
      // before the relative clause, not the name that ends it.
      const rel = cue.person === 'before' ? /,\s*(?:who|whose)\b[^,;]*,\s*(?:\S+\s+){0,3}$/.exec(text.slice(cs, at)) : null;
      // ("Sergi Barjuan, the coach of the reserve side and a former full-back, will take charge": the
      // sentence's subject past a long apposition, not a name inside it; a list of names is no apposition.)
      const first = cue.person === 'before' && !rel ? people.find((x) => x.start >= cs && /^[\s*_"“]*$/.test(text.slice(cs, x.start))) : undefined;
      // (…and "Sewing, until now a deputy chief executive, is a German who joined …", "Sewing has spent his
      // career at the bank, apart from a spell abroad, having joined in 1989": the subject, past its clauses.)
      const appos = first && (/^,([^,;]{1,140}),\s*(?:\S+\s+){0,3}$/.exec(text.slice(first.end, at)) ??
        /^,([^,;]{1,140}),\s*(?:is|was)\s+(?:an?|the)\s+(?:\S+\s+){1,2}who\s+$/.exec(text.slice(first.end, at)) ??
        /^\s+\p{Ll}[^;]{0,160},\s+having\s+$/u.exec(text.slice(first.end, at)));
      const subject = rel ? [...people].reverse().find((x) => x.end <= cs + rel.index && x.start >= cs)
        : appos && !people.some((x) => x.start > first!.end && x.start <= first!.end + 3) ? first : undefined;
      // ("… would become sole CEO when his co-founder steps down": someone's relation, not the one named, leaves.)
      const relation = cue.person === 'before' && !subject && !!before && /\b(?:his|her|their)\s+(?:[\p{Ll}-]+\s+)?(?:co-?founder|partner|deputy|wife|husband|son|daughter|boss|predecessor|successor|colleague|brother|sister|father|mother|rival|number two)\s+$/u.test(text.slice(Math.max(before.end, at - 40), at));
      if (cue.person === 'before') person = relation ? null : subject ?? before ?? null;
      // "since Everton dismissed him": the object is the one named (or referred to) before.
      // …but in "Truss … before Mr Johnson promoted her", the name just before the verb is the one acting.
      else if (/^\s+(?:him|her)\b/.test(text.slice(end))) {
        const agent = before && /^\s*(?:\S+\s+){0,2}$/.test(text.slice(before.end, at)) && !/[,;]/.test(text.slice(before.end, at));
        person = agent ? [...people].reverse().find((x) => x.end <= before!.start && x.id !== before!.id && x.start >= cs) ?? null : before ?? null;
      }
      // "United announced his appointment …, after sacking Erik ten Hag": "his" is someone already named, not the next name.
      else if (cue.person === 'after') person = /\b(?:his|her|their|its)\s+$/i.test(text.slice(Math.max(0, at - 8), at)) ? null : after ?? null;
      // (…nor, for "his appointment", the next name: "his" is someone already named.)
      else if (/\b(?:his|her|their)\s+$/i.test(text.slice(Math.max(0, at - 8), at)) && !before) person = null;
      else person = /^\s+of\b/i.test(text.slice(end)) ? after ?? null : before && after ? (at - before.end <= after.start - end ? before : after) : before ?? after ?? null;
      // "governor Godwin Emefiele, whom President Bola Tinubu suspended on Saturday": the one "whom" stands for.
      const whom = /,\s*whom\s+(?:[^\s,;]+\s+){0,5}(?:had\s+|has\s+)?$/i.exec(text.slice(cs, at));
      if (whom && cue.kind !== 'holds' && cue.kind !== 'org') person = [...people].reverse().find((x) => x.end === cs + whom.index) ?? person;
      // "Who was removed: Sam Altman": nobody on the grammatical side, the name right across.
      // (A passive, "was brought in", is read by its own cue, with the subject before it.)
      // (Not "Chiwenga said the removal of senior party members …": a cue ending in "of" names its object,
      // someone other than a name before it.)
      if (!person && cue.person !== 'nearest' && !(cue.person === 'after' && (/\b(?:was|were|been|is|are|being|be)\s+$/i.test(text.slice(Math.max(0, at - 8), at)) || /\sof$/i.test(m[0])))) {
        // (Not across a clause: "a first step toward an exit, although Kuroda insisted …" is no one's exit.)
        // (…though "Blatter, banned for six years, …" is his ban.)
        const across = (gap: string) => !/;|\b(?:although|though|but|while|whereas|and|because|as|when|after|before|since|if|which|who)\b/i.test(gap);
        const other = cue.person === 'before' ? people.find((x) => x.start >= end && x.start - end <= 25 && across(text.slice(end, x.start)) && !text.slice(end, x.start).includes(',')) : [...people].reverse().find((x) => x.end <= at && at - x.end <= 25 && across(text.slice(x.end, at)));
        // "That left Education Minister Lee Ju-ho … as acting president": left someone in a post, not left it.
        // (…nor "leaving his business partner Mike Cannon-Brookes to run the company alone": someone left in charge.)
        const leftAs = !!other && (/^left$/i.test(m[0].trim()) && /^(?:,[^,]{0,60},)?\s+as\b/.test(text.slice(other.end, other.end + 70)) ||
          (/^(?:left|leaving|leaves)$/i.test(m[0].trim()) && /^(?:,[^,]{0,60},)?\s+(?:to\s+(?:run|lead|head|steer|manage|oversee|take\s+(?:over|charge))\b|in\s+(?:sole\s+)?charge\b|(?:as\s+)?(?:the\s+)?sole\b)/.test(text.slice(other.end, other.end + 70))));
        person = leftAs ? null : other ?? null;
      }
      // "dismissed Conille … and replaced him with Fils-Aimé": the one after "with" takes the post, and
      // "him" is the one replaced.
      const swapped = cue.kind === 'succession' && cue.person === 'before' && !!after && /^\s+(?:him|her|them)\s+(?:with|by)\s+(?:\S+\s+){0,3}$/i.test(text.slice(end, after.start));
      // (Not the sentence's subject, "Ruto replaced him with Kindiki": the one acting is not replaced.)
      const acts = !!person && person.end <= at && /^\s+(?:\S+\s+){0,2}$/.test(text.slice(person.end, at)) && !/[,;]/.test(text.slice(person.end, at));
      const replacedOne = swapped ? (person && person.id !== after!.id && !acts ? person : null) : after;
      if (swapped) person = after;
      // "Pachocki replaces Sutskever": the one replaced is part of the succession too.
      if (cue.kind === 'succession' && cue.person === 'before' && replacedOne && replacedOne.id !== person?.id && !seen.has(`succession:${replacedOne.id}`)) {
        seen.add(`succession:${replacedOne.id}`);
        events.push({ kind: 'succession', person: replacedOne.id, passage: p.id, at, replaced: true });
      }
      // "will step down once he finds a successor", "asked in a poll whether he should step down": an
      // intention or a condition, not a departure.
      if (cue.kind === 'end' && CONDITION_AFTER.test(text.slice(end, ce))) continue;
      // ("The bank suspended dollar sales as governor Emefiele …": the one suspended is named right after the verb.)
      // (A post's words may come between, "suspends house speaker Lang"; an "as" may not.)
      if (cue.kind === 'end' && cue.person === 'after' && /^suspend/i.test(m[0]) && (!person || /\bas\b/i.test(text.slice(end, person.start)))) continue;
      // "the constitution leaves the appointment of the chancellor to the head of state": handing something
      // over, not leaving (unlike "left the bank to join Barclays").
      if (cue.kind === 'end' && /^(?:leaves?|left|leaving)$/i.test(m[0].trim()) && HANDS_OVER.test(text.slice(end, ce))) continue;
      // ("Nene had asked to be relieved of his duties": his own request is his resignation; "asked him to go" is not.)
      const ownRequest = cue.kind === 'end' && /(?<!\b(?:been|was|were|is|are|be|being)\s)\b(?:asked|offered)\s+to\s+(?:be\s+)?$/i.test(text.slice(Math.max(0, at - 30), at));
      // (A confidence vote kept is a change like any other: "if he wins a confidence vote" is none.)
      const vote = cue.kind === 'holds' && /confian|confidence|trust|impeach/i.test(m[0]);
      if ((vote || (cue.kind !== 'holds' && cue.kind !== 'org')) && !ownRequest && CONDITION_BEFORE.test(text.slice(cs, at))) continue;
      // ("Mattarella had turned down a first offer to resign", "calls to resign", "refused to resign": no leaving.)
      if (cue.kind === 'end' && /\b(?:offer|request|demand|call|pressure|refus\w*|declin\w*)s?\s+to\s+$/i.test(text.slice(Math.max(0, at - 24), at))) continue;
      // "his first interview since leaving": a leaving looked back on, told of no new one.
      // (…and "since announcing his resignation in early September": a leaving the sentence looks back on.)
      if (cue.kind === 'end' && ((/\b(?:since|after|before|upon)\s+$/i.test(text.slice(Math.max(0, at - 8), at)) && /^\s*\w+ing\b/i.test(m[0])) ||
        /\b(?:since|after|upon)\s+\w+ing\s+(?:(?:his|her|their)\s+)?$/i.test(text.slice(Math.max(0, at - 40), at)))) continue;
      // "has not left", "did not step down", "ne quitte pas", "n'a pas démissionné": no change at all.
      if ((cue.kind === 'end' || cue.kind === 'start' || vote) && NEGATED_BEFORE.test(text.slice(Math.max(0, at - 24), at)) && (!/\b(?:ne|n['’])\s*$/i.test(text.slice(Math.max(0, at - 6), at)) || /^\s*(?:pas|jamais|plus|point)\b/i.test(text.slice(end, end + 10)))) continue;
      const key = `${cue.kind}:${person?.id ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // ("a successor to chief executive José Antonio Álvarez": the one named is the one to be replaced.)
      const succeeded = cue.kind === 'succession' && !!person && person.start >= end && /^(?:successor|replacement)$/i.test(m[0].trim()) && /^\s+(?:to|of|for)\b/i.test(text.slice(end));
      events.push({ kind: cue.kind, person: person?.id ?? null, passage: p.id, at, ...(succeeded ? { replaced: true } : {}) });
      // "Chris McCarthy and Brian Robbins are leaving": a subject of several names, each of them.
      for (let cur = person && person.end <= at ? person : null; cur; ) {
        const c = cur;
        // ("Justice Minister Marco Buschmann and Education Minister Bettina Stark-Watzinger, also resigned": a title may stand before each.)
        const y: typeof c | undefined = [...people].reverse().find((x) => {
          const gap = x.end <= c.start && x.id !== c.id ? /^(?:\s*,\s*|,?\s+and\s+)((?:\p{Lu}\p{Ll}+\s+){0,3})$/u.exec(text.slice(x.end, c.start)) : null;
          return !!gap && (!gap[1] || !!titleOf(gap[1].trim()));
        });
        if (y && !seen.has(`${cue.kind}:${y.id}`)) {
          seen.add(`${cue.kind}:${y.id}`);
          events.push({ kind: cue.kind, person: y.id, passage: p.id, at });
        }
        cur = y ?? null;
      }
    }
  }
  // "Ada Vale, the dean of Harrow Law School, will become the university's provost": the post named beside
  // her as the sentence opens is the one she leaves for the one after the verb.
  for (const r of roles) {
    const who = people.find((x) => x.id === r.person && x.end <= r.at);
    if (r.past || !who || !/^\s*,\s*(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(who.end, r.at))) continue;
    // (…or "named Jenny Martinez, the dean of Stanford Law School, as provost".)
    if (events.some((e) => e.kind === 'start' && e.person === r.person && ((e.at > r.at && /,\s*(?:\S+\s+){0,3}$/.test(text.slice(r.at, e.at))) || (e.at < who.start && /^[^.;,]{0,60},\s+as\s+/.test(text.slice(r.at)))))) r.past = true;
  }
  return { roles, events };
}

/** A top post read from a verb ("chaired by X", "X will lead Y", "Y will report to X"): a board's chair or an organisation's head. */
function topPost(person: string, passage: number, chair: boolean, f: Pick<RoleFact, 'org' | 'board' | 'interim' | 'past' | 'at' | 'above' | 'future'>): RoleFact {
  return { person, passage, title: chair ? 'chair' : 'head', head: chair ? 'board' : 'org', ...f };
}

/** A caretaker's post is the top one the corpus gives them most often ("prime minister" for Draghi). */
export function fillCaretakers(roles: RoleFact[]): RoleFact[] {
  if (!roles.some((r) => r.caretaker)) return roles;
  const usual = new Map<string, RoleFact>();
  const counts = new Map<string, number>();
  for (const r of roles) {
    if (r.caretaker || r.past || r.head !== 'org' || r.title === 'head') continue;
    const k = `${r.person}\0${r.title}\0${r.org ?? ''}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
    const best = usual.get(r.person);
    if (!best || counts.get(k)! > counts.get(`${best.person}\0${best.title}\0${best.org ?? ''}`)!) usual.set(r.person, r);
  }
  return roles.map((r) => {
    const u = r.caretaker ? usual.get(r.person) : undefined;
    return u ? { ...r, title: u.title, org: u.org } : r;
  });
}

/** Words pointing at the article's own board: "The board named its vice chair … as interim chair". */
const OWN_BOARD = /\b(?:the|its|their)\s+(?:board|trustees|directors)\b|\bits\s+(?:vice[- ]chair|deputy)/i;

/** Titles that head only the body named with them: "secretary general of the presidency" heads no country. */
const NAMED_ONLY = new Set(['secretary general', 'director general', 'commissioner']);

/**
 * "The Faenza team … is called Racing Bulls this year. Its team principal is Laurent Mekies": a title a
 * sentence opens with "Its" or "Their" (naming no organisation of its own) belongs to the organisation
 * the sentence before it, in the same paragraph, named last.
 */
export function fillOpeningIts(roles: RoleFact[], passages: Passage[], mentions: Mention[][], isOrg: (id: string) => boolean): RoleFact[] {
  return roles.map((r) => {
    const p = passages[r.passage];
    if (!/^(?:Its|Their)\s+(?:(?:new|interim|acting|current|first|former)\s+)*$/.test(p.text.slice(0, r.at)) || mentions[p.id].some((m) => isOrg(m.id) && m.start < r.at)) return r;
    const prev = passages[r.passage - 1];
    if (!prev || prev.doc !== p.doc || prev.paragraph !== p.paragraph) return r;
    const last = mentions[prev.id].filter((m) => isOrg(m.id)).pop();
    return last ? { ...r, org: last.id } : r;
  });
}

/**
 * "Klöckner & Co said on Monday that Kerkhoff will join its management board … and will take over as CEO":
 * a title the sentence ties to no organisation, told as the news of an organisation that speaks for itself
 * ("its", "the company's") before it, is that organisation's, in an article mostly about another.
 */
export function fillSpeakerOrgs(roles: RoleFact[], passages: Passage[], mentions: Mention[][], isOrg: (id: string) => boolean, docOrg: (passage: number) => string | null): RoleFact[] {
  return roles.map((r) => {
    if (r.org !== null || r.past) return r;
    const p = passages[r.passage];
    // (Not a place, "Duisburg-based", nor the "Co" of "Klöckner & Co".)
    const orgs = mentions[p.id].filter((m) => isOrg(m.id) && !/^-based\b/.test(p.text.slice(m.end)) && !/&\s*$/.test(p.text.slice(0, m.start)));
    const speaker = orgs[0];
    // (Only another than the article's own: an untied title is already read as the article's organisation's.)
    if (!speaker || speaker.end > r.at || speaker.id === docOrg(r.passage) || orgs.some((m) => m.id !== speaker.id && m.start < r.at)) return r;
    const between = p.text.slice(speaker.end, r.at);
    return SPEAKS.test(between) && OWN_WORD.test(between) ? { ...r, org: speaker.id } : r;
  });
}
const SPEAKS = /^(?:\s*(?:&\s*Co\.?|AG|SE|plc|Inc\.?|Ltd\.?))?\s+(?:said|says|announced|announces|confirmed|confirms|disclosed|reported|told)\b/;
// (The possessive governs the post: "join its management board", "its next chief executive"; not "cut its
// outlook on the lender because chief executive Ivo Lang will step down".)
const OWN_WORD = /\b(?:its|the (?:company|group|firm|bank|club|carrier|airline|network|business)['’]s)\s+(?:new\s+|next\s+)?(?:management\s+|supervisory\s+|executive\s+)?(?:board|chief|ceo|president|chair\w*|head|director|leadership|top job)\b/i;

/**
 * A title without its organisation ("CEO Eddie Wu has approved …") takes the one the same person's
 * same title names elsewhere ("Alibaba CEO Eddie Wu"), the most frequent when several do.
 */
export function fillRoleOrgs(roles: RoleFact[], docOrg: (passage: number) => string | null, passages: Passage[], mentions: Mention[][]): RoleFact[] {
  // Whether the paragraph of a passage names an organisation (the sentences of a paragraph are consecutive).
  const inParagraph = (pid: number, org: string) => {
    const { doc, paragraph } = passages[pid];
    const same = (id: number) => passages[id]?.doc === doc && passages[id].paragraph === paragraph;
    let first = pid;
    while (same(first - 1)) first--;
    for (let id = first; same(id); id++) if (mentions[id].some((m) => m.id === org)) return true;
    return false;
  };
  const counts = new Map<string, Map<string, number>>();
  for (const r of roles) {
    if (!r.org || r.org.startsWith('other:') || r.past) continue;
    const k = `${r.person}\0${r.title}`;
    const m = counts.get(k) ?? counts.set(k, new Map()).get(k)!;
    m.set(r.org, (m.get(r.org) ?? 0) + 1);
  }
  return roles.map((r) => {
    if (r.org !== null || r.title === 'head' || r.shared) return r;
    const m = counts.get(`${r.person}\0${r.title}`);
    if (!m) return r;
    // "Musk, who has installed himself as chief executive" in an article about Twitter: Twitter's CEO,
    // although other articles call him Tesla's more often.
    const own = docOrg(r.passage);
    // ("The board named its vice chair, Julie Platt, as interim chair": a board's stand-in chair is new, the
    // article's own board, not the one she chairs at the Jewish Federations.)
    // (Only where the article points at its own: "the board", "its", or its name in the paragraph.)
    if (r.interim && r.board && own && !m.has(own) && (inParagraph(r.passage, own) || OWN_BOARD.test(passages[r.passage].text))) return { ...r, org: own };
    // (…and so is any stand-in post the article's own organisation governs, named before the title in its clause
    // with no other body between: "CAF's emergency committee, convened by acting president Constant Omari", not
    // the federation he presides at home, nor "Acting president Omari attended the FIFA Council meeting".)
    if (r.interim && !r.board && own && !m.has(own) && mentions[r.passage].some((x) => x.id === own && x.end <= r.at && r.at - x.end <= 80 &&
      !mentions[r.passage].some((y) => y.id !== own && y.start >= x.end && y.end <= r.at && y.id !== r.person) && !/[.;]/.test(passages[r.passage].text.slice(x.end, r.at)))) return { ...r, org: own };
    const org = own && m.has(own) ? own : [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
    // (A secretary general, untied in its sentence, heads the body the same person's title names elsewhere.)
    return { ...r, org, ...(NAMED_ONLY.has(r.title) && r.head === null ? { head: 'org' as const } : {}) };
  });
}
