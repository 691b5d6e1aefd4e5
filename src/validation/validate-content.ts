import { loadContent, defaultPaths, type Content, type ContentPaths } from '../lib/load-content.ts';
import { validateAnswerKeys } from './answer-keys.ts';
import { validateLessonLength, LESSON_WORD_LIMITS, type LessonLengthLimits } from './lesson-length.ts';
import { validateTypedYears } from './lesson-typed-years.ts';
import { validateReferences } from './references.ts';
import { validateUniqueIds } from './unique-ids.ts';
import { validateValueNames } from './value-names.ts';
import { validateInsertedValues } from './inserted-values.ts';
import type { Problem } from './problem.ts';

/** Settings for the rules; the defaults are the course's real standards (tests of small fixtures may relax them). */
export interface ValidationOptions {
  lessonWords?: LessonLengthLimits;
}

/** All cross-item rules over loaded content. Schema rules already ran while loading. */
export function validateContent(content: Content, options: ValidationOptions = {}): Problem[] {
  const factsById = new Map(content.facts.map((f) => [f.id, f.data]));
  return [
    ...validateUniqueIds(content),
    ...validateReferences(content),
    ...content.quizzes.flatMap((quiz) => validateAnswerKeys(quiz, factsById)),
    ...validateLessonLength(content, options.lessonWords ?? LESSON_WORD_LIMITS),
    ...validateTypedYears(content),
    ...validateValueNames(content),
    ...validateInsertedValues(content),
  ];
}

/** Loads and validates the content under `root`: every problem at once, none thrown. */
export function checkContent(root: string, paths: ContentPaths = defaultPaths, options: ValidationOptions = {}): { content: Content; problems: Problem[] } {
  const { content, problems } = loadContent(root, paths);
  return { content, problems: [...problems, ...validateContent(content, options)] };
}
