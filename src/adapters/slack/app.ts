import type { Server } from 'node:http';
import { App } from '@slack/bolt';
import type { Config } from '../../config.ts';
import type { StateStore } from '../../state/store.ts';
import { InFlight } from '../inflight.ts';
import { SeenKeys, type CoreDeps } from '../shared.ts';
import { SHUTDOWN_GRACE_MS, untilDeadline } from '../shutdown.ts';
import { storeStatus } from '../state.ts';
import { slackClientOptions, slackLogger } from './client-options.ts';
import { registerListeners } from './listeners/index.ts';
import { shareStore } from './shares.ts';
import { feedbackStore } from '../../state/feedback.ts';

export interface SlackAppOptions extends CoreDeps {
  config: Pick<Config, 'SLACK_BOT_TOKEN' | 'SLACK_SIGNING_SECRET' | 'SLACK_APP_TOKEN' | 'SLACK_RESPONSE_TYPE' | 'SLACK_API_URL' | 'PORT'>;
  /** Web API retries (default: a few, quickly; see client-options.ts); tests want none. */
  retries?: number;
  /** Web API and response_url timeout, ms (default SLACK_TIMEOUT_MS). */
  timeoutMs?: number;
  version: string;
  /** Where share buttons keep their answers; null/absent → this process's memory. /healthz reports it. */
  state?: StateStore | null;
}

export interface RunningSlack {
  app: App;
  port: number | null;
  /**
   * Stops accepting, waits for the requests in flight until `deadlineAt` (ms since the epoch), then closes
   * every connection still open (a stalled or half-sent request included).
   */
  stop: (deadlineAt?: number) => Promise<void>;
}

/** Builds and starts the Bolt app: HTTP receiver on PORT by default, Socket Mode when an app token is set. */
export async function startSlack(opts: SlackAppOptions): Promise<RunningSlack> {
  const { config, log } = opts;
  const socketMode = Boolean(config.SLACK_APP_TOKEN);
  const healthz = {
    path: '/healthz',
    method: ['GET'],
    handler: async (_req: unknown, res: import('node:http').ServerResponse) => {
      const index = opts.index.info();
      // The bot answers without its state store, so a store that is down does not make this replica unhealthy:
      // `database.ok` says it (an alert, not a reason to take the replica out of the load balancer).
      const database = opts.state ? await storeStatus(opts.state) : undefined;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, docs: index.docs, corpusVersion: index.version, version: opts.version, ...(database ? { database } : {}) }));
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
    logger: slackLogger(log.child({ surface: 'slack' })),
    clientOptions: slackClientOptions(config, { retries: opts.retries, timeoutMs: opts.timeoutMs }),
  });
  // Every request from the listeners' start to their end, so shutdown can let them finish.
  const inFlight = new InFlight();
  app.use(async ({ next }) => {
    await inFlight.track(next());
  });
  registerListeners(app, { ...opts, responseType: config.SLACK_RESPONSE_TYPE, seen: opts.dedup ?? new SeenKeys(), shares: shareStore(opts.state, log), feedback: feedbackStore(opts.state, log) });
  app.error(async (err) => {
    log.error({ err: String(err) }, 'slack: unhandled error');
  });
  await app.init();
  const started = (await app.start(config.PORT)) as unknown;
  const server = !socketMode ? (started as Server) : null;
  const address = server?.address();
  const port = address && typeof address === 'object' ? address.port : null;
  log.info({ mode: socketMode ? 'socket' : 'http', port }, 'slack: started');

  let stopping: Promise<void> | null = null;
  const stop = async (deadlineAt: number): Promise<void> => {
    // HTTP: the server stops listening, but Node's close waits for every open connection to end.
    const closed = (app.stop() as Promise<void>).catch((err) => log.warn({ err: String(err) }, 'slack: stop failed'));
    if (!server) {
      await closed;
      await inFlight.idle(deadlineAt);
      return;
    }
    // Idle keep-alive connections go now, and each as its request finishes; a request still unsent or
    // unanswered at the deadline (a stalled client) is cut then.
    server.closeIdleConnections();
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    const drained = await inFlight.idle(deadlineAt);
    const ended = await untilDeadline(closed, deadlineAt);
    clearInterval(sweep);
    if (!drained || !ended) {
      log.warn({ inFlight: inFlight.size }, 'slack: shutdown deadline reached; closing the connections still open');
      server.closeAllConnections();
      await untilDeadline(closed, Date.now() + 1000);
    }
  };
  return { app, port, stop: (deadlineAt = Date.now() + SHUTDOWN_GRACE_MS) => (stopping ??= stop(deadlineAt)) };
}
