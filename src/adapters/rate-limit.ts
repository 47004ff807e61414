import type { Limiter } from './shared.ts';

/**
 * Per-user token buckets in this process's memory (with a state store, adapters/state.ts shares them through it
 * and falls back to these while it fails): `perMinute` requests a minute, bursts up to `burst`. Bounded in memory (idle
 * buckets are full, so they are dropped). The clock is passed in, so tests need no waiting.
 */
export class RateLimiter implements Limiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(private readonly perMinute: number, private readonly burst: number, private readonly max = 50_000) {}

  /** 0 when allowed (and counted), else the seconds until the next request is allowed. */
  take(key: string, nowMs = Date.now()): number {
    const rate = this.perMinute / 60_000;
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: nowMs };
    b.tokens = Math.min(this.burst, b.tokens + (nowMs - b.at) * rate);
    b.at = nowMs;
    this.buckets.delete(key);
    this.buckets.set(key, b); // most recently used last
    if (this.buckets.size > this.max) this.buckets.delete(this.buckets.keys().next().value!);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - b.tokens) / rate / 1000);
  }
}
