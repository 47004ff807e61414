import type { BriefIndex } from '../index/build.ts';
import { isDemonym, namesCountry, titleOf } from '../index/lexicon.ts';
import { STOPWORDS, escapeRegExp, words } from '../index/normalize.ts';
import { parseCommand, type Command } from './command.ts';
import { ask } from './commands/ask.ts';
import { changesSince } from './commands/changes-since.ts';
import { digest } from './commands/digest.ts';
import { helpAnswer } from './commands/help.ts';
import { person } from './commands/person.ts';
import { sources } from './commands/sources.ts';
import { timeline } from './commands/timeline.ts';
import { whoLeads } from './commands/who-leads.ts';
import { BODY_NOUN, bodyLeads } from './commands/body-leads.ts';
import type { Answer } from './types.ts';

// A sentence naming a body's head: "led by the American prosecutor Jack Smith", "the head of the office".
const LED_BY = /\b(?:led|headed|run|chaired|directed)\s+(?:since\s+\S+\s+)?by\b|\b(?:head|chief|president|chair(?:man|woman)?|director|leader)\s+of\b/i;

// A company's function and the officer who heads it ("who-leads Rolls-Royce finance": its CFO).
const FUNCTION_HEADS: Record<string, string> = {
  finance: 'CFO', finances: 'CFO', operations: 'COO', technology: 'CTO', marketing: 'CMO', legal: 'general counsel',
  sales: 'chief commercial officer', commercial: 'chief commercial officer',
};

// "Who chaired the …?", "who is leading the …?": the head of what follows.
const BODY_HEAD_Q = /^\s*who\s+(?:is\s+|was\s+|has\s+)?(?:chair(?:s|ed|ing)?|leads?|led|leading|heads?|headed|heading)\s+(?:the\s+)?(.+?)\s*\??$/i;

/** The words of a body's name typed beyond the organisation's (those `consumed` by a name the corpus knows). */
function bodyWordsOf(text: string, consumed: Set<number>): string[] {
  const out = words(text).filter((_, i) => !consumed.has(i));
  // (A bare body noun takes the lowercase word typed before it: "Berlin Philharmonic orchestra board".)
  const before = out.length === 1 ? new RegExp(`(?:^|\\s)(\\p{Ll}+)\\s+${escapeRegExp(out[0])}\\s*$`, 'u').exec(text) : null;
  return before ? [before[1], ...out] : out;
}

/** Runs a parsed command. Pure: the same index, command and `now` give the same Answer. */
export function runCommand(index: BriefIndex, command: Command, query: string, now: string): Answer {
  switch (command.name) {
    case 'who-leads': {
      // ("who-leads Diageo CFO post": the post's own word says nothing more.)
      // (Lowercase only: "The Washington Post" is a name.)
      if (command.org && /\S\s+(?:post|job|role|position|seat)$/.test(command.org)) command = { ...command, org: command.org.replace(/\s+(?:post|job|role|position|seat)$/, '') };
      // "who-leads Ministry of Finance", a ministry the corpus never names: its minister, as "who is the finance minister now?" finds.
      // (…and "who-leads Chile interior ministry": the country named, the ministry not.)
      const named = command.org ? index.entities.resolve(command.org) : null;
      const unnamed = command.org ? words(command.org).filter((_, i) => !named!.consumed.has(i)).join(' ') : '';
      // (A company's "sales department" is no ministry: with a name beside it, only "ministry" is.)
      // (…and "Tanzania's finance ministry", where "finance" also names something: the words after the owner.)
      // ("Ministry of Labour and Social Inclusion", whose "Labour" also names a party: the whole name first.)
      const portfolio = command.org && (named!.ids.length ? /\bministry\b/i : /\b(?:ministry|department)\b/i).test(unnamed)
        ? ministryPortfolio(command.org, true) ?? ministryPortfolio(named!.ids.length ? unnamed : command.org) ?? ministryPortfolio(command.org.replace(/^.*?['’]s\s+/u, ''))
        : null;
      // The question a who-leads stands for, answered as the who-leads.
      const asked = (question: string): Answer => ({ ...ask(index, query, question, now), command: 'who-leads' });
      const holderOf = command.org ? `who is the ${command.org.replace(/^the\s+/i, '')} now` : '';
      if (portfolio) return asked(`who is the ${portfolio} now`);
      // "who-leads Rolls-Royce finance": a company's function, led by its chief officer.
      const office = named?.ids.some((id) => index.entities.get(id)?.type === 'organisation') ? FUNCTION_HEADS[unnamed.trim().toLowerCase()] : undefined;
      if (office) {
        const found = asked(`who is the ${command.org!.replace(/\s+\S+$/, '')} ${office} now`);
        if (found.found) return found;
      }
      // "who-leads presidency of Latvia", "the Latvian presidency": the president's post, its holder as of `now`.
      // ("FIDE deputy presidency", "the vice-presidency of FIDE": the deputy's post, of FIDE.)
      const ofFirst = command.org ? /^(?:the\s+)?(?:(deputy|vice)[\s-])?presidency\s+of\s+(.+)$/i.exec(command.org) : null;
      const ofLast = command.org && !ofFirst ? /^(?:the\s+)?(.+?)\s+(?:(deputy|vice)[\s-])?presidency$/i.exec(command.org) : null;
      const presidency = ofFirst?.[2] ?? ofLast?.[1];
      const second = (ofFirst?.[1] ?? ofLast?.[2])?.toLowerCase();
      if (presidency) {
        const found = asked(second ? `who is the ${second} president of ${presidency} now` : `who is the president of ${presidency} now`);
        if (found.found) return found;
      }
      // "who is in charge of integrating Credit Suisse at UBS": a doing, not an organisation (its first word
      // is no name's), answered from the sentences.
      if (command.org && /^[a-z]+ing\s+\S/i.test(command.org) && !named!.consumed.has(0) && /^who\s/i.test(query)) {
        const found = asked(query);
        if (found.found) return found;
      }
      // "who-leads Leicester City chairman": an organisation and a post of it typed; the holder of that post,
      // as "who is the Leicester City chairman now?" finds, before whoever leads the organisation otherwise.
      const typed = command.org ? words(command.org) : [];
      const postAt = trailingTitle(typed, Math.min(3, typed.length - 1));
      const orgTyped = postAt > 0 && index.entities.resolve(typed.slice(0, -postAt).join(' ')).ids.some((id) => index.entities.get(id)?.type === 'organisation');
      // "who-leads Kobe Steel Independent Investigation Committee": a body typed by its own name beyond the
      // organisation's; whoever the sentences give a post on it (a board's only where the organisation's own has none).
      const bodyWords = command.org ? bodyWordsOf(command.org, named!.consumed) : [];
      const bodyText = bodyWords.join(' ');
      // (…and "who is chairing the public inquiry": a chair asked of a body other than a board.)
      const bodyOnly = bodyWords.length > 0 && BODY_NOUN.test(bodyText) && (!command.title || (command.title === 'chair' && !/\b(?:board|trustees|directors)\b/i.test(bodyText)));
      // (Only beyond an organisation's name the corpus knows: "Ostral Grain Council" alone is asked of whoLeads first.)
      const bodyFirst = bodyOnly && named!.consumed.size > 0 && !/\b(?:board|trustees)\b/i.test(bodyText);
      if (bodyFirst) {
        const found = bodyLeads(index, bodyWords, now);
        if (found) return { ...found, query };
      }
      const led = whoLeads(index, query, now, command.org ?? null, command.title ?? null);
      // (Not asked again when it was asked first: it found no one then.)
      if (bodyOnly && !bodyFirst && !led.found) {
        const found = bodyLeads(index, bodyWords, now);
        if (found) return { ...found, query };
      }
      // (A body the corpus knows as an organisation, "Independent Review Panel", that no sentence gives a head
      // as one: whoever a sentence gives a post beside its name.)
      const bodyOrg = bodyWords.length || !named ? '' : named.ids.map((id) => index.entities.get(id)).filter((e) => e?.type === 'organisation' && e.id !== index.focus && BODY_NOUN.test(e.name)).at(-1)?.name;
      if (bodyOrg && !command.title) {
        const found = bodyLeads(index, words(bodyOrg), now);
        if (found && !led.found) return { ...found, query };
      }
      // (Only where whoever leads it holds another post.)
      const postTyped = orgTyped ? typed.slice(-postAt).join(' ') : '';
      const sameHead = (heading: string) => [postTyped, titleOf(postTyped)?.canon ?? postTyped].some((t) => new RegExp(`\\b${escapeRegExp(t)}\\b`, 'i').test(heading));
      // "who-leads UN deputy secretary-general": a post that heads nothing, its holder as of `now`.
      // (Not "who-leads Leicester City manager" where the club's head is its manager, caretaker or not.)
      // (…a lesser post than the head's, "deputy secretary-general", is asked for itself.)
      const lesser = /\b(?:deputy|vice|assistant|associate|shadow)\b/i.test(command.org ?? '');
      // "who-leads deputy leader of the Labor Party": a lesser post typed before its organisation; its holder.
      const ofPost = command.org ? /^(?:the\s+)?((?:deputy|vice|assistant|associate|shadow)[\p{L}\s-]+?)\s+of\s+(?:the\s+)?(.+)$/iu.exec(command.org) : null;
      if (ofPost && index.entities.resolve(ofPost[2]).ids.length) {
        const found = asked(`who is the ${ofPost[1]} of the ${ofPost[2]} now`);
        if (found.found) return found;
      }
      if (command.org && postAsked(command.org) && !(orgTyped && !lesser && led.found && sameHead(led.heading.split('\n')[0]))) return asked(holderOf);
      // ("who-leads Niger prime minister": a top post typed after a country whose head holds another, the president;
      // that post's holder, where a source names one.)
      if (orgTyped && !command.title && led.found && !sameHead(led.heading.split('\n')[0]) && titleOf(postTyped)?.canon === 'prime minister') {
        const found = asked(holderOf);
        if (found.found) return found;
      }
      // (A board's post only: "England head coach" is whoever leads England's team, interim or not.)
      // (…and a general secretary, who ranks under a leader where sources name both: "who-leads SPD general secretary".)
      if (orgTyped && !command.title && (titleOf(postTyped)?.head === 'board' || titleOf(postTyped)?.canon === 'secretary general') && !(led.found && sameHead(led.heading))) {
        const found = asked(holderOf);
        if (found.found) return found;
      }
      // "who-leads Tunisian government", a government no sentence names as an organisation: its head, the
      // prime minister where the corpus has one, else the president (as "who is the prime minister now?" finds).
      // (Only the corpus's own country's: "British government" over a corpus on China is not found.)
      // (…and "who-leads Kazakhstan government", the country named: its prime minister, not its president.)
      const hasPm = index.roles.some((r) => r.title === 'prime minister');
      const government = !!command.org && /\b(?:government|cabinet)\b/i.test(unnamed) && ownCountry(index, unnamed);
      if (led.found && government && hasPm && !/\bprime minister\b/i.test(led.heading) && named!.ids.length) {
        const pm = asked('who is the prime minister now');
        if (pm.found) return pm;
      }
      if (!led.found && government) {
        const found = asked(`who is the ${hasPm ? 'prime minister' : 'president'} now`);
        if (found.found) return found;
      }
      // "who-leads Moldovan parliament", a chamber no sentence names as an organisation (its name's other
      // words not taken up by one): its speaker (a senate's president), as "who is the speaker of parliament now?" finds.
      const chamber = !!command.org && new RegExp(`\\b(?:${CHAMBERS})\\b`, 'i').exec(unnamed)?.[0].toLowerCase();
      // (…whoever leads the country the name also takes up: "Norland parliament" asks for the chamber's.)
      if (chamber && ownCountry(index, unnamed) && (!led.found || words(unnamed).every((w) => w === chamber || STOPWORDS.has(w) || isDemonym(w)))) {
        const found = asked(chamber === 'senate' ? 'who is the president of the senate now' : `who is the speaker of ${chamber === 'parliament' ? '' : 'the '}${chamber} now`);
        if (found.found) return found;
      }
      // "who-leads Singapore prime minister", a country no sentence gives a head as an organisation: the
      // holder of the post typed, as "who is the Singapore prime minister now?" finds.
      if (!led.found && orgTyped) {
        const found = asked(holderOf);
        if (found.found) return found;
      }
      // "who heads the prosecutors that indicted Thaci": a body told by what it did, no name to resolve; the
      // question answered from the sentences.
      // (Only a relative clause in lowercase after the body's first word, "the WHO office" is no "who"; and only an
      // answer whose first excerpt names someone at its head.)
      if (!led.found && command.org && /\s(?:that|who|which|whose)\s+\p{L}/u.test(command.org) && /^who\s/i.test(query)) {
        const found = asked(query);
        if (found.found && LED_BY.test(found.items[0]?.text ?? '')) return found;
      }
      return led;
    }
    case 'changes-since':
      return changesSince(index, query, command.since, now);
    case 'person': {
      // "who took over from Lin Junyang?": words beyond a name make it a question about someone, not a lookup.
      const { consumed } = index.entities.resolve(command.who);
      const extra = words(command.who).filter((w, i) => !consumed.has(i) && !STOPWORDS.has(w));
      if (consumed.size && extra.length && /^who\b/i.test(query)) return ask(index, query, query, now);
      return person(index, query, command.who, now);
    }
    case 'timeline':
      return timeline(index, query, now, command.topic ?? null);
    case 'sources':
      return sources(index, query, command.topic, now);
    case 'ask': {
      // "Who chaired the Independent Investigation Committee?": a body asked of by its name, its head.
      const body = BODY_HEAD_Q.exec(command.question);
      // (Not a board: "who chaired the supervisory board?" is the organisation's chair, asked the usual way.)
      if (body && BODY_NOUN.test(body[1]) && !/\b(?:board|directors|trustees)\b/i.test(body[1])) {
        const found = bodyLeads(index, bodyWordsOf(body[1], index.entities.resolve(body[1]).consumed), now);
        if (found) return { ...found, command: 'ask', query };
      }
      return ask(index, query, command.question, now);
    }
    case 'digest':
      return digest(index, query, command.since, now);
    case 'help':
      return helpAnswer(query, command.reason, command.suggestion);
  }
}

/**
 * Whether "<country> government" (the words beside "government") names the corpus's own country: its subject,
 * or the organisation of a prime minister or president it names. Nothing beside it ("the government") is its own.
 */
/** A legislature's words: "Moldovan parliament", "the Senate". */
const CHAMBERS = 'parliament|assembly|congress|legislature|chamber|house|senate';

function ownCountry(index: BriefIndex, phrase: string): boolean {
  const rest = words(phrase).filter((w) => !new RegExp(`^(?:the|government|cabinet|of|s|${CHAMBERS})$`).test(w));
  if (!rest.length) return true;
  const heads = index.roles.filter((r) => r.title === 'prime minister' || r.title === 'president');
  const orgs = new Set([index.focus, ...heads.filter((r) => r.org).map((r) => r.org!)]);
  // (…or the word right before the title in a sentence giving one of them the post: "Norland's President Ivo Lund".)
  const before = heads.map((r) => /(\p{Lu}[\p{L}-]+)(?:['’]s)?\s+$/u.exec(index.passages[r.passage].text.slice(Math.max(0, r.at - 40), r.at))?.[1]).filter((w): w is string => !!w);
  const named = [...orgs].flatMap((id) => index.entities.get(id)?.aliases ?? []).concat(before);
  return named.some((a) => a.split(/[^\p{L}]+/u).some((w) => w.length >= 4 && /^\p{Lu}/u.test(w) && namesCountry(rest.join(' '), w)));
}

/** "Federal Ministry of Finance", "finance ministry", "Department of Education" → "minister of finance", "finance minister", "education secretary". */
function ministryPortfolio(org: string, ofOnly = false): string | null {
  const of = /^(?:the\s+)?(?:federal\s+|national\s+|state\s+)?(?:ministry|department)\s+(?:of|for)\s+(?:the\s+)?([\p{L} ]{3,40})$/iu.exec(org.trim());
  const m = of ?? (ofOnly ? null : /^(?:the\s+)?(?:federal\s+)?([\p{L}]{3,20}(?:\s+[\p{L}]{3,20})?)\s+(ministry|department)$/iu.exec(org.trim()));
  if (!m) return null;
  if (/department/i.test(org)) return `${m[1].toLowerCase()} secretary`;
  // ("Ministry of Labour and Social Inclusion": the field after the post, so that no word of it is read as its owner.)
  return of ? `minister of ${m[1].toLowerCase()}` : `${m[1].toLowerCase()} minister`;
}

/** Whether the words end with a post that heads no organisation ("deputy secretary-general", "chief financial officer"). */
function postAsked(text: string): boolean {
  // ("Cisco board of directors": the board, which its chair leads, not a director's post.)
  if (/\b(?:board|directors|conseil)\s*$/i.test(text.trim())) return false;
  const w = text.trim().split(/\s+/);
  const k = trailingTitle(w, Math.min(4, w.length));
  if (!k) return false;
  const t = titleOf(w.slice(-k).join(' '))!;
  // (…or the head of a body typed before it, "Samoa parliament speaker": that body's post, not the country's head.)
  return !t.head || /^(?:deputy|vice|shadow|assistant)$/i.test(w[w.length - k - 1] ?? '') || !!t.heads?.test(w.slice(0, -k).join(' '));
}

/** How many of the last words (at most `max`) spell a title, the longest such; 0 when none do. */
function trailingTitle(ws: string[], max: number): number {
  for (let k = max; k >= 1; k--) if (titleOf(ws.slice(-k).join(' '))) return k;
  return 0;
}

/** Text as typed after `/qwen` → Answer. Never throws for user input. */
export function answer(index: BriefIndex, text: string, now: string): Answer {
  const query = String(text ?? '').trim();
  return runCommand(index, parseCommand(query), query, now);
}
