/// <reference lib="webworker" />
// The site's service worker, one per language from this one source: English's at the root (built by
// @vite-pwa/astro with `strategies: 'injectManifest'`), Russian's at ru/sw.js and Kazakh's at kk/sw.js (built by
// src/integrations/locale-workers.ts). Each build puts its language's list of files in place of
// `self.__WB_MANIFEST`, and says which other languages' scopes lie inside its own (`__NESTED_SCOPES__`, see
// src/offline/workers.ts). Everything else the worker works out from its own scope, so the same source serves the
// site under any base path.
//
// - Every page, asset and the search index of the language are stored on install (all or nothing) and answered from
//   the store, whatever query string the address carries (`/lessons/x/?utm=…`, Pagefind's `pagefind-entry.json?ts=…`).
// - Other page navigations in the worker's own language follow src/offline/navigation.ts: a missing slash is added,
//   the network is asked (an unknown address gets the 404 page, status 404), and only a failed network shows the
//   stored offline page. Navigations into a nested language's scope are left to that language's worker.
// - A new version waits until the reader presses "Reload" (the page posts SKIP_WAITING); never mid-quiz.
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { answersNavigation, respondToNavigation } from './navigation.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };
/** Other languages' worker scopes inside this worker's, relative to it ("ru/"), written in by the build. */
declare const __NESTED_SCOPES__: string[];

const scope = self.registration.scope;

// Workbox drops files a new version no longer lists from this worker's own cache when it activates. Its
// cleanupOutdatedCaches() (for stores made by older Workbox versions) matches caches by scope prefix, so a worker at
// "/" would delete a "/ru/" worker's store (shared/notes/verified-i18n.md §4): only a worker with no other language
// inside its scope runs it.
if (__NESTED_SCOPES__.length === 0) cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });

const offlinePage = new URL('offline/', scope).href;
const notFoundPage = new URL('404/', scope).href;
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && answersNavigation(url.href, scope, __NESTED_SCOPES__),
  ({ request }) => respondToNavigation(request, { precached: (url) => matchPrecache(url), network: (r) => fetch(r), offlinePage, notFoundPage }),
);

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
