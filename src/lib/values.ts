import type { FactValue, PartialDate } from '../schemas/value.ts';
import type { Choice } from '../schemas/quiz.ts';

export type Precision = 'year' | 'month' | 'day';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function precisionOf(date: PartialDate): Precision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** "2010" → "2010", "2010-06" → "June 2010", "2010-06-15" → "15 June 2010". */
export function formatDate(date: PartialDate): string {
  const [y, m, d] = date.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A range written as briefly as it reads well: "23–24 January 2017", "2017–2018". */
export function formatDateRange(start: PartialDate, end: PartialDate): string {
  if (start === end) return formatDate(start);
  const [sy, sm, sd] = start.split('-');
  const [ey, em, ed] = end.split('-');
  if (sd && ed && sy === ey && sm === em) return `${Number(sd)}–${Number(ed)} ${MONTHS[Number(em) - 1]} ${ey}`;
  if (sm && !sd && sy === ey) return `${MONTHS[Number(sm) - 1]}–${MONTHS[Number(em) - 1]} ${ey}`;
  return `${formatDate(start)}–${formatDate(end)}`;
}

export function formatNumber(n: number): string {
  return n.toLocaleString('en-GB');
}

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A count in running text: one to nine in words, as house style for prose ("two ways", "13 armed groups"). */
export function formatCount(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < 10 ? SMALL[n]! : formatNumber(n);
}

/** The fact's value as a reader sees it in a lesson or a quiz. */
export function formatValue(value: FactValue): string {
  switch (value.kind) {
    case 'date':
      return formatDate(value.date);
    case 'date-range':
      return formatDateRange(value.start, value.end);
    case 'number': {
      const amount = value.unit === 'US dollars' ? formatDollars(value.amount) : value.unit === 'percent' ? `${formatNumber(value.amount)}%` : `${formatCount(value.amount)} ${value.unit}`;
      return value.approximate ? `about ${amount}` : amount;
    }
    case 'actors':
      return listFormat(value.actors);
    case 'place':
      return value.country && value.country !== value.name ? `${value.name}, ${value.country}` : value.name;
    case 'term':
      return value.term;
  }
}

/** "$350 million" reads better than "$350,000,000". */
function formatDollars(n: number): string {
  if (n >= 1_000_000 && n % 100_000 === 0) return `$${formatNumber(n / 1_000_000)} million`;
  return `$${formatNumber(n)}`;
}

function listFormat(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A quiz choice as shown: ISO dates formatted, numbers grouped, lists joined. */
export function formatChoice(choice: Choice): string {
  if (typeof choice === 'number') return Number.isInteger(choice) && choice >= 1000 && choice <= 2100 ? String(choice) : formatNumber(choice);
  if (Array.isArray(choice)) return listFormat(choice);
  if (ISO_DATE.test(choice) && choice.length > 4) return formatDate(choice);
  const range = /^(\d{4}(?:-\d{2}){0,2})\/(\d{4}(?:-\d{2}){0,2})$/.exec(choice);
  if (range) return formatDateRange(range[1]!, range[2]!);
  return choice;
}

/** Compares two dates at the coarser of their precisions: 2010 equals 2010-06. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Where a dated fact starts, for ordering; null when the value is not a date. */
export function startDate(value: FactValue): PartialDate | null {
  if (value.kind === 'date') return value.date;
  if (value.kind === 'date-range') return value.start;
  return null;
}

/** The years a dated value covers, or the amount of a number: what a numeric key must fall within. */
export function numericSpan(value: FactValue, part?: 'start' | 'end'): [number, number] | null {
  switch (value.kind) {
    case 'date':
      return [Number(value.date.slice(0, 4)), Number(value.date.slice(0, 4))];
    case 'date-range': {
      const s = Number(value.start.slice(0, 4));
      const e = Number(value.end.slice(0, 4));
      if (part === 'start') return [s, s];
      if (part === 'end') return [e, e];
      return [s, e];
    }
    case 'number':
      return [value.amount, value.amount];
    default:
      return null;
  }
}

export function normaliseName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = new Set(a.map(normaliseName));
  const y = new Set(b.map(normaliseName));
  return x.size === y.size && [...x].every((v) => y.has(v));
}

function asDate(choice: Choice): PartialDate | null {
  if (typeof choice === 'number' && Number.isInteger(choice) && choice >= 1000 && choice <= 9999) return String(choice);
  if (typeof choice === 'string' && ISO_DATE.test(choice)) return choice;
  return null;
}

/**
 * Whether a quiz choice states the fact's value. A date matches at the choice's precision, but never claims
 * more precision than the fact has; a set of actors must be the same set; names ignore case and punctuation.
 */
export function matchesValue(choice: Choice, value: FactValue): boolean {
  switch (value.kind) {
    case 'date': {
      const d = asDate(choice);
      return d !== null && d.length <= value.date.length && compareDates(d, value.date) === 0;
    }
    case 'date-range': {
      if (typeof choice === 'string' && /^\d{4}(-\d{2}){0,2}\/\d{4}(-\d{2}){0,2}$/.test(choice)) {
        const [s, e] = choice.split('/') as [string, string];
        return s.length <= value.start.length && compareDates(s, value.start) === 0 && compareDates(e, value.end) === 0;
      }
      const d = asDate(choice);
      return d !== null && d.length <= value.start.length && compareDates(d, value.start) === 0;
    }
    case 'number':
      return typeof choice === 'number' && choice === value.amount;
    case 'actors':
      return sameSet(Array.isArray(choice) ? choice : [String(choice)], value.actors);
    case 'place': {
      if (typeof choice !== 'string') return false;
      const c = normaliseName(choice);
      return c === normaliseName(value.name) || (value.country !== undefined && c === normaliseName(`${value.name}, ${value.country}`));
    }
    case 'term': {
      if (typeof choice !== 'string') return false;
      const c = normaliseName(choice);
      return [value.term, ...(value.aliases ?? [])].some((t) => normaliseName(t) === c);
    }
  }
}

/** Whether a single actor name belongs to an actors value (for multiple-select keys). */
export function includesActor(value: FactValue, name: string): boolean {
  return value.kind === 'actors' && value.actors.some((a) => normaliseName(a) === normaliseName(name));
}
