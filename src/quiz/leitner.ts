// Spaced review on a Leitner schedule: a missed question enters box 1, due at once; each right answer moves it up a box
// and pushes its next review further away; a wrong answer sends it back to box 1. Past the last box it is
// learned and leaves the review.

export interface ReviewCard {
  /** 1 … LAST_BOX */
  box: number;
  /** When it is next due, in ms since the epoch. */
  due: number;
}

/** Days to wait before the next review, by box. */
export const BOX_INTERVAL_DAYS = [0, 0, 1, 3, 7, 14] as const;
export const LAST_BOX = BOX_INTERVAL_DAYS.length - 1;
const DAY = 86_400_000;

/** A question just answered wrongly (in a quiz or in review): back to box 1, due at once. */
export function missed(now: number): ReviewCard {
  return { box: 1, due: now + BOX_INTERVAL_DAYS[1] * DAY };
}

/** The card after a review answer; null when the card is learned and leaves the review. */
export function reviewed(card: ReviewCard, correct: boolean, now: number): ReviewCard | null {
  if (!correct) return missed(now);
  const box = card.box + 1;
  if (box > LAST_BOX) return null;
  return { box, due: now + BOX_INTERVAL_DAYS[box]! * DAY };
}

/** Question ids due for review at `now`, most overdue first. */
export function dueCards(cards: Readonly<Record<string, ReviewCard>>, now: number): string[] {
  return Object.entries(cards)
    .filter(([, c]) => c.due <= now)
    .sort(([a, x], [b, y]) => x.due - y.due || a.localeCompare(b))
    .map(([id]) => id);
}
