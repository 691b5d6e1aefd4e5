// What a printed worksheet and its answer key say for each question. Used by the static print pages (Astro)
// and by the assignment print page (rendered in the browser from a link), so both print the same thing.
import { keyText } from '../quiz/key-text.ts';
import { displayOrder } from '../quiz/shuffle.ts';
import type { RuntimeQuestion } from '../quiz/types.ts';
import type { IslandMessages } from '../i18n/messages/en.ts';
import { fill } from '../i18n/text.ts';

/** What a printed question says to do, in the sheet's language (the catalogue's `islands.worksheet`). */
export type WorksheetWords = IslandMessages['worksheet'];

export interface WorksheetItem {
  id: string;
  prompt: string;
  /** What to do, e.g. "Tick one." */
  instruction: string;
  /** Choices or items, each shown with a box to tick or number. */
  options: string[];
  /** The options are numbered in order (an ordering question), not ticked. */
  numbered?: boolean;
  /** For matching: left items get a blank, right items a letter. */
  match?: { left: string[]; right: string[] };
  /** Lines to write on (numeric answers). */
  lines: number;
  key: string;
  explanation: string;
}

// Canonical order puts the right answer first (and orderings already in order), so paper copies are shuffled
// by a fixed seed: every printout of a question looks the same, and the key is not given away by position.
const PRINT_SEED = 0x5eed;
const reorder = <T>(items: readonly T[], id: string): T[] => displayOrder(items.length, PRINT_SEED, id).map((i) => items[i]!);

export const LETTERS = 'ABCDEFGHIJKL';

export function worksheetItem(q: RuntimeQuestion, words: WorksheetWords): WorksheetItem {
  const common = { id: q.id, prompt: q.prompt, key: keyText(q, words), explanation: q.explanation, lines: 0, options: [] as string[] };
  switch (q.type) {
    case 'single-choice':
      return { ...common, instruction: words.tickOne, options: reorder(q.choices, q.id) };
    case 'multiple-select':
      return { ...common, instruction: words.tickAll, options: reorder(q.choices, q.id) };
    case 'true-false':
      return { ...common, instruction: words.tickOne, options: [words.true, words.false] };
    case 'numeric':
      return { ...common, instruction: q.unit ? fill(words.writeNumberUnit, { unit: q.unit }) : words.writeNumber, lines: 1 };
    case 'ordering':
      return { ...common, instruction: fill(words.numberItems, { n: q.items.length }), options: reorder(q.items, q.id), numbered: true };
    case 'matching': {
      const right = reorder(q.right, q.id);
      const letter = (canonical: number) => LETTERS[right.indexOf(q.right[canonical]!)]!;
      return {
        ...common,
        instruction: words.writeLetter,
        match: { left: q.left, right },
        key: q.left.map((l, i) => `${l} — ${letter(i)} (${q.right[i]})`).join('; '),
      };
    }
  }
}
