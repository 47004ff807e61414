// Records the calls a fake server receives and lets a test wait for one.

export interface Recorder<T> {
  calls: T[];
  record: (call: T) => void;
  /** Resolves with the first call (past or future) that matches; rejects after `timeoutMs`. */
  waitFor: (pred: (c: T) => boolean, timeoutMs?: number) => Promise<T>;
}

export function createRecorder<T>(name: string, defaultTimeoutMs: number): Recorder<T> {
  const calls: T[] = [];
  const waiters: { pred: (c: T) => boolean; resolve: (c: T) => void }[] = [];
  return {
    calls,
    record: (call) => {
      calls.push(call);
      for (const w of [...waiters]) if (w.pred(call)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(call);
      }
    },
    waitFor: (pred, timeoutMs = defaultTimeoutMs) => {
      const hit = calls.find(pred);
      if (hit) return Promise.resolve(hit);
      return new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`${name}: timed out waiting for a call`)), timeoutMs);
        waiters.push({ pred, resolve: (c) => (clearTimeout(t), resolve(c)) });
      });
    },
  };
}
