// Why an assignment link cannot be used, in the page's language (the catalogue's `islands.link`, sent by the page).
import { MAX_CLASS_LABEL, MAX_DUE_TEXT, MAX_LINK_LENGTH, MAX_QUESTIONS, type LinkProblem } from '../teach/assignment-link.ts';
import { fill, strings } from './strings.ts';
import { countIn } from './count.ts';

export function linkMessage(problem: LinkProblem): string {
  return fill(strings('link')[problem], { maxLength: MAX_LINK_LENGTH, maxQuestions: MAX_QUESTIONS, maxLabel: MAX_CLASS_LABEL, maxDue: MAX_DUE_TEXT });
}

/** Which of an assignment's questions this build no longer has ('' when none). */
export function missingText(missing: readonly string[], total: number): string {
  if (missing.length === 0) return '';
  const t = strings('link');
  const list = missing.join(', ');
  return missing.length === total ? fill(t.allMissing, { list }) : countIn(t.someMissing, missing.length, { total, list });
}
