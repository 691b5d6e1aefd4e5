import { describe, expect, it } from 'vitest';
import { checkEdited, replaceOnce } from './fixture.ts';

const QUIZ = 'quizzes/sample-quiz.yaml';
const LESSON = 'lessons/sample-lesson.mdx';

/** A second lesson, before the fixture's (order 1 → this one is order 1, the fixture's becomes order 2). */
const earlier = (body: string) => () =>
  `---\ntitle: An earlier lesson\ndescription: A lesson read before the sample lesson, for the ordering rule.\norder: 1\nobjectives:\n  - Read first.\n  - Read carefully.\ntopics: [astana-process]\nquiz: sample-quiz\ndiscussion:\n  - Why first?\n  - Why second?\n---\n\n## First\n\n${body}\n`;

describe('validateTaughtBeforeTested', () => {
  it('rejects a question on a fact that no lesson up to the quiz’s lesson teaches, with file, line, question and field', () => {
    const { messages } = checkEdited({ [LESSON]: replaceOnce('The talks drew <Fact id="journalists-foreign" />, and', 'The talks drew many journalists, and') });
    expect(messages).toEqual(['quizzes/sample-quiz.yaml:31 › sq-numeric › fact: expected a fact taught (with <Fact> or <Cite>) in lesson sample-lesson (order 1) or an earlier lesson; found fact journalists-foreign, taught in no lesson']);
  });

  it('counts ordering items and matching pairs, and names the later lesson that teaches the fact', () => {
    const { messages } = checkEdited({
      // The jet downing moves to a lesson read after the quiz's lesson.
      [LESSON]: (t) => replaceOnce('Russian military jet in <Fact id="jet-downing" form="month" />.', 'Russian military jet.')(replaceOnce('order: 1', 'order: 2')(t)),
      'lessons/later.mdx': () => earlier('A jet was shot down in <Fact id="jet-downing" form="month" />.')().replace('order: 1', 'order: 3').replace('An earlier lesson', 'A later lesson'),
      'lessons/first.mdx': earlier('Nothing to cite here.'),
    });
    expect(messages).toEqual([
      'quizzes/sample-quiz.yaml:47 › sq-order › items.1.fact: expected a fact taught (with <Fact> or <Cite>) in lesson sample-lesson (order 2) or an earlier lesson; found fact jet-downing, first taught in lesson later (order 3)',
      'quizzes/sample-quiz.yaml:56 › sq-match › pairs.1.fact: expected a fact taught (with <Fact> or <Cite>) in lesson sample-lesson (order 2) or an earlier lesson; found fact jet-downing, first taught in lesson later (order 3)',
      'quizzes/sample-quiz.yaml:75 › sq-kind › fact: expected a fact taught (with <Fact> or <Cite>) in lesson sample-lesson (order 2) or an earlier lesson; found fact jet-downing, first taught in lesson later (order 3)',
    ]);
  });

  it('accepts a fact taught in an earlier lesson, or only cited with <Cite>', () => {
    const moved = checkEdited({
      [LESSON]: (t) => replaceOnce('The talks drew <Fact id="journalists-foreign" />, and', 'The talks drew many journalists, and')(replaceOnce('order: 1', 'order: 2')(t)),
      'lessons/first.mdx': earlier('Many journalists came<Cite fact="journalists-foreign" />.'),
    });
    expect(moved.messages).toEqual([]);
  });

  it('lets a quiz without a lesson (the final exam) draw on every lesson', () => {
    const { messages } = checkEdited({
      [LESSON]: replaceOnce('The talks drew <Fact id="journalists-foreign" />, and', 'The talks drew many journalists, and'),
      [QUIZ]: replaceOnce('lesson: sample-lesson', 'lesson: null'),
    });
    // Only the section anchor, which needs a lesson, is left to report.
    expect(messages).toEqual([expect.stringContaining('› sq-single › section: expected a section only on a quiz that belongs to a lesson')]);
  });

  it('checks an explanation that says the point is "from the lesson" against that lesson itself', () => {
    const { messages } = checkEdited({
      [QUIZ]: replaceOnce('explanation: 320 foreign journalists covered it.', 'explanation: As the lesson says, 320 foreign journalists covered it.'),
      [LESSON]: (t) => replaceOnce('The talks drew <Fact id="journalists-foreign" />, and', 'The talks drew many journalists, and')(replaceOnce('order: 1', 'order: 2')(t)),
      'lessons/first.mdx': earlier('Many journalists came<Cite fact="journalists-foreign" />.'),
    });
    expect(messages).toEqual(['quizzes/sample-quiz.yaml:31 › sq-numeric › explanation: expected every fact of the question taught in lesson sample-lesson itself, as "the lesson" says; found fact journalists-foreign, first taught in lesson first (order 1)']);
    const exam = checkEdited({ [QUIZ]: (t) => replaceOnce('explanation: 320 foreign journalists covered it.', 'explanation: A fact from this lesson.')(replaceOnce('lesson: sample-lesson', 'lesson: null')(replaceOnce('    section: the-chairmanship\n', '')(t))) });
    expect(exam.messages).toEqual(['quizzes/sample-quiz.yaml:30 › sq-numeric › explanation: expected an explanation that says "this lesson" only in a quiz that has a lesson; found "this lesson" in quiz sample-quiz, which has none']);
  });
});
