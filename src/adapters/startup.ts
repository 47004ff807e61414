// Start-up checks and failures: each failure becomes one line naming the variable or cause and what to do.
import { statSync } from 'node:fs';
import { webApi } from '@slack/bolt';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';

/** A start-up failure the operator can fix; its message is the one line to print. */
export class StartupError extends Error {}

/** The corpus directory must exist before anything starts (the watcher and the index need it). */
export function checkCorpusDir(dir: string): void {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new StartupError(`cannot read the corpus directory ${dir} (${code ?? (e as Error).message}) — check CORPUS_DIR (or --corpus) and its permissions`);
  }
  if (!isDir) {
    throw new StartupError(`corpus directory ${dir} does not exist — set CORPUS_DIR (or --corpus) to the directory of articles; the default is ./corpus in the working directory`);
  }
}

export interface SlackCheckOptions {
  attempts?: number;
  timeoutMs?: number;
  backoffMs?: number;
}

const BAD_TOKEN = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'not_allowed_token_type']);

/**
 * auth.test with the bot token before Bolt starts, with a bounded policy: `attempts` tries of `timeoutMs` each,
 * each retry logged. A refused token or an unreachable Slack is a StartupError, never a silent half-hour of retries.
 */
export async function checkSlackAuth(config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_API_URL'>, log: Logger, o: SlackCheckOptions = {}): Promise<void> {
  const attempts = o.attempts ?? 3;
  const client = new webApi.WebClient(config.SLACK_BOT_TOKEN, {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    timeout: o.timeoutMs ?? 10_000,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logLevel: webApi.LogLevel.ERROR,
    logger: { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => webApi.LogLevel.ERROR, setName() {} },
  });
  const where = config.SLACK_API_URL ?? 'https://slack.com/api/';
  for (let attempt = 1; ; attempt++) {
    try {
      await client.auth.test();
      return;
    } catch (e) {
      const err = e as { code?: string; data?: { error?: string }; message: string };
      if (err.code === webApi.ErrorCode.PlatformError) {
        const reason = err.data?.error ?? 'error';
        if (BAD_TOKEN.has(reason)) {
          throw new StartupError(`SLACK_BOT_TOKEN was refused by Slack (${reason}) — copy the Bot User OAuth Token (xoxb-…) from the app's OAuth & Permissions page into SLACK_BOT_TOKEN, and reinstall the app if it was revoked`);
        }
        throw new StartupError(`Slack refused auth.test (${reason}) — check SLACK_BOT_TOKEN and the app's installation`);
      }
      const reason = err.code === webApi.ErrorCode.RequestError ? err.message.replace(/^A request error occurred: /, '') : err.message;
      if (attempt >= attempts) {
        throw new StartupError(`cannot reach Slack at ${where} (${reason}) after ${attempts} attempts — check the network, a proxy, or SLACK_API_URL`);
      }
      const wait = (o.backoffMs ?? 1000) * 2 ** (attempt - 1);
      log.warn({ attempt, attempts, reason, retryInMs: wait }, 'slack: cannot reach Slack at start; retrying');
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}

/** An error from starting a platform, as a StartupError with what to do when it is a known one. */
export function startupFailure(surface: 'slack' | 'discord', config: Pick<Config, 'PORT' | 'SLACK_APP_TOKEN'>): (e: unknown) => never {
  return (e) => {
    if (e instanceof StartupError) throw e;
    const err = e as { code?: string; data?: { error?: string }; message?: string };
    const message = String(err?.message ?? e).split('\n')[0];
    if (surface === 'discord') {
      if (err.code === 'TokenInvalid') {
        throw new StartupError('DISCORD_TOKEN was refused by Discord (TokenInvalid) — on the application\'s Bot page, Reset Token and copy it into DISCORD_TOKEN');
      }
      if (err.code === 'DisallowedIntents') {
        throw new StartupError('Discord refused the gateway intents (DisallowedIntents) — the bot needs no privileged intents; check the application\'s Bot page');
      }
      if (/ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|EAI_AGAIN|fetch failed|aborted/i.test(`${err.code ?? ''} ${message}`)) {
        throw new StartupError(`cannot reach Discord (${message}) — check the network, a proxy, or DISCORD_API_URL`);
      }
      throw new StartupError(`Discord failed to start: ${message} — check DISCORD_TOKEN, DISCORD_APPLICATION_ID and the network`);
    }
    if (err.code === 'EADDRINUSE') {
      throw new StartupError(`PORT ${config.PORT} is already in use — set PORT to a free port, or stop the process using it`);
    }
    if (err.code === webApi.ErrorCode.PlatformError && BAD_TOKEN.has(err.data?.error ?? '') && config.SLACK_APP_TOKEN) {
      // The bot token passed auth.test just before, so it is the app-level token Socket Mode uses.
      throw new StartupError(`SLACK_APP_TOKEN was refused by Slack (${err.data?.error}) — create an app-level token with connections:write under Basic Information and copy it (xapp-…) into SLACK_APP_TOKEN`);
    }
    throw new StartupError(`Slack failed to start: ${message} — check the SLACK_* settings`);
  };
}

/** Said at start when no platform token is set: what runs instead, and how to configure one. */
export function noPlatformMessage(envFile: string | null, cwd: string = process.cwd()): string {
  return `no platform configured (no SLACK_BOT_TOKEN or DISCORD_TOKEN${envFile ? ` in the environment or ${envFile}` : ` in the environment, and no .env in ${cwd}`}): `
    + 'answering stdin as a local console. To run the bot, set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN), '
    + 'and/or DISCORD_TOKEN with DISCORD_APPLICATION_ID, in the environment or in .env (cp .env.example .env; see README)';
}
