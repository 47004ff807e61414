import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { fallbackText, renderSlack, slackError } from '../../../../render/slack.ts';
import { newRef, safeAnswer } from '../../../shared.ts';
import type { SlackDeps } from '../../context.ts';

type Args = SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs;

/** Text after the bot mention(s): "<@U123> who-leads" → "who-leads". */
export function mentionText(text: string): string {
  return text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ').replace(/\s+/g, ' ').trim();
}

/** `@qwen-brief <text>`: answer in the mention's thread (or the thread it was posted in). */
export function appMention(deps: SlackDeps) {
  return async ({ event, body, client }: Args): Promise<void> => {
    const eventId = (body as { event_id?: string }).event_id;
    if (!deps.seen.first(`evt:${eventId ?? ''}`) || !deps.seen.first(`msg:${event.channel}:${event.ts}`)) {
      deps.log.info({ eventId }, 'slack: duplicate mention ignored');
      return;
    }
    const thread_ts = event.thread_ts ?? event.ts;
    const result = safeAnswer(deps, mentionText(event.text ?? ''), 'slack:app_mention');
    const post = (m: { text: string; blocks?: unknown[] }) => client.chat.postMessage({ channel: event.channel, thread_ts, unfurl_links: false, unfurl_media: false, ...m } as never);
    if (!result.ok) {
      await post(slackError(result.ref)).catch((err) => deps.log.error({ ref: result.ref, err: String(err) }, 'slack: error reply failed'));
      return;
    }
    try {
      await post(renderSlack(result.answer));
    } catch (err) {
      const ref = newRef();
      deps.log.warn({ ref, err: String(err) }, 'slack: chat.postMessage with blocks failed; sending plain text');
      await post({ text: fallbackText(result.answer) }).catch(async (err2) => {
        deps.log.error({ ref, err: String(err2) }, 'slack: plain-text reply failed');
        await post(slackError(ref)).catch(() => undefined);
      });
    }
  };
}
