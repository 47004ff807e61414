import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { CorpusFileError, FROM_WEEKDAY, MAX_FILE_BYTES, parseDoc } from './parse.ts';
import { entitiesSchema, signalsSchema, topicSchema, type EntitiesFile, type SignalsFile, type TopicFile } from './schema.ts';
import type { Doc, FileReport } from './types.ts';

export interface Corpus {
  dir: string;
  docs: Doc[];
  entities: EntitiesFile;
  signals: SignalsFile;
  /** From `topic.yaml`, when the corpus has one that is valid. */
  topic?: TopicFile;
  reports: FileReport[];
}

/** The curated hint files, read from the top of the corpus directory; each is optional. */
export const HINT_FILES = ['entities.yaml', 'signals.yaml', 'topic.yaml'] as const;
export type HintFile = (typeof HINT_FILES)[number];

/** Whether a hint file was loaded ('ok'), present but unusable ('error'), or not there ('absent'). */
export function hintStatus(corpus: Corpus, file: HintFile): 'ok' | 'error' | 'absent' {
  const r = corpus.reports.find((x) => x.path === file);
  return !r ? 'absent' : r.status === 'error' ? 'error' : 'ok';
}

const ARTICLE_EXT = /\.(md|markdown|txt)$/i;
const SKIP = /^(readme|license|changelog)\.(md|txt)$/i;

const slash = (dir: string, full: string) => relative(dir, full).split(sep).join('/') || '.';

/** Where `full` points when it is a symbolic link; null when it is not one or is gone. */
function linkTarget(full: string): string | null {
  try {
    return lstatSync(full).isSymbolicLink() ? readlinkSync(full) : null;
  } catch {
    return null;
  }
}

/** Why an entry that is listed cannot be opened: a dangling symlink, a loop, a permission. */
function whyUnreadable(full: string, err: NodeJS.ErrnoException): string {
  if (err.code === 'ELOOP') return 'symbolic link loop';
  if (err.code === 'ENOENT') {
    const target = linkTarget(full);
    return target === null ? 'removed while the corpus was being read' : `dangling symbolic link (its target ${target} does not exist)`;
  }
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'permission denied';
  return `unreadable: ${err.message}`;
}

/**
 * Every file under `dir` (hidden names skipped; symlinks followed). An entry that cannot be opened
 * (dangling symlink, symlink loop, no permission) or a directory reached twice through a symlink is
 * reported by path and reason when the loader would have read it, and skipped. Throws only when
 * `dir` itself cannot be read.
 */
function listFiles(dir: string, reports: FileReport[]): string[] {
  const out: string[] = [];
  const walked = new Map<string, string>(); // real path of each directory walked → its path in the corpus
  const walk = (d: string, real: string, ancestors: Set<string>) => {
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch (e) {
      if (d === dir) throw e;
      reports.push({ path: slash(dir, d), status: 'error', detail: whyUnreadable(d, e as NodeJS.ErrnoException) });
      return;
    }
    walked.set(real, slash(dir, d));
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const full = join(d, name);
      // An unreadable entry matters when it would have been an article, or might have been a directory.
      const wanted = (ARTICLE_EXT.test(name) && !SKIP.test(name)) || !name.includes('.');
      let st: Stats;
      try {
        st = statSync(full);
      } catch (e) {
        if (wanted) reports.push({ path: slash(dir, full), status: 'error', detail: whyUnreadable(full, e as NodeJS.ErrnoException) });
        continue;
      }
      if (st.isDirectory()) {
        let r: string;
        try {
          r = realpathSync(full);
        } catch (e) {
          reports.push({ path: slash(dir, full), status: 'error', detail: whyUnreadable(full, e as NodeJS.ErrnoException) });
          continue;
        }
        if (ancestors.has(r)) {
          reports.push({ path: slash(dir, full), status: 'error', detail: `symbolic link loop (leads back to ${walked.get(r)})` });
        } else if (walked.has(r)) {
          reports.push({ path: slash(dir, full), status: 'error', detail: `same directory as ${walked.get(r)} (a symbolic link); not read twice` });
        } else {
          walk(full, r, new Set(ancestors).add(r));
        }
      } else if (st.isFile()) out.push(full);
    }
  };
  const root = realpathSync(dir);
  walk(dir, root, new Set([root]));
  return out;
}

/** A hint file's text, or null when there is none. A file that is there but cannot be read is an error. */
function readHint(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT' && linkTarget(path) === null) return null;
    throw new CorpusFileError(err.code === 'EISDIR' ? 'is a directory' : whyUnreadable(path, err));
  }
}

function loadYamlFile<T>(dir: string, rel: HintFile, schema: z.ZodType<T>, fallback: T, reports: FileReport[]): T {
  let text: string | null;
  try {
    text = readHint(join(dir, rel));
  } catch (e) {
    reports.push({ path: rel, status: 'error', detail: (e as Error).message });
    return fallback;
  }
  if (text === null) return fallback; // optional file
  try {
    const parsed = schema.safeParse(parseYaml(text) ?? {});
    if (!parsed.success) {
      reports.push({ path: rel, status: 'error', detail: z.prettifyError(parsed.error).replace(/\n\s*/g, ' ') });
      return fallback;
    }
    reports.push({ path: rel, status: 'ok', detail: 'ok' });
    return parsed.data;
  } catch (e) {
    reports.push({ path: rel, status: 'error', detail: `not valid YAML: ${(e as Error).message.split('\n')[0]}` });
    return fallback;
  }
}

/**
 * Loads every article under `dir`. A bad file is reported (by path, with the reason) and skipped;
 * the rest is served. Throws only when the directory itself cannot be read.
 */
export function loadCorpus(dir: string): Corpus {
  const reports: FileReport[] = [];
  const entities = loadYamlFile(dir, 'entities.yaml', entitiesSchema, { people: [], organisations: [] }, reports);
  const signals = loadYamlFile(dir, 'signals.yaml', signalsSchema, DEFAULT_SIGNALS, reports);
  const topic = loadYamlFile<TopicFile | undefined>(dir, 'topic.yaml', topicSchema, undefined, reports);
  const docs: Doc[] = [];
  for (const full of listFiles(dir, reports)) {
    const rel = relative(dir, full).split(sep).join('/');
    const base = rel.split('/').pop()!;
    if (!ARTICLE_EXT.test(base) || SKIP.test(base)) continue;
    try {
      const size = statSync(full).size;
      if (size > MAX_FILE_BYTES) throw new CorpusFileError(`too large (${size} bytes, limit ${MAX_FILE_BYTES})`);
      const doc = parseDoc(rel, readFileSync(full));
      docs.push(doc);
      reports.push({ path: rel, status: doc.inferred.length ? 'inferred' : 'ok', detail: doc.inferred.length ? `inferred: ${doc.inferred.join(', ')}` : 'ok' });
    } catch (e) {
      const detail = e instanceof CorpusFileError ? e.message : `unreadable: ${(e as Error).message}`;
      reports.push({ path: rel, status: 'error', detail });
    }
  }
  // A day named without its year in an undated article ("WASHINGTON, 5 June (Harbour Wire) - … on Monday")
  // is read again beside the corpus's dated articles: the year that puts it nearest to them.
  const sure = (d: Doc) => !!d.published && !d.inferred.includes(FROM_WEEKDAY);
  const dated = [...new Set(docs.filter(sure).map((d) => d.published!))];
  if (dated.length) {
    for (const [i, d] of docs.entries()) {
      if (sure(d)) continue;
      if (!d.inferred.some((x) => x.startsWith('published'))) continue; // curated: a missing date means unknown
      docs[i] = parseDoc(d.path, readFileSync(join(dir, d.path)), dated);
    }
  }
  // Stable passage ids across runs: docs sorted by path, passages in file order.
  docs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  let id = 0;
  for (const d of docs) for (const p of d.passages) p.id = id++;
  reports.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { dir, docs, entities, signals, ...(topic ? { topic } : {}), reports };
}

export const DEFAULT_SIGNALS: SignalsFile = signalsSchema.parse({
  focus: 'qwen',
  head: ['to lead', 'head of', 'assume oversight', 'in charge of'],
  departure: ['resign', 'depart', 'step(?:s|ped)? down'],
  responsibility: ['responsibility for', 'appointed', 'joins?'],
  support: ['support team'],
  change: ['resign', 'depart', 'appoint', 'named', 'lead', 'join', 'establish', 'shift'],
});
