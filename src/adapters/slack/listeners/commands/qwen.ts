import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { renderSlack, slackError, fallbackText } from '../../../../render/slack.ts';
import { newRef, safeAnswer } from '../../../shared.ts';
import type { SlackDeps } from '../../context.ts';
import { encodeShare } from '../actions/share.ts';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** `/qwen <text>`: ack at once, answer through response_url; never leave the user with silence. */
export function qwenCommand(deps: SlackDeps) {
  return async ({ command, ack, respond }: Args): Promise<void> => {
    await ack();
    // A retried delivery carries the same trigger_id: answer it once.
    if (!deps.seen.first(`cmd:${command.trigger_id}`)) {
      deps.log.info({ trigger: command.trigger_id }, 'slack: duplicate slash command ignored');
      return;
    }
    const text = command.text ?? '';
    const result = safeAnswer(deps, text, 'slack:/qwen');
    if (!result.ok) {
      await respond({ response_type: 'ephemeral', ...slackError(result.ref) }).catch((err) => deps.log.error({ ref: result.ref, err }, 'slack: error reply failed'));
      return;
    }
    const share = deps.responseType === 'ephemeral' ? encodeShare(text, deps.now()) : null;
    const message = renderSlack(result.answer, { share });
    try {
      await respond({ response_type: deps.responseType, ...message });
    } catch (err) {
      // Blocks rejected or the post failed: fall back to plain text, then to a reference id.
      const ref = newRef();
      deps.log.warn({ ref, err: String(err) }, 'slack: block reply failed; sending plain text');
      await respond({ response_type: deps.responseType, text: fallbackText(result.answer) }).catch(async (err2) => {
        deps.log.error({ ref, err: String(err2) }, 'slack: plain-text reply failed');
        await respond({ response_type: 'ephemeral', ...slackError(ref) }).catch(() => undefined);
      });
    }
  };
}
