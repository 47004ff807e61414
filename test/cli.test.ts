import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchCorpus } from './helpers.ts';

const BIN = resolve(import.meta.dirname, '../bin/qwen-brief.js');
const ROOT = resolve(import.meta.dirname, '..');

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK|DISCORD|OPENAI|DIGEST)_/.test(k)));
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...clean, ...env }, timeout: 30_000 });
}

describe('qwen-brief CLI', () => {
  it('query --json prints the contract object', () => {
    const r = run(['query', 'who-leads', '--json', '--now', '2026-11-24']);
    expect(r.status).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(o).toMatchObject({ command: 'who-leads', query: 'who-leads', asOf: '2026-04-15', found: true });
    expect(o.text).toContain('Zhou Jingren');
    expect(o.citations[0]).toEqual({
      n: 1, doc: '2026-04-15-monetizable-models-shift.md', title: expect.any(String), source: null, url: null,
      published: '2026-04-15', kind: 'news', quote: expect.stringContaining('Zhou Jingren'), line: expect.any(Number),
    });
  });

  it('query --json with no text answers one JSON line per stdin line', () => {
    const r = run(['query', '--json', '--now', '2026-11-24'], 'who-leads\n\ntimeline\nwho is the CFO?\n');
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.command)).toEqual(['who-leads', 'help', 'timeline', 'ask']);
    expect(lines[3].found).toBe(false);
  });

  it('is byte-identical across runs with the same --now', () => {
    const a = run(['query', 'changes since March 2026', '--now', '2026-11-24']).stdout;
    const b = run(['query', 'changes since March 2026', '--now', '2026-11-24']).stdout;
    expect(a).toBe(b);
    expect(a).toContain('Changes since 2026-03-01');
  });

  it('check reports every file and fails on a broken one, naming it', () => {
    const ok = run(['check']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('5 article(s) loaded, 0 error(s)');
    const dir = scratchCorpus({ 'bad.md': '---\npublished: [1\n---\ntext text text\n' });
    const bad = run(['check', '--corpus', dir]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/error\s+bad\.md — front matter is not valid YAML/);
    expect(bad.stdout).toContain('5 article(s) loaded, 1 error(s)');
  });

  it('CORPUS_DIR picks the corpus', () => {
    const dir = scratchCorpus({ 'extra.txt': 'Extra headline here\nMar 9, 2026\nAlibaba appointed Fan Yu to lead the Qwen team.\n' });
    const r = run(['query', 'sources', '--json'], undefined, { CORPUS_DIR: dir });
    expect(JSON.parse(r.stdout).citations.map((c: { doc: string }) => c.doc)).toContain('extra.txt');
  });

  it('npm start with no tokens answers piped lines in the console and ends at EOF', () => {
    const r = spawnSync('npm', ['start', '--silent'], { cwd: ROOT, input: 'who-leads\nwho is the CFO?\n', encoding: 'utf8', timeout: 30_000, env: Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK|DISCORD|OPENAI|DIGEST)_/.test(k))) });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Who leads Qwen — Zhou Jingren');
    expect(r.stdout).toContain('That is not in the corpus.');
  });

  it('rejects a bad --now with usage, not a stack trace', () => {
    const r = run(['query', 'who-leads', '--now', 'tomorrow']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--now takes YYYY-MM-DD');
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
