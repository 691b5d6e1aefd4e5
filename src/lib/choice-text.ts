// Which quiz choices are dates (formatted by the language's calendar words) rather than text (translated).
const ISO_DATE = /^\d{4}(-\d{2}){0,2}$/;
const ISO_RANGE = /^\d{4}(?:-\d{2}){0,2}\/\d{4}(?:-\d{2}){0,2}$/;

/** "2015-11", "2017-01-23/2017-01-24": written as dates in each language, never translated as text. */
export function isDateChoice(choice: string): boolean {
  return ISO_DATE.test(choice) || ISO_RANGE.test(choice);
}
