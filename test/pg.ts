// A throwaway PostgreSQL cluster for the tests that need a real server: initdb into a temp dir (as the `postgres`
// user when the tests run as root, since PostgreSQL refuses to run as root), trust auth on 127.0.0.1, a free
// loopback port, stopped and deleted afterwards. Binaries: /usr/lib/postgresql/<newest>/bin (Debian's
// `postgresql` package), else initdb/pg_ctl on PATH.
//
// Without PostgreSQL the tests that need it are skipped, saying so; with QWEN_REQUIRE_POSTGRES=1 (set by
// .ci/run) a missing PostgreSQL fails them instead.
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './ports.ts';

const run = promisify(execFile);

export const PG_REQUIRED = process.env.QWEN_REQUIRE_POSTGRES === '1';

/** The directory holding initdb, pg_ctl and postgres, or null. */
export function findPostgresBin(): string | null {
  // QWEN_TEST_PG_BIN: a directory to use instead, or "none" to run as if PostgreSQL were not installed.
  const forced = process.env.QWEN_TEST_PG_BIN;
  if (forced) return forced === 'none' ? null : forced;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(root, versions[0], 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  return null;
}

export const PG_BIN = findPostgresBin();

/** Why the PostgreSQL tests are skipped (null: they run). Throws when CI requires them and there is no PostgreSQL. */
export function pgSkipReason(): string | null {
  if (PG_BIN) return null;
  const why = 'PostgreSQL not found (no initdb under /usr/lib/postgresql/*/bin or on PATH; apt-get install postgresql)';
  if (PG_REQUIRED) throw new Error(`${why}, and QWEN_REQUIRE_POSTGRES=1 requires it`);
  console.warn(`${why}: the PostgreSQL tests are skipped`);
  return why;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

export interface TestPostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  /** A URL for a database of this name (see createDatabase). */
  urlFor: (db: string) => string;
  createDatabase: (name: string) => Promise<string>;
  /** Runs SQL through psql against a database (default postgres); returns stdout (unaligned, tuples only). */
  psql: (sql: string, db?: string) => Promise<string>;
  /** pg_ctl stop (fast) / start again on the same port and data. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  /** Stops the server and deletes its files. */
  destroy: () => Promise<void>;
}

/** initdb + pg_ctl start on a free loopback port; the cluster lives until destroy(). */
export async function startTestPostgres(): Promise<TestPostgres> {
  const bin = PG_BIN;
  if (!bin) throw new Error('PostgreSQL not found');
  const base = mkdtempSync(join(tmpdir(), 'qwen-pg-'));
  const data = join(base, 'data');
  const logFile = join(base, 'server.log');
  const asPg = isRoot();
  if (asPg) chownSync(base, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), Number(execFileSync('id', ['-g', 'postgres']).toString().trim()));
  // As root: run the server tools as the `postgres` user.
  const pgCmd = (tool: string, args: string[]) => (asPg ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args]) as [string, string[]];
  const exec = async (tool: string, args: string[], timeout = 60_000) => {
    const [cmd, a] = pgCmd(tool, args);
    try {
      return (await run(cmd, a, { timeout, env: { ...process.env, LC_ALL: 'C', LANG: 'C' } })).stdout;
    } catch (err) {
      const server = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : '';
      throw new Error(`${tool} failed: ${String((err as { stderr?: string }).stderr || err)}${server ? `\nserver log:\n${server}` : ''}`);
    }
  };
  await exec('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  let port = 0;
  const startServer = async () => {
    const opts = `-p ${port} -k ${base} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100`;
    await exec('pg_ctl', ['-D', data, '-l', logFile, '-o', opts, '-w', '-t', '60', 'start']);
  };
  // A port free a moment ago may be taken by the time the server binds it: try a few.
  for (let attempt = 0; ; attempt++) {
    port = await freePort();
    try {
      await startServer();
      break;
    } catch (err) {
      if (attempt >= 2) {
        rmSync(base, { recursive: true, force: true });
        throw err;
      }
    }
  }
  const urlFor = (db: string) => `postgres://postgres@127.0.0.1:${port}/${db}`;
  let running = true;
  const psql = async (sql: string, db = 'postgres') =>
    (await run(join(bin, 'psql'), ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-d', urlFor(db), '-c', sql], { timeout: 30_000 })).stdout.trim();
  return {
    url: urlFor('postgres'),
    port,
    urlFor,
    psql,
    createDatabase: async (name) => {
      await psql(`CREATE DATABASE "${name}"`);
      return urlFor(name);
    },
    stop: async () => {
      if (!running) return;
      await exec('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
      running = false;
    },
    start: async () => {
      if (running) return;
      await startServer();
      running = true;
    },
    destroy: async () => {
      if (running) await exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', '-t', '60', 'stop']).catch(() => undefined);
      running = false;
      rmSync(base, { recursive: true, force: true });
    },
  };
}
