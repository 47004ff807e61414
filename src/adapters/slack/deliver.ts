import type { Answer } from '../../briefing/types.ts';
import { fallbackText, slackError, type SlackMessage } from '../../render/slack.ts';
import { newRef, safeAnswer, type CoreDeps } from '../shared.ts';

/** Sends one message by the handler's transport; `kind` lets it pick visibility for errors. */
export type SlackSend = (message: { text: string; blocks?: SlackMessage['blocks'] }, kind: 'answer' | 'error') => Promise<unknown>;

/**
 * Never silence: a core failure gets its reference id; blocks Slack rejects are retried as plain text;
 * if that fails too the user gets a reference id, and the log has the detail under it.
 */
export async function deliverAnswer(
  deps: CoreDeps,
  text: string,
  render: (a: Answer) => SlackMessage,
  send: SlackSend,
  where: string,
): Promise<void> {
  const { log } = deps;
  const result = safeAnswer(deps, text, where);
  if (!result.ok) {
    await send(slackError(result.ref), 'error').catch((err) => log.error({ ref: result.ref, err: String(err) }, `${where}: error reply failed`));
    return;
  }
  try {
    await send(render(result.answer), 'answer');
  } catch (err) {
    const ref = newRef();
    log.warn({ ref, err: String(err) }, `${where}: reply with blocks failed; sending plain text`);
    await send({ text: fallbackText(result.answer) }, 'answer').catch(async (err2) => {
      log.error({ ref, err: String(err2) }, `${where}: plain-text reply failed`);
      await send(slackError(ref), 'error').catch(() => undefined);
    });
  }
}
