import type { Question, Quiz } from '../schemas/quiz.ts';

/** Every fact a question rests on, with the field that names it (for messages). */
export function factIdsOf(question: Question): { id: string; field: string }[] {
  switch (question.type) {
    case 'ordering':
      return question.items.map((item, i) => ({ id: item.fact, field: `items.${i}.fact` }));
    case 'matching':
      return question.pairs.map((pair, i) => ({ id: pair.fact, field: `pairs.${i}.fact` }));
    default:
      return [{ id: question.fact, field: 'fact' }];
  }
}

/** How many questions a quiz asks: its own and those it includes from other quizzes. */
export function questionCount(quiz: Pick<Quiz, 'questions' | 'includes'>): number {
  return quiz.questions.length + (quiz.includes ?? []).reduce((n, inc) => n + inc.questions.length, 0);
}

/**
 * Every question a quiz asks, its own and those it includes, each with the quiz it lives in (its home). Included
 * questions that do not exist are left out: the references rule reports them.
 */
export function questionsOfQuiz<Q extends { id: string; data: Pick<Quiz, 'questions' | 'includes'> }>(quiz: Q, quizzes: ReadonlyMap<string, Q>): { question: Question; home: Q }[] {
  const own = quiz.data.questions.map((question) => ({ question, home: quiz }));
  const included = (quiz.data.includes ?? []).flatMap((inc) => {
    const home = quizzes.get(inc.quiz);
    if (!home) return [];
    return inc.questions.flatMap((id) => {
      const question = home.data.questions.find((q) => q.id === id);
      return question ? [{ question, home }] : [];
    });
  });
  return [...own, ...included];
}
