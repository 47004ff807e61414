import { MessageFlags, type ButtonInteraction, type Interaction } from 'discord.js';
import { DISCORD_FEEDBACK_PREFIX, discordError } from '../../../render/discord.ts';
import { recordVote } from '../../interaction.ts';
import { isDigestCommand, newRef } from '../../shared.ts';
import { discordReply, type DiscordDeps } from '../answer.ts';

/** 👍/👎 under an answer: stored once per answer and user (a repeated delivery or a double click adds nothing). */
async function onFeedback(deps: DiscordDeps, interaction: ButtonInteraction): Promise<void> {
  const [, vote, ...rest] = interaction.customId.split(':');
  const key = rest.join(':');
  const v = deps.keys ? await deps.keys.get(key) : null;
  if (!v || !deps.feedback || (vote !== 'up' && vote !== 'down')) {
    await interaction.reply({ content: 'That answer is too old to rate now; ask again.', flags: MessageFlags.Ephemeral }).catch(() => undefined);
    return;
  }
  const r = await recordVote(deps, deps.feedback, { key, user: `discord:${interaction.user.id}`, vote, q: v.q, now: v.now, channelKey: `discord:${interaction.channelId}` });
  const content = r === 'repeat' ? 'Already noted, thanks.' : vote === 'up' ? 'Thanks — noted as helpful.' : 'Thanks — noted as not helpful; curators will see this question.';
  await interaction.reply({ content, flags: MessageFlags.Ephemeral });
}

/** /qwen query:<text>: defer inside Discord's 3-second window, then edit in the answer. */
export function onInteraction(deps: DiscordDeps) {
  return async (interaction: Interaction): Promise<void> => {
    if (interaction.isButton() && interaction.customId.startsWith(DISCORD_FEEDBACK_PREFIX)) {
      await onFeedback(deps, interaction).catch((err) => deps.log.warn({ err: String(err) }, 'discord: feedback not recorded'));
      return;
    }
    if (!interaction.isChatInputCommand() || interaction.commandName !== 'qwen') return;
    if (deps.dedup && !(await deps.dedup.first(`discord:int:${interaction.id}`))) {
      deps.log.info({ channel: interaction.channelId }, 'discord: interaction already taken by another process; ignored');
      return;
    }
    try {
      const text = interaction.options.getString('query') ?? 'help';
      // The digest preview is for the asker only.
      await interaction.deferReply(isDigestCommand(text) ? { flags: MessageFlags.Ephemeral } : {});
      // Nobody else sees the slash command: the answer says what was asked.
      const reply = await discordReply(deps, text, 'discord:/qwen', { channelKey: `discord:${interaction.channelId}`, userKey: `discord:${interaction.user.id}` }, { asked: `/qwen ${text}` });
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
