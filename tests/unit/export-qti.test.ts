// QTI 2.1 export: every item, the tests and the manifests validated with xmllint against IMS's published schemas
// (copies in tests/schemas/qti), and every item's correct response naming the choice the build validated.
// The schemas are large, so all files are validated in one run per schema, up front.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { itemPath, qtiItem, qtiPackage } from '../../src/export/qti.ts';
import { zipFiles } from '../../src/export/zip.ts';
import type { RuntimeQuestion } from '../../src/quiz/types.ts';
import { courseBank } from './export-bank-data.ts';
import { schemasDir, validateEach, writeTemp, xpathValues, xpathValuesEach } from './xmllint.ts';

/** Reading the whole course and large schemas can take seconds on a busy shared machine. */
const SLOW = 30_000;

const QTI = join(schemasDir, 'qti/qtiv2p1/imsqti_v2p1.xsd');
const CP = join(schemasDir, 'qti/imscp_v1p1.xsd');
const el = (name: string) => `*[local-name()="${name}"]`;

const bank = courseBank();
const questions = bank.flatMap((b) => b.questions);
const tolerant: RuntimeQuestion = { id: 'n-1', quiz: 'x', type: 'numeric', prompt: 'How many <i>delegates</i> & observers?', explanation: 'About 20.', facts: [], correct: 20, tolerance: 2, unit: 'delegates' };
const digitFirst: RuntimeQuestion = { id: '2010-chair', quiz: '2010-quiz', type: 'true-false', prompt: 'True?', explanation: 'Yes.', facts: [], correct: true };
let dir = '';
let qti = new Map<string, string>();
let cp = new Map<string, string>();
const at = (...p: string[]) => join(dir, ...p);

beforeAll(() => {
  // The course package goes through a real zip, as a teacher downloads it.
  const course = unzipSync(zipFiles(qtiPackage('all-quizzes', 'All quizzes', bank)));
  const digit = qtiPackage('2010-quiz', 'Quiz', [{ id: '2010-quiz', title: 'Quiz', questions: [digitFirst] }]);
  dir = writeTemp({
    ...Object.fromEntries(Object.entries(course).map(([p, b]) => [`course/${p}`, b])),
    ...Object.fromEntries(Object.entries(digit).map(([p, t]) => [`digit/${p}`, t])),
    'tolerant.xml': qtiItem(tolerant),
    'broken.xml': qtiItem(digitFirst).replace('cardinality="single"', 'cardinality="one"'),
  });
  qti = validateEach(QTI, [at('course/all-quizzes.xml'), ...questions.map((q) => at('course', itemPath(q.id))), at('digit/2010-quiz.xml'), at('digit', itemPath(digitFirst.id)), at('tolerant.xml'), at('broken.xml')]);
  cp = validateEach(CP, [at('course/imsmanifest.xml'), at('digit/imsmanifest.xml')]);
}, SLOW);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('QTI 2.1 export (qti.ts)', () => {
  test('the whole-course package validates against the QTI 2.1 and IMS CP schemas, and every correct response is the key', () => {
    for (const [file, problems] of qti) if (!file.endsWith('broken.xml')) expect(problems, file).toBe('');
    expect(cp.get(at('course/imsmanifest.xml'))).toBe('');
    expect(xpathValues(at('course/imsmanifest.xml'), [`count(//${el('resource')}[@type="imsqti_item_xmlv2p1"])`, `count(//${el('resource')}[@type="imsqti_test_xmlv2p1"]/${el('dependency')})`])).toEqual([String(questions.length), String(questions.length)]);

    // The same queries on every item, in one xmllint run: the correct response's values, and what the choices
    // (or the two sides of each pair) they name say.
    const values = `//${el('correctResponse')}/${el('value')}`;
    const value = (i: number) => `string((${values})[${i}])`;
    const choice = (id: string) => `string(//${el('simpleChoice')}[@identifier=${id}])`;
    const side = (id: string) => `string(//${el('simpleAssociableChoice')}[@identifier=${id}])`;
    const slots = [1, 2, 3, 4, 5, 6, 7, 8];
    const rows = xpathValuesEach(
      questions.map((q) => at('course', itemPath(q.id))),
      [`count(${values})`, `string(//${el('modalFeedback')})`, ...slots.flatMap((i) => [value(i), choice(value(i)), side(`substring-before(${value(i)}, ' ')`), side(`substring-after(${value(i)}, ' ')`)])],
    );
    questions.forEach((q, k) => {
      const [count, feedback, ...rest] = rows[k]!;
      const named = slots.map((i) => ({ value: rest[(i - 1) * 4]!, text: rest[(i - 1) * 4 + 1]!, left: rest[(i - 1) * 4 + 2]!, right: rest[(i - 1) * 4 + 3]! }));
      const n = q.type === 'multiple-select' ? q.correct.length : q.type === 'ordering' ? q.items.length : q.type === 'matching' ? q.left.length : 1;
      expect(Number(count), q.id).toBe(n);
      expect(feedback).toContain(q.explanation);
      for (const f of q.facts) expect(feedback).toContain(f.quote);
      const used = named.slice(0, n);
      switch (q.type) {
        case 'single-choice':
          expect(used[0]!.text).toBe(q.choices[q.correct]);
          break;
        case 'multiple-select':
          expect(used.map((u) => u.text).sort()).toEqual(q.correct.map((i) => q.choices[i]!).sort());
          break;
        case 'true-false':
          expect(used[0]!.value).toBe(q.correct ? 'TRUE' : 'FALSE');
          break;
        case 'numeric':
          expect(Number(used[0]!.value)).toBe(q.correct);
          break;
        case 'ordering':
          expect(used.map((u) => u.text)).toEqual(q.items);
          break;
        case 'matching':
          expect(used.map((u) => [u.left, u.right])).toEqual(q.left.map((l, i) => [l, q.right[i]]));
          break;
      }
    });
  }, SLOW);

  test('a numeric key with a tolerance is marked with that tolerance; markup in the content stays text', () => {
    expect(qti.get(at('tolerant.xml'))).toBe('');
    expect(xpathValues(at('tolerant.xml'), [`string(//${el('equal')}/@tolerance)`, `string(//${el('equal')}/@toleranceMode)`, `string(//${el('itemBody')}/${el('p')}[1])`])).toEqual(['2 2', 'absolute', 'How many <i>delegates</i> & observers?']);
  });

  test('ids that start with a digit still make a valid package (the XML ids carry a prefix)', () => {
    expect(qti.get(at('digit', itemPath(digitFirst.id)))).toBe('');
    expect(qti.get(at('digit/2010-quiz.xml'))).toBe('');
    expect(cp.get(at('digit/imsmanifest.xml'))).toBe('');
  });

  test('a broken item is caught by the schema (the check can fail)', () => {
    expect(qti.get(at('broken.xml'))).toMatch(/cardinality/);
  });
});
