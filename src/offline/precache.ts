// What each language's service worker stores on the first visit (its precache), and what it leaves to the network:
// one list for the English worker (astro.config.mjs) and the Russian and Kazakh ones
// (src/integrations/locale-workers.ts). Each language's precache must stay within 2 MB (`npm run bytes`): students
// install it on phones, often on metered connections.
//
// Stored: every page of the language (lessons, quizzes, review, progress, glossary, timeline, map, sources, the
// teacher page…), its search index and the search engine, the shared scripts, styles and pictures. Not stored: the
// pages and files listed below, which are for printing or downloading, done online, and questions.json, whose
// questions the stored quiz pages already carry. Opened offline, a page not stored gets the language's "not
// available offline" page (src/offline/workers.ts), which says that printable pages are not stored.
import { locales, localePrefix, sourceLocale, type Locale } from '../i18n/locales.ts';

/**
 * Pages no worker stores, relative to a language's root: printable worksheets and answer keys (about 250 KB per
 * language in Russian or Kazakh) and the teacher's print page, which teachers print from a connected computer; and
 * the guide to the LMS downloads, which are downloaded online (the downloads are not stored either).
 */
export const onlineOnlyPages = ['quizzes/*/worksheet/', 'quizzes/*/answer-key/', 'teach/print/', 'for-teachers/lms/'] as const;

/**
 * Files of a language no worker stores, relative to the language's root. questions.json (187 KB in Russian) repeats
 * the questions every quiz page carries for its runner: online the review, assignment and teacher pages fetch it,
 * offline they read the stored quiz pages instead (src/quiz/bank-from-pages.ts).
 */
export const onlineOnlyLanguageFiles = ['questions.json'] as const;

/** Files no worker stores, relative to the base. */
export const onlineOnlyFiles = [
  // The LMS downloads (SCORM packages, question banks) and the script that builds an assignment's SCORM package:
  // teachers download them online (README, "LMS downloads").
  'downloads/**',
  '_astro/scorm-download.*.js',
  // Pagefind's own search UI: the search island calls its JS API instead.
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-highlight.*',
  // Pagefind's web worker (42 KB): the search island runs Pagefind on the page (`noWorker`), which is quick for an
  // index this size, so every language's precache is spared it.
  'pagefind/pagefind-worker.js',
  // The app icons (22 KB): only installing the app uses them, online, and the browser keeps its own copy.
  'icons/**',
  // The service workers themselves (the browser keeps them), and a host's 404.html (the language's 404/ page is
  // stored instead).
  '**/sw.js',
  '**/workbox-*.js',
  '**/404.html',
] as const;

/** The other languages' pages and search files, which a language's worker leaves to their own workers. */
export function otherLanguagesFiles(locale: Locale): string[] {
  return locales
    .filter((l) => l !== locale)
    .flatMap((l) => [...(l === sourceLocale ? [] : [`${l}/**`]), `pagefind/wasm.${l}.pagefind`, `pagefind/pagefind.${l}_*`, `pagefind/index/${l}_*`, `pagefind/fragment/${l}_*`]);
}

/** Pagefind's files for a language's search: its index, and the WASM engine it runs on (null: no stemmer). */
export function searchFiles(locale: Locale, wasm: string | null): string[] {
  return [
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    `pagefind/wasm.${wasm ?? 'unknown'}.pagefind`,
    `pagefind/pagefind.${locale}_*.pf_meta`,
    `pagefind/index/${locale}_*`,
    `pagefind/fragment/${locale}_*`,
  ];
}

/**
 * Workbox's globPatterns and globIgnores (relative to the build folder) for a language's worker. `wasm` is the
 * Pagefind engine the language's index uses (its own stemmer, or null for the language-neutral one); undefined when
 * the language has no index. The English worker's web app manifest is added by @vite-pwa/astro itself.
 */
export function precacheGlobs(locale: Locale, wasm: string | null | undefined): { globPatterns: string[]; globIgnores: string[] } {
  const prefix = localePrefix(locale);
  return {
    globPatterns: [
      `${prefix}**/*.{html,json${locale === sourceLocale ? '' : ',webmanifest'}}`,
      '_astro/**/*.{js,css}',
      // Shared pictures wherever they are (icons, the maps' basemap), never another language's.
      '**/*.{svg,ico,png,webp,avif,woff2}',
      'retired-questions.json',
      ...(wasm === undefined ? [] : searchFiles(locale, wasm)),
    ],
    globIgnores: [...onlineOnlyPages.map((page) => `${prefix}${page}**`), ...onlineOnlyLanguageFiles.map((file) => `${prefix}${file}`), ...onlineOnlyFiles, ...otherLanguagesFiles(locale)],
  };
}
