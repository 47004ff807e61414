// "吴泳铭" in a Chinese article is the Wu Yongming the English articles name: a run of Han characters
// whose pinyin (every reading of each character, by pinyin-pro) spells a person's name, surname first,
// becomes another form of that person. Only a spelling that fits exactly one person is taken.
import { pinyin } from 'pinyin-pro';

const HAN = /[\u3400-\u9fff]/u;
/** Han names run two to four characters. */
const MIN = 2;
const MAX = 4;

/** Every reading of a character, toneless ("单" → dan, shan, chan). */
const readings = new Map<string, string[]>();
function readingsOf(ch: string): string[] {
  let r = readings.get(ch);
  if (!r) {
    r = HAN.test(ch) ? [...new Set(pinyin(ch, { toneType: 'none', type: 'array', multiple: true }).map((s) => s.toLowerCase()))] : [];
    readings.set(ch, r);
  }
  return r;
}

/**
 * The Han spellings in `texts` of the people in `names` (person id → their forms): person id → the Han
 * strings found for them. A form counts when it is two or three words of letters only ("Wu Yongming",
 * "Zhang Yong"); its key is its letters run together ("wuyongming"), read in the order written.
 */
export function hanziForms(texts: Iterable<string>, names: Map<string, string[]>): Map<string, string[]> {
  const owner = nameOwners(names, /^[a-z]+$/i, (ws) => ws.join('').toLowerCase());
  const prefixes = new Set<string>();
  for (const k of owner.keys()) for (let i = 1; i <= k.length; i++) prefixes.add(k.slice(0, i));
  const found = new Map<string, Set<string>>(); // Han string → ids it spells
  for (const text of texts) {
    if (!HAN.test(text)) continue;
    const chars = [...text];
    for (let i = 0; i < chars.length; i++) {
      if (!HAN.test(chars[i])) continue;
      // Depth-first over the readings of chars[i..], kept only while a key starts so.
      const walk = (j: number, sofar: string) => {
        if (j - i >= MIN) {
          const id = owner.get(sofar);
          if (id) {
            const han = chars.slice(i, j).join('');
            const ids = found.get(han) ?? new Set();
            ids.add(id);
            found.set(han, ids);
          }
        }
        if (j - i >= MAX || j >= chars.length) return;
        for (const r of readingsOf(chars[j])) if (prefixes.has(sofar + r)) walk(j + 1, sofar + r);
      };
      walk(i, '');
    }
  }
  return unambiguous(found);
}

/**
 * Each person's forms of two or three words, every word matching `word`, keyed by `key`: key → person id,
 * null when two people share it.
 */
export function nameOwners(names: Map<string, string[]>, word: RegExp, key: (words: string[]) => string): Map<string, string | null> {
  const owner = new Map<string, string | null>();
  for (const [id, forms] of names) {
    for (const f of forms) {
      const ws = f.split(/\s+/);
      if (ws.length < 2 || ws.length > 3 || !ws.every((w) => word.test(w))) continue;
      const k = key(ws);
      owner.set(k, owner.has(k) && owner.get(k) !== id ? null : id);
    }
  }
  return owner;
}

/** Spellings found (spelling → the people it fits) as person id → the spellings that fit that one person only. */
export function unambiguous(found: Map<string, Set<string>>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [han, ids] of [...found.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (ids.size !== 1) continue;
    const [id] = ids;
    out.set(id, [...(out.get(id) ?? []), han]);
  }
  return out;
}
