import pino from 'pino';

/** Paths that must never reach a log line: tokens, secrets, auth headers. */
export const REDACT = [
  'token', '*.token', 'secret', '*.secret', 'headers.authorization', '*.headers.authorization',
  'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'DISCORD_TOKEN', 'OPENAI_API_KEY', '*.apiKey',
  'DATABASE_URL', '*.DATABASE_URL', 'connectionString', '*.connectionString', 'password', '*.password',
];

/** What users typed and what the bot answered: logged only at debug/trace, when an operator asks for it. */
export const MESSAGE_BODIES = ['text', '*.text', 'content', '*.content', 'body', '*.body', 'query', '*.query', 'blocks', '*.blocks'];

/** Log lines go to stderr (stdout is for answers): JSON, or one readable line each when stderr is a terminal. */
export function createLogger(level = 'info', destination: pino.DestinationStream = stderrDestination()) {
  const verbose = level === 'debug' || level === 'trace';
  const paths = verbose ? REDACT : [...REDACT, ...MESSAGE_BODIES];
  return pino({ level, redact: { paths, censor: '[redacted]' }, base: { app: 'qwen-brief' } }, destination);
}
export type Logger = ReturnType<typeof createLogger>;

type Around = (write: () => void) => void;
let around: Around | null = null;

/**
 * While set, every log line bound for the terminal is written inside `fn`: the console clears its prompt line
 * first and redraws it after, so a log line (e.g. "corpus reloaded") never lands on the prompt.
 */
export function aroundTerminalLogs(fn: Around | null): void {
  around = fn;
}

function stderrDestination(stderr: NodeJS.WriteStream = process.stderr): pino.DestinationStream {
  if (!stderr.isTTY) return pino.destination({ dest: 2, sync: true });
  const color = !('NO_COLOR' in process.env) && stderr.hasColors?.() === true;
  return {
    write(line: string) {
      const text = prettyLine(line, color);
      if (around) around(() => stderr.write(text));
      else stderr.write(text);
    },
  };
}

const LEVELS: Record<number, [string, string]> = {
  10: ['TRACE', '90'], 20: ['DEBUG', '90'], 30: ['INFO ', '32'], 40: ['WARN ', '33'], 50: ['ERROR', '31'], 60: ['FATAL', '35'],
};
const HIDDEN = new Set(['level', 'time', 'pid', 'hostname', 'app', 'msg']);

/** One pino JSON line as `12:00:01 INFO  message key=value …` (a line that is not JSON is passed through). */
export function prettyLine(line: string, color = false): string {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line);
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  const [name, code] = LEVELS[Number(o.level)] ?? [String(o.level).toUpperCase(), '0'];
  const time = typeof o.time === 'number' ? new Date(o.time).toTimeString().slice(0, 8) : '';
  const fields = Object.entries(o)
    .filter(([k]) => !HIDDEN.has(k))
    .map(([k, v]) => `${k}=${typeof v === 'string' && /^[^\s"=]+$/.test(v) ? v : JSON.stringify(v)}`);
  const level = color ? `\x1b[${code}m${name}\x1b[0m` : name;
  return `${[time, level, o.msg ?? '', ...fields].filter((x) => x !== '').join(' ')}\n`;
}
