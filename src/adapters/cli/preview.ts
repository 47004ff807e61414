// `qwen-brief preview "<query>" --slack|--discord [--html FILE]`: what /qwen would send for the query (the exact
// payload, buttons included, as JSON on stdout), and optionally a page that shows it roughly as the platform would.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { answer } from '../../briefing/answer.ts';
import type { Config } from '../../config.ts';
import { renderDiscord } from '../../render/discord.ts';
import { discordHtml, slackHtml } from '../../render/preview.ts';
import { wantsFeedback } from '../interaction.ts';
import { withButtons } from '../slack/buttons.ts';
import { isDigestCommand } from '../shared.ts';
import { indexOrFail } from './load.ts';
import { usage } from './args.ts';

/** The value the preview's buttons carry (a real answer's carry a key to its query in the state DB). */
export const PREVIEW_KEY = 's1:preview';

export async function previewCli(dir: string, text: string | null, now: string, o: { platform: 'slack' | 'discord'; html: string | null; config: Config }): Promise<number> {
  if (text === null) {
    console.error(`preview needs the text of a query\n${usage('preview')}`);
    return 2;
  }
  const index = indexOrFail(dir);
  if (!index) return 2;
  const a = answer(index, text, now);
  const asked = `/qwen ${text}`;
  let payload: unknown;
  let page: string;
  if (o.platform === 'slack') {
    const ephemeral = isDigestCommand(text) || o.config.SLACK_RESPONSE_TYPE === 'ephemeral';
    const m = withButtons(PREVIEW_KEY, { share: ephemeral && !isDigestCommand(text), asked })(a);
    payload = { response_type: ephemeral ? 'ephemeral' : 'in_channel', ...m };
    page = slackHtml(m, `qwen-brief — Slack preview of ${asked}`);
  } else {
    const ms = renderDiscord(a, { asked, feedback: wantsFeedback(a) ? PREVIEW_KEY : null });
    payload = ms.map((m) => ({ content: m.content, embeds: m.embeds, allowed_mentions: { parse: [], replied_user: false }, ...(m.components ? { components: m.components } : {}) }));
    page = discordHtml(ms, `qwen-brief — Discord preview of ${asked}`);
  }
  console.log(JSON.stringify(payload, null, 2));
  if (o.html) {
    const file = resolve(o.html);
    writeFileSync(file, page);
    console.error(`wrote ${file}`);
  }
  return 0;
}
