import { describe, expect, it } from 'vitest';
import { checkEdited, replaceOnce } from './fixture.ts';

const QUIZ = 'quizzes/sample-quiz.yaml';

describe('validateChoicePositions', () => {
  it('rejects an explanation that points at a shuffled choice by its place', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('explanation: They met in Almaty.', 'explanation: The first choice is wrong; they met in Almaty.') });
    expect(messages).toEqual(['quizzes/sample-quiz.yaml:23 › sq-true-false › explanation: expected choices named by what they say (they are shuffled for each student); found "first choice"']);
  });

  it('rejects the word "distractor", which students should not meet', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('explanation: Russia, Turkey and Iran signed it.', 'explanation: Russia, Turkey and Iran signed it; the distractors did not.') });
    expect(messages).toEqual(['quizzes/sample-quiz.yaml:15 › sq-multi › explanation: expected choices named by what they say (they are shuffled for each student); found "distractors"']);
  });

  it('accepts choices named by what they say', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('explanation: They met in Almaty.', 'explanation: The passage on Astana is about another meeting; they met in Almaty.') });
    expect(messages).toEqual([]);
  });
});
