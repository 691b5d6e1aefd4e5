import { z } from 'astro/zod';
import { topicIds } from './fact.ts';
import { kebabId } from './source.ts';

/** Front matter of a lesson in `lessons/<slug>.mdx`. The slug is the file name. */
export const lessonSchema = z.strictObject({
  title: z.string().min(5),
  description: z.string().min(20).max(200),
  /** Place in the course: lessons are read in this order. */
  order: z.int().positive(),
  /** What a student can do after the lesson. */
  objectives: z.array(z.string().min(10)).min(2),
  /** Facts with these topics make up the lesson's timeline. */
  topics: z.array(z.enum(topicIds)).min(1),
  /** The quiz that tests the lesson. */
  quiz: kebabId,
  /** Questions for class discussion. */
  discussion: z.array(z.string().min(10)).min(2),
});

export type LessonFrontmatter = z.infer<typeof lessonSchema>;
