// A fake Slack Web API and response_url sink on 127.0.0.1, recording every call.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRecorder } from './recorder.ts';

export interface SlackCall {
  path: string;
  body: Record<string, unknown>;
}

export interface SlackFault {
  delayMs?: number;
  status?: number;
  drop?: boolean;
  hang?: boolean;
}

export interface FakeSlack {
  url: string; // base, e.g. http://127.0.0.1:1234
  apiUrl: string; // for SLACK_API_URL
  calls: SlackCall[];
  /** Next answers for a Web API method (consumed in order), else {ok:true}. */
  script: Map<string, Record<string, unknown>[]>;
  /**
   * Faults per Web API method or response_url path (consumed in order): wait first, answer with an HTTP status,
   * drop the connection, or hang (recorded, never answered until close).
   */
  faults: Map<string, SlackFault[]>;
  /** Paths of requests as they arrive (before any fault delay): what is in flight. */
  started: string[];
  waitFor: (pred: (c: SlackCall) => boolean, timeoutMs?: number) => Promise<SlackCall>;
  close: () => Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (!raw) return {};
  if ((req.headers['content-type'] ?? '').includes('json')) return JSON.parse(raw);
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    try {
      out[k] = k === 'blocks' ? JSON.parse(v) : v;
    } catch {
      out[k] = v;
    }
  }
  return out;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const rec = createRecorder<SlackCall>('fake slack', 5000);
  const script = new Map<string, Record<string, unknown>[]>();
  const faults = new Map<string, SlackFault[]>();
  const started: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const path = (req.url ?? '').split('?')[0];
    const call = { path, body };
    const method = path.replace(/^\/api\//, '');
    started.push(path);
    const fault = faults.get(method)?.shift();
    if (fault?.hang) {
      rec.record(call);
      return;
    }
    if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
    rec.record(call);
    if (fault?.drop) {
      res.socket?.destroy();
      return;
    }
    if (fault?.status) {
      res.writeHead(fault.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: 'fake_fault' }));
      return;
    }
    let reply: Record<string, unknown> = { ok: true };
    if (method === 'auth.test') reply = { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'qwen-brief' };
    else if (method === 'chat.postMessage') reply = { ok: true, channel: body.channel, ts: `${Date.now() / 1000}` };
    const next = script.get(method)?.shift();
    if (next) reply = next;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    apiUrl: `${url}/api/`,
    calls: rec.calls,
    script,
    faults,
    started,
    waitFor: rec.waitFor,
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** POSTs a signed request to the bot, as Slack would. */
export async function postSigned(
  url: string,
  secret: string,
  body: string,
  contentType: string,
  opts: { timestamp?: number; badSignature?: boolean; retryNum?: number } = {},
): Promise<Response> {
  const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': opts.badSignature ? sign('wrong-secret', ts, body) : sign(secret, ts, body),
  };
  if (opts.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(opts.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  return fetch(url, { method: 'POST', headers, body });
}

export function slashBody(fake: FakeSlack, text: string, trigger: string, extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: 'legacy', team_id: 'T1', team_domain: 'acme', channel_id: 'C1', channel_name: 'general', user_id: 'U1', user_name: 'ann',
    command: '/qwen', text, api_app_id: 'A1', response_url: `${fake.url}/respond/${trigger}`, trigger_id: trigger, ...extra,
  }).toString();
}
