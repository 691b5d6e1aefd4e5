// Dates, numbers and lists written the way each language writes them: "23–24 January 2017",
// "23–24 января 2017 г.", "2017 ж. 23–24 қаңтар". Runs at build time only, in Node, whose ICU has the Kazakh
// data; Chromium's has not (it writes "2017 M01 23"), so no island formats a Kazakh date or number itself.
import type { Locale } from './locales.ts';
import { formatDate as formatDateEn, formatDateRange as formatDateRangeEn, formatNumber as formatNumberEn } from '../lib/values.ts';

/** ISO partial date ("2015", "2015-11", "2015-11-24") to a UTC Date and the fields its precision shows. */
function parts(date: string): { at: Date; fields: Intl.DateTimeFormatOptions } {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  const at = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const fields: Intl.DateTimeFormatOptions = d ? { day: 'numeric', month: 'long', year: 'numeric' } : m ? { month: 'long', year: 'numeric' } : { year: 'numeric' };
  return { at, fields: { ...fields, timeZone: 'UTC' } };
}

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, fields: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(fields)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale, fields)));
  return f;
}

/** "2010-06-15" → "15 June 2010" / "15 июня 2010 г." / "2010 ж. 15 маусым"; a bare year stays "2010". */
export function formatDateIn(locale: Locale, date: string): string {
  if (locale === 'en') return formatDateEn(date);
  if (date.length === 4) return date;
  const { at, fields } = parts(date);
  return dateFormat(locale, fields).format(at);
}

/** A range as briefly as the language writes it: "23–24 января 2017 г.", "2017 ж. 23–24 қаңтар", "2017–2018". */
export function formatDateRangeIn(locale: Locale, start: string, end: string): string {
  if (locale === 'en') return formatDateRangeEn(start, end);
  if (start === end) return formatDateIn(locale, start);
  if (start.length === 4) return `${start}–${end}`;
  const a = parts(start);
  const b = parts(end);
  // Russian repeats the year for months ("январь 2017 г. – февраль 2017 г."): a range within one year reads better short.
  if (locale === 'ru' && start.length === 7 && start.slice(0, 4) === end.slice(0, 4)) {
    const month = (at: Date) => dateFormat(locale, { month: 'long', timeZone: 'UTC' }).format(at).toLowerCase();
    return `${month(a.at)}–${month(b.at)} ${start.slice(0, 4)} г.`;
  }
  return dateFormat(locale, a.fields).formatRange(a.at, b.at);
}

/** Digits grouped as the language groups them: "1,234" / "1 234". */
export function formatNumberIn(locale: Locale, n: number): string {
  if (locale === 'en') return formatNumberEn(n);
  return new Intl.NumberFormat(locale).format(n);
}

/** "A, B and C" / "A, B и C" / "A, B және C". (Node's Kazakh list pattern has no conjunction, so it is written here.) */
export function formatListIn(locale: Locale, items: readonly string[]): string {
  const and = { en: 'and', ru: 'и', kk: 'және' }[locale];
  if (items.length <= 2) return items.join(` ${and} `);
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}
