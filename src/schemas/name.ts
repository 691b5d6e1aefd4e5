import { z } from 'astro/zod';

export const nameKinds = ['state', 'city', 'region', 'border', 'site', 'organisation', 'person', 'group', 'armed group'] as const;

/**
 * One name that a fact's value uses (an actor or a place), as written in the values, with what English prose needs
 * to insert it. `article: the` makes a list read "the United States, France and the United Kingdom".
 */
export const nameSchema = z.strictObject({
  name: z.string().min(1),
  kind: z.enum(nameKinds),
  article: z.literal('the').optional(),
});

export type NameEntry = z.infer<typeof nameSchema>;
