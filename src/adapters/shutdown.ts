// Graceful shutdown on SIGTERM/SIGINT, installed before anything slow starts (corpus load, logins), so a
// signal during start-up is a clean stop rather than the default kill. In order:
//   1. schedulers stop (the digest posts nothing new after the signal);
//   2. the platforms stop accepting, and the requests in flight get until the deadline (SHUTDOWN_GRACE_MS);
//      then idle and stalled connections are closed;
//   3. the work left (the digest round in flight), then files (watcher, state DB), each bounded by the deadline.
// The process exits 0. Something that still holds the event loop after that (or a step that overruns the
// deadline by seconds) is not waited for: the process exits anyway.
import type { Logger } from '../log.ts';

export const SHUTDOWN_GRACE_MS = 10_000;
/** After the deadline, how long the last steps and the event loop may still take before exiting regardless. */
const FORCE_AFTER_MS = 3_000;

/** Resolves true when `p` settles by `deadlineAt` (ms since the epoch), false at the deadline. Never rejects. */
export function untilDeadline(p: Promise<unknown>, deadlineAt: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), Math.max(0, deadlineAt - Date.now()));
    const done = () => {
      clearTimeout(timer);
      resolve(true);
    };
    p.then(done, done);
  });
}

type Step = { name: string; run: (deadlineAt: number) => unknown };

export interface ShutdownOptions {
  graceMs?: number;
  /** Tests: no process.exit at the end. */
  exit?: boolean;
}

export class Shutdown {
  private readonly halts: (() => void)[] = [];
  private readonly platforms: Step[] = [];
  private readonly lasts: Step[] = [];
  private signal: string | null = null;
  private deadlineAt = 0;
  private resolveFinished!: (signal: string) => void;
  /** Resolves with the signal's name once everything is stopped. */
  readonly finished: Promise<string>;
  private readonly onSignal = (signal: NodeJS.Signals) => {
    if (this.signal) {
      this.log.warn({ signal }, 'already shutting down');
      return;
    }
    void this.begin(signal);
  };

  constructor(private readonly log: Logger, private readonly o: ShutdownOptions = {}) {
    this.finished = new Promise((r) => (this.resolveFinished = r));
    process.on('SIGTERM', this.onSignal);
    process.on('SIGINT', this.onSignal);
  }

  get requested(): boolean {
    return this.signal !== null;
  }

  /** Step 1 (synchronous): stop a scheduler. Registered after the signal: run at once. */
  halt(fn: () => void): void {
    if (this.signal) this.safely('halt', fn);
    else this.halts.push(fn);
  }

  /** Step 2: stop accepting and finish what is in flight by the deadline. Registered after the signal: stopped at once. */
  platform(name: string, stop: (deadlineAt: number) => Promise<void>): void {
    const step = { name, run: stop };
    if (this.signal) void this.run(step);
    else this.platforms.push(step);
  }

  /** Step 3, in the order registered: the work left, then files. */
  last(name: string, run: (deadlineAt: number) => unknown): void {
    this.lasts.push({ name, run });
  }

  /** Removes the signal handlers (tests that start and stop in one process). */
  dispose(): void {
    process.off('SIGTERM', this.onSignal);
    process.off('SIGINT', this.onSignal);
  }

  /** Starts the shutdown (as a signal would). */
  async begin(signal: string): Promise<void> {
    if (this.signal) return;
    this.signal = signal;
    const graceMs = this.o.graceMs ?? SHUTDOWN_GRACE_MS;
    this.deadlineAt = Date.now() + graceMs;
    this.log.info({ signal, graceMs }, 'shutting down');
    // Awaiting a promise that nothing else keeps alive would let Node exit 13 (unsettled top-level await): this holds the loop.
    const keepAlive = setInterval(() => undefined, 1000);
    const force = setTimeout(() => {
      this.log.warn('shutdown: still running past the deadline; exiting');
      process.exit();
    }, graceMs + FORCE_AFTER_MS);
    if (this.o.exit === false) clearTimeout(force);
    else force.unref();
    for (const fn of this.halts) this.safely('halt', fn);
    await Promise.all(this.platforms.map((p) => this.run(p)));
    for (const step of this.lasts) await this.run(step, FORCE_AFTER_MS / 2);
    clearInterval(keepAlive);
    this.log.info({ signal }, 'stopped');
    this.resolveFinished(signal);
    // Whatever still holds the event loop now (a start-up step the signal interrupted, a request that never
    // ends) gets a moment, no more.
    if (this.o.exit !== false) setTimeout(() => process.exit(), 1_000).unref();
  }

  private safely(name: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.log.warn({ step: name, err: String(err) }, 'shutdown step failed');
    }
  }

  /** Runs one step; a step that overruns the deadline (plus `slackMs`) is left behind, logged. */
  private async run(step: Step, slackMs = 500): Promise<void> {
    const work = Promise.resolve()
      .then(() => step.run(this.deadlineAt))
      .catch((err) => this.log.warn({ step: step.name, err: String(err) }, 'shutdown step failed'));
    if (!(await untilDeadline(work, this.deadlineAt + slackMs))) this.log.warn({ step: step.name }, 'shutdown step did not finish by the deadline; not waiting');
  }
}
