// One policy for every Slack Web API client (the Bolt app's and the digest's): calls time out, and retries are
// few and quick. The library's default is no timeout and ten retries over about 30 minutes, so one hung call
// held a user (and, after 100 of them, every user, the digest and shutdown) indefinitely.
import { LogLevel, type Logger as SlackLogger, type webApi } from '@slack/bolt';
import type { Config } from '../../config.ts';
import type { Logger } from '../../log.ts';

/** Each Web API attempt, and each response_url post, gives up after this long. */
export const SLACK_TIMEOUT_MS = 5_000;
/** Retries of a call that failed with a 5xx, a dropped connection or a 429 (after its Retry-After). */
export const SLACK_RETRIES = 2;

/** Whether a Slack call failed because it timed out (then it may still have been delivered). */
export function isTimeout(err: unknown): boolean {
  const e = err as { name?: string; code?: string; original?: { name?: string } } | null;
  return e?.name === 'TimeoutError' || (e?.code === 'slack_webapi_request_error' && e.original?.name === 'TimeoutError');
}

/** Slack's logger interface (Bolt and the Web API client) over pino. */
export function slackLogger(log: Logger): SlackLogger {
  let level = LogLevel.INFO;
  return {
    debug: (...m: unknown[]) => log.debug({ bolt: m.map(String).join(' ') }),
    info: (...m: unknown[]) => log.info({ bolt: m.map(String).join(' ') }),
    warn: (...m: unknown[]) => log.warn({ bolt: m.map(String).join(' ') }),
    error: (...m: unknown[]) => log.error({ bolt: m.map(String).join(' ') }),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

export interface SlackClientTuning {
  /** Tests: fewer retries. */
  retries?: number;
  timeoutMs?: number;
}

/** `log`: where the client's own warnings go (Bolt passes its logger itself). */
export function slackClientOptions(config: Pick<Config, 'SLACK_API_URL'>, o: SlackClientTuning = {}, log?: Logger): webApi.WebClientOptions {
  const timeout = o.timeoutMs ?? SLACK_TIMEOUT_MS;
  const retryConfig: webApi.RetryOptions & { onFailedAttempt: (err: unknown) => void } = {
    retries: o.retries ?? SLACK_RETRIES,
    factor: 2,
    minTimeout: 500,
    maxTimeout: 2_000,
    randomize: true,
    // A call that timed out is not retried: Slack may have posted it already, and the user is waiting.
    // (The client hands this policy to p-retry, which stops retrying when onFailedAttempt throws.)
    onFailedAttempt: (err) => {
      if (isTimeout(err)) throw err;
    },
  };
  return {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    ...(log ? { logger: slackLogger(log) } : {}),
    timeout,
    retryConfig,
    // Bolt's respond() (response_url) uses this fetch with no signal of its own: the same timeout applies.
    fetch: (url, init) => fetch(url, init?.signal ? init : { ...init, signal: AbortSignal.timeout(timeout) }),
  };
}
