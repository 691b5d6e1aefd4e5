import type { RuntimeQuestion } from './types.ts';

/** The right answer written out: for feedback, for readers without JavaScript and for printed answer keys. */
export function keyText(q: RuntimeQuestion, words: { true: string; false: string } = { true: 'True', false: 'False' }): string {
  switch (q.type) {
    case 'single-choice':
      return q.choices[q.correct]!;
    case 'multiple-select':
      return q.correct.map((i) => q.choices[i]).join('; ');
    case 'true-false':
      return q.correct ? words.true : words.false;
    case 'numeric':
      return `${q.correct}${q.unit && q.unit !== 'year' ? ` ${q.unit}` : ''}${q.tolerance ? ` (± ${q.tolerance})` : ''}`;
    case 'ordering':
      return q.items.map((item, i) => `${i + 1}. ${item}`).join(' → ');
    case 'matching':
      return q.left.map((l, i) => `${l} — ${q.right[i]}`).join('; ');
  }
}
