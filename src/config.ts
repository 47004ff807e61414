import { z } from 'zod';

// Empty strings in .env files mean "not set", not "set to empty".
const optional = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional());

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
