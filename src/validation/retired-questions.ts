// Withdrawn question ids stay withdrawn: links and result codes already handed out may name them.
import { questionLine, type Content } from '../lib/load-content.ts';
import type { Problem } from './problem.ts';

/**
 * No quiz uses (or includes) a question id listed in `src/data/retired-questions.yaml`, and each id is listed once.
 * A question that changes meaning gets a new id; the old one is retired here and never comes back.
 */
export function validateRetiredQuestions(content: Pick<Content, 'quizzes' | 'retired'>): Problem[] {
  const problems: Problem[] = [];
  const retired = new Map<string, (typeof content.retired)[number]>();
  for (const r of content.retired) {
    const first = retired.get(r.id);
    if (first) problems.push({ file: r.file, line: r.line, item: r.id, field: 'id', expected: 'a withdrawn question listed once', found: `listed again (first at line ${first.line ?? '?'})` });
    else retired.set(r.id, r);
  }
  const withdrawn = (id: string) => {
    const r = retired.get(id)!;
    return `"${id}", withdrawn from quiz ${r.data.quiz} (${r.file}${r.line ? `:${r.line}` : ''}: ${r.data.reason})`;
  };
  for (const quiz of content.quizzes) {
    for (const q of quiz.data.questions) {
      if (retired.has(q.id)) problems.push({ file: quiz.file, line: questionLine(quiz, q.id), item: q.id, field: 'id', expected: 'a question id never used before (withdrawn ids are not reused: give the question a new id)', found: withdrawn(q.id) });
    }
    quiz.data.includes?.forEach((inc, i) =>
      inc.questions.forEach((id, j) => {
        if (retired.has(id)) problems.push({ file: quiz.file, line: quiz.line, item: quiz.id, field: `includes.${i}.questions.${j}`, expected: 'a question still in use', found: withdrawn(id) });
      }),
    );
  }
  return problems;
}
