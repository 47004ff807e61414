import type { Message } from 'discord.js';
import { discordError } from '../../../render/discord.ts';
import { isDigestCommand, newRef } from '../../shared.ts';
import { discordReply, type DiscordDeps } from '../answer.ts';

/**
 * The command in a message addressed to the bot: the text after a leading <@id>/<@!id> mention in a
 * guild, or the whole text of a DM. Null when the message is not for the bot.
 */
export function commandFromMessage(content: string, botId: string, isDM: boolean): string | null {
  const mention = new RegExp(`<@!?${botId}>`, 'g');
  if (!isDM && !mention.test(content)) return null;
  return content.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}

export function onMessage(deps: DiscordDeps) {
  return async (message: Message): Promise<void> => {
    if (message.author.bot || message.webhookId) return; // other bots, and ourselves
    const botId = message.client.user.id;
    const isDM = !message.inGuild();
    // Only a real user mention of the bot counts: @everyone/@here or a role mention does not.
    if (!isDM && !message.mentions.users.has(botId)) return;
    const text = commandFromMessage(message.content, botId, isDM);
    if (text === null) return;
    // Two gateway sessions for one bot (a rolling deploy's overlap) both get the message: one answers.
    if (deps.dedup && !(await deps.dedup.first(`discord:msg:${message.id}`))) {
      deps.log.info({ channel: message.channelId }, 'discord: message already answered by another process; ignored');
      return;
    }
    // A message cannot be shown to one person: the digest preview is private, so say where to get it.
    if (isDigestCommand(text)) {
      await message.reply({ content: 'The digest preview is shown only to the one who asks: use `/qwen query:digest`.', allowedMentions: { parse: [], repliedUser: false } }).catch((err) => deps.log.warn({ err: String(err) }, 'discord: reply failed'));
      return;
    }
    // "typing…" while the answer is made (best effort: it never holds the answer up).
    if (message.channel.isSendable()) void message.channel.sendTyping().catch((err) => deps.log.debug({ err: String(err) }, 'discord: typing indicator failed'));
    const { messages, later } = await discordReply(deps, text, 'discord:mention', { channelKey: `discord:${message.channelId}`, userKey: `discord:${message.author.id}` });
    try {
      const [first, ...rest] = messages;
      const reply = await message.reply(first);
      const channel = message.channel;
      for (const m of rest) if (channel.isSendable()) await channel.send(m);
      // A summary that came after the budget replaces the first reply in place.
      const summary = await later;
      if (summary) await reply.edit(summary);
    } catch (err) {
      const ref = newRef();
      deps.log.error({ ref, err: String(err), channel: message.channelId }, 'discord: reply failed');
      if (message.channel.isSendable()) await message.channel.send(discordError(ref)).catch(() => undefined);
    }
  };
}
