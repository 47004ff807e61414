import { createHash } from 'node:crypto';
import { DiscordAPIError, HTTPError, REST, Routes, SlashCommandBuilder } from 'discord.js';
import type { Logger } from '../../log.ts';
import type { StateStore } from '../../state/store.ts';
import { inviteUrl } from './permissions.ts';

/** The one source of the /qwen command's definition, for registration and help. */
export const qwenCommand = new SlashCommandBuilder()
  .setName('qwen')
  .setDescription('Cited briefing on the Qwen team from the curated corpus')
  .addStringOption((o) => o.setName('query').setDescription('who-leads | changes since 2026-03-01 | who Eddie Wu | timeline | sources | help').setRequired(false).setMaxLength(500));

export interface RegistrationOptions {
  applicationId: string;
  guildId?: string;
  log: Logger;
  /** Where the hash of the last registered definition is kept; without it /qwen is registered at every start. */
  state?: StateStore | null;
  /** Waits between failed attempts; the last one repeats. */
  retryMs?: number[];
}

export type RegistrationResult = 'registered' | 'unchanged' | 'failed';

export interface CommandRegistration {
  /** The first attempt's outcome. Never rejects: a failure is logged and retried later. */
  first: Promise<RegistrationResult>;
  /** Resolves once /qwen is registered (or known to be registered already). */
  registered: Promise<void>;
  /** Cancels the attempt in flight and any retry. */
  stop: () => void;
}

export const REGISTRATION_RETRY_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];

/** Why a registration failed, and what the operator can do about it. */
function explain(err: unknown, o: RegistrationOptions): { reason: string; advice: string } {
  const status = err instanceof DiscordAPIError || err instanceof HTTPError ? err.status : null;
  const code = err instanceof DiscordAPIError ? err.code : null;
  const message = String((err as Error)?.message ?? err).split('\n')[0];
  if (status === 403 || code === 50001) {
    return {
      reason: `${status} ${message}`,
      advice:
        `Discord refused (${status} ${message}): the bot was added without the applications.commands scope` +
        `${o.guildId ? `, or is not in the server DISCORD_GUILD_ID=${o.guildId}` : ''}. Re-invite it with ${inviteUrl(o.applicationId)}`,
    };
  }
  if (status === 404 && o.guildId) return { reason: `404 ${message}`, advice: `Discord does not know the server DISCORD_GUILD_ID=${o.guildId} (${message}): check the id, or unset it to register globally` };
  if (status === 429) return { reason: '429', advice: 'Discord is rate limiting command registration' };
  if (status !== null && status >= 500) return { reason: `${status}`, advice: `Discord answered ${status} ${message}` };
  if (status !== null) return { reason: `${status} ${message}`, advice: `Discord refused the command (${status} ${message})` };
  return { reason: message, advice: `cannot reach Discord (${message})` };
}

/**
 * Registers /qwen (guild-scoped when a guild id is given, instant; global otherwise) in the background, only
 * when its definition or scope changed since the last registration (hash kept in the state DB). A refusal
 * (403 Missing Access when invited without applications.commands, 429, 5xx, network) never stops the bot:
 * it is logged once per reason with what to do, and retried later; mentions and DMs are answered meanwhile.
 */
export function registerCommands(rest: REST, o: RegistrationOptions): CommandRegistration {
  const { log } = o;
  const route = o.guildId ? Routes.applicationGuildCommands(o.applicationId, o.guildId) : Routes.applicationCommands(o.applicationId);
  const body = [qwenCommand.toJSON()];
  const hash = createHash('sha256').update(JSON.stringify({ route, body })).digest('hex');
  const key = `discord.commands ${route}`;
  const scope = o.guildId ? `guild ${o.guildId}` : 'global';
  const retryMs = o.retryMs?.length ? o.retryMs : REGISTRATION_RETRY_MS;
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let lastLogged: string | null = null;
  let markRegistered!: () => void;
  const registered = new Promise<void>((r) => (markRegistered = r));

  const attempt = async (n: number): Promise<RegistrationResult> => {
    try {
      await rest.put(route, { body, signal: abort.signal });
    } catch (err) {
      if (abort.signal.aborted) return 'failed';
      const { reason, advice } = explain(err, o);
      const wait = retryMs[Math.min(n, retryMs.length - 1)];
      const fields = { scope, reason, attempt: n + 1, retryInS: Math.round(wait / 1000) };
      if (reason !== lastLogged) {
        lastLogged = reason;
        log.error(fields, `discord: /qwen is not registered — ${advice}. Mentions and DMs are still answered; retrying in ${fields.retryInS} s`);
      } else log.debug(fields, 'discord: /qwen registration failed again');
      // A retry never keeps the process alive on its own.
      timer = setTimeout(() => void attempt(n + 1), wait).unref();
      return 'failed';
    }
    try {
      await o.state?.setMeta(key, hash);
    } catch (err) {
      log.warn({ err: String(err) }, 'discord: could not record the registered /qwen in the state DB; it will be registered again at the next start');
    }
    log.info({ scope, ...(n ? { attempts: n + 1 } : {}) }, 'discord: /qwen registered');
    markRegistered();
    return 'registered';
  };

  const first = (async (): Promise<RegistrationResult> => {
    let stored: string | null = null;
    try {
      stored = (await o.state?.getMeta(key)) ?? null;
    } catch (err) {
      log.warn({ err: String(err) }, 'discord: state DB unreadable; registering /qwen');
    }
    if (abort.signal.aborted) return 'failed';
    if (stored === hash) {
      log.info({ scope }, 'discord: /qwen unchanged since it was registered; not registering again');
      markRegistered();
      return 'unchanged';
    }
    return attempt(0);
  })();
  return {
    first,
    registered,
    stop: () => {
      abort.abort();
      clearTimeout(timer);
    },
  };
}
