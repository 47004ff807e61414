// Two name forms for one person that no article writes side by side: "Eddie Wu" in one article,
// "Wu Yongming" in another. They are one person when they share a name word, hold the same title
// at the same organisation, are never named in the same article, and no curated hint sets them apart.
import type { Passage } from '../corpus/types.ts';
import type { EventFact, RoleFact } from './facts.ts';
import { escapeRegExp, levenshtein, words } from './normalize.ts';
import type { EntitySpec, Mention } from './names.ts';

export interface Merged {
  specs: EntitySpec[];
  mentions: Mention[][];
  roles: RoleFact[];
  events: EventFact[];
}

export function mergeSamePeople(specs: EntitySpec[], passages: Passage[], mentions: Mention[][], roles: RoleFact[], events: EventFact[]): Merged {
  const byId = new Map(specs.map((e) => [e.id, e]));
  const docsOf = new Map<string, Set<string>>();
  for (const p of passages) for (const m of mentions[p.id]) (docsOf.get(m.id) ?? docsOf.set(m.id, new Set()).get(m.id)!).add(p.doc);
  // Each article's passages, for the checks below (read only for the few pairs that reach them).
  const byDoc = groupByDoc(passages);
  // Whether an article says someone is known by `name`: "known to most Nigerians as Yemi Cardoso".
  const knownAs = (doc: string, name: string) => {
    const re = new RegExp(`\\b(?:known|referred to|called)\\s+(?:to\\s+[^,.;]{1,30}?\\s+)?as\\s+["“]?${escapeRegExp(name)}\\b`);
    return (byDoc.get(doc) ?? []).some((p) => re.test(p.text));
  };
  // Whether one sentence of an article names both: two people, not one person's two forms.
  // (`shared`: a mention shorter than these words, made of them, names neither: the lone "Falwell".)
  const namesBoth = (p: Passage, a: string, b: string, shared: string[] = []) => {
    const named = (id: string) => mentions[p.id].some((m) => { if (m.id !== id || !shared.length) return m.id === id; const said = words(p.text.slice(m.start, m.end)); return !(said.length < shared.length && said.every((x) => shared.includes(x))); });
    return named(a) && named(b);
  };
  const besideIn = (doc: string, a: string, b: string, shared: string[] = []) => (byDoc.get(doc) ?? []).some((p) => namesBoth(p, a, b, shared));
  // Whether every sentence naming both calls one the other's spelling ("also transliterated", "also spelt").
  const spelledBeside = (doc: string, a: string, b: string) => (byDoc.get(doc) ?? []).every((p) =>
    !namesBoth(p, a, b) || /\b(?:also|otherwise|sometimes|often)\s+(?:transliterated|spelt|spelled|written|rendered)\b/i.test(p.text));
  // Title at an organisation → people holding it (current, not interim).
  const holders = new Map<string, Set<string>>();
  for (const r of roles) {
    if (r.past || r.interim || !r.org || r.org.startsWith('other:') || byId.get(r.person)?.type !== 'person') continue;
    const k = `${r.title}@${r.org}`;
    (holders.get(k) ?? holders.set(k, new Set()).get(k)!).add(r.person);
  }
  const into = new Map<string, string>();
  const titled = (e: EntitySpec) => TITLED_SURNAME.test(e.name);
  const find = (id: string): string => (into.has(id) ? find(into.get(id)!) : id);
  for (const [, set] of [...holders.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ids = [...set].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = find(ids[i]);
        const b = find(ids[j]);
        if (a === b) continue;
        const ea = byId.get(a)!;
        const eb = byId.get(b)!;
        if (!ea.learned && !eb.learned) continue; // both curated: the curator kept them apart
        const wa = new Set(ea.aliases.flatMap((x) => words(x)));
        if (!eb.aliases.flatMap((x) => words(x)).some((w) => w.length >= 2 && wa.has(w))) continue;
        const da = docsOf.get(a) ?? new Set();
        if ([...(docsOf.get(b) ?? [])].some((d) => da.has(d))) continue;
        // The curated one, else the one more articles name, keeps its id and name.
        // ("Ivo Lund" over "General Lund": the name itself over a rank and a surname.)
        const keep = !ea.learned || (eb.learned && (titled(eb) !== titled(ea) ? titled(eb) : da.size >= (docsOf.get(b)?.size ?? 0))) ? a : b;
        into.set(keep === a ? b : a, keep);
      }
    }
  }
  // "Valerii Zaluzhnyi" and "Valery Zaluzhny", "Oleksiy"/"Oleksii": one name in two transliterations
  // (the endings -yi, -iy, -ii, -y written for one sound), where one form ends in -yi, -iy or -ii
  // ("Terry" and "Terri" are two names) and no sentence names both.
  const people0 = specs.filter((e) => e.type === 'person' && e.learned && words(e.name).length >= 2);
  const byTranslit = new Map<string, string>();
  for (const e of people0) {
    const k = translitKey(e.name);
    const first = byTranslit.get(k);
    if (!first) byTranslit.set(k, e.id);
    else if (find(first) !== find(e.id) && ([e.name, byId.get(first)!.name].some((n) => /(?:yi|iy|ii)\b/i.test(n)) || /\bd?zh/i.test(e.name) !== /\bd?zh/i.test(byId.get(first)!.name)) &&
      ![...(docsOf.get(first) ?? [])].some((d) => docsOf.get(e.id)?.has(d) && besideIn(d, first, e.id))) {
      const [a, b] = [find(first), find(e.id)];
      const keep = (docsOf.get(a)?.size ?? 0) >= (docsOf.get(b)?.size ?? 0) ? a : b;
      into.set(keep === a ? b : a, keep);
    }
  }
  // "Dave Calhoun" and "David Calhoun": the same surname, given names that begin alike, never both
  // written out in one article.
  const people = specs.filter((e) => e.type === 'person' && e.learned);
  // How many people's names have this given name and surname (initials and generations aside).
  const nameCount = new Map<string, number>();
  for (const e of people) { const [f, l] = givenAndSurname(e.name); if (f) nameCount.set(`${f} ${l}`, (nameCount.get(`${f} ${l}`) ?? 0) + 1); }
  const namesakes = (f: string, l: string) => nameCount.get(`${f} ${l}`) ?? 0;
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      const a = find(people[i].id);
      const b = find(people[j].id);
      if (a === b) continue;
      const [fa, la, ma] = givenAndSurname(people[i].name);
      const [fb, lb, mb] = givenAndSurname(people[j].name);
      // ("Yemi Cardoso" for Olayemi Cardoso: a short form may be the end of the given name, too.)
      const tail = !!fa && !!fb && Math.min(fa.length, fb.length) >= 4 && (fa.endsWith(fb) || fb.endsWith(fa));
      // (The same given name and surname are one person already, unless one form adds an initial or a
      // generation the other lacks: "Mark A. Welsh III" is "Mark Welsh"; "George H. W. Bush" is no "George W. Bush".)
      // (…and only where no third form shares the name: "George Bush" beside "George H. W. Bush" and "George W. Bush".)
      const sameName = fa === fb && ma === mb;
      if (sameName && (!addsInitial(people[i].name, people[j].name) || namesakes(fa!, la!) > 2)) continue;
      if (!la || la !== lb || !fa || !fb || (ma && mb) || (fa.slice(0, 3) !== fb.slice(0, 3) && !nicknameOf(fa, fb) && !tail)) continue;
      const da = docsOf.get(a) ?? new Set();
      // "Steve" within "Steven" is one person even in one article; "Dave"/"David" only across articles.
      const prefix = fa.startsWith(fb) || fb.startsWith(fa);
      // (…and "Yemi" for "Olayemi": a short form of the name an article gives in full, in a headline or a
      // later sentence, or beside it where the article says he is known by it ("Cardoso, known to most
      // Nigerians as Yemi Cardoso"); "Ella Smith and her sister Stella Smith" in one sentence are two people.)
      const shorter = fa.length < fb.length ? a : b;
      const shortName = (shorter === a ? people[i] : people[j]).name;
      // (…and in one article only a short form at least three letters shorter: "Ella" is not "Stella".)
      const shortForm = tail && Math.abs(fa.length - fb.length) >= 3 && [...(docsOf.get(shorter === a ? b : a) ?? [])].filter((d) => docsOf.get(shorter)?.has(d)).every((d) => knownAs(d, shortName) || !besideIn(d, people[i].id, people[j].id));
      // (…or one the article says is the other's spelling: "whose name is also transliterated as Adli Mansour".)
      // (Read only for two forms in one article, the case it can rescue.)
      const shared = [...(docsOf.get(b) ?? [])].filter((d) => da.has(d));
      const respelled = () => [people[i].name, people[j].name].some((n) => {
        const said = new RegExp(`\\b(?:also|otherwise|sometimes|often)\\s+(?:transliterated|spelt|spelled|written|rendered)\\s+(?:as\\s+)?${escapeRegExp(n)}\\b`, 'i');
        return shared.some((d) => (byDoc.get(d) ?? []).some((p) => said.test(p.text)));
      });
      if (!prefix && !nicknameOf(fa, fb) && !shortForm && shared.length > 0 && !respelled()) continue;
      // (A known short form is the same person even in one article: "Joseph S. Blatter … Sepp Blatter".)
      // (So is a middle name one form leaves out: "Ajaypal Singh Banga, known as Ajay … Ajay Banga".)
      const keep = da.size >= (docsOf.get(b)?.size ?? 0) ? a : b;
      into.set(keep === a ? b : a, keep);
    }
  }
  // "Manuel Christopher Figuera" and "Manuel Cristopher Figuera": one name of three words or more spelled
  // two ways, the given name alike and one later word a letter apart or transliterated with other vowels
  // ("Najla Bouden Romdhane", "Najla Bouden Ramadhan"), of five letters or more ("Maria"/"Mario" as a
  // given name are two people), never both in one sentence.
  const byGiven = new Map<string, EntitySpec[]>();
  for (const e of people) {
    for (const first of new Set(e.aliases.map((a) => words(a)[0]).filter(Boolean))) (byGiven.get(first) ?? byGiven.set(first, []).get(first)!).push(e);
  }
  // (A hyphenated given name is one word: "Hwang Kag-gyu" and "Hwang Kak-kyu", romanised two ways.)
  const joined = (name: string) => words(name.replace(/(\p{L})-(\p{L})/gu, '$1$2'));
  const spelledAlike = (x: string, y: string) => {
    const [a, b] = [joined(x), joined(y)];
    if (a.length < 2 || a.length !== b.length || a[0] !== b[0]) return false;
    const diff = a.map((w, i) => [w, b[i]] as const).filter(([u, v]) => u !== v);
    if (diff.length !== 1) return false;
    const [u, v] = diff[0];
    // (Two words, "Serzh Sargsyan" and "Serzh Sarkisian": a surname of six letters or more transliterated
    // two ways, its consonants alike but for g and k.)
    // (Not a vowel apart only, "Ali Hassan" and "Ali Hussein", "David Miller" and "David Muller": seven letters
    // or more, ending alike.)
    // (A given name hyphenated in both, "Kag-gyu" and "Kak-kyu": the same once g and k, b and p, d and t are one;
    // "Jin-young" and "Jun-young" are two names.)
    const hyphened = (name: string, w: string) => name.split(/\s+/).some((tok) => tok.includes('-') && tok.replace(/-/g, '').toLowerCase() === w);
    if (a.length === 2 && hyphened(x, u) && hyphened(y, v)) {
      const voiceless = (w: string) => w.replace(/g/g, 'k').replace(/b/g, 'p').replace(/d/g, 't');
      return voiceless(u) === voiceless(v);
    }
    // (…or two letters swapped, a slip of the keys: "Henry Beinen" for Henry Bienen.)
    if (a.length === 2 && u.length >= 5 && u.length === v.length && u[0] === v[0] && transposed(u, v)) return SWAPPED;
    if (a.length === 2) return Math.min(u.length, v.length) >= 6 && Math.max(u.length, v.length) >= 7 && u[0] === v[0] &&
      u.replace(/y/g, 'i').slice(-2) === v.replace(/y/g, 'i').slice(-2) && translit(u) === translit(v) && levenshtein(u, v, 4) <= 4;
    // (Never a different first letter: "Hernández" and "Fernández", "Ahmed" and "Hamid" are other names.)
    return Math.min(u.length, v.length) >= 5 && u[0] === v[0] && (levenshtein(u, v, 1) <= 1 || consonants(u) === consonants(v));
  };
  for (const group of byGiven.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [find(group[i].id), find(group[j].id)];
        const alike = group[i].aliases.flatMap((x) => group[j].aliases.map((y) => spelledAlike(x, y))).find(Boolean);
        if (a === b || !alike) continue;
        // (Two letters swapped are a slip in one article, not "Anna Nielsen" and "Anna Neilsen" across several.)
        if (alike === SWAPPED && Math.min(docsOf.get(a)?.size ?? 0, docsOf.get(b)?.size ?? 0) > 1) continue;
        // (…unless that sentence says it is one name: "Najla Bouden Romdhane - also transliterated Najla Bouden Ramadhan".)
        if ([...(docsOf.get(a) ?? [])].some((d) => docsOf.get(b)?.has(d) && besideIn(d, a, b) && !spelledBeside(d, a, b))) continue;
        const keep = (docsOf.get(a)?.size ?? 0) >= (docsOf.get(b)?.size ?? 0) ? a : b;
        into.set(keep === a ? b : a, keep);
      }
    }
  }
  // "Padrino López" for Vladimir Padrino López: two surnames, as Spanish and Portuguese names carry, are the
  // one person the corpus gives both; "Vladimir Padrino", the second dropped, is too where he holds a post
  // that form is also given. Never both in one sentence.
  const titlesOf = new Map<string, Set<string>>();
  for (const r of roles) (titlesOf.get(r.person) ?? titlesOf.set(r.person, new Set()).get(r.person)!).add(r.title);
  // (Names of three words or more by their last two and first two words, once: not every pair of people.)
  const byTail = new Map<string, EntitySpec[]>();
  const byHead = new Map<string, EntitySpec[]>();
  for (const o of people) {
    const x = words(o.name);
    if (x.length < 3) continue;
    for (const [m, k] of [[byTail, x.slice(-2).join(' ')], [byHead, x.slice(0, 2).join(' ')]] as const) (m.get(k) ?? m.set(k, []).get(k)!).push(o);
  }
  for (const e of people) {
    const w = words(e.name);
    if (w.length !== 2 || into.has(e.id)) continue;
    const longer = (from: Map<string, EntitySpec[]>) => [...new Set((from.get(w.join(' ')) ?? []).filter((o) => o !== e).map((o) => find(o.id)))];
    const tail = longer(byTail);
    const head = longer(byHead).filter((o) => [...(titlesOf.get(o) ?? [])].some((t) => titlesOf.get(e.id)?.has(t)));
    const owners = tail.length ? tail : head;
    if (owners.length !== 1 || owners[0] === find(e.id)) continue;
    const [a, b] = [find(e.id), owners[0]];
    // (A surname alone beside the other form is either of them: "Falwell's departure … Falwell Jr. built".)
    if ([...(docsOf.get(e.id) ?? [])].some((d) => besideIn(d, e.id, b, w))) continue;
    // (The form more articles use names them: "Eric Adams" over "Mayor-elect Eric Adams".)
    const keep = (docsOf.get(b)?.size ?? 0) >= (docsOf.get(a)?.size ?? 0) ? b : a;
    into.set(keep === a ? b : a, keep);
  }
  // "Dame Jacinda", "Sir Keir": an honour before a given name is the one person the corpus gives that name.
  for (const e of people) {
    const m = /^(?:sir|dame|lady|lord)\s+(\S+)$/i.exec(e.name);
    if (!m || into.has(e.id)) continue;
    const given = m[1].toLowerCase();
    const owners = [...new Set(people.filter((o) => o !== e && words(o.name).length >= 2 && words(o.name)[0] === given && !/^(?:sir|dame|lady|lord)$/i.test(words(o.name)[0])).map((o) => find(o.id)))];
    if (owners.length === 1 && owners[0] !== find(e.id)) into.set(e.id, owners[0]);
  }
  // "General Chiwenga", "President Mnangagwa", "Mr Ncube": a rank, a title or a courtesy before a surname is
  // the one person the corpus gives that surname.
  // (Merged into the one other person whose name fits, when there is exactly one.)
  const intoSoleFit = (e: EntitySpec, fits: (o: EntitySpec) => boolean) => {
    const owners = [...new Set(people.filter((o) => o !== e && fits(o)).map((o) => find(o.id)))];
    if (owners.length === 1 && owners[0] !== find(e.id)) into.set(e.id, owners[0]);
  };
  for (const e of people) {
    const m = TITLED_SURNAME.exec(e.name);
    if (!m || into.has(e.id)) continue;
    const surname = m[1].toLowerCase();
    intoSoleFit(e, (o) => words(o.name).length >= 2 && words(o.name).at(-1) === surname && !titled(o));
  }
  // "Sheikh Sultan", "Emir Tamim", "Prince Mohammed": a title that goes before a given name, before the first word
  // of the one full name the corpus gives that begins so ("Sultan bin Khalifa Al Nahyan").
  for (const e of people) {
    const m = e.aliases.map((a) => /^(?:sheikh|sheikha|emir|prince|princess|king|queen|sultan|crown prince)\s+(\p{Lu}\p{Ll}+)$/iu.exec(a)).find(Boolean);
    if (!m || into.has(e.id)) continue;
    const given = m[1].toLowerCase();
    intoSoleFit(e, (o) => words(o.name).length >= 3 && words(o.name)[0] === given);
  }
  const merge = (x: string, y: string) => {
    const [a, b] = [find(x), find(y)];
    if (a === b || !byId.get(a)!.learned || !byId.get(b)!.learned) return;
    const keep = (docsOf.get(a)?.size ?? 0) >= (docsOf.get(b)?.size ?? 0) ? a : b;
    into.set(keep === a ? b : a, keep);
  };
  // "Cho Hyun-ah (Heather Cho)", "Heather Cho, also known as Cho Hyun-ah": one person's two names, the second
  // in brackets right after the first, or called the first's other name; learned names only.
  for (const p of passages) {
    // ("For Xia, known to foreign investors as James Xia": a surname standing for a full name is one of them.)
    const ms = mentions[p.id].filter((m) => byId.get(m.id)?.type === 'person' && (!m.ref || /^\p{Lu}\p{Ll}+$/u.test(p.text.slice(m.start, m.end))));
    for (let k = 0; k + 1 < ms.length; k++) {
      const [m1, m2] = [ms[k], ms[k + 1]];
      const between = p.text.slice(m1.end, m2.start);
      // (…or quoted beside it: "Antônio Carlos Nunes - \"Coronel Nunes\" -", "Nunes de Lima, the 'Coronel Nunes' who".)
      const bracketed = (/^\s*\(\s*$/.test(between) && /^\s*\)/.test(p.text.slice(m2.end))) ||
        (/^\s*(?:,\s*(?:the\s+)?|[-–—]\s*)["“'‘]$/u.test(between) && /^["”'’](?!s\b)/u.test(p.text.slice(m2.end)));
      // (…"Hui, who is known on the mainland by the Mandarin reading of his name, Xu Jiayin".)
      // (…"a retired colonel who is universally known in Brazilian football as \"Coronel Nunes\"".)
      const called = /^,?\s*(?:(?:(?!\b(?:whose|his|her|their|and|while|but)\b)[^.;"“]){0,80}?\b(?:who\s+is|who\s+was|is|was)\s+)?(?:also\s+|universally\s+|widely\s+|popularly\s+|better\s+)?(?:known|called)\s+(?:(?:in|to|by|among)\s+(?:[\p{L}-]+\s+){1,3})?as\s+["“'‘]?$/u.test(between) ||
        /^,\s*(?:who\s+is\s+)?(?:also\s+)?known\s+[^.;"“]{0,60}?\bby\s+(?:the\s+)?[^.;"“]{0,40}?\b(?:his|her)\s+name,\s*$/u.test(between);
      // (Brackets hold a second name only when the two share a word: "Kane (Watkins)" is two players.)
      const sharesWord = () => words(byId.get(m1.id)!.name).some((w) => words(byId.get(m2.id)!.name).includes(w));
      // (Not "known to investors as Ada Vale's protégé": someone else's, described.)
      if (!(bracketed && sharesWord()) && !(called && !/^['’]s\b/.test(p.text.slice(m2.end)))) continue;
      // (A surname alone before "known as" stands for the full name the article gives it: "Xia Haijun … For Xia,
      // known to foreign investors as James Xia".)
      const surname = m1.ref ? p.text.slice(m1.start, m1.end).toLowerCase() : '';
      const full = surname ? [...new Set(people.filter((o) => o.id !== m2.id && docsOf.get(o.id)?.has(p.doc) && words(o.name).length >= 2 && words(o.name).includes(surname)).map((o) => find(o.id)))] : [];
      if (surname && full.length !== 1) continue;
      merge(surname ? full[0] : m1.id, m2.id);
    }
    // "Cho Hyun-min, 31, also known as Emily": the one person named by that given name and a word of the name.
    for (const m of ms) {
      const w = /^,?(?:\s*\d{1,3},)?\s*(?:also\s+)?known\s+(?:in\s+\p{L}+\s+)?as\s+["“]?(\p{Lu}\p{Ll}+)\b(?![\s-]+\p{Lu})/u.exec(p.text.slice(m.end))?.[1].toLowerCase();
      if (!w) continue;
      const parts = words(byId.get(m.id)!.name);
      const named = [...new Set(people.filter((o) => { const x = words(o.name); return x.length === 2 && ((x[0] === w && parts.includes(x[1])) || (x[1] === w && parts.includes(x[0]))); }).map((o) => find(o.id)))];
      if (named.length === 1) merge(m.id, named[0]);
    }
  }
  // A short form of one person's name, in an article that also names that one person in full:
  // "MOL" for Michael O'Leary, "ABO" for Ali Bongo Ondimba (the initials in capitals, three or four), and
  // "NoWaBo" for Norbert Walter-Borjans, "ScoMo" for Scott Morrison (the first two to four letters of each word,
  // given name first and surname last).
  const initials = (name: string) => name.split(/[\s'’-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  const shortForms: ((e: EntitySpec) => ((o: EntitySpec) => boolean) | null)[] = [
    (e) => (/^\p{Lu}{3,4}$/u.test(e.name) ? (o) => initials(o.name) === e.name : null),
    // (Written in camel case, "NoWaBo" is read as a body's name.)
    (e) => (/^\p{Lu}\p{L}{3,9}$/u.test(e.name) && (e.type === 'person' || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(e.name)) ? (o) => [o.name, ...o.aliases].some((a) => syllables(e.name, a)) : null),
  ];
  for (const shortFormOf of shortForms) {
    for (const e of specs) {
      const isShortOf = e.learned && !into.has(e.id) ? shortFormOf(e) : null;
      if (!isShortOf) continue;
      const docs = [...(docsOf.get(e.id) ?? [])];
      const owners = [...new Set(people.filter((o) => o.id !== e.id && docs.some((d) => docsOf.get(o.id)?.has(d)) && isShortOf(o)).map((o) => find(o.id)))];
      if (owners.length === 1) into.set(e.id, owners[0]);
    }
  }
  if (!into.size) return { specs, mentions, roles, events };

  const out = specs.filter((e) => !into.has(e.id)).map((e) => ({ ...e, aliases: [...e.aliases] }));
  const outById = new Map(out.map((e) => [e.id, e]));
  for (const [from] of into) {
    const target = outById.get(find(from))!;
    for (const a of byId.get(from)!.aliases) if (!target.aliases.includes(a)) target.aliases.push(a);
  }
  const re = (id: string) => (into.has(id) ? find(id) : id);
  return {
    specs: out,
    mentions: mentions.map((list) => list.map((m) => (into.has(m.id) ? { ...m, id: re(m.id) } : m))),
    roles: roles.map((r) => (into.has(r.person) ? { ...r, person: re(r.person) } : r)),
    events: events.map((e) => (e.person && into.has(e.person) ? { ...e, person: re(e.person) } : e)),
  };
}

const TITLED_SURNAME = /^(?:general|gen\.|lieutenant-general|lt\.? gen\.|major-general|maj\.? gen\.|brigadier|admiral|colonel|col\.|marshal|air marshal|major|captain|commander|president|vice-president|governor|senator|judge|justice|minister|premier|chancellor|mayor|commissioner|dr\.?|doctor|professor|prof\.|mr\.?|mrs\.?|ms\.?|madam|mme\.?|herr|frau|señor|señora|signor|signora)\s+(\p{Lu}[\p{L}'’-]+)$/iu;

/** A surname's consonants as transliterations agree on them ("Sargsyan", "Sarkisian", "Sarkissian"). */
function translit(w: string): string {
  return consonants(w.replace(/g/g, 'k'));
}

/** A word's consonants, doubles made single and a silent final e dropped: "romdhane" and "ramadhan" → "rmdhn". */
function consonants(w: string): string {
  return w.replace(/e$/, '').replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
}

/** Passages by article. */
function groupByDoc(passages: Passage[]): Map<string, Passage[]> {
  const m = new Map<string, Passage[]>();
  for (const p of passages) (m.get(p.doc) ?? m.set(p.doc, []).get(p.doc)!).push(p);
  return m;
}

/** A name with the transliterations of one ending made alike: "Zaluzhnyi", "Zaluzhny" → "zaluzhni". */
function translitKey(name: string): string {
  // ("Zheenbekov" and "Jeenbekov", "Dzhumabekov" and "Jumabekov": Russian's "Ж" written two ways.)
  // (Only in Slavic and Turkic surnames: pinyin's "Zhu" and "Ju" are two names.)
  return words(name).map((w) => (/^d?zh\p{L}{3,}(?:ov|ev|ova|eva|in|ina|enko|uly|bek|bekov|bekova)$/u.test(w) ? w.replace(/^d?zh/, 'j') : w).replace(/(?:iy|yi|yy|ii|ij|y)$/, 'i')).join(' ');
}

// English short forms that do not begin like the name they stand for ("Larry" for "Lawrence").
const NICKNAMES: Record<string, string[]> = {
  lawrence: ['larry'], laurence: ['larry'], william: ['bill', 'billy', 'will'], robert: ['bob', 'bobby', 'rob'],
  richard: ['dick', 'rick', 'rich'], james: ['jim', 'jimmy'], john: ['jack'], margaret: ['peggy', 'meg', 'maggie'],
  elizabeth: ['liz', 'beth', 'betsy', 'lizzie'], katherine: ['kate', 'katie', 'kathy'], catherine: ['kate', 'katie', 'cathy'],
  edward: ['ted', 'ned', 'eddie'], theodore: ['ted'], henry: ['harry', 'hank'], penelope: ['penny'], anthony: ['tony'],
  charles: ['chuck', 'charlie'], sarah: ['sally'], mary: ['molly', 'polly'], alexander: ['alex', 'sasha'], michael: ['mike'],
  // Other languages' short forms: German "Sepp", Italian "Gianni", Spanish "Pepe".
  joseph: ['joe', 'sepp', 'pepe', 'joey'], josef: ['sepp'], giovanni: ['gianni'], giuseppe: ['beppe', 'peppe'], francisco: ['paco', 'pancho'],
  daniel: ['dan', 'danny'], david: ['dave'], thomas: ['tom', 'tommy'], samuel: ['sam'], benjamin: ['ben'], nicholas: ['nick'],
  christopher: ['chris'], jonathan: ['jon'], matthew: ['matt'], andrew: ['andy'], steven: ['steve'], stephen: ['steve'], gregory: ['greg'],
  arthur: ['art', 'artie'], ronald: ['ron', 'ronnie'], donald: ['don'], gerald: ['gerry', 'jerry'], timothy: ['tim'],
  kenneth: ['ken', 'kenny'], jeffrey: ['jeff'], frederick: ['fred', 'freddie'], peter: ['pete'], douglas: ['doug'],
  raymond: ['ray'], philip: ['phil'], phillip: ['phil'], nathaniel: ['nate'], albert: ['al', 'bert'], frank: ['frankie'],
  patricia: ['pat', 'patty'], jennifer: ['jen', 'jenny'], susan: ['sue'], rebecca: ['becky'], deborah: ['deb', 'debbie'],
  rosalind: ['roz'], rosalyn: ['roz'], harold: ['hal'], abigail: ['abby'], victoria: ['vicky'],
};
/** Whether two given names can be one person's: the same, a known short form, or one starting the other ("Steve"/"Steven"). */
export function sameGivenName(a: string, b: string): boolean {
  return a === b || nicknameOf(a, b) || (a.length >= 3 && b.length >= 3 && (a.startsWith(b) || b.startsWith(a)));
}

function nicknameOf(a: string, b: string): boolean {
  return !!NICKNAMES[a]?.includes(b) || !!NICKNAMES[b]?.includes(a);
}

/** One form is the other with a middle initial or a generation added ("Mark Welsh", "Mark A. Welsh III"). */
// (Not "Jr." or "Sr.": a father and a son.)
function addsInitial(a: string, b: string): boolean {
  if ([a, b].some((n) => /^(?:jr|sr)$/.test(words(n).at(-1)!))) return false;
  const extra = (n: string) => words(n).filter((x, i, all) => (x.length === 1 && i > 0 && i < all.length - 1) || (i === all.length - 1 && i > 1 && /^(?:ii|iii|iv)$/.test(x)));
  const [xa, xb] = [extra(a), extra(b)];
  return (xa.length === 0) !== (xb.length === 0);
}

/** "Dave Calhoun" → ["dave", "calhoun", null]; "Ajaypal Singh Banga" → ["ajaypal", "banga", "singh"]; Latin names of two or three words, a middle initial and a generation aside ("Lawrence H. Summers", "Mark A. Welsh III"). */
function givenAndSurname(name: string): [string, string, string | null] | [null, null, null] {
  // (A generation after the surname names no other person: "Mark A. Welsh III" is "Mark Welsh".)
  const full = words(name);
  if (full.length > 2 && /^(?:jr|sr|ii|iii|iv)$/.test(full.at(-1)!)) full.pop();
  const w = full.filter((x, i, all) => !(x.length === 1 && i > 0 && i < all.length - 1));
  if (!(w.length === 2 || w.length === 3) || !w.every((x) => /^[a-z]{3,}$/.test(x))) return [null, null, null];
  return [w[0], w.at(-1)!, w.length === 3 ? w[1] : null];
}

/**
 * Whether `short` is made of the first two to four letters of each word of `name` in order, a middle name
 * left out or not: "NoWaBo" of Norbert Walter-Borjans, "ScoMo" of Scott John Morrison (not "Norbert" itself).
 */
function syllables(short: string, name: string): boolean {
  const parts = name.toLowerCase().split(/[\s'’-]+/).filter(Boolean);
  if (parts.length < 2) return false;
  const go = (rest: string, i: number): boolean => {
    if (i === parts.length) return rest === '';
    // (Only a middle word may be left out.)
    if (i > 0 && i < parts.length - 1 && go(rest, i + 1)) return true;
    for (let n = Math.min(4, parts[i].length); n >= 2; n--) if (rest.startsWith(parts[i].slice(0, n)) && go(rest.slice(n), i + 1)) return true;
    return false;
  };
  return go(short.toLowerCase(), 0);
}

/** What spelledAlike returns for two letters swapped, a likeness read only in one article. */
const SWAPPED = 'swapped';

/** Whether two words of one length differ only by two neighbouring letters swapped ("bienen", "beinen"). */
function transposed(u: string, v: string): boolean {
  const at = [...u].findIndex((c, i) => c !== v[i]);
  return at >= 0 && at + 1 < u.length && u[at] === v[at + 1] && u[at + 1] === v[at] && u.slice(at + 2) === v.slice(at + 2);
}
