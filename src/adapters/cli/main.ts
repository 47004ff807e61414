import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { answer } from '../../briefing/answer.ts';
import { buildIndex, type BriefIndex } from '../../index/build.ts';
import { learnedByDoc } from '../../index/learned.ts';
import { toJson } from '../../render/json.ts';
import { renderText } from '../../render/text.ts';
import { knowledgeOf } from '../../summarize/knowledge.ts';
import { ConfigError, loadConfig, loadDotEnv, summarizerEnabled, type Config } from '../../config.ts';
import type { Answer } from '../../briefing/types.ts';
import { createLogger, type Logger } from '../../log.ts';
import { cliLogger, indexOrFail, loadOrFail } from './load.ts';
import { parseArgs, today, usage, UsageError } from './args.ts';

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`${e.message}\n${usage(e.cmd)}`);
    return 2;
  }
  if (args.cmd === 'help') {
    console.log(usage(args.helpFor));
    return 0;
  }
  let config: Config;
  let envFile: string | null;
  try {
    envFile = loadDotEnv();
    config = loadConfig();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    // Under `start` every stderr line is a log line (JSON for Docker/systemd); one-shot commands print plain text.
    if (args.cmd === 'start') createLogger(safeLevel(process.env.LOG_LEVEL)).fatal(e.message);
    else console.error(e.message);
    return 2;
  }
  const dir = resolve(args.corpus ?? config.CORPUS_DIR);
  const now = args.now ?? today();
  switch (args.cmd) {
    case 'check':
      return check(dir);
    case 'query':
      return query(dir, args.text, args.json, now, config);
    case 'migrate':
      return migrate(config);
    case 'preview': {
      const { previewCli } = await import('./preview.ts');
      return previewCli(dir, args.text, now, { platform: args.platform!, html: args.html ?? null, config });
    }
    case 'feedback': {
      const { feedbackCli } = await import('./feedback.ts');
      return feedbackCli(config, { since: args.since, json: args.json });
    }
    case 'digest': {
      const { digestCli } = await import('./digest.ts');
      return digestCli(config, { dir, now: args.now, since: args.since, dryRun: args.dryRun, json: args.json });
    }
    default: {
      const [{ start }, { StartupError }] = await Promise.all([import('../start.ts'), import('../startup.ts')]);
      try {
        return await start(config, { corpusDir: dir, now: args.now, envFile, only: args.only ?? null });
      } catch (e) {
        // One line naming the cause and what to do; the stack only when asked for.
        const log = createLogger(config.LOG_LEVEL);
        if (e instanceof StartupError) log.fatal(e.message);
        else {
          const verbose = config.LOG_LEVEL === 'debug' || config.LOG_LEVEL === 'trace';
          log.fatal(verbose ? { err: e } : {}, `start-up failed: ${String((e as Error)?.message ?? e).split('\n')[0]}${verbose ? '' : ' (LOG_LEVEL=debug logs the stack)'}`);
        }
        // A platform client half-started may hold the event loop open; do not linger after saying why.
        setTimeout(() => process.exit(1), 500).unref();
        return 1;
      }
    }
  }
}

function safeLevel(level: string | undefined): string {
  return level && ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(level) ? level : 'info';
}

/** `qwen-brief migrate`: the state database's schema, created or upgraded; one line says which and at what version. */
async function migrate(config: Config): Promise<number> {
  if (config.DATABASE_URL) {
    const [{ PgStore }, log] = [await import('../../state/pg.ts'), cliLogger(config)];
    const store = new PgStore({ url: config.DATABASE_URL, poolSize: 1, log });
    try {
      const r = await store.migrate();
      console.log(`PostgreSQL ${store.where}: schema at version ${r.version}${r.applied.length ? ` (applied ${r.applied.join(', ')})` : ' (up to date)'}`);
      return 0;
    } catch (e) {
      console.error(`PostgreSQL ${store.where}: migration failed: ${String((e as Error)?.message ?? e).split('\n')[0]} — check DATABASE_URL and that the server is reachable`);
      return 1;
    } finally {
      await store.close();
    }
  }
  const { openState, STATE_SCHEMA_VERSION } = await import('../../state/db.ts');
  try {
    openState(resolve(config.STATE_PATH)).close();
  } catch (e) {
    console.error(`SQLite ${config.STATE_PATH}: ${String((e as Error)?.message ?? e)} — check STATE_PATH and its directory's permissions`);
    return 1;
  }
  console.log(`SQLite ${config.STATE_PATH}: schema ready (version ${STATE_SCHEMA_VERSION}; set DATABASE_URL for PostgreSQL)`);
  return 0;
}

function check(dir: string): number {
  const corpus = loadOrFail(dir);
  if (!corpus) return 2;
  let errors = 0;
  for (const r of corpus.reports) {
    if (r.status === 'error') errors++;
    console.log(`${r.status.padEnd(8)} ${r.path}${r.detail !== 'ok' ? ` — ${r.detail}` : ''}`);
  }
  // What the text taught the index, per article, so a curator sees it read a new file right.
  const index = buildIndex(corpus);
  for (const l of learnedByDoc(index)) {
    const events = l.events.map((e) => `${e.date} ${e.kind}${e.person ? ` (${e.person})` : ''}`);
    console.log(`learned  ${l.doc} — people: ${l.people.join(', ') || 'none'}; organisations: ${l.organisations.join(', ') || 'none'}; dated events: ${events.length ? events.slice(0, 8).join(', ') + (events.length > 8 ? `, +${events.length - 8} more` : '') : 'none'}`);
  }
  const focus = index.entities.get(index.focus)?.name ?? index.focus;
  const count = (t: string) => index.entities.entities.filter((e) => e.type === t).length;
  console.log(`subject: ${focus}${corpus.topic ? ' (topic.yaml)' : ' (the most mentioned organisation; name it in topic.yaml)'}; ${count('person')} people, ${count('organisation')} organisations, ${index.events.length} events learned`);
  console.log(`${corpus.docs.length} article(s) loaded, ${errors} error(s)`);
  return errors ? 1 : 0;
}

async function query(dir: string, text: string | null, json: boolean, now: string, config: Config): Promise<number> {
  if (text === null && !json) {
    console.error(`query needs text, or --json to read one query per line from stdin\n${usage('query')}`);
    return 2;
  }
  const index = indexOrFail(dir);
  if (!index) return 2;
  // Without OPENAI_* this is null and the output is exactly the deterministic answer.
  // Loaded only when configured: the openai SDK and SQLite add to every cold start otherwise.
  const llm = summarizerEnabled(config) ? await openLlm(config) : null;
  const show = async (a: Answer): Promise<string> => {
    const r: { status: string; answer: Answer; dropped?: number } = llm ? await llm.summarizer.summarize(a, index.version, knowledgeOf(index)) : { status: 'off', answer: a };
    // droppedSentences: how many of the model's sentences were removed (unknown citation, or unsupported by its excerpts).
    return json ? JSON.stringify(toJson(r.answer, { summarizer: r.status, ...(llm ? { droppedSentences: r.dropped ?? 0 } : {}) })) : renderText(r.answer);
  };
  try {
    if (text !== null) {
      console.log(await show(answer(index, text, now)));
      return 0;
    }
    return await answerLines(index, now, show, cliLogger(config));
  } finally {
    await llm?.state?.close();
  }
}

async function openLlm(config: Config) {
  const [{ stateCache, openStore }, { createSummarizer }] = await Promise.all([import('../state.ts'), import('../../summarize/index.ts')]);
  const log = cliLogger(config);
  const state = await openStore(config, log, 'summaries cached in memory only');
  return { state, summarizer: createSummarizer(config, log, state ? stateCache(state, log) : undefined)! };
}

/**
 * `query --json` on stdin: exactly one JSON line per input line, in order, so output line n answers input line n.
 * Lines end at "\n" only (a lone "\r" or U+2028 inside a line is part of it; "\r\n" counts as one end); a blank
 * line gets the help answer; a line that fails gets an error object with a reference id that is also logged.
 */
async function answerLines(index: BriefIndex, now: string, show: (a: Answer) => Promise<string>, log: Logger): Promise<number> {
  // A reader that went away (`| head`) ends the run quietly instead of with an EPIPE stack.
  let closed = false;
  process.stdout.on('error', () => {
    closed = true;
  });
  const one = async (raw: string) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    let out: string;
    try {
      out = await show(answer(index, line, now));
    } catch (e) {
      const ref = randomBytes(4).toString('hex');
      log.error({ ref, err: String(e) }, 'query: answering a stdin line failed');
      out = JSON.stringify({
        command: 'error', query: line.trim(), asOf: null, found: false,
        text: `Sorry, something went wrong answering that (reference ${ref}).`, citations: [], summarizer: 'off', error: ref,
      });
    }
    if (!closed) process.stdout.write(`${out}\n`);
  };
  process.stdin.setEncoding('utf8');
  let parts: string[] = []; // the line so far (a long line spans many chunks)
  for await (const chunk of process.stdin as AsyncIterable<string>) {
    let from = 0;
    let nl: number;
    while ((nl = chunk.indexOf('\n', from)) !== -1) {
      parts.push(chunk.slice(from, nl));
      await one(parts.join(''));
      if (closed) return 0;
      parts = [];
      from = nl + 1;
    }
    if (from < chunk.length) parts.push(chunk.slice(from));
  }
  if (parts.length) await one(parts.join(''));
  return 0;
}
