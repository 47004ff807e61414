import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { Config } from '../../config.ts';
import type { CoreDeps } from '../shared.ts';
import { registerCommands } from './commands.ts';
import { onInteraction } from './handlers/interaction.ts';
import { onMessage } from './handlers/message.ts';

export interface DiscordOptions extends CoreDeps {
  config: Pick<Config, 'DISCORD_TOKEN' | 'DISCORD_APPLICATION_ID' | 'DISCORD_GUILD_ID' | 'DISCORD_API_URL'>;
  /** REST retries on 5xx/timeouts (429s are always waited out and retried). */
  retries?: number;
}

export interface RunningDiscord {
  client: Client;
  stop: () => Promise<void>;
}

/** Logs in (gateway URL from the REST API's /gateway/bot), registers /qwen, and answers. */
export async function startDiscord(opts: DiscordOptions): Promise<RunningDiscord> {
  const { config, log } = opts;
  const client = new Client({
    // Message Content is not needed: mentions and DMs carry their content anyway.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    rest: { ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}), ...(opts.retries !== undefined ? { retries: opts.retries } : {}) },
  });
  client.rest.on('rateLimited', (info) => log.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'discord: rate limited; waiting'));
  client.on(Events.MessageCreate, onMessage(opts));
  client.on(Events.InteractionCreate, onInteraction(opts));
  client.on(Events.Error, (err) => log.error({ err: String(err) }, 'discord: client error'));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(config.DISCORD_TOKEN);
  await ready;
  log.info({ user: client.user?.tag }, 'discord: logged in');
  await registerCommands(client.rest, config.DISCORD_APPLICATION_ID!, config.DISCORD_GUILD_ID, log);
  return { client, stop: () => client.destroy() };
}
