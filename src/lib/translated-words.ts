// The words of facts in a language, where their translation is current: statements, terms, units, names. No
// astro:content here, so the content config can fill translated titles' placeholders with it.
import type { Locale } from '../i18n/locales.ts';
import type { Fact } from '../schemas/fact.ts';
import type { FactTranslation } from '../schemas/translation.ts';
import type { FactValue } from '../schemas/value.ts';
import { formatValueIn, valueInProseIn as proseIn } from './localised-values.ts';
import type { ValueForm } from './value-forms.ts';
import { siteContent } from './site-content.ts';
import { dashKeepsItsWord } from './dash-keeps-its-word.ts';

/** English name → name in the language (the names table). */
export function namesIn(locale: Locale): ReadonlyMap<string, string> {
  if (locale === 'en') return new Map();
  return new Map(siteContent().translations.languages[locale].names.map((n) => [n.data.name, dashKeepsItsWord(locale, n.data.text)]));
}

/** How a source is cited in `lang` ("Региональный обзор 2017"): its translated short name, else the English one. */
export function sourceShortIn(lang: Locale, id: string, short: string): string {
  if (lang === 'en') return short;
  return siteContent().translations.languages[lang].sources.find((s) => s.id === id)?.data.short ?? short;
}

/** The sources with their short names as `lang` cites them (for quiz choices and feedback). */
export function sourcesIn<S extends { short: string }>(lang: Locale, sources: ReadonlyMap<string, S>): Map<string, S> {
  return new Map([...sources].map(([id, s]) => [id, { ...s, short: sourceShortIn(lang, id, s.short) }]));
}

/** A fact's translation, when it is current. */
export function factWordsIn(locale: Locale, id: string): FactTranslation | undefined {
  if (locale === 'en' || siteContent().status[locale].fact(id).status !== 'current') return undefined;
  return siteContent().translations.languages[locale].facts.find((f) => f.id === id)?.data;
}

/** A fact's statement in `lang` (English where its translation is not current). */
export function statementIn(lang: Locale, fact: Fact): string {
  const words = factWordsIn(lang, fact.id);
  return words ? dashKeepsItsWord(lang, words.statement) : fact.statement;
}

/** The words a fact's values are written with in `lang`: the names table, and the fact's translated term and unit. */
function valueWordsIn(lang: Locale, fact: Fact) {
  const words = factWordsIn(lang, fact.id);
  return { names: namesIn(lang), term: words?.term && dashKeepsItsWord(lang, words.term), unit: words?.unit };
}

/** A fact value (the fact's own or one citation's) written in `lang`. */
export function valueIn(lang: Locale, fact: Fact, value: FactValue): string {
  return formatValueIn(lang, value, valueWordsIn(lang, fact));
}

/** A fact value in running text in `lang` (not English), in a <Fact form>. */
export function valueInProseIn(lang: Locale, fact: Fact, value: FactValue, form: ValueForm | undefined): string {
  return proseIn(lang, value, form, valueWordsIn(lang, fact));
}
