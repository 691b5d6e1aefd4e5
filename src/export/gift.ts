// GIFT, Moodle's plain-text question format: everything GIFT can express (single choice, multiple select,
// true/false, numeric with tolerance, matching). Ordering has no GIFT form in Moodle core, so ordering
// questions are listed as skipped in a comment; Moodle XML carries them.
import type { RuntimeQuestion } from '../quiz/types.ts';
import { moodleCategory, moodleFraction, type BankQuiz, type ExportProblem } from './bank.ts';
import { feedbackPlain } from './item-feedback.ts';

/** GIFT's special characters are escaped with a backslash; a line break would end the question. */
export function giftEscape(text: string): string {
  return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Problems GIFT has with a question on top of Moodle's own (ordering is skipped, not a problem). */
export function giftProblems(q: RuntimeQuestion): ExportProblem[] {
  const problems: ExportProblem[] = [];
  // `->` separates the two sides of a matching pair, and GIFT has no escape for it.
  if (q.type === 'matching') {
    q.left.forEach((text, i) => {
      if (text.includes('->')) problems.push({ item: q.id, field: `pairs.${i}.left`, expected: 'no "->" (GIFT uses it between the two sides of a pair)', found: JSON.stringify(text) });
    });
  }
  return problems;
}

function answers(q: Exclude<RuntimeQuestion, { type: 'ordering' }>): string[] {
  switch (q.type) {
    case 'single-choice':
      return q.choices.map((c, i) => `${i === q.correct ? '=' : '~'}${giftEscape(c)}`);
    case 'multiple-select': {
      // Weights only (no "="): Moodle's GIFT importer makes a multiple-answer question only when no answer uses "=".
      const share = moodleFraction(q.correct.length)!;
      return q.choices.map((c, i) => `~%${q.correct.includes(i) ? share : -100}%${giftEscape(c)}`);
    }
    case 'true-false':
      return [q.correct ? 'TRUE' : 'FALSE'];
    case 'numeric':
      return [`#${q.correct}${q.tolerance > 0 ? `:${q.tolerance}` : ''}`];
    case 'matching':
      return q.left.map((l, i) => `=${giftEscape(l)} -> ${giftEscape(q.right[i]!)}`);
  }
}

function unitHint(q: RuntimeQuestion): string {
  if (q.type !== 'numeric' || !q.unit) return '';
  return q.unit === 'year' ? '' : ` (${q.unit})`;
}

/** One question in GIFT, or null when GIFT cannot express its type. */
export function giftQuestion(q: RuntimeQuestion): string | null {
  if (q.type === 'ordering') return null;
  const body = [...answers(q), `####${giftEscape(feedbackPlain(q))}`].map((line) => `  ${line}`).join('\n');
  return `// ${q.id} (${q.type})\n::${giftEscape(q.id)}::${giftEscape(q.prompt + unitHint(q))} {\n${body}\n}`;
}

/** A GIFT file for one or more quizzes, each in its own Moodle category. */
export function giftFile(quizzes: readonly BankQuiz[]): string {
  const out = ['// Kazakhstan the Mediator: question bank in GIFT format (import: Moodle, Question bank › Import › GIFT).', '// Made from the course data; every key was checked against the fact dataset when the course was built.', ''];
  for (const quiz of quizzes) {
    out.push(`$CATEGORY: ${moodleCategory(quiz.title)}`, '');
    const skipped: string[] = [];
    for (const q of quiz.questions) {
      const text = giftQuestion(q);
      if (text === null) skipped.push(q.id);
      else out.push(text, '');
    }
    if (skipped.length > 0) out.push(`// Skipped (GIFT cannot express ordering questions; the Moodle XML file has them): ${skipped.join(', ')}`, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
