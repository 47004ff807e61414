// What either implementation of IndexService computes on a BriefIndex: the same functions on the calling
// thread (local.ts) and in the serving worker (worker.ts), so both give the same answers byte for byte.
import { answer } from '../briefing/answer.ts';
import { articleKey, digestAnswer, untoldDocs } from '../briefing/commands/digest.ts';
import { eligibleDocs } from '../briefing/eligible.ts';
import type { Answer, Citation } from '../briefing/types.ts';
import type { Doc } from '../corpus/types.ts';
import type { BriefIndex } from '../index/build.ts';
import { knowledgeOf } from '../summarize/knowledge.ts';
import type { Knowledge } from '../summarize/supported.ts';
import type { DigestCandidates, DigestPlanRef } from './service.ts';

export type About = ReturnType<NonNullable<Knowledge['about']>>;

/** Entities and topic of an index: sent once per version, cached on the main thread. */
export interface Names {
  version: string;
  entities: Knowledge['entities'];
  topic: Knowledge['topic'];
}

/** The requests a serving worker answers (questions in, Answers out: small messages). */
export type Request =
  | { op: 'answer'; text: string; now: string }
  | { op: 'about'; citations: Citation[]; names: string | null }
  | { op: 'candidates'; now: string }
  | { op: 'digest'; plan: DigestPlanRef; now: string };

export function names(index: BriefIndex): Names {
  const k = knowledgeOf(index);
  // Plain data: the matcher's entities carry more than the support check reads.
  return { version: index.version, entities: k.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: [...e.aliases] })), topic: k.topic };
}

/** knowledgeOf(index).about for each citation, and the names when the caller's copy (`have`: its version) is not this index's. */
export function about(index: BriefIndex, citations: Citation[], have: string | null): { about: About[]; names: Names | null } {
  const k = knowledgeOf(index);
  return { about: citations.map((c) => k.about?.(c) ?? null), names: have === index.version ? null : names(index) };
}

/** A Knowledge whose `about` answers for the citations looked up (by their doc, line and quote). */
export function knowledgeFrom(n: Names, citations: Citation[], found: About[]): Knowledge {
  const at = new Map(citations.map((c, i) => [citeKey(c), found[i]]));
  return { entities: n.entities, topic: n.topic, about: (c) => at.get(citeKey(c)) ?? null };
}

const citeKey = (c: Citation) => `${c.doc}\0${c.line}\0${c.quote}`;

export function candidates(index: BriefIndex, now: string): DigestCandidates {
  const ref = (d: Doc) => ({ doc: d.path, hash: articleKey(index, d) });
  return { eligible: eligibleDocs(index, now).map(ref), oldestFirst: untoldDocs(index, new Set(), now).map(ref) };
}

export function digest(index: BriefIndex, plan: DigestPlanRef, now: string): Answer {
  const docs = (refs: { doc: string }[]) => refs.flatMap((r) => index.docByPath.get(r.doc) ?? []);
  const p = plan.kind === 'empty' ? plan : plan.kind === 'digest' ? { ...plan, docs: docs(plan.docs) } : { ...plan, docs: docs(plan.docs) };
  return digestAnswer(index, 'digest', p, now);
}

/** One request, on one index. */
export function run(index: BriefIndex, r: Request): unknown {
  switch (r.op) {
    case 'answer':
      return answer(index, r.text, r.now);
    case 'about':
      return about(index, r.citations, r.names);
    case 'candidates':
      return candidates(index, r.now);
    case 'digest':
      return digest(index, r.plan, r.now);
  }
}
