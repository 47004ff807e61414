import type { Answer } from '../../briefing/types.ts';
import { renderSlack, type SlackMessage } from '../../render/slack.ts';
import { isRealAnswer, wantsFeedback } from '../interaction.ts';

/**
 * How a Slack answer is rendered with its buttons, all carrying the same key to the query kept server-side:
 * "Show all" when the first screen leaves items out (not in `full`), "Share in channel" only under a real
 * answer (and only where `share` allows it), 👍/👎 under every answer but help.
 */
export function withButtons(key: string | null, o: { share?: boolean; asked?: string | null; full?: boolean } = {}): (a: Answer) => SlackMessage {
  return (a) =>
    renderSlack(a, {
      more: key && !o.full ? key : null,
      share: key && o.share && isRealAnswer(a) ? key : null,
      feedback: key && wantsFeedback(a) ? key : null,
      asked: o.asked ?? null,
    });
}
