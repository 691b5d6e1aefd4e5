import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkEdited, fixtureOptions } from './fixture.ts';
import { loadContent } from '../../src/lib/load-content.ts';
import { contentReport, formatContentReport } from '../../src/quality/content-report.ts';
import { problemsByRule } from '../../src/validation/validate-content.ts';

const FINAL = 'quizzes/final-exam.yaml';
const finalExam = () => 'id: final-exam\ntitle: The final exam\nlesson: null\nfeedback: end\nincludes:\n  - quiz: sample-quiz\n    questions: [sq-disputed, sq-true-false, sq-kind]\n';

function report(edits: Record<string, (t: string) => string> = {}, rendered = false) {
  const { dir, messages } = checkEdited(edits);
  expect(messages).toEqual([]);
  if (rendered) {
    mkdirSync(join(dir, 'dist', 'lessons', 'sample-lesson'), { recursive: true });
    copyFileSync(join(import.meta.dirname, '../fixtures/rendered/sample-lesson.html'), join(dir, 'dist', 'lessons', 'sample-lesson', 'index.html'));
  }
  const { content } = loadContent(dir);
  return contentReport(dir, content, problemsByRule(content, fixtureOptions));
}

describe('content:report', () => {
  it('gives per lesson the facts used, judgements and where the sources end', () => {
    const r = report();
    expect(r.rendered).toMatch(/^no build in dist\//);
    expect(r.lessons).toEqual([{ id: 'sample-lesson', order: 1, file: 'lessons/sample-lesson.mdx', quiz: 'sample-quiz', factsUsed: 8, inserted: 7, citedOnly: 1, judgements: [], unattributedJudgements: null, sourcesEnd: 'November 2020', problems: {} }]);
  });

  it('gives per quiz the skills mix, true/false balance, judgement questions and the recall-only questions', () => {
    const quiz = report().quizzes.find((q) => q.id === 'sample-quiz')!;
    expect(quiz).toMatchObject({
      questions: 10,
      factsUsed: 7,
      skills: { recall: 6, explain: 1, 'compare-sources': 2, evaluate: 1 },
      beyondRecall: 0.4,
      trueFalse: { true: 1, false: 1, maxOneWay: 0.5 },
      judgementQuestions: 0,
      recallOnly: ['sq-single', 'sq-true-false', 'sq-numeric', 'sq-year', 'sq-order', 'sq-match'],
      followsSourceOnDisputed: [],
    });
  });

  it('flags final-exam keys that follow one source on a disputed fact, and counts problems by rule', () => {
    const r = report({ [FINAL]: finalExam });
    const exam = r.quizzes.at(-1)!;
    expect(exam.id).toBe('final-exam');
    expect(exam.followsSourceOnDisputed).toEqual([{ question: 'sq-disputed', fact: 'opposition-groups', source: 'alpha-2017', claims: 'alpha-2017 says 20 armed opposition groups, beta-2020 says 28 armed opposition groups' }]);
    const text = formatContentReport(r);
    expect(text).toContain('Quiz sample-quiz (lesson sample-lesson) — 10 questions, 7 facts');
    expect(text).toContain('  skills: recall 6, explain 1, compare-sources 2, evaluate 1; beyond recall 40 % (ok: at least 40 %), compare-sources ok (at least 2)');
    expect(text).toContain('  true/false: 1 true, 1 false; 50 % one way (ok: at most 60 %)');
    expect(text).toContain('    - sq-disputed follows alpha-2017 on opposition-groups (alpha-2017 says 20 armed opposition groups, beta-2020 says 28 armed opposition groups)');
  });

  it('reads attribution in the lesson text from an up-to-date build', () => {
    const r = report({}, true);
    expect(r.rendered).toBe('lesson text read from the build in dist/');
    expect(r.lessons[0]!.unattributedJudgements).toEqual([]);
    expect(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')).toContain('"content:report": "node scripts/content-report.ts"');
  });
});
