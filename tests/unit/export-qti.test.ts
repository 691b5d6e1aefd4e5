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
import { schemasDir, validateEach, writeTemp, xpathValues } from './xmllint.ts';

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
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('QTI 2.1 export (qti.ts)', () => {
  test('the whole-course package validates against the QTI 2.1 and IMS CP schemas, and every correct response is the key', () => {
    for (const [file, problems] of qti) if (!file.endsWith('broken.xml')) expect(problems, file).toBe('');
    expect(cp.get(at('course/imsmanifest.xml'))).toBe('');
    expect(xpathValues(at('course/imsmanifest.xml'), [`count(//${el('resource')}[@type="imsqti_item_xmlv2p1"])`, `count(//${el('resource')}[@type="imsqti_test_xmlv2p1"]/${el('dependency')})`])).toEqual([String(questions.length), String(questions.length)]);

    for (const q of questions) {
      const file = at('course', itemPath(q.id));
      const values = `//${el('correctResponse')}/${el('value')}`;
      const n = q.type === 'multiple-select' ? q.correct.length : q.type === 'ordering' ? q.items.length : q.type === 'matching' ? q.left.length : 1;
      // What each named choice says, looked up by its identifier.
      const textOf = (id: string) => `string(//${el('simpleChoice')}[@identifier="${id}"] | //${el('simpleAssociableChoice')}[@identifier="${id}"])`;
      const got = xpathValues(file, [`count(${values})`, `string(//${el('modalFeedback')})`, ...Array.from({ length: n }, (_, i) => `string((${values})[${i + 1}])`)]);
      expect(Number(got[0]), q.id).toBe(n);
      expect(got[1]).toContain(q.explanation);
      for (const f of q.facts) expect(got[1]).toContain(f.quote);
      const ids = got.slice(2);
      switch (q.type) {
        case 'single-choice':
          expect(xpathValues(file, [textOf(ids[0]!)])).toEqual([q.choices[q.correct]]);
          break;
        case 'multiple-select':
          expect(xpathValues(file, ids.map(textOf)).sort()).toEqual(q.correct.map((i) => q.choices[i]!).sort());
          break;
        case 'true-false':
          expect(ids).toEqual([q.correct ? 'TRUE' : 'FALSE']);
          break;
        case 'numeric':
          expect(Number(ids[0])).toBe(q.correct);
          break;
        case 'ordering':
          expect(xpathValues(file, ids.map(textOf))).toEqual(q.items);
          break;
        case 'matching':
          for (const [i, pair] of ids.entries()) {
            const [l, r] = pair.split(' ');
            expect(xpathValues(file, [textOf(l!), textOf(r!)])).toEqual([q.left[i], q.right[i]]);
          }
          break;
      }
    }
  });

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
