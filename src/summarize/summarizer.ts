import { createHash } from 'node:crypto';
import OpenAI from 'openai';
import pLimit, { type LimitFunction } from 'p-limit';
import type { Answer, CommandName } from '../briefing/types.ts';
import type { Logger } from '../log.ts';
import { systemPromptFor, type Prompts } from './prompts.ts';
import { replyJsonSchema } from './schema.ts';
import { NO_KNOWLEDGE, type Knowledge } from './supported.ts';
import { summaryAnswer, validateReply, type Validated } from './validate.ts';

/** Commands whose answers are statements worth rewriting; help and source lists are shown as they are. */
const SUMMARIZABLE = new Set<CommandName>(['who-leads', 'changes-since', 'person', 'timeline', 'ask', 'digest']);

export type SummaryStatus = 'off' | 'ok' | `fallback:${string}`;

export interface SummaryResult {
  status: SummaryStatus;
  /** The summary when ok, else the deterministic answer it was given. */
  answer: Answer;
  /**
   * When the model replied with sentences: how many were dropped (an unknown citation number, no citation
   * left, or not supported by the excerpts they cite). Absent when there was no reply to check.
   */
  dropped?: number;
}

/** In memory, or in the state store (SQLite or PostgreSQL, shared by the replicas): each call may return a promise. */
export interface SummaryCache {
  get(key: string): string | null | Promise<string | null>;
  set(key: string, value: string): void | Promise<void>;
}

export interface SummarizerOptions {
  baseURL?: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
  concurrency: number;
  prompts: Prompts;
  log: Logger;
  cache?: SummaryCache;
  /** For tests: the SDK's fetch. */
  fetch?: typeof fetch;
  /**
   * Names and aliases for the support check when `summarize` is not handed them (see knowledge.ts:
   * `() => knowledgeOf(index)`, or `hintKnowledge(corpusDir)`); without either, names must occur as written.
   */
  knowledge?: () => Knowledge | null;
}

/** One place that builds the SDK client: chat-sized timeout, no SDK retries (the deterministic answer is the retry). */
export function createClient(o: Pick<SummarizerOptions, 'baseURL' | 'apiKey' | 'timeoutMs' | 'fetch'>): OpenAI {
  return new OpenAI({
    baseURL: o.baseURL,
    // Local OpenAI-compatible servers take any key; the SDK insists on one.
    apiKey: o.apiKey ?? 'not-needed',
    timeout: o.timeoutMs,
    maxRetries: 0,
    ...(o.fetch ? { fetch: o.fetch } : {}),
  });
}

export class Summarizer {
  readonly client: OpenAI;
  readonly model: string;
  private readonly limit: LimitFunction;
  private readonly cache: SummaryCache;
  /** Cleared the first time a server rejects json_schema; plain JSON mode from then on. */
  private schemaSupported = true;

  constructor(private readonly o: SummarizerOptions) {
    this.client = createClient(o);
    this.model = o.model;
    this.limit = pLimit(Math.max(1, o.concurrency));
    this.cache = o.cache ?? memoryCache();
  }

  get promptVersion(): string {
    return this.o.prompts.version;
  }

  cacheKey(a: Answer, corpusVersion: string): string {
    return createHash('sha256')
      .update(JSON.stringify([a.command, a.query, a.asOf, corpusVersion, this.model, this.o.prompts.version]))
      .digest('hex');
  }

  /**
   * Never throws: any failure is a fallback to the answer it was given, with the reason. Every sentence of
   * the reply is checked against the excerpts it cites (supported.ts); `knowledge` gives the check the
   * corpus's names and aliases (default: the `knowledge` option).
   */
  async summarize(a: Answer, corpusVersion: string, knowledge?: Knowledge | null): Promise<SummaryResult> {
    if (!SUMMARIZABLE.has(a.command)) return { status: 'fallback:not-summarized-command', answer: a };
    if (!a.found || !a.citations.length) return { status: 'fallback:nothing-to-summarize', answer: a };
    const k = knowledge ?? this.o.knowledge?.() ?? NO_KNOWLEDGE;
    const key = this.cacheKey(a, corpusVersion);
    const ref = key.slice(0, 12);
    const cached = await this.cache.get(key);
    if (cached) {
      const v = validateReply(cached, a, k);
      if (v.ok) {
        this.o.log.debug({ ref }, 'summarizer: cache hit');
        return { status: 'ok', answer: summaryAnswer(a, v.sentences, this.model), dropped: v.dropped.sentences };
      }
    }
    const started = Date.now();
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => {
        controller.abort();
        resolve('timeout');
      }, this.o.timeoutMs);
    });
    try {
      const raw = await Promise.race([this.limit(() => this.request(a, controller.signal)), deadline]);
      if (raw === 'timeout') return this.fallback(a, 'timeout', started);
      const v = validateReply(raw, a, k);
      if (v.dropped) this.logDropped(a, ref, v);
      if (!v.ok) {
        const r = this.fallback(a, v.reason, started, undefined, ref);
        return v.dropped ? { ...r, dropped: v.dropped.sentences } : r;
      }
      // The reply as the model gave it: a cache hit is checked again, with the same result and count.
      await this.cache.set(key, raw!);
      return { status: 'ok', answer: summaryAnswer(a, v.sentences, this.model), dropped: v.dropped.sentences };
    } catch (err) {
      return this.fallback(a, reasonOf(err, controller.signal.aborted), started, err);
    } finally {
      clearTimeout(timer);
    }
  }

  private fallback(a: Answer, reason: string, started: number, err?: unknown, ref?: string): SummaryResult {
    this.o.log.warn({ reason, ref, ms: Date.now() - started, err: err ? String(err) : undefined, model: this.model }, 'summarizer: fallback to the deterministic answer');
    return { status: `fallback:${reason}`, answer: a };
  }

  /** One line per sentence the support check dropped (with the reason), and one for unknown citation numbers. */
  private logDropped(a: Answer, ref: string, v: Validated): void {
    if (!v.dropped) return;
    const { cites, sentences, unsupported } = v.dropped;
    for (const u of unsupported) {
      this.o.log.info({ ref, command: a.command, query: a.query, sentence: u.text, cites: u.cites, reason: u.reason }, 'summarizer: dropped a sentence its cited excerpts do not support');
    }
    if (cites || sentences > unsupported.length) {
      this.o.log.info({ ref, command: a.command, dropped: { cites, sentences: sentences - unsupported.length } }, 'summarizer: dropped unsupported citations');
    }
  }

  private async request(a: Answer, signal: AbortSignal): Promise<string | null> {
    const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [
      { role: 'system', content: systemPromptFor(this.o.prompts, a.command) },
      { role: 'user', content: userMessage(a) },
    ];
    const call = (format: OpenAI.Chat.ChatCompletionCreateParams['response_format']) =>
      this.client.chat.completions.create({ model: this.model, messages, response_format: format, temperature: 0 }, { signal });
    let completion: OpenAI.Chat.ChatCompletion;
    if (this.schemaSupported) {
      try {
        completion = await call({ type: 'json_schema', json_schema: { name: 'briefing_summary', strict: true, schema: replyJsonSchema as unknown as Record<string, unknown> } });
      } catch (err) {
        if (!(err instanceof OpenAI.BadRequestError)) throw err;
        this.schemaSupported = false;
        this.o.log.info({ model: this.model }, 'summarizer: server refused json_schema; using JSON mode');
        completion = await call({ type: 'json_object' });
      }
    } else {
      completion = await call({ type: 'json_object' });
    }
    const u = completion.usage;
    this.o.log.info({ model: this.model, promptTokens: u?.prompt_tokens, completionTokens: u?.completion_tokens }, 'summarizer: tokens');
    return completion.choices[0]?.message?.content ?? null;
  }
}

/** The answer as data: the question, the deterministic draft and the numbered excerpts. */
export function userMessage(a: Answer): string {
  return JSON.stringify({
    command: a.command,
    question: a.query,
    heading: a.heading,
    draft: a.items.map((i) => ({ section: i.section, text: i.text, cites: i.cites })),
    excerpts: a.citations.map((c) => ({
      n: c.n,
      title: c.title,
      outlet: c.source ?? 'outlet unknown',
      date: c.published ?? 'undated',
      kind: c.kind === 'generated' ? 'MACHINE-GENERATED' : c.kind,
      quote: c.quote,
    })),
  });
}

/** Typed SDK errors → a short, stable reason (never the message text). */
function reasonOf(err: unknown, aborted: boolean): string {
  if (err instanceof OpenAI.APIConnectionTimeoutError || aborted) return 'timeout';
  if (err instanceof OpenAI.RateLimitError) return 'rate-limited';
  if (err instanceof OpenAI.AuthenticationError) return 'auth';
  if (err instanceof OpenAI.APIConnectionError) return 'connection';
  if (err instanceof OpenAI.APIError && err.status) return `http-${err.status}`;
  if (err instanceof SyntaxError) return 'bad-json';
  return 'error';
}

export function memoryCache(max = 500): SummaryCache {
  const m = new Map<string, string>();
  return {
    get: (k) => m.get(k) ?? null,
    set: (k, v) => {
      m.set(k, v);
      if (m.size > max) m.delete(m.keys().next().value!);
    },
  };
}
