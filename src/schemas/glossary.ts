import { z } from 'astro/zod';
import { kebabId } from './source.ts';

/** A key term, defined in the project's own words; lessons link to it with <Term id="…">. */
export const glossarySchema = z.strictObject({
  id: kebabId,
  term: z.string().min(1),
  definition: z.string().min(20),
  /** Facts that illustrate the term. */
  facts: z.array(kebabId).optional(),
  /** Related glossary ids. */
  seeAlso: z.array(kebabId).optional(),
});

export type GlossaryTerm = z.infer<typeof glossarySchema>;
