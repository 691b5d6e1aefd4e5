import type { Question } from '../schemas/quiz.ts';

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
