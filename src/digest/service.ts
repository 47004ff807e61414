// The digest as a running service: a croner schedule calling tick(), one round at a time per process
// (the state DB's claims guard across processes), and a stop() that lets the round in flight finish.
import { Cron } from 'croner';
import type { Logger } from '../log.ts';
import type { StateStore } from '../state/store.ts';
import type { IndexService } from '../serve/service.ts';
import type { Summarizer } from '../summarize/summarizer.ts';
import { runDigest, type ChannelResult } from './run.ts';
import type { DigestTarget } from './targets.ts';

export interface DigestServiceOptions {
  index: IndexService;
  state: StateStore;
  targets: DigestTarget[];
  log: Logger;
  empty: 'skip' | 'post';
  tz: string;
  /** The clock, injected: ms since the epoch. */
  clock?: () => number;
  /** A fixed digest date (the CLI's --now); otherwise the clock's date in `tz`. */
  fixedDate?: string | null;
  leaseMs?: number;
  summarizer?: Summarizer | null;
}

/** YYYY-MM-DD of an instant in a time zone. */
export function dateIn(ms: number, tz: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}

export class DigestService {
  private running: Promise<ChannelResult[]> | null = null;
  private stopping = false;
  private cron: Cron | null = null;

  constructor(private readonly o: DigestServiceOptions) {}

  /** One round now. Overlapping calls in this process share the round in flight. */
  tick(atMs?: number): Promise<ChannelResult[]> {
    if (this.stopping) return Promise.resolve([]);
    if (this.running) return this.running;
    const nowMs = atMs ?? (this.o.clock ?? Date.now)();
    this.running = runDigest({
      index: this.o.index,
      state: this.o.state,
      targets: this.o.targets,
      now: this.o.fixedDate ?? dateIn(nowMs, this.o.tz),
      nowMs,
      empty: this.o.empty,
      log: this.o.log,
      leaseMs: this.o.leaseMs,
      summarizer: this.o.summarizer,
      shouldStop: () => this.stopping,
    }).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Starts the schedule; croner's `protect` skips a fire while the previous one still runs. Not after halt(). */
  schedule(pattern: string): Cron | null {
    if (this.stopping) return null;
    this.cron = new Cron(pattern, { timezone: this.o.tz, protect: true, catch: (err) => this.o.log.error({ err: String(err) }, 'digest: tick failed') }, async () => {
      await this.tick();
    });
    this.o.log.info({ pattern, tz: this.o.tz, next: this.cron.nextRun()?.toISOString(), channels: this.o.targets.map((t) => t.key) }, 'digest: scheduled');
    return this.cron;
  }

  nextRun(): Date | null {
    return this.cron?.nextRun() ?? null;
  }

  /** Stops the schedule at once: no new round starts, and the round in flight starts no other channel. */
  halt(): void {
    this.stopping = true;
    this.cron?.stop();
  }

  /** halt(), then lets the round in flight finish its current channel. */
  async stop(): Promise<void> {
    this.halt();
    await this.running?.catch(() => undefined);
  }
}
