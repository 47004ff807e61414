import { z } from 'zod';
import { levenshtein } from '../index/normalize.ts';

export const MAX_COMMAND_CHARS = 500;

export const commandSchema = z.discriminatedUnion('name', [
  z.object({ name: z.literal('who-leads'), org: z.string().nullable().optional(), title: z.enum(['CEO', 'chair']).optional() }),
  z.object({ name: z.literal('changes-since'), since: z.string() }),
  z.object({ name: z.literal('person'), who: z.string().min(1) }),
  z.object({ name: z.literal('timeline'), topic: z.string().nullable().optional() }),
  z.object({ name: z.literal('sources'), topic: z.string().nullable() }),
  z.object({ name: z.literal('ask'), question: z.string().min(1) }),
  z.object({ name: z.literal('digest'), since: z.string().nullable() }),
  z.object({ name: z.literal('help'), reason: z.string().nullable(), suggestion: z.string().nullable() }),
]);
export type Command = z.infer<typeof commandSchema>;

const KEYWORDS: Record<string, string> = {
  'who-leads': 'who-leads',
  whoLeads: 'who-leads',
  changes: 'changes since <date>',
  timeline: 'timeline',
  sources: 'sources',
  person: 'person <name>',
  help: 'help',
  digest: 'digest',
};

// "who runs qwen", "who is the CEO of OpenAI now?", "who chairs the board": the org is what follows.
const WHO_LEADS =
  /^(?:so\s+|and\s+)?(?:who(?:'?s|\s+is|\s+are|\s+was)?\s+(?:now\s+|currently\s+)?(?:leads?|leading|runs?|running|heads?|heading|in\s+charge(?:\s+of)?|at\s+the\s+helm(?:\s+of)?|oversees?|overseeing|chairs?|chairing|responsible\s+for|the\s+(?:head|leader|lead|boss|chief|ceo|chief\s+executive|chair(?:man|woman|person)?|president)(?:\s+(?:of|at))?|(?:the\s+)?new\s+(?:head|leader|ceo)(?:\s+(?:of|at))?)|(?:the\s+)?(?:current|new)\s+(?:head|lead|leader|boss|ceo|chair)(?:\s+(?:of|at))?|leadership\s+(?:of|at)|leader\s+of|head\s+of)\b\s*(.*)$/i;
const CHANGES = /\b(?:what(?:'?s|\s+has|\s+have)?\s+changed|changes?|what(?:'?s|\s+is)?\s+new|news|updates?|what\s+happened)\b.*?\b(?:since|after|from|in\s+the)\s+(.+)$/i;
const PERSON = /^(?:who\s+(?:is|was)|who'?s|tell\s+me\s+about|what\s+about|what\s+does|what\s+did|info\s+on|about)\s+(.+?)\??$/i;
const TIMELINE = /\b(?:timeline|chronology|history|sequence\s+of\s+events|what\s+happened\s+when)\b/i;
const SOURCES = /^(?:list\s+|show\s+(?:me\s+)?)?(?:the\s+|all\s+)?(?:sources|articles|documents|docs|reading\s+list)(?:\s+(?:on|about|for)\s+(.+))?$/i;

function help(reason: string | null, suggestion: string | null): Command {
  return { name: 'help', reason, suggestion };
}

/**
 * One grammar for Slack, Discord and the CLI: the text a user typed after `/qwen` (or after the
 * mention). Never throws; anything it cannot place becomes `ask` (free text) or `help`.
 */
export function parseCommand(input: string): Command {
  const text = String(input ?? '')
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/^\s*(?:\/qwen\b|@qwen-brief\b)/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return help(null, null);
  if (text.length > MAX_COMMAND_CHARS) return help(`That is ${text.length} characters; commands are limited to ${MAX_COMMAND_CHARS}.`, null);
  const [first, ...restWords] = text.split(' ');
  const head = first.toLowerCase().replace(/[?!.:,]+$/, '');
  const rest = restWords.join(' ').trim();

  switch (head) {
    case 'help':
    case '?':
    case 'commands':
    case 'usage':
      return help(null, null);
    case 'who-leads':
    case 'wholeads':
    case 'who_leads':
    case 'leads':
    case 'leadership':
      return { name: 'who-leads', org: rest.replace(/^(?:of|at|for|in)\s+/i, '').replace(/\?$/, '').trim() || null };
    case 'changes':
    case 'change':
    case 'since': {
      // "Since when had X been in charge?", "Since which year had X been president?" are questions, not dates.
      if (/^since$/i.test(head) && /^(?:when|which|what|how)\b/i.test(rest)) break;
      const since = rest.replace(/^since\s+/i, '').trim();
      return { name: 'changes-since', since };
    }
    case 'timeline':
    case 'history':
      return { name: 'timeline', topic: rest.replace(/^(?:of|for|on|about)\s+/i, '').trim() || null };
    case 'sources':
    case 'source':
    case 'articles':
    case 'docs': {
      const topic = rest.replace(/^(?:on|about|for)\s+/i, '').trim();
      return { name: 'sources', topic: topic || null };
    }
    case 'person':
      return rest ? { name: 'person', who: rest } : help('Whom should I look up? Try: person Zhou Jingren', 'person Zhou Jingren');
    case 'digest': {
      const since = rest.replace(/^(?:since|from)\s+/i, '').trim();
      return { name: 'digest', since: since || null };
    }
    case 'ask':
      return rest ? routeFreeText(rest) : help('What would you like to ask? Try: ask who runs qwen', 'ask who runs qwen');
    case 'who':
      // "who Zhou Hao" is a person; "who replaced X as chief scientist?" is a question.
      // (Nor is "who won the june election": a name has no "the", "in", "for" … in it.)
      if (rest && !/^(?:is|was|were|leads?|runs?|heads?|are|now|currently|'s|did|does|do|has|have|had|will|would|can|could)\b/i.test(rest) && !/^\p{Ll}+(?:ed|es|s)\b/u.test(rest) &&
        !/\b(?:the|an?|in|on|at|for|to|with|by|from|about|after|before|over|into|than)\b/i.test(rest) &&
        // (…nor "who won venezuela's 2024 presidential election": a past-tense verb first, or a year.)
        !/^(?:won|lost|became|took|got|made|led|ran|said|told|left|came|went|quit|beat|gave|held|set|sent|met|wrote|chose|swore|sworn|fled|bought|sold|paid)\b/i.test(rest) && !/\b(?:19|20)\d\d\b/.test(rest)) return { name: 'person', who: rest.replace(/\?$/, '') };
      break;
  }
  const dashed = head.includes('-') || /^[a-z]+$/.test(head);
  if (dashed && head.length >= 4 && restWords.length <= 3) {
    // A near miss of a command word ("who-leds", "timelin", "chnages") gets help with the right spelling.
    const near = Object.keys(KEYWORDS)
      .map((k) => ({ k, d: levenshtein(head, k.toLowerCase(), 2) }))
      .filter((x) => x.d > 0 && x.d <= 2)
      .sort((a, b) => a.d - b.d || (a.k < b.k ? -1 : 1))[0];
    if (near) return help(`I don't know the command “${first}”.`, KEYWORDS[near.k]);
  }
  return routeFreeText(text);
}

/**
 * Chat shorthand around a question: "tl;dr who's in charge of qwen rn" is "who's in charge of qwen
 * now"; "whats"/"whos" are "what's"/"who's".
 */
export function plainQuestion(text: string): string {
  return text
    .replace(/^(?:(?:tl;?dr|tldr|quick\s+(?:q|question)|q|hey|hi|hello|ok(?:ay)?|so|yo|pls|please|btw|fyi)(?:[\s,:;!]+|$))+/i, '')
    .replace(/\brn\b/gi, 'now')
    .replace(/(?:[\s,]+\b(?:pls|plz|please|thx|thanks|lol|asap|tia)\b)+([?!.]*)\s*$/i, '$1')
    .replace(/\b(?:wat|wut|wht)\b/gi, 'what')
    .replace(/\b(what|who|where|when|how|that|there)s\b/gi, "$1's")
    .replace(/\b(is|does|did|was|were|are|has|have|do|can|wo|would|could|should)nt\b/gi, "$1n't")
    .trim();
}

/** Obvious paraphrases go to the command that answers them; the rest is a search question. */
export function routeFreeText(text: string): Command {
  const t = plainQuestion(text.trim()) || text.trim();
  // ("What happened to Bartomeu after he resigned?" asks about a person after an event, not for changes since a date.)
  const changes = /\bwhat\s+happened\s+to\b/i.test(t) ? null : CHANGES.exec(t);
  if (changes && !/^(?:he|she|they|i|we)\s/i.test(changes[1])) return { name: 'changes-since', since: changes[1].replace(/\?$/, '').trim() };
  const leads = WHO_LEADS.exec(t);
  // A role other than the top one ("chief scientist", "CTO") is a question for ask, not who-leads.
  // So is one about leading an activity, not an organisation ("who is running the search for a new chair").
  if (leads && !/\b(?:cfo|cto|coo|cso|cmo|financial|technology|operating|scientist|counsel|marketing|product|information|security|support team|post-training|coding)\b/i.test(t) &&
    !/^(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:search|hunt|investigation|inquiry|probe|review|talks|negotiations?|process|effort|campaign|bid|transition|restructuring|overhaul|lawsuit|case|deal|response|turnaround)\b/i.test(leads[1].trim()) &&
    // ("who's running the social media review": an activity, whatever words come before it.)
    !/^(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[a-z][a-z\s-]{0,40}\b(?:search|hunt|investigation|inquiry|probe|review|talks|negotiations|process|campaign|bid|transition|restructuring|overhaul|lawsuit|turnaround)\s*[?.!]*$/i.test(leads[1].trim())) {
    // ("who is chairing the committee that is searching for …": a body told by what it does is asked, not named.)
    if (/\s(?:that|which|who)\s+(?:is|are|was|were|has|have|had|will)\b/i.test(leads[1])) return { name: 'ask', question: t };
    const org = leads[1].replace(/\b(?:now|currently|today|these days|at the moment)\b/gi, '').replace(/[?.!]+$/, '').replace(/^(?:the|of|at)\s+/i, '').trim();
    // "who is the CEO of X" asks for that title, not for whoever leads X in some other role.
    const title = /\b(?:ceo|chief executive)\b/i.test(leads[0]) ? 'CEO' : /\bchair/i.test(leads[0]) ? 'chair' : undefined;
    return title ? { name: 'who-leads', org: org || null, title } : { name: 'who-leads', org: org || null };
  }
  const sources = SOURCES.exec(t.replace(/\?$/, ''));
  if (sources) return { name: 'sources', topic: sources[1]?.trim() || null };
  if (TIMELINE.test(t) && t.split(' ').length <= 6) return { name: 'timeline' };
  const person = PERSON.exec(t);
  if (person) return { name: 'ask', question: t }; // resolved to `person` later when the name is known
  return { name: 'ask', question: t };
}
