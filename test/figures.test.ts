import { describe, expect, it } from 'vitest';
import { figuresIn, nearFigure, sameFigure } from '../src/briefing/figures.ts';

describe('figuresIn', () => {
  it('reads grouped thousands, scales, shares and decimal commas, and skips years', () => {
    const f = figuresIn('In 2025 about 12,700 struck; 250 000 livres; €6.4bn; 6,4 Milliarden Euro; 23 per cent; 18 Prozent.');
    expect(f.map((x) => [x.value, x.share])).toEqual([[12700, false], [250000, false], [6.4e9, false], [6.4e9, false], [23, true], [18, true]]);
  });
  it('keeps "250 000." whole, reads "400 m" as metres and skips a season "2023-24"', () => {
    expect(figuresIn('Ils étaient 250 000. Puis 250 000, selon la police.').map((x) => x.value)).toEqual([250000, 250000]);
    expect(figuresIn('She won the 400 m hurdles; the club paid £4m.').map((x) => x.value)).toEqual([400, 4e6]);
    expect(figuresIn('In the 2023-24 season they scored 80 goals.').map((x) => x.value)).toEqual([80]);
  });
});

describe('nearFigure', () => {
  const one = (t: string) => figuresIn(t)[0];
  it('pairs two reports of one quantity, not the same figure, a share with a count, or small counts', () => {
    expect(nearFigure(one('477 votes'), one('483 voix'))).toBe(true);
    expect(nearFigure(one('€6.4bn'), one('6.3 billion'))).toBe(true);
    expect(nearFigure(one('477 votes'), one('477 votes'))).toBe(false);
    expect(nearFigure(one('23%'), one('23 workers'))).toBe(false);
    expect(nearFigure(one('9,000 jobs'), one('5,000 jobs'))).toBe(false);
    expect(nearFigure(one('13 plants'), one('14 plants'))).toBe(false);
    expect(sameFigure('€6.4bn', '6.4bn')).toBe(true);
    expect(nearFigure(one('$6.4bn'), one('€6.3bn'))).toBe(false);
  });
});
