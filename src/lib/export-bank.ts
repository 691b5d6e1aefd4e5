// The course's quizzes as the exports need them, read straight from the content files (the build integration
// runs outside Astro's content layer): runtime questions made by the same code as the quiz pages', plus where
// each quiz and question is written, so an export problem names the file and line to fix.
import { loadContent, questionLine } from './load-content.ts';
import { questionsOf, toRuntimeQuestion, type QuizContext } from '../quiz/runtime-data.ts';
import type { ExportProblem } from '../export/bank.ts';
import type { DownloadQuiz } from '../export/downloads.ts';
import type { Problem } from '../validation/problem.ts';

export interface ExportQuiz extends DownloadQuiz {
  file: string;
  line?: number;
  /** Line of each own question in the quiz file. */
  questionLines: Map<string, number | undefined>;
}

export function loadExportBank(root: string, base: string): ExportQuiz[] {
  const { content } = loadContent(root);
  const ctx: QuizContext = { facts: new Map(content.facts.map((f) => [f.id, f.data])), sources: new Map(content.sources.map((s) => [s.id, s.data])), base };
  const quizzes = new Map(content.quizzes.map((q) => [q.id, q.data]));
  return content.quizzes.map((located) => {
    const quiz = located.data;
    return {
      id: quiz.id,
      title: quiz.title,
      questions: questionsOf(quiz, quizzes).map(({ question, quiz: owner }) => toRuntimeQuestion(question, owner, ctx)),
      own: quiz.questions.map((question) => toRuntimeQuestion(question, quiz, ctx)),
      feedback: quiz.feedback,
      masteryScore: quiz.masteryScore,
      file: located.file,
      line: located.line,
      questionLines: new Map(quiz.questions.map((q) => [q.id, questionLine(located, q.id)])),
    };
  });
}

/** An export problem located in the content: in the quiz file that owns the question, or the quiz's own file. */
export function locateExportProblem(problem: ExportProblem, quizzes: readonly ExportQuiz[], format: string): Problem {
  const owner = quizzes.find((q) => q.questionLines.has(problem.item)) ?? quizzes.find((q) => q.id === problem.item);
  return {
    file: owner?.file ?? 'quizzes/',
    line: owner?.questionLines.get(problem.item) ?? owner?.line,
    item: problem.item,
    field: problem.field,
    expected: `${problem.expected} [${format}]`,
    found: problem.found,
  };
}
