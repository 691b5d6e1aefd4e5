// The interface catalogues say the same things in every language: the same keys (also checked by their types),
// the same {placeholders} in each message, the same [link](keys) in page copy, as many paragraphs, and every plural
// form the language needs (Russian: one, few, many, other). A slip here would show a reader "{n}" or drop a link.
import type { Locale } from '../i18n/locales.ts';
import { richLinks } from '../i18n/rich.ts';
import type { Problem } from './problem.ts';
import { typedDates } from './typed-values.ts';

const PLURAL_KEYS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const isPlural = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'one' in v && 'other' in v && Object.keys(v).every((k) => PLURAL_KEYS.has(k));

// Any {…}, not only the ones fill() understands, so a misspelt or translated name is caught.
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{([^{}\s]+)\}/gu)].map((m) => m[1]!))].sort().join(', ') || 'none';
const links = (s: string) => [...new Set(richLinks(s))].sort().join(', ') || 'none';

/** Every difference between a language's catalogue and the English one, as problems located by key path. */
export function validateCatalogue(english: unknown, other: unknown, locale: Locale, file = `src/i18n/messages/${locale}.ts`): Problem[] {
  const problems: Problem[] = [];
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const report = (path: string, expected: string, found: string) => problems.push({ file, item: path, field: '(message)', expected, found });

  const compareText = (path: string, en: string, tr: string) => {
    if (placeholders(en) !== placeholders(tr)) report(path, `the placeholders of the English message (${placeholders(en)})`, placeholders(tr));
    if (links(en) !== links(tr)) report(path, `the link keys of the English copy (${links(en)})`, links(tr));
    if (tr.trim() === '') report(path, 'a message', 'an empty string');
  };

  const walk = (path: string, en: unknown, tr: unknown) => {
    if (typeof en === 'string') {
      if (typeof tr !== 'string') return report(path, 'a message (text)', typeof tr);
      return compareText(path, en, tr);
    }
    if (isPlural(en)) {
      if (!isPlural(tr)) return report(path, 'a plural message', typeof tr);
      for (const c of categories) {
        if (tr[c] === undefined) report(`${path}.${c}`, `the "${c}" form (${locale} has ${categories.join(', ')})`, 'nothing');
      }
      for (const c of Object.keys(tr)) {
        if (!(categories as string[]).includes(c)) report(`${path}.${c}`, `only the forms ${locale} has (${categories.join(', ')})`, `a "${c}" form`);
        else compareText(`${path}.${c}`, en.other!, tr[c]!);
      }
      return;
    }
    if (Array.isArray(en)) {
      if (!Array.isArray(tr) || tr.length !== en.length) return report(path, `${en.length} paragraphs, as in English`, Array.isArray(tr) ? String(tr.length) : typeof tr);
      en.forEach((item, i) => walk(`${path}.${i}`, item, tr[i]));
      return;
    }
    if (typeof en === 'object' && en !== null) {
      if (typeof tr !== 'object' || tr === null) return report(path, 'a group of messages', typeof tr);
      for (const key of Object.keys(en)) {
        if (!(key in tr)) report(`${path ? `${path}.` : ''}${key}`, 'a message, as in English', 'nothing');
        else walk(`${path ? `${path}.` : ''}${key}`, (en as Record<string, unknown>)[key], (tr as Record<string, unknown>)[key]);
      }
      for (const key of Object.keys(tr)) if (!(key in en)) report(`${path ? `${path}.` : ''}${key}`, 'only the keys of the English catalogue', 'an extra key');
    }
  };
  walk('', english, other);
  return problems;
}

/**
 * The page copy in a catalogue types no year or date the dataset knows (the rule `typed-values-in-pages` reads
 * `.astro` copy; the copy of localised pages lives here): `{fact:<id>|year}` inserts it, filled by the page.
 */
/** Messages whose dates are examples of what a teacher types, not facts of the course. */
const EXAMPLE_DATES = new Set(['teach.duePlaceholder']);

export function validateCatalogueDates(catalogue: unknown, locale: Locale, file = `src/i18n/messages/${locale}.ts`): Problem[] {
  const problems: Problem[] = [];
  const walk = (path: string, value: unknown) => {
    if (typeof value === 'string') {
      if (EXAMPLE_DATES.has(path)) return;
      for (const found of typedDates(value)) problems.push({ file, item: path, field: '(message)', expected: 'years and dates inserted with {fact:<id>|year} (or a {placeholder} the page fills), not typed', found: `${found} typed into the text` });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, v] of Object.entries(value)) walk(path ? `${path}.${key}` : key, v);
    }
  };
  walk('', catalogue);
  return problems;
}
