import pino from 'pino';

/** Paths that must never reach a log line: tokens, secrets, auth headers. */
export const REDACT = [
  'token', '*.token', 'secret', '*.secret', 'headers.authorization', '*.headers.authorization',
  'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'DISCORD_TOKEN', 'OPENAI_API_KEY', '*.apiKey',
];

/** What users typed and what the bot answered: logged only at debug/trace, when an operator asks for it. */
export const MESSAGE_BODIES = ['text', '*.text', 'content', '*.content', 'body', '*.body', 'query', '*.query', 'blocks', '*.blocks'];

export function createLogger(level = 'info', destination: pino.DestinationStream = pino.destination(2)) {
  const verbose = level === 'debug' || level === 'trace';
  const paths = verbose ? REDACT : [...REDACT, ...MESSAGE_BODIES];
  return pino({ level, redact: { paths, censor: '[redacted]' }, base: { app: 'qwen-brief' } }, destination);
}
export type Logger = ReturnType<typeof createLogger>;
