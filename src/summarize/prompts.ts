import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Prompts {
  system: string;
  /** Extra instructions per command, from prompts/commands/<command>.txt. */
  commands: Record<string, string>;
  /** Hash of every prompt text: part of the summary cache key. */
  version: string;
}

/** Reads prompts/ once at start. A missing system prompt is a configuration error, named. */
export function loadPrompts(dir: string): Prompts {
  const systemPath = join(dir, 'system.txt');
  if (!existsSync(systemPath)) throw new Error(`summarizer: prompt file missing: ${systemPath}`);
  const system = readFileSync(systemPath, 'utf8').trim();
  const commands: Record<string, string> = {};
  const cmdDir = join(dir, 'commands');
  if (existsSync(cmdDir)) {
    for (const f of readdirSync(cmdDir).sort()) {
      if (f.endsWith('.txt')) commands[f.slice(0, -4)] = readFileSync(join(cmdDir, f), 'utf8').trim();
    }
  }
  const version = createHash('sha256').update(JSON.stringify([system, commands])).digest('hex').slice(0, 12);
  return { system, commands, version };
}

export function systemPromptFor(p: Prompts, command: string): string {
  const extra = p.commands[command];
  return extra ? `${p.system}\n\nFor this command:\n${extra}` : p.system;
}
