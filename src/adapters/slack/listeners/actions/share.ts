import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { answer } from '../../../../briefing/answer.ts';
import { renderSlack, slackError } from '../../../../render/slack.ts';
import { newRef } from '../../../shared.ts';
import type { SlackDeps } from '../../context.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/**
 * "Share in channel": the button's value is a key to the query kept server-side; the answer is recomputed
 * from the same text and date (the core is deterministic) and posted visibly in the channel. The key is
 * claimed first, so a repeated delivery of the click or a double click posts once.
 */
export function shareAction(deps: SlackDeps) {
  return async ({ ack, action, respond, body }: Args): Promise<void> => {
    await ack();
    const value = action.value ?? '';
    const v = await deps.shares.get(value);
    if (!v) {
      deps.log.info({ user: body.user?.id }, 'slack: share of an unknown or expired answer');
      await respond({ response_type: 'ephemeral', replace_original: false, text: 'That answer is too old to share now; ask again and share the new one.' }).catch(() => undefined);
      return;
    }
    if (!(await deps.shares.claim(value))) {
      deps.log.info({ user: body.user?.id }, 'slack: share already posted; repeat ignored');
      return;
    }
    try {
      const det = answer(deps.getIndex(), v.q, v.now);
      // The summary is usually cached from the answer being shared; any failure shares the deterministic one.
      const shown = deps.summarizer ? (await deps.summarizer.summarize(det, deps.getIndex().version)).answer : det;
      await respond({ response_type: 'in_channel', replace_original: false, ...renderSlack(shown) });
    } catch (err) {
      await deps.shares.release(value);
      const ref = newRef();
      deps.log.error({ ref, err: String(err) }, 'slack: share failed');
      await respond({ response_type: 'ephemeral', replace_original: false, ...slackError(ref) }).catch(() => undefined);
      return;
    }
    await respond({ delete_original: true }).catch(() => undefined);
  };
}
