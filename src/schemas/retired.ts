import { z } from 'astro/zod';
import { kebabId } from './source.ts';

/**
 * A question withdrawn from the quizzes (`src/data/retired-questions.yaml`). Assignment links and result codes
 * already handed out may still name it, so its id is never used again, and the teacher and student pages say why
 * it is missing.
 */
export const retiredQuestionSchema = z.strictObject({
  id: kebabId,
  /** The quiz it was withdrawn from. */
  quiz: kebabId,
  /** Why, in a sentence a teacher can read. */
  reason: z.string().min(10),
});

export type RetiredQuestion = z.infer<typeof retiredQuestionSchema>;
