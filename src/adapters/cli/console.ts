import { clearLine, createInterface, cursorTo } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { IndexService } from '../../serve/service.ts';
import { renderText } from '../../render/text.ts';
import { aroundTerminalLogs } from '../../log.ts';

/**
 * Local console: a prompt on a terminal, or one answer per input line when stdin is piped; ends at EOF.
 * Each line is answered by whatever index `service` serves then, so a live-reloaded one is picked up.
 */
export async function runConsole(service: IndexService, now: () => string, input: Readable, output: Writable, tty: boolean): Promise<void> {
  const rl = createInterface({ input, output: tty ? output : undefined, terminal: tty, crlfDelay: Infinity });
  if (tty) {
    output.write('qwen-brief console — type a command (help, who-leads, changes since 2026-03-01, …); Ctrl-D to quit.\n');
    rl.setPrompt('/qwen ');
    rl.prompt();
    // A log line while the prompt waits (e.g. "corpus reloaded") goes above it: clear the prompt line, log, redraw.
    aroundTerminalLogs((write) => {
      clearLine(output, 0);
      cursorTo(output, 0);
      write();
      rl.prompt(true);
    });
  }
  try {
    await answerLines(rl, service, now, output, tty);
  } finally {
    if (tty) aroundTerminalLogs(null);
  }
}

async function answerLines(rl: ReturnType<typeof createInterface>, service: IndexService, now: () => string, output: Writable, tty: boolean): Promise<void> {
  for await (const line of rl) {
    if (line.trim()) {
      let text: string;
      try {
        text = renderText(await service.answer(line, now()));
      } catch (e) {
        text = `Sorry, something went wrong answering that (${(e as Error).message}).`;
      }
      output.write(`${text}\n${tty ? '\n' : ''}`);
    }
    if (tty) rl.prompt();
  }
}
