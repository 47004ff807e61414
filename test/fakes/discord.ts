// A fake Discord on 127.0.0.1: REST (/api/v10/...) and a JSON gateway WebSocket on the same port.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRecorder } from './recorder.ts';
import { WebSocketServer, type WebSocket } from 'ws';

export const BOT_ID = '100000000000000001';
export const APP_ID = '100000000000000002';
export const GUILD_ID = '200000000000000001';
export const CHANNEL_ID = '300000000000000001';
export const DM_ID = '300000000000000009';

export interface RestCall {
  method: string;
  path: string;
  body: Record<string, unknown> | null;
  at: number;
}

interface Scripted {
  status: number;
  /** Wait before answering; with `drop`, close the connection instead of answering. */
  delayMs?: number;
  drop?: boolean;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface FakeDiscord {
  apiUrl: string;
  calls: RestCall[];
  /** Queue non-default answers for requests matching "METHOD /path-regex". */
  script: { match: RegExp; method: string; replies: Scripted[] }[];
  dispatch: (t: string, d: unknown) => void;
  identified: Promise<void>;
  waitFor: (pred: (c: RestCall) => boolean, timeoutMs?: number) => Promise<RestCall>;
  close: () => Promise<void>;
}

const user = (id: string, name: string, bot = false) => ({ id, username: name, discriminator: '0', global_name: name, avatar: null, bot });

function messageObject(channelId: string, body: Record<string, unknown> | null, id: string) {
  return {
    id, channel_id: channelId, author: user(BOT_ID, 'qwen-brief', true), content: body?.content ?? '', timestamp: new Date().toISOString(),
    edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: body?.embeds ?? [],
    pinned: false, type: 0, flags: 0,
  };
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const rec = createRecorder<RestCall>('fake discord', 8000);
  const script: FakeDiscord['script'] = [];
  let seq = 0;
  let nextId = 900000000000000000n;
  const sockets = new Set<WebSocket>();
  let onIdentify!: () => void;
  const identified = new Promise<void>((r) => (onIdentify = r));

  const server: Server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const path = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\/api\/v10/, '');
    const method = req.method ?? 'GET';
    const call: RestCall = { method, path, body: raw ? JSON.parse(raw) : null, at: Date.now() };
    rec.record(call);
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      // Like Discord: a 204 has no body and no content type.
      res.writeHead(status, body === undefined ? headers : { 'content-type': 'application/json', ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    const scripted = script.find((s) => s.method === method && s.match.test(path) && s.replies.length);
    if (scripted) {
      const r = scripted.replies.shift()!;
      if (r.delayMs) await new Promise((ok) => setTimeout(ok, r.delayMs));
      if (r.drop) return void res.socket?.destroy();
      return send(r.status, r.body, r.headers);
    }
    const id = String(nextId++);
    if (method === 'GET' && path === '/gateway/bot') {
      const { port } = server.address() as AddressInfo;
      return send(200, { url: `ws://127.0.0.1:${port}`, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } });
    }
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return send(200, ((call.body as unknown as unknown[]) ?? []).map((c) => ({ ...(c as object), id, application_id: APP_ID, version: '1', type: 1 })));
    }
    let m = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === 'POST' && m) return send(200, messageObject(m[1], call.body, id));
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return send(204);
    if (method === 'POST' && /^\/channels\/\d+\/typing$/.test(path)) return send(204);
    m = /^\/webhooks\/\d+\/[^/]+(?:\/messages\/@original)?$/.exec(path);
    if (m && (method === 'PATCH' || method === 'POST')) return send(200, messageObject(CHANNEL_ID, call.body, id));
    send(404, { message: 'Unknown route in fake', code: 0 });
  });

  const wss = new WebSocketServer({ server });
  wss.on('connection', (ws) => {
    sockets.add(ws);
    const out = (op: number, d: unknown, t: string | null = null) => ws.send(JSON.stringify({ op, d, s: t ? ++seq : null, t }));
    out(10, { heartbeat_interval: 41250 });
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data));
      if (msg.op === 1) out(11, null);
      if (msg.op === 2) {
        const { port } = server.address() as AddressInfo;
        out(0, {
          v: 10, user: { ...user(BOT_ID, 'qwen-brief', true), verified: true, flags: 0, mfa_enabled: false }, guilds: [{ id: GUILD_ID, unavailable: true }],
          session_id: 'fake-session', resume_gateway_url: `ws://127.0.0.1:${port}`, shard: [0, 1], application: { id: APP_ID, flags: 0 },
        }, 'READY');
        out(0, {
          id: GUILD_ID, name: 'Test Guild', icon: null, owner_id: '1', afk_timeout: 300, verification_level: 0, default_message_notifications: 0,
          explicit_content_filter: 0, mfa_level: 0, nsfw_level: 0, premium_tier: 0, system_channel_flags: 0, preferred_locale: 'en-US', features: [],
          roles: [{ id: GUILD_ID, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
          emojis: [], stickers: [], channels: [{ id: CHANNEL_ID, type: 0, name: 'general', position: 0, permission_overwrites: [], guild_id: GUILD_ID }],
          members: [], member_count: 2, large: false, unavailable: false, joined_at: new Date().toISOString(), voice_states: [], presences: [],
          threads: [], stage_instances: [], guild_scheduled_events: [],
        }, 'GUILD_CREATE');
        onIdentify();
      }
    });
    ws.on('close', () => sockets.delete(ws));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    calls: rec.calls,
    script,
    identified,
    dispatch: (t, d) => {
      for (const ws of sockets) ws.send(JSON.stringify({ op: 0, t, s: ++seq, d }));
    },
    waitFor: rec.waitFor,
    close: async () => {
      for (const ws of sockets) ws.terminate();
      wss.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

let msgSeq = 500000000000000000n;
/** A MESSAGE_CREATE payload from a user (or bot) in a guild channel or a DM. */
export function messageCreate(content: string, opts: { dm?: boolean; bot?: boolean; mentionsBot?: boolean; everyone?: boolean; roles?: string[] } = {}) {
  const author = user(opts.bot ? '400000000000000002' : '400000000000000001', opts.bot ? 'otherbot' : 'ann', opts.bot);
  return {
    id: String(msgSeq++), channel_id: opts.dm ? DM_ID : CHANNEL_ID, channel_type: opts.dm ? 1 : 0, ...(opts.dm ? {} : { guild_id: GUILD_ID, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } }),
    author, content, timestamp: new Date().toISOString(), edited_timestamp: null, tts: false,
    mention_everyone: Boolean(opts.everyone), mentions: opts.mentionsBot ? [user(BOT_ID, 'qwen-brief', true)] : [], mention_roles: opts.roles ?? [],
    attachments: [], embeds: [], pinned: false, type: 0, flags: 0,
  };
}

export function slashInteraction(id: string, query: string) {
  return {
    id, application_id: APP_ID, type: 2, token: `tok-${id}`, version: 1, guild_id: GUILD_ID, channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, name: 'general', guild_id: GUILD_ID, permissions: '0' },
    member: { user: user('400000000000000001', 'ann'), roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, permissions: '0' },
    data: { id: '600000000000000001', name: 'qwen', type: 1, options: [{ name: 'query', type: 3, value: query }] },
    app_permissions: '0', locale: 'en-US', guild_locale: 'en-US', entitlements: [], authorizing_integration_owners: {}, context: 0,
  };
}

/** A button click (MESSAGE_COMPONENT interaction) on one of the bot's messages in the guild channel. */
export function buttonInteraction(id: string, customId: string, userId = '400000000000000001') {
  return {
    id, application_id: APP_ID, type: 3, token: `tok-${id}`, version: 1, guild_id: GUILD_ID, channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, name: 'general', guild_id: GUILD_ID, permissions: '0' },
    member: { user: user(userId, 'ann'), roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, permissions: '0' },
    message: { ...messageObject(CHANNEL_ID, { content: 'answer' }, '900000000000000999'), components: [] },
    data: { custom_id: customId, component_type: 2 },
    app_permissions: '0', locale: 'en-US', guild_locale: 'en-US', entitlements: [], authorizing_integration_owners: {}, context: 0,
  };
}
