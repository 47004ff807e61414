import type { App } from '@slack/bolt';
import { FEEDBACK_DOWN_ACTION_ID, FEEDBACK_UP_ACTION_ID, MORE_ACTION_ID, SHARE_ACTION_ID } from '../../../render/slack.ts';
import type { SlackDeps } from '../context.ts';
import { feedbackAction } from './actions/feedback.ts';
import { moreAction } from './actions/more.ts';
import { shareAction } from './actions/share.ts';
import { qwenCommand } from './commands/qwen.ts';
import { appMention } from './events/app-mention.ts';

export function registerListeners(app: App, deps: SlackDeps): void {
  app.command('/qwen', qwenCommand(deps));
  app.event('app_mention', appMention(deps));
  app.action(SHARE_ACTION_ID, shareAction(deps));
  app.action(MORE_ACTION_ID, moreAction(deps));
  app.action(FEEDBACK_UP_ACTION_ID, feedbackAction(deps));
  app.action(FEEDBACK_DOWN_ACTION_ID, feedbackAction(deps));
}
