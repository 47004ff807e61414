import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Cron } from 'croner';
import { z } from 'zod';

// Empty strings in .env files mean "not set", not "set to empty".
const optional = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional());

// Comma-separated ids; blanks ignored.
const list = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(',').map((x) => x.trim()).filter(Boolean) : []),
  z.array(z.string().regex(/^[A-Za-z0-9_-]+$/, 'channel ids are letters, digits, - and _')),
);

// z.coerce.number() turns "" into 0; treat empty as unset.
function positiveInt(fallback: number) {
  return z.preprocess((v) => (v === '' || v === undefined ? fallback : v), z.coerce.number().int().positive());
}

// A cron pattern croner accepts and that fires at least once (`0 0 30 2 *` never does).
const cronPattern = z.string().superRefine((v, ctx) => {
  try {
    const c = new Cron(v, { paused: true });
    const next = c.nextRun();
    c.stop();
    if (!next) ctx.addIssue({ code: 'custom', message: `“${v}” never fires` });
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: `“${v}” is not a cron pattern (${(e as Error).message.replace(/^CronPattern: /, '')})` });
  }
});

// An IANA time zone name the runtime knows (Intl throws a RangeError for anything else).
const timeZone = z.string().superRefine((v, ctx) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: v });
  } catch {
    ctx.addIssue({ code: 'custom', message: `“${v}” is not a time zone` });
  }
});

/** What to do about each variable that can fail validation; the error line ends with it. */
const FIX: Record<string, string> = {
  DIGEST_CRON: 'use a cron pattern such as “0 9 * * *” (minute hour day-of-month month weekday)',
  DIGEST_TZ: 'use an IANA time zone name such as UTC or Europe/Berlin',
  LOG_LEVEL: 'use one of fatal, error, warn, info, debug, trace, silent',
  SLACK_RESPONSE_TYPE: 'use ephemeral or in_channel',
  DIGEST_EMPTY: 'use skip or post',
  CORPUS_WATCH: 'use true or false',
  PORT: 'use a port number from 0 to 65535',
  SLACK_SIGNING_SECRET: 'copy the Signing Secret from the Slack app\'s Basic Information page (or set SLACK_APP_TOKEN for Socket Mode)',
  DISCORD_APPLICATION_ID: 'copy the Application ID from the Discord application\'s General Information page',
  DATABASE_URL: 'use a PostgreSQL URL such as postgres://user:password@host:5432/qwen_brief, or leave it empty for SQLite at STATE_PATH',
  DATABASE_POOL_SIZE: 'use a whole number of connections from 1 to 100',
};

// A PostgreSQL connection URL; its password never reaches an error message (the value is not echoed).
const postgresUrl = z.preprocess(
  (v) => (v === '' ? undefined : v),
  z.string().refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === 'postgres:' || u.protocol === 'postgresql:') && (u.hostname !== '' || u.searchParams.has('host'));
    } catch {
      return false;
    }
  }, 'is not a postgres:// URL').optional(),
);

/** The one schema over process.env. Nothing else reads process.env. */
export const configSchema = z.object({
  CORPUS_DIR: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('./corpus')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Slack
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_RESPONSE_TYPE: z.enum(['ephemeral', 'in_channel']).default('ephemeral'),
  SLACK_API_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url().optional()),
  PORT: z.preprocess((v) => (v === '' || v === undefined ? 3000 : v), z.coerce.number().int().min(0).max(65535)),
  // Discord
  DISCORD_TOKEN: optional,
  DISCORD_APPLICATION_ID: optional,
  DISCORD_GUILD_ID: optional,
  DISCORD_API_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url().optional()),
  // Per-user rate limit (0 turns it off)
  RATE_LIMIT_PER_MINUTE: z.preprocess((v) => (v === '' || v === undefined ? 20 : v), z.coerce.number().int().min(0)),
  RATE_LIMIT_BURST: positiveInt(5),
  // State (digest bookkeeping, summary cache, de-duplication, rate limit, shares): SQLite at STATE_PATH, or
  // PostgreSQL shared by several replicas when DATABASE_URL is set.
  STATE_PATH: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('./data/state.db')),
  DATABASE_URL: postgresUrl,
  DATABASE_POOL_SIZE: z.preprocess((v) => (v === '' || v === undefined ? 10 : v), z.coerce.number().int().min(1).max(100)),
  CORPUS_WATCH: z.preprocess((v) => (v === '' ? undefined : v), z.stringbool().default(true)),
  // Where the understood corpus is kept between starts ("off": rebuild at every start)
  INDEX_CACHE_DIR: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('./data/index-cache')),
  // Digest
  DIGEST_CRON: z.preprocess((v) => (v === '' ? undefined : v), cronPattern.default('0 9 * * *')),
  DIGEST_TZ: z.preprocess((v) => (v === '' ? undefined : v), timeZone.default('UTC')),
  DIGEST_SLACK_CHANNELS: list,
  DIGEST_DISCORD_CHANNELS: list,
  DIGEST_EMPTY: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['skip', 'post']).default('skip')),
  // LLM summarizer (on when OPENAI_API_KEY or OPENAI_BASE_URL is set)
  OPENAI_API_KEY: optional,
  OPENAI_BASE_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url().optional()),
  OPENAI_MODEL: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('gpt-4o-mini')),
  SUMMARIZER_TIMEOUT_MS: positiveInt(8000),
  SUMMARIZER_BUDGET_MS: positiveInt(2000),
  SUMMARIZER_CONCURRENCY: positiveInt(4),
  PROMPTS_DIR: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('./prompts')),
});
export type Config = z.infer<typeof configSchema>;

/** A configuration problem, as one line: each variable, what is wrong with it and what to do. */
export class ConfigError extends Error {}

function configError(problems: { name: string; message: string }[]): ConfigError {
  const parts = problems.map((p) => `${p.name}: ${p.message}${FIX[p.name] ? ` — ${FIX[p.name]}` : ''}`);
  return new ConfigError(`invalid configuration: ${parts.join('; ')}. Set it in the environment or in .env (see .env.example).`);
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // `NAME=` (as in .env.example) means "not set", for every variable, not "set to the empty string".
  const parsed = configSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    throw configError(parsed.error.issues.map((i) => {
      const name = i.path.join('.') || 'environment';
      // zod's own wording for a wrong value lists the options; FIX says them in words, so name the value instead.
      const message = i.code === 'custom' || !FIX[name] ? i.message.replace(/\s*\n\s*/g, ' ') : `“${env[name]}” is not valid`;
      return { name, message };
    }));
  }
  const c = parsed.data;
  if (c.SLACK_BOT_TOKEN && !c.SLACK_SIGNING_SECRET && !c.SLACK_APP_TOKEN) {
    throw configError([{ name: 'SLACK_SIGNING_SECRET', message: 'required when SLACK_BOT_TOKEN is set (HTTP mode)' }]);
  }
  if (c.DISCORD_TOKEN && !c.DISCORD_APPLICATION_ID) {
    throw configError([{ name: 'DISCORD_APPLICATION_ID', message: 'required when DISCORD_TOKEN is set' }]);
  }
  return c;
}

/**
 * Reads `.env` from `dir` into process.env when there is one; variables already in the environment win
 * (process.loadEnvFile never overrides). Returns the file read, or null.
 */
export function loadDotEnv(dir: string = process.cwd()): string | null {
  const path = resolve(dir, '.env');
  if (!existsSync(path)) return null;
  try {
    process.loadEnvFile(path);
  } catch (e) {
    throw new ConfigError(`cannot read ${path}: ${(e as Error).message} — fix or remove the file (variables are NAME=value lines, see .env.example)`);
  }
  return path;
}

export function summarizerEnabled(c: Config): boolean {
  return Boolean(c.OPENAI_API_KEY || c.OPENAI_BASE_URL);
}
