// Names of states, people, places and organisations in fact values are written in each language from one names
// table per language (src/data/names/<lang>.yaml). The English table lists every name the values use (checked by
// value-names.ts); each shipped language's table gives every one of them, so no value can appear untranslated.
import type { Content, Located } from '../lib/load-content.ts';
import type { Translations } from '../lib/load-translations.ts';
import { localeNames, type TranslatedLocale } from '../i18n/locales.ts';
import type { NameTranslation } from '../schemas/translation.ts';
import type { Problem } from './problem.ts';

function duplicates<T extends { name: string }>(rows: Located<T>[], file: string, what: string): Problem[] {
  const seen = new Map<string, Located<T>>();
  const problems: Problem[] = [];
  for (const row of rows) {
    const first = seen.get(row.data.name);
    if (first) problems.push({ file, line: row.line, item: row.data.name, field: 'name', expected: `${what} listed once`, found: `the same name as line ${first.line}` });
    else seen.set(row.data.name, row);
  }
  return problems;
}

export function validateNames(content: Pick<Content, 'names'>, translations: Translations, languages: readonly TranslatedLocale[], namesDir = 'src/data/names'): Problem[] {
  const problems: Problem[] = [];
  const enFile = `${namesDir}/en.yaml`;
  // Every name in a value is in the English table (validateValueNames); every shipped language names them all.
  const english = content.names;
  const known = new Set(english.map((n) => n.data.name));

  // Every shipped language writes every English name, and only those.
  for (const locale of languages) {
    const file = `${namesDir}/${locale}.yaml`;
    const rows: Located<NameTranslation>[] = translations.languages[locale].names;
    problems.push(...duplicates(rows, file, 'a name'));
    const has = new Set(rows.map((r) => r.data.name));
    for (const name of english) {
      if (!has.has(name.data.name)) problems.push({ file, item: name.data.name, field: 'text', expected: `the ${localeNames[locale]} form of every name in ${enFile} (${locale} is a shipped language)`, found: 'nothing' });
    }
  }
  return problems;
}
