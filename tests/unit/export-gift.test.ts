// GIFT export, read back by an independent parser (gift-pegjs) and compared question by question with the bank.
import { describe, expect, test } from 'vitest';
import { parse } from 'gift-pegjs';
import { giftEscape, giftFile, giftProblems, giftQuestion } from '../../src/export/gift.ts';
import { moodleFraction } from '../../src/export/bank.ts';
import type { RuntimeQuestion } from '../../src/quiz/types.ts';
import { courseBank } from './export-bank-data.ts';

/** Reading the whole course and large schemas can take seconds on a busy shared machine. */
const SLOW = 30_000;

type Parsed = ReturnType<typeof parse>[number] & Record<string, any>;

function compare(q: RuntimeQuestion, p: Parsed): void {
  expect(p.title).toBe(q.id);
  expect(p.stem.text).toBe(q.type === 'numeric' && q.unit && q.unit !== 'year' ? `${q.prompt} (${q.unit})` : q.prompt);
  expect(p.globalFeedback.text).toContain(q.explanation);
  for (const f of q.facts) expect(p.globalFeedback.text).toContain(`“${f.quote}” (${f.source})`);
  switch (q.type) {
    case 'single-choice':
      expect(p.type).toBe('MC');
      expect(p.choices.map((c: any) => c.text.text)).toEqual(q.choices);
      expect(p.choices.map((c: any) => c.isCorrect)).toEqual(q.choices.map((_, i) => i === q.correct));
      break;
    case 'multiple-select':
      expect(p.type).toBe('MC');
      expect(p.choices.map((c: any) => c.text.text)).toEqual(q.choices);
      // gift-pegjs leaves isCorrect false for weighted answers: the weight says which are right.
      expect(p.choices.flatMap((c: any, i: number) => (c.weight > 0 ? [i] : []))).toEqual(q.correct);
      expect(p.choices.reduce((sum: number, c: any) => sum + Math.max(0, c.weight), 0)).toBeCloseTo(100, 3);
      break;
    case 'true-false':
      expect(p.type).toBe('TF');
      expect(p.isTrue).toBe(q.correct);
      break;
    case 'numeric':
      expect(p.type).toBe('Numerical');
      expect(p.choices.number).toBe(q.correct);
      expect(p.choices.range ?? 0).toBe(q.tolerance);
      break;
    case 'matching':
      expect(p.type).toBe('Matching');
      expect(p.matchPairs.map((m: any) => [m.subquestion.text, m.subanswer])).toEqual(q.left.map((l, i) => [l, q.right[i]]));
      break;
    case 'ordering':
      throw new Error('ordering has no GIFT form');
  }
}

describe('GIFT export (gift.ts)', () => {
  test('the whole course parses back with gift-pegjs, question by question equal to the bank; ordering listed as skipped', () => {
    const bank = courseBank();
    const text = giftFile(bank);
    const parsed = parse(text) as Parsed[];
    const categories = parsed.filter((p) => p.type === 'Category');
    expect(categories.map((c) => c.title)).toEqual(bank.map((b) => `$course$/top/Kazakhstan the Mediator/${b.title}`));
    const questions = parsed.filter((p) => p.type !== 'Category');
    const expressible = bank.flatMap((b) => b.questions).filter((q) => q.type !== 'ordering');
    expect(questions).toHaveLength(expressible.length);
    expressible.forEach((q, i) => compare(q, questions[i]!));
    const ordering = bank.flatMap((b) => b.questions).filter((q) => q.type === 'ordering');
    expect(ordering.length).toBeGreaterThan(0);
    const skipped = [...text.matchAll(/^\/\/ Skipped \(GIFT cannot express ordering questions[^:]*: (.*)$/gm)].flatMap((m) => m[1]!.split(', '));
    expect(skipped.sort()).toEqual(ordering.map((q) => q.id).sort());
  }, SLOW);

  test("GIFT's special characters in any text survive the round trip", () => {
    const tricky = 'Braces {a}, equals = tilde ~ hash # colon : backslash \\ and a\nline break';
    const q: RuntimeQuestion = { id: 'tricky-1', quiz: 'x', type: 'single-choice', prompt: tricky, explanation: `Why: ${tricky}`, facts: [{ statement: 'S', quote: 'Q: {x}', source: 'Src #1' }], choices: [tricky, '=b', '~c'], correct: 1 };
    const [p] = parse(giftQuestion(q)!) as Parsed[];
    const flat = tricky.replace('\n', ' ');
    expect(p!.stem.text).toBe(flat);
    expect(p!.choices.map((c: any) => c.text.text)).toEqual([flat, '=b', '~c']);
    expect(p!.choices.map((c: any) => c.isCorrect)).toEqual([false, true, false]);
    expect(p!.globalFeedback.text).toContain('“Q: {x}” (Src #1)');
    expect(giftEscape('a:b')).toBe('a\\:b');
  });

  test('a matching pair whose left side contains "->" is a problem, with the reason', () => {
    const q: RuntimeQuestion = { id: 'm-1', quiz: 'x', type: 'matching', prompt: 'Match them.', explanation: 'Because.', facts: [], left: ['A -> B', 'C', 'D'], right: ['1', '2', '3'] };
    expect(giftProblems(q)).toEqual([{ item: 'm-1', field: 'pairs.0.left', expected: expect.stringContaining('"->"'), found: '"A -> B"' }]);
  });

  test('multiple-select shares use Moodle grade values, and a share Moodle lacks is refused', () => {
    expect([2, 3, 4, 6, 7, 10].map(moodleFraction)).toEqual([50, 33.33333, 25, 16.66667, 14.28571, 10]);
    expect(moodleFraction(11)).toBeNull();
  });
});
