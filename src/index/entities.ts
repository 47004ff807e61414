import type { EntitiesFile } from '../corpus/schema.ts';
import { fold, levenshtein, words } from './normalize.ts';

export type EntityType = 'person' | 'organisation';

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[]; // every form, including the name
  note: string | null;
}

export interface Mention {
  id: string;
  start: number; // offsets into the original text
  end: number;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Finds entity mentions by alias, longest alias first, never overlapping. */
export class EntityMatcher {
  readonly entities: Entity[];
  readonly byId: Map<string, Entity>;
  private readonly re: RegExp | null;
  private readonly aliasToId = new Map<string, string>();
  private readonly foldedAliases: { words: string[]; id: string }[] = [];

  constructor(file: EntitiesFile) {
    this.entities = [
      ...file.people.map((e) => ({ ...e, type: 'person' as const })),
      ...file.organisations.map((e) => ({ ...e, type: 'organisation' as const })),
    ].map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: [e.name, ...e.aliases], note: e.note ?? null }));
    this.byId = new Map(this.entities.map((e) => [e.id, e]));
    const all: string[] = [];
    for (const e of this.entities) {
      for (const a of e.aliases) {
        const key = fold(a).replace(/\s+/g, ' ').trim();
        if (!this.aliasToId.has(key)) this.aliasToId.set(key, e.id);
        all.push(a);
        this.foldedAliases.push({ words: words(a), id: e.id });
      }
    }
    all.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    // Word-boundary lookarounds once around the whole alternation (much faster than per alias);
    // CJK names have no word boundaries and go in their own branch.
    const body = (a: string) => escapeRe(a).replace(/\s+/g, '\\s+');
    const latin = all.filter((a) => !/[\u3400-\u9fff]/.test(a)).map(body);
    const cjk = all.filter((a) => /[\u3400-\u9fff]/.test(a)).map(body);
    const parts = [
      ...(latin.length ? [`(?<![\\p{L}\\p{N}])(?:${latin.join('|')})(?![\\p{L}\\p{N}])`] : []),
      ...(cjk.length ? [`(?:${cjk.join('|')})`] : []),
    ];
    this.re = parts.length ? new RegExp(parts.join('|'), 'giu') : null;
  }

  get(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  /** Exact (case-insensitive) alias mentions in running text. */
  find(text: string): Mention[] {
    if (!this.re) return [];
    const out: Mention[] = [];
    this.re.lastIndex = 0;
    for (let m = this.re.exec(text); m; m = this.re.exec(text)) {
      const id = this.aliasToId.get(fold(m[0]).replace(/\s+/g, ' ').trim());
      if (id) out.push({ id, start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  /**
   * Entities named in a user's query, tolerating small typos ("jingrn zhou") and either name order.
   * Returns ids with the query words they consumed.
   */
  resolve(query: string): { ids: string[]; consumed: Set<number> } {
    const qw = words(query);
    const consumed = new Set<number>();
    const ids: string[] = [];
    // Longest aliases first so "Alibaba Cloud" wins over "Alibaba".
    const aliases = [...this.foldedAliases].sort((a, b) => b.words.length - a.words.length || b.words.join(' ').length - a.words.join(' ').length);
    for (const a of aliases) {
      const k = a.words.length;
      if (k === 0) continue;
      for (let i = 0; i + k <= qw.length; i++) {
        if ([...Array(k).keys()].some((j) => consumed.has(i + j))) continue;
        const window = qw.slice(i, i + k).join(' ');
        const target = a.words.join(' ');
        const tolerance = target.length >= 6 ? Math.floor(target.length / 6) : 0;
        if (levenshtein(window, target, tolerance) <= tolerance) {
          for (let j = 0; j < k; j++) consumed.add(i + j);
          if (!ids.includes(a.id)) ids.push(a.id);
        }
      }
    }
    return { ids, consumed };
  }

  /** Best single entity for a name the user typed (for `who <name>`), or null. */
  resolveName(name: string, type?: EntityType): Entity | null {
    const { ids } = this.resolve(name);
    const hit = ids.map((id) => this.byId.get(id)!).find((e) => !type || e.type === type);
    return hit ?? null;
  }
}
