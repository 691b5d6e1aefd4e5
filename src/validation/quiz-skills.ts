// Skills, not only recall: a lesson's quiz must also ask students to explain, compare sources and evaluate.
import type { Content } from '../lib/load-content.ts';
import { questionsOfQuiz } from '../lib/questions.ts';
import type { Problem } from './problem.ts';

/** At least this share of a lesson quiz's questions test a skill beyond `recall`. */
export const MIN_BEYOND_RECALL = 0.4;
/** At least this many of a lesson quiz's questions ask students to weigh one source against another. */
export const MIN_COMPARE_SOURCES = 2;

const pct = (n: number, of: number) => `${Math.round((n / of) * 100)} %`;

/**
 * Every question declares its `skill` (the schema requires it). Each lesson quiz (the final exam excepted, which
 * draws on the others) has at least 40 % of its questions beyond recall and at least two `compare-sources` ones.
 */
export function validateSkillsMix(content: Pick<Content, 'quizzes'>): Problem[] {
  const quizzes = new Map(content.quizzes.map((q) => [q.id, q]));
  const problems: Problem[] = [];
  for (const quiz of content.quizzes) {
    if (quiz.data.lesson === null) continue;
    const questions = questionsOfQuiz(quiz, quizzes).map((x) => x.question);
    if (questions.length === 0) continue;
    const at = { file: quiz.file, line: quiz.line, item: quiz.id, field: 'questions.skill' };
    const recall = questions.filter((q) => q.skill === 'recall');
    const beyond = questions.length - recall.length;
    if (beyond < MIN_BEYOND_RECALL * questions.length) {
      const needed = Math.ceil(MIN_BEYOND_RECALL * questions.length);
      problems.push({ ...at, expected: `at least ${pct(MIN_BEYOND_RECALL, 1)} of the questions beyond recall (${needed} of ${questions.length})`, found: `${beyond} of ${questions.length} (${pct(beyond, questions.length)}); recall only: ${recall.map((q) => q.id).join(', ')}` });
    }
    const compare = questions.filter((q) => q.skill === 'compare-sources');
    if (compare.length < MIN_COMPARE_SOURCES) {
      problems.push({ ...at, expected: `at least ${MIN_COMPARE_SOURCES} compare-sources questions`, found: compare.length === 0 ? 'none' : `${compare.length} (${compare.map((q) => q.id).join(', ')})` });
    }
  }
  return problems;
}
