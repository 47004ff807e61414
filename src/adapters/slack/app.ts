import type { Server } from 'node:http';
import { App, LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Config } from '../../config.ts';
import type { Logger } from '../../log.ts';
import { SeenKeys, type CoreDeps } from '../shared.ts';
import { registerListeners } from './listeners/index.ts';

export interface SlackAppOptions extends CoreDeps {
  config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_APP_TOKEN' | 'SLACK_RESPONSE_TYPE' | 'SLACK_API_URL' | 'PORT'>;
  /** Web API retries; Slack's client retries generously by default, tests want none. */
  retries?: number;
  version: string;
}

/** Bolt's logger interface over pino. */
function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  return {
    debug: (...m: unknown[]) => log.debug({ bolt: m.map(String).join(' ') }),
    info: (...m: unknown[]) => log.info({ bolt: m.map(String).join(' ') }),
    warn: (...m: unknown[]) => log.warn({ bolt: m.map(String).join(' ') }),
    error: (...m: unknown[]) => log.error({ bolt: m.map(String).join(' ') }),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

export interface RunningSlack {
  app: App;
  port: number | null;
  stop: () => Promise<void>;
}

/** Builds and starts the Bolt app: HTTP receiver on PORT by default, Socket Mode when an app token is set. */
export async function startSlack(opts: SlackAppOptions): Promise<RunningSlack> {
  const { config, log } = opts;
  const socketMode = Boolean(config.SLACK_APP_TOKEN);
  const healthz = {
    path: '/healthz',
    method: ['GET'],
    handler: (_req: unknown, res: import('node:http').ServerResponse) => {
      const index = opts.getIndex();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, docs: index.docs.length, corpusVersion: index.version, version: opts.version }));
    },
  };
  const app = new App({
    token: config.SLACK_BOT_TOKEN,
    signingSecret: config.SLACK_SIGNING_SECRET,
    appToken: config.SLACK_APP_TOKEN,
    socketMode,
    port: config.PORT,
    customRoutes: [healthz],
    deferInitialization: true,
    logger: boltLogger(log.child({ surface: 'slack' })),
    clientOptions: {
      ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
      ...(opts.retries !== undefined ? { retryConfig: { retries: opts.retries } } : {}),
    },
  });
  registerListeners(app, { ...opts, responseType: config.SLACK_RESPONSE_TYPE, seen: new SeenKeys() });
  app.error(async (err) => {
    log.error({ err: String(err) }, 'slack: unhandled error');
  });
  await app.init();
  const started = (await app.start(config.PORT)) as unknown;
  const server = !socketMode ? (started as Server) : null;
  const address = server?.address();
  const port = address && typeof address === 'object' ? address.port : null;
  log.info({ mode: socketMode ? 'socket' : 'http', port }, 'slack: started');
  return { app, port, stop: () => app.stop() as Promise<void> };
}
