// `{fact:id|form}` and `{questions}` in translated titles and descriptions, filled in the translation's language.
import type { Locale } from '../i18n/locales.ts';
import { fillPlaceholders } from './placeholders.ts';
import { nameLookup } from './names.ts';
import { siteContent } from './site-content.ts';
import { valueInProseIn } from './translated-words.ts';

export function localisedPlaceholders(lang: Locale, questions?: number): (text: string) => string {
  const { content } = siteContent();
  const facts = new Map(content.facts.map((f) => [f.id, f.data]));
  const names = nameLookup((content.names ?? []).map((n) => n.data));
  return (text) => fillPlaceholders(text, { facts, names, questions, ...(lang === 'en' ? {} : { valueText: (value, form, fact) => valueInProseIn(lang, fact, value, form) }) });
}
