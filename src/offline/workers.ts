// One service worker per language (see README, "Offline, per language"), all built from src/offline/sw.ts: English's
// at the root (@vite-pwa/astro, injectManifest), Russian's and Kazakh's at /ru/sw.js and /kk/sw.js (written after the
// build by src/integrations/locale-workers.ts with workbox-build's injectManifest). Each precaches only its language's
// pages and search index (plus the shared scripts, styles and pictures), so a student's phone stores the course in
// the language they read; what each stores and leaves to the network is one list, src/offline/precache.ts. How every
// worker answers page addresses is one rule, src/offline/navigation.ts.
import { localeHref, localePrefix, sourceLocale, translatedLocales, type Locale } from '../i18n/locales.ts';

/** The worker's script, relative to the base: 'sw.js' for English, 'ru/sw.js' for Russian. */
export function workerFile(locale: Locale): string {
  return localeHref(locale, 'sw.js', '/').slice(1);
}

/**
 * The other languages' worker scopes inside a language's worker scope, relative to it: English's scope (the base)
 * contains 'ru/' and 'kk/', whose navigations it must leave to their own workers and whose caches it must never
 * clean up; Russian's and Kazakh's contain none.
 */
export function nestedScopes(locale: Locale): string[] {
  return locale === sourceLocale ? translatedLocales.map((l) => localePrefix(l)) : [];
}

/** The build-time constants src/offline/sw.ts reads, for a language's worker. */
export function workerDefines(locale: Locale): Record<string, string> {
  return { __NESTED_SCOPES__: JSON.stringify(nestedScopes(locale)) };
}
