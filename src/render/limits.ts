/** Splits text into chunks of at most `max` characters, on word boundaries where there is one. */
export function splitWords(text: string, max: number): string[] {
  if (max < 1) throw new Error(`splitWords: max must be positive, got ${max}`);
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf(' ', max);
    if (cut < max * 0.5) cut = max; // one very long word: hard cut
    out.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length || !out.length) out.push(rest);
  return out;
}

export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > max * 0.5 ? cut : max - 1)}…`;
}

/** Groups consecutive items by section, keeping order. */
export function sections<T extends { section: string | null }>(items: T[]): { section: string | null; items: T[] }[] {
  const out: { section: string | null; items: T[] }[] = [];
  for (const it of items) {
    const last = out.at(-1);
    if (last && last.section === it.section) last.items.push(it);
    else out.push({ section: it.section, items: [it] });
  }
  return out;
}

/** Groups citations by document, in first-cited order. */
export function citationsByDoc<T extends { doc: string; n: number }>(cs: T[]): { doc: string; ns: number[]; first: T }[] {
  const map = new Map<string, { doc: string; ns: number[]; first: T }>();
  for (const c of cs) {
    const g = map.get(c.doc);
    if (g) g.ns.push(c.n);
    else map.set(c.doc, { doc: c.doc, ns: [c.n], first: c });
  }
  return [...map.values()];
}

/** Groups citations by their number (one document each), in ascending order of number. */
export function citationsByNumber<T extends { n: number }>(cs: T[]): { n: number; quotes: T[]; first: T }[] {
  const map = new Map<number, { n: number; quotes: T[]; first: T }>();
  for (const c of cs) {
    const g = map.get(c.n);
    if (g) g.quotes.push(c);
    else map.set(c.n, { n: c.n, quotes: [c], first: c });
  }
  return [...map.values()].sort((a, b) => a.n - b.n);
}
