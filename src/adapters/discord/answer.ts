import { discordError, renderDiscord, type DiscordMessage } from '../../render/discord.ts';
import type { FeedbackStore } from '../../state/feedback.ts';
import { wantsFeedback } from '../interaction.ts';
import { safeAnswer, stageSummary, type CoreDeps, type RequestContext } from '../shared.ts';
import type { ShareStore } from '../slack/shares.ts';

/** What the Discord handlers need beyond the core: where button keys and votes are kept. */
export interface DiscordDeps extends CoreDeps {
  /** The query behind each answer's feedback buttons (the state DB, else memory); absent → no buttons. */
  keys?: ShareStore | null;
  feedback?: FeedbackStore | null;
}

export interface DiscordReply {
  /** What to send now: the answer's messages, or one error message with its reference id. */
  messages: DiscordMessage[];
  /** A summary that came after the budget, rendered to replace the first message; null when none will come. */
  later: Promise<DiscordMessage | null> | null;
}

/**
 * The core's answer for one Discord request, rendered; both handlers send it by their own transport. `asked`
 * restates the question above the answer (slash commands); 👍/👎 go under every answer but help.
 */
export async function discordReply(deps: DiscordDeps, text: string, where: string, ctx: RequestContext, o: { asked?: string | null } = {}): Promise<DiscordReply> {
  const result = await safeAnswer(deps, text, where, ctx);
  if (!result.ok) return { messages: [discordError(result.ref)], later: null };
  const key = deps.keys && deps.feedback && wantsFeedback(result.answer) ? await deps.keys.put({ q: text, now: deps.now() }) : null;
  const opts = { asked: o.asked ?? null, feedback: key };
  const staged = await stageSummary(deps, result.answer);
  return { messages: renderDiscord(staged.answer, opts), later: staged.later && staged.later.then((s) => (s ? renderDiscord(s, opts)[0] : null)) };
}
