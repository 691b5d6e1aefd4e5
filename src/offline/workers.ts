// One service worker per language (see README, "Offline, per language"), all built from src/offline/sw.ts: English's
// at the root (@vite-pwa/astro, injectManifest), Russian's and Kazakh's at /ru/sw.js and /kk/sw.js (written after the
// build by src/integrations/locale-workers.ts with workbox-build's injectManifest). Each precaches only its language's
// pages and search index (plus the shared scripts, styles and pictures), so a student's phone stores the course in
// the language they read, and each language's precache stays within the budget. How every worker answers page
// addresses is one rule, src/offline/navigation.ts.
import { localeHref, localePrefix, locales, sourceLocale, translatedLocales, type Locale } from '../i18n/locales.ts';

/** The worker's script, relative to the base: 'sw.js' for English, 'ru/sw.js' for Russian. */
export function workerFile(locale: Locale): string {
  return localeHref(locale, 'sw.js', '/').slice(1);
}

/** The files a language's worker must not precache: the other languages' pages and search files. */
export function otherLanguagesFiles(locale: Locale): string[] {
  return locales
    .filter((l) => l !== locale)
    .flatMap((l) => [...(l === sourceLocale ? [] : [`${l}/**`]), `pagefind/wasm.${l}.pagefind`, `pagefind/pagefind.${l}_*`, `pagefind/index/${l}_*`, `pagefind/fragment/${l}_*`]);
}

/** Pagefind's files for a language's search: its index, and the WASM engine it runs on. */
export function searchFiles(locale: Locale, wasm: string | null): string[] {
  return [
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    `pagefind/wasm.${wasm ?? 'unknown'}.pagefind`,
    `pagefind/pagefind.${locale}_*.pf_meta`,
    `pagefind/index/${locale}_*`,
    `pagefind/fragment/${locale}_*`,
  ];
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
