import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { escapeSlack, slackError } from '../../../../render/slack.ts';
import { isRealAnswer, recompute } from '../../../interaction.ts';
import { newRef } from '../../../shared.ts';
import { withButtons } from '../../buttons.ts';
import type { SlackDeps } from '../../context.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Shared by @ann: /qwen who-leads": who put the answer in the channel, and what they had asked. */
export function sharedBy(userId: string | undefined, q: string): string {
  const who = userId && /^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : 'someone';
  return `Shared by ${who}: /qwen ${escapeSlack(q.replace(/\s+/g, ' ')).slice(0, 300)}`;
}

/**
 * "Share in channel": the button's value is a key to the query kept server-side; the answer is recomputed
 * from the same text and date (the core is deterministic) and posted visibly in the channel, saying who shared
 * which question. The sharer's rate limit applies. The key is claimed first, so a repeated delivery of the
 * click or a double click posts once; only a real answer is shared.
 */
export function shareAction(deps: SlackDeps) {
  return async ({ ack, action, respond, body }: Args): Promise<void> => {
    await ack();
    const value = action.value ?? '';
    const user = body.user?.id;
    const v = await deps.shares.get(value);
    if (!v) {
      deps.log.info({ user }, 'slack: share of an unknown or expired answer');
      await respond({ response_type: 'ephemeral', replace_original: false, text: 'That answer is too old to share now; ask again and share the new one.' }).catch(() => undefined);
      return;
    }
    if (!(await deps.shares.claim(value))) {
      deps.log.info({ user }, 'slack: share already posted; repeat ignored');
      return;
    }
    // Claimed first, so a repeated delivery costs the sharer nothing; over the limit, the button works again later.
    const wait = deps.limiter ? await deps.limiter.take(`slack:${user ?? 'unknown'}`) : 0;
    if (wait) {
      await deps.shares.release(value);
      deps.log.info({ user, wait }, 'slack: share rate limited');
      await respond({ response_type: 'ephemeral', replace_original: false, text: `You're sharing faster than I can keep up — try again in ${wait} s.` }).catch(() => undefined);
      return;
    }
    try {
      const det = await recompute(deps, v.q, v.now, null);
      if (!isRealAnswer(det)) {
        await deps.shares.release(value);
        deps.log.info({ user, command: det.command }, 'slack: share of a non-answer refused');
        await respond({ response_type: 'ephemeral', replace_original: false, text: 'Only answers can be shared.' }).catch(() => undefined);
        return;
      }
      // The summary is usually cached from the answer being shared; any failure shares the deterministic one.
      const shown = deps.summarizer ? (await deps.summarizer.summarize(det, deps.index.info().version)).answer : det;
      const m = withButtons(value)(shown);
      const by = { type: 'context', elements: [{ type: 'mrkdwn', text: sharedBy(user, v.q) }] };
      await respond({ response_type: 'in_channel', replace_original: false, text: m.text, blocks: [by, ...m.blocks] as never });
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
