import { createHash } from 'node:crypto';
import MiniSearch from 'minisearch';
import type { Corpus } from '../corpus/load.ts';
import type { Doc, Passage } from '../corpus/types.ts';
import { EntityMatcher } from './entities.ts';
import { learnEntities, type EntitySpec, type Mention } from './names.ts';
import { fillCaretakers, fillOpeningIts, fillRoleOrgs, fillSpeakerOrgs, readFacts, type EventFact, type RoleFact } from './facts.ts';
import { mergeSamePeople } from './same-person.ts';
import { resolveInterview, resolveOpeningPronouns, resolveOrgDescriptions, resolveTitleRefs } from './title-refs.ts';
import { mostNamedOrgs } from './doc-orgs.ts';
import { companyForms } from './topic-forms.ts';
import { compileSignals, type CompiledSignals } from './signals.ts';
import { terms } from './normalize.ts';

export const INDEX_VERSION = 5;

export interface BriefIndex {
  corpus: Corpus;
  docs: Doc[];
  docByPath: Map<string, Doc>;
  passages: Passage[];
  mentions: Mention[][]; // by passage id
  entities: EntityMatcher;
  signals: CompiledSignals;
  /** The organisation the corpus is about: topic.yaml, else signals.yaml's focus, else the most mentioned. */
  focus: string;
  /** Who holds which role, and what happened to whom, read from each sentence. */
  roles: RoleFact[];
  events: EventFact[];
  mini: MiniSearch<IndexedPassage>;
  vocab: Set<string>;
  /** Passage ids by entity id, in corpus order. */
  byEntity: Map<string, number[]>;
  /** Per-index cache of query-independent work (signal matches), filled on first use. */
  memo: Map<string, unknown>;
  /** Content-derived id: same files → same version, whatever their mtimes. */
  version: string;
}

/** Computes a query-independent value once per index. */
export function memo<T>(index: BriefIndex, key: string, fn: () => T): T {
  if (!index.memo.has(key)) index.memo.set(key, fn());
  return index.memo.get(key) as T;
}

export interface IndexedPassage {
  id: number;
  text: string;
  ents: string;
}

/** Entity ids become single index tokens that no stemmer or tokenizer can split. */
export function entityToken(id: string): string {
  return `xx${id.replace(/[^a-z0-9]/g, '')}xx`;
}

export const MINI_OPTIONS = {
  idField: 'id',
  fields: ['text', 'ents'],
  tokenize: (text: string) => text.split(/\s+/).filter(Boolean),
  processTerm: (t: string) => t,
} as const;

/** The query-independent analysis of a corpus: everything but the MiniSearch index itself. */
interface Analysis {
  specs: EntitySpec[];
  focus: string;
  roles: RoleFact[];
  events: EventFact[];
  entities: EntityMatcher;
  signals: CompiledSignals;
  passages: Passage[];
  mentions: Mention[][];
  vocab: Set<string>;
  byEntity: Map<string, number[]>;
  version: string;
}

function newMini(): MiniSearch<IndexedPassage> {
  return new MiniSearch<IndexedPassage>({ ...MINI_OPTIONS, fields: [...MINI_OPTIONS.fields] });
}

function analyse(corpus: Corpus): { analysis: Analysis; rows: IndexedPassage[] } {
  const passages = corpus.docs.flatMap((d) => d.passages);
  const learned = companyForms(learnEntities(corpus.docs, { hints: corpus.entities, topic: corpus.topic ?? null }), passages, corpus.topic?.name ?? null);
  const signals = compileSignals(corpus.signals);
  const first = new EntityMatcher(learned.entities, learned.mentions);
  const roles0: RoleFact[] = [];
  const events0: EventFact[] = [];
  for (const p of passages) {
    const f = readFacts(p, learned.mentions[p.id], first.byId);
    roles0.push(...f.roles);
    events0.push(...f.events);
  }
  const merged = mergeSamePeople(learned.entities, passages, learned.mentions, roles0, events0);
  const entities = merged.specs === learned.entities && merged.mentions === learned.mentions ? first : new EntityMatcher(merged.specs, merged.mentions);
  let { events } = merged;
  // Each article's most-named organisation: whose title a sentence means when it names none.
  const isOrg = (id: string) => entities.byId.get(id)?.type === 'organisation';
  const docOrg = mostNamedOrgs(passages, merged.mentions, isOrg);
  const orgOfDoc = (pid: number) => docOrg.get(passages[pid].doc) ?? null;
  // (Another organisation's news about its own posts first: "Marsh & Co said … Lang will take over as CEO".)
  let roles = fillRoleOrgs(fillSpeakerOrgs(merged.roles, passages, merged.mentions, isOrg, orgOfDoc), orgOfDoc, passages, merged.mentions);
  const isPerson = (id: string) => entities.byId.get(id)?.type === 'person';
  // The people a headline names, by the forms the text learned (exact, no fuzzy matching: once per article).
  const personForms = new Map<string, string>();
  for (const e of entities.entities) if (e.type === 'person') for (const a of e.aliases) if (a.includes(' ')) personForms.set(a.toLowerCase(), e.id);
  const titles = new Map(corpus.docs.map((d) => [d.path, d.title]));
  const headlinePeople = (doc: string) => {
    const ws = (titles.get(doc) ?? '').toLowerCase().split(/[\s,;:!?"“”()]+/).map((w) => w.replace(/['’]s$/, '')).filter(Boolean);
    const out = new Set<string>();
    for (let i = 0; i < ws.length; i++) for (let j = i + 2; j <= Math.min(ws.length, i + 4); j++) { const id = personForms.get(ws.slice(i, j).join(' ')); if (id) out.add(id); }
    return [...out];
  };
  const aliasesOf = (id: string) => entities.byId.get(id)?.aliases ?? [];
  const mentions = resolveOrgDescriptions(passages, resolveOpeningPronouns(passages, resolveInterview(passages, resolveTitleRefs(passages, merged.mentions, roles, isPerson, headlinePeople), isPerson), isPerson), aliasesOf, isOrg);
  // Sentences that gained a reference ("He will remain in office as caretaker prime minister") are read again.
  const changed = new Set(passages.filter((p) => mentions[p.id] !== merged.mentions[p.id]).map((p) => p.id));
  if (changed.size) {
    const again = [...changed].map((pid) => readFacts(passages[pid], mentions[pid], entities.byId));
    const reread = fillSpeakerOrgs(again.flatMap((f) => f.roles), passages, mentions, isOrg, orgOfDoc);
    roles = fillRoleOrgs([...roles.filter((r) => !changed.has(r.passage)), ...reread].sort((a, b) => a.passage - b.passage), orgOfDoc, passages, merged.mentions);
    events = [...events.filter((e) => !changed.has(e.passage)), ...again.flatMap((f) => f.events)].sort((a, b) => a.passage - b.passage);
  }
  roles = fillCaretakers(fillOpeningIts(roles, passages, mentions, isOrg));
  const vocab = new Set<string>();
  const rows: IndexedPassage[] = passages.map((p) => {
    const ts = terms(p.text);
    for (const t of ts) vocab.add(t);
    return { id: p.id, text: ts.join(' '), ents: [...new Set(mentions[p.id].map((m) => entityToken(m.id)))].join(' ') };
  });
  const byEntity = new Map<string, number[]>();
  for (const p of passages) {
    for (const id of new Set(mentions[p.id].map((m) => m.id))) {
      const list = byEntity.get(id);
      if (list) list.push(p.id);
      else byEntity.set(id, [p.id]);
    }
  }
  const h = createHash('sha256');
  h.update(`v${INDEX_VERSION}\n`);
  for (const d of corpus.docs) h.update(`${d.path}\0${d.hash}\n`);
  h.update(JSON.stringify(corpus.entities));
  h.update(JSON.stringify(corpus.signals));
  h.update(JSON.stringify(corpus.topic ?? null));
  const focus = focusOf(corpus, entities, byEntity);
  return { analysis: { specs: merged.specs, focus, roles, events, entities, signals, passages, mentions, vocab, byEntity, version: h.digest('hex').slice(0, 12) }, rows };
}

/** topic.yaml names the subject; else a curated signals.yaml focus; else the most mentioned organisation. */
function focusOf(corpus: Corpus, entities: EntityMatcher, byEntity: Map<string, number[]>): string {
  if (corpus.topic) {
    const id = entities.resolveName(corpus.topic.name, 'organisation')?.id;
    if (id) return id;
  }
  if (corpus.reports.some((r) => r.path === 'signals.yaml' && r.status !== 'error')) {
    const id = entities.resolveName(corpus.signals.focus)?.id;
    if (id) return id;
  }
  let best: { id: string; n: number } | null = null;
  for (const e of entities.entities) {
    if (e.type !== 'organisation') continue;
    const n = byEntity.get(e.id)?.length ?? 0;
    if (!best || n > best.n || (n === best.n && e.id < best.id)) best = { id: e.id, n };
  }
  return best?.id ?? corpus.signals.focus;
}

function assemble(corpus: Corpus, a: Analysis, mini: MiniSearch<IndexedPassage>, docByPath = new Map(corpus.docs.map((d) => [d.path, d]))): BriefIndex {
  return {
    corpus,
    docs: corpus.docs,
    docByPath,
    passages: a.passages,
    mentions: a.mentions,
    entities: a.entities,
    signals: a.signals,
    focus: a.focus,
    roles: a.roles,
    events: a.events,
    mini,
    vocab: a.vocab,
    byEntity: a.byEntity,
    memo: new Map(),
    version: a.version,
  };
}

export function buildIndex(corpus: Corpus): BriefIndex {
  const { analysis, rows } = analyse(corpus);
  const mini = newMini();
  mini.addAll(rows);
  return assemble(corpus, analysis, mini);
}

/**
 * An index as plain data, built where it is cheap to block (a worker thread) and sent by structured
 * clone in pieces; the MiniSearch index is rebuilt from its rows where it is used, a chunk at a time,
 * so no single step blocks the thread that answers. Carries the format version it was made with.
 */
export interface PreparedIndex {
  format: number;
  corpus: Corpus;
  mentions: Mention[][];
  specs: EntitySpec[];
  focus: string;
  roles: RoleFact[];
  events: EventFact[];
  vocab: string[];
  byEntity: [string, number[]][];
  version: string;
  rows: IndexedPassage[];
}

export function prepareIndex(corpus: Corpus): PreparedIndex {
  const { analysis: a, rows } = analyse(corpus);
  return { format: INDEX_VERSION, corpus, mentions: a.mentions, specs: a.specs, focus: a.focus, roles: a.roles, events: a.events, vocab: [...a.vocab], byEntity: [...a.byEntity], version: a.version, rows };
}

/** The Analysis of a PreparedIndex. */
function revive(p: PreparedIndex): Analysis {
  checkFormat(p);
  return {
    specs: p.specs,
    focus: p.focus,
    roles: p.roles,
    events: p.events,
    entities: new EntityMatcher(p.specs, p.mentions),
    signals: compileSignals(p.corpus.signals),
    passages: p.corpus.docs.flatMap((d) => d.passages),
    mentions: p.mentions,
    vocab: new Set(p.vocab),
    byEntity: new Map(p.byEntity),
    version: p.version,
  };
}

function checkFormat(p: PreparedIndex): void {
  if (p.format !== INDEX_VERSION) throw new Error(`index: prepared with format ${p.format}, this build reads ${INDEX_VERSION}`);
}

/** A PreparedIndex with its MiniSearch index already made (the persisted index cache). */
export function assembleFrom(p: PreparedIndex, mini: MiniSearch<IndexedPassage>): BriefIndex {
  return assemble(p.corpus, revive(p), mini);
}

/** The BriefIndex of a PreparedIndex, at once; refuses one made by another index format. */
export function indexFromPrepared(p: PreparedIndex): BriefIndex {
  const analysis = revive(p);
  const mini = newMini();
  mini.addAll(p.rows);
  return assemble(p.corpus, analysis, mini);
}
