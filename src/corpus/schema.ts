import { z } from 'zod';
import { KINDS } from './types.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');

const KIND_WORDS: Record<string, (typeof KINDS)[number]> = Object.fromEntries([
  ...'news wire report article story live liveblog live-blog breaking interview q&a qa press-release release newsletter digest brief briefing transcript podcast update roundup round-up wrap wrap-up weekly week-in-review obituary obit'.split(' ').map((w) => [w, 'news']),
  ...'analysis opinion op-ed oped column editorial commentary explainer feature profile review essay blog'.split(' ').map((w) => [w, 'analysis']),
  ...'background reference bio biography wiki primer factbox timeline chronology'.split(' ').map((w) => [w, 'background']),
  ...'generated recap summary ai machine machine-generated auto auto-generated ai-generated'.split(' ').map((w) => [w, 'generated']),
]);

function kindOf(v: string): (typeof KINDS)[number] | undefined {
  return KIND_WORDS[v.trim().toLowerCase()];
}

/** Front matter of a curated article. Everything is optional (raw files infer it) but typed. */
export const frontMatterSchema = z
  .object({
    title: z.string().trim().min(1).max(500).optional(),
    source: z.string().trim().min(1).max(200).nullable().optional(),
    url: z.url().nullable().optional(),
    // YAML may hand us a Date for unquoted timestamps; normalise before validating.
    published: z.preprocess(
      (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
      isoDate.nullable().optional(),
    ),
    // A curator's usual word for the kind ("opinion", "newsletter", "interview") is read as the nearest
    // of ours; a word we do not know stays an error, reported with the file.
    kind: z.preprocess((v) => (typeof v === 'string' ? kindOf(v) ?? v : v), z.enum(KINDS).optional()),
    generated: z.boolean().optional(),
  })
  .passthrough();

export type FrontMatter = z.infer<typeof frontMatterSchema>;

const aliasEntry = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  note: z.string().optional(),
});

export const entitiesSchema = z.object({
  people: z.array(aliasEntry).default([]),
  organisations: z.array(aliasEntry).default([]),
});
export type EntitiesFile = z.infer<typeof entitiesSchema>;

const patternEntry = z.union([
  z.string().min(1),
  z.object({ re: z.string().min(1), person: z.enum(['before', 'after', 'nearest']).default('nearest') }),
]);

export const signalsSchema = z.object({
  focus: z.string().min(1),
  head: z.array(patternEntry).default([]),
  departure: z.array(patternEntry).default([]),
  responsibility: z.array(patternEntry).default([]),
  support: z.array(patternEntry).default([]),
  change: z.array(patternEntry).default([]),
  conflicts: z
    .array(
      z.object({
        topic: z.string().min(1),
        sides: z.array(z.object({ label: z.string().min(1), patterns: z.array(z.string().min(1)).min(1) })).min(2),
      }),
    )
    .default([]),
});
export type SignalsFile = z.infer<typeof signalsSchema>;

/** `topic.yaml`: what the corpus is about, and the other names users call it by. */
export const topicSchema = z.object({
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
});
export type TopicFile = z.infer<typeof topicSchema>;
