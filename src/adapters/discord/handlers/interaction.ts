import { MessageFlags, type Interaction } from 'discord.js';
import { discordError } from '../../../render/discord.ts';
import { isDigestCommand, newRef, type CoreDeps } from '../../shared.ts';
import { discordReply } from '../answer.ts';

/** /qwen query:<text>: defer inside Discord's 3-second window, then edit in the answer. */
export function onInteraction(deps: CoreDeps) {
  return async (interaction: Interaction): Promise<void> => {
    if (!interaction.isChatInputCommand() || interaction.commandName !== 'qwen') return;
    if (deps.dedup && !(await deps.dedup.first(`discord:int:${interaction.id}`))) {
      deps.log.info({ channel: interaction.channelId }, 'discord: interaction already taken by another process; ignored');
      return;
    }
    try {
      const text = interaction.options.getString('query') ?? 'help';
      // The digest preview is for the asker only.
      await interaction.deferReply(isDigestCommand(text) ? { flags: MessageFlags.Ephemeral } : {});
      const reply = await discordReply(deps, text, 'discord:/qwen', { channelKey: `discord:${interaction.channelId}`, userKey: `discord:${interaction.user.id}` });
      const [first, ...rest] = reply.messages;
      await interaction.editReply(first);
      for (const m of rest) await interaction.followUp(m);
      // A summary that came after the budget replaces the deferred reply's first message.
      const summary = await reply.later;
      if (summary) await interaction.editReply(summary);
    } catch (err) {
      const ref = newRef();
      deps.log.error({ ref, err: String(err) }, 'discord: interaction failed');
      const reply = discordError(ref);
      const send = interaction.replied || interaction.deferred ? interaction.followUp(reply) : interaction.reply(reply);
      await send.catch(() => undefined);
    }
  };
}
