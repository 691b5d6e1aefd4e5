// Explanations that name no choice by its place: choices are shuffled for each student (src/quiz/shuffle.ts), so
// "the first distractor" points at a different choice on every screen, and "distractor" is quiz-maker's jargon.
import { questionLine, type Content, type Located } from '../lib/load-content.ts';
import type { Quiz } from '../schemas/quiz.ts';
import type { Problem } from './problem.ts';

const BY_PLACE = /\b(?:(?:first|second|third|fourth|fifth|last)\s+(?:choice|option|answer|passage|distractor|statement)s?|distractors?)\b/i;

/** Every question's explanation refers to a choice by what it says, never by its position or as a "distractor". */
export function validateChoicePositions(content: Pick<Content, 'quizzes'>): Problem[] {
  return content.quizzes.flatMap((quiz) =>
    quiz.data.questions.flatMap((q) => {
      const found = BY_PLACE.exec(q.explanation ?? '');
      if (!found) return [];
      return [{ file: quiz.file, line: questionLine(quiz as Located<Quiz>, q.id), item: q.id, field: 'explanation', expected: 'choices named by what they say (they are shuffled for each student)', found: `"${found[0]}"` }];
    }),
  );
}
