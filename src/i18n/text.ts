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
