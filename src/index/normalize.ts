// Light, deterministic text normalisation shared by indexing and querying.

export const STOPWORDS = new Set(
  ('a an and are as at be been by did do does for from had has have he her his how i if in into is it its me of on or ' +
    'our she so than that the their them then there these they this to was we were what when where which who whom whos ' +
    'why will with would you your about any can could tell please show give us my also just now new current currently ' +
    'know say said says get got many much more most some still anyone anybody someone somebody anything something').split(' '),
);

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Lowercase, fold accents and typographic quotes, drop possessive 's. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/(\p{L})\.(?=\p{L}\.)/gu, '$1') // Ph.D. → PhD., U.S. → US.
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/'/g, '');
}

/** Splits into word tokens; a run of CJK characters is one token. */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A small suffix stemmer: enough to match "departs"/"departed"/"departure" style variants. */
// Irregular English forms news prose uses for the same act: "lose" a question asks, "net loss" a
// sentence reports; "sold" and "sales"; "rose" and "rise".
const LEMMA: Record<string, string> = Object.fromEntries(
  Object.entries({
    lose: 'lost loss losses losing loses',
    sell: 'sold sale sales selling sells seller',
    buy: 'bought buys buying purchase purchased purchases acquire acquired acquires acquiring acquisition acquisitions takeover takeovers',
    worth: 'fortune fortunes wealth wealthy',
    pay: 'paid pays paying payment payments',
    rise: 'rose risen rises rising',
    fall: 'fell fallen falls falling',
    grow: 'grew grown growth grows growing',
    spend: 'spent spends spending',
    earn: 'earned earnings earns',
    take: 'took taken takes taking',
    bring: 'brought brings bringing',
    choose: 'chose chosen chooses choosing choice',
    begin: 'began begun begins beginning',
    give: 'gave given gives giving',
    hire: 'hired hires hiring',
    // Short verbs the suffix rules cannot bring together ("sued" and "suing", "used" and "uses").
    sue: 'sued sues suing lawsuit lawsuits suit suits',
    win: 'won wins winning',
    use: 'used uses using',
    tie: 'tied ties tying',
    die: 'died death dies',
    decide: 'decided decision decides',
    found: 'founded founder founders founding',
    // More irregular verbs news tells events with ("did she flee?" — "had fled").
    flee: 'fled flees fleeing',
    swear: 'swore sworn swears swearing',
    meet: 'met meets meeting',
    keep: 'kept keeps keeping',
    seek: 'sought seeks seeking',
    send: 'sent sends sending',
    speak: 'spoke spoken speaks speaking',
    drive: 'drove driven drives driving',
    fight: 'fought fights fighting',
    throw: 'threw thrown throws throwing',
  }).flatMap(([lemma, forms]) => [[lemma, lemma], ...forms.split(' ').map((f) => [f, lemma])]),
);

/** Whether a word is a known inflected form of a common verb ("losing", "bought"). */
export function isVerbForm(word: string): boolean {
  const w = word.toLowerCase();
  return w in LEMMA && LEMMA[w] !== w;
}

export function stem(term: string): string {
  const lemma = LEMMA[term];
  if (lemma) return lemma;
  if (CJK.test(term) || /^\d/.test(term) || term.length <= 3) return term;
  let t = term;
  if (t.endsWith('ies') && t.length > 4) t = `${t.slice(0, -3)}y`;
  else if (t.endsWith('sses')) t = t.slice(0, -2);
  else if (t.endsWith('s') && !t.endsWith('ss') && !t.endsWith('us') && !t.endsWith('is')) t = t.slice(0, -1);
  if (t.endsWith('ing') && t.length > 5) t = undouble(t.slice(0, -3));
  else if (t.endsWith('ed') && t.length > 4) t = undouble(t.slice(0, -2));
  else if (t.endsWith('ure') && t.length > 6) t = t.slice(0, -3);
  else if (t.endsWith('ation') && t.length > 7) t = t.slice(0, -5);
  // "permanently" is "permanent", "abruptly" "abrupt" (adverbs on -ntly and -tly, seven letters or more).
  else if (t.length > 6 && /[nt]ly$/.test(t)) t = t.slice(0, -2);
  // "name"/"named", "fire"/"fired", "vote"/"voted": the final e goes from four letters on.
  if (t.endsWith('e') && t.length > 3) t = t.slice(0, -1);
  return t;
}

/** "cutt" → "cut", "stepp" → "step" (but "staff", "bell", "pass" keep theirs). */
function undouble(t: string): string {
  return /([bdgmnprt])\1$/.test(t) ? t.slice(0, -1) : t;
}

/** Query/index terms: folded words, stopwords removed, stemmed. */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w))
    .map(stem);
}

export function levenshtein(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** `s` matched literally inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
