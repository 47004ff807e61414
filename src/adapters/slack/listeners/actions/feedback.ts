import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { FEEDBACK_UP_ACTION_ID } from '../../../../render/slack.ts';
import { recordVote } from '../../../interaction.ts';
import type { SlackDeps } from '../../context.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** 👍/👎: the vote is stored once per answer and user (a retried delivery or a double click adds nothing). */
export function feedbackAction(deps: SlackDeps) {
  return async ({ ack, action, respond, body }: Args): Promise<void> => {
    await ack();
    const value = action.value ?? '';
    const v = await deps.shares.get(value);
    if (!v) return;
    const vote = action.action_id === FEEDBACK_UP_ACTION_ID ? 'up' : 'down';
    const channel = (body as { channel?: { id?: string } }).channel?.id;
    try {
      const r = await recordVote(deps, deps.feedback, { key: value, user: `slack:${body.user?.id ?? 'unknown'}`, vote, q: v.q, now: v.now, channelKey: channel ? `slack:${channel}` : null });
      if (r === 'repeat') return;
      const text = vote === 'up' ? 'Thanks — noted as helpful.' : 'Thanks — noted as not helpful; curators will see this question.';
      await respond({ response_type: 'ephemeral', replace_original: false, text }).catch(() => undefined);
    } catch (err) {
      deps.log.warn({ err: String(err) }, 'slack: feedback not recorded');
    }
  };
}
