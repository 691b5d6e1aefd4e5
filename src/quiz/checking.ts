import type { Response, RuntimeQuestion } from './types.ts';

// How each question type is marked: the only place that decides whether an answer is right.

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  const x = new Set(a);
  return x.size === new Set(b).size && b.every((v) => x.has(v));
}

/** Whether the response is right. A response of the wrong shape (e.g. from old or tampered data) is wrong. */
export function isCorrect(question: RuntimeQuestion, response: Response | undefined): boolean {
  if (!response || response.type !== question.type) return false;
  switch (question.type) {
    case 'single-choice':
      return response.type === 'single-choice' && response.choice === question.correct;
    case 'multiple-select':
      return response.type === 'multiple-select' && sameSet(response.choices, question.correct);
    case 'true-false':
      return response.type === 'true-false' && response.value === question.correct;
    case 'numeric':
      return response.type === 'numeric' && Number.isFinite(response.value) && Math.abs(response.value - question.correct) <= question.tolerance;
    case 'ordering':
      return response.type === 'ordering' && response.order.length === question.items.length && response.order.every((item, i) => item === i);
    case 'matching':
      return response.type === 'matching' && response.pairs.length === question.left.length && response.pairs.every((right, left) => right === left);
  }
}

/** Whether the student has given enough of an answer to check it (every blank filled). */
export function isComplete(question: RuntimeQuestion, response: Response | undefined): boolean {
  if (!response || response.type !== question.type) return false;
  switch (response.type) {
    case 'single-choice':
      return response.choice >= 0;
    case 'multiple-select':
      return response.choices.length > 0;
    case 'true-false':
      return true;
    case 'numeric':
      return Number.isFinite(response.value);
    case 'ordering':
      return question.type === 'ordering' && response.order.length === question.items.length;
    case 'matching':
      return response.pairs.every((p) => p >= 0);
  }
}

/** Parses what a student typed into a numeric answer: digits with optional separators and sign. */
export function parseNumericInput(text: string): number | null {
  const cleaned = text.trim().replace(/[\s,_]/g, '');
  if (!/^[-+]?\d+(\.\d+)?$/.test(cleaned) || cleaned.length > 16) return null;
  return Number(cleaned);
}
