import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { answer } from '../../briefing/answer.ts';
import type { BriefIndex } from '../../index/build.ts';
import { renderText } from '../../render/text.ts';

/**
 * Local console: a prompt on a terminal, or one answer per input line when stdin is piped; ends at EOF.
 * `getIndex` is called per line so a live-reloaded index is picked up.
 */
export async function runConsole(getIndex: () => BriefIndex, now: () => string, input: Readable, output: Writable, tty: boolean): Promise<void> {
  const rl = createInterface({ input, output: tty ? output : undefined, terminal: tty, crlfDelay: Infinity });
  if (tty) {
    output.write('qwen-brief console — type a command (help, who-leads, changes since 2026-03-01, …); Ctrl-D to quit.\n');
    rl.setPrompt('/qwen ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (line.trim()) {
      let text: string;
      try {
        text = renderText(answer(getIndex(), line, now()));
      } catch (e) {
        text = `Sorry, something went wrong answering that (${(e as Error).message}).`;
      }
      output.write(`${text}\n${tty ? '\n' : ''}`);
    }
    if (tty) rl.prompt();
  }
}
