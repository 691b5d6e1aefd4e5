// Names of states, people, places and organisations in fact values are written in each language from one names
// table per language (src/data/names/<lang>.yaml). The English table lists every name the values use; each
// shipped language's table gives every one of them, so no value can appear untranslated.
import type { Content, Located } from '../lib/load-content.ts';
import type { Translations } from '../lib/load-translations.ts';
import { localeNames, type TranslatedLocale } from '../i18n/locales.ts';
import type { FactValue } from '../schemas/value.ts';
import type { EnglishName, NameTranslation } from '../schemas/translation.ts';
import { show, type Problem } from './problem.ts';

/** The names a value uses: the actors of an actors value, the place and its country. */
export function namesInValue(value: FactValue | undefined): string[] {
  if (!value) return [];
  if (value.kind === 'actors') return value.actors;
  if (value.kind === 'place') return [value.name, ...(value.country ? [value.country] : [])];
  return [];
}

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

export function validateNames(content: Content, translations: Translations, languages: readonly TranslatedLocale[], namesDir = 'src/data/names'): Problem[] {
  const problems: Problem[] = [];
  const enFile = `${namesDir}/en.yaml`;
  const english: Located<EnglishName>[] = translations.english.names;
  const known = new Set(english.map((n) => n.data.name));
  problems.push(...duplicates(english, enFile, 'a name'));

  // Every name in a value is in the English table.
  for (const fact of content.facts) {
    const values = [fact.data.value, ...fact.data.citations.map((c) => c.value)];
    for (const name of new Set(values.flatMap(namesInValue))) {
      if (!known.has(name)) problems.push({ file: fact.file, line: fact.line, item: fact.id, field: 'value', expected: `a name listed in ${enFile}`, found: show(name) });
    }
  }

  // Every shipped language writes every English name, and only those.
  for (const locale of languages) {
    const file = `${namesDir}/${locale}.yaml`;
    const rows: Located<NameTranslation>[] = translations.languages[locale].names;
    problems.push(...duplicates(rows, file, 'a name'));
    const has = new Set(rows.map((r) => r.data.name));
    for (const name of english) {
      if (!has.has(name.data.name)) problems.push({ file, item: name.data.name, field: 'text', expected: `the ${localeNames[locale]} form of every name in ${enFile} (${locale} is a shipped language)`, found: 'nothing' });
    }
    for (const row of rows) {
      if (!known.has(row.data.name)) problems.push({ file, line: row.line, item: row.data.name, field: 'name', expected: `a name from ${enFile}, spelled exactly as there`, found: show(row.data.name) });
    }
  }
  return problems;
}
