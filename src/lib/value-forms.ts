// How a fact's value reads when it is inserted into a sentence: `<Fact id form="…"/>` in lessons and
// `{fact:id|form}` in titles and descriptions. One form per grammatical slot, so a value never garbles its sentence.
import type { FactValue } from '../schemas/value.ts';
import { formatDate, formatDateRange, formatValue } from './values.ts';

export const valueForms = ['year', 'month', 'date', 'list', 'name', 'place', 'count', 'number', 'amount', 'term'] as const;
export type ValueForm = (typeof valueForms)[number];

/** What each form renders, for messages and the README. */
export const FORM_HELP: Record<ValueForm, string> = {
  year: 'the year of a date or range ("2010", "2017–2018")',
  month: 'month and year of a date known to the month or day ("June 2010")',
  date: 'a date or range at its full precision ("23–24 January 2017")',
  list: 'a set of actors as an English list with articles ("the United States, France and the United Kingdom")',
  name: 'one actor or place by name, with its article ("the Islamic State", "Geneva")',
  place: 'a place with its country ("Almaty, Kazakhstan")',
  count: 'a number with its unit, one to nine in words ("three armed groups")',
  number: 'a bare number ("138")',
  amount: 'an amount of money or a percentage ("$350 million", "20%")',
  term: 'a term as the source names it',
};

/** Which forms fit each kind of value; the first is the default. */
export const FORMS_BY_KIND: Record<FactValue['kind'], readonly ValueForm[]> = {
  date: ['date', 'year', 'month'],
  'date-range': ['date', 'year', 'month'],
  number: ['count', 'number', 'amount'],
  actors: ['list', 'name'],
  place: ['place', 'name'],
  term: ['term'],
};

/** Looks up how a name is written in English prose (its article); unknown names are written as they are. */
export type NameLookup = (name: string) => { article?: 'the' } | undefined;

export class ValueFormError extends Error {}

function withArticle(name: string, names: NameLookup): string {
  return names(name)?.article === 'the' ? `the ${name}` : name;
}

/** "A", "A and B", "A, B and C": the serial comma is not house style. */
export function englishList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Why a form does not fit a value, or null when it does. */
export function formProblem(value: FactValue, form: string): string | null {
  if (!(valueForms as readonly string[]).includes(form)) return `one of the forms ${valueForms.join(', ')}`;
  const allowed = FORMS_BY_KIND[value.kind];
  if (!allowed.includes(form as ValueForm)) return `a form that fits a ${value.kind} value (${allowed.join(', ')})`;
  if (form === 'month') {
    const date = value.kind === 'date' ? value.date : value.kind === 'date-range' ? value.start : '';
    if (date.length < 7) return 'a date known at least to the month for form "month" (this one is a year only)';
  }
  if (form === 'name' && value.kind === 'actors' && value.actors.length !== 1) return `form "list" for ${value.actors.length} actors (form "name" takes exactly one)`;
  if (form === 'amount' && value.kind === 'number' && value.unit !== 'US dollars' && value.unit !== 'percent') return 'form "count" or "number" (form "amount" is for US dollars and percentages)';
  return null;
}

/** The value as it reads in running text, in the given form (or the default form of its kind). */
export function valueInProse(value: FactValue, form: ValueForm | undefined, names: NameLookup): string {
  const chosen = form ?? FORMS_BY_KIND[value.kind][0]!;
  const problem = formProblem(value, chosen);
  if (problem) throw new ValueFormError(`expected ${problem}; found form "${chosen}"`);
  switch (chosen) {
    case 'year':
      if (value.kind === 'date') return value.date.slice(0, 4);
      if (value.kind === 'date-range') return formatDateRange(value.start.slice(0, 4), value.end.slice(0, 4));
      break;
    case 'month':
      if (value.kind === 'date') return formatDate(value.date.slice(0, 7));
      if (value.kind === 'date-range') return formatDateRange(value.start.slice(0, 7), value.end.slice(0, 7));
      break;
    case 'list':
      if (value.kind === 'actors') return englishList(value.actors.map((a) => withArticle(a, names)));
      break;
    case 'name':
      if (value.kind === 'actors') return withArticle(value.actors[0]!, names);
      if (value.kind === 'place') return withArticle(value.name, names);
      break;
    case 'place':
      if (value.kind === 'place') {
        const name = withArticle(value.name, names);
        return value.country && value.country !== value.name ? `${name}, ${withArticle(value.country, names)}` : name;
      }
      break;
    case 'number':
      if (value.kind === 'number') return (value.approximate ? 'about ' : '') + value.amount.toLocaleString('en-GB');
      break;
  }
  // date, count, amount, term: the reader's standard writing of the value.
  return formatValue(value);
}
