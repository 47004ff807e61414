import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { CorpusFileError, MAX_FILE_BYTES, parseDoc } from './parse.ts';
import { entitiesSchema, signalsSchema, type EntitiesFile, type SignalsFile } from './schema.ts';
import type { Doc, FileReport } from './types.ts';

export interface Corpus {
  dir: string;
  docs: Doc[];
  entities: EntitiesFile;
  signals: SignalsFile;
  reports: FileReport[];
}

const ARTICLE_EXT = /\.(md|markdown|txt)$/i;
const SKIP = /^(readme|license|changelog)\.(md|txt)$/i;

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) walk(full);
      else if (st.isFile()) out.push(full);
    }
  };
  walk(dir);
  return out;
}

function loadYamlFile<T>(path: string, schema: z.ZodType<T>, fallback: T, reports: FileReport[], rel: string): T {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return fallback; // optional file
  }
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
  const entities = loadYamlFile(join(dir, 'entities.yaml'), entitiesSchema, { people: [], organisations: [] }, reports, 'entities.yaml');
  const signals = loadYamlFile(join(dir, 'signals.yaml'), signalsSchema, DEFAULT_SIGNALS, reports, 'signals.yaml');
  const docs: Doc[] = [];
  for (const full of listFiles(dir)) {
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
  // Stable passage ids across runs: docs sorted by path, passages in file order.
  docs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  let id = 0;
  for (const d of docs) for (const p of d.passages) p.id = id++;
  reports.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { dir, docs, entities, signals, reports };
}

export const DEFAULT_SIGNALS: SignalsFile = signalsSchema.parse({
  focus: 'qwen',
  head: ['to lead', 'head of', 'assume oversight', 'in charge of'],
  departure: ['resign', 'depart', 'step(?:s|ped)? down'],
  responsibility: ['responsibility for', 'appointed', 'joins?'],
  support: ['support team'],
  change: ['resign', 'depart', 'appoint', 'named', 'lead', 'join', 'establish', 'shift'],
});
