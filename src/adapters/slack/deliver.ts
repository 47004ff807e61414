import type { Answer } from '../../briefing/types.ts';
import { fallbackText, slackError, type SlackMessage } from '../../render/slack.ts';
import { isTimeout } from './client-options.ts';
import { newRef, safeAnswer, stageSummary, type CoreDeps, type RequestContext } from '../shared.ts';

/** Sends one message by the handler's transport; `kind` lets it pick visibility for errors. */
export type SlackSend = (message: { text: string; blocks?: SlackMessage['blocks'] }, kind: 'answer' | 'error') => Promise<unknown>;
/** Replaces the message `send` returned (`sent`) with the late summary. */
export type SlackReplace = (message: { text: string; blocks?: SlackMessage['blocks'] }, sent: unknown) => Promise<unknown>;

/**
 * Never silence: a core failure gets its reference id; blocks Slack rejects are retried as plain text;
 * if that fails too, or Slack does not answer in time, the user gets a reference id, and the log has the
 * detail under it.
 */
export async function deliverAnswer(
  deps: CoreDeps,
  text: string,
  render: (a: Answer) => SlackMessage,
  send: SlackSend,
  where: string,
  replace?: SlackReplace,
  ctx: RequestContext = {},
): Promise<void> {
  const { log } = deps;
  const result = await safeAnswer(deps, text, where, ctx);
  if (!result.ok) {
    await send(slackError(result.ref), 'error').catch((err) => log.error({ ref: result.ref, err: String(err) }, `${where}: error reply failed`));
    return;
  }
  const staged = await stageSummary(deps, result.answer);
  let sent: unknown;
  try {
    sent = await send(render(staged.answer), 'answer');
  } catch (err) {
    const ref = newRef();
    if (isTimeout(err)) {
      // Slack did not answer in time: the reply may still arrive, so it is not sent again; the user gets the reference.
      log.error({ ref, err: String(err) }, `${where}: reply timed out`);
      await send(slackError(ref), 'error').catch((err2) => log.error({ ref, err: String(err2) }, `${where}: error reply failed`));
      return;
    }
    log.warn({ ref, err: String(err) }, `${where}: reply with blocks failed; sending plain text`);
    sent = await send({ text: fallbackText(staged.answer) }, 'answer').catch(async (err2) => {
      log.error({ ref, err: String(err2) }, `${where}: plain-text reply failed`);
      await send(slackError(ref), 'error').catch(() => undefined);
      return undefined;
    });
  }
  // The summary arrived after the budget: swap it in for the deterministic answer already shown.
  if (staged.later && replace && sent !== undefined) {
    const summary = await staged.later;
    if (summary) await replace(render(summary), sent).catch((err) => log.warn({ err: String(err) }, `${where}: replacing with the summary failed; the deterministic answer stays`));
  }
}
