// Balanced quizzes: true/false keys that do not reward always answering "true", and no point asked twice.
import { questionLine, type Content, type Located } from '../lib/load-content.ts';
import { questionsOfQuiz } from '../lib/questions.ts';
import { formatChoice, normaliseName } from '../lib/values.ts';
import type { Question, Quiz } from '../schemas/quiz.ts';
import type { Problem } from './problem.ts';

/** At most this share of a quiz's true/false keys may be the same way. */
export const MAX_ONE_WAY = 0.6;

const pct = (n: number, of: number) => `${Math.round((n / of) * 100)} %`;

/**
 * In every quiz (its own and included questions, every `asks` form), the true/false keys are at most 60 % one way,
 * so a student who always answers "true" (or "false") cannot pass on that alone. One true/false question is 100 %
 * one way: a quiz has none, or at least two.
 */
export function validateTrueFalseBalance(content: Pick<Content, 'quizzes'>): Problem[] {
  const quizzes = new Map(content.quizzes.map((q) => [q.id, q]));
  const problems: Problem[] = [];
  for (const quiz of content.quizzes) {
    const tf = questionsOfQuiz(quiz, quizzes).flatMap(({ question: q }) => (q.type === 'true-false' ? [q] : []));
    if (tf.length === 0) continue;
    const yes = tf.filter((q) => q.answer).map((q) => q.id);
    const no = tf.filter((q) => !q.answer).map((q) => q.id);
    if (Math.max(yes.length, no.length) <= MAX_ONE_WAY * tf.length) continue;
    const list = (ids: string[]) => (ids.length ? ` (${ids.join(', ')})` : '');
    problems.push({
      file: quiz.file,
      line: quiz.line,
      item: quiz.id,
      field: 'questions (true/false answers)',
      expected: `true/false keys at most ${pct(MAX_ONE_WAY, 1)} one way`,
      found: `${yes.length} true${list(yes)} and ${no.length} false${list(no)}: ${pct(Math.max(yes.length, no.length), tf.length)} ${yes.length > no.length ? 'true' : 'false'}`,
    });
  }
  return problems;
}

/**
 * What a question tests about each fact it rests on: its key. A value question — a choice, a numeric answer, a
 * matching pair, a true or a false statement of the value — tests the fact's value (on a disputed fact, the claim of
 * the source it follows), however it asks; the other `asks` forms test which source states it, whether its sources
 * agree, its claim kind or its evidence. Ordering items are tested together, so they have no per-fact key.
 */
export function keysOf(q: Question): { fact: string; key: string; field: string; what: string }[] {
  const value = (fact: string, field: string) => ({ fact, key: `value:${q.followsSource ?? ''}`, field, what: `the value of fact ${fact}${q.followsSource ? ` as ${q.followsSource} claims it` : ''}` });
  const asked = { source: 'which source states', agreement: 'whether its sources agree on', 'claim-kind': 'the claim kind of', evidence: 'the quote that supports' } as const;
  switch (q.type) {
    case 'ordering':
      return [];
    case 'matching':
      return q.pairs.map((p, i) => value(p.fact, `pairs.${i}.fact`));
    case 'multiple-select':
    case 'numeric':
      return [value(q.fact, 'fact')];
    case 'single-choice':
    case 'true-false': {
      if (q.asks === 'value') return [value(q.fact, 'fact')];
      // "Which source says 28?" and "Which source says 20?" ask different things; so do agreement questions on different sources.
      const detail = q.type === 'single-choice' && q.asks === 'source' && q.claims !== undefined ? normaliseName(formatChoice(q.claims)) : q.type === 'true-false' && q.asks === 'agreement' ? [...(q.sources ?? [])].sort().join(',') : '';
      return [{ fact: q.fact, key: `${q.asks}:${detail}`, field: 'fact', what: `${asked[q.asks]} fact ${q.fact}` }];
    }
  }
}

/**
 * No two questions in a quiz rest on the same fact with the same key (matching pairs count as questions on their
 * facts), unless one of them is marked `secondAngle: true`: a deliberate second question from another angle.
 */
export function validateRepeatedKeys(content: Pick<Content, 'quizzes'>): Problem[] {
  const quizzes = new Map(content.quizzes.map((q) => [q.id, q]));
  const problems: Problem[] = [];
  for (const quiz of content.quizzes) {
    const first = new Map<string, { question: Question; field: string }>();
    for (const { question, home } of questionsOfQuiz(quiz, quizzes)) {
      for (const k of keysOf(question)) {
        const id = `${k.fact}|${k.key}`;
        const earlier = first.get(id);
        if (!earlier) {
          first.set(id, { question, field: k.field });
          continue;
        }
        if (earlier.question === question || earlier.question.secondAngle || question.secondAngle) continue;
        const own = home === quiz;
        problems.push({
          file: quiz.file,
          line: own ? questionLine(quiz as Located<Quiz>, question.id) : quiz.line,
          item: question.id,
          field: own ? k.field : `includes (from ${home.id}) ${k.field}`,
          expected: `a fact or key not already tested by ${earlier.question.id} (${earlier.field}), or secondAngle: true on one of them`,
          found: `the same test: ${k.what}`,
        });
      }
    }
  }
  return problems;
}
