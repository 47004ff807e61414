import { hangulForms } from './hangul.ts';
import { hanziForms } from './hanzi.ts';
import { levenshtein, words } from './normalize.ts';
import { isDemonym } from './lexicon.ts';
import { isEnglish } from './english.ts';
import type { EntitySpec, EntityType } from './names.ts';

export type { EntityType, Mention } from './names.ts';
export type Entity = EntitySpec;

// Articles of other languages that open titles and names ("Die Zauberflöte", "Los Angeles"): never a name alone.
const ARTICLE_WORDS = new Set(['die', 'der', 'das', 'den', 'dem', 'des', 'les', 'los', 'las', 'del', 'della', 'the', 'una', 'uno']);

/** Resolves the names users type to the corpus's entities (learned from the text, plus hints). */
export class EntityMatcher {
  readonly entities: Entity[];
  readonly byId: Map<string, Entity>;
  private readonly foldedAliases: { words: string[]; id: string }[] = [];
  /** A person's single name words (surname, given name) that no one else in the corpus shares. */
  private readonly nameWords = new Map<string, string>();

  /** `mentions` (each passage's), when given, let a surname two people share name the one written about far more. */
  constructor(specs: EntitySpec[], mentions?: readonly { id: string }[][]) {
    this.entities = specs;
    this.byId = new Map(this.entities.map((e) => [e.id, e]));
    const owners = new Map<string, Set<string>>();
    for (const e of this.entities) {
      for (const a of e.aliases) {
        const w = words(a);
        this.foldedAliases.push({ words: w, id: e.id });
        if (e.type === 'person' && w.length === 2) this.foldedAliases.push({ words: [w[1], w[0]], id: e.id });
        // (Not half of a hyphened given name: "won" of Woo Won-shik is the verb in "who won the election".)
        // (A double-barrelled surname's parts are, each capitalised: "Tambajang" of Fatoumata Jallow-Tambajang.)
        // (Only the last word of a name of two or more: not "Porsche-Chef Oliver Blume", nor "April-October".)
        const tokens = a.split(/\s+/);
        // (…its last part only: "Jallow" is as often another Jallow.)
        const whole = tokens.flatMap((t, i) => !t.includes('-') ? words(t) : i === tokens.length - 1 && i > 0 && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(t) ? words(t).slice(-1) : []);
        // (Nor an article opening a title read as a name: "die" of "Die Zauberflöte" is the verb in "where did he die".)
        if (e.type === 'person' && w.length >= 2) for (const x of whole) if (x.length >= 3 && !ARTICLE_WORDS.has(x)) (owners.get(x) ?? owners.set(x, new Set()).get(x)!).add(e.id);
      }
    }
    const taken = new Set(this.foldedAliases.filter((a) => a.words.length === 1).map((a) => a.words[0]));
    // Nor a word of an organisation's name ("Porsche" alone is Porsche AG as much as Wolfgang Porsche),
    // unless that name holds the person's whole name ("C'est le Camerounais Issa Hayatou").
    const orgNames = new Map<string, string[][]>(); // word → the organisation names holding it
    const orgIdsOf = new Map<string, Set<string>>(); // word → the organisations whose names hold it
    // (Only names: "Muilenburg ouster", a topic's description, holds lowercase words and names no organisation.)
    for (const e of this.entities) if (e.type === 'organisation') for (const a of e.aliases) {
      if (a.split(/\s+/).some((t) => /^\p{Ll}/u.test(t) && !/^(?:of|the|and|for|de|del|la|le|du|des|von|van|der|di|da|y|et|und|at|on|in|&)$/.test(t))) continue;
      const o = words(a);
      for (const x of new Set(o)) {
        (orgNames.get(x) ?? orgNames.set(x, []).get(x)!).push(o);
        (orgIdsOf.get(x) ?? orgIdsOf.set(x, new Set()).get(x)!).add(e.id);
      }
    }
    const fullNames = (id: string) => this.byId.get(id)!.aliases.map((a) => words(a)).filter((w) => w.length >= 2);
    const sharedWithOrg = (w: string, id: string) => (orgNames.get(w) ?? []).some((o) => !fullNames(id).some((f) => f.every((x) => o.includes(x)))) && !outnumbers(w, id);
    // "Badenoch" is Kemi Badenoch, named five times as often as Hamish Badenoch.
    const counts = new Map<string, number>();
    if (mentions) for (const list of mentions) for (const m of list) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    const dominant = (ids: Set<string>): string | null => {
      const ranked = [...ids].map((id) => ({ id, n: counts.get(id) ?? 0 })).sort((a, b) => b.n - a.n || (a.id < b.id ? -1 : 1));
      return ranked.length > 1 && ranked[0].n >= 5 * Math.max(1, ranked[1].n) ? ranked[0].id : null;
    };
    // (…unless the person is written about far more than every organisation holding the word, and often:
    // "Icahn" is Carl Icahn, named 57 times to Icahn Enterprises' 11.)
    const outnumbers = (w: string, id: string) => !!mentions && (counts.get(id) ?? 0) >= 5 && (counts.get(id) ?? 0) >= 4 * Math.max(1, [...(orgIdsOf.get(w) ?? [])].reduce((n, o) => n + (counts.get(o) ?? 0), 0));
    for (const [w, ids] of owners) {
      const one = ids.size === 1 ? [...ids][0] : dominant(ids);
      if (one && !taken.has(w) && !sharedWithOrg(w, one)) this.nameWords.set(w, one);
    }
    for (const [w, id] of this.nameWords) this.foldedAliases.push({ words: [w], id });
    // Longest aliases first so "Alibaba Cloud" wins over "Alibaba".
    this.foldedAliases.sort((a, b) => b.words.length - a.words.length || b.words.join(' ').length - a.words.join(' ').length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /**
   * Entities named in a user's query, tolerating small typos ("jingrn zhou") and either name order.
   * Returns ids with the query words they consumed.
   */
  /** `typed`: a question as a user typed it, whose English words are no slips for names ("start" is no "Stuart"). */
  resolve(query: string, typed = false): { ids: string[]; consumed: Set<number> } {
    const qw = words(query);
    const consumed = new Set<number>();
    const ids: string[] = [];
    // Names written exactly first, then with typos: "south korea" is South Korea, not "South Koreans" two letters off.
    for (const exact of [true, false]) for (const a of this.foldedAliases) {
      const k = a.words.length;
      if (k === 0) continue;
      for (let i = 0; i + k <= qw.length; i++) {
        if ([...Array(k).keys()].some((j) => consumed.has(i + j))) continue;
        const win = qw.slice(i, i + k);
        // "M. Murati": an initial stands for the given name.
        if (k === 2 && win[0].length === 1 && a.words[1] === win[1] && a.words[0].startsWith(win[0])) win[0] = a.words[0];
        const window = win.join(' ');
        const target = a.words.join(' ');
        const tolerance = !exact && target.length >= 6 ? Math.floor(target.length / 6) : 0;
        if (!exact && !tolerance) continue; // the exact pass tried it
        // (A single word with a typo keeps its first letter: "pushing" is no slip for "Cushing".)
        if (!exact && k === 1 && window[0] !== target[0]) continue;
        // ("the italian election": a nationality is no slip for "Italia" or "Forza Italia".)
        if (!exact && k === 1 && isDemonym(window)) continue;
        // (…nor is an English word a slip for a name: "start" is no "Stuart", "survey" no "Surrey".)
        if (levenshtein(window, target, tolerance) <= tolerance && !(typed && !exact && k === 1 && isEnglish(window))) {
          for (let j = 0; j < k; j++) consumed.add(i + j);
          if (!ids.includes(a.id)) ids.push(a.id);
        }
      }
    }
    return { ids, consumed };
  }

  /**
   * How many of `ids` a text names by one of their names exactly (a headline, say): resolve's first pass
   * over those few names only, cheap enough to run over thousands of headlines.
   */
  countNamed(text: string, ids: readonly string[]): number {
    const tw = words(text);
    const says = (a: string[]) => a.length > 0 && tw.some((_, i) => i + a.length <= tw.length && a.every((w, j) => tw[i + j] === w));
    return [...new Set(ids)].filter((id) => (this.aliasesOf().get(id) ?? []).some(says)).length;
  }

  /** Each entity's folded names (the resolver's), by id; built on first use. */
  private aliasesOf(): Map<string, string[][]> {
    if (!this.byIdAliases) {
      this.byIdAliases = new Map();
      for (const a of this.foldedAliases) (this.byIdAliases.get(a.id) ?? this.byIdAliases.set(a.id, []).get(a.id)!).push(a.words);
    }
    return this.byIdAliases;
  }
  private byIdAliases: Map<string, string[][]> | null = null;

  /** Best single entity for a name the user typed (for `who <name>`), or null. */
  resolveName(name: string, type?: EntityType): Entity | null {
    const { ids } = this.resolve(name);
    const hit = ids.map((id) => this.byId.get(id)!).find((e) => !type || e.type === type);
    return hit ?? (type === 'organisation' ? null : this.byScript(name.trim()));
  }

  /** "吴泳铭", "윤석열" typed for a person the articles name only in Latin letters: the one whose name it spells. */
  private byScript(name: string): Entity | null {
    if (!/^(?:[\u3400-\u9fff]{2,4}|[\uac00-\ud7a3]{2,4})$/u.test(name)) return null;
    const people = new Map(this.entities.filter((e) => e.type === 'person').map((e) => [e.id, e.aliases]));
    const found = /[\u3400-\u9fff]/u.test(name) ? hanziForms([name], people) : hangulForms([name], people);
    const hits = [...found.entries()].filter(([, forms]) => forms.includes(name)).map(([id]) => id);
    return hits.length === 1 ? this.byId.get(hits[0]) ?? null : null;
  }
}
