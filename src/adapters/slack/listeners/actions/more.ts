import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { slackError } from '../../../../render/slack.ts';
import { recompute } from '../../../interaction.ts';
import { newRef } from '../../../shared.ts';
import { withButtons } from '../../buttons.ts';
import type { SlackDeps } from '../../context.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/**
 * "Show all": the message is replaced by the whole answer (every item, every source), recomputed from the
 * query and day behind the button's key. The other buttons stay; a repeated click shows the same.
 */
export function moreAction(deps: SlackDeps) {
  return async ({ ack, action, respond, body }: Args): Promise<void> => {
    await ack();
    const value = action.value ?? '';
    const v = await deps.shares.get(value);
    if (!v) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: 'That answer is too old to expand now; ask again.' }).catch(() => undefined);
      return;
    }
    try {
      const channel = (body as { channel?: { id?: string } }).channel?.id;
      const a = await recompute(deps, v.q, v.now, channel ? `slack:${channel}` : null);
      // Shared in the channel or not, the message keeps its Share button only where it had one (ephemeral).
      const ephemeral = (body as { container?: { is_ephemeral?: boolean } }).container?.is_ephemeral === true;
      await respond({ replace_original: true, ...withButtons(value, { full: true, share: ephemeral })(a) });
    } catch (err) {
      const ref = newRef();
      deps.log.error({ ref, err: String(err) }, 'slack: show all failed');
      await respond({ response_type: 'ephemeral', replace_original: false, ...slackError(ref) }).catch(() => undefined);
    }
  };
}
