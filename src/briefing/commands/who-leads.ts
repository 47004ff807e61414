import type { Passage } from '../../corpus/types.ts';
import { memo, type BriefIndex } from '../../index/build.ts';
import { Citations, dateLabel, quoted, sourceLabel } from '../cite.ts';
import { eligibleDocs, isEligible, newerFirst, newestPublished } from '../eligible.ts';
import { isSentence, sidePassages, signalPassages } from '../extract.ts';
import { byDateDesc, currentHead, docAbout, endsOf, heldAt, leavingsSeen, modeDate, personEvents, roleAt, rolesAt, type HeadClaim } from '../knowledge.ts';
import { dayNumber } from '../../corpus/dates.ts';
import type { Answer, Item } from '../types.ts';
import { keptAnswer } from '../keep.ts';
import { stances } from '../stances.ts';
import { STOPWORDS, stem, words } from '../../index/normalize.ts';

// Taking up a post on a day: "takes office on September 1", "becomes Stanford's 13th president today", "was sworn in".
const TOOK_OFFICE = /\b(?:t(?:ake|akes|ook|aking) (?:office|over|up (?:the|his|her) (?:post|job|role))|(?:was|were|is|be) sworn in|inaugurat\w+|assum(?:e|es|ed|ing) office|becomes?|became|starts?|started|begins?|began)\b/i;
const NAMED_ON = /\b(?:named|names|appointed|appoints|chosen|chose|picked|selected|nominated|elected)\b/i;
const MAX_HEAD_QUOTES = 3;
const MAX_EARLIER = 4;
const MAX_LEFT = 4;
const MAX_NEW = 4;
// The top post empty, or held by no one in particular: "without a director-general", "the top job is vacant",
// "leaderless", "failed to agree which of them should act as interim head", "run the secretariat jointly".
const HEAD_NOUN = '(?:head|chief|leader|boss|director(?:-general)?|president|chair(?:man|woman|person)?|ceo|chief executive|secretary-general|general secretary|governor|manager|coach)';
const VACANCY = new RegExp(`\\bwithout\\s+(?:a|an|any)\\s+(?:designated\\s+|permanent\\s+|formal\\s+)?${HEAD_NOUN}\\b|\\b(?:post|job|role|position|seat|office|presidency|chair)\\s+(?:is|was|has been|had been|remains|remained|stays|stayed|left|lies|lay)\\s+(?:still\\s+)?vacant\\b|\\bleaderless\\b|\\b(?:fail(?:s|ed)?|unable|never agreed|not agree|could not agree|did not agree)\\b[^.;]{0,80}\\b(?:acting|interim|caretaker)\\s+(?:[\\p{L}-]+\\s+)?${HEAD_NOUN}\\b|\\bno\\s+(?:acting|interim|caretaker)\\s+(?:${HEAD_NOUN}|arrangement)\\b|\\b(?:deputies|deputy directors?(?:-general)?|vice[- ]presidents)\\b[^.;]{0,60}\\b(?:run|runs|running|ran|led|leading|manage[ds]?|managing)\\s+(?:the\\s+[\\p{L}-]+\\s+|it\\s+)?jointly\\b|\\b(?:run|led|managed)\\s+jointly\\s+by\\s+(?:its|the)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:deputies|deputy|vice[- ]presidents)\\b|\\b(?:run|steered|led|managed|overseen)\\s+on\\s+an?\\s+(?:interim|acting|temporary|caretaker)\\s+basis\\s+by\\s+(?:its|the|a)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:team|committee|group|triumvirate|troika|council)\\b`, 'iu');
// How long before the head's departure a source may already tell who will fill in.
const VACANCY_LEAD_DAYS = 62;
const MAX_VACANCY = 3;
const SUPPORT = /\b(?:support team|steering (?:committee|group)|task force|coordination (?:team|group))\b/i;
// "Uber will be run by its 14-member executive leadership team", "an interim executive committee chaired by
// Elkann runs the company", "the Office of the CEO": a group in charge rather than one head.
const GROUP_RUN = /\b(?:run|led|managed|steered)\s+(?:(?:since|from)\s+\w+\s+)?by\s+(?:a|an|the|its|their)\s+(?:[\p{L}\d-]+\s+){0,4}?(?:committee|team|council|triumvirate|troika)\b|\b(?:committee|leadership team|council|office of the (?:ceo|chief executive))\b[^.;]{0,60}?\b(?:has been |is |are |will be |was )?(?:running|runs|run|leading|leads)\s+(?:the (?:company|group|business|team|government)|it)\b/iu;

/**
 * Who leads an organisation (the corpus's subject when none is named) as of `now`, from the role
 * claims learned from the text: the current head with the newest dated claim, interim roles
 * labelled, earlier heads, who left and when, new responsibilities, and claims that disagree.
 */
export function whoLeads(index: BriefIndex, query: string, now: string, orgText: string | null = null, title: 'CEO' | 'chair' | null = null): Answer {
  // Pure in (index, organisation, title, now): computed once per day asked about, whatever the wording.
  return keptAnswer(index, `who-leads:${orgText ?? ''}:${title ?? ''}:${now}`, query, () => whoLeadsUncached(index, now, orgText, title));
}

function whoLeadsUncached(index: BriefIndex, now: string, orgText: string | null, title: 'CEO' | 'chair' | null): Answer {
  const query = '';
  const docs = eligibleDocs(index, now);
  const board = title === 'chair' || (!!orgText && /\b(?:board|directors|conseil)\b/i.test(orgText));
  const asked = orgText ? boardOwner(index, resolveOrg(index, orgText), board) : undefined;
  const org = asked ?? index.focus;
  const orgName = index.entities.get(org)?.name ?? org.replace(/^other:/, '');
  const target = board ? `${orgName}'s board` : orgName;
  // (Before the first article, the day asked: what later articles tell of it.)
  const asOf = newestPublished(docs) ?? (index.docs.some((d) => !!d.published) ? now : null);
  const notFound = (why: string): Answer => ({
    command: 'who-leads', query, asOf, found: false,
    heading: `Who leads ${orgText && !asked ? orgText.replace(/\?$/, '') : target}: not in the corpus`, items: [],
    notes: [why, 'Try /qwen sources to see what it holds.'], citations: [],
  });
  if (orgText && !asked && !board) {
    const typed = words(orgText).filter((w) => !STOPWORDS.has(w));
    return notFound(typed.length && typed.every((w) => index.vocab.has(stem(w))) ? `No source in the corpus names a head of ${orgText.replace(/\?$/, '')}.` : `No source in the corpus mentions “${orgText}”; I won't guess.`);
  }
  // A regulator or a party named only with its chair ("Jay Clayton, the SEC chairman"): the chair leads it.
  const result = currentHead(index, org, board, now, title === 'CEO' ? 'CEO' : null) ?? (!board && !title ? currentHead(index, org, true, now) : null);
  if (!result) return notFound(`No source in the corpus names a head of ${target}.`);

  const cites = new Citations(index);
  const items: Item[] = [];
  const name = (id: string) => index.entities.get(id)?.name ?? id;
  const docOf = (p: Passage) => index.docByPath.get(p.doc)!;
  const label = (p: Passage) => `(${dateLabel(p)}; ${sourceLabel(docOf(p))})`;
  const roleWord = (claims: HeadClaim[]) => {
    const c = claims.find((x) => x.date) ?? claims[0];
    return `${c.role.interim ? `${interimWord(claims)} ` : ''}${c.role.title === 'head' ? (board ? 'chair' : 'head') : c.role.title}`;
  };

  // The head: a few claims from distinct articles, newest first.
  const head = result.head;
  for (const c of distinctDocs(index, head, result.claims, MAX_HEAD_QUOTES)) {
    items.push({ section: result.notYet ? `Named to take over: ${name(head)}` : `Head: ${name(head)}`, text: `${quoted(c.passage.text)} ${label(c.passage)}`, cites: [cites.passage(c.passage)] });
  }
  // Earlier or competing heads, each with their newest claim.
  const own = result.claims.some((c) => !c.role.above) ? result.claims.filter((c) => !c.role.above) : result.claims;
  // A date known only to the year ("in 2026") places nothing within it.
  const precise = own.filter((c) => c.date && c.passage.datePrecision !== 'year');
  const headFrom = (precise.length ? precise : own).map((c) => c.date).filter((d): d is string => !!d).sort()[0] ?? null;
  // "X and Y will serve as interim co-chief executives": whoever the head's newest claim names beside them.
  const coHeads = result.others.filter((o) => o.claims.some((c) => !c.followed && c.passage.id === result.claims[0].passage.id)).map((o) => o.person);
  for (const o of result.others.slice(0, MAX_EARLIER)) {
    const c = o.claims[0];
    // A claim as new as the head's own is not "before": another source (or another post) names them too.
    const section = coHeads.includes(o.person) ? 'Shares the post' : o.claims.every((x) => x.role.above) ? `${target} reports to` : c.date && headFrom && c.date >= headFrom ? 'Also named as head' : 'Before that';
    items.push({ section, text: `${name(o.person)} (${roleWord(o.claims)}${c.date ? `, ${c.date}` : ''}) — ${quoted(c.passage.text)} ${label(c.passage)}`, cites: [cites.passage(c.passage)] });
  }

  // Named to take over, not yet in the post.
  for (const o of (result.named ?? []).slice(0, 2)) {
    const c = o.claims[0];
    // (With the day the article says they start: "will take up the post on May 15".)
    const starting = o.claims.find((x) => x.start);
    const start = starting?.start && starting.start !== c.passage ? starting.start : undefined;
    const told = start ? ` ${quoted(start.text)} ${label(start)}` : '';
    items.push({ section: 'Named to take over', text: `${name(o.person)} (${roleWord(o.claims)}${c.date ? `, named ${c.date}` : ''}${starting?.from ? `, starts ${starting.from}` : ''}) — ${quoted(c.passage.text)} ${label(c.passage)}${told}`, cites: [cites.passage(c.passage), ...(start ? [cites.passage(start)] : [])] });
  }

  // A group in charge, told as new as the head's own newest claim or newer.
  const groups = memo(index, `groupRun:${org}`, () => index.passages.filter((p) => GROUP_RUN.test(p.text) && (index.mentions[p.id].some((m) => m.id === org) || docAbout(index, p.doc, org))));
  const headDate = result.claims.find((c) => c.date)?.date ?? '';
  // (With the head only named to the post, whoever runs it meanwhile, however early told.)
  const running = groups.filter((p) => !!p.date && p.date <= now && (result.notYet || p.date >= headDate) && isEligible(index, p, now)).sort((a, b) => byDateDesc(a.date, b.date) || a.id - b.id);
  if (running.length) {
    const picked = distinctPassages(running, 2);
    items.unshift({ section: 'Run by a group', text: picked.map((p) => `${quoted(p.text)} ${label(p)}`).join(' '), cites: picked.map((p) => cites.passage(p)) });
  }

  // Departures of people who held a role there, dated by the date most sources give.
  const departed = new Set<string>();
  const headsEver = new Set([head, ...result.others.map((o) => o.person)]);
  // Who held a post there: a title the sentence ties to it, or one in an article mostly about it.
  const people = new Set([...memo(index, `roleHolders:${org}`, () => new Set(index.roles.filter((r) => heldAt(index, r, org)).map((r) => r.person))), ...headsEver]);
  const leftRows: { person: string; when: string | null; list: Passage[] }[] = [];
  for (const person of [...people].sort()) {
    const about = memo(index, `endsAbout:${org}:${person}`, () => endsOf(index, person).filter((e) => index.passages[e.passage].date && aboutOrg(index, index.passages[e.passage], org, e.at, person)).map((e) => index.passages[e.passage]));
    const relevant = about.filter((p) => p.date! <= now && isEligible(index, p, now));
    if (!relevant.length) continue;
    // A head whose newest claim is later than the departure came back (or never left).
    const when = modeDate(relevant);
    const latestClaim = person === head ? result.claims.find((c) => c.date)?.date ?? null : null;
    if (latestClaim && when && latestClaim >= when) continue;
    leftRows.push({ person, when, list: relevant });
  }
  leftRows.sort((a, b) => byDateDesc(a.when, b.when) || b.list.length - a.list.length || (a.person < b.person ? -1 : 1));
  for (const row of leftRows.slice(0, MAX_LEFT)) {
    departed.add(row.person);
    const best = [...row.list].sort((a, b) => Number(b.date === row.when) - Number(a.date === row.when) || originRank(a) - originRank(b) || isSentence(b) - isSentence(a) || a.id - b.id);
    const picked = distinctPassages(best, 2);
    items.push({
      section: 'Left',
      text: `${name(row.person)} left${row.when ? ` (${row.when})` : ''} — ${quoted(picked[0].text)} ${label(picked[0])}`,
      cites: picked.map((p) => cites.passage(p)),
    });
  }

  // New responsibilities: people who joined or took on a role there, not the head, not someone who left.
  const fresh = new Map<string, Passage>();
  const present = asOf === newestPublished(index.docs);
  const arrivals = memo(index, `arrivals:${org}`, () => index.events.filter((e) => (e.kind === 'start' || e.kind === 'succession') && e.person && index.entities.get(e.person)?.type === 'person' && aboutOrg(index, index.passages[e.passage], org)));
  for (const e of arrivals) {
    if (fresh.size >= MAX_NEW) break;
    if (!e.person || e.person === head || departed.has(e.person) || fresh.has(e.person)) continue;
    const p = index.passages[e.passage];
    // Undated sentences only for today's picture: a past `now` cannot tell whether they came later.
    if ((!p.date && !present) || !isEligible(index, p, now) || (p.date && p.date > now) || !aboutOrg(index, p, org)) continue;
    // "Lilian Weng, OpenAI's former vice president, has joined …": someone who joins elsewhere.
    if (rolesAt(index, p.id).some((r) => r.person === e.person && (r.past || (r.org !== null && r.org !== org)))) continue;
    if (!recentEnough(p, result.claims)) continue;
    fresh.set(e.person, p);
  }
  for (const [person, p] of [...fresh.entries()].slice(0, MAX_NEW)) {
    items.push({ section: 'New responsibilities', text: `${name(person)} — ${quoted(p.text)} ${label(p)}`, cites: [cites.passage(p)] });
  }

  // The head gone and no one after: what the sources say runs it meanwhile ("has been without a
  // director-general since", "the deputies run the secretariat jointly", "failed to agree on an acting head").
  const gone = result.left ? leftRows.find((r) => r.person === head)?.when : undefined;
  if (gone) {
    const from = dayNumber(gone) - VACANCY_LEAD_DAYS;
    const vacant = memo(index, 'vacancy', () => index.passages.filter((p) => VACANCY.test(p.text)))
      .filter((p) => index.mentions[p.id].some((m) => m.id === org) || docAbout(index, p.doc, org))
      .filter((p) => !!p.date && p.date <= now && dayNumber(p.date) >= from && isEligible(index, p, now))
      .sort((a, b) => byDateDesc(a.date, b.date) || isSentence(b) - isSentence(a) || a.id - b.id);
    const picked = distinctPassages(vacant.filter((p) => !cites.list.some((c) => c.doc === p.doc && c.line === p.line)), MAX_VACANCY);
    for (const p of picked) items.push({ section: `Since ${name(head)} left`, text: `${quoted(p.text)} ${label(p)}`, cites: [cites.passage(p)] });
  }

  // A support or coordination team: everyone named in those sentences.
  const supportPassages = memo(index, `support:${org}`, () => (index.signals.support.length ? signalPassages(index, 'support') : index.passages.filter((p) => SUPPORT.test(p.text)))
    .filter((p) => docAbout(index, p.doc, org) || index.mentions[p.id].some((m) => m.id === org)))
    .filter((p) => isEligible(index, p, now));
  const members = new Map<string, Passage>();
  for (const p of supportPassages) {
    // Only the people named in the sentence of the passage that speaks of the team (a quoted e-mail
    // names others in its other sentences).
    const at = Math.max(0, (index.signals.support.length ? index.signals.support.map((x) => p.text.search(x.re)).filter((i) => i >= 0) : [p.text.search(SUPPORT)]).sort((a, b) => a - b)[0] ?? 0);
    const [from, to] = sentenceAround(p.text, at);
    for (const m of index.mentions[p.id]) {
      if (m.start < from || m.end > to) continue;
      if (index.entities.get(m.id)?.type === 'person' && !members.has(m.id)) members.set(m.id, p);
    }
  }
  if (members.size) {
    const quotes = [...new Set(members.values())];
    items.push({ section: 'Support / coordination team', text: `${[...members.keys()].map(name).join(', ')} — ${quotes.map((p) => quoted(p.text)).join(' ')}`, cites: quotes.map((p) => cites.passage(p)) });
  }

  // Where sources disagree: the head's mandate (interim in one source, not in another), then the
  // curated conflicts of signals.yaml.
  const interim = result.claims.filter((c) => c.role.interim);
  const firm = result.claims.filter((c) => !c.role.interim);
  if (interim.length && firm.length && interim.some((a) => firm.some((b) => a.passage.doc !== b.passage.doc))) {
    const sides = ([[true, interim], [false, firm]] as const).map(([provisional, list]) => {
      const c = [...list].sort((a, b) => byDateDesc(a.date, b.date) || isSentence(b.passage) - isSentence(a.passage) || a.passage.id - b.passage.id)[0];
      return [mandateLabel(c.passage.text, provisional), c] as const;
    });
    if (!sides.some(([, c]) => curatedCovers(index, c.passage))) {
      for (const [side, c] of sides) items.push({ section: `Sources disagree: ${name(head)}'s mandate`, text: `${side} — ${quoted(c.passage.text)} ${label(c.passage)}`, cites: [cites.passage(c.passage)] });
    }
  }
  // The day the head took office, where sources give different days weeks apart ("becomes president today",
  // August 1, beside "takes office on September 1").
  const took = new Map<string, Passage>();
  const startPassages = [
    ...result.claims.map((c) => c.start).filter((p): p is Passage => !!p),
    ...personEvents(index, head, now).filter((e) => e.kind === 'start').map((e) => index.passages[e.passage]).filter((p) => aboutOrg(index, p, org, undefined, head)),
  ];
  for (const p of startPassages.sort((a, b) => a.id - b.id)) {
    if ((p.dateOrigin !== 'sentence' && !(p.dateOrigin === 'article' && /\btoday\b/i.test(p.text))) || p.datePrecision !== 'day' || !p.date || !isEligible(index, p, now) || !TOOK_OFFICE.test(p.text)) continue;
    // (The day they were named is another day: "on Thursday named Jonathan Levin … president".)
    if (NAMED_ON.test(p.text) && !/\b(?:take|takes|took) office|sworn in|inaugurat/i.test(p.text)) continue;
    if (!took.has(p.date)) took.set(p.date, p);
  }
  // (The days of one taking of office: within two months of the latest.)
  const days = [...took.keys()].sort().filter((d, _, all) => dayNumber(all.at(-1)!) - dayNumber(d) <= 62);
  if (days.length >= 2 && took.get(days[0])!.doc !== took.get(days.at(-1)!)!.doc) {
    for (const d of [days[0], days.at(-1)!]) {
      const p = took.get(d)!;
      items.push({ section: `Sources disagree: when ${name(head)} took office`, text: `${d} — ${quoted(p.text)} ${label(p)}`, cites: [cites.passage(p)] });
    }
  }
  // A course kept in one source and left in another, unless a curated conflict covers it.
  for (const st of stances(index)) {
    const [keepAll, leaveAll] = memo(index, `stance:${st.object}:${org}`, () => [st.keep.filter((p) => aboutOrg(index, p, org)), st.leave.filter((p) => aboutOrg(index, p, org))]);
    const keep = keepAll.filter((p) => isEligible(index, p, now));
    const leave = leaveAll.filter((p) => isEligible(index, p, now));
    if (!keep.length || !leave.length || !keep.some((a) => leave.some((b) => a.doc !== b.doc))) continue;
    const newest = (ps: Passage[]) => [...ps].sort((a, b) => newerFirst(docOf(a).published, docOf(b).published) || isSentence(b) - isSentence(a) || a.id - b.id)[0];
    if (curatedCovers(index, newest(keep)) || curatedCovers(index, newest(leave))) continue;
    for (const [side, p] of [[`${st.object} kept`, newest(keep)], [`away from ${st.object}`, newest(leave)]] as const) {
      items.push({ section: `Sources disagree: ${st.object}`, text: `${side} — ${quoted(p.text)} ${label(p)}`, cites: [cites.passage(p)] });
    }
  }
  for (const [ci, conflict] of index.signals.conflicts.entries()) {
    // Each side's sentences in preference order, once per organisation; `now` picks the first visible.
    const sides = conflict.sides
      .map((side, si) => ({ side, best: rankedSide(index, ci, si, org).find((p) => isEligible(index, p, now)) }))
      .filter((x): x is { side: (typeof conflict.sides)[number]; best: Passage } => !!x.best);
    if (sides.length < 2) continue;
    for (const { side, best } of sides) {
      items.push({ section: `Sources disagree: ${conflict.topic}`, text: `${side.label} — ${quoted(best.text)} ${label(best)}`, cites: [cites.passage(best)] });
    }
  }

  // "Until then, Karins and his ministers remain in office in a caretaker capacity": a head who has left but
  // stays on until a successor takes office, in the newest source that says so.
  const headLeft = leftRows.find((r) => r.person === head)?.when;
  const caretaker = result.left ? staysOn(index, head, headLeft ?? null, now) : null;
  if (caretaker) items.push({ section: `Stays on until a successor takes office: ${name(head)}`, text: `${quoted(caretaker.text)} ${label(caretaker)}`, cites: [cites.passage(caretaker)] });

  // The tenure's first dated claim: the earliest one after the head's last departure, if any.
  const lastEnd = leavingsSeen(index, head, now)[0]?.date ?? '';
  // A machine-generated recap's date gives way to the reporting's when both date the tenure.
  // Someone reporting to the head ("Both report to him") dates nothing: the head's own appointment does.
  const dated = result.claims.filter((c) => c.date && c.date >= lastEnd);
  const tenure = dated.some((c) => !c.role.above) ? dated.filter((c) => !c.role.above) : dated;
  const reported = tenure.filter((c) => docOf(c.passage).kind !== 'generated');
  const since = (reported.length ? reported : tenure).map((c) => c.date!).sort()[0] ?? null;
  return {
    command: 'who-leads',
    query,
    asOf,
    found: true,
    heading: result.notYet
      ? `Who leads ${target} — ${[head, ...coHeads].map(name).join(' and ')} named to take over (${roleWord(result.claims)}${since ? `, named ${since}` : ''}), not yet in the post as of ${asOf ?? 'the undated sources'}`
      : `Who leads ${target} — ${[head, ...coHeads].map(name).join(' and ')} (${roleWord(result.claims)}${since ? `, claimed since ${since}` : ''}), as of ${asOf ?? 'the undated sources'}`,
    items,
    // "Barnier, toppled on December 4": the last head the sources name, gone, and no one yet after.
    notes: result.left ? [`${name(head)} has left${headLeft ? ` (${headLeft})` : ''}${caretaker ? ', staying on as caretaker' : ''}; no source by ${asOf ?? 'now'} names who followed.`] : [],
    citations: cites.list,
  };
}

/** A change counts as new when it is no older than the head's oldest dated claim. */
function recentEnough(p: Passage, claims: HeadClaim[]): boolean {
  const dates = claims.map((c) => c.date).filter((d): d is string => !!d).sort();
  return !p.date || !dates.length || p.date >= dates[0].slice(0, 7);
}

function distinctDocs(index: BriefIndex, head: string, claims: HeadClaim[], max: number): HeadClaim[] {
  const out: HeadClaim[] = [];
  const seen = new Set<string>();
  const ordered = [...claims].sort((a, b) => byDateDesc(a.date, b.date) || isSentence(b.passage) - isSentence(a.passage) || Number(a.role.interim) - Number(b.role.interim) || a.passage.id - b.passage.id);
  // Sentences about the head first: one that opens on someone else ("Provost would have to decide …
  // as Nissan's own chief executive, Ivan Espinosa, …") only fills what is left.
  const about = (c: HeadClaim) => index.mentions[c.passage.id].find((m) => index.entities.get(m.id)?.type === 'person')?.id === head;
  for (const pass of [about, () => true]) {
    for (const c of ordered) {
      if (out.length >= max) break;
      if (seen.has(c.passage.doc) || !pass(c)) continue;
      seen.add(c.passage.doc);
      out.push(c);
    }
  }
  return out.sort((a, b) => ordered.indexOf(a) - ordered.indexOf(b));
}

function distinctPassages(list: Passage[], max: number): Passage[] {
  const out: Passage[] = [];
  const seen = new Set<string>();
  for (const p of list) {
    if (out.length >= max) break;
    if (seen.has(p.doc)) continue;
    seen.add(p.doc);
    out.push(p);
  }
  return out;
}

function originRank(p: Passage): number {
  return p.dateOrigin === 'sentence' ? 0 : p.dateOrigin === 'paragraph' ? 1 : p.dateOrigin === 'article' ? 2 : 3;
}

function mentionsOrg(index: BriefIndex, p: Passage, org: string): number {
  return index.mentions[p.id].some((m) => m.id === org) ? 1 : 0;
}

/** The sentence around offset `at` within a passage that may hold several (quoted speech kept whole). */
function sentenceAround(text: string, at: number): [number, number] {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(/[.!?]['"’”]?\s+(?=['"‘“]?[A-Z])/g)) {
    const end = m.index! + m[0].length;
    if (end <= at) from = end;
    else if (m.index! >= at) {
      to = m.index! + 1;
      break;
    }
  }
  return [from, to];
}

/**
 * A sentence is about `org` when it names it, or names no other organisation in an article about it;
 * with `at`, only the sentence around that offset counts (a long quotation is several sentences).
 */
function aboutOrg(index: BriefIndex, p: Passage, org: string, at?: number, person?: string): boolean {
  // "voted to bring down the government of Prime Minister Michel Barnier": the post there names it.
  if (person && rolesAt(index, p.id).some((r) => r.person === person && r.head === 'org' && roleAt(index, r, org))) return true;
  const [from, to] = at === undefined ? [0, p.text.length] : sentenceAround(p.text, at);
  const orgs = index.mentions[p.id].filter((m) => index.entities.get(m.id)?.type === 'organisation' && m.start >= from && m.end <= to);
  if (orgs.some((m) => m.id === org)) return true;
  return orgs.length === 0 && docAbout(index, p.doc, org);
}

/**
 * The organisation a user named: an alias; else one whose name has every word they typed ("tongyi"
 * in "Tongyi Qianwen"), the corpus subject first. A name the articles use but never as an organisation's
 * ("Third Point", "Eskom") is not taken for the subject: that would answer about someone else's head.
 */
function resolveOrg(index: BriefIndex, text: string): string | undefined {
  // "McDonald's USA": the unit after the possessive, when the corpus knows it.
  const orgIn = (s: string) => index.entities.resolve(s).ids.find((id) => index.entities.get(id)?.type === 'organisation');
  const unit = /^(.+?)['’]s\s+(.+)$/.exec(text.trim());
  const own = unit ? orgIn(unit[2]) : undefined;
  if (own && orgIn(unit![1])) return own;
  // "Nintendo of America": the unit after "of", when the corpus names someone its head ("Nintendo of
  // America, run since 2006 by its president").
  const of = /^(.+?)\s+of\s+(?:the\s+)?(.+)$/i.exec(text.trim());
  const region = of ? orgIn(of[2]) : undefined;
  if (region && orgIn(of![1]) && index.roles.some((r) => r.org === region && r.head === 'org')) return region;
  const direct = orgIn(text);
  if (direct) return direct;
  const ws = words(text).filter((w) => !STOPWORDS.has(w) && !/^(?:board|directors|team|company|group)$/.test(w));
  if (!ws.length) return undefined;
  const hits = index.entities.entities.filter((e) => e.type === 'organisation' && e.aliases.some((a) => { const aw = words(a); return ws.every((w) => aw.includes(w)); }));
  if (hits.some((e) => e.id === index.focus)) return index.focus;
  if (hits.length === 1) return hits[0].id;
  if (hits.length > 1) return index.focus;
  // "U.S. Soccer president Cindy Parlow Cone": an organisation a title names that no sentence names as a
  // subject is no entity, but its posts are known by its name ("US Soccer federation" asks for it).
  // ("U.S." is "US".)
  const bare = (s: string) => words(s.replace(/(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, '')));
  const wanted = bare(text).filter((w) => !STOPWORDS.has(w) && !GENERIC_ORG_WORDS.has(w));
  const named = wanted.length ? [...new Set(index.roles.map((r) => r.org).filter((o): o is string => !!o && o.startsWith('other:') && o !== 'other:unit'))]
    .filter((o) => { const ow = bare(o.slice(6)); return wanted.every((w) => ow.includes(w)); }) : [];
  return named.length === 1 ? named[0] : undefined;
}

/** "CSU Board of Trustees", taken for an organisation "CSU Board": the board of the organisation its name starts with. */
function boardOwner(index: BriefIndex, org: string | undefined, board: boolean): string | undefined {
  const m = board && org ? /^(.+?)\s+board$/i.exec(index.entities.get(org)?.name ?? '') : null;
  // (The whole rest its name: "England and Wales Cricket Board" is no board of England's.)
  const rest = m ? index.entities.resolve(m[1]) : null;
  const owner = rest && rest.consumed.size === words(m![1]).length ? rest.ids.find((id) => index.entities.get(id)?.type === 'organisation') : undefined;
  return owner ?? org;
}

/** Words that say what kind of body an organisation is, not which one. */
const GENERIC_ORG_WORDS = new Set('federation association union party club league body organisation organization confederation society'.split(' '));

/** A curated conflict of signals.yaml already shows this sentence's side. */
function curatedCovers(index: BriefIndex, p: Passage): boolean {
  return index.signals.conflicts.some((c) => c.sides.some((side) => side.patterns.some((re) => re.test(p.text))));
}

/** One side of a curated conflict, strongest wording first (earlier patterns), then newest, full sentences, naming `org`. */
function rankedSide(index: BriefIndex, ci: number, si: number, org: string): Passage[] {
  return memo(index, `side:${ci}:${si}:${org}`, () => {
    const patterns = index.signals.conflicts[ci].sides[si].patterns;
    const strength = new Map(sidePassages(index, ci, si).map((p) => [p.id, patterns.findIndex((re) => re.test(p.text))]));
    const published = (p: Passage) => index.docByPath.get(p.doc)!.published;
    return [...sidePassages(index, ci, si)].sort(
      (a, b) =>
        strength.get(a.id)! - strength.get(b.id)! ||
        newerFirst(published(a), published(b)) ||
        isSentence(b) - isSentence(a) ||
        mentionsOrg(index, b, org) - mentionsOrg(index, a, org) ||
        a.id - b.id,
    );
  });
}

/** The sources' own word for a stand-in: "acting governor" where they say "acting" more than "interim". */
function interimWord(claims: HeadClaim[]): string {
  const count = (re: RegExp) => claims.filter((c) => c.role.interim && re.test(c.passage.text)).length;
  return count(/\bacting\b/i) > count(/\binterim\b/i) ? 'acting' : 'interim';
}

/**
 * Each side of a mandate disagreement in its source's own words: "temporarily assume oversight"
 * → "temporary oversight", "interim CEO"; "named … to lead" → "named to lead". Else a plain label.
 */
export function mandateLabel(text: string, provisional: boolean): string {
  if (provisional) {
    const adverb = /\b(temporar|provisional|interim)(?:il|l)?y\s+(?:\w+\s+){1,2}?(oversight|control|charge|leadership|command|responsibility|role)\b/i.exec(text);
    if (adverb) return `${adverb[1].toLowerCase()}${/temporar/i.test(adverb[1]) ? 'y' : ''} ${adverb[2].toLowerCase()}`;
    const adjective = /\b(interim|acting|temporary|caretaker|provisional)\s+((?:chief \w+(?: officer)?|\w+))\b/i.exec(text);
    if (adjective) return `${adjective[1].toLowerCase()} ${adjective[2]}`;
    return 'interim or temporary';
  }
  const named = /\b(named|appointed|tapped|picked|chose|promoted|elevated)\b[^.;]{0,80}?\bto (lead|head|run|oversee|chair)\b/i.exec(text);
  if (named) return `${named[1].toLowerCase()} to ${named[2].toLowerCase()}`;
  return 'named without qualification';
}

const CARETAKER = /\b(?:caretaker|acting|interim)\b/i;
const STAYS = /\b(?:remain|remains|remained|stay|stays|stayed|staying|continue|continues|continued|carr(?:y|ies|ied) on|until)\b/i;

/**
 * The newest sentence saying the head who left stays on as caretaker: one naming them, or the next in its
 * paragraph ("Until then, Karins and his ministers remain in office in a caretaker capacity"), told no
 * earlier than the leaving.
 */
function staysOn(index: BriefIndex, head: string, leftAt: string | null, now: string): Passage | null {
  const found: Passage[] = [];
  for (const id of index.byEntity.get(head) ?? []) {
    const p = index.passages[id];
    const next = index.passages[id + 1];
    for (const x of [p, ...(next && next.doc === p.doc && next.paragraph === p.paragraph ? [next] : [])]) {
      if (CARETAKER.test(x.text) && STAYS.test(x.text) && isEligible(index, x, now) && (!leftAt || !x.date || x.date >= leftAt)) found.push(x);
    }
  }
  return found.sort((a, b) => byDateDesc(a.date, b.date) || a.id - b.id)[0] ?? null;
}
