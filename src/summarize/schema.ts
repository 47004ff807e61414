import { z } from 'zod';

export const MAX_SENTENCES = 8;
export const MAX_SENTENCE_CHARS = 600;

/** What the model must return. Anything else is "bad-shape". */
export const replySchema = z.object({
  sentences: z
    .array(
      z.object({
        text: z.string().trim().min(1).max(MAX_SENTENCE_CHARS),
        cites: z.array(z.number().int()).max(20),
      }),
    )
    .max(MAX_SENTENCES * 2),
});
export type Reply = z.infer<typeof replySchema>;

/** The same shape as a JSON schema, for servers that support structured output. */
export const replyJsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['sentences'],
  properties: {
    sentences: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['text', 'cites'],
        properties: { text: { type: 'string' }, cites: { type: 'array', items: { type: 'integer' } } },
      },
    },
  },
} as const;
