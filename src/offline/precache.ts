// What each language's service worker stores on the first visit (its precache), and what it leaves to the network:
// one list for the English worker (astro.config.mjs) and the Russian and Kazakh ones
// (src/integrations/locale-workers.ts). Each language's precache must stay within 2 MB (`npm run bytes`): students
// install it on phones, often on metered connections.
//
// Stored: every page of the language a student uses (lessons, quizzes, review, progress, glossary, timeline, map,
// sources, search, an assignment link…), its search index and the search engine, the shared scripts, styles and pictures. Not stored: the
// teachers' pages listed below, used online, with the scripts only they run, and questions.json, whose questions
// the stored quiz pages already carry. Opened offline, a page not stored gets the language's "not
// available offline" page, which says that the teachers' pages are not stored.
import type { ManifestTransform } from 'workbox-build';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locales, localePrefix, sourceLocale, type Locale } from '../i18n/locales.ts';

/**
 * Pages no worker stores, relative to a language's root: the teachers' pages, used at a connected computer — the
 * printable worksheets and answer keys (about 250 KB per language in Russian or Kazakh), the teacher tools and their
 * print page (with their scripts and the QR code library, about 150 KB), the guide for teachers and the guide to the
 * LMS downloads (which are downloaded online, and not stored either). A student's pages are all stored.
 */
export const onlineOnlyPages = ['quizzes/*/worksheet/', 'quizzes/*/answer-key/', 'teach/', 'for-teachers/'] as const;

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

/**
 * A Workbox manifest transform that leaves out the scripts no stored page runs: the build writes one script per page
 * (and the modules they load later, such as the QR code library or the question bank's worker), so the teacher
 * pages' scripts would otherwise be stored without their pages. A script is kept when a stored page names it, or a
 * kept script does (`_astro/name.js` or `./name.js`). Entry URLs are relative to `dir` (before any base is added).
 */
export function withoutUnusedScripts(dir: string): ManifestTransform {
  return async (entries) => {
    const script = (url: string) => /^_astro\/[^/]+\.js$/.test(url);
    const kept = new Set<string>();
    const names = (file: string) => [...readFileSync(join(dir, file), 'utf8').matchAll(/(?:_astro\/|["'`]\.\/)([\w.~-]+\.js)\b/g)].map((m) => `_astro/${m[1]}`);
    const queue = entries.filter((e) => e.url.endsWith('.html')).flatMap((e) => names(e.url));
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      if (kept.has(url) || !existsSync(join(dir, url))) continue;
      kept.add(url);
      queue.push(...names(url));
    }
    return { manifest: entries.filter((e) => !script(e.url) || kept.has(e.url)), warnings: [] };
  };
}

/**
 * A Workbox manifest transform: pages by their address ("/ru/lessons/x/" for ru/lessons/x/index.html), every URL
 * absolute with the base, so that each worker (the English one at the base, the others in /ru/ and /kk/) finds them.
 */
export function storedByAddress(base: string): ManifestTransform {
  return async (entries) => ({ manifest: entries.map((e) => ({ ...e, url: base + e.url.replace(/(^|\/)index\.html$/, '$1') })), warnings: [] });
}
