// An index's caches (BriefIndex.memo), filled in the reload worker by the first answers, sent to the main
// thread as flat typed arrays and a string table, and rebuilt there a few milliseconds per turn of the event
// loop. The first answers on a freshly reloaded index then find their caches filled (at 10k articles a first
// `changes since` fills them for seconds), and the main thread never does that work in one piece.
//
// What a cache holds is plain data (arrays, plain objects, Maps, Sets, strings, numbers) and the index's own
// objects (passages, articles, events, roles, mentions, entities). The index's own objects are sent as their
// place in the index and stand for the main thread's own copies, so identity holds as if computed there; an
// object reached twice is one object on arrival too. A cache holding anything else (a function, a RegExp, a
// class instance) is not sent: it is computed on first use, as without this.
import type { BriefIndex } from './build.ts';

const ARRAY = 0;
const OBJECT = 1;
const MAP = 2;
const SET = 3;

const T_NUM = 0;
const T_STR = 1;
const T_CONST = 2; // val: 0 undefined, 1 null, 2 false, 3 true
const T_NODE = 3;
const T_PASSAGE = 4;
const T_DOC = 5;
const T_EVENT = 6;
const T_ROLE = 7;
const T_MENTIONS = 8; // a passage's mention list
const T_MENTION = 9; // passage id * MENTION_STRIDE + place in its list
const T_ENTITY = 10;
const MENTION_STRIDE = 65536;

export interface EncodedMemo {
  /** Per node: its kind, and how many slots of `tags`/`vals` its contents take (in node order). */
  kinds: Uint8Array;
  sizes: Uint32Array;
  tags: Uint8Array;
  vals: Float64Array;
  strings: string[];
  /** Each cache: its key, and its value as one slot. */
  roots: [key: string, tag: number, val: number][];
}

type Ref = [tag: number, val: number];

/** The index's own objects, by identity, as the slot that names them. */
function registry(index: BriefIndex): Map<object, Ref> {
  const known = new Map<object, Ref>();
  index.passages.forEach((p, i) => known.set(p, [T_PASSAGE, i]));
  index.docs.forEach((d, i) => known.set(d, [T_DOC, i]));
  index.events.forEach((e, i) => known.set(e, [T_EVENT, i]));
  index.roles.forEach((r, i) => known.set(r, [T_ROLE, i]));
  index.entities.entities.forEach((e, i) => known.set(e, [T_ENTITY, i]));
  index.mentions.forEach((list, i) => {
    known.set(list, [T_MENTIONS, i]);
    if (list.length < MENTION_STRIDE) list.forEach((m, j) => known.set(m, [T_MENTION, i * MENTION_STRIDE + j]));
  });
  return known;
}

function kindOf(x: object): number | null {
  const proto = Object.getPrototypeOf(x);
  if (proto === Array.prototype) return ARRAY;
  if (proto === Object.prototype) return OBJECT;
  if (proto === Map.prototype) return MAP;
  if (proto === Set.prototype) return SET;
  return null;
}

/** Whether everything reachable from `v` can be sent; `good` collects what was checked and found sendable. */
function sendable(v: unknown, known: Map<object, Ref>, good: Set<object>): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [v];
  while (stack.length) {
    const x = stack.pop();
    if (x === null || x === undefined || typeof x === 'number' || typeof x === 'string' || typeof x === 'boolean') continue;
    if (typeof x !== 'object') return false;
    if (known.has(x) || good.has(x) || seen.has(x)) continue;
    seen.add(x);
    const kind = kindOf(x);
    if (kind === null) return false;
    if (kind === ARRAY) {
      const a = x as unknown[];
      for (let i = 0; i < a.length; i++) {
        if (!(i in a)) return false; // a hole would arrive as undefined
        stack.push(a[i]);
      }
    } else if (kind === OBJECT) {
      if (Object.getOwnPropertySymbols(x).length) return false;
      for (const k of Object.keys(x)) stack.push((x as Record<string, unknown>)[k]);
    } else if (kind === MAP) {
      for (const [k, val] of x as Map<unknown, unknown>) stack.push(k, val);
    } else for (const k of x as Set<unknown>) stack.push(k);
  }
  for (const x of seen) good.add(x);
  return true;
}

/** The index's caches as flat data (in the worker, after its first answers). */
export function encodeMemo(index: BriefIndex): EncodedMemo {
  const known = registry(index);
  const good = new Set<object>();
  const entries = [...index.memo].filter(([, v]) => sendable(v, known, good));
  const ids = new Map<object, number>();
  const queue: object[] = [];
  const kinds: number[] = [];
  const sizes: number[] = [];
  const tags: number[] = [];
  const vals: number[] = [];
  const strings: string[] = [];
  const stringIds = new Map<string, number>();
  const slot = (x: unknown): Ref => {
    if (typeof x === 'number') return [T_NUM, x];
    if (typeof x === 'string') {
      let id = stringIds.get(x);
      if (id === undefined) stringIds.set(x, (id = strings.push(x) - 1));
      return [T_STR, id];
    }
    if (x === undefined) return [T_CONST, 0];
    if (x === null) return [T_CONST, 1];
    if (typeof x === 'boolean') return [T_CONST, x ? 3 : 2];
    const o = x as object;
    const ref = known.get(o);
    if (ref) return ref;
    let id = ids.get(o);
    if (id === undefined) {
      ids.set(o, (id = queue.push(o) - 1));
      kinds.push(kindOf(o)!);
    }
    return [T_NODE, id];
  };
  const put = (x: unknown) => {
    const [t, v] = slot(x);
    tags.push(t);
    vals.push(v);
  };
  const roots = entries.map(([key, v]) => [key, ...slot(v)] as [string, number, number]);
  for (let n = 0; n < queue.length; n++) {
    const x = queue[n];
    const start = tags.length;
    switch (kinds[n]) {
      case ARRAY:
        for (const item of x as unknown[]) put(item);
        break;
      case OBJECT:
        for (const k of Object.keys(x)) {
          put(k);
          put((x as Record<string, unknown>)[k]);
        }
        break;
      case MAP:
        for (const [k, v] of x as Map<unknown, unknown>) {
          put(k);
          put(v);
        }
        break;
      case SET:
        for (const k of x as Set<unknown>) put(k);
        break;
    }
    sizes.push(tags.length - start);
  }
  return { kinds: Uint8Array.from(kinds), sizes: Uint32Array.from(sizes), tags: Uint8Array.from(tags), vals: Float64Array.from(vals), strings, roots };
}

const nextTurn = () => new Promise<void>((r) => setImmediate(r));

/** A Map or Set this full is copied into a larger one by the next entry: that copy gets a turn of its own. */
const GROWS_ALONE = 2 ** 14;

/**
 * Rebuilds the caches into `index.memo` (on the main thread, before the index is served), yielding to the
 * event loop whenever a turn has taken `sliceMs`. The index must be the one the caches were filled on, or
 * its identical copy (same passages, articles, events, roles, mentions and entities, in the same order).
 */
export async function reviveMemo(index: BriefIndex, m: EncodedMemo, sliceMs = 4): Promise<void> {
  const nodes: unknown[] = new Array(m.kinds.length);
  let turnStart = performance.now();
  let ops = 0;
  const spent = () => (++ops & 255) === 0 && performance.now() - turnStart > sliceMs;
  const yieldNow = async () => {
    await nextTurn();
    turnStart = performance.now();
  };
  for (let n = 0; n < m.kinds.length; n++) {
    const k = m.kinds[n];
    nodes[n] = k === ARRAY ? [] : k === OBJECT ? {} : k === MAP ? new Map() : new Set();
    if (spent()) await yieldNow();
  }
  const value = (t: number, v: number): unknown => {
    switch (t) {
      case T_NUM: return v;
      case T_STR: return m.strings[v];
      case T_CONST: return v === 0 ? undefined : v === 1 ? null : v === 3;
      case T_NODE: return nodes[v];
      case T_PASSAGE: return index.passages[v];
      case T_DOC: return index.docs[v];
      case T_EVENT: return index.events[v];
      case T_ROLE: return index.roles[v];
      case T_MENTIONS: return index.mentions[v];
      case T_MENTION: return index.mentions[Math.floor(v / MENTION_STRIDE)][v % MENTION_STRIDE];
      case T_ENTITY: return index.entities.entities[v];
    }
    throw new Error(`memo: unknown slot tag ${t}`);
  };
  let s = 0;
  for (let n = 0; n < m.kinds.length; n++) {
    const end = s + m.sizes[n];
    const x = nodes[n];
    switch (m.kinds[n]) {
      case ARRAY:
        for (; s < end; s++) {
          (x as unknown[]).push(value(m.tags[s], m.vals[s]));
          if (spent()) await yieldNow();
        }
        break;
      case OBJECT:
        for (; s < end; s += 2) {
          (x as Record<string, unknown>)[value(m.tags[s], m.vals[s]) as string] = value(m.tags[s + 1], m.vals[s + 1]);
          if (spent()) await yieldNow();
        }
        break;
      case MAP:
        for (; s < end; s += 2) {
          const map = x as Map<unknown, unknown>;
          if (map.size >= GROWS_ALONE && (map.size & (map.size - 1)) === 0) await yieldNow();
          map.set(value(m.tags[s], m.vals[s]), value(m.tags[s + 1], m.vals[s + 1]));
          if (spent()) await yieldNow();
        }
        break;
      case SET:
        for (; s < end; s++) {
          const set = x as Set<unknown>;
          if (set.size >= GROWS_ALONE && (set.size & (set.size - 1)) === 0) await yieldNow();
          set.add(value(m.tags[s], m.vals[s]));
          if (spent()) await yieldNow();
        }
        break;
    }
  }
  for (const [key, t, v] of m.roots) if (!index.memo.has(key)) index.memo.set(key, value(t, v));
}
