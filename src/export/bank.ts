// What every question-bank export takes: quizzes with their runtime questions (the same data the quiz runner
// gets, so nothing is typed twice), and how a format says it cannot carry a question.
import type { RuntimeQuestion } from '../quiz/types.ts';

export const COURSE_TITLE = 'Kazakhstan the Mediator';

export interface BankQuiz {
  id: string;
  title: string;
  questions: RuntimeQuestion[];
}

/** A question (or quiz) a format cannot carry, and why; the build reports it against the quiz file. */
export interface ExportProblem {
  /** Question id, or the quiz id for a problem with the quiz as a whole. */
  item: string;
  field: string;
  expected: string;
  found: string;
}

/** Moodle's category path for a quiz: `/` separates levels, so a `/` inside a title is doubled. */
export function moodleCategory(quizTitle: string): string {
  const level = (s: string) => s.replace(/\//g, '//');
  return `$course$/top/${level(COURSE_TITLE)}/${level(quizTitle)}`;
}

/**
 * Moodle's grade values (question_bank::fraction_options_full, in percent): an imported fraction must be one
 * of them. A multiple-select key of k answers gives each right answer 100/k percent.
 */
const MOODLE_FRACTIONS = [100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5];

export function moodleFraction(k: number): number | null {
  const exact = 100 / k;
  return MOODLE_FRACTIONS.find((f) => Math.abs(f - exact) < 0.0001) ?? null;
}

/** Problems Moodle (XML and GIFT) has with a question: a multiple-select key whose share is not a Moodle grade. */
export function moodleProblems(q: RuntimeQuestion): ExportProblem[] {
  if (q.type === 'multiple-select' && moodleFraction(q.correct.length) === null) {
    return [{ item: q.id, field: 'answers', expected: 'at most 10 right answers, so that each one’s equal share is one of Moodle’s grade values', found: `${q.correct.length} right answers` }];
  }
  return [];
}
