import type { Content, Located } from '../lib/load-content.ts';
import { questionLine } from '../lib/load-content.ts';
import type { Problem } from './problem.ts';

function duplicates<T>(items: readonly Located<T>[], what: string): Problem[] {
  const first = new Map<string, Located<T>>();
  const problems: Problem[] = [];
  for (const item of items) {
    const seen = first.get(item.id);
    if (seen) {
      problems.push({
        file: item.file,
        line: item.line,
        item: item.id,
        field: 'id',
        expected: `a ${what} id used once`,
        found: `the same id as ${seen.file}${seen.line ? `:${seen.line}` : ''}`,
      });
    } else first.set(item.id, item);
  }
  return problems;
}

/** Ids are how facts, questions and progress refer to each other: each must name exactly one thing. */
export function validateUniqueIds(content: Content): Problem[] {
  const questions = content.quizzes.flatMap((quiz) =>
    quiz.data.questions.map((q) => ({ file: quiz.file, line: questionLine(quiz, q.id), id: q.id, data: q })),
  );
  return [
    ...duplicates(content.sources, 'source'),
    ...duplicates(content.facts, 'fact'),
    ...duplicates(content.glossary, 'glossary term'),
    ...duplicates(content.quizzes, 'quiz'),
    ...duplicates(questions, 'question'),
  ];
}
