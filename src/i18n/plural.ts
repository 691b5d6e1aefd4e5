// Plural messages: the form of a message for a count, by the language's CLDR plural rules (Intl.PluralRules, whose
// data Chromium has for English, Russian and Kazakh). Apart from text.ts so that pages without counts carry none of it.
import { fill, type Plural, type Vars } from './text.ts';

const rules = new Map<string, Intl.PluralRules>();

/** The plural category of `n` in `locale`: 'one', 'few', 'many', 'other'… */
export function pluralCategory(locale: string, n: number): Intl.LDMLPluralRule {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return r.select(n);
}

/** The form of a plural message for `n`, filled in; `{n}` is the count unless `vars` says otherwise. */
export function count(locale: string, forms: Plural, n: number, vars: Vars = {}): string {
  return fill(forms[pluralCategory(locale, n)] ?? forms.other, { n, ...vars });
}
