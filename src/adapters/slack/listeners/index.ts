import type { App } from '@slack/bolt';
import { SHARE_ACTION_ID } from '../../../render/slack.ts';
import type { SlackDeps } from '../context.ts';
import { shareAction } from './actions/share.ts';
import { qwenCommand } from './commands/qwen.ts';
import { appMention } from './events/app-mention.ts';

export function registerListeners(app: App, deps: SlackDeps): void {
  app.command('/qwen', qwenCommand(deps));
  app.event('app_mention', appMention(deps));
  app.action(SHARE_ACTION_ID, shareAction(deps));
}
