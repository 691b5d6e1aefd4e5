import { describe, expect, it } from 'vitest';
import { displayOrder, shuffled } from '../../src/quiz/shuffle.ts';
import { dueCards, LAST_BOX, missed, reviewed } from '../../src/quiz/leitner.ts';

describe('seeded shuffling', () => {
  const items = Array.from({ length: 10 }, (_, i) => i);
  it('gives the same order for the same seed, so an attempt can be replayed', () => {
    expect(shuffled(items, 42)).toEqual(shuffled(items, 42));
    expect(displayOrder(5, 7, 'q1')).toEqual(displayOrder(5, 7, 'q1'));
  });
  it('gives different orders for different seeds and questions, and keeps every item', () => {
    expect(shuffled(items, 1)).not.toEqual(shuffled(items, 2));
    expect(displayOrder(8, 7, 'q1')).not.toEqual(displayOrder(8, 7, 'q2'));
    expect([...shuffled(items, 3)].sort((a, b) => a - b)).toEqual(items);
  });
});

describe('Leitner review', () => {
  const now = 1_000_000;
  const day = 86_400_000;
  it('puts a missed question in box 1, due at once', () => {
    expect(missed(now)).toEqual({ box: 1, due: now });
    expect(dueCards({ a: missed(now) }, now)).toEqual(['a']);
  });
  it('moves a right answer up a box with a longer wait, and a wrong one back to box 1', () => {
    const up = reviewed({ box: 1, due: now }, true, now)!;
    expect(up).toEqual({ box: 2, due: now + day });
    expect(reviewed({ box: 3, due: now }, false, now)).toEqual({ box: 1, due: now });
  });
  it('retires a card answered right in the last box', () => {
    expect(reviewed({ box: LAST_BOX, due: now }, true, now)).toBeNull();
  });
  it('lists only due cards, most overdue first', () => {
    expect(dueCards({ a: { box: 2, due: now - 5 }, b: { box: 1, due: now - 10 }, c: { box: 3, due: now + 1 } }, now)).toEqual(['b', 'a']);
  });
});
