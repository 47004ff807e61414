import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import { answer } from '../../../../briefing/answer.ts';
import { renderSlack, slackError } from '../../../../render/slack.ts';
import { newRef } from '../../../shared.ts';
import type { SlackDeps } from '../../context.ts';

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;
const shareValue = z.object({ q: z.string().max(1000), now: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

/** Button value: base64url JSON, so no raw user text travels in the message payload. */
export function encodeShare(q: string, now: string): string {
  return Buffer.from(JSON.stringify({ q, now }), 'utf8').toString('base64url');
}

export function decodeShare(value: string): { q: string; now: string } {
  return shareValue.parse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
}

/**
 * "Share in channel": the answer is recomputed from the same text and date (the core is
 * deterministic), then posted visibly in the channel.
 */
export function shareAction(deps: SlackDeps) {
  return async ({ ack, action, respond }: Args): Promise<void> => {
    await ack();
    try {
      const v = decodeShare(action.value ?? '');
      const det = answer(deps.getIndex(), v.q, v.now);
      // The summary is usually cached from the answer being shared; any failure shares the deterministic one.
      const shown = deps.summarizer ? (await deps.summarizer.summarize(det, deps.getIndex().version)).answer : det;
      const message = renderSlack(shown);
      await respond({ response_type: 'in_channel', replace_original: false, ...message });
      await respond({ delete_original: true }).catch(() => undefined);
    } catch (err) {
      const ref = newRef();
      deps.log.error({ ref, err: String(err) }, 'slack: share failed');
      await respond({ response_type: 'ephemeral', replace_original: false, ...slackError(ref) }).catch(() => undefined);
    }
  };
}
