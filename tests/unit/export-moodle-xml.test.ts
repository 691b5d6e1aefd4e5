// Moodle XML export: well-formed, shaped as Moodle's importer (question/format/xml/format.php and qtype_ordering)
// reads it, and every question's key equal to the one the build validated. Read back with xmllint's XPath.
import { afterAll, describe, expect, test } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { moodleXml, moodleProblems } from '../../src/export/moodle-xml.ts';
import type { RuntimeQuestion } from '../../src/quiz/types.ts';
import { htmlText } from '../../src/export/xml.ts';
import { courseBank } from './export-bank-data.ts';
import { wellFormed, writeTemp, xpathValues } from './xmllint.ts';

/** Reading the whole course and large schemas can take seconds on a busy shared machine. */
const SLOW = 30_000;

const MOODLE_TYPE: Record<RuntimeQuestion['type'], string> = { 'single-choice': 'multichoice', 'multiple-select': 'multichoice', 'true-false': 'truefalse', numeric: 'numerical', ordering: 'ordering', matching: 'matching' };
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function written(text: string): string {
  const dir = writeTemp({ 'bank.xml': text });
  dirs.push(dir);
  return join(dir, 'bank.xml');
}

const p = (s: string) => `<p>${htmlText(s)}</p>`;

describe('Moodle XML export (moodle-xml.ts)', () => {
  test('the whole course is well-formed Moodle XML: a category per quiz, every question with its type, text, feedback and key', () => {
    const bank = courseBank();
    const file = written(moodleXml(bank));
    expect(wellFormed(file)).toBe('');
    const questions = bank.flatMap((b) => b.questions);
    const [categories, total] = xpathValues(file, ['count(/quiz/question[@type="category"])', 'count(/quiz/question[@type!="category"])']);
    expect(Number(categories)).toBe(bank.length);
    expect(Number(total)).toBe(questions.length);

    // Every question's queries in one xmllint run, then compared with the runtime question.
    const batches = questions.map((q) => {
      const at = `/quiz/question[idnumber="${q.id}"]`;
      const common = [`string(${at}/@type)`, `string(${at}/questiontext/text)`, `string(${at}/generalfeedback/text)`, `string(${at}/name/text)`];
      const specific: string[] = [];
      switch (q.type) {
        case 'single-choice':
        case 'multiple-select':
          specific.push(`string(${at}/single)`, `count(${at}/answer)`, ...q.choices.map((_, i) => `string(${at}/answer[${i + 1}]/@fraction)`), ...q.choices.map((_, i) => `string(${at}/answer[${i + 1}]/text)`));
          break;
        case 'true-false':
          specific.push(`string(${at}/answer[text="true"]/@fraction)`, `string(${at}/answer[text="false"]/@fraction)`);
          break;
        case 'numeric':
          specific.push(`string(${at}/answer/text)`, `string(${at}/answer/tolerance)`, `string(${at}/answer/@fraction)`);
          break;
        case 'ordering':
          specific.push(`string(${at}/selecttype)`, `string(${at}/selectcount)`, `string(${at}/gradingtype)`, `count(${at}/answer)`, ...q.items.map((_, i) => `string(${at}/answer[${i + 1}]/text)`));
          break;
        case 'matching':
          specific.push(`count(${at}/subquestion)`, ...q.left.flatMap((_, i) => [`string(${at}/subquestion[${i + 1}]/text)`, `string(${at}/subquestion[${i + 1}]/answer/text)`]));
          break;
      }
      return [...common, ...specific];
    });
    const answers = xpathValues(file, batches.flat());
    let offset = 0;
    questions.forEach((q, k) => {
      const [type, text, feedback, name, ...v] = answers.slice(offset, (offset += batches[k]!.length));
      expect(type, q.id).toBe(MOODLE_TYPE[q.type]);
      expect(text).toBe(p(q.prompt));
      expect(name!.length).toBeGreaterThan(0);
      expect(feedback).toContain(htmlText(q.explanation));
      for (const f of q.facts) expect(feedback).toContain(htmlText(f.quote));
      switch (q.type) {
        case 'single-choice':
          expect(v[0]).toBe('true');
          expect(Number(v[1])).toBe(q.choices.length);
          expect(v.slice(2, 2 + q.choices.length)).toEqual(q.choices.map((_, i) => (i === q.correct ? '100' : '0')));
          expect(v.slice(2 + q.choices.length)).toEqual(q.choices.map(p));
          break;
        case 'multiple-select': {
          expect(v[0]).toBe('false');
          const fractions = v.slice(2, 2 + q.choices.length).map(Number);
          expect(fractions.flatMap((f, i) => (f > 0 ? [i] : []))).toEqual(q.correct);
          expect(fractions.filter((f) => f > 0).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 3);
          expect(fractions.filter((f) => f <= 0)).toEqual(fractions.filter((f) => f <= 0).map(() => -100));
          expect(v.slice(2 + q.choices.length)).toEqual(q.choices.map(p));
          break;
        }
        case 'true-false':
          expect(v).toEqual(q.correct ? ['100', '0'] : ['0', '100']);
          break;
        case 'numeric':
          expect(v).toEqual([String(q.correct), String(q.tolerance), '100']);
          break;
        case 'ordering':
          // The importer takes the order of the <answer> elements as the correct order.
          expect(v).toEqual(['ALL', String(q.items.length), 'ALL_OR_NOTHING', String(q.items.length), ...q.items.map(p)]);
          break;
        case 'matching':
          expect(v).toEqual([String(q.left.length), ...q.left.flatMap((l, i) => [p(l), q.right[i]!])]);
          break;
      }
    });
  }, SLOW);

  test('markup and XML specials in the content stay text', () => {
    const q: RuntimeQuestion = { id: 'x-1', quiz: 'x', type: 'true-false', prompt: 'Is <b>this</b> & "that" ]]> true?', explanation: 'A < B.', facts: [], correct: false };
    const file = written(moodleXml([{ id: 'x', title: 'A/B quiz', questions: [q] }]));
    expect(wellFormed(file)).toBe('');
    expect(xpathValues(file, ['string(//question[idnumber="x-1"]/questiontext/text)', 'string(//question[@type="category"]/category/text)'])).toEqual([
      '<p>Is &lt;b&gt;this&lt;/b&gt; &amp; &quot;that&quot; ]]&gt; true?</p>',
      '$course$/top/Kazakhstan the Mediator/A//B quiz',
    ]);
  });

  test('a multiple-select key Moodle cannot grade in equal shares is a problem with its reason', () => {
    const q: RuntimeQuestion = { id: 'ms-11', quiz: 'x', type: 'multiple-select', prompt: 'Pick eleven.', explanation: 'All eleven.', facts: [], choices: Array.from({ length: 12 }, (_, i) => `c${i}`), correct: Array.from({ length: 11 }, (_, i) => i) };
    expect(moodleProblems(q)).toEqual([{ item: 'ms-11', field: 'answers', expected: expect.stringContaining('at most 10 right answers'), found: '11 right answers' }]);
  });
});
