import { parseArgs as parseNodeArgs } from 'node:util';
import { validIso } from '../../corpus/dates.ts';

export interface CliArgs {
  /** query | check | digest | start | help (`help` also for --help/-h anywhere). */
  cmd: string;
  /** The positionals after the command, joined with spaces; null when none. */
  text: string | null;
  json: boolean;
  corpus: string | null;
  now: string | null;
  since: string | null;
  dryRun: boolean;
  /** The command whose usage `help` prints (null: all of them). */
  helpFor: string | null;
  /** `start --only slack|discord`: one platform in this process. */
  only?: 'slack' | 'discord' | null;
  /** `preview --slack|--discord [--html FILE]`. */
  platform?: 'slack' | 'discord' | null;
  html?: string | null;
}

export class UsageError extends Error {
  constructor(message: string, readonly cmd: string | null = null) {
    super(message);
  }
}

const OPTIONS = {
  json: { type: 'boolean' },
  corpus: { type: 'string' },
  now: { type: 'string' },
  since: { type: 'string' },
  'dry-run': { type: 'boolean' },
  only: { type: 'string' },
  slack: { type: 'boolean' },
  discord: { type: 'boolean' },
  html: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Option = keyof typeof OPTIONS;

/** Each command, the options it takes, and its usage lines (the one source for help and for rejecting options). */
export const COMMANDS: Record<string, { options: Option[]; usage: string }> = {
  query: {
    options: ['json', 'corpus', 'now'],
    usage: `  qwen-brief query "<text as typed after /qwen>" [--json] [--corpus DIR] [--now YYYY-MM-DD]
  qwen-brief query --json [--corpus DIR] [--now YYYY-MM-DD] < queries.txt
                    one JSON object per stdin line, in order (a blank line gets the help answer)`,
  },
  check: {
    options: ['corpus'],
    usage: `  qwen-brief check [--corpus DIR]
                    lists every corpus file with its status; exits 1 if any file has an error`,
  },
  digest: {
    options: ['since', 'dry-run', 'json', 'corpus', 'now'],
    usage: `  qwen-brief digest [--dry-run] [--json] [--corpus DIR] [--now YYYY-MM-DD]
                    posts the digest to DIGEST_*_CHANNELS now, exactly once per channel (--dry-run: show it)
  qwen-brief digest --since YYYY-MM-DD --dry-run [--json]
                    preview: articles published since the date`,
  },
  start: {
    options: ['corpus', 'now', 'only'],
    usage: `  qwen-brief start [--corpus DIR] [--now YYYY-MM-DD] [--only slack|discord]
                    Slack and/or Discord when their tokens are set (environment or ./.env), else a local console;
                    --only: one platform in this process (several Slack replicas, one Discord process)`,
  },
  migrate: {
    options: [],
    usage: `  qwen-brief migrate
                    creates or upgrades the state database's schema (PostgreSQL at DATABASE_URL, else SQLite at
                    STATE_PATH) and exits; start does the same, so this is for deploy pipelines`,
  },
  preview: {
    options: ['slack', 'discord', 'html', 'corpus', 'now'],
    usage: `  qwen-brief preview "<text as typed after /qwen>" --slack|--discord [--html FILE] [--corpus DIR] [--now YYYY-MM-DD]
                    the exact payload /qwen would send (JSON); --html writes a page showing it roughly as the platform would`,
  },
  feedback: {
    options: ['since', 'json'],
    usage: `  qwen-brief feedback [--since YYYY-MM-DD] [--json]
                    the 👍/👎 users gave answers, per question, the most 👎 first (from the state DB)`,
  },
  help: {
    options: [],
    usage: `  qwen-brief help [command]      (also: qwen-brief --help, qwen-brief <command> --help)`,
  },
};

/** Usage of one command, or of all. */
export function usage(cmd: string | null = null): string {
  const entries = cmd && COMMANDS[cmd] ? [COMMANDS[cmd]] : Object.values(COMMANDS);
  const tail = cmd && COMMANDS[cmd] ? '' : `
Options may come anywhere, as --now 2026-11-24 or --now=2026-11-24. Query text starting with "-" goes after --.
Through npx, which may take --help for itself: npx qwen-brief help, or npx qwen-brief -- --help.
Configuration: environment variables, or a .env file in the working directory (see .env.example).`;
  return `usage:\n${entries.map((e) => e.usage).join('\n')}${tail}`;
}

/** node:util parseArgs over the whole command line; the first positional is the command (default: start). */
export function parseArgs(argv: string[]): CliArgs {
  // `npx qwen-brief -- --help`: some npm versions pass the separator through.
  const args = argv[0] === '--' ? argv.slice(1) : argv;
  let parsed;
  try {
    parsed = parseNodeArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0].replace(/\. To specify a positional argument.*$/, ''), commandIn(args));
  }
  const { values, positionals } = parsed;
  let cmd = positionals[0] ?? 'start';
  const rest = positionals.slice(1);
  if (cmd === '--help' || cmd === '-h') cmd = 'help';
  if (!COMMANDS[cmd]) throw new UsageError(`unknown command “${cmd}”`);
  if (values.help || cmd === 'help') {
    const of = cmd === 'help' ? rest[0] ?? null : positionals.length ? cmd : null;
    if (of !== null && !COMMANDS[of]) throw new UsageError(`unknown command “${of}”`);
    return { cmd: 'help', text: null, json: false, corpus: null, now: null, since: null, dryRun: false, helpFor: of };
  }
  for (const name of Object.keys(values) as Option[]) {
    if (!COMMANDS[cmd].options.includes(name)) throw new UsageError(`${cmd} does not take --${name}`, cmd);
  }
  if (rest.length && cmd !== 'query' && cmd !== 'preview') throw new UsageError(`${cmd} takes no text (got “${rest.join(' ')}”)`, cmd);
  const now = values.now ?? null;
  const only = values.only ?? null;
  if (only !== null && only !== 'slack' && only !== 'discord') throw new UsageError(`--only takes slack or discord, got “${only}”`, cmd);
  if (now !== null && !(/^\d{4}-\d{2}-\d{2}$/.test(now) && validIso(now))) throw new UsageError(`--now takes YYYY-MM-DD, got “${now}”`, cmd);
  if (cmd === 'preview' && Boolean(values.slack) === Boolean(values.discord)) throw new UsageError('preview takes one of --slack or --discord', cmd);
  return {
    cmd,
    text: rest.length ? rest.join(' ') : null,
    json: values.json ?? false,
    corpus: values.corpus ?? null,
    now,
    since: values.since ?? null,
    dryRun: values['dry-run'] ?? false,
    helpFor: null,
    only,
    platform: values.slack ? 'slack' : values.discord ? 'discord' : null,
    html: values.html ?? null,
  };
}

/** The command word of an unparseable command line, for its usage. */
function commandIn(args: string[]): string | null {
  const first = args.find((a) => !a.startsWith('-'));
  return first && COMMANDS[first] ? first : null;
}

/** Today's date in UTC: adapters read the clock, the core never does. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
