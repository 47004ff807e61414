// Corpus faults while the bot runs (issue 12, items 10–12), driven through the real LiveIndex on a real
// directory (fs.watch, the in-process reload; the serving worker's is in worker-service.test.ts) and the
// real CLI as a child process.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LiveIndex } from '../src/adapters/live-index.ts';
import type { BriefIndex } from '../src/index/build.ts';
import { liveLocal } from '../src/serve/local-live.ts';
import { answer } from '../src/briefing/answer.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { CORPUS, NOW, capturedLog, scratchCorpus } from './helpers.ts';

const BIN = resolve(import.meta.dirname, '../bin/qwen-brief.js');
const ROOT = resolve(import.meta.dirname, '..');

const CHEN = [
  '---', 'title: Qwen names Chen Wei head of model evaluation', 'published: 2026-11-20', 'kind: news', '---',
  'Alibaba appointed Chen Wei to lead Qwen model evaluation, a spokesperson said on November 20, 2026.', '',
].join('\n');
const EVAL_Q = 'who leads qwen model evaluation';

function cli(args: string[], extraEnv: Record<string, string> = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK|DISCORD|OPENAI|DIGEST|CORPUS)_/.test(k)));
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...env, ...extraEnv }, input: '', timeout: 30_000 });
}

/** The promise, or a failure naming what never happened (instead of a bare test timeout). */
function within<T>(p: Promise<T>, what: string, ms = 5_000): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms))]);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until `cond` holds (a reload landed), failing with what never happened. */
async function until(cond: () => boolean, what: string, ms = 5_000): Promise<void> {
  for (const end = Date.now() + ms; !cond(); await sleep(20)) if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
}

const whoLeads = (live: LiveIndex<BriefIndex>) => answer(live.get(), 'who-leads', NOW).heading;
const citedByEval = (live: LiveIndex<BriefIndex>) => answer(live.get(), EVAL_Q, NOW).citations.map((c) => c.doc);

const open: LiveIndex<BriefIndex>[] = [];
function live(dir: string) {
  const { log, lines } = capturedLog();
  const l = liveLocal(dir, log);
  open.push(l);
  const logged = (msg: string | RegExp, file?: string) =>
    lines.map((x) => JSON.parse(x) as { msg: string; file?: string }).filter((x) => (typeof msg === 'string' ? x.msg.includes(msg) : msg.test(x.msg)) && (file === undefined || x.file === file));
  return { live: l, lines, logged };
}

afterEach(() => {
  for (const l of open.splice(0)) l.close();
});

describe('item 10: a hint file that breaks or disappears at runtime keeps the last good index', () => {
  for (const [file, broken] of [
    ['entities.yaml', 'people: [\n'], // not YAML
    ['entities.yaml', 'people:\n  - id: Not An Id\n    name: X\n'], // YAML, fails the schema
    ['signals.yaml', 'focus: [qwen\n'],
  ] as const) {
    it(`${file} broken (${broken.split('\n')[0]}): old index serves, the error names the file, a good edit reloads`, async () => {
      const dir = scratchCorpus();
      const good = readFileSync(join(dir, file), 'utf8');
      const { live: l, logged } = live(dir);
      const before = l.get();
      expect(whoLeads(l)).toContain('Zhou Jingren');
      l.watch(50, 0);

      const reloaded = l.nextReload();
      writeFileSync(join(dir, file), broken);
      writeFileSync(join(dir, 'chen-wei.md'), CHEN); // a new article arriving meanwhile waits for the fix
      await within(reloaded, 'the reload after the hint file broke');
      expect(l.get()).toBe(before);
      expect(whoLeads(l)).toContain('Zhou Jingren');
      expect(logged('keeping the last good index', file)).not.toHaveLength(0);
      expect(logged(`hint file ${file} is broken`)[0]).toMatchObject({ file });

      writeFileSync(join(dir, file), good);
      await until(() => l.get().docByPath.has('chen-wei.md'), 'the reload after the fix');
      expect(citedByEval(l)).toContain('chen-wei.md');
      expect(answer(l.get(), 'who is Eddie Wu', NOW).heading).toContain('Wu Yongming'); // the hints are in use again
    });
  }

  it('entities.yaml deleted: the last good index stays and the removal is logged by name; restoring it reloads', async () => {
    const dir = scratchCorpus();
    const good = readFileSync(join(dir, 'entities.yaml'), 'utf8');
    const { live: l, logged } = live(dir);
    const before = l.get();
    l.watch(50, 0);
    const reloaded = l.nextReload();
    rmSync(join(dir, 'entities.yaml'));
    await within(reloaded, 'the reload after the deletion');
    expect(l.get()).toBe(before);
    expect(whoLeads(l)).toContain('Zhou Jingren');
    expect(logged('hint file entities.yaml was removed', 'entities.yaml')).not.toHaveLength(0);

    writeFileSync(join(dir, 'chen-wei.md'), CHEN);
    writeFileSync(join(dir, 'entities.yaml'), good);
    await until(() => l.get().docByPath.has('chen-wei.md'), 'the reload after the file came back');
    expect(citedByEval(l)).toContain('chen-wei.md');
    expect(answer(l.get(), 'who is Eddie Wu', NOW).heading).toContain('Wu Yongming');
  });

  it('topic.yaml is read and validated, and gets the same treatment', async () => {
    const dir = scratchCorpus({ 'topic.yaml': 'name: Qwen\naliases: [通义千问, Tongyi Qianwen]\n' });
    expect(loadCorpus(dir).topic).toEqual({ name: 'Qwen', aliases: ['通义千问', 'Tongyi Qianwen'] });
    expect(loadCorpus(scratchCorpus({ 'topic.yaml': 'name: Qwen\n' })).topic).toEqual({ name: 'Qwen', aliases: [] });
    const without = scratchCorpus();
    rmSync(join(without, 'topic.yaml'), { force: true });
    const c = loadCorpus(without); // optional
    expect(c.topic).toBeUndefined();
    expect(c.reports.filter((r) => r.status === 'error')).toEqual([]);

    const { live: l, logged } = live(dir);
    const before = l.get();
    l.watch(50, 0);
    const reloaded = l.nextReload();
    writeFileSync(join(dir, 'topic.yaml'), 'name: Qwen\naliases: Tongyi\n'); // aliases must be a list
    writeFileSync(join(dir, 'chen-wei.md'), CHEN);
    await within(reloaded, 'the reload after topic.yaml broke');
    expect(l.get()).toBe(before);
    expect(logged('hint file topic.yaml is broken', 'topic.yaml')).not.toHaveLength(0);

    const r = cli(['check', '--corpus', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^error\s+topic\.yaml — .*aliases/m);
    expect(r.stdout).toMatch(/^ok\s+entities\.yaml$/m);
  });

  it('a hint file already broken at start is named, and does not hold back new articles', async () => {
    const dir = scratchCorpus({ 'signals.yaml': 'focus: [qwen\n' });
    const { live: l, logged } = live(dir);
    expect(logged('hint file signals.yaml is broken; running without it', 'signals.yaml')).toHaveLength(1);
    l.watch(50, 0);
    writeFileSync(join(dir, 'chen-wei.md'), CHEN);
    await until(() => l.get().docByPath.has('chen-wei.md'), 'the reload after a new article');
  });

  it('check names a broken hint file and exits 1', () => {
    const r = cli(['check', '--corpus', scratchCorpus({ 'entities.yaml': 'people: [\n' })]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^error\s+entities\.yaml — not valid YAML/m);
    expect(r.stdout).toContain('5 article(s) loaded, 1 error(s)');
  });
});

describe('item 11: dangling symlinks and symlink loops are skipped by name', () => {
  function linked(): string {
    const dir = scratchCorpus();
    symlinkSync('no-such-article.md', join(dir, 'dangling.md'));
    symlinkSync('loop.md', join(dir, 'loop.md'));
    mkdirSync(join(dir, 'archive'));
    symlinkSync('..', join(dir, 'archive', 'up'));
    symlinkSync('gone-dir', join(dir, 'olddir'));
    symlinkSync('nowhere', join(dir, 'notes.json')); // not something the loader would read: not reported
    return dir;
  }

  it('loadCorpus reports each with its reason and serves the rest', () => {
    const c = loadCorpus(linked());
    const errors = Object.fromEntries(c.reports.filter((r) => r.status === 'error').map((r) => [r.path, r.detail]));
    expect(errors).toEqual({
      'dangling.md': 'dangling symbolic link (its target no-such-article.md does not exist)',
      'loop.md': 'symbolic link loop',
      'archive/up': 'symbolic link loop (leads back to .)',
      olddir: 'dangling symbolic link (its target gone-dir does not exist)',
    });
    expect(c.docs).toHaveLength(5);
  });

  it('a directory reached twice through a symlink is read once', () => {
    const dir = scratchCorpus({ 'sub/chen-wei.md': CHEN });
    symlinkSync('sub', join(dir, 'sub-alias'));
    const c = loadCorpus(dir);
    expect(c.docs.map((d) => d.path).filter((p) => p.includes('chen'))).toEqual(['sub/chen-wei.md']);
    expect(c.reports.find((r) => r.path === 'sub-alias')?.detail).toMatch(/same directory as sub/);
  });

  it('check names them while who-leads still answers (the CLI)', () => {
    const dir = linked();
    const check = cli(['check', '--corpus', dir]);
    expect(check.stderr).not.toContain('cannot read corpus directory');
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/^error\s+dangling\.md — dangling symbolic link/m);
    expect(check.stdout).toMatch(/^error\s+loop\.md — symbolic link loop$/m);
    expect(check.stdout).toContain('5 article(s) loaded, 4 error(s)');
    const q = cli(['query', 'who-leads', '--corpus', dir, '--now', NOW]);
    expect(q.status).toBe(0);
    expect(q.stdout).toMatch(/^Who leads Qwen — Zhou Jingren/);
    expect(q.stderr).toContain('dangling.md');
  });

  it('npm start (no platform, stdin closed) starts with them, naming each, instead of crashing', () => {
    const r = cli(['start'], { CORPUS_DIR: linked() });
    expect(r.status).toBe(0);
    const logs = r.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { msg: string; file?: string; docs?: number });
    expect(logs.filter((l) => l.msg === 'corpus file skipped').map((l) => l.file).sort()).toEqual(['archive/up', 'dangling.md', 'loop.md', 'olddir']);
    expect(logs.find((l) => l.msg === 'corpus loaded')?.docs).toBe(5);
  });

  it('the live index starts with them and keeps reloading', async () => {
    const dir = linked();
    const { live: l, logged } = live(dir);
    expect(l.get().docs).toHaveLength(5);
    expect(logged('corpus file skipped', 'dangling.md')).toHaveLength(1);
    l.watch(50, 0);
    symlinkSync('also-missing.md', join(dir, 'new-dangling.md'));
    writeFileSync(join(dir, 'chen-wei.md'), CHEN);
    await until(() => l.get().docByPath.has('chen-wei.md'), 'the reload after an article was added');
    expect(citedByEval(l)).toContain('chen-wei.md');
    expect(logged('corpus file skipped', 'new-dangling.md')).not.toHaveLength(0);
    // Later edits, in a subdirectory holding the loop too, are still seen.
    writeFileSync(join(dir, 'archive', 'late.md'), CHEN.replaceAll('Chen Wei', 'Li Na'));
    await until(() => l.get().docByPath.has('archive/late.md'), 'the reload after an article was added under archive/');
  });
});

describe('item 12: the corpus directory replaced while watched', () => {
  it('renamed away and back (no polling): the watch is re-established and a new article is served', async () => {
    const dir = scratchCorpus();
    const { live: l, logged } = live(dir);
    l.watch(50, 0);
    const back = l.nextReload();
    renameSync(dir, `${dir}.away`);
    await sleep(200);
    renameSync(`${dir}.away`, dir);
    await within(back, 'the reload after the directory came back');
    expect(logged(/watching it again/)).not.toHaveLength(0);
    writeFileSync(join(dir, 'chen-wei.md'), CHEN);
    await until(() => l.get().docByPath.has('chen-wei.md'), 'the reload after an article was added to the restored directory');
    expect(citedByEval(l)).toContain('chen-wei.md');
  });

  it('replaced by a new release directory: its articles are served, and later edits to it too', async () => {
    const dir = scratchCorpus();
    const { live: l } = live(dir);
    l.watch(50, 0);
    const next = `${dir}.next`;
    cpSync(dir, next, { recursive: true });
    writeFileSync(join(next, 'chen-wei.md'), CHEN);
    renameSync(dir, `${dir}.old`);
    renameSync(next, dir);
    await until(() => l.get().docByPath.has('chen-wei.md'), 'the reload after the directory was replaced');
    expect(citedByEval(l)).toContain('chen-wei.md');
    await sleep(200); // let the reloads the two renames caused settle
    rmSync(join(dir, 'chen-wei.md'));
    await until(() => !l.get().docByPath.has('chen-wei.md'), 'the reload after an edit in the new directory');
  });

  it('a symlinked release switched under it (only the poll can see it): the new release is served', async () => {
    const base = mkdtempSync(join(tmpdir(), 'qwen-release-'));
    cpSync(CORPUS, join(base, 'r1', 'corpus'), { recursive: true });
    cpSync(CORPUS, join(base, 'r2', 'corpus'), { recursive: true });
    writeFileSync(join(base, 'r2', 'corpus', 'chen-wei.md'), CHEN);
    symlinkSync('r1', join(base, 'current'));
    const { live: l, logged } = live(join(base, 'current', 'corpus'));
    l.watch(50, 100);
    await sleep(150);
    symlinkSync('r2', join(base, 'current.tmp'));
    renameSync(join(base, 'current.tmp'), join(base, 'current')); // atomic switch, as deploy tools do
    await until(() => l.get().docByPath.has('chen-wei.md'), 'the reload after the release switch');
    expect(citedByEval(l)).toContain('chen-wei.md');
    expect(logged(/watching it again/)).not.toHaveLength(0);
  });

  it('the directory gone is logged once and the last good index serves until it is back', async () => {
    const dir = scratchCorpus();
    const { live: l, logged } = live(dir);
    const before = l.get();
    l.watch(50, 50);
    renameSync(dir, `${dir}.away`);
    await sleep(400);
    expect(l.get()).toBe(before);
    expect(logged('corpus directory is gone')).toHaveLength(1);
    writeFileSync(join(`${dir}.away`, 'chen-wei.md'), CHEN);
    renameSync(`${dir}.away`, dir);
    await until(() => l.get().docByPath.has('chen-wei.md'), 'the reload after the directory came back');
    expect(logged('corpus directory is back')).toHaveLength(1);
    expect(citedByEval(l)).toContain('chen-wei.md');
  });
});
