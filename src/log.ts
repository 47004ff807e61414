import pino from 'pino';

/** Paths that must never reach a log line: tokens, secrets, auth headers. */
export const REDACT = [
  'token', '*.token', 'secret', '*.secret', 'headers.authorization', '*.headers.authorization',
  'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'DISCORD_TOKEN', 'OPENAI_API_KEY', '*.apiKey',
];

export function createLogger(level = 'info', destination: pino.DestinationStream = pino.destination(2)) {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' }, base: { app: 'qwen-brief' } }, destination);
}
export type Logger = ReturnType<typeof createLogger>;
