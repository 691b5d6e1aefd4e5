// Filling in message templates, shared by pages (at build time) and islands (in the browser), so both say things
// the same way. Templates name their values in braces: 'Question {n} of {total}'. A plural message gives one
// template per CLDR plural category of the language (English one/other, Russian one/few/many/other, Kazakh
// one/other), chosen by Intl.PluralRules, whose data Chromium has for all three languages.

export interface Plural {
  zero?: string;
  one: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** Marks a catalogue entry as plural (for the catalogue's type and its checks). */
export const plural = (forms: Plural): Plural => forms;

export type Vars = Record<string, string | number>;

/** Puts the values into a template. A name with no value stays visible as {name}, so a slip is seen, not hidden. */
export function fill(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

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
