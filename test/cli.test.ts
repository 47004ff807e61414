import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../src/config.ts';
import { scratchCorpus } from './helpers.ts';

const BIN = resolve(import.meta.dirname, '../bin/qwen-brief.js');
const ROOT = resolve(import.meta.dirname, '..');

// Every setting present but empty ("not set"): a developer's ./.env cannot reach these runs (real variables win).
const UNSET = Object.fromEntries(Object.keys(configSchema.shape).map((k) => [k, '']));
const clean = () => ({ ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !(k in UNSET))), ...UNSET });

function run(args: string[], input?: string | Buffer, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...clean(), ...env }, timeout: 30_000, maxBuffer: 256 * 1024 * 1024 });
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

  it('check says what it learned from a new, uncurated article: its people, organisations and dated events', () => {
    const dir = scratchCorpus({
      'new-hire.txt': 'Alibaba hires a new Qwen research chief\nJun 2, 2026\nSource: Example Wire\n\nAlibaba has hired Marta Oyelaran, a former Meta research director, to lead Qwen research, the company said on Monday.\n',
    });
    const r = run(['check', '--corpus', dir]);
    expect(r.status).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.startsWith('learned  new-hire.txt'))!;
    expect(line).toContain('people: Marta Oyelaran');
    expect(line).toMatch(/organisations: .*Alibaba/);
    expect(line).toMatch(/dated events: .*2026-06-01 start \(Marta Oyelaran\)/);
    expect(r.stdout).toMatch(/subject: Qwen \(topic\.yaml\)/);
    // And the bot answers about her with no entities.yaml entry.
    const who = run(['query', 'who Marta Oyelaran', '--json', '--corpus', dir, '--now', '2026-11-24']);
    expect(JSON.parse(who.stdout)).toMatchObject({ command: 'person', found: true });
  });

  it('CORPUS_DIR picks the corpus', () => {
    const dir = scratchCorpus({ 'extra.txt': 'Extra headline here\nMar 9, 2026\nAlibaba appointed Fan Yu to lead the Qwen team.\n' });
    const r = run(['query', 'sources', '--json'], undefined, { CORPUS_DIR: dir });
    expect(JSON.parse(r.stdout).citations.map((c: { doc: string }) => c.doc)).toContain('extra.txt');
  });

  it('npm start with no tokens answers piped lines in the console and ends at EOF', () => {
    const r = spawnSync('npm', ['start', '--silent'], { cwd: ROOT, input: 'who-leads\nwho is the CFO?\n', encoding: 'utf8', timeout: 30_000, env: clean() });
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

describe('arguments (node:util parseArgs)', () => {
  it('takes --opt=value as well as --opt value, and options before the text', () => {
    const spaced = run(['query', 'who-leads', '--now', '2026-11-24']);
    const joined = run(['query', '--now=2026-11-24', 'who-leads']);
    expect(joined.status).toBe(0);
    expect(joined.stdout).toBe(spaced.stdout);
    expect(joined.stdout).toContain('Who leads Qwen');
  });

  it('help, --help, -h and npx\'s -- --help print the usage of every command on stdout', () => {
    for (const args of [['help'], ['--help'], ['-h'], ['--', '--help']]) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stderr).toBe('');
      for (const cmd of ['query', 'check', 'digest', 'start']) expect(r.stdout).toContain(`qwen-brief ${cmd}`);
    }
  });

  it('<command> --help and help <command> print that command\'s usage', () => {
    for (const args of [['query', '--help'], ['help', 'query'], ['query', 'who-leads', '-h']]) {
      const r = run(args);
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stdout).toContain('qwen-brief query "<text as typed after /qwen>"');
      expect(r.stdout).not.toContain('qwen-brief check');
    }
    expect(run(['digest', '--help']).stdout).toContain('qwen-brief digest --since YYYY-MM-DD --dry-run');
  });

  it('npx qwen-brief help works (npx may keep a bare --help for itself)', () => {
    const r = spawnSync('npx', ['--no-install', 'qwen-brief', 'help'], { cwd: ROOT, encoding: 'utf8', env: clean(), timeout: 30_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('qwen-brief query');
  });

  it('an unknown option or an option the command does not take: exit 2, the message and that command\'s usage, no stack', () => {
    const unknown = run(['query', 'who-leads', '--nope']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--nope'");
    expect(unknown.stderr).toContain('qwen-brief query');
    const wrong = run(['check', '--now', '2026-11-24']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('check does not take --now');
    expect(wrong.stdout).toBe('');
    for (const r of [unknown, wrong]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('query text that starts with a dash goes after --', () => {
    const r = run(['query', '--json', '--now', '2026-11-24', '--', '--who-leads']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).query).toBe('--who-leads');
  });
});

/** A deterministic PRNG (mulberry32), so a failing hostile input can be reproduced. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 1,000 lines no test author would type: controls, lone surrogates, bidi marks, U+2028, CRs, huge, blank. */
function hostileLines(n: number): string[] {
  const rnd = prng(12);
  const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const ranges: [number, number][] = [
    [0x00, 0x09], [0x0b, 0x1f], [0x7f, 0x9f], [0x20, 0x7e], [0x300, 0x36f], [0x200b, 0x200f], [0x2028, 0x202e],
    [0xd800, 0xdfff], [0xe000, 0xe0ff], [0xfeff, 0xfeff], [0xfff0, 0xffff], [0x4e00, 0x9fff], [0x1f300, 0x1f64f], [0x10fff0, 0x10ffff],
  ];
  const char = () => {
    const [lo, hi] = pick(ranges);
    const cp = lo + Math.floor(rnd() * (hi - lo + 1));
    return cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp);
  };
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const kind = rnd();
    if (kind < 0.05) lines.push('');
    else if (kind < 0.1) lines.push(pick([' ', '\t', '\r', ' \u3000 ', '\u2028', '\ufeff']));
    else if (kind < 0.13) lines.push(pick(['who ', 'changes since ', 'ask ', '']) + pick(['x', '吴', '\u0000', '\ud83d']).repeat(100_000 + Math.floor(rnd() * 400_000)));
    else if (kind < 0.25) lines.push(`${pick(['who-leads', 'timeline', 'sources', 'who Eddie Wu', 'changes since 2026-03-01', 'help'])}${pick(['', '\r', ' \u0007', '\u202e'])}`);
    else if (kind < 0.35) lines.push(pick(['```', '<!channel>', '@everyone', '[x](https://evil.example)', '{"json":true}', '\\', '"', '%s%n', '${x}', '\u001b[2J']));
    else lines.push(Array.from({ length: 1 + Math.floor(rnd() * 200) }, char).join(''));
  }
  return lines;
}

describe('query --json on stdin: one JSON object per input line, in order', () => {
  it('1,000 hostile lines get 1,000 JSON answers, each answering its own line; blank lines get help', () => {
    const lines = hostileLines(1000);
    // The last line has no newline at its end; CRLF endings count as one.
    const input = Buffer.from(lines.map((l, i) => (i === lines.length - 1 ? l : `${l}${i % 7 === 0 ? '\r\n' : '\n'}`)).join(''), 'utf8');
    const r = run(['query', '--json', '--now', '2026-11-24'], input);
    expect(r.status).toBe(0);
    expect(r.stdout.endsWith('\n')).toBe(true);
    const out = r.stdout.slice(0, -1).split('\n');
    expect(out).toHaveLength(1000);
    const answers = out.map((l) => JSON.parse(l));
    for (let i = 0; i < lines.length; i++) {
      // What the CLI read: the UTF-8 round trip (a lone surrogate becomes U+FFFD), then trimmed like any command.
      const expected = Buffer.from(lines[i], 'utf8').toString('utf8').trim();
      expect(answers[i].query, `line ${i + 1}`).toBe(expected);
      expect(Object.keys(answers[i])).toEqual(['command', 'query', 'asOf', 'found', 'text', 'citations', 'summarizer']);
      if (expected === '') expect(answers[i].command, `line ${i + 1}`).toBe('help');
    }
    expect(answers.filter((a) => a.command === 'help' && a.query === '').length).toBeGreaterThan(50);
    expect(answers.some((a) => a.command === 'who-leads' && a.found)).toBe(true);
  });

  it('a lone CR, U+2028 and NUL inside a line do not split it', () => {
    const r = run(['query', '--json', '--now', '2026-11-24'], 'who-leads\rtimeline\nwho\u2028Eddie\u0000Wu\n\n');
    const answers = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(answers.map((a) => a.query)).toEqual(['who-leads\rtimeline', 'who\u2028Eddie\u0000Wu', '']);
  });
});

describe('logs in the console and the CLI', () => {
  it('piped: answers alone on stdout, JSON log lines on stderr', () => {
    const dir = scratchCorpus({ 'bad.md': '---\npublished: [1\n---\ntext text text\n' });
    const r = run(['start', '--now', '2026-11-24'], 'who-leads\n', { CORPUS_DIR: dir, CORPUS_WATCH: 'false' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Who leads Qwen');
    expect(r.stdout).not.toContain('"level"');
    const logs = r.stderr.trim().split('\n').map((l) => JSON.parse(l));
    expect(logs.some((l) => l.msg === 'corpus file skipped' && l.file === 'bad.md')).toBe(true);
  });

  // A terminal needs a pseudo-terminal: util-linux `script` gives the CLI one.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('on a terminal: readable log lines, and a reload logged while the prompt waits goes above the prompt, not onto it', async () => {
    const dir = scratchCorpus();
    const child = spawn('script', ['-qfec', `${process.execPath} ${BIN} start --now 2026-11-24`, '/dev/null'], {
      cwd: ROOT, env: { ...clean(), CORPUS_DIR: dir, CORPUS_WATCH: 'true', TERM: 'dumb', NO_COLOR: '1' },
    });
    let tty = '';
    child.stdout.on('data', (d) => (tty += d));
    const until = async (re: RegExp, ms = 15_000) => {
      for (const t = Date.now(); !re.test(tty); await new Promise((r) => setTimeout(r, 50))) {
        if (Date.now() - t > ms) throw new Error(`timed out waiting for ${re}; terminal so far: ${JSON.stringify(tty)}`);
      }
    };
    try {
      await until(/\/qwen /);
      child.stdin.write('who-leads\r');
      await until(/Who leads Qwen[\s\S]*\/qwen /);
      const beforeReload = tty.length;
      writeFileSync(join(dir, 'new-article.txt'), 'New headline here\nMar 9, 2026\nAlibaba appointed Fan Yu to lead the Qwen team.\n');
      await until(/corpus reloaded[^\n]*\n[\s\S]*\/qwen /);
      child.stdin.write('\x04');
      const code = await new Promise((r) => child.on('exit', r));
      expect(code).toBe(0);
      expect(tty).not.toContain('{"level"');
      expect(tty).toMatch(/\d\d:\d\d:\d\d INFO\s+corpus loaded docs=5/);
      // After the prompt: the line is cleared (ESC [2K), the log line written, and the prompt drawn again.
      const after = tty.slice(beforeReload);
      expect(after).toMatch(/\x1b\[2K[^\n]*\d\d:\d\d:\d\d INFO\s+corpus reloaded docs=6[^\n]*\r?\n[\s\S]*\/qwen $/);
      expect(after).not.toMatch(/\/qwen [^\n\x1b]*corpus reloaded/);
    } finally {
      child.kill();
    }
  });
});
