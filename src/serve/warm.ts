// What a reload's new index answers before it is served, so that the caches those answers fill (the
// corpus's changes, heads, events by passage …) are filled when it starts answering: at 10k articles the
// first `changes since` or `timeline` on a cold index fills them for seconds.
import { answer } from '../briefing/answer.ts';
import type { BriefIndex } from '../index/build.ts';

/** Queries answered as of `now`; and `who <name>` for the `people` most mentioned. */
export interface WarmSpec {
  queries: string[];
  now: string;
  people?: number;
}

export function warmUp(index: BriefIndex, warm: WarmSpec): void {
  // One question that fails (a recent one asked of the old index) does not cost the others their caches.
  for (const q of warm.queries) {
    try {
      answer(index, q, warm.now);
    } catch {
      // it fails again when asked, and is reported then
    }
  }
  const people = index.entities.entities.filter((e) => e.type === 'person').map((e) => ({ e, n: index.byEntity.get(e.id)?.length ?? 0 }));
  people.sort((a, b) => b.n - a.n || (a.e.id < b.e.id ? -1 : 1));
  for (const { e } of people.slice(0, warm.people ?? 0)) answer(index, `who ${e.name}`, warm.now);
}
