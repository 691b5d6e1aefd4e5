/// <reference lib="webworker" />
// The site's service worker (built by @vite-pwa/astro with `strategies: 'injectManifest'`, which puts the list of
// files to store in place of `self.__WB_MANIFEST`). Everything it knows comes from that list and from its own
// scope, so the same source serves the site under any base path, and a worker per language can be built from it.
//
// - Every page, asset and the search index are stored on install (all or nothing) and answered from the store,
//   whatever query string the address carries (`/lessons/x/?utm=…`, Pagefind's `pagefind-entry.json?ts=…`).
// - Other page navigations follow src/offline/navigation.ts: a missing slash is added, the network is asked,
//   and only a failed network shows the stored offline page.
// - A new version waits until the reader presses "Reload" (the page posts SKIP_WAITING); never mid-quiz.
import { matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { respondToNavigation } from './navigation.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

// Workbox drops files a new version no longer lists from this worker's own cache when it activates. Its
// cleanupOutdatedCaches() (for stores made by older Workbox versions) is left out on purpose: it matches caches by
// scope prefix, so a worker at "/" would delete a "/ru/" worker's store (shared/notes/verified-i18n.md §4).
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });

const offlinePage = new URL('offline/', self.registration.scope).href;
registerRoute(
  ({ request }) => request.mode === 'navigate',
  ({ request }) => respondToNavigation(request, { precached: (url) => matchPrecache(url), network: (r) => fetch(r), offlinePage }),
);

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
