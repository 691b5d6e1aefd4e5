// Why an assignment link cannot be used, in the page's language (the catalogue's `islands.link`, sent by the page).
import { MAX_CLASS_LABEL, MAX_DUE_TEXT, MAX_LINK_LENGTH, MAX_QUESTIONS, type LinkProblem } from '../teach/assignment-link.ts';
import { missingQuestion, type Withdrawn } from '../teach/withdrawn.ts';
import { fill, strings } from './strings.ts';
import { countIn } from './count.ts';

export function linkMessage(problem: LinkProblem): string {
  return fill(strings('link')[problem], { maxLength: MAX_LINK_LENGTH, maxQuestions: MAX_QUESTIONS, maxLabel: MAX_CLASS_LABEL, maxDue: MAX_DUE_TEXT });
}

/** Which of an assignment's questions this build no longer has ('' when none); withdrawn ones with the reason. */
export function missingText(missing: readonly string[], total: number, withdrawn: Withdrawn): string {
  if (missing.length === 0) return '';
  const t = strings('link');
  if (missing.some((id) => withdrawn.has(id))) {
    // A withdrawn question is named with its reason, so nobody thinks the link is broken.
    const list = missing.map((id) => missingQuestion(id, withdrawn, t)).join('; ');
    return missing.length === total ? fill(t.allWithdrawn, { list }) : countIn(t.someWithdrawn, missing.length, { total, list });
  }
  const list = missing.join(', ');
  return missing.length === total ? fill(t.allMissing, { list }) : countIn(t.someMissing, missing.length, { total, list });
}
