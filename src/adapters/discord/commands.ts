import { REST, Routes, SlashCommandBuilder } from 'discord.js';
import type { Logger } from '../../log.ts';

/** The one source of the /qwen command's definition, for registration and help. */
export const qwenCommand = new SlashCommandBuilder()
  .setName('qwen')
  .setDescription('Cited briefing on the Qwen team from the curated corpus')
  .addStringOption((o) => o.setName('query').setDescription('who-leads | changes since 2026-03-01 | who Eddie Wu | timeline | sources | help').setRequired(false).setMaxLength(500));

/** Registers /qwen: guild-scoped when a guild id is given (instant), global otherwise. */
export async function registerCommands(rest: REST, applicationId: string, guildId: string | undefined, log: Logger): Promise<void> {
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  await rest.put(route, { body: [qwenCommand.toJSON()] });
  log.info({ scope: guildId ? `guild ${guildId}` : 'global' }, 'discord: /qwen registered');
}
