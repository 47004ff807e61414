// IndexService on the calling thread: the index is here, each call is the function itself.
import { answer } from '../briefing/answer.ts';
import type { Answer } from '../briefing/types.ts';
import type { BriefIndex } from '../index/build.ts';
import { knowledgeOf } from '../summarize/knowledge.ts';
import type { Knowledge } from '../summarize/supported.ts';
import { candidates, digest } from './ops.ts';
import type { DigestCandidates, DigestPlanRef, IndexInfo, IndexService } from './service.ts';

export class LocalService implements IndexService {
  /** `getIndex` is read per call, so a live-reloaded index (LiveIndex.get) is picked up. */
  constructor(readonly getIndex: () => BriefIndex) {}

  info(): IndexInfo {
    const i = this.getIndex();
    return { version: i.version, docs: i.docs.length };
  }

  async answer(text: string, now: string): Promise<Answer> {
    return answer(this.getIndex(), text, now);
  }

  /** All of it, whatever the answer: it is here already. */
  async knowledge(_a?: Answer): Promise<Knowledge> {
    return knowledgeOf(this.getIndex());
  }

  async digestCandidates(now: string): Promise<DigestCandidates> {
    return candidates(this.getIndex(), now);
  }

  async digestAnswer(plan: DigestPlanRef, now: string): Promise<Answer> {
    return digest(this.getIndex(), plan, now);
  }
}

/** The service of one ready index. */
export function localService(index: BriefIndex): LocalService {
  return new LocalService(() => index);
}
