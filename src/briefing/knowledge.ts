// Query-side reading of the facts the index learned: whose role claims count for an organisation
// as of a day, and who holds its top role then.
import { addDays, datesInSentence } from '../corpus/dates.ts';
import type { Passage } from '../corpus/types.ts';
import { memo, type BriefIndex } from '../index/build.ts';
import type { EventFact, RoleFact } from '../index/facts.ts';
import { mostNamedOrgs } from '../index/doc-orgs.ts';
import { isDemonymOf, namesCountry, ROLE_TITLES, TITLE_RE } from '../index/lexicon.ts';
import { escapeRegExp, terms, words } from '../index/normalize.ts';
import { eventKindOf } from './question.ts';
import { isEligible, lastDayOfMonth, newestPublished } from './eligible.ts';
import { blankDays, figuresIn, type Figure } from './figures.ts';
import { groupBy } from './extract.ts';

export interface HeadClaim {
  role: RoleFact;
  passage: Passage;
  /** The claim's date: the sentence's, its paragraph's or its article's; null when undated. */
  date: string | null;
  /** A later day the same article says they start ("Bromberg will take up the post on May 15"), and where. */
  from?: string;
  start?: Passage;
  /** Told only as the one a successor follows ("takes over from Jens Stoltenberg"): held until then. */
  followed?: true;
}

const ELECTED = /\b(?:elected|won|wins|winning|victory|-elect|named|names|appointed|appoints|chosen|chose|picked|picks|selected|selects|nominated|tapped|taps)\b/i;
const TAKES_OFFICE = /\b(?:t(?:ake|akes|ook|aking) office|(?:was|were|be|is|been) sworn in|inaugurat\w+|assum(?:e|es|ed|ing) office|t(?:ake|akes|ook) the oath)\b/i;

/**
 * A person's starts dated to the day, oldest first, once per person: per article, and those telling them
 * taking office ("will take office on December 10", "was sworn in").
 */
function daysStarted(index: BriefIndex, person: string): { byDoc: Map<string, Passage[]>; office: Passage[] } {
  return memo(index, `daysStarted:${person}`, () => {
    const ids = [...new Set(personEvents(index, person, '9999-12-31').filter((e) => e.kind === 'start').map((e) => e.passage))];
    const list = ids.map((id) => index.passages[id]).filter((q) => q.datePrecision === 'day' && !!q.date)
      .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.id - b.id));
    const byDoc = new Map<string, Passage[]>();
    for (const q of list) (byDoc.get(q.doc) ?? byDoc.set(q.doc, []).get(q.doc)!).push(q);
    return { byDoc, office: list.filter((q) => TAKES_OFFICE.test(q.text)) };
  });
}

/** Mentions of an entity per document, once per index. */
function docMentions(index: BriefIndex): Map<string, Map<string, number>> {
  return memo(index, 'docMentions', () => {
    const out = new Map<string, Map<string, number>>();
    for (const p of index.passages) {
      const m = out.get(p.doc) ?? new Map<string, number>();
      for (const x of index.mentions[p.id]) m.set(x.id, (m.get(x.id) ?? 0) + 1);
      out.set(p.doc, m);
    }
    return out;
  });
}

/** The organisation a document names most (the corpus subject on a tie): whose roles its untagged titles are. */
export function primaryOrg(index: BriefIndex, doc: string): string | null {
  return memo(index, 'primaryOrg', () => mostNamedOrgs(index.passages, index.mentions, (id) => index.entities.get(id)?.type === 'organisation', index.focus)).get(doc) ?? null;
}

/** Whether a document names an entity at all. */
export function docNames(index: BriefIndex, doc: string, id: string): boolean {
  return (docMentions(index).get(doc)?.get(id) ?? 0) > 0;
}

/** Whether a document is about an organisation (names it at least twice, or in its title). */
export function docAbout(index: BriefIndex, doc: string, org: string): boolean {
  const n = docMentions(index).get(doc)?.get(org) ?? 0;
  if (n >= 2) return true;
  const first = index.docByPath.get(doc)?.passages[0];
  return n >= 1 && !!first && index.mentions[first.id].some((m) => m.id === org);
}

/**
 * Whether a role was held at `org`, read strictly: the sentence ties it there, or names `org`, or its article
 * is mostly about `org` (roleAt also takes any article that is about `org` among others).
 */
export function heldAt(index: BriefIndex, r: RoleFact, org: string): boolean {
  // ("Maldives President Abdulla Yameen", read as a body named "Maldives" the entity list does not hold: the same name.)
  // (…or its people's word: "Gambian President Yahya Jammeh" of The Gambia.)
  const other = r.org?.startsWith('other:') ? r.org.slice(6) : null;
  const named = !!other && (index.entities.get(org)?.aliases ?? []).some((a) => a.toLowerCase() === other.toLowerCase() ||
    (/^\p{Lu}\p{Ll}+$/u.test(other) && /^(?:[Tt]he\s+)?\p{Lu}\p{Ll}+$/u.test(a) && isDemonymOf(other, a.replace(/^the\s+/i, ''))));
  return r.org === org || !!named || (r.org === null && (index.mentions[r.passage].some((m) => m.id === org) || primaryOrg(index, index.passages[r.passage].doc) === org));
}

/** Whether `org` is the government of `place`: "Hong Kong government" (or an alias so written) of "Hong Kong". */
function governmentOf(index: BriefIndex, org: string, place: string): boolean {
  const e = index.entities.get(place);
  if (e?.type !== 'organisation') return false;
  const re = memo(index, `governmentOf:${place}`, () => new RegExp(`^(?:the\\s+)?${escapeRegExp(e.name)}\\s+(?:government|administration)$`, 'i'));
  return (index.entities.get(org)?.aliases ?? []).some((a) => re.test(a));
}

/** Whether a role fact is about `org`: it says so, or it names no organisation and its sentence or article is about `org`. */
export function roleAt(index: BriefIndex, r: RoleFact, org: string): boolean {
  // "the prime minister" heads whatever the corpus calls a government, named beside it or not …
  const heads = ROLE_TITLES.find((t) => t.canon === r.title)?.heads;
  const aliases = index.entities.get(org)?.aliases ?? [];
  // (A speaker heads a chamber, never the country whose chamber it is: "speaker of Brazil's lower house".)
  // (…nor an army chief the country whose army it is.)
  if (r.title === 'speaker' || r.title === 'army chief') return !!heads && aliases.some((a) => heads.test(a));
  if (r.org === org) return true;
  // ("Hong Kong's chief executive" heads what the corpus calls the Hong Kong government.)
  if (r.org !== null && governmentOf(index, org, r.org)) return true;
  if (r.org !== null) {
    // … and "chancellor of Germany" heads what the corpus calls the German government.
    // ("the Italian prime minister": a nationality no entity holds is still the country's.)
    const country = index.entities.get(r.org)?.name ?? (r.org.startsWith('other:') ? r.org.slice(6) : undefined);
    return !!heads && !!country && aliases.some((a) => heads.test(a) && namesCountry(a, country));
  }
  if (heads) return aliases.some((a) => heads.test(a));
  const p = index.passages[r.passage];
  // "then the group's chief executive": the group the article is about, not a brand it also names.
  if (/\bthe (?:group|company|firm|parent|carmaker|automaker|chipmaker|bank|conglomerate|exchange|start-?up)['’]s\s+(?:\S+\s+)?$/i.test(p.text.slice(Math.max(0, r.at - 40), r.at))) {
    // The corpus's subject when the article speaks of it, else the organisation the article is about.
    return org === (docAbout(index, p.doc, index.focus) ? index.focus : primaryOrg(index, p.doc));
  }
  // (…and an article mostly about another organisation than the one asked, not the corpus's subject: "May 6.
  // Swinney is declared leader" in a recap of the SNP's year does not lead the Greens it also names.)
  if (index.mentions[p.id].some((m) => m.id === org)) return true;
  // ("The law school will begin a search for a new dean. In the meantime, X will serve as interim dean.":
  // a sentence naming no organisation is at the one the sentence before it named.)
  const prev = index.passages[p.id - 1];
  if (prev?.doc === p.doc && prev.paragraph === p.paragraph && index.mentions[prev.id].some((m) => m.id === org) &&
    !index.mentions[p.id].some((m) => index.entities.get(m.id)?.type === 'organisation')) return true;
  const main = primaryOrg(index, p.doc);
  return docAbout(index, p.doc, org) && (org === index.focus || !main || main === org || !docAbout(index, p.doc, main));
}

/**
 * "NATO allies appointed him as the alliance's next secretary general, and he takes over from Jens Stoltenberg
 * on October 1": the one a head follows held the post until then, though no sentence gives them its title.
 * Claimed the day before the article (or its sentence) tells it, in the post the sentence gives the successor.
 */
function followedIn(index: BriefIndex, heads: RoleFact[]): HeadClaim[] {
  const out: HeadClaim[] = [];
  const seen = new Set<string>();
  for (const e of memo(index, 'replacedEvents', () => index.events.filter((x) => x.replaced && x.person))) {
    if (!e.person) continue;
    const p = index.passages[e.passage];
    const successor = eventsAt(index, e.passage).find((x) => x.at === e.at && x.kind === 'succession' && !x.replaced && x.person && x.person !== e.person)?.person;
    // (The post the same sentence gives the successor, tied to an organisation by name: "He replaces Carlos
    // Zarlenga" after "X, chief executive of Jeep, adds the role of COO" is not Jeep's; "takes over from Chris
    // Feuell" alone may be a brand's.)
    const post = successor && heads.find((r) => r.person === successor && r.passage === p.id && !!r.org && !r.org.startsWith('other:'));
    if (!post || heads.some((r) => r.person === e.person && r.passage === p.id)) continue;
    const until = heldUntil(index, p, p.date);
    if (!until || seen.has(`${e.person}:${p.id}`)) continue;
    seen.add(`${e.person}:${p.id}`);
    const role: RoleFact = { person: e.person, passage: p.id, title: post.title, head: post.head, org: post.org, board: post.board, interim: false, past: false, at: e.at };
    out.push({ role, passage: p, date: until, followed: true });
  }
  return out;
}

/** The one followed held the post until the day before the article (or its sentence, if earlier) tells it. */
function heldUntil(index: BriefIndex, p: Passage, date: string | null): string | null {
  const published = index.docByPath.get(p.doc)!.published;
  const told = date && published ? (date < published ? date : published) : date ?? published;
  return told ? addDays(told, -1) : null;
}

/** Head claims (the top role of `org`, or of its board) visible on `now`, newest first. */
export function headClaims(index: BriefIndex, org: string, board: boolean, now: string): HeadClaim[] {
  return stayingClaims(index, headClaimsAll(index, org, board).filter((c) => isEligible(index, c.passage, now) && (!c.date || c.date <= now)));
}

/** Every head claim for `org` (or its board), whatever its date, newest first; leavings included. */
function headClaimsAll(index: BriefIndex, org: string, board: boolean): HeadClaim[] {
  return memo(index, `heads:${org}:${board}`, () => {
    // (A caretaker "remains in office … until a new government is sworn in, unlikely before late October": so
    // the article says on its day, whatever later day its sentence names.)
    const dayOf = (role: RoleFact) => {
      const p = index.passages[role.passage];
      const published = index.docByPath.get(p.doc)!.published;
      // (…and so does one who holds it until a later day the sentence names: "Kise, the chairman, will leave the
      // board after the meeting on May 7" is the chairman on the article's day.)
      // (Only a post the sentence ties to its organisation: "to the president, Fischer said his resignation would
      // take effect" gives Fischer no presidency to hold meanwhile.)
      // ("Sloan left in March of last year, and the bank is now run by Scharf": held on the article's day, not the
      // day the sentence names for the leaving.)
      // (Not in a timeline's entry, which opens on its own date: "October 2016 — … Wells Bank is now run by Tim Sloan".)
      if (published && p.date && p.date < published && !p.text.slice(0, 30).includes(p.date.slice(0, 4)) && /\b(?:is|are)\s+now\s+(?:(?:the|its|their|interim|acting)\s+)*$/i.test(p.text.slice(Math.max(0, role.at - 30), role.at))) return published;
      return published && p.date && p.date > published && (role.caretaker || (!!role.org && leavesIn(index, role))) ? published : p.date;
    };
    // "X has been named chief executive. … will take up the post on May 15": the article's own later start.
    const startsLater = (role: RoleFact, date: string | null) => {
      const p = index.passages[role.passage];
      const published = index.docByPath.get(p.doc)!.published;
      if (!published) return undefined;
      return (daysStarted(index, role.person).byDoc.get(p.doc) ?? []).find((q) => q.dateOrigin === 'sentence' && q.date! > published && (!date || q.date! > date));
    };
    // "… and will become prime minister on Tuesday": the day a post to come begins, told in its own sentence.
    // (…or "he takes over from Jens Stoltenberg on October 1": taking the post, on a day after the article.)
    const dayAhead = (role: RoleFact) => {
      const p = index.passages[role.passage];
      const published = index.docByPath.get(p.doc)!.published;
      return published ? datesInSentence(p.text, published).filter((d) => d.precision === 'day' && d.date > published).map((d) => d.date).sort().pop() : undefined;
    };
    const takes = (role: RoleFact) => /^\s*(?:will\s+|is\s+to\s+)?(?:t(?:akes|ake|aking)\s+over|t(?:akes|ake)\s+up|assumes?|becomes?)\b/i.test(index.passages[role.passage].text.slice(role.at, role.at + 30));
    // "On Sunday he was elected president", "Stanford named Levin its president", and elsewhere "will take office on
    // December 10": elected or named, in office from the day (within six months) some source says they take it.
    const takesOffice = (role: RoleFact, date: string | null) => {
      const p = index.passages[role.passage];
      if (!date || !ELECTED.test(p.text)) return undefined;
      const until = addDays(date, 183);
      return daysStarted(index, role.person).office.find((q) => q.date! > date && q.date! <= until);
    };
    // (Taking "over" with no organisation named, "Jones takes over on January 2", may be somewhere else, unless
    // the sentence names the post it is: "appointed him as NATO's next secretary general, and he takes over …".)
    const named = (r: RoleFact) => !!r.org || rolesAt(index, r.passage).some((o) => o !== r && o.person === r.person && !!o.org);
    const claim = (role: RoleFact): HeadClaim => {
      const date = dayOf(role);
      // ("… succeeding President Tom Reed": held until then, the day before the article or its sentence says.)
      if (date && eventsAt(index, role.passage).some((e) => e.replaced && e.person === role.person)) {
        return { role, passage: index.passages[role.passage], date: heldUntil(index, index.passages[role.passage], date), followed: true };
      }
      const office = takesOffice(role, date);
      if (office) return { role, passage: index.passages[role.passage], date, from: office.date!, start: office };
      const ahead = role.future || (takes(role) && named(role)) ? dayAhead(role) : undefined;
      const start = ahead ? undefined : startsLater(role, date);
      const p = index.passages[role.passage];
      return { role, passage: p, date, ...(ahead ? { from: ahead, start: p } : start ? { from: start.date!, start } : {}) };
    };
    const heads = index.roles.filter((r) => r.head === (board ? 'board' : 'org') && !r.past && roleAt(index, r, org));
    // A ministry's head is its minister: "Home Affairs Minister Peter Dutton", "act as Minister for Home
    // Affairs", "Treasurer Josh Frydenberg" for the Treasury.
    if (!board) heads.push(...index.roles.filter((r) => !r.past && ministerOf(index, r, org)));
    // A university's or a country's head is its president: where no one is called its chief executive,
    // the presidents the sentences (or the articles about it) give it are its heads.
    // (One article's chief executive is not enough to say so: "directrice générale du centre médical … de
    // l'université" heads a unit of it.)
    const ceoDocs = new Set(heads.filter((r) => r.title === 'CEO').map((r) => index.passages[r.passage].doc));
    if (!board && ceoDocs.size < 2) {
      // "President Barack Obama", capitalised before a name with no organisation, is a head of state.
      const stateHead = (r: RoleFact) => r.org === null && /^President\s+\p{Lu}/u.test(index.passages[r.passage].text.slice(r.at, r.at + 20));
      // (For the corpus's own subject, a president named in an article about it is its head; and where no
      // one heads it by another title, so is "President Dilma Rousseff" in a sentence naming it.)
      const own = org === index.focus;
      // (Someone only elected, not yet in office, heads nothing yet.)
      const headless = !heads.some((r) => !takesOffice(r, dayOf(r)));
      // (…or, for "President Ali Bongo Ondimba", told before anyone is first given its headship by another title:
      // the head of state before the coup that made a general "head of state".)
      const firstHead = [...heads, ...index.roles.filter((r) => r.title === 'president' && !r.past && r.org !== null && heldAt(index, r, org))]
        .filter((r) => !takesOffice(r, dayOf(r))).map(dayOf).filter((d): d is string => !!d).sort()[0];
      const before = (r: RoleFact) => !!firstHead && !!dayOf(r) && dayOf(r)! < firstHead;
      const presidents = index.roles.filter((r) => r.title === 'president' && !r.past &&
        (stateHead(r) ? own && (headless || before(r)) && (index.mentions[r.passage].some((m) => m.id === org) || docAbout(index, index.passages[r.passage].doc, org)) : heldAt(index, r, org) || (own && headless && r.org === null && docAbout(index, index.passages[r.passage].doc, org))));
      // (…beside anyone the sentences make its head or leader in so many words.)
      // (…and a post that heads such a body by its own rule: "the Italian prime minister" heads the Italian government.)
      // (…and, for the corpus's own subject, someone named to its top post in so many words in an article about it:
      // "named General Oligui Nguema … as the country's transitional leader"; not a head of government or of a unit.)
      const namedHead = (r: RoleFact) => own && r.org === null && r.title === 'head' && docAbout(index, index.passages[r.passage].doc, org) &&
        /\b(?:head of state|(?:country|nation)['’]s\s+(?:[\p{L}-]+\s+)?leader|leader of the (?:country|nation|junta))\b/iu.test(index.passages[r.passage].text) &&
        eventsAt(index, r.passage).some((e) => e.kind === 'start' && e.person === r.person);
      // (…and a leader the sentence names it with: "the Social Democrats' congress … elected Esken and Walter-Borjans as
      // co-leaders", in a party whose members include a president of the country.)
      // (Not another's leader the sentence names beside it: "the exiled opposition leader … urged India to intervene in the Maldives".)
      const leaderNamed = (r: RoleFact) => r.org === null && r.title === 'head' && own && index.mentions[r.passage].some((m) => m.id === org) &&
        !/\b(?:opposition|exiled|rebel|party|parliamentary|group|floor|union|faction|protest|movement)\s+(?:[\p{L}-]+\s+)?$/iu.test(index.passages[r.passage].text.slice(Math.max(0, r.at - 30), r.at));
      if (presidents.length) return [...new Set([...presidents, ...heads.filter((r) => r.org === org || !!ROLE_TITLES.find((t) => t.canon === r.title)?.heads || namedHead(r) || leaderNamed(r))])].map(claim).sort((a, b) => byDateDesc(a.date, b.date) || a.passage.id - b.passage.id);
    }
    // (One no sentence says anyone runs is led by its founder: "Daniel Loeb, Third Point's founder".)
    if (!board && !heads.length) heads.push(...index.roles.filter((r) => r.title === 'founder' && !r.past && r.org === org));
    return [...heads.map(claim), ...followedIn(index, heads)].sort((a, b) => byDateDesc(a.date, b.date) || a.passage.id - b.passage.id);
  });
}

/** Whether a minister's (or secretary's, or treasurer's) title names `org` as the post: "Home Affairs Minister", "Minister for Home Affairs". */
function ministerOf(index: BriefIndex, r: RoleFact, org: string): boolean {
  // (A prime minister heads a government by the title's own rule, ROLE_TITLES.)
  if (!/(?:^|\s)(?:minister|secretary|treasurer)$/.test(r.title) || r.title === 'prime minister' || r.head) return false;
  const name = index.entities.get(org)?.name;
  if (!name) return false;
  const text = index.passages[r.passage].text;
  // "Treasurer" heads the Treasury.
  if (r.title === 'treasurer') return /^(?:the\s+)?treasury$/i.test(name);
  // "finance minister" heads the Ministry of Finance, the Finance Department, and a National Treasury;
  // "home affairs minister" the Department of Home Affairs: the post's portfolio is the ministry's name.
  const portfolio = words(r.title).slice(0, -1);
  const nameWords = words(name);
  const holds = (w: string) => nameWords.includes(w) || (w === 'finance' && nameWords.includes('treasury'));
  if (portfolio.length && portfolio.every(holds) &&
    nameWords.every((w) => portfolio.includes(w) || (w === 'treasury' && portfolio.includes('finance')) || /^(?:ministry|department|dept|office|of|for|the|and|national|federal|state|hm)$/.test(w))) return true;
  const esc = escapeRegExp(name);
  const title = TITLE_RE.exec(text.slice(r.at, r.at + 60));
  const end = r.at + (title ? title[0].length : 0);
  return new RegExp(`\\b${esc}\\s+$`, 'i').test(text.slice(Math.max(0, r.at - name.length - 6), r.at)) ||
    new RegExp(`^\\s+(?:for|of)\\s+(?:the\\s+)?${esc}\\b`, 'i').test(text.slice(end, end + name.length + 12));
}

/**
 * A sentence telling of leaving the post is no claim to it, unless it is the only kind there is among
 * `seen` ("would not stand for re-election as leader of the party" still says who has it until then).
 */
function stayingClaims(index: BriefIndex, seen: HeadClaim[]): HeadClaim[] {
  const staying = seen.filter((c) => !endsHere(index, c.role));
  return staying.length ? staying : seen;
}

export function byDateDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a > b ? -1 : 1;
}

/** Events about a person visible on `now`, in corpus order. */
export function personEvents(index: BriefIndex, person: string, now: string): EventFact[] {
  const all = memo(index, 'eventsOf', () => groupBy(index.events.filter((e) => e.person), (e) => e.person!)).get(person) ?? [];
  return all.filter((e) => {
    const p = index.passages[e.passage];
    return isEligible(index, p, now) && (!p.date || p.date <= now);
  });
}

export interface HeadAnswer {
  head: string;
  claims: HeadClaim[]; // the head's, newest first
  others: { person: string; claims: HeadClaim[] }[]; // earlier or competing heads, newest first
  /** The newest head has left (or been followed), and no source names anyone after them. */
  left?: true;
  /** Named to the post and not yet in it ("will become chief executive once the merger closes"), newest first. */
  named?: { person: string; claims: HeadClaim[] }[];
  /** The head is only named to the post: no source yet tells anyone in it. */
  notYet?: true;
}

/**
 * Who holds the top role on `now`: the person with the newest dated claim, unless a later dated
 * event says they left (then the next). Undated claims count only when nothing dated does.
 */
export function currentHead(index: BriefIndex, org: string, board: boolean, now: string, title: string | null = null): HeadAnswer | null {
  // Claims by person, newest first, once per organisation (and title, when one is asked for); `now` only filters them.
  const byPersonAll = memo(index, `headsBy:${org}:${board}:${title ?? ''}`, () => {
    const m = new Map<string, HeadClaim[]>();
    for (const c of headClaimsAll(index, org, board)) {
      if (title && c.role.title !== title) continue;
      (m.get(c.role.person) ?? m.set(c.role.person, []).get(c.role.person)!).push(c);
    }
    return m;
  });
  // An undated claim is for today's picture: a past `now` cannot tell whether it came later (an undated
  // profile "from child factory worker to president" is no head in January), unless nothing dated is left.
  const newest = newestPublished(index.docs);
  const past = !!newest && now < newest;
  // (A day before the first article: what later articles tell of that day, "appointed chief executive in 2000".)
  const early = !index.docs.some((d) => !!d.published && d.published <= now);
  // (…but a month told by a later article is not yet over on a day inside it: "took over as interim chief
  // executive in July" does not say he held it on July 10.)
  const monthOpen = (c: HeadClaim) => !!c.date && c.passage.datePrecision === 'month' && c.date === c.passage.date && lastDayOfMonth(c.date) > now;
  const seen = (c: HeadClaim, undated: boolean) => (c.date ? c.date <= now && (early ? !monthOpen(c) : isEligible(index, c.passage, now)) : undated && isEligible(index, c.passage, now));
  const anyDated = past && [...byPersonAll.values()].some((all) => all.some((c) => seen(c, false)));
  const visible = (c: HeadClaim) => seen(c, !anyDated);
  const ranked: { person: string; list: HeadClaim[]; date: string | null; left: boolean }[] = [];
  // "Licht will become chief executive once the merger closes", with no later day of its own: named, not in
  // the post, until some source tells them in it.
  const premature = (c: HeadClaim) => (!!c.role.future && !c.from && !(c.date && c.date > (index.docByPath.get(c.passage.doc)!.published ?? '9999'))) || (!!c.from && c.from > now);
  const named: typeof ranked = [];
  // (Leavings count only where no one is given the post otherwise: stayingClaims.)
  const staying = [...byPersonAll.values()].some((all) => all.some((c) => visible(c) && !endsHere(index, c.role)));
  for (const [person, all] of byPersonAll) {
    // (A caretaker reappointed since, "Brandt reappoints Revi", holds the post in full again.)
    // (Read only for a caretaker's claims: most people have none, and this runs for every head asked.)
    const back = all.some((c) => c.role.caretaker) ? personEvents(index, person, now).filter((e) => e.kind === 'return' || e.kind === 'start').map((e) => index.passages[e.passage].date ?? '').sort().pop() ?? '' : '';
    const list = all.filter((c) => visible(c) && (!staying || !endsHere(index, c.role)) && !(c.role.caretaker && c.date && back > c.date));
    if (!list.length) continue;
    const inPost = list.filter((c) => !premature(c));
    // (In the post since the day the article said they would start: "takes up the post on May 15".)
    const dates = (inPost.length ? inPost : list).map((c) => (c.from && c.from <= now ? c.from : c.date)).filter((d): d is string => !!d).sort();
    const date = dates.at(-1) ?? null;
    (inPost.length ? ranked : named).push({ person, list: inPost.length ? inPost : list, date, left: !!date && leftSince(index, person, date, now) });
  }
  // (Only those named, no one in the post: the named are all the sources give.)
  // (…or everyone in the post has left it: "named General Oligui Nguema transitional leader", sworn in days later.)
  const notYet = named.length > 0 && ranked.every((r) => r.left);
  if (notYet) ranked.push(...named.splice(0));
  if (!ranked.length) return null;
  // Someone whose every claim is older than another's first has been followed in the post, though no
  // source says they left ("a Socialist prime minister, Lionel Jospin" in 1997, before Barnier in 2024).
  const firstClaimed = new Map(ranked.map((r) => [r.person, r.list.map((c) => c.date).filter((d): d is string => !!d).sort()[0] ?? null]));
  for (const r of ranked) {
    if (!r.left && r.date && ranked.some((o) => o !== r && !o.list.every((c) => c.role.above) && (firstClaimed.get(o.person) ?? '') > r.date!)) r.left = true;
  }
  // Someone the organisation only reports to ("the team will report to Duan") is over it, not its head,
  // while anyone who has not left is named its head.
  const over = (r: (typeof ranked)[number]) => Number(r.list.every((c) => c.role.above));
  // A party's general secretary runs its office, under a leader: where sources name both, the leader heads it.
  // (Only a party's: a union's, an alliance's or the UN's secretary general heads it.)
  // (Only someone never called its secretary general leads over one: Rutte, named NATO's next, is no party leader.)
  const secretary = (r: (typeof ranked)[number]) => r.list.some((c) => c.role.title === 'secretary general');
  const party = (index.entities.get(org)?.aliases ?? []).some((a) => /\b(?:party|partei|parti|partido|partito|democrats|socialists)\b/i.test(a));
  const led = party && ranked.some((r) => !r.left && !secretary(r) && !over(r));
  ranked.sort((a, b) =>
    Number(a.left) - Number(b.left) ||
    over(a) - over(b) ||
    (led ? Number(secretary(a)) - Number(secretary(b)) : 0) ||
    byDateDesc(a.date, b.date) ||
    Number(a.list.every((c) => c.role.interim)) - Number(b.list.every((c) => c.role.interim)) ||
    b.list.length - a.list.length ||
    (a.person < b.person ? -1 : 1));
  const top = ranked[0];
  const others = ranked.slice(1).filter((r) => r.date || !top.date).map((r) => ({ person: r.person, claims: r.list }));
  const next = named.filter((r) => r.person !== top.person).sort((a, b) => byDateDesc(a.date, b.date) || (a.person < b.person ? -1 : 1)).map((r) => ({ person: r.person, claims: r.list }));
  return { head: top.person, claims: top.list, others, ...(top.left ? { left: true as const } : {}), ...(next.length ? { named: next } : {}), ...(notYet ? { notYet: true as const } : {}) };
}

/** A person's departures (end events), newest first, once per person. */
export function endsOf(index: BriefIndex, person: string): EventFact[] {
  return memo(index, 'endsOf', () => {
    const m = groupBy(index.events.filter((e) => e.kind === 'end' && e.person), (e) => e.person!);
    for (const list of m.values()) list.sort((a, b) => byDateDesc(index.passages[a.passage].date, index.passages[b.passage].date) || a.passage - b.passage);
    return m;
  }).get(person) ?? [];
}

/** The sentences telling a person's departures that are dated and visible on `now`, newest first. */
export function leavingsSeen(index: BriefIndex, person: string, now: string): Passage[] {
  return endsOf(index, person).map((e) => index.passages[e.passage]).filter((p) => !!p.date && p.date <= now && isEligible(index, p, now));
}

/** Whether a dated departure visible on `now` comes after `since`. */
function leftSince(index: BriefIndex, person: string, since: string, now: string): boolean {
  for (const e of endsOf(index, person)) {
    const p = index.passages[e.passage];
    if (!p.date || p.date <= since) return false; // newest first: nothing later remains
    // "Macron reappoints Lecornu" four days after he resigned: back in the post.
    // ("Draghi resigned …. He remains in office as caretaker until a new government is sworn in": not gone yet.)
    const caretaker = () => rolesOf(index, person).some((r) => r.caretaker && !r.past && (index.docByPath.get(index.passages[r.passage].doc)!.published ?? '') >= p.date! && isEligible(index, index.passages[r.passage], now));
    if (p.date <= now && isEligible(index, p, now)) return !personEvents(index, person, now).some((r) => r.kind === 'return' && (index.passages[r.passage].date ?? '') > p.date!) && !caretaker();
  }
  return false;
}

/** A role named in the sentence that reports its end ("CEO Sam Altman was ousted") is not a claim to it, unless it also returns. */
function endsHere(index: BriefIndex, r: RoleFact): boolean {
  const evs = eventsAt(index, r.passage);
  return evs.some((e) => e.person === r.person && e.kind === 'end') && !evs.some((e) => e.person === r.person && e.kind === 'return');
}

/** Events and roles by passage, and roles by person: lookups the commands make per sentence. */
/** Whether the sentence giving `role` tells its holder leaving ("Moss resigned as finance minister"). */
export function leavesIn(index: BriefIndex, role: { passage: number; person: string }): boolean {
  return eventsAt(index, role.passage).some((e) => e.kind === 'end' && e.person === role.person);
}
export function eventsAt(index: BriefIndex, passage: number): EventFact[] {
  return memo(index, 'eventsAt', () => groupBy(index.events, (e) => e.passage)).get(passage) ?? [];
}
export function rolesAt(index: BriefIndex, passage: number): RoleFact[] {
  return memo(index, 'rolesAt', () => groupBy(index.roles, (r) => r.passage)).get(passage) ?? [];
}
export function rolesOf(index: BriefIndex, person: string): RoleFact[] {
  return memo(index, 'rolesOf', () => groupBy(index.roles, (r) => r.person)).get(person) ?? [];
}

/** The day most of these passages give (the latest on a tie): when most sources say something happened. */
export function modeDate(list: Passage[]): string | null {
  const counts = new Map<string, number>();
  for (const p of list) if (p.date) counts.set(p.date, (counts.get(p.date) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] > b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** The stems an article's title and sentences use, and the kinds of change its words name; once per article. */
export function docTerms(index: BriefIndex, doc: string): { terms: Set<string>; kinds: Set<string> } {
  return memo(index, `docTerms:${doc}`, () => {
    const d = index.docByPath.get(doc)!;
    const text = [d.title, ...d.passages.map((p) => p.text)].join(' ');
    // (…and the changes read from its sentences, in whatever language: "meletakkan jawatan" is a leaving.)
    const kinds = eventKinds(text);
    for (const p of d.passages) for (const e of eventsAt(index, p.id)) if (e.kind !== 'holds' && e.kind !== 'org') kinds.add(e.kind);
    return { terms: new Set(terms(text)), kinds };
  });
}

/** The kinds of change a text's words name ("named", "resigns"). */
export function eventKinds(text: string): Set<string> {
  return new Set(words(text).map(eventKindOf).filter((x): x is NonNullable<typeof x> => !!x));
}

/** 1 for a sentence of a machine-generated recap, 0 for reporting (so that reporting sorts first). */
export function generatedRank(index: BriefIndex, p: Passage): number {
  // Read in comparators over thousands of claims at 10k: one flag per passage, made once.
  const flags = memo(index, 'generatedByPassage', () => Uint8Array.from(index.passages, (x) => Number(index.docByPath.get(x.doc)!.kind === 'generated')));
  return flags[p.id];
}

/** Claims as first reported: reporting before recaps, then oldest first, then corpus order. */
export function reportedFirst(index: BriefIndex): (a: { passage: Passage; date: string | null }, b: { passage: Passage; date: string | null }) => number {
  return (a, b) => generatedRank(index, a.passage) - generatedRank(index, b.passage) || (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.passage.id - b.passage.id);
}

/** The least of a list by a comparator, without sorting it (claims run to thousands at 10k). */
export function firstOf<T>(list: readonly T[], cmp: (a: T, b: T) => number): T | undefined {
  let best: T | undefined;
  for (const x of list) if (best === undefined || cmp(x, best) < 0) best = x;
  return best;
}

/** Up to `n` sentences after `p`: the rest of its paragraph, then the next paragraph's opening one. */
export function followingSentences(index: BriefIndex, p: Passage, n: number): Passage[] {
  const out: Passage[] = [];
  for (let id = p.id + 1; out.length < n && index.passages[id]?.doc === p.doc; id++) {
    const x = index.passages[id];
    if (x.paragraph > p.paragraph + 1) break;
    if (x.paragraph === p.paragraph + 1 && out.some((y) => y.paragraph === x.paragraph)) break;
    out.push(x);
  }
  return out;
}

/** A sentence's figures, its days of a month blanked; once per sentence. */
export function passageFigures(index: BriefIndex, p: Passage): Figure[] {
  const cache = memo(index, 'figures', () => new Map<number, Figure[]>());
  let out = cache.get(p.id);
  if (!out) cache.set(p.id, (out = figuresIn(blankDays(p.text))));
  return out;
}
