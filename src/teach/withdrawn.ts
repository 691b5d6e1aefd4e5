// Questions withdrawn from the course (src/data/retired-questions.yaml) can still be named by links and result
// codes handed out before. The teacher and student pages say so, with the reason, instead of "no longer exists".
// The words come from the page's catalogue (`islands.link`, `islands.teacherResults`); English wrappers for tests
// and scripts are in messages.ts. The reasons themselves are course content, written in English for now.
import { fill } from '../i18n/text.ts';

/** Withdrawn question id → the reason, as a teacher can read it. */
export type Withdrawn = ReadonlyMap<string, string>;

/** Reads the site's `retired-questions.json` (a list of `{ id, quiz, reason }`); anything malformed is left out. */
export function withdrawnFrom(json: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!Array.isArray(json)) return out;
  for (const item of json) {
    if (item && typeof item === 'object' && typeof item.id === 'string' && typeof item.reason === 'string') out.set(item.id, item.reason);
  }
  return out;
}

const reasonOf = (withdrawn: Withdrawn, id: string) => withdrawn.get(id)?.replace(/\.$/, '');

/** What a missing question is, in a few words: "x was withdrawn from the course (reason)" or "x no longer exists". */
export function missingQuestion(id: string, withdrawn: Withdrawn, words: { itemGone: string; itemWithdrawn: string }): string {
  const reason = reasonOf(withdrawn, id);
  return reason === undefined ? fill(words.itemGone, { id }) : fill(words.itemWithdrawn, { id, reason });
}

/** A class-table column's question when the build no longer has it. */
export function missingPrompt(id: string, withdrawn: Withdrawn, words: { gone: string; withdrawnPrompt: string }): string {
  const reason = reasonOf(withdrawn, id);
  return reason === undefined ? fill(words.gone, { id }) : fill(words.withdrawnPrompt, { id, reason });
}

/** One note per withdrawn question in a class table, saying whose marks the table shows for it. */
export function withdrawnNotes(columnIds: readonly string[], withdrawn: Withdrawn, note: string): string[] {
  return columnIds.flatMap((id, n) => {
    const reason = reasonOf(withdrawn, id);
    return reason === undefined ? [] : [fill(note, { n: n + 1, id, reason })];
  });
}
