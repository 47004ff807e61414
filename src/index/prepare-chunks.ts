// How a prepared index travels from the worker: its large arrays in pieces small enough that the
// main thread's structured-clone decode of any one message takes a few milliseconds.
export const CHUNKED_FIELDS = ['docs', 'mentions', 'roles', 'events', 'rows', 'byEntity'] as const;
export type ChunkedField = (typeof CHUNKED_FIELDS)[number];

/** Items per message: an article carries its sentences, so fewer of them. */
export function chunkSizeOf(field: ChunkedField): number {
  return field === 'docs' ? 200 : field === 'byEntity' ? 200 : 5000;
}
