// A fact's value as a reader of each language sees it: dates and numbers by that language's rules, names from its
// names table, terms and units from the fact's translation. English keeps the course's own formatting (values.ts).
import type { Locale } from '../i18n/locales.ts';
import { formatDateIn, formatDateRangeIn, formatListIn, formatNumberIn } from '../i18n/format.ts';
import { count } from '../i18n/plural.ts';
import type { FactValue } from '../schemas/value.ts';
import type { Choice } from '../schemas/quiz.ts';
import type { UnitForms } from '../schemas/translation.ts';
import { formatChoice, formatValue } from './values.ts';
import { isDateChoice } from './choice-text.ts';
import { FORMS_BY_KIND, formProblem, type ValueForm } from './value-forms.ts';

export interface ValueWords {
  /** English name → this language's name (the names table). */
  names: ReadonlyMap<string, string>;
  /** The term, for a term value. */
  term?: string;
  /** The unit's plural forms, for a number value. */
  unit?: UnitForms;
}

const ABOUT: Record<Locale, string> = { en: 'about', ru: 'около', kk: 'шамамен' };
const MILLION: Record<Locale, string> = { en: 'million', ru: 'млн', kk: 'млн' };

/** One to nine as words, as English prose writes a count ("two main factors"); Russian 1 and 2 agree with the noun. */
const COUNT_WORDS = {
  kk: ['бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'],
  ru: ['', '', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'],
} as const;
const RU_ONE_TWO = { masculine: ['один', 'два'], feminine: ['одна', 'две'], neuter: ['одно', 'два'] } as const;

function countWord(lang: 'ru' | 'kk', n: number, gender: UnitForms['gender']): string {
  if (lang === 'ru' && n <= 2) {
    if (!gender) throw new Error(`the unit's gender (unit.gender: masculine, feminine or neuter), to write ${n} as a word in Russian`);
    return RU_ONE_TWO[gender][n - 1]!;
  }
  return COUNT_WORDS[lang][n - 1]!;
}

const name = (words: ValueWords, n: string) => words.names.get(n) ?? n;

export function formatValueIn(lang: Locale, value: FactValue, words: ValueWords): string {
  if (lang === 'en') return formatValue(value);
  switch (value.kind) {
    case 'date':
      return formatDateIn(lang, value.date);
    case 'date-range':
      return formatDateRangeIn(lang, value.start, value.end);
    case 'number': {
      // "350 млн долларов США", as English writes "$350 million" (values.ts): a row of zeros is hard to read.
      if (value.unit === 'US dollars' && words.unit && value.amount >= 1_000_000 && value.amount % 100_000 === 0) {
        const millions = `${formatNumberIn(lang, value.amount / 1_000_000)} ${MILLION[lang]} ${count(lang, words.unit, 1_000_000, { n: '' }).trim()}`;
        return value.approximate ? `${ABOUT[lang]} ${millions}` : millions;
      }
      const amount = formatNumberIn(lang, value.amount);
      const text = words.unit ? `${amount} ${count(lang, words.unit, value.amount, { n: amount })}` : amount;
      return value.approximate ? `${ABOUT[lang]} ${text}` : text;
    }
    case 'actors':
      return formatListIn(lang, value.actors.map((a) => name(words, a)));
    case 'place':
      return value.country && value.country !== value.name ? `${name(words, value.name)}, ${name(words, value.country)}` : name(words, value.name);
    case 'term':
      return words.term ?? value.term;
  }
}

/**
 * A quiz choice as shown in a language: dates and numbers formatted, names from the names table, other text from
 * the question's translation (`choices`). English keeps formatChoice.
 */
export function formatChoiceIn(lang: Locale, choice: Choice, names: ReadonlyMap<string, string>, choices: Readonly<Record<string, string>> = {}): string {
  if (lang === 'en') return formatChoice(choice);
  const text = (c: string) => choices[c] ?? names.get(c) ?? c;
  if (typeof choice === 'number') return Number.isInteger(choice) && choice >= 1000 && choice <= 2100 ? String(choice) : formatNumberIn(lang, choice);
  if (Array.isArray(choice)) return formatListIn(lang, choice.map(text));
  if (isDateChoice(choice)) {
    const [start, end] = choice.split('/') as [string, string?];
    if (end) return formatDateRangeIn(lang, start, end);
    return start.length > 4 ? formatDateIn(lang, start) : start;
  }
  return text(choice);
}

/**
 * The value as it reads in running text in another language, in one of the forms of value-forms.ts (the same
 * forms an English lesson uses, so a translation keeps the English lesson's <Fact form>): "2015", "ноябрь 2015 г.",
 * "Ресей, Түркия және Батыс", "13 вооружённых группировок".
 */
export function valueInProseIn(lang: Locale, value: FactValue, form: ValueForm | undefined, words: ValueWords): string {
  const chosen = form ?? FORMS_BY_KIND[value.kind][0]!;
  const problem = formProblem(value, chosen);
  if (problem) throw new Error(`expected ${problem}; found form "${chosen}"`);
  switch (chosen) {
    case 'year':
      if (value.kind === 'date') return value.date.slice(0, 4);
      if (value.kind === 'date-range') return formatDateRangeIn(lang, value.start.slice(0, 4), value.end.slice(0, 4));
      break;
    case 'month':
      if (value.kind === 'date') return formatDateIn(lang, value.date.slice(0, 7));
      if (value.kind === 'date-range') return formatDateRangeIn(lang, value.start.slice(0, 7), value.end.slice(0, 7));
      break;
    case 'name':
      if (value.kind === 'actors') return name(words, value.actors[0]!);
      if (value.kind === 'place') return name(words, value.name);
      break;
    case 'number':
      if (value.kind === 'number') return (value.approximate ? `${ABOUT[lang]} ` : '') + formatNumberIn(lang, value.amount);
      break;
    case 'count':
      if (lang !== 'en' && value.kind === 'number' && words.unit && !value.approximate && Number.isInteger(value.amount) && value.amount >= 1 && value.amount <= 9) {
        return `${countWord(lang, value.amount, words.unit.gender)} ${count(lang, words.unit, value.amount, { n: '' }).trim()}`;
      }
      break;
  }
  // date, list, place, count, amount, term: the language's standard writing of the value.
  return formatValueIn(lang, value, words);
}
