// Where a digest goes: one target per configured channel, posting through the platform's REST API only
// (no gateway login, no Socket Mode), so `qwen-brief digest` can run from an external cron.
import { webApi } from '@slack/bolt';
import { REST, Routes } from 'discord.js';
import type { Answer } from '../briefing/types.ts';
import { slackClientOptions, type SlackClientTuning } from '../adapters/slack/client-options.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { renderDiscord, type DiscordMessage } from '../render/discord.ts';
import { renderSlack } from '../render/slack.ts';
import { splitDigest } from './format.ts';

/** The parent message went out but its detail did not: counted as posted (never re-posted), logged loudly. */
export class PartialPostError extends Error {
  constructor(readonly ref: string, readonly cause: unknown) {
    super(`digest parent ${ref} posted; detail failed: ${String(cause)}`);
  }
}

export interface DigestTarget {
  /** "slack:C123" / "discord:1200…": the state key of the channel. */
  key: string;
  /** Posts the digest; resolves with the platform's message reference, throws on failure. */
  post: (digest: Answer, headline?: Answer | null) => Promise<string>;
}

export function slackTarget(client: InstanceType<typeof webApi.WebClient>, channel: string): DigestTarget {
  return {
    key: `slack:${channel}`,
    post: async (digest, headline) => {
      const { parent, detail } = splitDigest(digest, headline, 'thread');
      const res = await client.chat.postMessage({ channel, unfurl_links: false, unfurl_media: false, ...renderSlack(parent) });
      if (!res.ok || !res.ts) throw new Error(`chat.postMessage: ${res.error ?? 'no ts'}`);
      if (detail) {
        // The parent is out: the thread reply is retried here rather than by re-posting the whole digest.
        await retry(() => client.chat.postMessage({ channel, thread_ts: res.ts, unfurl_links: false, unfurl_media: false, ...renderSlack(detail) }), 3).catch((err) => {
          throw new PartialPostError(res.ts!, err);
        });
      }
      return res.ts;
    },
  };
}

export function discordTarget(rest: REST, channel: string): DigestTarget {
  const send = async (m: DiscordMessage): Promise<string> => {
    const body = { content: m.content, embeds: m.embeds, allowed_mentions: { parse: [], replied_user: false } };
    const res = (await rest.post(Routes.channelMessages(channel), { body })) as { id: string };
    return res.id;
  };
  return {
    key: `discord:${channel}`,
    post: async (digest, headline) => {
      const { parent, detail } = splitDigest(digest, headline, 'follow-up');
      // Every part of the parent (its sources embed rides on the last one); the first part is the reference.
      const [first, ...more] = renderDiscord(parent);
      const id = await send(first);
      if (detail || more.length) {
        try {
          for (const m of [...more, ...(detail ? renderDiscord(detail) : [])]) await retry(() => send(m), 3);
        } catch (err) {
          throw new PartialPostError(id, err);
        }
      }
      return id;
    },
  };
}

async function retry<T>(fn: () => Promise<T>, times: number): Promise<T> {
  let last: unknown;
  for (let i = 0; i < times; i++) {
    try {
      return await fn();
    } catch (err) {
      last = err;
      await new Promise((r) => setTimeout(r, 200 * (i + 1)));
    }
  }
  throw last;
}

/** Targets for every channel in DIGEST_SLACK_CHANNELS / DIGEST_DISCORD_CHANNELS that has a token. */
export function targetsFromConfig(config: Config, log: Logger, opts: SlackClientTuning = {}): DigestTarget[] {
  const targets: DigestTarget[] = [];
  if (config.DIGEST_SLACK_CHANNELS.length) {
    if (!config.SLACK_BOT_TOKEN) log.warn('digest: DIGEST_SLACK_CHANNELS is set but SLACK_BOT_TOKEN is not; Slack channels skipped');
    else {
      // The bot's timeout and retry policy: a hung Slack fails this channel's round in seconds, not never.
      const client = new webApi.WebClient(config.SLACK_BOT_TOKEN, slackClientOptions(config, opts, log.child({ surface: 'slack' })));
      for (const c of config.DIGEST_SLACK_CHANNELS) targets.push(slackTarget(client, c));
    }
  }
  if (config.DIGEST_DISCORD_CHANNELS.length) {
    if (!config.DISCORD_TOKEN) log.warn('digest: DIGEST_DISCORD_CHANNELS is set but DISCORD_TOKEN is not; Discord channels skipped');
    else {
      const rest = new REST({ ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}), ...(opts.retries !== undefined ? { retries: opts.retries } : {}) }).setToken(config.DISCORD_TOKEN);
      for (const c of config.DIGEST_DISCORD_CHANNELS) targets.push(discordTarget(rest, c));
    }
  }
  return targets;
}
