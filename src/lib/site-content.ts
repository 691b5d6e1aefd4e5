// The content and its translations, read once per build by the same modules `check:content` uses, so the site and
// the checks never disagree about what a file says or whether a translation is current.
import type { TranslatedLocale } from '../i18n/locales.ts';
import { loadContent, type Content } from './load-content.ts';
import { loadTranslations, type Translations } from './load-translations.ts';
import { allLanguageStatus, type LanguageStatus } from './translation-status.ts';

export interface SiteContent {
  content: Content;
  translations: Translations;
  status: Record<TranslatedLocale, LanguageStatus>;
}

let cached: SiteContent | undefined;

export function siteContent(root = process.cwd()): SiteContent {
  if (!cached) {
    const content = loadContent(root).content;
    const translations = loadTranslations(root, []);
    cached = { content, translations, status: allLanguageStatus(root, content, translations) };
  }
  return cached;
}
