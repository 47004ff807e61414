import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../src/config.ts';
import { createLogger } from '../src/log.ts';
import { openState } from '../src/state/db.ts';
import { feedbackStore, memoryFeedback, type FeedbackInput } from '../src/state/feedback.ts';

const BIN = resolve(import.meta.dirname, '../bin/qwen-brief.js');
const ROOT = resolve(import.meta.dirname, '..');
const UNSET = Object.fromEntries(Object.keys(configSchema.shape).map((k) => [k, '']));
const clean = () => ({ ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !(k in UNSET))), ...UNSET });
const run = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...clean(), ...env }, timeout: 30_000 });

const vote = (o: Partial<FeedbackInput>): FeedbackInput => ({
  key: 's1:a', user: 'slack:U1', vote: 'down', question: 'who is the CFO of Qwen', command: 'ask', corpusVersion: 'v1', docs: ['a.md'], atMs: Date.parse('2026-11-20T10:00:00Z'), ...o,
});

describe('feedback store', () => {
  for (const [name, make] of [
    ['SQLite state DB', () => feedbackStore(openState(join(mkdtempSync(join(tmpdir(), 'qwen-fb-')), 'state.db')), createLogger('silent'))],
    ['memory', () => memoryFeedback()],
  ] as const) {
    it(`${name}: one vote per answer and user; a repeat adds nothing, a changed mind flips it`, async () => {
      const fb = make();
      expect(await fb.record(vote({}))).toBe('new');
      expect(await fb.record(vote({ atMs: Date.parse('2026-11-20T10:00:01Z') }))).toBe('repeat');
      expect(await fb.record(vote({ vote: 'up' }))).toBe('changed');
      expect(await fb.record(vote({ user: 'discord:9' }))).toBe('new');
      const rows = await fb.list(null);
      expect(rows.map((r) => `${r.user} ${r.vote}`)).toEqual(['discord:9 down', 'slack:U1 up']);
      expect(rows[1]).toMatchObject({ question: 'who is the CFO of Qwen', command: 'ask', corpusVersion: 'v1', docs: ['a.md'], at: '2026-11-20T10:00:00.000Z' });
      expect(await fb.list(Date.parse('2026-11-21T00:00:00Z'))).toEqual([]);
    });
  }
});

describe('qwen-brief feedback', () => {
  it('reports the votes in the state DB per question, the most 👎 first, with --since and --json', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'qwen-fb-cli-')), 'state.db');
    const db = openState(path);
    const fb = feedbackStore(db, createLogger('silent'));
    await fb.record(vote({}));
    await fb.record(vote({ user: 'slack:U2' }));
    await fb.record(vote({ key: 's1:b', question: 'who-leads', command: 'who-leads', vote: 'up', docs: ['b.md'], atMs: Date.parse('2026-11-01T09:00:00Z') }));
    db.close();

    const text = run(['feedback'], { STATE_PATH: path });
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Feedback: 3 votes (1 👍, 2 👎) on 2 questions');
    expect(text.stdout.indexOf('who is the CFO of Qwen')).toBeLessThan(text.stdout.indexOf('who-leads'));
    expect(text.stdout).toContain('👎 2 👍 0  who is the CFO of Qwen  [ask, last 2026-11-20]');

    const json = run(['feedback', '--since', '2026-11-10', '--json'], { STATE_PATH: path });
    expect(json.status).toBe(0);
    const o = JSON.parse(json.stdout);
    expect(o.votes).toHaveLength(2);
    expect(o.questions).toEqual([{ question: 'who is the CFO of Qwen', command: 'ask', up: 0, down: 2, docs: ['a.md'], last: '2026-11-20T10:00:00.000Z' }]);

    expect(run(['feedback', '--since', 'yesterday'], { STATE_PATH: path }).status).toBe(2);
    const none = run(['feedback'], { STATE_PATH: join(mkdtempSync(join(tmpdir(), 'qwen-fb-none-')), 'state.db') });
    expect(none.status).toBe(0);
    expect(none.stdout).toMatch(/^Feedback: 0 votes .* \(no state DB at /);
  });
});
