import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { renderSlack } from '../../../../render/slack.ts';
import { deliverAnswer, type SlackSend } from '../../deliver.ts';
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
    if (!(await deps.seen.first(`evt:${eventId ?? ''}`)) || !(await deps.seen.first(`msg:${event.channel}:${event.ts}`))) {
      deps.log.info({ eventId }, 'slack: duplicate mention ignored');
      return;
    }
    const thread_ts = event.thread_ts ?? event.ts;
    const post: SlackSend = (m) => client.chat.postMessage({ channel: event.channel, thread_ts, unfurl_links: false, unfurl_media: false, ...m } as never);
    const update = (m: { text: string }, sent: unknown) =>
      client.chat.update({ channel: event.channel, ts: (sent as { ts: string }).ts, ...m } as never);
    await deliverAnswer(deps, mentionText(event.text ?? ''), (a) => renderSlack(a), post, 'slack:app_mention', update, {
      channelKey: `slack:${event.channel}`,
      userKey: `slack:${event.user ?? 'unknown'}`,
    });
  };
}
