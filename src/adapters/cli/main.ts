import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { answer } from '../../briefing/answer.ts';
import type { BriefIndex } from '../../index/build.ts';
import { toJson } from '../../render/json.ts';
import { renderText } from '../../render/text.ts';
import { ConfigError, loadConfig, summarizerEnabled, type Config } from '../../config.ts';
import type { Answer } from '../../briefing/types.ts';
import { cliLogger, indexOrFail, loadOrFail } from './load.ts';
import { parseArgs, today, UsageError } from './args.ts';

const USAGE = `usage:
  qwen-brief query "<text as typed after /qwen>" [--json] [--corpus DIR] [--now YYYY-MM-DD]
  qwen-brief query --json [--corpus DIR] [--now YYYY-MM-DD]   (one query per stdin line)
  qwen-brief digest [--since YYYY-MM-DD] [--dry-run] [--json] [--corpus DIR] [--now YYYY-MM-DD]
                                                              (posts to DIGEST_*_CHANNELS, exactly once per channel)
  qwen-brief check [--corpus DIR]
  qwen-brief start                                            (console, or Slack/Discord when configured)`;

export async function main(argv: string[]): Promise<number> {
  let args;
  let config;
  try {
    args = parseArgs(argv);
    config = loadConfig();
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      console.error(`${e.message}\n${e instanceof UsageError ? USAGE : ''}`.trim());
      return 2;
    }
    throw e;
  }
  const dir = resolve(args.corpus ?? config.CORPUS_DIR);
  const now = args.now ?? today();
  switch (args.cmd) {
    case 'check':
      return check(dir);
    case 'query':
      return query(dir, args.text, args.json, now, config);
    case 'digest': {
      const { digestCli } = await import('./digest.ts');
      return digestCli(config, { dir, now: args.now, since: typeof args.rest.since === 'string' ? args.rest.since : null, dryRun: args.rest.dryRun === true, json: args.json });
    }
    case 'start': {
      const { start } = await import('../start.ts');
      return start(config, { corpusDir: dir, now: args.now });
    }
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return 0;
    default:
      console.error(`unknown command “${args.cmd}”\n${USAGE}`);
      return 2;
  }
}

function check(dir: string): number {
  const corpus = loadOrFail(dir);
  if (!corpus) return 2;
  let errors = 0;
  for (const r of corpus.reports) {
    if (r.status === 'error') errors++;
    console.log(`${r.status.padEnd(8)} ${r.path}${r.detail !== 'ok' ? ` — ${r.detail}` : ''}`);
  }
  console.log(`${corpus.docs.length} article(s) loaded, ${errors} error(s)`);
  return errors ? 1 : 0;
}

async function query(dir: string, text: string | null, json: boolean, now: string, config: Config): Promise<number> {
  const index = indexOrFail(dir);
  if (!index) return 2;
  // Without OPENAI_* this is null and the output is exactly the deterministic answer.
  // Loaded only when configured: the openai SDK and SQLite add to every cold start otherwise.
  const llm = summarizerEnabled(config) ? await openLlm(config) : null;
  const show = async (a: Answer): Promise<string> => {
    const r = llm ? await llm.summarizer.summarize(a, index.version) : { status: 'off', answer: a };
    return json ? JSON.stringify(toJson(r.answer, { summarizer: r.status })) : renderText(r.answer);
  };
  try {
    return await queryWith(index, text, json, now, show);
  } finally {
    llm?.state?.close();
  }
}

async function openLlm(config: Config) {
  const [{ stateCache, tryOpenState }, { createSummarizer }] = await Promise.all([import('../state.ts'), import('../../summarize/index.ts')]);
  const log = cliLogger(config);
  const state = tryOpenState(config, log, 'summaries cached in memory only');
  return { state, summarizer: createSummarizer(config, log, state ? stateCache(state, log) : undefined)! };
}

async function queryWith(
  index: BriefIndex,
  text: string | null,
  json: boolean,
  now: string,
  show: (a: Answer) => Promise<string>,
): Promise<number> {
  if (text !== null) {
    console.log(await show(answer(index, text, now)));
    return 0;
  }
  if (!json) {
    console.error('query needs text, or --json to read one query per line from stdin');
    return 2;
  }
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    process.stdout.write(`${await show(answer(index, line, now))}\n`);
  }
  return 0;
}

