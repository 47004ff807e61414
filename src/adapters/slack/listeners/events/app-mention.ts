import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { deliverAnswer, type SlackSend } from '../../deliver.ts';
import { withButtons } from '../../buttons.ts';
import type { SlackDeps } from '../../context.ts';
import { isDigestCommand } from '../../../shared.ts';

type Args = SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs;

/** Text after the bot mention(s): "<@U123> who-leads" → "who-leads". */
export function mentionText(text: string): string {
  return text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The reaction that says "working on it" on a mention, removed once it is answered. */
export const WORKING_REACTION = 'eyes';

/** `@qwen-brief <text>`: 👀 at once, the answer in the mention's thread (or the thread it was posted in), then no 👀. */
export function appMention(deps: SlackDeps) {
  return async ({ event, body, client }: Args): Promise<void> => {
    const eventId = (body as { event_id?: string }).event_id;
    if (!(await deps.seen.first(`evt:${eventId ?? ''}`)) || !(await deps.seen.first(`msg:${event.channel}:${event.ts}`))) {
      deps.log.info({ eventId }, 'slack: duplicate mention ignored');
      return;
    }
    const target = { channel: event.channel, timestamp: event.ts, name: WORKING_REACTION };
    // Never in the answer's way: the reaction is best effort, and the answer does not wait for it.
    const reacted = client.reactions.add(target).then(
      () => true,
      (err) => (deps.log.debug({ err: String(err) }, 'slack: could not add the working reaction'), false),
    );
    // Removed as soon as something is posted (a late summary may still replace it), and in any case at the end.
    let finishing: Promise<void> | null = null;
    const finish = () =>
      (finishing ??= (async () => {
        if (await reacted) await client.reactions.remove(target).then(() => undefined, (err) => deps.log.debug({ err: String(err) }, 'slack: could not remove the working reaction'));
      })());
    const thread_ts = event.thread_ts ?? event.ts;
    const post: SlackSend = async (m) => {
      const sent = await client.chat.postMessage({ channel: event.channel, thread_ts, unfurl_links: false, unfurl_media: false, ...m } as never);
      void finish();
      return sent;
    };
    const update = (m: { text: string }, sent: unknown) =>
      client.chat.update({ channel: event.channel, ts: (sent as { ts: string }).ts, ...m } as never);
    const text = mentionText(event.text ?? '');
    const key = await deps.shares.put({ q: text, now: deps.now() });
    // The digest preview is for the asker only, as with /qwen digest: an ephemeral message in the thread.
    const privately = isDigestCommand(text);
    const postPrivately: SlackSend = async (m) => {
      const sent = await client.chat.postEphemeral({ channel: event.channel, user: event.user ?? '', thread_ts, ...m } as never);
      void finish();
      return sent;
    };
    try {
      await deliverAnswer(deps, text, withButtons(key), privately ? postPrivately : post, 'slack:app_mention', privately ? undefined : update, {
        channelKey: `slack:${event.channel}`,
        userKey: `slack:${event.user ?? 'unknown'}`,
      });
    } finally {
      await finish();
    }
  };
}
