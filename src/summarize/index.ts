import { resolve } from 'node:path';
import { summarizerEnabled, type Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { loadPrompts } from './prompts.ts';
import { hintKnowledge } from './knowledge.ts';
import { Summarizer, type SummaryCache } from './summarizer.ts';
import type { Knowledge } from './supported.ts';

export { Summarizer, type SummaryResult, type SummaryStatus } from './summarizer.ts';
export { knowledgeOf } from './knowledge.ts';

/**
 * The summarizer when configured, else null (the bot then answers exactly as without it). `knowledge`
 * gives its support check the corpus's names (`() => knowledgeOf(live.get())`); by default the curated
 * aliases and subject in the corpus's entities.yaml and topic.yaml, for callers that pass none to `summarize`.
 */
export function createSummarizer(config: Config, log: Logger, cache?: SummaryCache, knowledge?: () => Knowledge | null): Summarizer | null {
  if (!summarizerEnabled(config)) return null;
  const prompts = loadPrompts(resolve(config.PROMPTS_DIR));
  log.info({ model: config.OPENAI_MODEL, baseURL: config.OPENAI_BASE_URL ?? 'OpenAI', promptVersion: prompts.version }, 'summarizer on');
  return new Summarizer({
    baseURL: config.OPENAI_BASE_URL,
    apiKey: config.OPENAI_API_KEY,
    model: config.OPENAI_MODEL,
    timeoutMs: config.SUMMARIZER_TIMEOUT_MS,
    concurrency: config.SUMMARIZER_CONCURRENCY,
    prompts,
    log,
    cache,
    knowledge: knowledge ?? hintKnowledge(resolve(config.CORPUS_DIR)),
  });
}
