import { discordError, renderDiscord, type DiscordMessage } from '../../render/discord.ts';
import { safeAnswer, stageSummary, type CoreDeps, type RequestContext } from '../shared.ts';

export interface DiscordReply {
  /** What to send now: the answer's messages, or one error message with its reference id. */
  messages: DiscordMessage[];
  /** A summary that came after the budget, rendered to replace the first message; null when none will come. */
  later: Promise<DiscordMessage | null> | null;
}

/** The core's answer for one Discord request, rendered; both handlers send it by their own transport. */
export async function discordReply(deps: CoreDeps, text: string, where: string, ctx: RequestContext): Promise<DiscordReply> {
  const result = await safeAnswer(deps, text, where, ctx);
  if (!result.ok) return { messages: [discordError(result.ref)], later: null };
  const staged = await stageSummary(deps, result.answer);
  return { messages: renderDiscord(staged.answer), later: staged.later && staged.later.then((s) => (s ? renderDiscord(s)[0] : null)) };
}
