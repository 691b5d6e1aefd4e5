import { describe, expect, it } from 'vitest';
import { checkEdited } from './fixture.ts';
// The English wording (the catalogue's); the pages use their own language's (tests/unit/i18n-catalogues.test.ts).
import { missingMessage, missingPrompt, withdrawnNotes } from '../../src/teach/messages.ts';
import { withdrawnFrom } from '../../src/teach/withdrawn.ts';

const RETIRED = 'src/data/retired-questions.yaml';

describe('validateRetiredQuestions', () => {
  it('rejects a quiz that reuses a withdrawn question id, saying where and why it was withdrawn', () => {
    const { messages } = checkEdited({ [RETIRED]: () => '# Withdrawn ids.\n- { id: sq-numeric, quiz: sample-quiz, reason: The count was asked twice. }\n' });
    expect(messages).toEqual(['quizzes/sample-quiz.yaml:31 › sq-numeric › id: expected a question id never used before (withdrawn ids are not reused: give the question a new id); found "sq-numeric", withdrawn from quiz sample-quiz (src/data/retired-questions.yaml:2: The count was asked twice.)']);
  });

  it('rejects an id listed twice, and a final exam that still includes a withdrawn question', () => {
    const { messages } = checkEdited({
      [RETIRED]: () => '- { id: sq-gone, quiz: sample-quiz, reason: Its wording was ambiguous. }\n- { id: sq-gone, quiz: sample-quiz, reason: Listed again by mistake. }\n',
      'quizzes/final-exam.yaml': () => 'id: final-exam\ntitle: The final exam\nlesson: null\nincludes:\n  - quiz: sample-quiz\n    questions: [sq-single, sq-gone]\n',
    });
    expect(messages).toEqual([
      // The include names a question the quiz no longer has (references) and one that was withdrawn (this rule).
      'quizzes/final-exam.yaml:1 › final-exam › includes.0.questions.1: expected a question id of quiz sample-quiz; found "sq-gone"',
      'src/data/retired-questions.yaml:2 › sq-gone › id: expected a withdrawn question listed once; found listed again (first at line 1)',
      'quizzes/final-exam.yaml:1 › final-exam › includes.0.questions.1: expected a question still in use; found "sq-gone", withdrawn from quiz sample-quiz (src/data/retired-questions.yaml:1: Its wording was ambiguous.)',
    ]);
  });

  it('rejects an entry without its reason', () => {
    const { messages } = checkEdited({ [RETIRED]: () => '- { id: sq-gone, quiz: sample-quiz }\n' });
    expect(messages).toEqual(['src/data/retired-questions.yaml:1 › sq-gone › reason: expected string; found nothing']);
  });
});

describe('withdrawn questions on the teacher and assignment pages', () => {
  const withdrawn = withdrawnFrom([{ id: 'ast-sponsors', quiz: 'astana-process', reason: 'Its wording was ambiguous.' }, { id: 42 }, null]);

  it('reads the site’s list, ignoring malformed entries', () => {
    expect([...withdrawn]).toEqual([['ast-sponsors', 'Its wording was ambiguous.']]);
    expect(withdrawnFrom('not a list').size).toBe(0);
  });

  it('tells the student which questions were withdrawn and why, and which simply no longer exist', () => {
    expect(missingMessage(['ast-sponsors', 'old-q'], 5, withdrawn)).toBe('2 of this assignment’s 5 questions are left out: ast-sponsors was withdrawn from the course (Its wording was ambiguous); old-q no longer exists on this site.');
    expect(missingMessage(['ast-sponsors'], 1, withdrawn)).toBe('None of this assignment’s questions can be asked any more: ast-sponsors was withdrawn from the course (Its wording was ambiguous). Ask your teacher for a new link.');
    // Without a withdrawn question the message is the one links always had.
    expect(missingMessage(['old-q'], 2, withdrawn)).toBe('1 of this assignment’s 2 questions no longer exist on this site and are left out: old-q.');
  });

  it('labels a withdrawn column in the class table and says whose marks it shows', () => {
    expect(missingPrompt('ast-sponsors', withdrawn)).toBe('ast-sponsors (withdrawn from the course: Its wording was ambiguous)');
    expect(missingPrompt('old-q', withdrawn)).toBe('old-q (no longer on this site)');
    expect(withdrawnNotes(['osce-year', 'ast-sponsors'], withdrawn)).toEqual(['Q2 (ast-sponsors) was withdrawn from the course after this assignment was made: Its wording was ambiguous. Its marks are the ones in the students’ codes.']);
  });
});
