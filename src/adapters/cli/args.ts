import { validIso } from '../../corpus/dates.ts';

export interface CliArgs {
  cmd: string;
  text: string | null;
  json: boolean;
  corpus: string | null;
  now: string | null;
  rest: Record<string, string | boolean>;
}

export class UsageError extends Error {}

/** Small hand parser: the grammar is four flags; a library would be more code than this. */
export function parseArgs(argv: string[]): CliArgs {
  const out: CliArgs = { cmd: argv[0] ?? 'start', text: null, json: false, corpus: null, now: null, rest: {} };
  const positional: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') out.json = true;
    else if (a === '--corpus' || a === '--now' || a === '--since') {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      if (a === '--corpus') out.corpus = v;
      else if (a === '--now') out.now = v;
      else out.rest.since = v;
    } else if (a === '--dry-run') out.rest.dryRun = true;
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else positional.push(a);
  }
  if (positional.length) out.text = positional.join(' ');
  if (out.now !== null && !(/^\d{4}-\d{2}-\d{2}$/.test(out.now) && validIso(out.now))) throw new UsageError(`--now takes YYYY-MM-DD, got “${out.now}”`);
  return out;
}

/** Today's date in UTC: adapters read the clock, the core never does. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
