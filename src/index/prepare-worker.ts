// Loads the corpus and builds its index off the main thread, so a live reload does not stall answers.
// The result is plain data, sent in pieces (structured clone per message) so that receiving it never
// blocks the main thread for long; the main thread reassembles and revives it (indexFromPreparedAsync).
// Then, while the main thread revives, the worker builds the whole index itself, answers the warm-up
// queries on it, and sends the caches those filled (memo-transfer.ts), so that the first answers on the
// new index do not fill them on the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { loadCorpus } from '../corpus/load.ts';
import { indexFromPrepared, prepareIndex } from './build.ts';
import { encodeMemo } from './memo-transfer.ts';
import type { WarmUp } from './prepare-async.ts';
import { CHUNKED_FIELDS, chunkSizeOf, packDocs, packRows } from './prepare-chunks.ts';
import type { Doc } from '../corpus/types.ts';
import type { IndexedPassage } from './build.ts';

const { dir, warm } = workerData as { dir: string; warm: WarmUp | null };
let prepared: ReturnType<typeof prepareIndex> | null = null;
try {
  prepared = prepareIndex(loadCorpus(dir));
  const rest: Record<string, unknown> = { ...prepared, corpus: { ...prepared.corpus, docs: [] } };
  for (const field of CHUNKED_FIELDS) {
    const items = (field === 'docs' ? prepared.corpus.docs : prepared[field]) as unknown[];
    const size = chunkSizeOf(field);
    for (let i = 0; i < items.length; i += size) {
      const piece = items.slice(i, i + size);
      const { items: sent, packed } = field === 'docs' ? packDocs(piece as Doc[]) : field === 'rows' ? packRows(piece as IndexedPassage[]) : { items: piece, packed: null };
      parentPort!.postMessage({ kind: 'chunk', field, items: sent, packed }, packed ? [packed.at.buffer as ArrayBuffer] : []);
      // The next piece only when the main thread asks: queued messages would be decoded back to back.
      await new Promise((r) => parentPort!.once('message', r));
    }
    if (field !== 'docs') rest[field] = [];
  }
  parentPort!.postMessage({ kind: 'done', ok: true, rest });
} catch (err) {
  prepared = null;
  parentPort!.postMessage({ kind: 'done', ok: false, error: String(err) });
}
if (prepared && warm) {
  try {
    const index = indexFromPrepared(prepared);
    const { answer } = await import('../briefing/answer.ts');
    // One question that fails (a recent one asked of the old index) does not cost the others their caches.
    for (const q of warm.queries) {
      try {
        answer(index, q, warm.now);
      } catch {
        // it fails on the main thread too, on first use, and is reported there
      }
    }
    // And `who <name>` for the people the corpus mentions most, the likeliest to be asked about.
    const people = index.entities.entities.filter((e) => e.type === 'person').map((e) => ({ e, n: index.byEntity.get(e.id)?.length ?? 0 }));
    people.sort((a, b) => b.n - a.n || (a.e.id < b.e.id ? -1 : 1));
    for (const { e } of people.slice(0, warm.people ?? 0)) answer(index, `who ${e.name}`, warm.now);
    const memo = encodeMemo(index);
    parentPort!.postMessage({ kind: 'memo', memo }, [memo.kinds.buffer, memo.sizes.buffer, memo.tags.buffer, memo.vals.buffer] as ArrayBuffer[]);
  } catch (err) {
    parentPort!.postMessage({ kind: 'memo', memo: null, error: String(err) });
  }
}
