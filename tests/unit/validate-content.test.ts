import { describe, expect, it } from 'vitest';
import { checkEdited, replaceOnce } from './fixture.ts';
import { readLessonBody, type Content } from '../../src/lib/load-content.ts';
import { validateLessonLength, LESSON_WORD_LIMITS } from '../../src/validation/lesson-length.ts';
import { validateTypedYears } from '../../src/validation/typed-values.ts';
import { formatProblem } from '../../src/validation/problem.ts';

const QUIZ = 'quizzes/sample-quiz.yaml';
const FACTS = 'src/data/facts/sample.yaml';
const LESSON = 'lessons/sample-lesson.mdx';

describe('the minimal fixture', () => {
  it('passes every rule', () => {
    expect(checkEdited().messages).toEqual([]);
  });
});

describe('validateReferences', () => {
  it('names the file, question and field of a reference to an unknown fact', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('fact: osce-chair-year\n    answer', 'fact: osce-chair-yr\n    answer') });
    expect(messages).toEqual([expect.stringMatching(/^quizzes\/sample-quiz\.yaml:\d+ › sq-single › fact: expected a known fact id; found "osce-chair-yr" \(did you mean "osce-chair-year"\?\)/)]);
  });

  it('rejects a citation to an unknown source', () => {
    const { messages } = checkEdited({ [FACTS]: replaceOnce('- source: beta-2020\n      quote: "becoming', '- source: gamma-2021\n      quote: "becoming') });
    expect(messages).toEqual([expect.stringContaining('src/data/facts/sample.yaml:1 › osce-chair-year › citations.0.source: expected a known source id; found "gamma-2021"')]);
  });

  it('rejects a quiz that names an unknown lesson', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('lesson: sample-lesson', 'lesson: no-such-lesson') });
    expect(messages).toContain('quizzes/sample-quiz.yaml:1 › sample-quiz › lesson: expected a known lesson id; found "no-such-lesson"');
    // The section anchor can no longer be checked against a lesson either.
    expect(messages.some((m) => m.includes('sq-single › section'))).toBe(true);
  });

  it('rejects an unknown fact or glossary term in a lesson body, with its line', () => {
    const { messages } = checkEdited({ [LESSON]: replaceOnce('<Fact id="osce-chair-year" />', '<Fact id="osce-chair" />').bind(null) });
    expect(messages).toEqual([expect.stringMatching(/^lessons\/sample-lesson\.mdx:17 › sample-lesson › <Fact>: expected a known fact id; found "osce-chair"/)]);
    const terms = checkEdited({ [LESSON]: replaceOnce('<Term id="multi-vector">', '<Term id="multivector">') });
    expect(terms.messages).toEqual([expect.stringContaining('› sample-lesson › <Term>: expected a known glossary id; found "multivector"')]);
  });

  it('rejects a section anchor the lesson does not have', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('section: the-chairmanship', 'section: chairmanship') });
    expect(messages).toEqual([expect.stringContaining('› sq-single › section: expected a heading anchor of lesson sample-lesson; found "chairmanship"')]);
  });
});

describe('validateUniqueIds', () => {
  it('rejects two facts with one id and points to the first', () => {
    const { messages } = checkEdited({ [FACTS]: replaceOnce('- id: jet-downing', '- id: talks-first-round') });
    expect(messages).toContain('src/data/facts/sample.yaml:17 › talks-first-round › id: expected a fact id used once; found the same id as src/data/facts/sample.yaml:9');
  });

  it('rejects a question id used twice across quizzes', () => {
    const { messages } = checkEdited({
      'quizzes/other.yaml': () =>
        'id: other\ntitle: Another quiz\nlesson: null\nquestions:\n  - id: sq-single\n    type: numeric\n    skill: recall\n    prompt: "In which year?"\n    fact: osce-chair-year\n    answer: 2010\n    explanation: It was 2010.\n',
    });
    expect(messages).toEqual([expect.stringMatching(/^quizzes\/sample-quiz\.yaml:\d+ › sq-single › id: expected a question id used once; found the same id as quizzes\/other\.yaml:5/)]);
  });
});

describe('validateAnswerKeys', () => {
  it('rejects a year key that is not the fact’s year', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('part: start\n    answer: 2017', 'part: start\n    answer: 2016') });
    expect(messages).toEqual([expect.stringContaining('› sq-year › answer: expected 2017 from fact talks-first-round (23–24 January 2017); found 2016')]);
  });

  it('rejects a choice question whose answer matches no fact', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('answer: 2010\n    distractors: [2008, 2012]', 'answer: 2011\n    distractors: [2008, 2012]') });
    expect(messages).toEqual([expect.stringContaining('› sq-single › answer: expected the choice that states fact osce-chair-year (2010); found 2011')]);
  });

  it('rejects a distractor that is also true, so that two choices match', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('distractors: [2008, 2012]', 'distractors: [2008, "2010-06"]') });
    // "2010-06" claims more precision than the fact has, so it does not match; a plain 2010 written differently does.
    expect(messages).toEqual([]);
    const twice = checkEdited({ [QUIZ]: replaceOnce('distractors: [2008, 2012]', 'distractors: [2008, "2010"]') });
    expect(twice.messages).toEqual([expect.stringContaining('› sq-single › distractors.1: expected a distractor different from the answer; found "2010", equal to the answer')]);
    const alias = checkEdited({ [QUIZ]: replaceOnce('claims: Astana', 'claims: Almaty, Kazakhstan') });
    expect(alias.messages).toEqual([expect.stringContaining('› sq-true-false › answer: expected true, because the claim "Almaty, Kazakhstan" states fact iran-talks-city')]);
  });

  it('rejects a multiple-select key that leaves out a member or includes an outsider', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('answers: [Russia, Turkey, Iran]\n    distractors: [United States, China]', 'answers: [Russia, Turkey]\n    distractors: [Iran, China]') });
    expect(messages).toEqual([
      expect.stringContaining('› sq-multi › answers: expected every member of fact guarantors (Russia, Turkey and Iran); found ["Iran"] missing'),
      expect.stringContaining('› sq-multi › distractors.0: expected a distractor outside fact guarantors (Russia, Turkey and Iran); found "Iran", which is a member'),
    ]);
  });

  it('rejects a numeric key outside the fact’s value', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('answer: 320', 'answer: 120') });
    expect(messages).toEqual([expect.stringContaining('› sq-numeric › answer: expected 320 from fact journalists-foreign (320 foreign journalists); found 120')]);
  });

  it('rejects an ordering whose sequence contradicts the facts’ dates', () => {
    const { messages } = checkEdited({
      [QUIZ]: replaceOnce('- { label: OSCE chairmanship, fact: osce-chair-year }\n      - { label: Jet downing, fact: jet-downing }', '- { label: Jet downing, fact: jet-downing }\n      - { label: OSCE chairmanship, fact: osce-chair-year }'),
    });
    expect(messages).toEqual([expect.stringContaining('› sq-order › items.1: expected items in date order: "OSCE chairmanship" (2010) comes before "Jet downing"; found it listed after item 0')]);
  });

  it('rejects a matching pair the facts do not support', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('right: Almaty, fact: iran-talks-city', 'right: Astana, fact: iran-talks-city') });
    expect(messages).toEqual([expect.stringContaining('› sq-match › pairs.2.right: expected the value of fact iran-talks-city (Almaty, Kazakhstan); found "Astana"')]);
  });

  it('rejects a question on a disputed fact that does not name the source it follows', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('    followsSource: alpha-2017\n', '') });
    expect(messages).toEqual([
      expect.stringContaining('› sq-disputed › followsSource: expected the source the key follows, because fact opposition-groups (fact) is disputed: alpha-2017 says 20 armed opposition groups, beta-2020 says 28 armed opposition groups; found nothing'),
    ]);
  });

  it('checks a disputed fact’s key against the claim of the source it follows', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('followsSource: alpha-2017', 'followsSource: beta-2020') });
    expect(messages).toEqual([expect.stringContaining('› sq-disputed › answer: expected 28 from fact opposition-groups (28 armed opposition groups); found 20')]);
  });

  it('reports every problem at once, not only the first', () => {
    const { messages } = checkEdited({
      [QUIZ]: (t) => replaceOnce('answer: 320', 'answer: 121')(replaceOnce('claims: Astana', 'claims: Almaty')(t)),
      [FACTS]: replaceOnce('- source: beta-2020\n      quote: "becoming', '- source: nobody\n      quote: "becoming'),
    });
    expect(messages).toHaveLength(3);
  });
});

/** A lesson as the loader would return it, with the given MDX body. */
function lessonWithBody(slug: string, body: string): Content['lessons'][number] {
  const frontmatter = { title: 'A lesson', description: 'A lesson body made up for a length test.', order: 1, objectives: ['Count the words.', 'Check the limits.'], topics: ['osce-chairmanship-2010' as const], quiz: 'sample-quiz', discussion: ['Is it long enough?', 'Is it too long?'] };
  return { file: `lessons/${slug}.mdx`, line: 1, id: slug, data: { ...frontmatter, ...readLessonBody(slug, body, 14) } };
}

const prose = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('validateLessonLength', () => {
  it('uses the course limits of 1,200 to 2,500 words by default', () => {
    expect(LESSON_WORD_LIMITS).toEqual({ min: 1200, max: 2500 });
  });

  it('accepts lessons at both limits and rejects one word fewer or more', () => {
    const lessons = [lessonWithBody('at-min', prose(1200)), lessonWithBody('at-max', prose(2500)), lessonWithBody('short', prose(1199)), lessonWithBody('long', prose(2501))];
    expect(validateLessonLength({ lessons }).map(formatProblem)).toEqual([
      'lessons/short.mdx:1 › short › (prose): expected between 1200 and 2500 words of prose, not counting components; found 1199 words (1 too few)',
      'lessons/long.mdx:1 › long › (prose): expected between 1200 and 2500 words of prose, not counting components; found 2501 words (1 too many)',
    ]);
  });

  it('counts prose only: components add no words, but the words inside a term do', () => {
    const body = `## A heading\n\n${prose(1100)} <Fact id="osce-chair-year" /> (<Cite fact="osce-chair-year" />)\n\n<Fact id="opposition-groups" />\n`;
    const short = lessonWithBody('components', body);
    expect(short.data.words).toBe(1102);
    expect(validateLessonLength({ lessons: [short] })).toHaveLength(1);
    const terms = lessonWithBody('terms', `${prose(1190)} ${'<Term id="multi-vector">balanced policy</Term> '.repeat(5)}`);
    expect(terms.data.words).toBe(1200);
    expect(validateLessonLength({ lessons: [terms] })).toEqual([]);
  });

  it('takes other limits as a parameter', () => {
    const lessons = [lessonWithBody('tiny', prose(30))];
    expect(validateLessonLength({ lessons }, { min: 10, max: 50 })).toEqual([]);
    expect(validateLessonLength({ lessons }, { min: 40, max: 50 })[0]?.found).toBe('30 words (10 too few)');
  });

  it('reports the short fixture lesson under the real limits, and an over-long one under any', () => {
    const { messages } = checkEdited({}, { lessonWords: LESSON_WORD_LIMITS });
    expect(messages).toEqual([expect.stringMatching(/^lessons\/sample-lesson\.mdx:1 › sample-lesson › \(prose\): expected between 1200 and 2500 words of prose, not counting components; found \d+ words \(\d+ too few\)$/)]);
    const long = checkEdited({ [LESSON]: (t) => `${t}\n${prose(2600)}\n` });
    expect(long.messages).toEqual([expect.stringMatching(/› sample-lesson › \(prose\): .*found \d+ words \(\d+ too many\)$/)]);
  });
});

describe('schemas', () => {
  it('rejects an empty or over-long quote', () => {
    const long = Array.from({ length: 41 }, (_, i) => `word${i}`).join(' ');
    const { messages } = checkEdited({ [FACTS]: (t) => replaceOnce('"Russia Turkey and Iran signed a joint statement"', `"${long}"`)(replaceOnce('"the shooting down of a Russian military jet in November 2015"', '""')(t)) });
    expect(messages).toEqual([
      expect.stringMatching(/› jet-downing › citations\.0\.quote: expected a quote that is not empty; found ""$/),
      expect.stringMatching(/› guarantors › citations\.0\.quote: expected a quote of at most 40 words; found "word0 word1/),
    ]);
  });

  it('rejects a disputed fact that keeps a single value', () => {
    const { messages } = checkEdited({ [FACTS]: replaceOnce('  disputed: true\n', '  disputed: true\n  value: { kind: number, amount: 20, unit: groups }\n') });
    expect(messages).toEqual([expect.stringContaining('› opposition-groups › value: expected no fact-level value on a disputed fact: each citation carries its own claim')]);
  });

  it('rejects a date in the wrong format and an unknown value kind', () => {
    const { messages } = checkEdited({ [FACTS]: (t) => replaceOnce('date: "2015-11"', 'date: "Nov 2015"')(replaceOnce('kind: place', 'kind: city')(t)) });
    expect(messages).toEqual([expect.stringContaining('› jet-downing › value.date: expected a date written YYYY, YYYY-MM or YYYY-MM-DD; found "Nov 2015"'), expect.stringContaining('› iran-talks-city › value.kind:')]);
  });

  it('rejects malformed YAML with its line', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('    distractors: [2008, 2012]', '    distractors: [2008, 2012') });
    expect(messages[0]).toMatch(/^quizzes\/sample-quiz\.yaml:\d+ › sample-quiz › \(yaml\): expected well-formed YAML; found /);
  });

  it('rejects lesson front matter with a missing field, and a lesson without front matter', () => {
    const { messages } = checkEdited({ [LESSON]: replaceOnce('quiz: sample-quiz\n', '') });
    expect(messages).toContain('lessons/sample-lesson.mdx:1 › sample-lesson › quiz: expected string; found nothing');
    const none = checkEdited({ 'lessons/bare.mdx': () => '# No front matter\n' });
    expect(none.messages).toEqual([expect.stringContaining('lessons/bare.mdx:1 › bare › (front matter): expected front matter between --- lines at the top')]);
  });

  it('names the question when a question lacks a required field', () => {
    const { messages } = checkEdited({ [QUIZ]: replaceOnce('    explanation: 320 foreign journalists covered it.\n', '') });
    expect(messages).toEqual([expect.stringMatching(/^quizzes\/sample-quiz\.yaml:\d+ › sq-numeric › explanation: expected string; found nothing$/)]);
  });
});

describe('validateTypedYears', () => {
  const lessonWith = (body: string) => ({ lessons: [{ file: 'lessons/x.mdx', line: 1, id: 'x', data: readLessonBody('x', body, 10) }] }) as unknown as Pick<Content, 'lessons'>;

  it('reports a year typed into prose or a heading, with its line', () => {
    const problems = validateTypedYears(lessonWith('## December 2016: talks\n\nIn 1991 the country became independent.'));
    expect(problems.map(formatProblem)).toEqual([
      'lessons/x.mdx:10 › x › (prose): expected years inserted from the fact dataset with <Fact id="…" />; found the year 2016 typed into the text',
      'lessons/x.mdx:12 › x › (prose): expected years inserted from the fact dataset with <Fact id="…" />; found the year 1991 typed into the text',
    ]);
  });

  it('accepts years from components, inside quotations and in link targets', () => {
    const body = 'In <Fact id="independence-year" /> it said "as in 1991" and see the [OSCE lesson](../osce-chairmanship-2010/).';
    expect(validateTypedYears(lessonWith(body))).toEqual([]);
  });
});
