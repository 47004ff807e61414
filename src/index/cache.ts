// A persisted, versioned index, so that start-up does not pay for reading and understanding a large
// corpus again when nothing in it changed. Keyed by a fingerprint of every file (path, size, mtime)
// the index format and the indexing code: any edit, added or removed file, or a new build of this code misses the cache.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import MiniSearch from 'minisearch';
import { loadCorpus } from '../corpus/load.ts';
import { INDEX_VERSION, MINI_OPTIONS, assembleFrom, prepareIndex, type BriefIndex, type IndexedPassage, type PreparedIndex } from './build.ts';

/** What a cached file holds: the prepared index and its MiniSearch as plain data. */
interface CachedIndex {
  format: number;
  fingerprint: string;
  prepared: PreparedIndex;
  mini: object;
}

/**
 * The code that reads and indexes a corpus (src/corpus, src/index), hashed once: a new build of it
 * reads articles differently, so its index is never one an older build persisted.
 */
let codeHash: string | null = null;
function indexCode(): string {
  if (codeHash) return codeHash;
  const h = createHash('sha256');
  for (const sub of ['corpus', 'index']) {
    const d = join(import.meta.dirname, '..', sub);
    for (const name of readdirSync(d).sort()) if (/\.[jt]s$/.test(name)) h.update(`${sub}/${name}\0`).update(readFileSync(join(d, name)));
  }
  return (codeHash = h.digest('hex').slice(0, 16));
}

/** A hash of the corpus directory's files as the file system describes them (no article is read), and of the code. */
export function corpusFingerprint(dir: string): string {
  const h = createHash('sha256');
  h.update(`format ${INDEX_VERSION}\ncode ${indexCode()}\n${resolve(dir)}\n`);
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(d, name);
      let st;
      try {
        st = statSync(full);
      } catch {
        h.update(`${relative(dir, full)}\0unreadable\n`); // a dangling link: part of what was loaded
        continue;
      }
      if (st.isDirectory()) walk(full);
      else h.update(`${relative(dir, full)}\0${st.size}\0${st.mtimeMs}\n`);
    }
  };
  walk(dir);
  return h.digest('hex').slice(0, 24);
}

/**
 * The index of `dir`, from `cacheDir` when a cached copy matches the corpus as it is now, else built
 * (and then cached, replacing older copies). A cache that cannot be read or written is ignored:
 * the index is built as if there were none.
 */
export function loadIndexCached(dir: string, cacheDir: string | null, onNote: (msg: string) => void = () => undefined): BriefIndex {
  if (!cacheDir) return buildFrom(loadCorpus(dir)).index;
  const fingerprint = corpusFingerprint(dir);
  const file = join(cacheDir, `index-${fingerprint}.v8`);
  try {
    const cached = deserialize(readFileSync(file)) as CachedIndex;
    if (cached.format === INDEX_VERSION && cached.fingerprint === fingerprint) {
      const mini = MiniSearch.loadJS<IndexedPassage>(cached.mini as never, { ...MINI_OPTIONS, fields: [...MINI_OPTIONS.fields] });
      return assembleFrom(cached.prepared, mini);
    }
  } catch {
    // no cached copy (or an unreadable one): build below
  }
  const { index, prepared } = buildFrom(loadCorpus(dir));
  // The corpus may have changed while it was read: cache only what the fingerprint still describes.
  if (corpusFingerprint(dir) === fingerprint) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      for (const old of readdirSync(cacheDir)) if (/^index-[0-9a-f]+\.v8$/.test(old)) rmSync(join(cacheDir, old), { force: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, serialize({ format: INDEX_VERSION, fingerprint, prepared: { ...prepared, rows: [] }, mini: index.mini.toJSON() } satisfies CachedIndex));
      renameSync(tmp, file);
    } catch (e) {
      onNote(`index cache not written (${(e as Error).message}); answering from the built index`);
    }
  }
  return index;
}

function buildFrom(corpus: ReturnType<typeof loadCorpus>): { index: BriefIndex; prepared: PreparedIndex } {
  const prepared = prepareIndex(corpus);
  const mini = new MiniSearch<IndexedPassage>({ ...MINI_OPTIONS, fields: [...MINI_OPTIONS.fields] });
  mini.addAll(prepared.rows);
  return { index: assembleFrom(prepared, mini), prepared };
}
