// A fake OpenAI-compatible chat completions server on 127.0.0.1, scripted per request.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRecorder } from './recorder.ts';

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: { type: string };
}

/** What the next request gets. `content` becomes the assistant message; `raw` is sent as the body verbatim. */
export interface Reply {
  status?: number;
  content?: string;
  raw?: string;
  delayMs?: number;
  /** Close the socket without answering (a dropped connection). */
  drop?: boolean;
}

export interface FakeOpenAI {
  baseURL: string;
  requests: ChatRequest[];
  /** Replies for the next requests, consumed in order; then `fallback`. */
  script: ((req: ChatRequest) => Reply)[];
  fallback: (req: ChatRequest) => Reply;
  waitFor: (pred: (r: ChatRequest) => boolean, timeoutMs?: number) => Promise<ChatRequest>;
  close: () => Promise<void>;
}

/** The excerpts the bot sent, read back from its user message. */
export function excerptsOf(req: ChatRequest): { n: number; quote: string }[] {
  const user = req.messages.find((m) => m.role === 'user');
  return user ? JSON.parse(user.content).excerpts : [];
}

/** A well-behaved model: one sentence per draft item, citing what the draft cites. */
export function goodSummary(req: ChatRequest): Reply {
  const draft = JSON.parse(req.messages.find((m) => m.role === 'user')!.content).draft as { text: string; cites: number[] }[];
  return { content: JSON.stringify({ sentences: draft.slice(0, 3).map((d) => ({ text: `Summary: ${d.text}`, cites: d.cites })) }) };
}

/**
 * Claims no excerpt of the seed corpus makes (issue 15): the three seen in the wild, then the same in bars
 * form — a date, an amount, a person, an event.
 */
export const INVENTED_CLAIMS = [
  'Lin Junyang was reinstated as head of Qwen on May 1, 2026.',
  'Alibaba paid $3 billion to restructure the Qwen team.',
  'Jack Ma personally approved every change to the Qwen team.',
  'Zhou Jingren took over the Qwen team on 30 June 2026.',
  'The reorganisation cost Alibaba 2.5 billion yuan.',
  'Sam Altman advised Alibaba on the Qwen leadership change.',
  'Alibaba sold the Qwen team to Tencent.',
];
/** Words that only the invented claims contain: none may reach a user. */
export const INVENTED_MARKERS = ['reinstated', '$3 billion', 'Jack Ma', '30 June 2026', '2.5 billion yuan', 'Sam Altman', 'sold the Qwen team'];

/**
 * The model of issue 15: valid citation numbers for invented claims (each citing the first excerpt, or every
 * excerpt with `citeAll`), and with `faithful` also one true sentence (the first excerpt's own words).
 */
export function lyingSummary(opts: { faithful?: boolean; citeAll?: boolean } = {}) {
  return (req: ChatRequest): Reply => {
    const ex = excerptsOf(req);
    const cites = opts.citeAll ? ex.map((e) => e.n) : [ex[0].n];
    const sentences = INVENTED_CLAIMS.map((text) => ({ text, cites }));
    if (opts.faithful) sentences.splice(1, 0, { text: ex[0].quote, cites: [ex[0].n] });
    return { content: JSON.stringify({ sentences }) };
  };
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const rec = createRecorder<ChatRequest>('fake openai', 5000);
  const fake: FakeOpenAI = {
    baseURL: '',
    requests: rec.calls,
    script: [],
    fallback: goodSummary,
    waitFor: rec.waitFor,
    close: async () => undefined,
  };
  const send = (res: ServerResponse, req: ChatRequest, r: Reply) => {
    if (r.drop) {
      res.socket?.destroy();
      return;
    }
    const status = r.status ?? 200;
    const body =
      r.raw ??
      (status === 200
        ? JSON.stringify({
            id: 'chatcmpl-fake', object: 'chat.completion', created: 0, model: req.model,
            choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: r.content ?? '' } }],
            usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
          })
        : JSON.stringify({ error: { message: `fake error ${status}`, type: 'server_error' } }));
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body);
  };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404).end();
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
    rec.record(body);
    const reply = (fake.script.shift() ?? fake.fallback)(body);
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    if (!res.destroyed) send(res, body, reply);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  fake.baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  fake.close = () =>
    new Promise((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return fake;
}
