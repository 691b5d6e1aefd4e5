// One service worker per language (see docs in README, "Offline, per language"): English is @vite-pwa/astro's worker
// at the root, restricted to English; Russian and Kazakh get their own at /ru/sw.js and /kk/sw.js, written by
// src/integrations/locale-workers.ts with workbox-build. Each precaches only its language's pages and search index
// (plus the shared scripts and styles), so a student's phone stores the course in the language they read; what each
// stores and leaves to the network is listed in src/offline/precache.ts.
//
// Every worker handles page addresses the same way:
// - a stored page opens from the device, online or not (the precache answers first);
// - any other address goes to the network, so an unknown address online gets the host's 404 page, with status 404
//   (Russian and Kazakh addresses get their own language's 404 page, still with status 404);
// - only when the network fails does the language's "not available offline" page appear;
// - offline, an address without its trailing slash goes to the page ("/lessons/x" → "/lessons/x/"), as the host
//   would redirect it online.
import type { RuntimeCaching } from 'workbox-build';
import { localeHref, sourceLocale, translatedLocales, type Locale } from '../i18n/locales.ts';

/** The worker's script, relative to the base: 'sw.js' for English, 'ru/sw.js' for Russian. */
export function workerFile(locale: Locale): string {
  return localeHref(locale, 'sw.js', '/').slice(1);
}

/**
 * How a worker answers page addresses (see the top of this file). Workbox writes these functions into the worker
 * as source text, so each is built from a string with its values written in: a closure would lose them.
 */
export function navigationCaching(locale: Locale, base: string): RuntimeCaching {
  const scope = localeHref(locale, '', base);
  // The English worker's scope contains /ru/ and /kk/: their addresses are theirs (a Russian page must never get the
  // English offline page, and the Russian worker must get the chance to install), so English leaves them alone.
  const others = locale === sourceLocale ? translatedLocales.map((l) => localeHref(l, '', base)) : [];
  const urlPattern = new Function(
    'options',
    `const url = options.url; return options.request.mode === 'navigate' && url.pathname.startsWith(${JSON.stringify(scope)}) && !${JSON.stringify(others)}.some((p) => url.pathname.startsWith(p));`,
  ) as RuntimeCaching['urlPattern'];
  // Offline, "/lessons/x" is sent to "/lessons/x/" (stored) instead of the offline page; a file name is left alone.
  const handlerDidError = new Function(
    'options',
    `const url = new URL(options.request.url); if (url.pathname.endsWith('/') || /\\.[^/]*$/.test(url.pathname)) return undefined; return Response.redirect(new URL(url.pathname + '/' + url.search, url).href, 302);`,
  );
  // A Russian or Kazakh address the host does not know: that language's 404 page (stored), still with status 404.
  const notFound = localeHref(locale, '404/', base);
  const fetchDidSucceed = new Function(
    'options',
    `const response = options.response; if (response.status !== 404) return response; return caches.match(${JSON.stringify(notFound)}, { ignoreSearch: true }).then((page) => page ? page.blob().then((body) => new Response(body, { status: 404, statusText: 'Not Found', headers: page.headers })) : response);`,
  );
  return {
    urlPattern,
    handler: 'NetworkOnly',
    options: {
      // Plugins run in order: the trailing-slash redirect first, then the offline page.
      plugins: [locale === sourceLocale ? { handlerDidError } : { handlerDidError, fetchDidSucceed }] as NonNullable<RuntimeCaching['options']>['plugins'],
      precacheFallback: { fallbackURL: localeHref(locale, 'offline/', base) },
    },
  };
}
