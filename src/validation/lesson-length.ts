import type { Content } from '../lib/load-content.ts';
import type { Problem } from './problem.ts';

/** How many words of prose a lesson may have (components are not counted; see `readLessonBody`). */
export interface LessonLengthLimits {
  min: number;
  max: number;
}

/** The course's standard: enough prose to teach the topic properly, not so much that students stop reading. */
export const LESSON_WORD_LIMITS: LessonLengthLimits = { min: 1200, max: 2500 };

/** Every lesson's prose must fall within the limits, inclusive. */
export function validateLessonLength(content: Pick<Content, 'lessons'>, limits: LessonLengthLimits = LESSON_WORD_LIMITS): Problem[] {
  const problems: Problem[] = [];
  for (const lesson of content.lessons) {
    const { words } = lesson.data;
    if (words >= limits.min && words <= limits.max) continue;
    problems.push({
      file: lesson.file,
      line: lesson.line,
      item: lesson.id,
      field: '(prose)',
      expected: `between ${limits.min} and ${limits.max} words of prose, not counting components`,
      found: `${words} words (${words < limits.min ? `${limits.min - words} too few` : `${words - limits.max} too many`})`,
    });
  }
  return problems;
}
