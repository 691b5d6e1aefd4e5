// What every exported item says after it is answered: the explanation, then each cited fact with its verbatim
// quote and source. One place, so Moodle XML, GIFT, QTI and the SCORM package all say the same.
import type { RuntimeQuestion } from '../quiz/types.ts';
import { htmlText } from './xml.ts';

/** Plain text, one line: for GIFT. */
export function feedbackPlain(q: RuntimeQuestion): string {
  return [q.explanation, ...q.facts.map((f) => `${f.statement} “${f.quote}” (${f.source})`)].join(' ');
}

/** HTML paragraphs and quotations (already escaped): for Moodle XML and QTI. */
export function feedbackHtml(q: RuntimeQuestion): string {
  return [
    `<p>${htmlText(q.explanation)}</p>`,
    ...q.facts.map((f) => `<p>${htmlText(f.statement)}</p><blockquote><p>“${htmlText(f.quote)}” — ${htmlText(f.source)}</p></blockquote>`),
  ].join('');
}
