import { describe, expect, it } from 'vitest';
import { isComplete, isCorrect, parseNumericInput } from '../../src/quiz/checking.ts';
import type { RuntimeQuestion } from '../../src/quiz/types.ts';

const base = { id: 'q', quiz: 'z', prompt: 'P?', explanation: 'E.', facts: [] };
const single: RuntimeQuestion = { ...base, type: 'single-choice', choices: ['2010', '2008', '2012'], correct: 0 };
const multi: RuntimeQuestion = { ...base, type: 'multiple-select', choices: ['Russia', 'Turkey', 'Iran', 'China'], correct: [0, 1, 2] };
const tf: RuntimeQuestion = { ...base, type: 'true-false', correct: false };
const numeric: RuntimeQuestion = { ...base, type: 'numeric', correct: 320, tolerance: 5 };
const ordering: RuntimeQuestion = { ...base, type: 'ordering', items: ['a', 'b', 'c'] };
const matching: RuntimeQuestion = { ...base, type: 'matching', left: ['x', 'y', 'z'], right: ['1', '2', '3'] };

describe('isCorrect', () => {
  it('marks single choice by the canonical index', () => {
    expect(isCorrect(single, { type: 'single-choice', choice: 0 })).toBe(true);
    expect(isCorrect(single, { type: 'single-choice', choice: 2 })).toBe(false);
  });
  it('needs exactly the right set for multiple select, in any order', () => {
    expect(isCorrect(multi, { type: 'multiple-select', choices: [2, 0, 1] })).toBe(true);
    expect(isCorrect(multi, { type: 'multiple-select', choices: [0, 1] })).toBe(false);
    expect(isCorrect(multi, { type: 'multiple-select', choices: [0, 1, 2, 3] })).toBe(false);
  });
  it('marks true/false', () => {
    expect(isCorrect(tf, { type: 'true-false', value: false })).toBe(true);
    expect(isCorrect(tf, { type: 'true-false', value: true })).toBe(false);
  });
  it('accepts a numeric answer within the stated tolerance only', () => {
    expect(isCorrect(numeric, { type: 'numeric', value: 325 })).toBe(true);
    expect(isCorrect(numeric, { type: 'numeric', value: 326 })).toBe(false);
    expect(isCorrect(numeric, { type: 'numeric', value: Number.NaN })).toBe(false);
  });
  it('needs the full order for ordering', () => {
    expect(isCorrect(ordering, { type: 'ordering', order: [0, 1, 2] })).toBe(true);
    expect(isCorrect(ordering, { type: 'ordering', order: [1, 0, 2] })).toBe(false);
    expect(isCorrect(ordering, { type: 'ordering', order: [0, 1] })).toBe(false);
  });
  it('needs every pair for matching', () => {
    expect(isCorrect(matching, { type: 'matching', pairs: [0, 1, 2] })).toBe(true);
    expect(isCorrect(matching, { type: 'matching', pairs: [0, 2, 1] })).toBe(false);
    expect(isCorrect(matching, { type: 'matching', pairs: [0, 1, -1] })).toBe(false);
  });
  it('treats a missing answer or one of another type as wrong', () => {
    expect(isCorrect(single, undefined)).toBe(false);
    expect(isCorrect(single, { type: 'true-false', value: true })).toBe(false);
  });
});

describe('isComplete', () => {
  it('requires every blank to be filled before checking', () => {
    expect(isComplete(matching, { type: 'matching', pairs: [0, -1, 2] })).toBe(false);
    expect(isComplete(matching, { type: 'matching', pairs: [2, 1, 0] })).toBe(true);
    expect(isComplete(multi, { type: 'multiple-select', choices: [] })).toBe(false);
  });
});

describe('parseNumericInput', () => {
  it('reads digits with separators and rejects anything else', () => {
    expect(parseNumericInput(' 2,017 ')).toBe(2017);
    expect(parseNumericInput('33.4')).toBe(33.4);
    expect(parseNumericInput('2017a')).toBeNull();
    expect(parseNumericInput('')).toBeNull();
    expect(parseNumericInput('<script>')).toBeNull();
    expect(parseNumericInput('1'.repeat(40))).toBeNull();
  });
});
