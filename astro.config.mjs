// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import pagefind from 'astro-pagefind';
import AstroPWA from '@vite-pwa/astro';
import contentValidation from './src/integrations/content-validation.ts';
import hostHeadersFile from './src/integrations/host-headers.ts';
import lmsDownloads from './src/integrations/lms-downloads.ts';
import { citeHugsWord } from './src/lib/cite-hugs-word.ts';
import { manifest } from './src/offline/manifest.ts';
import { cspDirectives, scriptResources, styleResources } from './src/offline/csp.ts';
import { locales, sourceLocale } from './src/i18n/locales.ts';
import { translatedHeadingIds } from './src/lib/translated-headings.ts';
import localeWorkers from './src/integrations/locale-workers.ts';
import { navigationCaching } from './src/offline/workers.ts';
import { precacheGlobs } from './src/offline/precache.ts';

// Deployable under a sub-path of a static host: BASE_PATH=/kz/ npm run build.
const base = process.env.BASE_PATH ?? '/';
// Tests build extra variants side by side (OUT_DIR): the PWA plugin must write its worker into the same folder.
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://kazakhstan-mediator.example',
  base,
  outDir,
  // Offline, '/lesson' and '/lesson/' must not be different cache keys (see verified-stack notes).
  trailingSlash: 'always',
  // English at the root (every link already handed out keeps working), Russian under /ru/, Kazakh under /kk/. Every
  // page is built in every language by its own route (src/pages/[...locale]/…): no Astro fallback, which would label
  // one language's text as another's (see verified-i18n notes); a page without a current translation says so itself.
  i18n: { locales: [...locales], defaultLocale: sourceLocale, routing: { prefixDefaultLocale: false } },
  integrations: [
    contentValidation(),
    mdx(),
    hostHeadersFile(),
    // SCORM packages and question banks for LMSs (downloads/): teachers download them online, so never precached.
    lmsDownloads(),
    // Pagefind must write its index before the PWA integration lists files to precache.
    pagefind(),
    AstroPWA({
      base,
      scope: base,
      outDir,
      // 'prompt': a new version waits until the reader chooses to reload; never mid-quiz.
      registerType: 'prompt',
      // Registration happens in our own island (src/islands/offline-status.ts), so no inline script breaks the CSP.
      injectRegister: false,
      // A page too big to precache fails the build (it would silently be missing offline), except in
      // `npm run bench`, whose 20,000-fact courses make a sources page over 2 MiB and only measure build time.
      showMaximumFileSizeToCacheInBytesWarning: process.env.KZM_BENCH === '1',
      manifest: manifest(base),
      // The English worker: English pages and search only (Russian and Kazakh have their own, below).
      workbox: {
        // What it stores and leaves to the network (src/offline/precache.ts, shared with the Russian and Kazakh
        // workers): English pages and search only, with English's own stemmer.
        ...precacheGlobs(sourceLocale, sourceLocale),
        // Offline, '/lessons/x/?utm=…' and Pagefind's 'pagefind-entry.json?ts=…' must hit the precache.
        ignoreURLParametersMatching: [/.*/],
        // Addresses not stored go to the network (an unknown one gets the host's 404); the offline page only when
        // the network fails; /ru/ and /kk/ are left to their own workers (src/offline/workers.ts).
        runtimeCaching: [navigationCaching(sourceLocale, base)],
        // No catch-all page for addresses not stored (@vite-pwa/astro would serve the home page for them).
        navigateFallback: null,
        // Never true here: this worker's scope (/) contains /ru/ and /kk/, and the cleanup would delete their caches.
        cleanupOutdatedCaches: false,
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      },
    }),
    // The Russian and Kazakh workers, written once Pagefind and the English worker are done.
    localeWorkers(),
  ],
  // Astro's compression (on by default) collapses the templates' indentation: about 140 KB of the offline precache.
  // An early compiler swallowed the space before a link on the next line ("cited<a>source"); tests/e2e/markup.spec.ts
  // checks that no built page runs a word into a link.
  compressHTML: true,
  // A <Cite> written on its own line still hugs the word before it (no space before the marker). Translated
  // headings keep the English anchors (src/lib/translated-headings.ts).
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [citeHugsWord], hastPlugins: [translatedHeadingIds] }) },
  build: { inlineStylesheets: 'never' },
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: scriptResources },
      styleDirective: { resources: styleResources },
    },
  },
});
