// Names of states, people, places and organisations in fact values are written in each language from one names
// table per language (src/data/names/<lang>.yaml). The English table lists every name the values use (checked by
// value-names.ts); each shipped language's table gives every name a value uses, so no value can appear untranslated.
import type { Content, Located } from '../lib/load-content.ts';
import type { Translations } from '../lib/load-translations.ts';
import { localeNames, type TranslatedLocale } from '../i18n/locales.ts';
import type { NameTranslation } from '../schemas/translation.ts';
import { namesInValue } from './value-names.ts';
import type { Problem } from './problem.ts';

function duplicates<T extends { name: string }>(rows: Located<T>[], file: string): Problem[] {
  const seen = new Map<string, Located<T>>();
  const problems: Problem[] = [];
  for (const row of rows) {
    const first = seen.get(row.data.name);
    if (first) problems.push({ file, line: row.line, item: row.data.name, field: 'name', expected: 'a name listed once', found: `the same name as line ${first.line}` });
    else seen.set(row.data.name, row);
  }
  return problems;
}

/** Every name a fact's value uses (its own or a citation's), with the first fact that uses it. */
export function namesUsedByValues(content: Pick<Content, 'facts'>): Map<string, string> {
  const used = new Map<string, string>();
  for (const fact of content.facts) {
    const values = [fact.data.value, ...fact.data.citations.map((c) => c.value)].filter((v) => v !== undefined);
    for (const v of values) for (const n of namesInValue(v, 'value')) if (!used.has(n.name)) used.set(n.name, fact.id);
  }
  return used;
}

export function validateNames(content: Pick<Content, 'facts' | 'names'>, translations: Translations, languages: readonly TranslatedLocale[], namesDir = 'src/data/names'): Problem[] {
  const problems: Problem[] = [];
  const used = namesUsedByValues(content);
  for (const locale of languages) {
    const file = `${namesDir}/${locale}.yaml`;
    const rows: Located<NameTranslation>[] = translations.languages[locale].names;
    problems.push(...duplicates(rows, file));
    const has = new Set(rows.map((r) => r.data.name));
    for (const [name, fact] of used) {
      if (!has.has(name)) problems.push({ file, item: name, field: 'text', expected: `the ${localeNames[locale]} form of every name a fact's value uses (${locale} is a shipped language; fact ${fact} uses this one)`, found: 'nothing' });
    }
  }
  return problems;
}
