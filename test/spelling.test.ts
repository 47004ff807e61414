import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answer } from '../src/briefing/answer.ts';
import { correctSpelling } from '../src/briefing/spelling.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { buildIndex } from '../src/index/build.ts';
import { renderText } from '../src/render/text.ts';

// A fictional brewery, so that nothing here can come from a list in the code.
const dir = mkdtempSync(join(tmpdir(), 'qwen-spelling-'));
writeFileSync(join(dir, 'a.md'), '---\ntitle: "Hopworth names a new brewer"\nsource: Malt Wire\npublished: 2025-04-02\nkind: news\n---\n\n' +
  'Hopworth Ales said on Tuesday that Greta Solberg replaced Anton Veit as head brewer. Veit retired after twenty years.\n\n' +
  'The brewery is using a new yeast strain. The break-up of its parent was announced in March. Hopworth was founded in 1990.\n');
const index = buildIndex(loadCorpus(dir));

describe('a question word one slip from a corpus word', () => {
  it('is read as that word', () => {
    expect(correctSpelling(index, 'who replced veit')).toBe('who replaced veit');
    expect(correctSpelling(index, 'when did veit retiered')).toBe('when did veit retired');
  });

  it('"breakup" is the two words the corpus writes as "break-up"', () => {
    expect(correctSpelling(index, 'when was the breakup announced')).toBe('when was the break up announced');
  });

  it('is left alone when it is short, spelt as the corpus spells it, or a name', () => {
    expect(correctSpelling(index, 'is hopworth suing anyone')).toBe('is hopworth suing anyone');
    // An English word the corpus does not use is meant as typed: "funding" is no slip for "founding".
    expect(correctSpelling(index, 'how much funding did hopworth get')).toBe('how much funding did hopworth get');
    expect(correctSpelling(index, 'who replaced Veit')).toBe('who replaced Veit');
    expect(correctSpelling(index, 'what is Solbreg doing')).toBe('what is Solbreg doing');
  });

  it('so "who replced veit" names who took his post, as "who replaced veit" does', () => {
    const text = renderText(answer(index, 'who replced veit', '2025-05-01'));
    expect(text).toContain('Greta Solberg replaced Anton Veit');
    expect(text).not.toMatch(/not in the corpus/i);
  });
});

describe('chat shorthand in a question', () => {
  it('"ppl", "govt", "rn" are read as their words unless the corpus writes them', () => {
    expect(correctSpelling(index, 'how many ppl work at hopworth rn')).toBe('how many people work at hopworth right now');
    expect(correctSpelling(index, 'did the govt fund hopworth')).toBe('did the government fund hopworth');
    // Not a letter inside a longer token: "u.s." stays.
    expect(correctSpelling(index, 'is hopworth in the u.s.')).toBe('is hopworth in the u.s.');
  });
});
