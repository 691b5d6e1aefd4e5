import { describe, expect, it } from 'vitest';
import { checkEdited, replaceOnce } from './fixture.ts';
import { keysOf } from '../../src/validation/quiz-balance.ts';
import type { Question } from '../../src/schemas/quiz.ts';

const QUIZ = 'quizzes/sample-quiz.yaml';

describe('validateSkillsMix', () => {
  it('rejects a lesson quiz with less than 40 % beyond recall or fewer than two compare-sources questions', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('  - id: sq-source\n    skill: compare-sources', '  - id: sq-source\n    skill: recall') });
    expect(messages).toEqual([
      'quizzes/sample-quiz.yaml:1 › sample-quiz › questions.skill: expected at least 40 % of the questions beyond recall (4 of 10); found 3 of 10 (30 %); recall only: sq-single, sq-true-false, sq-numeric, sq-year, sq-order, sq-match, sq-source',
      'quizzes/sample-quiz.yaml:1 › sample-quiz › questions.skill: expected at least 2 compare-sources questions; found 1 (sq-disputed)',
    ]);
  });

  it('does not hold the final exam (a quiz without a lesson) to the mix', () => {
    const { messages } = checkEdited({ [QUIZ]: (t) => replaceOnce('lesson: sample-lesson', 'lesson: null')(replaceOnce('    section: the-chairmanship\n', '')(replaceOnce('  - id: sq-source\n    skill: compare-sources', '  - id: sq-source\n    skill: recall')(t))) });
    expect(messages).toEqual([]);
  });

  it('requires every question to declare its skill', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('  - id: sq-single\n    skill: recall\n', '  - id: sq-single\n') });
    expect(messages).toEqual(['quizzes/sample-quiz.yaml:6 › sq-single › skill: expected one of "recall"|"explain"|"compare-sources"|"evaluate"; found nothing']);
  });
});

describe('validateTrueFalseBalance', () => {
  it('rejects a quiz whose true/false keys lean more than 60 % one way, naming them', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('claims: Astana\n    answer: false', 'claims: Almaty\n    answer: true') });
    expect(messages).toEqual(['quizzes/sample-quiz.yaml:1 › sample-quiz › questions (true/false answers): expected true/false keys at most 60 % one way; found 2 true (sq-true-false, sq-kind) and 0 false: 100 % true']);
  });
});

describe('validateRepeatedKeys', () => {
  it('rejects two questions in a quiz on the same fact and key (matching pairs count), unless one is a second angle', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('    secondAngle: true\n', '') });
    expect(messages).toEqual([
      'quizzes/sample-quiz.yaml:56 › sq-match › pairs.0.fact: expected a fact or key not already tested by sq-single (fact), or secondAngle: true on one of them; found the same test: the value of fact osce-chair-year',
      'quizzes/sample-quiz.yaml:56 › sq-match › pairs.2.fact: expected a fact or key not already tested by sq-true-false (fact), or secondAngle: true on one of them; found the same test: the value of fact iran-talks-city',
    ]);
  });

  it('keys a question by what it tests: the value however asked, the claim a source follows, or the asks form', () => {
    const base = { prompt: 'A prompt here', explanation: 'An explanation.', skill: 'recall' as const };
    const numeric: Question = { ...base, id: 'a', type: 'numeric', fact: 'f', answer: 2017, tolerance: 0 };
    const falseClaim: Question = { ...base, id: 'b', type: 'true-false', asks: 'value', fact: 'f', claims: 2016, answer: false };
    const followsA: Question = { ...base, id: 'c', type: 'numeric', fact: 'f', answer: 20, tolerance: 0, followsSource: 'alpha' };
    const whichSays20: Question = { ...base, id: 'd', type: 'single-choice', asks: 'source', fact: 'f', claims: 20, answer: 'alpha', distractors: ['beta', 'gamma'] };
    const whichSays28: Question = { ...whichSays20, id: 'e', claims: 28, answer: 'beta', distractors: ['alpha', 'gamma'] };
    const order: Question = { ...base, id: 'o', type: 'ordering', items: [{ label: 'x', fact: 'f' }, { label: 'y', fact: 'g' }, { label: 'z', fact: 'h' }] };
    expect(keysOf(numeric)[0]!.key).toBe(keysOf(falseClaim)[0]!.key);
    expect(keysOf(followsA)[0]!.key).not.toBe(keysOf(numeric)[0]!.key);
    expect(keysOf(whichSays20)[0]!.key).not.toBe(keysOf(whichSays28)[0]!.key);
    expect(keysOf(order)).toEqual([]);
  });
});
