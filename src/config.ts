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
  // State (digest bookkeeping, summary cache)
  STATE_PATH: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('./data/state.db')),
  CORPUS_WATCH: z.preprocess((v) => (v === '' ? undefined : v), z.stringbool().default(true)),
  // Digest
  DIGEST_CRON: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('0 9 * * *')),
  DIGEST_TZ: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('UTC')),
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

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) throw new ConfigError(`Invalid configuration:\n${z.prettifyError(parsed.error)}`);
  const c = parsed.data;
  if (c.SLACK_BOT_TOKEN && !c.SLACK_SIGNING_SECRET && !c.SLACK_APP_TOKEN) {
    throw new ConfigError('Invalid configuration:\n✖ SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set (HTTP mode)');
  }
  if (c.DISCORD_TOKEN && !c.DISCORD_APPLICATION_ID) {
    throw new ConfigError('Invalid configuration:\n✖ DISCORD_APPLICATION_ID is required when DISCORD_TOKEN is set');
  }
  return c;
}

export function summarizerEnabled(c: Config): boolean {
  return Boolean(c.OPENAI_API_KEY || c.OPENAI_BASE_URL);
}
