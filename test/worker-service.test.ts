// The serving worker (server mode): answers from the worker are the in-process answers byte for byte; a
// reload swaps which worker answers; a broken corpus keeps the old worker serving; a worker that dies fails
// the request it held with a reference id and is replaced. Real worker threads on real directories.
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { safeAnswer } from '../src/adapters/shared.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { buildIndex } from '../src/index/build.ts';
import { previewFor, planFor } from '../src/digest/run.ts';
import { localService } from '../src/serve/local.ts';
import { WorkerService } from '../src/serve/worker-service.ts';
import { openState } from '../src/state/db.ts';
import { CORPUS, NOW, capturedLog, scratchCorpus } from './helpers.ts';

const CHEN = [
  '---', 'title: Qwen names Chen Wei head of model evaluation', 'published: 2026-11-20', 'kind: news', '---',
  'Alibaba appointed Chen Wei to lead Qwen model evaluation, a spokesperson said on November 20, 2026.', '',
].join('\n');
const EVAL_Q = 'who leads qwen model evaluation';

const open: WorkerService[] = [];
async function serve(dir: string) {
  const { log, lines } = capturedLog();
  const s = await WorkerService.start({ dir, log, warmUp: { now: () => NOW } });
  open.push(s);
  const logged = (msg: string) => lines.map((x) => JSON.parse(x) as { msg: string; file?: string; ref?: string }).filter((x) => x.msg.includes(msg));
  return { s, logged };
}

afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

describe('serving worker', () => {
  it('answers byte for byte (JSON) as the index on this thread, for every kind of request', async () => {
    const { s } = await serve(CORPUS);
    const here = localService(buildIndex(loadCorpus(CORPUS)));
    expect(s.info()).toEqual(here.info());
    for (const q of ['who-leads', 'changes since 2026-03-01', 'timeline', 'sources qwen', 'who Eddie Wu', 'what did zhou hao do at deepmind', 'digest since 2026-03-01', 'help', 'whoo-leads']) {
      expect(JSON.stringify(await s.answer(q, NOW))).toBe(JSON.stringify(await here.answer(q, NOW)));
    }
    // The summarizer's knowledge: the same names, and the same about every citation.
    const a = await s.answer('who-leads', NOW);
    expect(a.citations.length).toBeGreaterThan(2);
    const [kw, kh] = [await s.knowledge(a), await here.knowledge(a)];
    expect(JSON.stringify(kw.entities)).toBe(JSON.stringify(kh.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases }))));
    expect(kw.topic).toEqual(kh.topic);
    for (const c of a.citations) expect(JSON.stringify(kw.about!(c))).toBe(JSON.stringify(kh.about!(c)));
    expect(a.citations.some((c) => (kw.about!(c)?.entities?.length ?? 0) > 0)).toBe(true);
    // The digest: the same candidates, plans and answers (a baseline, then what is new after one told article).
    const [cw, ch] = [await s.digestCandidates(NOW), await here.digestCandidates(NOW)];
    expect(cw).toEqual(ch);
    expect(cw.eligible).toHaveLength(5);
    const plan = planFor(cw, new Set([cw.eligible[0].hash]), '2026-03-01', 'skip')!;
    expect(plan.kind).toBe('digest');
    expect(JSON.stringify(await s.digestAnswer(plan, NOW))).toBe(JSON.stringify(await here.digestAnswer(plan, NOW)));
    const state = openState(join(mkdtempSync(join(tmpdir(), 'qwen-ws-')), 'state.db'));
    expect(JSON.stringify(await previewFor(s, state, 'slack:C1', NOW, 'post'))).toBe(JSON.stringify(await previewFor(here, state, 'slack:C1', NOW, 'post')));
    state.close();
  });

  it('a reload starts a new worker on the new corpus, swaps to it, and ends the old one', async () => {
    const dir = scratchCorpus();
    const { s, logged } = await serve(dir);
    const first = s.live.get();
    const before = s.info();
    expect((await s.answer(EVAL_Q, NOW)).citations.map((c) => c.doc)).not.toContain('chen-wei.md');
    writeFileSync(join(dir, 'chen-wei.md'), CHEN);
    const exited = once(first.thread, 'exit');
    expect(await s.live.reloadInBackground()).toBe(true);
    expect(s.live.get()).not.toBe(first);
    expect(s.info().docs).toBe(before.docs + 1);
    expect(s.info().version).not.toBe(before.version);
    expect((await s.answer(EVAL_Q, NOW)).citations.map((c) => c.doc)).toContain('chen-wei.md');
    await exited; // the old worker ended once it had nothing in flight
    expect(logged('corpus reloaded')).toHaveLength(1);
    // close() ends the serving worker too.
    const last = once(s.live.get().thread, 'exit');
    s.close();
    await last;
    await expect(s.answer('who-leads', NOW)).rejects.toThrow(/closed/);
  });

  it('a broken hint file, or a corpus emptied, keeps the old worker serving, and says why', async () => {
    const dir = scratchCorpus();
    const { s, logged } = await serve(dir);
    const first = s.live.get();
    writeFileSync(join(dir, 'entities.yaml'), 'people: [\n');
    writeFileSync(join(dir, 'chen-wei.md'), CHEN);
    expect(await s.live.reloadInBackground()).toBe(false);
    expect(s.live.get()).toBe(first);
    expect(logged('hint file entities.yaml is broken; keeping the last good index').map((x) => x.file)).toEqual(['entities.yaml']);
    expect((await s.answer('who is Eddie Wu', NOW)).heading).toContain('Wu Yongming');
    expect((await s.answer(EVAL_Q, NOW)).citations.map((c) => c.doc)).not.toContain('chen-wei.md');
    for (const d of loadCorpus(dir).docs) rmSync(join(dir, d.path));
    rmSync(join(dir, 'entities.yaml'));
    writeFileSync(join(dir, 'entities.yaml'), 'people: []\n');
    expect(await s.live.reloadInBackground()).toBe(false);
    expect(logged('corpus reload found no articles')).toHaveLength(1);
    expect(s.live.get()).toBe(first);
    expect(first.alive).toBe(true);
    expect((await s.answer('who-leads', NOW)).heading).toContain('Zhou Jingren');
  });

  it('a worker that dies fails the request it held with a reference id, and another takes over', async () => {
    const { s, logged } = await serve(CORPUS);
    const { log, lines } = capturedLog();
    const deps = { index: s, now: () => NOW, log };
    const first = s.live.get();
    const pending = safeAnswer(deps, 'timeline', 'test');
    void first.thread.terminate(); // killed from outside, mid-request
    const r = await pending;
    expect(r.ok).toBe(false);
    const ref = (r as { ref: string }).ref;
    expect(ref).toMatch(/^[0-9a-f]{8}$/);
    expect(lines.map((x) => JSON.parse(x) as { ref?: string; msg: string }).find((x) => x.ref === ref)?.msg).toBe('answering failed');
    expect(logged('serving worker crashed')).toHaveLength(1);
    // The next request waits for the new worker rather than failing.
    const again = await safeAnswer(deps, 'timeline', 'test');
    expect(again.ok).toBe(true);
    expect(JSON.stringify((again as { answer: unknown }).answer)).toBe(JSON.stringify(await localService(buildIndex(loadCorpus(CORPUS))).answer('timeline', NOW)));
    expect(s.live.get()).not.toBe(first);
    expect(s.live.get().alive).toBe(true);
    expect(logged('serving worker restarted')).toHaveLength(1);
  });

  it('a directory that cannot be read fails the start', async () => {
    await expect(WorkerService.start({ dir: join(CORPUS, 'no-such-dir'), log: capturedLog().log })).rejects.toThrow(/no-such-dir/);
  });
});
