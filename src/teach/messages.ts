// The English words for why an assignment link or a result code cannot be used, for tests and for any code that
// runs outside a page. They come from the English catalogue (src/i18n/messages/en.ts, `islands.link` and
// `islands.result`), the one place the wording lives: pages send their own language's words to the islands, and
// the decoders return only problem codes, so no page's JavaScript carries these sentences.
import { en } from '../i18n/messages/en.ts';
import { fill } from '../i18n/text.ts';
import { count } from '../i18n/plural.ts';
import { MAX_CLASS_LABEL, MAX_DUE_TEXT, MAX_LINK_LENGTH, MAX_QUESTIONS, type LinkProblem } from './assignment-link.ts';
import { MAX_NAME, MAX_RESULT_LENGTH } from './result-code.ts';
import { MAX_YEAR, MIN_YEAR, type ResultProblem } from './result-code-reader.ts';
import * as words from './withdrawn.ts';

const limits = { maxLength: MAX_LINK_LENGTH, maxQuestions: MAX_QUESTIONS, maxLabel: MAX_CLASS_LABEL, maxDue: MAX_DUE_TEXT, maxName: MAX_NAME };

const { allMissing, someMissing, allWithdrawn, someWithdrawn, itemGone, itemWithdrawn, ...linkTemplates } = en.islands.link;

export const LINK_MESSAGES: Record<LinkProblem, string> = Object.fromEntries(Object.entries(linkTemplates satisfies Record<LinkProblem, string>).map(([k, v]) => [k, fill(v, limits)])) as Record<LinkProblem, string>;

export const RESULT_MESSAGES: Record<ResultProblem, string> = Object.fromEntries(
  Object.entries(en.islands.result satisfies Record<ResultProblem, string>).map(([k, v]) => [k, fill(v, { ...limits, maxLength: MAX_RESULT_LENGTH, minYear: MIN_YEAR, maxYear: MAX_YEAR })]),
) as Record<ResultProblem, string>;

/** Which of an assignment's questions this build no longer has, in English ('' when none); withdrawn ones with the reason. */
export function missingMessage(missing: readonly string[], total: number, withdrawn: words.Withdrawn = new Map()): string {
  if (missing.length === 0) return '';
  if (missing.some((id) => withdrawn.has(id))) {
    const list = missing.map((id) => words.missingQuestion(id, withdrawn, { itemGone, itemWithdrawn })).join('; ');
    return missing.length === total ? fill(allWithdrawn, { list }) : count('en', someWithdrawn, missing.length, { total, list });
  }
  const list = missing.join(', ');
  return missing.length === total ? fill(allMissing, { list }) : count('en', someMissing, missing.length, { total, list });
}

/** A class-table column's question when the build no longer has it, in English. */
export const missingPrompt = (id: string, withdrawn: words.Withdrawn): string => words.missingPrompt(id, withdrawn, en.islands.teacherResults);

/** The class table's notes on withdrawn questions, in English. */
export const withdrawnNotes = (columnIds: readonly string[], withdrawn: words.Withdrawn): string[] => words.withdrawnNotes(columnIds, withdrawn, en.islands.teacherResults.withdrawnNote);
