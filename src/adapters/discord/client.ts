import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { Config } from '../../config.ts';
import type { StateStore } from '../../state/store.ts';
import { InFlight } from '../inflight.ts';
import type { CoreDeps } from '../shared.ts';
import { SHUTDOWN_GRACE_MS } from '../shutdown.ts';
import { registerCommands, type CommandRegistration } from './commands.ts';
import { onInteraction } from './handlers/interaction.ts';
import { onMessage } from './handlers/message.ts';
import { shareStore } from '../slack/shares.ts';
import { feedbackStore } from '../../state/feedback.ts';

export interface DiscordOptions extends CoreDeps {
  config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_APPLICATION_ID' | 'DISCORD_GUILD_ID' | 'DISCORD_API_URL'>;
  /** REST retries on 5xx/timeouts (429s are always waited out and retried). */
  retries?: number;
  /** Keeps the hash of the registered /qwen, so it is registered only when it changed. */
  state?: StateStore | null;
  /** Waits between failed /qwen registrations (tests: short). */
  registrationRetryMs?: number[];
}

export interface RunningDiscord {
  client: Client;
  /** /qwen's registration, running in the background: its failure never stops the bot. */
  commands: CommandRegistration;
  /** Stops taking mentions and commands, lets the answers in flight finish by `deadlineAt`, then disconnects. */
  stop: (deadlineAt?: number) => Promise<void>;
}

/** Logs in (gateway URL from the REST API's /gateway/bot), answers, and registers /qwen in the background. */
export async function startDiscord(opts: DiscordOptions): Promise<RunningDiscord> {
  const { config, log } = opts;
  const client = new Client({
    // Message Content is not needed: mentions and DMs carry their content anyway.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    // As many gateway shards as Discord recommends (/gateway/bot: one below ~1,000 guilds, required beyond 2,500),
    // all in this one process: README "Running more than one replica".
    shards: 'auto',
    allowedMentions: { parse: [], repliedUser: false },
    rest: { ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}), ...(opts.retries !== undefined ? { retries: opts.retries } : {}) },
  });
  const inFlight = new InFlight();
  // Keys behind the feedback buttons and the votes, in the state DB (else memory).
  const handlerDeps = { ...opts, keys: shareStore(opts.state, log), feedback: feedbackStore(opts.state, log) };
  const message = onMessage(handlerDeps);
  const interaction = onInteraction(handlerDeps);
  let accepting = true;
  client.rest.on('rateLimited', (info) => log.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'discord: rate limited; waiting'));
  const handle = (what: string, work: Promise<void>) =>
    void inFlight.track(work).catch((err) => log.error({ err: String(err) }, `discord: ${what} handler failed`));
  client.on(Events.MessageCreate, (m) => accepting && handle('message', message(m)));
  client.on(Events.InteractionCreate, (i) => accepting && handle('interaction', interaction(i)));
  client.on(Events.Error, (err) => log.error({ err: String(err) }, 'discord: client error'));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(config.DISCORD_TOKEN);
  await ready;
  log.info({ user: client.user?.tag }, 'discord: logged in');
  const commands = registerCommands(client.rest, {
    applicationId: config.DISCORD_APPLICATION_ID!,
    guildId: config.DISCORD_GUILD_ID,
    log,
    state: opts.state,
    retryMs: opts.registrationRetryMs,
  });
  let stopping: Promise<void> | null = null;
  const stop = async (deadlineAt: number) => {
    accepting = false;
    commands.stop();
    if (!(await inFlight.idle(deadlineAt))) log.warn({ inFlight: inFlight.size }, 'discord: shutdown deadline reached with answers in flight');
    await client.destroy();
  };
  return { client, commands, stop: (deadlineAt = Date.now() + SHUTDOWN_GRACE_MS) => (stopping ??= stop(deadlineAt)) };
}
