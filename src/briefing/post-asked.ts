// "Who is England's goalkeeping coach?": the post asked, whose post it is, and whether any sentence
// names someone in it. A post no sentence gives anyone is not in the corpus, however many sentences
// share a word with it ("Thomas Tuchel has been appointed head coach").
import type { Passage } from '../corpus/types.ts';
import type { BriefIndex } from '../index/build.ts';
import { sameTitle, TITLE_EXACT, titleOf } from '../index/lexicon.ts';
import { escapeRegExp, stem, STOPWORDS, words } from '../index/normalize.ts';
import { isEligible } from './eligible.ts';
import { docAbout, primaryOrg, rolesAt } from './knowledge.ts';

export interface PostAsked {
  /** Whose post it is: the entities the question names before or after it. */
  owners: string[];
  /** The post as typed, qualifiers dropped ("goalkeeping coach", "chief of detectives"). */
  post: string;
  /** Whose, as typed ("newcastle united"). */
  ownerText: string;
}

const ASK = /^who\s+(?:is|was|are|were)\s+(?:currently\s+|now\s+)?(?:the\s+)?(.+?)\s*\??$/i;
// Words that place the post rather than name it ("ambassador in Washington", "coach now").
const TAIL = /\s+(?:in|at|for|during|since|after|before|under|now|currently|today|these days|right now)\b.*$/i;
// Words that say which holder, not which post.
const QUALIFIER = 'new|current|present|acting|interim|former|top|next|latest|permanent|then|the|its|his|her|their';
const QUALIFIERS_FIRST = new RegExp(`^(?:(?:${QUALIFIER})\\s+)+`, 'i');
const QUALIFIERS_LAST = new RegExp(`(?:\\b(?:${QUALIFIER})\\s+)+$`, 'i');
// "his assistant", "its chief AI officer", "their new coach": a post whose owner was named before.
const OWNED_BY_PRONOUN = new RegExp(`\\b(?:his|her|their|its)\\s+(?:(?:${QUALIFIER})\\s+)*$`, 'i');
// "X, who worked as his assistant", "X, who is now its chief executive": the holder's own clause.
const RELATIVE = /^\s*,\s*who\s+(?:is|was|has been|had been|became|becomes|worked|works|served|serves|remains|remained)\s+(?:now\s+|also\s+|still\s+)?(?:as\s+)?/i;
// Not posts: who follows or opposes whom ("who is X's successor"), whom X chose ("Sall's pick to succeed
// him"), and family, told as often from the other side ("Shahid Afridi, whose daughter …").
const NOT_A_POST = /\b(?:successor|predecessor|replacement|rival|opponent|challenger|boss|number two|right-hand|pick|choice|candidate|nominee|favou?rite|heir|father|mother|son|daughter|wife|husband|brother|sister|uncle|aunt|cousin|in-law|law|partner|friend|girlfriend|boyfriend|fianc[ée]e?|shareholders?|owners?|investors?|backers?|sponsors?|auditors?|lenders?|parent|stake)\b/i;

/** The post a "who is X's <post>" / "who is the <post> of X" / "who is the X <post>" question asks, or null. */
export function postAsked(index: BriefIndex, text: string): PostAsked | null {
  const m = ASK.exec(text.trim());
  if (!m) return null;
  const rest = m[1];
  let ownerText = '';
  let post = '';
  const poss = /^(.+?)['’]s\s+(.+)$/u.exec(rest) ?? /^(.+?s)['’]\s+(.+)$/u.exec(rest);
  const of = /^(.+?)\s+of\s+(?:the\s+)?(.+)$/i.exec(rest);
  if (poss) [ownerText, post] = [poss[1], poss[2]];
  else if (of && fullyNamed(index, of[2])) [ownerText, post] = [of[2], of[1]];
  else {
    // "the NYPD chief of detectives": a name first, then the post.
    const qw = words(rest);
    const { consumed } = index.entities.resolve(rest);
    let k = 0;
    while (consumed.has(k)) k++;
    if (k === 0 || [...consumed].some((i) => i >= k)) return null;
    // ("the finance minister", beside "ministre des Finances": a title's own words, not an owner and a post.)
    if (titleOf(qw.slice(0, k + 1).join(' ')) || titleOf(qw.slice(0, k + 2).join(' '))) return null;
    ownerText = qw.slice(0, k).join(' ');
    post = qw.slice(k).join(' ');
  }
  post = post.replace(TAIL, '').replace(QUALIFIERS_FIRST, '').trim();
  const owners = fullyNamed(index, ownerText);
  const postWords = words(post).filter((w) => !STOPWORDS.has(w));
  if (!owners || !postWords.length || postWords.length > 4 || NOT_A_POST.test(post)) return null;
  // (A post named by the body it heads is that title, asked of the owner's body: "the Samoa parliament speaker"
  // is whoever the sentences make Speaker, "the Speaker of the outgoing parliament".)
  const last = titleOf(postWords[postWords.length - 1]);
  if (postWords.length > 1 && last?.heads?.test(postWords.slice(0, -1).join(' '))) return null;
  // (A name in the post is no post: "who is Alibaba's Qwen".)
  if (index.entities.resolve(post).ids.length) return null;
  return { owners, post, ownerText: ownerText.trim() };
}

/** Entity ids a text names in every content word, or null. */
function fullyNamed(index: BriefIndex, text: string): string[] | null {
  const qw = words(text);
  const { ids, consumed } = index.entities.resolve(text);
  return ids.length && qw.every((w, i) => consumed.has(i) || STOPWORDS.has(w)) ? ids : null;
}

/** Whether any sentence a user can see on `now` names someone in the post asked, as that owner's. */
export function postHeld(index: BriefIndex, asked: PostAsked, title: string | null, now: string): boolean {
  const pw = words(asked.post);
  // ("deputy governors" asked, "deputy governor" written; "chair" asked, "chairman" written.)
  const one = (w: string, last: boolean) => last ? `${escapeRegExp(stem(w))}\\p{L}*` : `${escapeRegExp(w.replace(/ies$/, '').replace(/(?<![su])s$/, ''))}(?:s|es|y|ies)?`;
  const forms = [pw.map((w, i) => one(w, i === pw.length - 1)).join('[\\s-]+')];
  // ("energy secretary" is also "secretary of energy".)
  if (pw.length === 2) forms.push(`${one(pw[1], true)}\\s+(?:of|for)\\s+(?:the\\s+)?${one(pw[0], false)}`);
  const re = new RegExp(`\\b(?:${forms.join('|')})\\b`, 'giu');
  const first = pw.find((w) => !STOPWORDS.has(w))!;
  // (The title's written form, read where the index found it: once per question.)
  const written = title ? TITLE_EXACT.find((x) => x.title.canon === title) : undefined;
  const sticky = written ? new RegExp(written.word.source, 'iy') : null;
  return index.passages.some((p) => {
    if (!isEligible(index, p, now)) return false;
    const spans: [number, number][] = [];
    if (p.text.toLowerCase().includes(first.slice(0, 5))) for (const x of p.text.matchAll(re)) spans.push([x.index!, x.index! + x[0].length]);
    // (The post under the title the index reads: "CEO" asked, "chief executive" written.)
    // (Only when the post is that title itself: "sporting director" is not every "director".)
    // (A role the index already gives the owner asked about, to someone else, is the answer.)
    const roles = title && titleOf(asked.post)?.canon === title ? rolesAt(index, p.id).filter((r) => sameTitle(r.title, title)) : [];
    if (roles.some((r) => r.org && asked.owners.includes(r.org) && !asked.owners.includes(r.person))) return true;
    for (const r of roles) if (!r.org) spans.push([r.at, r.at + writtenLength(sticky, p.text, r.at, title!)]);
    return spans.some(([s, e]) => holds(index, p, asked, s, e));
  });
}

/** How long the title written at `at` is ("chief financial officer" for CFO), or the canonical title's length. */
function writtenLength(sticky: RegExp | null, text: string, at: number, title: string): number {
  if (sticky) {
    sticky.lastIndex = at;
    const hit = sticky.exec(text);
    if (hit) return hit[0].length;
  }
  return title.length;
}

/** Whether the post written at [s, e) is given to someone, and is the owner's. */
function holds(index: BriefIndex, p: Passage, asked: PostAsked, s: number, e: number): boolean {
  const ms = index.mentions[p.id];
  const before = p.text.slice(0, s).replace(QUALIFIERS_LAST, '');
  // Whose: "the league's chief executive", "Brighton's", "Amnesty, whose chief executive" say another's.
  const poss = /([\p{L}.&-]+)(?:['’]s|s['’])\s*$/u.exec(before);
  let owned = false;
  if (poss) {
    const at = before.length - poss[0].length + poss[1].length;
    const owner = ms.find((m) => m.end >= at - 1 && m.end <= at + 1 && m.start < at);
    // ("Peter Whittle is confirmed as Nuttall's deputy leader", asked of UKIP: a person's post may be their
    // organisation's, so it is not another's.)
    const personsOwn = !!owner && index.entities.get(owner.id)?.type === 'person' && asked.owners.some((id) => index.entities.get(id)?.type === 'organisation');
    if (!owner || (!asked.owners.includes(owner.id) && !personsOwn)) return false;
    owned = true;
  } else if (OWNED_BY_PRONOUN.test(p.text.slice(0, s))) {
    // "João Sacramento, who worked as his assistant", "Cohere … hired Joelle Pineau as its chief AI officer",
    // "Its chief executive, Louise Davidson": whose, when the owner is named before it, or a sentence before.
    owned = ms.some((m) => m.end <= s && asked.owners.includes(m.id)) || namedBefore(index, p, asked.owners);
  } else if (/\bwhose\s*$/i.test(before)) {
    const w = before.search(/\bwhose\s*$/i);
    const owner = ms.find((m) => m.end <= w && w - m.end <= 3);
    if (!owner || !asked.owners.includes(owner.id)) return false;
    owned = true;
  }
  // …or after: "chief of detectives in the Nassau County Police Department", "spokesman for Lykketoft".
  const after = /^\s+(?:of|at|for|to|in|with)\s+(?:the\s+)?/i.exec(p.text.slice(e));
  if (after && !owned) {
    const next = ms.find((m) => m.start === e + after[0].length);
    if (next && !asked.owners.includes(next.id)) return false;
    if (next) owned = true;
    else if (/^\p{Lu}/u.test(p.text.slice(e + after[0].length)) && /^\s+(?:of|at|for)\b/i.test(after[0])) return false;
  }
  // Someone in it: a person named right before ("Margetson, the goalkeeping coach") or after ("coach Margetson").
  const holder = ms.some((m) => index.entities.get(m.id)?.type === 'person' && !asked.owners.includes(m.id) &&
    ((m.end <= s && s - m.end <= 40 && !/[.;:!?]|\b(?:and|but|who|which|while)\b/i.test(p.text.slice(m.end, s).replace(RELATIVE, ''))) ||
     (m.start >= e && m.start - e <= 40 && HOLDER_NEXT.test(p.text.slice(e, m.start)))));
  // (…or whom the index gives the title written there: "Oliver North, the retired Marine lieutenant colonel
  // who became the NRA's president".)
  const titled = rolesAt(index, p.id).some((r) => r.at >= s - 1 && r.at <= e && !asked.owners.includes(r.person));
  if (!holder && !titled) return false;
  if (owned) return true;
  // Unsaid whose: the organisation named last before it ("started Hipmunk, with Huffman serving as chief
  // technology officer" is Hipmunk's, whatever else the sentence names), else the owner named in the
  // sentence, or the article's own.
  // (A person's post: the person named in the sentence or the one before, "… leans on Temer's PMDB; Eliseu
  // Padilha becomes chief of staff".)
  const ids = new Set(ms.map((m) => m.id));
  const people = asked.owners.filter((id) => index.entities.get(id)?.type === 'person');
  if (people.some((id) => ids.has(id)) || namedBefore(index, p, people)) return true;
  // (Not a party a person is told by: "The AAK's Meliza Haradinaj-Stublla becomes foreign minister".)
  const ofPerson = (m: { end: number }) => /^['’]s?\s+/.test(p.text.slice(m.end)) && ms.some((x) => index.entities.get(x.id)?.type === 'person' && x.start > m.end && x.start <= m.end + 4);
  const orgBefore = ms.filter((m) => m.end <= s && index.entities.get(m.id)?.type === 'organisation' && !ofPerson(m)).sort((a, b) => b.end - a.end)[0];
  if (orgBefore) return asked.owners.includes(orgBefore.id);
  return asked.owners.some((id) => ids.has(id) || (index.entities.get(id)?.type === 'organisation' && (primaryOrg(index, p.doc) === id || docAbout(index, p.doc, id))) || id === index.focus);
}

// Between a post and the person named after it as its holder: "coach Margetson", "chief executive, Ada
// Moss", "the goalkeeping coach, 45-year-old Tom Margetson", "the trustees are X and Y"; not a verb of theirs
// ("the trustees picked Zanny Minton Beddoes").
const HOLDER_NEXT = /^[\s,]*(?:(?:the|former|current|interim|acting|new|now|veteran|long-?time|\d{1,3}-year-old|is|are|was|were|remains|\p{Lu}[\p{L}.'’-]*)[\s,]+)*$/u;

/** Whether the sentence before, in the same article, names one of `ids`. */
function namedBefore(index: BriefIndex, p: Passage, ids: string[]): boolean {
  const prev = index.passages[p.id - 1];
  return !!prev && prev.doc === p.doc && index.mentions[prev.id].some((m) => ids.includes(m.id));
}
