import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { deliverAnswer } from '../../deliver.ts';
import { isDigestCommand } from '../../../shared.ts';
import { withButtons } from '../../buttons.ts';
import type { SlackDeps } from '../../context.ts';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** `/qwen <text>`: ack at once, answer through response_url; never leave the user with silence. */
export function qwenCommand(deps: SlackDeps) {
  return async ({ command, ack, respond }: Args): Promise<void> => {
    await ack();
    // A retried delivery carries the same trigger_id: answer it once.
    if (!(await deps.seen.first(`cmd:${command.trigger_id}`))) {
      deps.log.info({ trigger: command.trigger_id }, 'slack: duplicate slash command ignored');
      return;
    }
    const text = command.text ?? '';
    // The digest preview is for the asker only: always ephemeral, no share button.
    const digest = isDigestCommand(text);
    const responseType = digest ? 'ephemeral' : deps.responseType;
    // Every button carries a key to the query kept server-side, never the query (a value is cut at 2,000 chars).
    const key = await deps.shares.put({ q: text, now: deps.now() });
    // Nobody else saw the slash command: the answer says what was asked.
    const render = withButtons(key, { share: responseType === 'ephemeral' && !digest, asked: `/qwen ${text}` });
    await deliverAnswer(
      deps,
      text,
      render,
      (m, kind) => respond({ response_type: kind === 'error' ? 'ephemeral' : responseType, ...m }),
      'slack:/qwen',
      (m) => respond({ response_type: responseType, replace_original: true, ...m }),
      { channelKey: `slack:${command.channel_id}`, userKey: `slack:${command.user_id}` },
    );
  };
}
