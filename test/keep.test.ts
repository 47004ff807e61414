import { describe, expect, it } from 'vitest';
import { answer } from '../src/briefing/answer.ts';
import { kept, KEPT_ANSWERS } from '../src/briefing/keep.ts';
import { seedIndex } from './helpers.ts';

describe('kept values are bounded', () => {
  it('keeps the most recently used, drops the least recently used past its size', () => {
    const index = { memo: new Map() } as never;
    let computed = 0;
    const get = (k: string) => kept(index, 'test', k, 2, () => `${k}${++computed}`);
    expect(get('a')).toBe('a1');
    expect(get('b')).toBe('b2');
    expect(get('a')).toBe('a1'); // a used again: b is now the oldest
    expect(get('c')).toBe('c3'); // drops b
    expect(get('a')).toBe('a1');
    expect(get('b')).toBe('b4'); // computed again
    expect(computed).toBe(4);
  });

  it('per-day answers stop growing after KEPT_ANSWERS distinct questions and days, and stay right', () => {
    const index = seedIndex();
    const first = answer(index, 'who-leads', '2026-11-24');
    for (let i = 0; i < KEPT_ANSWERS + 20; i++) answer(index, 'who-leads', `2027-01-01T${i}`);
    const lru = index.memo.get('kept:answers') as Map<string, unknown>;
    expect(lru.size).toBe(KEPT_ANSWERS);
    expect(answer(index, 'who-leads', '2026-11-24')).toEqual(first);
  });
});
